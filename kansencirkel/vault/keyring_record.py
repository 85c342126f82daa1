"""Which keyring backend holds a vault's device secret on this computer: a name, never a secret.

When the device secret is missing at unlock the app must say why, and "the keyring changed"
needs to know which backend it was kept in: ``SecretService`` before, ``KWallet`` (or none)
now. The key file travels with the vault to other computers, so this per-user note lives in
the app's config folder instead: ``{"<vault id>": "<backend name>"}``, private to the user
(folder 0700, file 0600, written atomically). Losing it only makes the message less precise.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from pathlib import Path

from kansencirkel.core.files import atomic_write_bytes
from kansencirkel.paths import user_config_dir

RECORD_NAME = "keyring-backends.json"
_MAX_BYTES = 256 * 1024
_lock = threading.Lock()


def record_path() -> Path:
    return user_config_dir() / RECORD_NAME


def _read() -> dict[str, str]:
    path = record_path()
    try:
        if path.stat().st_size > _MAX_BYTES:
            return {}
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, str)}


def _write(data: dict[str, str]) -> None:
    path = record_path()
    with contextlib.suppress(OSError):  # a note only: never fail an unlock or a create for it
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        payload = json.dumps(data, ensure_ascii=True, indent=1, sort_keys=True) + "\n"
        atomic_write_bytes(path, payload.encode("ascii"))
        if os.name != "nt":
            os.chmod(path, 0o600)


def expected_backend(vault_id: str) -> str | None:
    """The backend the device secret of ``vault_id`` was stored in here, if known."""
    with _lock:
        return _read().get(vault_id)


def remember_backend(vault_id: str, backend: str) -> None:
    with _lock:
        data = _read()
        if data.get(vault_id) != backend:
            data[vault_id] = backend
            _write(data)


def forget_backend(vault_id: str) -> None:
    with _lock:
        data = _read()
        if data.pop(vault_id, None) is not None:
            _write(data)
