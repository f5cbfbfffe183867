"""Desktop integration on Linux (XDG) and the Windows/macOS icon files.

``python -m ree_desktop.desktop install`` (``make install-desktop``) puts the desktop file,
the hicolor icons and a shared-mime-info type for ``*.reestory`` stories under the user's
``$XDG_DATA_HOME`` (default ``~/.local/share``): no root, nothing outside the user's home.
``uninstall`` removes exactly those files. ``icons`` regenerates ``ree-desktop.ico`` and
``ree-desktop.icns`` (PNG-compressed entries, readable by Windows Vista+ and macOS 10.7+)
from the committed PNGs. Standard library only: it runs before the venv has Qt.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

from ree_desktop.paths import resources_dir

APP_ID = "ree-desktop"
MIME_TYPE = "application/x-reestory"
MIME_ICON = "application-x-reestory"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data, by pixel size (Apple's Icon Services types).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def data_home(environ: dict[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME`` if set to an absolute path (the spec ignores relative ones)."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    home = env.get("HOME") or str(Path.home())
    return Path(home) / ".local" / "share"


def default_exec() -> str:
    """The command the desktop file runs: this install's GUI launcher, else the PATH's."""
    if getattr(sys, "frozen", False):
        return sys.executable
    launcher = Path(sys.executable).parent / ("ree-desktop-gui.exe" if os.name == "nt"
                                              else "ree-desktop-gui")
    return str(launcher) if launcher.is_file() else "ree-desktop-gui"


def quote_exec(program: str) -> str:
    """Quote a program path for an Exec= line (Desktop Entry spec, 'The Exec key')."""
    if not any(ch in program for ch in ' \t\n"\'\\><~|&;$*?#()`='):
        return program
    escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in program)
    return f'"{escaped}"'


def desktop_entry(program: str) -> str:
    """The bundled desktop file with Exec/TryExec pointing at ``program``."""
    lines = []
    for line in (resources_dir() / f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={quote_exec(program)} %f"
        elif line.startswith("TryExec="):
            line = f"TryExec={program}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def planned_files(home: Path) -> dict[Path, Path | None]:
    """Every file ``install`` writes → the resource it copies (None: the desktop file)."""
    icons, hicolor = resources_dir() / "icons", home / "icons" / "hicolor"
    files: dict[Path, Path | None] = {home / "applications" / f"{APP_ID}.desktop": None,
                                      home / "mime" / "packages" / f"{APP_ID}.xml":
                                      resources_dir() / f"{APP_ID}-mime.xml"}
    for size in PNG_SIZES:
        png = icons / f"{APP_ID}-{size}.png"
        files[hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = png
        files[hicolor / f"{size}x{size}" / "mimetypes" / f"{MIME_ICON}.png"] = png
    files[hicolor / "scalable" / "apps" / f"{APP_ID}.svg"] = icons / f"{APP_ID}.svg"
    files[hicolor / "scalable" / "mimetypes" / f"{MIME_ICON}.svg"] = icons / f"{APP_ID}.svg"
    return files


def _write_whole(path: Path, data: bytes) -> None:
    """Write via a temporary file and rename, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def install(home: Path, program: str, refresh: bool = True) -> list[Path]:
    """Install desktop file, icons and MIME type under ``home``; returns the files written."""
    written = []
    for target, source in planned_files(home).items():
        data = (desktop_entry(program).encode("utf-8") if source is None
                else source.read_bytes())
        _write_whole(target, data)
        written.append(target)
    if refresh:
        refresh_caches(home)
    return written


def uninstall(home: Path, refresh: bool = True) -> list[Path]:
    """Remove what ``install`` wrote (and nothing else); returns the files removed."""
    removed = []
    for target in planned_files(home):
        if target.is_file():
            target.unlink()
            removed.append(target)
    if refresh:
        refresh_caches(home)
    return removed


def refresh_caches(home: Path) -> list[str]:
    """Run the cache tools that exist (MIME database, desktop database, icon cache)."""
    commands = [["update-mime-database", str(home / "mime")],
                ["update-desktop-database", "-q", str(home / "applications")],
                ["gtk-update-icon-cache", "-q", "-t", "-f", str(home / "icons" / "hicolor")]]
    ran = []
    for command in commands:
        if shutil.which(command[0]) and Path(command[-1]).is_dir():
            subprocess.run(command, check=False, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            ran.append(command[0])
    return ran


# -- Windows .ico and macOS .icns ----------------------------------------------------------
def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk; ValueError if it is not a PNG."""
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    return struct.unpack(">II", data[16:24])


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are the given square PNGs (size → PNG data)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        byte_size = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", byte_size, byte_size, 0, 0, 1, 32, len(data),
                               offset + len(images))
        images += data
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file with one PNG entry per size Apple defines a type for."""
    body = b""
    for size in sorted(pngs):
        if size in ICNS_TYPES:
            body += ICNS_TYPES[size] + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_platform_icons(icons: Path) -> list[Path]:
    """(Re)write ``ree-desktop.ico`` and ``ree-desktop.icns`` next to the PNGs."""
    pngs = {}
    for size in PNG_SIZES:
        data = (icons / f"{APP_ID}-{size}.png").read_bytes()
        if png_size(data) != (size, size):
            raise ValueError(f"{APP_ID}-{size}.png is {png_size(data)}, expected {size}x{size}")
        pngs[size] = data
    ico, icns = icons / f"{APP_ID}.ico", icons / f"{APP_ID}.icns"
    _write_whole(ico, ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    _write_whole(icns, icns_bytes(pngs))
    return [ico, icns]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="ree-desktop-xdg",
        description="Install or remove REE Desktop's menu entry, icons and story file type "
                    "for this user (XDG), or regenerate the .ico/.icns icon files.")
    parser.add_argument("action", choices=("install", "uninstall", "icons"))
    parser.add_argument("--exec", dest="program", default=None,
                        help="the program the menu entry starts (default: ree-desktop-gui "
                             "of this installation)")
    args = parser.parse_args(argv)
    if args.action == "icons":
        for path in write_platform_icons(resources_dir() / "icons"):
            print(f"wrote {path}")
        return 0
    home = data_home()
    if args.action == "install":
        written = install(home, args.program or default_exec())
        print(f"installed {len(written)} files under {home} (menu entry, icons, "
              f"{MIME_TYPE} for *.reestory)")
    else:
        removed = uninstall(home)
        print(f"removed {len(removed)} files under {home}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
