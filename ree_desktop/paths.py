"""Where bundled files and user data live, frozen (PyInstaller) or not.

No Qt here: the data layer and the command line use it too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ree-desktop"
USER_DB_ENV = "REE_DESKTOP_USER_DB"


BUNDLE_PACKAGE_DIR = "_bundle"


def bundle_root() -> Path:
    """The folder holding ``data/`` and ``resources/``.

    Frozen (PyInstaller): ``sys._MEIPASS``. Installed from a wheel: ``ree_desktop/_bundle``
    inside the package (setup.py copies both folders there). A checkout or an editable
    install: the checkout's top level.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    installed = installed_bundle()
    if installed is not None:
        return installed
    return Path(__file__).resolve().parent.parent


def installed_bundle() -> Path | None:
    """``ree_desktop/_bundle`` when the package was installed from a wheel, else None."""
    from importlib.resources import files

    bundle = files("ree_desktop") / BUNDLE_PACKAGE_DIR
    if not bundle.is_dir():
        return None
    return Path(str(bundle))


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
