"""Every file the app writes goes through here: nothing half-written ever replaces a file.

The bytes go to a temporary file in the target's folder, are flushed and fsync'd, and only
then ``os.replace`` the target (atomic on one file system). If anything fails — full disk,
file-size limit, read-only folder — the old file is untouched, the temporary file is removed
and one ``WriteFailed`` line says what happened and where. A target that is an SQLite
database (the bundled one, the user's) is never replaced. No Qt here.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

# errno values that mean "no room": full disk, quota, or the process's file-size limit.
NO_SPACE = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


class WriteFailed(OSError):
    """A file could not be written; the message is one line naming the file and the fix."""


def describe_os_error(error: OSError, path: Path) -> str:
    """One line for a failed write of ``path``: the file, the folder, what to do."""
    folder = path.parent.resolve() if path.parent.exists() else path.parent
    if error.errno in NO_SPACE:
        return f"disk full, nothing written: {path.name} in {folder} is unchanged; free space " \
               "there (or choose another folder) and try again"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"cannot write {path}: the folder {folder} is read-only or not yours; " \
               "choose another folder"
    if error.errno == errno.EISDIR or path.is_dir():
        return f"cannot write {path}: it is a folder; give a file name"
    if error.errno in (errno.ENOTDIR, errno.EEXIST):
        return f"cannot write {path}: {path.parent} is a file, not a folder"
    if error.errno == errno.ENOENT:
        return f"cannot write {path}: the folder {folder} does not exist"
    return f"cannot write {path}: {error.strerror or error}"


def write_bytes(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (temp file, fsync, rename); returns the path."""
    path = Path(path)
    tmp_name = None
    try:
        path = _checked_target(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # keep the old file's permissions (or the usual new-file ones), not mkstemp's 0600
        mode = path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask()
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_folder(path.parent)
    except WriteFailed:
        raise
    except OSError as error:
        raise WriteFailed(describe_os_error(error, path)) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return path


def _checked_target(path: Path) -> Path:
    """The file to replace: a symlink's target; never a folder, device, pipe or database."""
    if path.is_symlink():  # write where the link points; the link stays a link
        path = Path(os.path.realpath(path))
    if path.is_dir():
        raise WriteFailed(f"cannot write {path}: it is a folder; give a file name")
    if path.exists() and not stat.S_ISREG(path.stat().st_mode):
        raise WriteFailed(f"cannot write {path}: it is a device or pipe, not a file; "
                          "give a file name")
    if is_database(path):
        raise WriteFailed(f"{path} is an SQLite database (perhaps REE Desktop's own), not an "
                          "export: choose another file name; it was not changed")
    return path


def _umask() -> int:
    """The process umask, read without changing it where the system allows (Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def is_database(path: Path) -> bool:
    """True for an existing SQLite file: no export may ever replace a database."""
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def write_text(path: Path | str, text: str, encoding: str = "utf-8") -> Path:
    """``write_bytes`` for text."""
    return write_bytes(path, text.encode(encoding))


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
