"""Drafts kept on this laptop while the team server is away: encrypted, one file per team and
login, in the app's data folder (``<data>/offline-concepten/``).

When a draft cannot reach the server (:class:`~kansencirkel.vault.errors.ServerLost`), what is
being typed goes here instead, so a crash, a lock or closing the app does not lose it; once the
server answers again :mod:`.offline_drafts` brings every one of them to the server and removes
it here. A laptop vault needs none of this: it is a file on the laptop already.

The file holds no plaintext, not even for a moment: the drafts are one JSON list sealed with the
team's key ring (AES-256-GCM, :mod:`.fields`) with associated data naming this purpose (table
``local_drafts``, column ``drafts``, the login as row; the team and key id are in it anyway),
so a value can neither be moved here from a server column nor from another member's or team's
file. Only the team id and login stand in clear, to tell a foreign file from a damaged one.
Every write replaces the whole file atomically (:func:`~kansencirkel.core.files.
atomic_write_bytes`: encrypted bytes to a sibling temp file, fsync, rename); a file that
does not open is reported in one sentence and never deleted or overwritten.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from kansencirkel import paths
from kansencirkel.core import clock, crashpoint
from kansencirkel.core.enums import Perspective
from kansencirkel.core.files import atomic_write_bytes, private_umask, temp_pattern
from kansencirkel.core.i18n import N_
from kansencirkel.core.model import Draft
from kansencirkel.vault.errors import InputRejected, VaultError
from kansencirkel.vault.repos.drafts import MAX_PAYLOAD
from kansencirkel.vault.team.canonical import encode_parts
from kansencirkel.vault.team.fields import FieldUnreadable
from kansencirkel.vault.team.keyring_cipher import KeyRing

FOLDER = "offline-concepten"
SUFFIX = ".kcconcept"
FORMAT = "kansencirkel-local-drafts"
VERSION = 1
_PLACE = {"table": "local_drafts", "column": "drafts"}
_MAX_BYTES = 64 * 1024 * 1024  # many drafts of a few kB each; a bigger file is not ours

UNREADABLE = N_(
    "De concepten die op deze laptop bewaard zijn, zijn niet te openen (het bestand is "
    "beschadigd of hoort bij een ander team of teamlid); het bestand is bewaard in {folder}."
)
NOT_STORABLE = N_("Het concept bevat iets dat niet bewaard kan worden.")
TOO_BIG = N_("Het concept is te groot.")


class LocalDraftsUnreadable(VaultError):
    """The laptop's drafts file does not open with this team's key ring as this login: damaged,
    foreign or tampered with. It is left exactly as it is."""

    exit_code = 4
    default = UNREADABLE


def drafts_path(team_id: str, login: str, folder: Path | None = None) -> Path:
    """The one file of ``login`` in team ``team_id`` (named by a hash: no odd characters)."""
    tag = hashlib.sha256(encode_parts(b"kansencirkel/local-drafts/v1", team_id, login)).hexdigest()
    return (folder or paths.user_data_dir() / FOLDER) / f"{tag[:32]}{SUFFIX}"


class LocalDrafts:
    """This member's drafts on this laptop. Thread-safe (the autosave writes off the GUI
    thread); every call reads the file anew, so two windows never keep diverging copies."""

    def __init__(
        self,
        ring: KeyRing | Callable[[], KeyRing],
        login: str,
        author: str,
        *,
        path: Path | None = None,
    ) -> None:
        # A callable: the engine's ring as it is now (it follows key rotations).
        self._ring_now = ring if callable(ring) else lambda: ring
        self._login, self._author = login, author
        self.team_id = self._ring_now().team_id
        self.path = path or drafts_path(self.team_id, login)
        self._lock = threading.RLock()
        #: Draft ids a push saved under another id (the server had a newer draft there):
        #: an open form still naming the old id follows it (see :mod:`.offline_drafts`).
        self.moved: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"LocalDrafts(team_id={self.team_id!r}, path={str(self.path)!r})"

    # --- reading ---------------------------------------------------------------------------

    def has_any(self) -> bool:
        """Whether there is a file at all (it goes when its last draft goes); no decryption."""
        return self.path.exists()

    def all(self) -> list[Draft]:
        """Every draft kept here, oldest first."""
        with self._lock:
            return sorted(self._read().values(), key=lambda d: d.updated_at)

    def for_child(self, child_id: str) -> list[Draft]:
        return [d for d in self.all() if d.child_id == child_id]

    def get(self, draft_id: str) -> Draft | None:
        with self._lock:
            return self._read().get(draft_id)

    # --- writing ---------------------------------------------------------------------------

    def put(
        self,
        draft_id: str | None,
        child_id: str,
        perspective: Perspective | None,
        payload: Mapping[str, object],
        *,
        updated_at: datetime | None = None,
    ) -> Draft:
        """Keep a draft here (a new id when ``draft_id`` is None; the same id replaces it)."""
        draft = Draft(
            id=draft_id or str(uuid.uuid4()),
            child_id=child_id,
            perspective=Perspective(perspective) if perspective is not None else None,
            payload=_plain(payload),
            updated_at=updated_at or clock.now(),
            author=self._author,
        )
        with self._lock:
            drafts = self._read()
            drafts[draft.id] = draft
            self._write(drafts)
        return draft

    def remove(self, draft_id: str) -> bool:
        """Forget a draft (it reached the server or was thrown away); whether it was here."""
        with self._lock:
            if not self.has_any():
                return False
            drafts = self._read()
            if drafts.pop(draft_id, None) is None:
                return False
            self._write(drafts)
            return True

    # --- the file --------------------------------------------------------------------------

    def _unreadable(self) -> LocalDraftsUnreadable:
        return LocalDraftsUnreadable(folder=str(self.path.parent))

    def _read(self) -> dict[str, Draft]:
        try:
            with open(self.path, "rb") as fh:
                raw = fh.read(_MAX_BYTES + 1)
        except FileNotFoundError:
            return {}
        except OSError:
            raise self._unreadable() from None
        if len(raw) > _MAX_BYTES:
            raise self._unreadable()
        try:
            outer = json.loads(raw.decode("utf-8"))
            if (
                not isinstance(outer, dict)
                or outer.get("format") != FORMAT
                or outer.get("version") != VERSION
                or outer.get("team") != self.team_id
                or outer.get("login") != self._login
            ):
                raise self._unreadable()
            inner = self._ring_now().open(str(outer.get("drafts")), **_PLACE, row_id=self._login)
            return {d.id: d for d in (_from_json(item) for item in json.loads(inner))}
        except (UnicodeDecodeError, ValueError, TypeError, KeyError, FieldUnreadable):
            raise self._unreadable() from None

    def _write(self, drafts: dict[str, Draft]) -> None:
        if not drafts:
            self.path.unlink(missing_ok=True)  # read just now: nothing is lost
            return
        inner = json.dumps([_to_json(d) for d in drafts.values()], ensure_ascii=False)
        outer = {
            "format": FORMAT,
            "version": VERSION,
            "team": self.team_id,
            "login": self._login,
            "drafts": self._ring_now().seal(inner, **_PLACE, row_id=self._login),
        }
        data = json.dumps(outer, sort_keys=True).encode("utf-8")
        folder = self.path.parent
        with private_umask():
            folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob(temp_pattern(self.path)):  # a crash's leftover (encrypted)
            with contextlib.suppress(OSError):
                stale.unlink()
        atomic_write_bytes(
            self.path, data, before_replace=lambda: crashpoint.reached("local-drafts:staged")
        )


def _plain(payload: Mapping[str, object]) -> dict[str, Any]:
    """A JSON copy of ``payload`` (what the server's drafts accept too), or one sentence."""
    try:
        copy = json.loads(json.dumps(dict(payload), ensure_ascii=False))
    except (TypeError, ValueError):
        raise InputRejected(NOT_STORABLE) from None
    if not isinstance(copy, dict):
        raise InputRejected(NOT_STORABLE)
    if len(json.dumps(copy, ensure_ascii=False)) > MAX_PAYLOAD:  # the server's limit too
        raise InputRejected(TOO_BIG)
    return copy


def _to_json(draft: Draft) -> dict[str, object]:
    return {
        "id": draft.id,
        "child_id": draft.child_id,
        "perspective": draft.perspective.value if draft.perspective else None,
        "payload": dict(draft.payload),
        "updated_at": draft.updated_at.isoformat(),
        "author": draft.author,
    }


def _from_json(item: object) -> Draft:
    if not isinstance(item, dict):
        raise ValueError("not a draft")
    payload = item["payload"]
    if not isinstance(payload, dict):
        raise ValueError("not a payload")
    persp = item["perspective"]
    return Draft(
        id=str(item["id"]),
        child_id=str(item["child_id"]),
        perspective=Perspective(persp) if persp is not None else None,
        payload=payload,
        updated_at=datetime.fromisoformat(str(item["updated_at"])),
        author=str(item["author"]),
    )
