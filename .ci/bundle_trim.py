"""Shrinks the PyInstaller bundle (imported by build.spec; see docs/benchmarks.md, Bundle size).

Each step works on PyInstaller's TOC entries ``(dest, src, typecode)`` and falls back to the
untouched file when a tool is missing, so a build on Windows or macOS (or without binutils
and icu-devtools) still works, only bigger:

* Qt plugins the app cannot use (framebuffer/VNC/EGLFS platforms, input-device plugins, the
  GTK3 platform theme, image formats it never reads), then the shared libraries nothing left
  needs (QtNetwork, Kerberos, cairo/pango…).
* ``strip --strip-debug`` on ELF files that carry DWARF debug info (libpython and
  lib-dynload: 22 MB). Symbol tables stay; numpy's OpenBLAS is never touched.
* ICU's 31 MB data library rebuilt with only what Qt can reach here (``ICU_DROP`` below).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

# Qt plugins (dest paths under PySide6/Qt/plugins/) the app never loads.
DROPPED_PLUGINS = re.compile(
    r"PySide6/Qt/plugins/("
    r"generic/|egldeviceintegrations/|"
    r"platforms/lib(qvnc|qlinuxfb|qeglfs|qminimalegl|qvkkhrdisplay|qminimal)\.so|"
    r"platformthemes/libqgtk3\.so|"
    r"imageformats/libq(tiff|webp|pdf|tga|wbmp|gif)\.so)")
# Libraries that are loaded with dlopen (never listed as NEEDED): always kept.
KEEP_LIBS = re.compile(r"^(libpython|libQt6XcbQpa|libQt6WaylandClient|libQt6Wl|libQt6OpenGL"
                       r"|libQt6Svg|libQt6DBus)")
# ICU data (icudtNNl.dat) keeps its core (properties, normalisation, time zone rules, locale
# basics) and, in the per-locale trees, only English, Chinese and the root locale: Qt reaches
# ICU for collation (QCollator), legacy text codecs (QStringConverter) and time zone names;
# it has its own CLDR tables for number and date formats and its own text boundaries, so
# ICU's transliteration and break iterators (with their CJK dictionaries) go.
ICU_DROP = re.compile(r"^(translit|brkitr)/")
ICU_LOCALE_TREES = re.compile(r"^(coll|curr|lang|region|unit|zone|rbnf)/")
ICU_KEPT_LOCALE = re.compile(r"^[a-z]+/(root|en|en_US|en_US_POSIX|zh|zh_\w+|pool|res_index"
                             r"|tzdbNames)\.res$")
# Codecs a Chinese- or English-speaking user's files come in; UTF-8/16/32 and Latin-1 are
# built into Qt.
ICU_KEEP_CONVERTERS = re.compile(r"^(gb18030|windows-936-2000|windows-950-2000|ibm-5348_P100"
                                 r"-1997|ibm-1386_P100-2001|ibm-1383_P110-1999)\.cnv$")


def log(message: str) -> None:
    print(f"bundle_trim: {message}", file=sys.stderr)


def drop_plugins(binaries: list) -> list:
    """Entries minus the Qt plugins the app never loads."""
    return [entry for entry in binaries if not DROPPED_PLUGINS.match(entry[0].replace("\\", "/"))]


def needed_libs(path: str) -> set[str]:
    """DT_NEEDED names of an ELF file (empty if not ELF or readelf is missing)."""
    try:
        out = subprocess.run(["readelf", "-dW", path], capture_output=True, text=True,
                             check=False).stdout
    except OSError:
        return set()
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))


def prune_unneeded_libs(binaries: list) -> list:
    """Drop bundled shared libraries (lib*.so*) that no remaining binary lists as NEEDED."""
    if not sys.platform.startswith("linux") or not shutil.which("readelf"):
        return binaries
    needs = {entry[0]: needed_libs(entry[1]) for entry in binaries}
    kept = list(binaries)
    while True:
        wanted = set().union(*(needs[entry[0]] for entry in kept))
        removable = [entry for entry in kept if _is_plain_lib(entry[0])
                     and Path(entry[0]).name not in wanted]
        if not removable:
            return kept
        log("not needed: " + " ".join(sorted(Path(entry[0]).name for entry in removable)))
        kept = [entry for entry in kept if entry not in removable]


def _is_plain_lib(dest: str) -> bool:
    name = Path(dest).name
    return (name.startswith("lib") and ".so" in name and "/plugins/" not in dest.replace("\\", "/")
            and not KEEP_LIBS.match(name) and ".cpython-" not in name and ".abi3." not in name)


def has_debug_info(path: str) -> bool:
    try:
        out = subprocess.run(["readelf", "-SW", path], capture_output=True, text=True,
                             check=False).stdout
    except OSError:
        return False
    return ".debug_info" in out


def strip_debug(binaries: list, workdir: Path) -> list:
    """Copies of ELF binaries with DWARF debug info, stripped of it (never numpy's libs)."""
    if not sys.platform.startswith("linux") or not shutil.which("strip"):
        log("strip not available: debug info kept")
        return binaries
    out, saved = [], 0
    for dest, src, typecode in binaries:
        if "numpy.libs" in dest or "openblas" in dest.lower() or not has_debug_info(src):
            out.append((dest, src, typecode))
            continue
        target = workdir / "stripped" / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target)
        subprocess.run(["strip", "--strip-debug", str(target)], check=True)
        saved += Path(src).stat().st_size - target.stat().st_size
        out.append((dest, str(target), typecode))
    log(f"strip --strip-debug saved {saved / 2**20:.1f} MiB")
    return out


