"""``make dist``: pack the one-folder build into the release artefact.

dist/ree-desktop-VERSION-linux-ARCH.tar.zst (.tar.gz without zstd) holds one folder:

    ree-desktop-VERSION/
      ree-desktop, _internal/      the PyInstaller one-folder app (runs from anywhere)
      share/                       desktop file, hicolor icons, MIME type (XDG layout)
      install-desktop.sh           menu entry + .reestory file type for this user
      uninstall-desktop.sh
      README.md, LICENSES/         the app's README; licences of the bundled data,
                                   fonts and libraries
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ree_desktop import __version__, desktop  # noqa: E402

APPDIR = "@APPDIR@"
SCRIPTS = Path(__file__).resolve().parent / "release"  # install-/uninstall-desktop.sh


def data_licences(db: Path) -> str:
    """Every source of the bundled database with its licence and URL (from ree.db)."""
    uri = f"file:{db.as_posix()}?mode=ro&immutable=1"
    with sqlite3.connect(uri, uri=True) as conn:
        rows = conn.execute("SELECT id, publisher, title, year, url, licence FROM sources "
                            "ORDER BY publisher, year, id").fetchall()
    lines = ["Sources of the bundled database (data/ree.db) and their licences.", ""]
    for source_id, publisher, title, year, url, licence in rows:
        lines.append(f"{source_id}: {publisher}, {title} ({year})")
        lines.append(f"    licence: {licence or 'not stated'}; {url or 'no URL'}")
    return "\n".join(lines) + "\n"


def library_licences(internal: Path, out: Path) -> list[str]:
    """Copy the licence files of the Python distributions the bundle contains."""
    from importlib import metadata

    names = []
    for dist in metadata.distributions():
        files = dist.files or []
        tops = {f.parts[0] for f in files
                if len(f.parts) > 1 and f.parts[0] != ".."
                and not f.parts[0].endswith((".dist-info", ".data"))}
        if dist.metadata["Name"] == "ree-desktop" or not any((internal / t).exists() for t in tops):
            continue
        meta = dist.metadata
        licence = meta.get("License-Expression") or meta.get("License") or "see its files"
        names.append(f"{meta['Name']} {dist.version}: {licence.splitlines()[0][:100]}")
        for file in files:
            if file.name.lower().startswith(("licen", "copying", "notice", "authors")):
                target = out / meta["Name"] / file.name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(file.locate(), target)
    return sorted(names)


def stage(app_dir: Path, staging: Path) -> Path:
    """Assemble the release folder (the app is hard-linked where possible, not copied)."""
    top = staging / f"ree-desktop-{__version__}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    shutil.copytree(app_dir, top, symlinks=True, copy_function=_link_or_copy)
    desktop.install(top / "share", f"{APPDIR}/ree-desktop", refresh=False)
    for name in ("install-desktop.sh", "uninstall-desktop.sh"):
        shutil.copyfile(SCRIPTS / name, top / name)
        (top / name).chmod(0o755)
    shutil.copyfile(ROOT / "README.md", top / "README.md")
    licences = top / "LICENSES"
    licences.mkdir()
    (licences / "DATA-SOURCES.txt").write_text(data_licences(ROOT / "data" / "ree.db"),
                                               encoding="utf-8")
    for licence in sorted((ROOT / "resources").rglob("*")):
        if licence.is_file() and licence.name.upper().startswith(("LICENSE", "OFL", "COPYING")):
            shutil.copyfile(licence, licences / f"{licence.parent.name}-{licence.name}")
    listed = library_licences(top / "_internal", licences / "libraries")
    (licences / "LIBRARIES.txt").write_text(
        "Python distributions in _internal/ (licence files under libraries/):\n"
        + "\n".join(listed) + "\n", encoding="utf-8")
    return top


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def pack(top: Path, out_dir: Path) -> Path:
    """tar + zstd (or gzip) of the staged folder; returns the artefact's path."""
    arch = platform.machine().lower() or "unknown"
    base = out_dir / f"ree-desktop-{__version__}-{sys.platform}-{arch}"
    zstd = shutil.which("zstd")
    artefact = Path(f"{base}.tar.zst" if zstd else f"{base}.tar.gz")
    out_dir.mkdir(parents=True, exist_ok=True)
    artefact.unlink(missing_ok=True)
    tar = ["tar", "-C", str(top.parent), "--owner=0", "--group=0", "--numeric-owner"]
    if zstd:
        tar += ["-I", "zstd -19 -T0 -q", "-cf", str(artefact), top.name]
    else:
        tar += ["-czf", str(artefact), top.name]
    subprocess.run(tar, check=True)
    return artefact


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "ree-desktop",
                        help="the PyInstaller one-folder build")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--staging", type=Path, default=ROOT / "build" / "release")
    args = parser.parse_args(argv)
    if not (args.app / "ree-desktop").is_file() and not (args.app / "ree-desktop.exe").is_file():
        print(f"pack_dist: no app in {args.app}: run `make build` first", file=sys.stderr)
        return 1
    top = stage(args.app, args.staging)
    artefact = pack(top, args.out)
    size = artefact.stat().st_size / 2**20
    print(f"wrote {artefact} ({size:.1f} MiB; unpacked folder {_du(top):.1f} MiB)")
    return 0


def _du(folder: Path) -> float:
    files = (f for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    return sum(f.stat().st_size for f in files) / 2**20


if __name__ == "__main__":
    sys.exit(main())
