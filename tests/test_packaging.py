"""Distribution: the wheel's contents, where bundled files are found (checkout, wheel, frozen),
the no-root set-up checks, the bundle trimming rules and the release artefact's layout."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from ree_desktop import paths

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / ".ci"))

import bundle_trim  # noqa: E402
import pack_dist  # noqa: E402


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built without network or build isolation (about a second)."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps",
                    "--no-build-isolation", "-q", "-w", str(out)], check=True,
                   capture_output=True)
    (built,) = out.glob("ree_desktop-*.whl")
    return built


def test_wheel_contains_the_database_resources_and_every_module(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    bundle = "ree_desktop/_bundle/"
    assert bundle + "data/ree.db" in names
    for resource in (ROOT / "resources").rglob("*"):
        if resource.is_file():
            assert bundle + resource.relative_to(ROOT).as_posix() in names, resource
    for module in (ROOT / "ree_desktop").rglob("*.py"):
        assert module.relative_to(ROOT).as_posix() in names, module
    assert not [n for n in names if n.startswith(("tests/", "bench/", "data/", "resources/"))
                or "__pycache__" in n]
    entry_points = zipfile.ZipFile(wheel).read(
        next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "ree-desktop-gui = ree_desktop.cli:main" in entry_points


def test_database_in_the_wheel_is_the_checkout_s(wheel):
    with zipfile.ZipFile(wheel) as archive:
        assert archive.read("ree_desktop/_bundle/data/ree.db") == paths.bundled_db_path(
        ).read_bytes()


def test_unpacked_wheel_lists_datasets_from_another_folder(wheel, tmp_path):
    """What an installed wheel does: no checkout on the path, cwd elsewhere."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "REE_DESKTOP_USER_DB": str(tmp_path / "u.db")}
    probe = subprocess.run(
        [sys.executable, "-c", "from ree_desktop import paths; print(paths.bundled_db_path()); "
         "print(paths.resources_dir())"], cwd=elsewhere, env=env, capture_output=True,
        text=True, check=True).stdout.split("\n")
    assert Path(probe[0]) == site / "ree_desktop" / "_bundle" / "data" / "ree.db"
    assert Path(probe[1]) == site / "ree_desktop" / "_bundle" / "resources"
    listing = subprocess.run([sys.executable, "-m", "ree_desktop", "datasets"], cwd=elsewhere,
                             env=env, capture_output=True, text=True, check=True).stdout
    assert "mine_production" in listing and "bundled" in listing


def test_checkout_reads_top_level_folders():
    assert paths.installed_bundle() is None
    assert paths.bundled_db_path() == ROOT / "data" / "ree.db"
    assert paths.resources_dir() == ROOT / "resources"


