"""Exported charts explain themselves (issue 16): the SVG is parsed and its text read —
title with metric, unit and years; legend entries or the colour scale; the markers' meaning;
the source line — the Value chain exports its stage bars (concentration on request), the
CSV's sidecar lists every source, and no export prints a Qt warning."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pandas as pd
import pytest
from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtGui import QAction, QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QMenu, QWidget

from ree_desktop import exports
from ree_desktop.ui import export_chart as ec
from ree_desktop.ui.export_parts import data_years
from ree_desktop.ui.state import ViewStateData

SVG = "{http://www.w3.org/2000/svg}"


def svg_lines(path) -> list[str]:
    """Each <text> element's words (its tspans joined), as a reader of the file finds them."""
    root = ET.parse(path).getroot()
    return [" ".join("".join(node.itertext()).split()) for node in root.iter(f"{SVG}text")]


@pytest.fixture
def qt_messages():
    """Every Qt warning or debug line printed while the test runs."""
    caught: list[str] = []

    def handler(_kind, _context, message):
        caught.append(message)

    previous = qInstallMessageHandler(handler)
    yield caught
    qInstallMessageHandler(previous)


def test_prices_svg_has_title_legend_marker_meaning_and_source(make_window, tmp_path,
                                                             qt_messages):
    window = make_window(ViewStateData(panel="prices"))
    path = ec.export_panel(window.current_panel(), tmp_path / "prices.svg")
    assert QSvgRenderer(str(path)).isValid()
    lines = svg_lines(path)
    title = lines[0]
    assert title.startswith("Prices & events: Oxide prices")
    assert "USD/kg" in title
    assert any(str(year) in title for year in range(2000, 2031))
    text = " | ".join(lines)
    for element in ("Dysprosium oxide", "Terbium oxide", "Neodymium oxide", "NdPr oxide"):
        assert element in text, f"{element} missing from the legend"
    assert "hollow marker = estimate" in text
    assert lines[-1] and any("U.S. Geological Survey" in line for line in lines[-6:])
    assert qt_messages == []


def test_map_svg_names_metric_year_unit_and_colour_scale_without_warnings(
        make_window, tmp_path, qt_messages):
    window = make_window(ViewStateData(panel="countries", view="map", year=2024))
    path = ec.export_panel(window.current_panel(), tmp_path / "map.svg")
    lines = svg_lines(path)
    assert lines[0] == "Countries: Mine production, 2024, t REO" or (
        "Mine production" in lines[0] and "2024" in lines[0] and "t REO" in lines[0])
    text = " | ".join(lines)
    assert "Colour scale" in text and "no data" in text
    assert "estimate" in text  # the dashed outline's meaning
    assert "Source: " in text
    assert not [m for m in qt_messages if "qt.svg" in m or "Duplicate" in m], qt_messages[:3]
    assert path.read_bytes().count(b'<pattern id="fillpattern') <= 4  # one per pattern


def test_value_chain_exports_its_five_stage_bars_by_default(make_window, tmp_path):
    window = make_window(ViewStateData(panel="value-chain", year=2024))
    panel = window.current_panel()
    assert ec.choices(panel) == ("stages", "concentration")
    path = ec.export_panel(panel, tmp_path / "chain.svg")
    lines = svg_lines(path)
    assert lines[0].startswith("Value chain: Who holds each stage") and "2024" in lines[0]
    text = " | ".join(lines)
    for stage in ("Mining", "Separation & refining", "Metals & alloys", "Magnets",
                  "End uses"):
        assert stage in text
    assert "China" in text
    assert "hatched = not attributed by the source" in text  # the markers' meaning
    png = QImage(str(ec.export_panel(panel, tmp_path / "chain.png")))
    assert png.width() == panel.findChild(QWidget, "stageRow").width()


def test_value_chain_concentration_is_the_second_choice(make_window, tmp_path):
    window = make_window(ViewStateData(panel="value-chain", year=2024))
    panel = window.current_panel()
    lines = svg_lines(ec.export_panel(panel, tmp_path / "c.svg", chart="concentration"))
    assert "concentration of mining" in lines[0]
    text = " | ".join(lines)
    assert "Top 3 countries (%)" in text and "HHI (right axis)" in text
    assert "hollow markers = lower bound" in text
    with pytest.raises(ec.ExportError, match="stages or concentration"):
        ec.export_panel(panel, tmp_path / "x.svg", chart="pie")
    prices = window.panel("prices")
    with pytest.raises(ec.ExportError, match="--chart concentration: Prices"):
        ec.export_panel(prices, tmp_path / "x.svg", chart="concentration")


def test_file_menu_offers_the_concentration_chart_only_on_the_value_chain(make_window):
    window = make_window(ViewStateData(panel="value-chain"))
    action = window.findChild(QAction, "exportConcentration")
    menu = next(m for m in window.menuBar().findChildren(QMenu) if action in m.actions())
    assert "concentration" in action.text().replace("&", "").lower()
    menu.aboutToShow.emit()
    assert action.isVisible() and action.isEnabled()
    window.state.update(panel="prices")
    menu.aboutToShow.emit()
    assert not action.isVisible()


