"""Where the app finds its bundled resources and keeps per-user data.

Pure Python, no Qt: used by every layer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Kansencirkel"
APP_AUTHOR = "Kansencirkel"


def resources_dir() -> Path:
    """The folder holding elements.json, icons, fonts and translations.

    In a source checkout or editable install that is the top-level ``resources/``; a regular
    install ships it as the ``kansencirkel.resources`` package; PyInstaller unpacks it under
    ``sys._MEIPASS``.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    here = Path(__file__).resolve().parent
    checkout = here.parent / "resources"
    if (checkout / "elements.json").is_file():
        return checkout
    return here / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """Per-user data folder (vaults, settings). ``KANSENCIRKEL_HOME`` overrides it (tests)."""
    override = os.environ.get("KANSENCIRKEL_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR, roaming=True)


def default_vault_path() -> Path:
    return user_data_dir() / "kansencirkel.kcv"


def default_backup_folder() -> Path:
    """Where backups go unless the settings name another folder."""
    return user_data_dir() / "reservekopieen"


def user_config_dir() -> Path:
    override = os.environ.get("KANSENCIRKEL_HOME")
    if override:
        return Path(override) / "config"
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, APP_AUTHOR, roaming=True)


def cache_dir() -> Path:
    """Per-user cache folder (compiled translations). ``KANSENCIRKEL_HOME`` overrides it."""
    override = os.environ.get("KANSENCIRKEL_HOME")
    if override:
        return Path(override) / "cache"
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, APP_AUTHOR)


def project_document(name: str) -> Path | None:
    """A document of the project (``SECURITY.md``, ``LICENSE``) next to ``resources/``: in a
    checkout and in the PyInstaller bundle (the spec puts them there). None when this install
    has no copy (a plain wheel)."""
    candidate = resources_dir().parent / name
    return candidate if candidate.is_file() else None
