"""``ree-desktop story FILE [--screenshot-dir DIR]``: present a story, or render every slide.

Rendering writes each slide in presentation mode to ``DIR/slide-NN.png`` (atomically) and
exits: handouts and tests. Kept out of ``ui/stories.py`` so no UI module imports the CLI.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ree_desktop.cli import UsageError, dispose, open_store, parse_size


def parser() -> argparse.ArgumentParser:
    parse = argparse.ArgumentParser(
        prog="ree-desktop story",
        description="Present a .reestory file, or render every slide in presentation mode to "
                    "numbered PNGs (--screenshot-dir) and exit.")
    parse.add_argument("file", type=Path)
    parse.add_argument("--screenshot-dir", type=Path,
                       help="write slide-01.png, slide-02.png… here and exit")
    parse.add_argument("--size", default="1920x1080", help="slide size WxH for screenshots")
    parse.add_argument("--theme", choices=("light", "dark"), default=None)
    parse.add_argument("--user-db", type=Path)
    return parse


def main(argv: list[str]) -> int:
    """``ree-desktop story FILE [--screenshot-dir DIR] [--size WxH] [--theme light|dark]``."""
    args = parser().parse_args(argv)
    from ree_desktop.data.stories import StoryError, load_story

    try:
        load_story(args.file)  # checked as plain dicts first: no Qt needed for a bad file
    except StoryError as error:
        raise UsageError(str(error)) from None
    if args.screenshot_dir:
        size = parse_size(args.size)
        return render_slides(args.file, args.screenshot_dir, size, args.theme, args.user_db)
    return present(args.file, args.theme, args.user_db)


def _load(path: Path):
    from ree_desktop.ui.stories import StoryError, load_story

    try:
        return load_story(path)
    except StoryError as error:
        raise UsageError(str(error)) from None


def _initial_state(story, theme_name: str | None):
    from dataclasses import replace

    from ree_desktop.viewstate import ViewStateData

    first = story.slides[0].state if story.slides else ViewStateData()
    return replace(first, theme=theme_name or "light", font_size=0)


def render_slides(path: Path, out_dir: Path, size: tuple[int, int], theme_name: str | None,
                  user_db: Path | None) -> int:
    """Each slide in presentation mode → out_dir/slide-NN.png (offscreen when headless)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    story = _load(path)
    if not story.slides:
        raise UsageError(f"{path.name}: the story has no slides")
    store = open_store(user_db)
    from PySide6.QtWidgets import QApplication

    from ree_desktop.app import build_window, create_application
    from ree_desktop.ui.export_chart import ExportError, save_png

    data = _initial_state(story, theme_name)
    app = create_application(data.theme, 0)
    window = build_window(store, data)
    window.resize(*size)
    window.show()
    QApplication.processEvents()
    window.presenter.enter(story, 0, fullscreen=False)
    for index in range(len(story.slides)):
        window.presenter.go(index)
        for _ in range(3):
            QApplication.processEvents()
        target = out_dir / f"slide-{index + 1:02d}.png"
        try:
            save_png(window.grab(), target)
        except ExportError as error:
            raise UsageError(str(error)) from None
        print(f"wrote {target}")
    window.presenter.leave()
    dispose(window)
    app.quit()
    return 0


def present(path: Path, theme_name: str | None, user_db: Path | None) -> int:
    """Open the app full screen on the story's first slide (Esc leaves, the story stays open)."""
    from ree_desktop.cli import check_display

    check_display()
    story = _load(path)
    store = open_store(user_db)
    from ree_desktop.app import build_window, create_application
    from ree_desktop.ui.stories import editor_for

    data = _initial_state(story, theme_name)
    app = create_application(data.theme, 0)
    window = build_window(store, data, remember=True)
    editor_for(window).set_story(story, Path(path))
    window.show()
    window.presenter.enter(story, 0)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
