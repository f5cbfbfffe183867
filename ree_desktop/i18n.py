"""A no-op translation marker for text that Qt-free code shows to users.

Models, the data layer and the CLI must not import Qt, yet their captions, notes and
tooltips are shown in the interface and will be translated (the Chinese-interface issue).
``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged; ``pyside6-lupdate`` finds
the calls by name and extracts ``text`` under ``context``, and the Qt side translates the
string where it is displayed (``QCoreApplication.translate(context, text)``). Templates are
marked before ``.format()`` so the translator sees the placeholders.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark ``text`` for translation under ``context``; returns it unchanged."""
    return text
