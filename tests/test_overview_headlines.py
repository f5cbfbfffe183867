"""The Overview's headlines stored at build time: equal to the live computation, drawn
without pandas, and computed live again when the user's data may change them."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from ree_desktop.data.headline_table import (
    HeadlineRow,
    read_headlines,
    user_has_headline_data,
    write_headlines,
)
from ree_desktop.paths import bundled_db_path
from ree_desktop.ui.state import ViewStateData

ROOT = Path(__file__).resolve().parent.parent


def card_texts(window) -> dict[str, tuple[str, str]]:
    panel = window.current_panel()
    return {card.headline.key: (card.value_label.text(), card.year_label.text())
            for card in panel.cards}


def test_stored_headlines_equal_the_live_computation(store):
    from ree_desktop.analysis.headlines import from_store

    stored = read_headlines(store.conn)
    assert stored is not None and len(stored) == 6
    assert stored == [HeadlineRow.from_headline(headline) for headline in from_store(store)]
    assert all(row.source for row in stored if row.value is not None)


def test_headline_rows_round_trip_through_the_table():
    row = HeadlineRow("k", "A title", 12.5, "%", 2024, "e", "Src (2025)", "detail", "prices",
                      ((2023, 1.0), (2025, 2.5)), 2025)
    empty = HeadlineRow("none", "No data", None, "t REO", None, None, "")
    conn = sqlite3.connect(":memory:")
    write_headlines(conn, [row, empty])
    assert read_headlines(conn) == [row, empty]
    assert read_headlines(sqlite3.connect(":memory:")) is None  # an older build: none


def test_first_panel_draws_from_the_table_without_pandas_or_analysis(tmp_path):
    script = """
import sys
from ree_desktop.app import create_application, build_window, show_then_load
from ree_desktop.data.store import Store
from ree_desktop.viewstate import ViewStateData
from PySide6.QtWidgets import QApplication
app = create_application()
window = build_window(Store(), ViewStateData(panel="overview"))
window.resize(1280, 800)
show_then_load(window)
for _ in range(20):
    app.processEvents()
panel = window.current_panel()
grid = panel.grid
print(len(panel.cards), grid.columnCount(), panel.loading,
      "pandas" in sys.modules, any(m.startswith("ree_desktop.analysis") for m in sys.modules))
print(panel.cards[0].value_label.text())
"""
    env = {"QT_QPA_PLATFORM": "offscreen", "REE_DESKTOP_USER_DB": str(tmp_path / "u.db"),
           "REE_DESKTOP_SETTINGS": str(tmp_path / "s.ini"), "PYTHONPATH": str(ROOT),
           "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.splitlines()[-2:]
    assert first == "6 3 False False False"
    assert second.endswith("t REO") and second != "no data"


def test_user_rows_of_a_headline_dataset_make_the_overview_compute_live(make_window, store):
    assert not user_has_headline_data(store.conn)
    source = store.scalar("SELECT source_id FROM main.observations "
                          "WHERE dataset = 'mine_production' AND country_iso3 = 'WLD'")
    with sqlite3.connect(store.user_path) as conn:
        conn.execute("INSERT INTO observations (dataset, country_iso3, year, metric, value, "
                     "unit, preferred, edition, source_id) VALUES ('mine_production', 'WLD', "
                     "2031, 'production', 123456, 't REO', 1, 'MINE2031', ?)", (source,))
    assert user_has_headline_data(store.conn)
    window = make_window(ViewStateData(panel="overview"))
    assert card_texts(window)["world_production"] == ("123,456 t REO", "2031")


def test_a_database_without_the_table_is_computed_live_with_the_same_cards(
        make_window, store, tmp_path):
    from ree_desktop.app import create_application
    from ree_desktop.data.store import Store
    from ree_desktop.ui.main_window import MainWindow
    from ree_desktop.ui.state import ViewState

    window = make_window(ViewStateData(panel="overview"))
    expected = card_texts(window)
    older = tmp_path / "older.db"
    shutil.copy(bundled_db_path(), older)
    with sqlite3.connect(older) as conn:
        conn.execute("DROP TABLE headlines")
    other = Store(older, tmp_path / "user2.db")
    try:
        assert read_headlines(other.conn) is None
        create_application()
        live = MainWindow(other, ViewState(ViewStateData(panel="overview")))
        live.resize(1280, 800)
        live.show()
        assert not live.current_panel().draws_quickly()
        assert card_texts(live) == expected
        live.close()
        live.deleteLater()
    finally:
        other.close()
