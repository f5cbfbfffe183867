"""The bundled Simplified Chinese font: registered at start as the fallback for Han text.

A machine with no CJK fonts (a fresh Windows VM, a minimal Linux, the frozen build) would
draw Chinese as empty boxes — in zh_CN the whole interface, in English a Chinese country
name. ``resources/fonts/NotoSansSC-Subset.otf`` (GB2312 and CJK punctuation; made by
tools/subset_font.py) is added to Qt's font database and put first in the fallback list for
Han text: the application font's families become [the platform's resolved family, the
bundled one] (Qt tries each family in turn for a missing glyph) and the bundled family is the
substitute of the platform's, so a font made from the family name alone finds the glyphs too;
Latin text keeps the platform's font; other characters fall back to the system's fonts.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from ree_desktop.paths import resources_dir

FONT_FILE = "NotoSansSC-Subset.otf"
FAMILY = "Noto Sans SC Subset"
# Named in exported SVGs before the interface font: the bundled face, then the full families
# a reader's system may have under their usual names.
SVG_FAMILIES = (FAMILY, "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
                "Microsoft YaHei", "PingFang SC")

_family: str | None = None


def font_path():
    return resources_dir() / "fonts" / FONT_FILE


def register_bundled_font() -> str | None:
    """Add the bundled font (once) and make it the Han fallback; its family, or None."""
    global _family
    if _family is not None:
        return _family
    path = font_path()
    if not path.is_file():
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    _family = families[0]
    use_as_fallback(_family)
    return _family


def use_as_fallback(family: str) -> None:
    """Make ``family`` the fallback after the application font's resolved family.

    The resolved family (fontconfig's "Sans Serif" is "DejaVu Sans" here), not the alias: an
    alias is no family of Qt's database, so Qt would skip it and draw Latin text in the
    bundled font too, with other widths and line heights."""
    app = QGuiApplication.instance()
    font = QFont(app.font())
    resolved = QFontInfo(font).family()
    if not resolved or resolved == family:
        return
    if family.lower() not in QFont.substitutes(resolved):  # Qt keeps them lowercased
        QFont.insertSubstitution(resolved, family)  # fonts made from the family name alone
    font.setFamilies([resolved, family])
    app.setFont(font)


def svg_font_family(family: str) -> str:
    """The CSS font-family list of exported SVG text: the bundled font first."""
    names = [*SVG_FAMILIES, family] if family not in SVG_FAMILIES else list(SVG_FAMILIES)
    return ", ".join(f"'{name}'" if " " in name else name for name in names) + ", sans-serif"
