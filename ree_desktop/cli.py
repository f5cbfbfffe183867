"""Command line: launch the app, render a view to PNG or CSV, list and export datasets.

Every error a user can cause prints one line on stderr and exits non-zero, never a
traceback (set REE_DESKTOP_DEBUG=1 to see one): 2 for a bad option, a user database that
cannot be used (locked, damaged, not ours) or a file that cannot be written (disk full, a
read-only folder), 1 for other problems (an unknown dataset, a file with bad rows).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ree_desktop import __version__

PANEL_NAMES = ("overview", "value-chain", "countries", "demand", "prices", "data")
SUBCOMMANDS = ("datasets", "export", "import", "story")


class UsageError(Exception):
    """A bad argument: reported as one line, exit status 2."""


def parse_years(text: str) -> tuple[int, int]:
    try:
        low, high = (int(part) for part in text.split(":"))
    except ValueError:
        raise UsageError(f"--years {text!r}: expected A:B, e.g. 2015:2024") from None
    for year in (low, high):
        check_year(year)
    return (min(low, high), max(low, high))


def check_year(year: int) -> int:
    if not 1900 <= year <= 2100:
        raise UsageError(f"year {year} is outside 1900-2100")
    return year


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise UsageError(f"--size {text!r}: expected WxH, e.g. 1280x800") from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise UsageError(f"--size {text}: width and height must be 320-8000 and 240-8000")
    return width, height


def view_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ree-desktop",
        description="REE Desktop: explore the rare earth element market offline. Without a "
                    "subcommand it opens the window, or renders a view with --screenshot, "
                    "--export-data or --export-chart.",
        epilog="subcommands (each has --help):\n"
               "  import FILE       import a CSV file as one of your datasets\n"
               "  export DATASET --out FILE.csv\n"
               "                    write one dataset's observations to CSV\n"
               "  datasets          list datasets with row counts and sources\n"
               "  story FILE        present a .reestory file, or render its slides "
               "(--screenshot-dir)",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"ree-desktop {__version__}")
    parser.add_argument("--panel", help="panel to show: " + ", ".join(PANEL_NAMES))
    parser.add_argument("--year", type=int, help="the single year a view shows (e.g. 2024)")
    parser.add_argument("--years", help="year range A:B, e.g. 2015:2024")
    parser.add_argument("--countries", help="ISO3 codes, comma-separated, e.g. CHN,USA,AUS")
    parser.add_argument("--metric", help="metric for the Countries panel")
    parser.add_argument("--view", help="line, bars, map or table (Countries panel)")
    parser.add_argument("--scenario", help="STEPS, APS or NZE (Demand panel)")
    parser.add_argument("--elements", help="elements, comma-separated, e.g. Nd,Dy,Tb")
    parser.add_argument("--stage", help="value-chain stage, e.g. mining, refining")
    parser.add_argument("--theme", choices=("light", "dark"))
    parser.add_argument("--lang", metavar="en|zh_CN",
                        help="interface language, also for renders and stories (default: "
                             "$REE_DESKTOP_LANG, else View > Language's choice, else the "
                             "system's; renders: English)")
    parser.add_argument("--font-size", type=int, default=0, help="base font size in points")
    parser.add_argument("--size", default="1280x800", help="window size WxH for renders")
    parser.add_argument("--screenshot", type=Path, help="render the view to this PNG and exit")
    parser.add_argument("--export-data", type=Path,
                        help="write the data behind the view to this CSV and exit")
    parser.add_argument("--export-chart", type=Path, metavar="OUT.svg|OUT.png",
                        help="export the view's main chart with title and sources, and exit")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="PNG scale for --export-chart (e.g. 2 for print)")
    parser.add_argument("--chart", default="", metavar="NAME",
                        help="which chart --export-chart writes where a view has two: "
                             "value-chain 'stages' (default) or 'concentration'")
    parser.add_argument("--user-db", type=Path, help="user database (or $REE_DESKTOP_USER_DB)")
    return parser


def open_store(user_db: Path | None):
    """The Store (a locked user database is waited for: see ``main``)."""
    from ree_desktop.data.store import Store

    return Store(user_path=user_db)


def check_display() -> None:
    """The window needs a display; say so plainly instead of Qt's libxcb hints."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return
    raise UsageError("no display: the window needs a desktop session (DISPLAY or "
                     "WAYLAND_DISPLAY is not set). Without one, render views offscreen, e.g. "
                     "ree-desktop --panel countries --screenshot out.png (or --export-data "
                     "out.csv, --export-chart out.svg; 'ree-desktop story FILE "
                     "--screenshot-dir DIR' for stories)")


