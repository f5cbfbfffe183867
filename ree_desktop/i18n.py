"""Translation for code that must not import Qt, and the marker ``pyside6-lupdate`` reads.

Models, the data layer and the CLI must not import Qt, yet their captions, notes and
tooltips are shown in the interface. ``translate(context, text)`` returns ``text`` until the
Qt side installs a translator (``ree_desktop.ui.translations``), then the translated text;
``pyside6-lupdate`` extracts every ``translate("Context", "literal")`` call, so contexts and
texts must be string literals. Templates are translated before ``.format()`` so the
translator sees the placeholders. ``QT_TRANSLATE_NOOP`` only marks a string (a table of
names, a constant) to be translated later, where it is shown, with ``translate``.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None
_language = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark ``text`` for translation under ``context``; returns it unchanged."""
    return text


def translate(context: str, text: str) -> str:
    """``text`` in the interface's language (unchanged until a translator is installed)."""
    if _translator is None or not text:
        return text
    return _translator(context, text)


def install_translator(function: Callable[[str, str], str] | None,
                       language: str = "en") -> None:
    """Route ``translate`` through ``function`` (``QCoreApplication.translate``), or undo it."""
    global _translator, _language
    _translator = function
    _language = language if function is not None else "en"


def language() -> str:
    """The interface's language ("en" or "zh_CN"): the data layer picks names and event
    texts in it (a country's ``name_zh``, an event's Chinese title)."""
    return _language
