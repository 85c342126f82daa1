"""Test isolation: no test touches the user's real home, config, keyring or display.

This runs before any test module imports the app, so platformdirs, QSettings and keyring all
see a throw-away home folder.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_SANDBOX = Path(tempfile.mkdtemp(prefix="kc-test-home-"))
for _var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_SANDBOX / _var.lower())
    Path(os.environ[_var]).mkdir(parents=True, exist_ok=True)
os.environ["KANSENCIRKEL_HOME"] = str(_SANDBOX / "kansencirkel")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.pop("KANSENCIRKEL_PASSPHRASE", None)


@pytest.fixture
def memory_keyring() -> Iterator[object]:
    """A working in-memory keyring for the duration of one test."""
    import keyring

    from tests.support.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """No keyring backend at all, as on a headless Linux machine or CI."""
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)