def cmd_datasets(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="ree-desktop datasets",
                                     description="List datasets with row counts and sources.")
    parser.add_argument("--user-db", type=Path)
    args = parser.parse_args(argv)
    store = open_store(args.user_db)
    frame = store.datasets()
    width = max(len(i) for i in frame["id"]) if len(frame) else 10
    print(f"{'id':{width}}  {'kind':7}  {'rows':>6}  {'unit':22}  sources")
    for row in frame.itertuples():
        unit = "" if row.unit is None or row.unit != row.unit else str(row.unit)  # NaN
        print(f"{row.id:{width}}  {row.kind:7}  {row.rows:6d}  {unit:22}  {row.sources}")
    return 0


def cmd_export(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="ree-desktop export",
                                     description="Write one dataset's observations to CSV.")
    parser.add_argument("dataset")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--user-db", type=Path)
    args = parser.parse_args(argv)
    from ree_desktop.exports import write_csv

    store = open_store(args.user_db)
    frame = store.export_dataset(args.dataset)
    publishers = ", ".join(dict.fromkeys(frame["source_publisher"].dropna()))
    write_csv(frame, args.out, sources=publishers, title=f"REE Desktop dataset {args.dataset}")
    print(f"wrote {len(frame)} rows to {args.out}")
    return 0


def cmd_plugin(name: str, argv: list[str]) -> int:
    """Subcommands whose code lives beside its feature (import, story), loaded on use."""
    import importlib

    modules = {"import": "ree_desktop.data.importer_cli", "story": "ree_desktop.story_cli"}
    return importlib.import_module(modules[name]).main(argv)


def state_from_args(args: argparse.Namespace, store) -> dict:
    from ree_desktop.ui.panels import panel_names

    changes: dict = {}
    if args.panel:
        available = panel_names()
        if args.panel not in available:
            raise UsageError(f"unknown panel {args.panel!r}; available: "
                             + ", ".join(available))
        changes["panel"] = args.panel
    if args.year is not None:
        changes["year"] = check_year(args.year)
    if args.years:
        changes["year_range"] = parse_years(args.years)
    if args.countries:
        codes = [c.strip().upper() for c in args.countries.split(",") if c.strip()]
        unknown = [c for c in codes if c not in store.country_names]
        if unknown:
            raise UsageError(f"unknown country code(s) {', '.join(unknown)}: use ISO 3166 "
                             "alpha-3 codes such as CHN, USA, AUS, MMR")
        changes["countries"] = tuple(codes)
    from ree_desktop import cli_options as check

    try:
        if args.elements is not None:
            changes["elements"] = check.elements(args.elements, store)
        if args.metric is not None:
            changes["metric"] = check.metric(args.metric, store)
        if args.view is not None:
            changes["view"] = check.view(args.view)
        if args.scenario is not None:
            changes["scenario"] = check.scenario(args.scenario)
        if args.stage is not None:
            changes["stage"] = check.stage(args.stage)
    except check.ChoiceError as error:
        raise UsageError(str(error)) from None
    if args.theme:
        changes["theme"] = args.theme
    if args.font_size:
        changes["font_size"] = args.font_size
    return changes


def render(args: argparse.Namespace) -> int:
    """--screenshot / --export-data: build the view offscreen, write the file, exit."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    from ree_desktop.app import build_window, create_application
    from ree_desktop.viewstate import ViewStateData

    store = open_store(args.user_db)
    data = replace(ViewStateData(), **state_from_args(args, store))
    width, height = parse_size(args.size)
    app = create_application(data.theme, data.font_size, args.lang)
    window = build_window(store, data)
    window.resize(width, height)
    window.show()
    for _ in range(3):
        QApplication.processEvents()
    window.current_panel().refresh()
    QApplication.processEvents()
    if args.export_data:
        window.export_data(args.export_data)
        print(f"wrote {args.export_data}")
    if args.export_chart:
        from ree_desktop.ui.export_chart import ExportError, export_panel

        try:
            export_panel(window.current_panel(), args.export_chart, scale=args.scale,
                         chart=args.chart)
        except ExportError as error:
            raise UsageError(str(error)) from None
        print(f"wrote {args.export_chart}")
    if args.screenshot:
        from ree_desktop.ui.export_chart import ExportError, save_png

        try:
            save_png(window.grab(), args.screenshot)
        except ExportError as error:
            raise UsageError(str(error)) from None
        print(f"wrote {args.screenshot}")
    dispose(window)
    app.quit()
    return 0


def dispose(window) -> None:
    """Close and delete a render's window now: a caller in the same process (tests, a
    notebook) must not keep a hidden window that receives later font changes."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def launch(args: argparse.Namespace) -> int:
    from dataclasses import replace

    check_display()
    from ree_desktop.app import open_store_or_explain, run_gui
    from ree_desktop.viewstate import ViewStateData

    store = open_store_or_explain(lambda: open_store(args.user_db))
    if store is None:
        return 2
    changes = state_from_args(args, store)
    return run_gui(store, replace(ViewStateData(), **changes), use_saved=not changes,
                   language=args.lang)


