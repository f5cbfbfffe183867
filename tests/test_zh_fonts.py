"""Chinese renders on a machine with no CJK fonts at all: the bundled Noto Sans SC subset.

The renders run in a subprocess whose fontconfig has no font folder (FONTCONFIG_FILE names a
config without <dir>, with a fresh cache), so the only real font Qt can find is the one the
app registers (resources/fonts/NotoSansSC-Subset.otf).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from ree_desktop.ui import fonts

ROOT = Path(__file__).resolve().parent.parent

RENDER = r"""
import json, sys
from pathlib import Path
import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics, QRawFont
from PySide6.QtWidgets import QLabel
from ree_desktop.app import create_application
from ree_desktop.ui.export_chart import export_png

app = create_application(language="zh_CN")
out = Path(sys.argv[1])
label = QLabel("稀土")
font = QFont(label.font())
font.setPointSize(28)
label.setFont(font)
label.resize(200, 70)
label.grab().save(str(out / "label.png"))
label.setText("\ue000\ue000")  # a private-use character: what a missing glyph looks like
label.grab().save(str(out / "missing.png"))
plot = pg.PlotWidget()
plot.resize(480, 300)
plot.setLabel("left", "产量")
plot.plot([2020, 2021, 2022], [1, 3, 2])
plot.show()
app.processEvents()
export_png(plot, out / "chart.png", "稀土产量", "来源：美国地质调查局")
export_png(plot, out / "chart-missing.png", "\ue000" * 4, "\ue000" * 9)
raw = QRawFont.fromFont(QFont("Noto Sans SC Subset"))
print(json.dumps({
    "families": QFontDatabase.families(),
    "resolved": QFontInfo(app.font()).family(),
    "in_font": [QFontMetrics(font).inFontUcs4(ord(c)) for c in "稀土产量来源"],
    "raw_family": raw.familyName(),
    "raw": [bool(glyph) for glyph in raw.glyphIndexesForString("稀土产量来源，")],
}))
"""


def ink(image: QImage, top: int = 0, bottom: int | None = None) -> int:
    """Pixels darker than mid-grey in rows ``top``..``bottom`` (text drawn on white)."""
    bottom = image.height() if bottom is None else bottom
    return sum(1 for y in range(top, bottom) for x in range(image.width())
               if QColor(image.pixel(x, y)).lightness() < 128)


@pytest.fixture(scope="module")
def no_fonts_render(tmp_path_factory) -> tuple[dict, Path]:
    folder = tmp_path_factory.mktemp("nofonts")
    config = folder / "fonts.conf"
    config.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
                      f"<fontconfig><cachedir>{folder / 'cache'}</cachedir></fontconfig>\n",
                      encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "XDG_CACHE_HOME": str(folder),
           "QT_QPA_PLATFORM": "offscreen", "REE_DESKTOP_USER_DB": str(folder / "user.db"),
           "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_FONTDIR", None)
    done = subprocess.run([sys.executable, "-c", RENDER, str(folder)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1]), folder


def test_the_subprocess_really_has_no_system_fonts(no_fonts_render):
    result, _ = no_fonts_render
    real = set(result["families"]) - {"Sans Serif", "Serif", "Monospace"}  # fontconfig aliases
    assert real == {fonts.FAMILY}
    assert result["resolved"] == fonts.FAMILY  # the only font there is


def test_latin_text_keeps_the_platform_font_and_han_falls_back_to_the_bundled_one(qapp):
    """With system fonts, the bundled font is only the fallback: Latin widths and line
    heights stay the platform's (an alias such as "Sans Serif" first made Qt skip to it)."""
    from PySide6.QtGui import QFont, QFontInfo

    from ree_desktop.app import create_application

    app = create_application()
    families = app.font().families()
    assert families[-1] == fonts.FAMILY and len(families) == 2
    assert QFontInfo(app.font()).family() == families[0] != fonts.FAMILY
    assert fonts.FAMILY.lower() in QFont.substitutes(families[0])  # (Qt lowercases them)


def test_chinese_glyphs_come_from_the_bundled_font(no_fonts_render):
    result, _ = no_fonts_render
    assert all(result["in_font"])
    assert result["raw_family"] == fonts.FAMILY and all(result["raw"])


def test_a_label_draws_chinese_glyphs_not_boxes(no_fonts_render):
    _, folder = no_fonts_render
    drawn, missing = QImage(str(folder / "label.png")), QImage(str(folder / "missing.png"))
    assert ink(drawn) > 150  # two 28 pt hanzi have a few hundred dark pixels
    assert drawn != missing


def test_an_exported_png_in_chinese_draws_its_title_and_source(no_fonts_render):
    _, folder = no_fonts_render
    chart, missing = QImage(str(folder / "chart.png")), QImage(str(folder / "chart-missing.png"))
    assert chart.width() == 480
    title = ink(chart, 0, 40)
    source = ink(chart, chart.height() - 30)
    assert title > 150 and source > 80
    assert chart.copy(0, 0, 480, 40) != missing.copy(0, 0, 480, 40)


def test_the_bundled_font_has_every_gb2312_hanzi_and_cjk_punctuation(qapp):
    from PySide6.QtGui import QRawFont

    raw = QRawFont(str(fonts.font_path()), 12)
    assert raw.isValid() and raw.familyName() == fonts.FAMILY
    hanzi = set()
    for row in range(0xB0, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                hanzi.add(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    assert len(hanzi) == 6763
    wanted = hanzi | set("。，、；：？！“”‘’（）《》【】…—·　") | set("０１２ＡＢ％")
    text = "".join(sorted(wanted))  # glyph 0 is .notdef (QRawFont.supportsCharacter is
    glyphs = raw.glyphIndexesForString(text)  # unreliable above U+7000 in Qt 6.10)
    missing = [ch for ch, glyph in zip(text, glyphs, strict=True) if not glyph]
    assert not missing, "".join(missing[:50])


def test_exported_svg_keeps_chinese_as_text_and_names_the_bundled_font_first(qtbot, tmp_path):
    import pyqtgraph as pg

    from ree_desktop.app import create_application
    from ree_desktop.ui.export_chart import export_svg

    create_application()
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(480, 300)
    plot.setLabel("left", "产量")
    plot.plot([2020, 2021, 2022], [1, 3, 2])
    plot.show()
    qtbot.waitExposed(plot)
    path = export_svg(plot, tmp_path / "chart.svg", "稀土产量", "来源：美国地质调查局")
    root = ET.parse(path).getroot()
    texts = [node for node in root.iter() if node.tag.endswith("text")
             and "".join(node.itertext()).strip()]
    by_text = {"".join(node.itertext()).strip(): node for node in texts}
    for wanted in ("稀土产量", "来源：美国地质调查局"):
        assert wanted in by_text, sorted(by_text)
        family = by_text[wanted].get("font-family")
        assert family.startswith(f"'{fonts.FAMILY}'"), family
    families = [node.get("font-family") for node in root.iter() if node.get("font-family")]
    assert families and all(f.startswith(f"'{fonts.FAMILY}'") for f in families)
