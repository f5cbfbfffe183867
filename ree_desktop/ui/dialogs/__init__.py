"""Dialogs: About, and the ones later features add."""
