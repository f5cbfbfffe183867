"""Reading the file safely: regular files only, NUL checked in every block, fields counted.

pandas' C parser keeps a NUL inside a cell and pads a row with fewer fields than the header
with empty cells, silently. The :class:`Guard` sits between the file and pandas and sees
every byte once: it refuses NUL characters (with their line) and counts each record's
fields outside quotes, so short rows can be reported like long ones.
"""

from __future__ import annotations

import codecs
import io
import os
import stat
from pathlib import Path
from typing import BinaryIO

import numpy as np

from ree_desktop.data.importer.model import ImportFailed
from ree_desktop.i18n import translate

# single-byte-safe encodings: a delimiter, quote or newline byte is always that character
_ASCII_SAFE = ("utf-8", "utf-8-sig", "ascii", "latin-1", "cp1250", "cp1251", "cp1252",
               "iso8859-1", "iso8859-2", "iso8859-15")
_GB = ("gb18030", "gbk", "gb2312")  # trail bytes 0x40-0xFE: safe for , ; tab " '


def open_regular(path: Path) -> BinaryIO:
    """Open a file for reading only if it is a regular file (never block on a FIFO or device).

    The file is opened non-blocking and checked with fstat before a single byte is read, so
    a FIFO, a socket, /dev/zero or a terminal is refused at once instead of hanging or
    reading without end.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise ImportFailed(translate("Importer", "no such file; check the path")) from None
    except IsADirectoryError:
        raise ImportFailed(translate("Importer", "this is a folder, not a CSV file")) from None
    except PermissionError:
        raise ImportFailed(translate("Importer", "permission denied: the file cannot be read; "
                                     "check its permissions or copy it somewhere readable")
                           ) from None
    except OSError as error:
        raise ImportFailed(translate("Importer", "the file cannot be opened ({error}); check "
                                     "the path").format(error=error.strerror or error)
                           ) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise ImportFailed(translate("Importer", "this is a folder, not a CSV file"))
        if not stat.S_ISREG(mode):
            kind = (translate("Importer", "a named pipe (FIFO)") if stat.S_ISFIFO(mode) else
                    translate("Importer", "a device") if stat.S_ISCHR(mode)
                    or stat.S_ISBLK(mode) else
                    translate("Importer", "a socket") if stat.S_ISSOCK(mode)
                    else translate("Importer", "not a regular file"))
            raise ImportFailed(translate("Importer", "this is {kind}, not a regular file; save "
                                         "the data to a CSV file and import that").format(
                                             kind=kind))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


class Guard(io.RawIOBase):
    """The file as pandas reads it, checked block by block for NUL characters.

    NUL never belongs in CSV text (only inside UTF-16 code units), and pandas would keep it
    inside a cell silently; checking each block as it is read covers the whole file at the
    cost of one memchr per block.
    """

    mode = "rb"

    def __init__(self, handle: BinaryIO, unit: int, newline: bytes,
                 counter: FieldCounter | None = None):
        super().__init__()
        self.handle = handle
        self.counter = counter
        self.unit = unit  # UTF-16/32: look for a whole NUL code unit at an aligned offset
        self.newline = newline
        self.offset = 0  # bytes handed to pandas so far
        self.lines = 0  # newlines in them

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.handle.read(len(buffer))
        size = len(data)
        buffer[:size] = data
        if size:
            self._check(data)
            if self.counter is not None:
                self.counter.feed(data)
        elif self.counter is not None:
            self.counter.finish()
        self.offset += size
        return size

    def _check(self, data: bytes) -> None:
        if self.unit > 1:
            size = self.unit
            start = -self.offset % size
            units = np.frombuffer(data[start:start + (len(data) - start) // size * size],
                                  dtype=np.uint16 if size == 2 else np.uint32)
            hits = np.flatnonzero(units == 0)
            if len(hits):
                where = (self.offset + start) // size + int(hits[0]) + 1
                raise ImportFailed(translate(
                    "Importer", "not a text file: NUL character at character {where}; save "
                    "the data as CSV text (e.g. Excel: Save As → CSV)").format(
                        where=f"{where:,}"))
            return
        index = data.find(b"\x00")
        if index < 0:
            if self.counter is None:  # the counter keeps the line count otherwise
                self.lines += data.count(self.newline)
            return
        lines = self.counter.line - 1 if self.counter is not None else self.lines
        line = lines + data.count(self.newline, 0, index) + 1
        raise ImportFailed(translate(
            "Importer", "line {line}: NUL byte at byte {byte} — not CSV text; remove the NUL "
            "bytes or save the data again as CSV text (e.g. Excel: Save As → CSV UTF-8)"
        ).format(line=f"{line:,}", byte=f"{self.offset + index + 1:,}"))

    def tell(self) -> int:
        return self.offset

    def close(self) -> None:
        self.handle.close()
        super().close()


def field_counter(encoding: str, delimiter: str, quotechar: str, line_end: str, width: int,
                  first_line: int) -> FieldCounter | None:
    """A counter when every delimiter, quote and newline byte is that character, else None."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    safe = name in _ASCII_SAFE or (name in _GB and delimiter != "|")
    if not safe or len(delimiter) != 1 or ord(delimiter) > 127 or width < 2:
        return None
    return FieldCounter(delimiter.encode(), quotechar.encode() if quotechar else b"",
                        b"\r" if line_end == "CR" else b"\n", width, first_line)


