"""The per-vault device secret in the OS keyring (DESIGN §6).

`keyring` can be missing, broken, locked or hanging (WSL), so every call runs in a daemon
thread with a timeout and any failure means "no device secret": the vault then uses
passphrase-only slots with a heavier KDF. A call that timed out and still hangs makes every
further call fail at once until it returns, so one hanging keyring costs one timeout, not one
per call. Plaintext or file based backends (keyrings.alt and friends) count as "no secure
keyring" — a secret next to the vault in a file protects nothing.

:func:`lookup_device_secret` also says why a secret could not be had, so the unlock can tell
the user (:func:`kansencirkel.vault.unlock.missing_secret`).
"""

from __future__ import annotations

import base64
import binascii
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

from kansencirkel.core.i18n import N_, Message
from kansencirkel.vault import keyring_record

SERVICE = "Kansencirkel"
TIMEOUT_S = 3.0
SECRET_BYTES = 32
PROBE_USERNAME = "probe"  # keyring_status asks for this (absent) entry to see the keyring answer

T = TypeVar("T")

_INSECURE_MODULE_PREFIXES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")
_INSECURE_NAME_PARTS = ("plaintext", ".file", "encryptedkeyring")

#: The keyring status sentences, by name (tests compare these, not the wording).
KEYRING_USED = N_(
    "Het wachtwoordbeheer van het systeem ({backend}) wordt gebruikt: gestolen bestanden "
    "alleen zijn niet genoeg om de kluis te openen."
)
NO_KEYRING = N_(
    "Er is geen wachtwoordbeheer van het systeem beschikbaar, dus alleen het wachtwoord "
    "beschermt de kluis. Daarom duurt het openen iets langer: zo duurt raden veel langer."
)
KEYRING_NOT_USED_YET = N_(
    "Het wachtwoordbeheer van het systeem ({backend}) is er, maar dit wachtwoord gebruikt het "
    "nog niet; wijzig het wachtwoord om het te gaan gebruiken."
)
KEYRING_SILENT = N_(
    "Het wachtwoordbeheer van het systeem ({backend}) antwoordt niet; nieuwe wachtwoorden "
    "worden zonder wachtwoordbeheer beveiligd; het openen duurt daardoor iets langer, zodat "
    "raden veel langer duurt."
)


class Problem(Enum):
    NONE = "none"  # the secret was found
    ABSENT = "absent"  # the keyring answered: no such entry (or not a secret of ours)
    NO_KEYRING = "no_keyring"  # no secure backend configured
    SILENT = "silent"  # the keyring did not answer in time
    ERROR = "error"  # the keyring answered with an error (locked, D-Bus gone …)


class KeyringUnavailable(Exception):
    """Internal: no usable secure keyring (absent, locked, insecure); names the backend."""

    def __init__(self, backend: str, reason: str = "") -> None:
        super().__init__(reason or backend)
        self.backend = backend


class KeyringSilent(KeyringUnavailable):
    """Internal: the keyring did not answer within the timeout, or an earlier call hangs."""


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


@dataclass(frozen=True, slots=True)
class SecretLookup:
    """What asking the keyring for a vault's device secret gave."""

    secret: bytes | None
    backend: str  # the configured backend's name
    problem: Problem


_stuck: list[threading.Thread] = []
_state = threading.Lock()
_last_backend = ""  # the name of the backend last loaded, to name one that stopped answering


def _still_hanging() -> bool:
    with _state:
        _stuck[:] = [t for t in _stuck if t.is_alive()]
        return bool(_stuck)


def _call_with_timeout(fn: Callable[[], T], timeout: float | None = None) -> T:
    if _still_hanging():
        raise KeyringSilent(_last_backend, "an earlier keyring call still hangs")
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
        with _state:
            _stuck.append(thread)
        raise KeyringSilent(_last_backend, "keyring timed out")
    if error:
        raise KeyringUnavailable(_last_backend, type(error[0]).__name__) from error[0]
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


def _secure_backend() -> tuple[Any, str]:
    """The configured keyring backend and its name if it is a real, secure one; else
    KeyringUnavailable (KeyringSilent when it does not answer)."""
    global _last_backend

    def load() -> Any:
        import keyring

        return keyring.get_keyring()

    backend = _call_with_timeout(load)
    name = _backend_name(backend)
    _last_backend = name
    if not _is_secure(backend):
        raise KeyringUnavailable(name)
    return backend, name


def _username(vault_id: str) -> str:
    return f"device-secret/{vault_id}"


def _decode(stored: object) -> bytes | None:
    if not isinstance(stored, str):
        return None
    try:
        secret = base64.b64decode(stored.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        return None
    return secret if len(secret) == SECRET_BYTES else None


def lookup_device_secret(vault_id: str) -> SecretLookup:
    """Ask the keyring for this computer's secret for the vault; never raises."""
    try:
        backend, name = _secure_backend()
    except KeyringSilent as exc:
        return SecretLookup(None, exc.backend, Problem.SILENT)
    except KeyringUnavailable as exc:
        return SecretLookup(None, exc.backend, Problem.NO_KEYRING)
    try:
        stored = _call_with_timeout(lambda: backend.get_password(SERVICE, _username(vault_id)))
    except KeyringSilent:
        return SecretLookup(None, name, Problem.SILENT)
    except KeyringUnavailable:
        return SecretLookup(None, name, Problem.ERROR)
    secret = _decode(stored)
    return SecretLookup(secret, name, Problem.NONE if secret else Problem.ABSENT)


def get_device_secret(vault_id: str) -> bytes | None:
    """This computer's secret for the vault, or None (absent, no keyring, locked, timeout)."""
    return lookup_device_secret(vault_id).secret


def create_device_secret(vault_id: str) -> bytes | None:
    """Store a new secret for the vault and read it back; None when that is not possible."""
    secret = secrets.token_bytes(SECRET_BYTES)
    encoded = base64.b64encode(secret).decode("ascii")
    try:
        backend, name = _secure_backend()
        _call_with_timeout(lambda: backend.set_password(SERVICE, _username(vault_id), encoded))
    except KeyringUnavailable:
        return None
    # Read back: a keyring that accepts but forgets would lock the team out of their slots.
    if get_device_secret(vault_id) != secret:
        return None
    keyring_record.remember_backend(vault_id, name)
    return secret


def get_or_create_device_secret(vault_id: str) -> bytes | None:
    found = lookup_device_secret(vault_id)
    if found.secret is not None:
        keyring_record.remember_backend(vault_id, found.backend)
        return found.secret
    if found.problem in (Problem.SILENT, Problem.NO_KEYRING):
        return None  # no point in a second wait, or in writing to an insecure backend
    return create_device_secret(vault_id)


def delete_device_secret(vault_id: str) -> None:
    keyring_record.forget_backend(vault_id)
    try:
        backend, _name = _secure_backend()
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
    """Which backend would hold the device secret, and whether it answers, in one sentence
    for the settings screen and the unlock and first-run dialogs (call off the GUI thread)."""
    try:
        backend, name = _secure_backend()
        _call_with_timeout(lambda: backend.get_password(SERVICE, PROBE_USERNAME))
    except KeyringSilent as exc:
        return KeyringStatus(False, exc.backend, Message(KEYRING_SILENT, {"backend": exc.backend}))
    except KeyringUnavailable as exc:
        return status_for(False, exc.backend or "geen")
    return status_for(True, name)