OPENABLE_SUFFIXES = (".reestory", ".csv", ".tsv")


def open_file_argument(argv: list[str], lang: str | None = None) -> int | None:
    """``ree-desktop FILE.reestory`` presents the story, ``ree-desktop FILE.csv`` starts the app
    with the import wizard on it (the desktop file runs ``ree-desktop-gui %f``).

    None when the first argument is not such a file, so the usual parsing goes on.
    """
    if not argv or argv[0].startswith("-") or not argv[0].lower().endswith(OPENABLE_SUFFIXES):
        return None
    path = Path(argv[0])
    if not path.is_file():
        what = "is a folder" if path.is_dir() else "does not exist"
        raise UsageError(f"{path} {what}: give a .reestory story or a .csv file to open")
    if path.suffix.lower() == ".reestory":
        return cmd_plugin("story", argv)
    args = view_parser().parse_args(argv[1:])
    args.lang = lang
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ree_desktop.app import create_application
    from ree_desktop.ui.main_window import MainWindow

    def open_wizard() -> None:  # the event loop's first turn: the window is shown by then
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if windows:
            windows[0].import_csv(path.resolve())

    QTimer.singleShot(0, create_application(), open_wizard)
    return launch(args)


def dispatch(argv: list[str]) -> int:
    from ree_desktop.cli_options import ChoiceError, take_lang

    try:
        lang, argv = take_lang(argv)
    except ChoiceError as error:
        raise UsageError(str(error)) from None
    if lang is not None:
        from ree_desktop.ui.translations import request_language

        request_language(lang)  # the next create_application installs it (renders, stories)
    opened = open_file_argument(argv, lang)
    if opened is not None:
        return opened
    if argv and argv[0] in SUBCOMMANDS:
        name, rest = argv[0], argv[1:]
        if name == "datasets":
            return cmd_datasets(rest)
        if name == "export":
            return cmd_export(rest)
        return cmd_plugin(name, rest)
    args = view_parser().parse_args(argv)
    args.lang = lang
    if args.chart and not args.export_chart:
        raise UsageError("--chart chooses the chart --export-chart writes: add "
                         "--export-chart OUT.svg")
    if args.screenshot or args.export_data or args.export_chart:
        return render(args)
    return launch(args)


def user_db_of(argv: list[str]) -> Path:
    """The user database a command line names (for messages about it)."""
    from ree_desktop.paths import default_user_db_path

    for index, arg in enumerate(argv):
        if arg == "--user-db" and index + 1 < len(argv):
            return Path(argv[index + 1])
        if arg.startswith("--user-db="):
            return Path(arg.split("=", 1)[1])
    return default_user_db_path()


def tell(text: str) -> None:
    """One error line on stderr; without a console (the Windows GUI entry point) a dialog."""
    if sys.stderr is not None:
        print(f"ree-desktop: error: {text}", file=sys.stderr, flush=True)
        return
    try:
        from ree_desktop.app import show_error

        show_error(text)
    except Exception:  # noqa: BLE001 (nowhere left to report to)
        pass


def main(argv: list[str] | None = None) -> int:
    import sqlite3

    from ree_desktop.atomic import WriteFailed
    from ree_desktop.data import userdb
    from ree_desktop.data.errors import DataError, StoreError, describe_sqlite_error

    argv = sys.argv[1:] if argv is None else argv
    # Every command (import too) says on stderr when it starts waiting for a locked database.
    userdb.wait_notice = lambda text: print(f"ree-desktop: {text}", file=sys.stderr,
                                            flush=True) if sys.stderr is not None else None
    debug = bool(os.environ.get("REE_DESKTOP_DEBUG"))
    try:
        return dispatch(argv)
    except UsageError as error:
        tell(str(error))
        return 2
    except sqlite3.Error as error:
        if debug:
            raise
        from ree_desktop.data.userdb import lock_timeout

        tell(str(describe_sqlite_error(error, user_db_of(argv), lock_timeout())))
        return 2
    except (StoreError, WriteFailed) as error:  # the database or the disk, not the input
        if debug:
            raise
        tell(str(error))
        return 2
    except (DataError, OSError, ValueError, RuntimeError) as error:
        if debug:
            raise
        tell(str(error))
        return 1


if __name__ == "__main__":
    sys.exit(main())
