"""Text encodings: detecting a file's encoding from its first bytes, checking a chosen one.

BOMs first, then UTF-8, then Chinese GBK/GB18030 and Western cp1252 by the shape of their
non-ASCII bytes, then charset-normalizer; a NUL byte or an Excel workbook is refused here.
"""

from __future__ import annotations

import codecs
import contextlib
import re

from ree_desktop.data.importer.model import ImportFailed
from ree_desktop.i18n import translate


def check_encoding(name: str) -> str:
    """The codec's canonical name if it decodes bytes to text; else one clear ImportFailed.

    ``rot13``, ``zlib``, ``base64`` and the like are codecs but not text encodings.
    """
    try:
        info = codecs.lookup(name)
        with contextlib.suppress(UnicodeDecodeError):  # "a" alone is not valid UTF-32
            b"a".decode(info.name)  # LookupError for rot13, zlib, base64 …
        if info.incrementaldecoder is None:
            raise LookupError(name)
    except (LookupError, UnicodeError, TypeError, ValueError):
        raise ImportFailed(translate(
            "Importer", "{name} is not a text encoding this importer can read (--encoding); "
            "use utf-8, utf-8-sig, cp1252, gb18030 or utf-16, or leave --encoding out to "
            "detect it").format(name=repr(name))) from None
    return name


def detect_encoding(head: bytes) -> tuple[str, bool]:
    """(encoding, has BOM); raises ImportFailed for binary files."""
    if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise ImportFailed(translate(
            "Importer", "this is an Excel workbook (or another zipped file), not CSV text; in "
            "Excel use File → Save As → CSV UTF-8"))
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", True
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", True
    if b"\x00" in head:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > len(head) * 0.3 and even < len(head) * 0.02:
            return "utf-16-le", False
        if even > len(head) * 0.3 and odd < len(head) * 0.02:
            return "utf-16-be", False
        raise ImportFailed(translate(
            "Importer", "not a text file: NUL byte at byte {byte}; save the data as CSV text "
            "(e.g. Excel: Save As → CSV UTF-8)").format(byte=head.index(0) + 1))
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8", False
    except UnicodeDecodeError:
        pass
    if _looks_like_gb(head):
        return "gb18030", False
    if _looks_like_latin(head):
        try:
            head.decode("cp1252")
            return "cp1252", False
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    if best is None:
        raise ImportFailed(translate("Importer", "not a text file (no text encoding fits its "
                                     "bytes); save the data as CSV text"))
    name = codecs.lookup(best.encoding).name
    if name in ("gb2312", "gbk", "hz"):
        name = "gb18030"
    if name in ("latin-1", "iso8859-1", "iso8859-15", "ascii"):
        name = "cp1252"
    return name, False


def _high_runs(head: bytes) -> list[bytes]:
    return re.findall(rb"[\x80-\xff]+", head[:65536])


def _looks_like_gb(head: bytes) -> bool:
    """Chinese GBK/GB2312 text: non-ASCII bytes come in pairs, both in 0xA1-0xFE."""
    runs = _high_runs(head)
    if not runs:
        return False
    paired = sum(1 for r in runs if len(r) % 2 == 0 and all(0xA1 <= b <= 0xFE for b in r))
    if paired < 0.9 * len(runs):
        return False
    try:
        head.decode("gb18030")
    except UnicodeDecodeError:
        return _decodes_but_last(head, "gb18030")
    return True


def _looks_like_latin(head: bytes) -> bool:
    """Western text (cp1252): accented letters mostly stand alone between ASCII letters."""
    runs = _high_runs(head)
    return bool(runs) and sum(1 for r in runs if len(r) == 1) >= 0.7 * len(runs)


def _decodes_but_last(head: bytes, encoding: str) -> bool:
    try:
        codecs.getincrementaldecoder(encoding)().decode(head, final=False)
        return True
    except UnicodeDecodeError:
        return False


def _decode(head: bytes, encoding: str) -> str:
    try:
        return codecs.getincrementaldecoder(encoding)(errors="strict").decode(head, final=False)
    except UnicodeDecodeError as error:
        raise ImportFailed(not_valid_in(encoding, f"byte {error.start + 1}")) from None
    except UnicodeError as error:
        raise ImportFailed(not_valid_in(encoding, str(error))) from None
    except LookupError:
        raise ImportFailed(translate("Importer", "unknown encoding {name}; try utf-8, cp1252, "
                                     "gb18030 or utf-16").format(name=repr(encoding))) from None


def not_valid_in(encoding: str, where: str) -> str:
    """The one message for bytes the chosen encoding cannot decode."""
    return translate("Importer", "the file is not valid {encoding} ({where}); choose another "
                     "encoding (--encoding)").format(encoding=encoding, where=where)
