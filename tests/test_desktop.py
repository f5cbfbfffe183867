"""Desktop integration: the desktop file, XDG install/uninstall, the MIME type, the Windows and
macOS icon files, and opening a story or CSV given on the command line."""

from __future__ import annotations

import configparser
import shutil
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ree_desktop import cli, desktop
from ree_desktop.paths import resources_dir

ICONS = resources_dir() / "icons"
STORY = resources_dir() / "stories" / "ree-insights.reestory"


def read_entry(text: str) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read_string(text)
    return dict(parser["Desktop Entry"])


# -- the desktop file --------------------------------------------------------------------------
def test_desktop_file_runs_the_gui_launcher_with_a_file_and_declares_the_mime_types():
    entry = read_entry((resources_dir() / "ree-desktop.desktop").read_text(encoding="utf-8"))
    assert entry["Exec"] == "ree-desktop-gui %f"
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert entry["Icon"] == "ree-desktop"
    assert set(entry["MimeType"].rstrip(";").split(";")) == {"application/x-reestory",
                                                             "text/csv"}
    assert entry["Categories"].endswith(";")


@pytest.mark.parametrize(("program", "exec_line"), [
    ("/opt/ree/bin/ree-desktop-gui", "Exec=/opt/ree/bin/ree-desktop-gui %f"),
    ("/home/a b/ree-desktop-gui", 'Exec="/home/a b/ree-desktop-gui" %f'),
    ('/tmp/we"ird$`\\/ree', 'Exec="/tmp/we\\"ird\\$\\`\\\\/ree" %f'),
])
def test_installed_entry_quotes_the_program_path(program, exec_line):
    text = desktop.desktop_entry(program)
    assert exec_line in text.splitlines()
    assert f"TryExec={program}" in text.splitlines()
    assert text.count("Exec=") == 2  # Exec and TryExec, nothing duplicated


def test_mime_type_file_declares_reestory_glob():
    root = ET.parse(resources_dir() / "ree-desktop-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = root.find("m:mime-type", ns)
    assert kind.get("type") == "application/x-reestory"
    assert [g.get("pattern") for g in kind.findall("m:glob", ns)] == ["*.reestory"]


# -- XDG paths ---------------------------------------------------------------------------------
def test_data_home_honours_xdg_data_home():
    assert desktop.data_home({"XDG_DATA_HOME": "/x/share", "HOME": "/h"}) == Path("/x/share")


@pytest.mark.parametrize("value", ["", "relative/share"])
def test_data_home_falls_back_when_unset_or_relative(value):
    assert desktop.data_home({"XDG_DATA_HOME": value, "HOME": "/h"}) == Path("/h/.local/share")


def test_install_writes_entry_icons_and_mime_type_then_uninstall_removes_only_those(tmp_path):
    home = tmp_path / "share"
    keep = home / "applications" / "other.desktop"
    keep.parent.mkdir(parents=True)
    keep.write_text("[Desktop Entry]\n")
    written = desktop.install(home, "/opt/ree/ree-desktop-gui", refresh=False)
    entry = read_entry((home / "applications" / "ree-desktop.desktop").read_text())
    assert entry["Exec"] == "/opt/ree/ree-desktop-gui %f"
    assert (home / "mime" / "packages" / "ree-desktop.xml").is_file()
    for size in desktop.PNG_SIZES:
        png = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "ree-desktop.png"
        assert desktop.png_size(png.read_bytes()) == (size, size)
        assert (png.parent.parent / "mimetypes" / "application-x-reestory.png").is_file()
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / "ree-desktop.svg").is_file()
    assert not list(home.rglob(".*.tmp"))
    removed = desktop.uninstall(home, refresh=False)
    assert sorted(removed) == sorted(written)
    assert keep.is_file()
    assert not [p for p in home.rglob("*") if p.is_file() and p != keep]


@pytest.mark.skipif(shutil.which("update-mime-database") is None,
                    reason="shared-mime-info is not installed")
def test_install_registers_reestory_in_the_mime_database(tmp_path):
    desktop.install(tmp_path, "ree-desktop-gui", refresh=True)
    globs = (tmp_path / "mime" / "globs2").read_text()
    assert "application/x-reestory:*.reestory" in globs


def test_xdg_command_installs_under_xdg_data_home(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert desktop.main(["install", "--exec", "/bin/true"]) == 0
    assert "Exec=/bin/true %f" in (tmp_path / "applications" / "ree-desktop.desktop").read_text()
    assert desktop.main(["uninstall"]) == 0
    assert not (tmp_path / "applications" / "ree-desktop.desktop").exists()
    assert "removed" in capsys.readouterr().out


# -- Windows .ico and macOS .icns --------------------------------------------------------------
def test_ico_file_holds_every_size_as_png():
    data = (ICONS / "ree-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(desktop.ICO_SIZES))
    sizes = []
    for index in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index: 22 + 16 * index])
        image = data[offset: offset + length]
        sizes.append(desktop.png_size(image)[0])
        assert (width or 256) == sizes[-1]
    assert sizes == list(desktop.ICO_SIZES)