def test_clipboard_image_carries_the_legend_band(make_window):
    window = make_window(ViewStateData(panel="prices"))
    panel = window.current_panel()
    target = ec.export_target(panel)
    assert len(target.legend_texts()) >= 4
    image = ec.copy_chart(panel)
    top, height, bottom = ec.layout_bands(target.widget, target.title, target.sources,
                                          target.legend, target.notes)
    bare = sum(ec.layout_bands(target.widget, target.title, target.sources))
    assert image.height() == 2 * (top + height + bottom)
    assert top + height + bottom > bare  # the legend takes room


def test_sidecar_lists_every_source_not_a_count(tmp_path):
    editions = [f"MCS20{n:02d}" for n in range(10, 19)]
    frame = pd.DataFrame({
        "year": range(2010, 2019), "value": [1.0] * 9,
        "source_publisher": ["U.S. Geological Survey (USGS)"] * 9,
        "source": [f"Mineral Commodity Summaries {e[3:]}" for e in editions],
        "edition": editions, "source_url": [f"https://example.org/{e}" for e in editions]})
    path = exports.write_csv(pd.concat([frame, frame]), tmp_path / "x.csv",
                             sources="USGS (MCS2018, MCS2017 +7 more)", title="T")
    text = exports.sidecar_path(path).read_text(encoding="utf-8")
    assert "more" not in text
    for edition in editions:
        assert f"https://example.org/{edition}" in text
    assert text.count("\n- ") == 9  # each source once, though every row is there twice
    assert "Sources of the 18 rows (9):" in text
    assert "Summary: USGS (MCS2018, MCS2017)" in text


def test_sidecar_without_source_columns_keeps_the_summary(tmp_path):
    path = exports.write_csv(pd.DataFrame({"a": [1]}), tmp_path / "y.csv", sources="BGS")
    assert "Sources: BGS" in exports.sidecar_path(path).read_text(encoding="utf-8")


def test_countries_sidecar_names_every_edition_of_the_rows(make_window, tmp_path):
    window = make_window(ViewStateData(panel="countries"))
    path = window.export_data(tmp_path / "countries.csv")
    frame = pd.read_csv(path)
    text = exports.sidecar_path(path).read_text(encoding="utf-8")
    for edition in frame["edition"].dropna().unique():
        assert str(edition).lstrip("'") in text
    assert "more" not in text


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "ree_desktop", *args], capture_output=True,
                          text=True, env=env, timeout=180)


def test_cli_map_and_concentration_exports_print_nothing_on_stderr(tmp_path):
    result = run_cli("--panel", "countries", "--view", "map", "--export-chart",
                     str(tmp_path / "map.svg"))
    assert result.returncode == 0 and result.stderr == "", result.stderr[:300]
    result = run_cli("--panel", "value-chain", "--chart", "concentration", "--export-chart",
                     str(tmp_path / "c.png"), "--scale", "2")
    assert result.returncode == 0 and result.stderr == "", result.stderr[:300]
    assert QImage(str(tmp_path / "c.png")).width() > 1000


@pytest.mark.parametrize("args, needle", [
    (("--panel", "prices", "--chart", "concentration", "--export-chart", "x.svg"),
     "--chart concentration: Prices & events exports chart"),
    (("--panel", "value-chain", "--chart", "<script>", "--export-chart", "x.svg"),
     "stages or concentration"),
    (("--panel", "value-chain", "--chart", "concentration"), "add --export-chart"),
])
def test_cli_hostile_chart_choice_is_one_line(tmp_path, args, needle):
    args = tuple(str(tmp_path / a) if a == "x.svg" else a for a in args)
    result = run_cli(*args)
    assert result.returncode == 2
    assert needle in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.svg").exists()


def test_title_years_follow_what_the_chart_draws(make_window, tmp_path):
    """Projections to 2050 are in the title's years; a series' empty (NaN) years are not."""
    window = make_window(ViewStateData(panel="demand"))
    title = " ".join(svg_lines(ec.export_panel(window.current_panel(), tmp_path / "d.svg"))[:2])
    assert "kt" in title and "–2050" in title
    chain = window.panel("value-chain")
    target = ec.export_target(chain, "concentration")
    years = data_years(target.widget, chain)
    assert years is not None and years[0] > 1990 and years[1] >= 2024
    assert f"{years[0]}–{years[1]}" in target.title


def test_each_countries_view_exports_its_own_title_not_the_maps(make_window, tmp_path):
    """The map drawn once must not lend its title or colour scale to the bars or line."""
    window = make_window(ViewStateData(panel="countries", view="map", year=2024))
    panel = window.current_panel()
    assert "Colour scale" in " ".join(svg_lines(ec.export_panel(panel, tmp_path / "m.svg")))
    window.state.update(view="bars")
    lines = svg_lines(ec.export_panel(panel, tmp_path / "b.svg"))
    assert lines[0].startswith("Countries: Mine production, 2024 (ranked)")
    assert "t REO" in lines[0]
    assert not any("Colour scale" in line for line in lines)