class FieldCounter:
    """Fields per record, counted outside quotes block by block (vectorised, with carry).

    ``short`` maps the first line of each non-blank record with fewer fields than the
    header to its field count. Quoting follows the CSV rules closely enough (see
    :meth:`_toggles`); an odd file can still confuse it, so the reader double-checks each
    short row against the cells pandas parsed before reporting it.
    """

    def __init__(self, delimiter: bytes, quote: bytes, newline: bytes, width: int,
                 first_line: int):
        self.delimiter, self.quote, self.newline = delimiter[0], quote[:1], newline[0]
        self.need = width - 1  # delimiters in a full record
        self.first_line = first_line  # records above it (titles, header) are not data
        self.line = 1  # physical line of the next byte
        self.start = 1  # physical line where the current record began
        self.count = 0  # delimiters of the current record so far
        self.inside = 0  # 1 while inside quotes at the start of the next block
        self.content = False  # the current record has non-blank bytes so far
        self.short: dict[int, int] = {}

    def feed(self, data: bytes) -> None:
        arr = np.frombuffer(data, dtype=np.uint8)
        newlines = np.flatnonzero(arr == self.newline)
        delims = np.flatnonzero(arr == self.delimiter)
        ends, inner = newlines, None
        if self.quote and (self.inside or self.quote in data):
            toggles = self._toggles(arr)
            if self.inside:  # a quoted field carried over from the last block
                toggles = np.r_[0, toggles]
            ends = ends[np.searchsorted(toggles, ends, side="right") % 2 == 0]
            self.inside = len(toggles) % 2
            opens, closes = toggles[0::2], toggles[1::2]
            if len(closes) < len(opens):
                closes = np.r_[closes, len(arr)]
            if len(opens):  # delimiters inside quotes, per record (last: unfinished one)
                quoted = np.searchsorted(delims, closes) - np.searchsorted(delims, opens)
                inner = np.bincount(np.searchsorted(ends, opens), weights=quoted,
                                    minlength=len(ends) + 1).astype(np.int64)
        if inner is None:
            inner = np.zeros(len(ends) + 1, dtype=np.int64)
        if not len(ends):
            self.count += len(delims) - int(inner[-1])
            self.content = self.content or bool(data.strip())
            self.line += len(newlines)
            return
        last = int(ends[-1])
        before = np.searchsorted(delims, ends)  # delimiters before each record end
        counts = np.diff(before, prepend=0) - inner[:-1]
        counts[0] += self.count
        for index in np.flatnonzero(counts < self.need):
            self._short(data, ends, newlines, int(index), int(counts[index]))
        self.start = self.line + int(np.searchsorted(newlines, last, side="right"))
        self.count = len(delims) - int(before[-1]) - int(inner[-1])
        self.content = bool(data[last + 1:].strip())
        self.line += len(newlines)

    def _toggles(self, arr: np.ndarray) -> np.ndarray:
        """Positions of the quotes that open or close a quoted field.

        A run of quotes counts once if its length is odd (``""`` is an escaped quote or an
        empty field) and only next to a delimiter or line end: ``12" pipe`` is a literal
        quote inside an unquoted field, as pandas reads it.
        """
        quotes = np.flatnonzero(arr == self.quote[0])
        if not len(quotes):
            return quotes
        breaks = np.flatnonzero(np.diff(quotes) != 1) + 1
        starts = quotes[np.r_[0, breaks]]
        ends = quotes[np.r_[breaks - 1, len(quotes) - 1]]
        odd = (ends - starts) % 2 == 0
        seps = np.array([self.delimiter, 10, 13], dtype=np.uint8)
        before = np.where(starts > 0, arr[np.maximum(starts - 1, 0)], 10)
        after = np.where(ends < len(arr) - 1, arr[np.minimum(ends + 1, len(arr) - 1)], 10)
        return starts[odd & (np.isin(before, seps) | np.isin(after, seps))]

    def _short(self, data: bytes, ends: np.ndarray, newlines: np.ndarray, index: int,
               count: int) -> None:
        begin = int(ends[index - 1]) + 1 if index else 0
        blank = not data[begin:int(ends[index])].strip() and (index or not self.content)
        start = (self.line + int(np.searchsorted(newlines, ends[index - 1], side="right"))
                 if index else self.start)
        if not blank and start >= self.first_line:
            self.short[start] = count + 1

    def finish(self) -> None:
        """The last record when the file does not end with a newline."""
        if self.content and self.count < self.need and self.start >= self.first_line:
            self.short[self.start] = self.count + 1
        self.content = False