def test_icns_file_holds_png_entries_of_the_right_sizes():
    data = (ICONS / "ree-desktop.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    position, found = 8, {}
    while position < len(data):
        kind, length = data[position: position + 4], struct.unpack(">I", data[position + 4:
                                                                              position + 8])[0]
        found[kind] = desktop.png_size(data[position + 8: position + length])[0]
        position += length
    assert found == {kind: size for size, kind in desktop.ICNS_TYPES.items()}


def test_committed_icon_files_match_the_pngs(tmp_path):
    """`make icons` output is committed: regenerating from the PNGs gives the same bytes."""
    for png in ICONS.glob("ree-desktop-*.png"):
        shutil.copy(png, tmp_path / png.name)
    desktop.write_platform_icons(tmp_path)
    for name in ("ree-desktop.ico", "ree-desktop.icns"):
        assert (tmp_path / name).read_bytes() == (ICONS / name).read_bytes(), name


@pytest.mark.parametrize("name", ["ree-desktop.ico", "ree-desktop.icns"])
def test_qt_reads_every_image_of_the_icon_files(qapp, name):
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(ICONS / name))
    assert reader.imageCount() >= 6
    widths = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        widths.append(image.width())
    assert max(widths) >= 256 and min(widths) == 16


def test_icon_writer_rejects_a_png_of_the_wrong_size(tmp_path):
    for png in ICONS.glob("ree-desktop-*.png"):
        shutil.copy(png, tmp_path / png.name)
    shutil.copy(ICONS / "ree-desktop-16.png", tmp_path / "ree-desktop-32.png")
    with pytest.raises(ValueError, match="ree-desktop-32.png is .16, 16., expected 32x32"):
        desktop.write_platform_icons(tmp_path)
    with pytest.raises(ValueError, match="not a PNG"):
        desktop.png_size(b"GIF89a" + bytes(30))


# -- opening a file given on the command line --------------------------------------------------
def test_story_file_argument_presents_the_story(monkeypatch, tmp_path):
    from ree_desktop import story_cli

    shown = {}
    monkeypatch.setattr(story_cli, "present", lambda path, theme, user_db: shown.update(
        path=path, theme=theme) or 0)
    assert cli.main([str(STORY), "--theme", "dark"]) == 0
    assert Path(shown["path"]) == STORY and shown["theme"] == "dark"


def test_csv_file_argument_opens_the_import_wizard_on_it(monkeypatch, qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from ree_desktop.app import build_window
    from ree_desktop.ui.dialogs.import_wizard import ImportWizard

    csv = tmp_path / "customs extract.csv"
    csv.write_text("country,year,value\nChina,2020,140000\n", encoding="utf-8")
    windows = []

    def fake_launch(args):  # run_gui without app.exec(): build and show the window
        from ree_desktop.ui.state import ViewStateData

        window = build_window(cli.open_store(args.user_db), ViewStateData())
        windows.append(window)
        window.show()
        return 0

    monkeypatch.setattr(cli, "launch", fake_launch)
    assert cli.main([str(csv)]) == 0
    qtbot.waitUntil(lambda: any(isinstance(w, ImportWizard) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    wizard = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard))
    assert Path(wizard.format_page.path_edit.text()) == csv.resolve()
    wizard.reject()
    wizard.deleteLater()
    windows[0].close()
    windows[0].deleteLater()


@pytest.mark.parametrize(("make", "message"), [
    (lambda d: d / "missing.reestory", "missing.reestory does not exist"),
    (lambda d: d / "gone.csv", "gone.csv does not exist"),
    (lambda d: (d / "folder.csv").mkdir() or d / "folder.csv", "folder.csv is a folder"),
])
def test_missing_or_folder_file_argument_is_one_line_exit_2(tmp_path, capsys, make, message):
    assert cli.main([str(make(tmp_path))]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_broken_story_file_argument_is_one_line_exit_2(tmp_path, capsys):
    bad = tmp_path / "broken.reestory"
    bad.write_text("{not json", encoding="utf-8")
    assert cli.main([str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert "not a REE Desktop story" in err and len(err.splitlines()) == 1


def test_other_arguments_are_parsed_as_before(capsys):
    with pytest.raises(SystemExit):
        cli.main(["notes.txt"])
    assert "unrecognized arguments: notes.txt" in capsys.readouterr().err
