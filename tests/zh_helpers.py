"""Shared by the zh_CN tests of the Value chain, Demand and exports: install the Chinese
interface for one test (English again afterwards), and tell English that is DATA (source
titles, publishers, editions and scopes as published) from English the app writes."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).parent))
from english_text import english_words, visible_english  # noqa: E402


def data_words(store, *frames) -> set[str]:
    """Every word of the sources' titles, publishers and ids, and of the given frames'
    source, scope, edition and note columns: data text that stays as published."""
    texts = store.query("SELECT title, publisher, id FROM all_sources").fillna("")
    words = set()
    for column in texts.columns:
        for text in texts[column]:
            words.update(english_words(str(text)))
    for frame in frames:
        for column in ("source", "scope", "edition", "note", "source_publisher",
                       "dataset_title"):
            if column in frame.columns:
                for text in frame[column].dropna().astype(str).unique():
                    words.update(english_words(text))
    return words


def app_english(root, allowed: set[str]) -> list[tuple[str, str]]:
    """Visible English under ``root`` that is not data text."""
    for _ in range(3):
        QApplication.processEvents()
    return [(where, text) for where, text in visible_english(root)
            if set(english_words(text)) - allowed]
