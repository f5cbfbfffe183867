"""Where the window's settings live, the first window's size, and the view saved at close."""

from __future__ import annotations

import os

from PySide6.QtCore import QRect, QSettings

from ree_desktop.viewstate import ViewStateData

SETTINGS_ENV = "REE_DESKTOP_SETTINGS"


def make_settings() -> QSettings:
    """QSettings in the platform's place, or an ini file named by $REE_DESKTOP_SETTINGS."""
    path = os.environ.get(SETTINGS_ENV)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings("REE Desktop", "ree-desktop")


FIRST_SHARE = 0.8
FIRST_MINIMUM = (1024, 680)


def first_geometry(available: QRect, share: float = FIRST_SHARE) -> QRect:
    """The first window: ``share`` of the available screen, at least 1024×680 (never more
    than the screen), centred — Qt's default (the layout's size hint) was 1065×590."""
    width = min(available.width(), max(FIRST_MINIMUM[0], round(available.width() * share)))
    height = min(available.height(), max(FIRST_MINIMUM[1], round(available.height() * share)))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def saved_state(settings: QSettings) -> ViewStateData | None:
    """The view state saved at the last close, or None if absent or unreadable."""
    text = settings.value("view_state")
    if not text:
        return None
    try:
        return ViewStateData.from_json(str(text))
    except (ValueError, TypeError):
        return None
