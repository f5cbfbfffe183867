"""Where bundled files and user data live, frozen (PyInstaller) or not.

No Qt here: the data layer and the command line use it too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ree-desktop"
USER_DB_ENV = "REE_DESKTOP_USER_DB"


def bundle_root() -> Path:
    """The folder holding ``data/`` and ``resources/``: ``sys._MEIPASS`` when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def bundled_db_path() -> Path:
    return bundle_root() / "data" / "ree.db"


def sources_dir() -> Path:
    return bundle_root() / "data" / "sources"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def default_user_db_path() -> Path:
    """The user database: ``$REE_DESKTOP_USER_DB`` or the platform's user data folder."""
    override = os.environ.get(USER_DB_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "user.db"
