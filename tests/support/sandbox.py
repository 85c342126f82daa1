"""A throw-away home for a test or benchmark run: no run touches the user's real home, config,
data folder or keyring. Imports nothing of the app, so it can run before the app is imported."""

from __future__ import annotations

import os
from pathlib import Path

HOME_VARIABLES = ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


def point_home_at(sandbox: Path) -> Path:
    """HOME, the XDG folders and KANSENCIRKEL_HOME inside ``sandbox`` (made here)."""
    for var in HOME_VARIABLES:
        os.environ[var] = str(sandbox / var.lower())
        Path(os.environ[var]).mkdir(parents=True, exist_ok=True)
    os.environ["KANSENCIRKEL_HOME"] = str(sandbox / "kansencirkel")
    return sandbox
