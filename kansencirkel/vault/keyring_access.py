"""The per-vault device secret in the OS keyring (DESIGN §6).

`keyring` can be missing, broken, locked or hanging (WSL), so every call runs in a daemon
thread with a timeout and any failure means "no device secret": the vault then uses
passphrase-only slots with a heavier KDF. Plaintext or file based backends (keyrings.alt and
friends) count as "no secure keyring" — a secret next to the vault in a file protects nothing.
"""

from __future__ import annotations

import base64
import binascii
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from kansencirkel.core.i18n import N_, Message

SERVICE = "Kansencirkel"
TIMEOUT_S = 3.0
SECRET_BYTES = 32

T = TypeVar("T")

_INSECURE_MODULE_PREFIXES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")
_INSECURE_NAME_PARTS = ("plaintext", ".file", "encryptedkeyring")

#: The keyring status sentences, by name (tests compare these, not the wording).
KEYRING_USED = N_(
    "Het wachtwoordbeheer van het systeem ({backend}) wordt gebruikt: gestolen bestanden "
    "alleen zijn niet genoeg om de kluis te openen."
)
NO_KEYRING = N_(
    "Er is geen wachtwoordbeheer van het systeem beschikbaar; de kluis is alleen met het "
    "wachtwoord beveiligd (met extra zware sleutelafleiding)."
)
KEYRING_NOT_USED_YET = N_(
    "Het wachtwoordbeheer van het systeem ({backend}) is er, maar dit wachtwoord gebruikt het "
    "nog niet; wijzig het wachtwoord om het te gaan gebruiken."
)


class KeyringUnavailable(Exception):
    """Internal: no usable secure keyring (absent, locked, hanging, insecure)."""


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    available: bool
    backend: str
    message: Message

    @property
    def message_nl(self) -> str:
        return self.message.text("nl")

    @property
    def message_en(self) -> str:
        return self.message.text("en")


def _call_with_timeout(fn: Callable[[], T], timeout: float | None = None) -> T:
    result: list[T] = []
    error: list[BaseException] = []

    def target() -> None:
        try:
            result.append(fn())
        except BaseException as exc:  # reported to the caller below
            error.append(exc)

    thread = threading.Thread(target=target, name="kansencirkel-keyring", daemon=True)
    thread.start()
    thread.join(TIMEOUT_S if timeout is None else timeout)
    if thread.is_alive():
        raise KeyringUnavailable("keyring timed out")
    if error:
        raise KeyringUnavailable(type(error[0]).__name__) from error[0]
    return result[0]


def _backend_name(backend: Any) -> str:
    cls = type(backend)
    name = getattr(backend, "name", None)
    if not (isinstance(name, str) and name):
        name = cls.__name__
    return name.removesuffix(" Keyring").strip() or cls.__name__


def _is_secure(backend: Any) -> bool:
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        # A chain writes to its first willing backend, so every member must be secure.
        return bool(backend.backends) and all(_is_secure(b) for b in backend.backends)
    cls = type(backend)
    if cls.__module__.startswith(_INSECURE_MODULE_PREFIXES):
        return False
    lowered = f"{cls.__module__}.{cls.__name__}".lower()
    return not any(part in lowered for part in _INSECURE_NAME_PARTS)


def _secure_backend() -> Any:
    """The configured keyring backend if it is a real, secure one; else KeyringUnavailable."""

    def load() -> Any:
        import keyring

        return keyring.get_keyring()

    backend = _call_with_timeout(load)
    if not _is_secure(backend):
        raise KeyringUnavailable(_backend_name(backend))
    return backend


def _username(vault_id: str) -> str:
    return f"device-secret/{vault_id}"


def get_device_secret(vault_id: str) -> bytes | None:
    """This computer's secret for the vault, or None (absent, no keyring, locked, timeout)."""
    try:
        backend = _secure_backend()
        stored = _call_with_timeout(lambda: backend.get_password(SERVICE, _username(vault_id)))
    except KeyringUnavailable:
        return None
    if not isinstance(stored, str):
        return None
    try:
        secret = base64.b64decode(stored.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        return None
    return secret if len(secret) == SECRET_BYTES else None


def create_device_secret(vault_id: str) -> bytes | None:
    """Store a new secret for the vault and read it back; None when that is not possible."""
    secret = secrets.token_bytes(SECRET_BYTES)
    encoded = base64.b64encode(secret).decode("ascii")
    try:
        backend = _secure_backend()
        _call_with_timeout(lambda: backend.set_password(SERVICE, _username(vault_id), encoded))
    except KeyringUnavailable:
        return None
    # Read back: a keyring that accepts but forgets would lock the team out of their slots.
    return secret if get_device_secret(vault_id) == secret else None


def get_or_create_device_secret(vault_id: str) -> bytes | None:
    return get_device_secret(vault_id) or create_device_secret(vault_id)


def delete_device_secret(vault_id: str) -> None:
    try:
        backend = _secure_backend()
        _call_with_timeout(lambda: backend.delete_password(SERVICE, _username(vault_id)))
    except KeyringUnavailable:
        pass


def status_for(available: bool, backend: str) -> KeyringStatus:
    if available:
        return KeyringStatus(True, backend, Message(KEYRING_USED, {"backend": backend}))
    return KeyringStatus(False, backend, Message(NO_KEYRING))


def not_used_by_slot(status: KeyringStatus) -> KeyringStatus:
    """The system has a keyring, but this passphrase's slot was made without it."""
    message = Message(KEYRING_NOT_USED_YET, {"backend": status.backend})
    return KeyringStatus(False, status.backend, message)


def keyring_status() -> KeyringStatus:
    """Which backend would hold the device secret, in one sentence for the settings screen."""
    try:
        backend = _secure_backend()
    except KeyringUnavailable as exc:
        return status_for(False, str(exc) or "geen")
    return status_for(True, _backend_name(backend))