def icu_items_to_drop(items: list[str]) -> list[str]:
    """Which items of ICU's common data the bundle leaves out (see ICU_DROP)."""
    dropped = []
    for item in items:
        locale_file = ICU_LOCALE_TREES.match(item) and item.endswith(".res")
        converter = item.endswith(".cnv") and "/" not in item
        if (ICU_DROP.match(item) or (locale_file and not ICU_KEPT_LOCALE.match(item))
                or (converter and not ICU_KEEP_CONVERTERS.match(item))):
            dropped.append(item)
    return dropped


def shrink_icu(binaries: list, workdir: Path) -> list:
    """Replace libicudata.so.NN with one built from the reduced data (needs icu-devtools, cc)."""
    tools = [shutil.which(name) for name in ("icupkg", "genccode", "cc", "readelf")]
    entry = next((e for e in binaries if re.fullmatch(r"libicudata\.so\.\d+", Path(e[0]).name)),
                 None)
    if entry is None or not all(tools) or not sys.platform.startswith("linux"):
        log("ICU data kept whole (no libicudata, or icupkg/genccode/cc missing)")
        return binaries
    dest, src, typecode = entry
    version = Path(dest).name.rsplit(".", 1)[1]
    work = workdir / "icu"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    full = work / f"icudt{version}l.dat"
    full.write_bytes(_icu_blob(src, f"icudt{version}_dat"))
    listing = subprocess.run(["icupkg", "-l", str(full)], capture_output=True, text=True,
                             check=True).stdout.split()
    dropped = icu_items_to_drop(listing)
    small = work / "small" / full.name
    small.parent.mkdir()
    for _ in range(50):  # an item a kept one depends on goes back in, until icupkg agrees
        (work / "drop.txt").write_text("\n".join(dropped) + "\n")
        run = subprocess.run(["icupkg", "-r", str(work / "drop.txt"), str(full), str(small)],
                             capture_output=True, text=True, check=False)
        missing = re.findall(r"depends on missing item (\S+)", run.stdout + run.stderr)
        if run.returncode == 0 or not missing:
            break
        dropped = [item for item in dropped if item not in missing]
    if run.returncode != 0:
        log(f"icupkg failed, ICU data kept whole: {run.stderr.strip()[:200]}")
        return binaries
    subprocess.run(["genccode", "-q", "-a", "gcc", "-e", f"icudt{version}", "-d", str(work),
                    str(small)], check=True)
    assembly = next(work.glob("*.S"))
    library = work / Path(dest).name
    subprocess.run(["cc", "-shared", "-nostdlib", "-o", str(library),
                    f"-Wl,-soname,{Path(dest).name}", str(assembly)], check=True)
    log(f"ICU data {Path(src).stat().st_size / 2**20:.1f} -> "
        f"{library.stat().st_size / 2**20:.1f} MiB")
    return [(d, str(library), t) if d == dest else (d, s, t) for d, s, t in binaries]


def _icu_blob(library: str, symbol: str) -> bytes:
    """The bytes of ``symbol`` (ICU's common data) inside the shared library's file."""
    symbols = subprocess.run(["readelf", "-sW", library], capture_output=True, text=True,
                             check=True).stdout
    match = re.search(rf"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+(\d+)\s+"
                      rf"{symbol}\b", symbols)
    if match is None:
        raise RuntimeError(f"{symbol} not found in {library}")
    address, size, section = int(match[1], 16), int(match[2], 0), int(match[3])
    sections = subprocess.run(["readelf", "-SW", library], capture_output=True, text=True,
                              check=True).stdout
    row = re.search(rf"\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    section_address, section_offset = int(row[1], 16), int(row[2], 16)
    with open(library, "rb") as handle:
        handle.seek(section_offset + address - section_address)
        return handle.read(size)


def trim(binaries: list, workdir: Path) -> list:
    """All steps, in order (build.spec calls this on ``a.binaries``)."""
    binaries = prune_unneeded_libs(drop_plugins(binaries))
    return shrink_icu(strip_debug(binaries, workdir), workdir)