def test_frozen_build_reads_meipass(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.bundled_db_path() == tmp_path / "data" / "ree.db"
    assert paths.resources_dir() == tmp_path / "resources"


# -- set-up without root -----------------------------------------------------------------------
def fake_tool(folder: Path, name: str, script: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text("#!/bin/sh\n" + script)
    (folder / name).chmod(0o755)


def test_make_test_and_run_never_install_system_packages():
    for target in ("test", "run"):
        plan = subprocess.run(["make", "-n", "-B", target], cwd=ROOT, capture_output=True,
                              text=True, check=True).stdout
        commands = re.sub(r'"[^"]*"', "", plan)  # hints printed with echo do not count
        assert "system-deps" not in commands
        assert "apt-get" not in commands and "sudo" not in commands
        assert ".ci/check-qt" in plan
    plan = subprocess.run(["make", "-n", "system-deps"], cwd=ROOT, capture_output=True,
                          text=True, check=True).stdout
    assert ".ci/system-deps" in plan


def test_check_prints_the_install_command_when_qt_libraries_are_missing(tmp_path):
    fake_tool(tmp_path / "bin", "dpkg-query",
              'case "$*" in *libegl1*|*libxkbcommon0*) exit 1;; esac\n'
              'printf "install ok installed"\n')
    env = {**os.environ, "PATH": f"{tmp_path / 'bin'}:{os.environ['PATH']}"}
    run = subprocess.run(["bash", str(ROOT / ".ci" / "check-qt"), sys.executable, "offscreen"],
                         env=env, capture_output=True, text=True)
    assert run.returncode == 1
    assert ("sudo apt-get install -y --no-install-recommends libegl1 libxkbcommon0"
            in run.stderr)


def test_check_reports_qt_that_cannot_start(tmp_path):
    fake_tool(tmp_path / "bin", "dpkg-query", 'printf "install ok installed"\n')
    fake_tool(tmp_path, "python", 'cat >/dev/null\necho "ImportError: libEGL.so.1: cannot '
                                  'open shared object file" >&2\nexit 1\n')
    env = {**os.environ, "PATH": f"{tmp_path / 'bin'}:{os.environ['PATH']}"}
    run = subprocess.run(["bash", str(ROOT / ".ci" / "check-qt"), str(tmp_path / "python"),
                          "offscreen"], env=env, capture_output=True, text=True)
    assert run.returncode == 1
    assert "Qt cannot start (offscreen platform): ImportError: libEGL.so.1" in run.stderr
    assert "sudo make system-deps" in run.stderr


def test_check_passes_here():
    run = subprocess.run(["bash", str(ROOT / ".ci" / "check-qt"), sys.executable, "offscreen"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


# -- bundle trimming ---------------------------------------------------------------------------
def test_icu_keeps_core_english_chinese_and_root_only():
    items = ["uprops.icu", "cnvalias.icu", "zoneinfo64.res", "en.res", "de.res", "root.res",
             "coll/ucadata.icu", "coll/root.res", "coll/zh.res", "coll/zh_Hant_TW.res",
             "coll/de.res", "zone/en.res", "zone/fr.res", "zone/tzdbNames.res", "curr/pool.res",
             "lang/ja.res", "brkitr/cjdict.dict", "translit/root.res", "gb18030.cnv",
             "ibm-37_P100-1995.cnv", "unit/en_US.res", "rbnf/ru.res"]
    dropped = set(bundle_trim.icu_items_to_drop(items))
    assert dropped == {"coll/de.res", "zone/fr.res", "lang/ja.res", "brkitr/cjdict.dict",
                       "translit/root.res", "ibm-37_P100-1995.cnv", "rbnf/ru.res"}


def test_unused_qt_plugins_are_dropped_and_the_platforms_kept():
    plugins = "PySide6/Qt/plugins/"
    entries = [(plugins + name, "/src", "BINARY") for name in (
        "platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
        "platforms/libqvnc.so", "platforms/libqlinuxfb.so", "platformthemes/libqgtk3.so",
        "platformthemes/libqxdgdesktopportal.so", "generic/libqtuiotouchplugin.so",
        "imageformats/libqsvg.so", "imageformats/libqtiff.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so")]
    kept = {entry[0].removeprefix(plugins) for entry in bundle_trim.drop_plugins(entries)}
    assert kept == {"platforms/libqxcb.so", "platforms/libqwayland.so",
                    "platforms/libqoffscreen.so", "platformthemes/libqxdgdesktopportal.so",
                    "imageformats/libqsvg.so",
                    "platforminputcontexts/libibusplatforminputcontextplugin.so"}


def test_only_plain_shared_libraries_are_candidates_for_pruning():
    assert bundle_trim._is_plain_lib("libkrb5.so.3")
    assert bundle_trim._is_plain_lib("PySide6/Qt/lib/libQt6Network.so.6")
    for dest in ("libpython3.11.so.1.0", "PySide6/Qt/lib/libQt6XcbQpa.so.6",
                 "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/QtCore.abi3.so",
                 "numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so"):
        assert not bundle_trim._is_plain_lib(dest), dest


# -- release artefact --------------------------------------------------------------------------
def test_release_folder_has_app_desktop_files_readme_and_licences(tmp_path, monkeypatch):
    app = tmp_path / "app"
    (app / "_internal" / "PySide6").mkdir(parents=True)
    (app / "ree-desktop").write_text("#!/bin/sh\n")
    monkeypatch.setattr(pack_dist.shutil, "which", lambda name: None)  # → .tar.gz
    top = pack_dist.stage(app, tmp_path / "staging")
    artefact = pack_dist.pack(top, tmp_path / "out")
    assert artefact.name.endswith(".tar.gz")
    with tarfile.open(artefact) as archive:
        names = set(archive.getnames())
    base = f"ree-desktop-{pack_dist.__version__}/"
    for name in ("ree-desktop", "README.md", "install-desktop.sh", "uninstall-desktop.sh",
                 "LICENSES/DATA-SOURCES.txt", "LICENSES/LIBRARIES.txt",
                 "LICENSES/geo-LICENSE-world-atlas",
                 "share/applications/ree-desktop.desktop",
                 "share/mime/packages/ree-desktop.xml",
                 "share/icons/hicolor/256x256/apps/ree-desktop.png"):
        assert base + name in names, name
    sources = (top / "LICENSES" / "DATA-SOURCES.txt").read_text()
    assert "U.S. Geological Survey" in sources and "licence:" in sources
    assert "PySide6_Essentials" in (top / "LICENSES" / "LIBRARIES.txt").read_text()


def test_release_install_script_points_the_menu_at_the_unpacked_app(tmp_path):
    app = tmp_path / "app"
    (app / "_internal").mkdir(parents=True)
    (app / "ree-desktop").write_text("#!/bin/sh\n")
    staged = pack_dist.stage(app, tmp_path / "odd $dir")
    data = tmp_path / "xdg"
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    subprocess.run([str(staged / "install-desktop.sh")], env=env, check=True,
                   capture_output=True)
    entry = (data / "applications" / "ree-desktop.desktop").read_text()
    assert f'Exec="{tmp_path}/odd \\$dir/ree-desktop-{pack_dist.__version__}/ree-desktop" %f' \
        in entry
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "ree-desktop.png").is_file()
    subprocess.run([str(staged / "uninstall-desktop.sh")], env=env, check=True,
                   capture_output=True)
    assert not (data / "applications" / "ree-desktop.desktop").exists()


# -- the Chinese interface's files (issue 17) ------------------------------------------------
def _spec_function(name: str, constants: tuple[str, ...] = ("QT_TRANSLATIONS_KEPT",)):
    """A top-level function of build.spec (and the constants it reads), compiled alone: the
    spec itself needs PyInstaller."""
    import ast

    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    wanted = [node for node in tree.body
              if (isinstance(node, ast.FunctionDef) and node.name == name)
              or (isinstance(node, ast.Assign)
                  and any(getattr(t, "id", "") in constants for t in node.targets))]
    namespace: dict = {}
    exec(compile(ast.Module(body=wanted, type_ignores=[]), "build.spec", "exec"), namespace)
    return namespace[name]


def test_the_build_keeps_qts_chinese_translation_and_no_other():
    kept = _spec_function("_kept")
    qt = "PySide6/Qt/translations/"
    assert kept(qt + "qtbase_zh_CN.qm")
    assert kept("PySide6\\Qt\\translations\\qtbase_zh_CN.qm")  # Windows separators
    for other in ("qtbase_de.qm", "qt_zh_CN.qm", "qtdeclarative_zh_CN.qm", "qtbase_zh_TW.qm",
                  "qt_help_zh_CN.qm"):
        assert not kept(qt + other), other
    assert kept("resources/translations/ree_desktop_zh_CN.qm")
    assert kept("resources/fonts/NotoSansSC-Subset.otf")
    assert kept("pycountry/locales/zh_CN/LC_MESSAGES/iso3166-1.mo")
    assert not kept("pycountry/locales/de/LC_MESSAGES/iso3166-1.mo")
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec  # .qm and the font go along


def test_the_wheel_carries_the_translation_and_the_font_with_its_licence(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    bundle = "ree_desktop/_bundle/resources/"
    for name in ("translations/ree_desktop_zh_CN.qm", "fonts/NotoSansSC-Subset.otf",
                 "fonts/OFL.txt"):
        assert bundle + name in names, name
    with zipfile.ZipFile(wheel) as archive:
        assert archive.read(bundle + "translations/ree_desktop_zh_CN.qm") == (
            ROOT / "resources" / "translations" / "ree_desktop_zh_CN.qm").read_bytes()


def test_the_bundled_font_stays_inside_the_bundle_budget():
    """≤ 6 MiB (the one-folder build had 21 MiB left under 200 MiB before it)."""
    size = (ROOT / "resources" / "fonts" / "NotoSansSC-Subset.otf").stat().st_size
    assert 1 * 2**20 < size <= 6 * 2**20
    licence = (ROOT / "resources" / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence and "Adobe" in licence
