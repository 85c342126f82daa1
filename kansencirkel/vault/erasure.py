"""Verified erasure of one child: erase, then search every decrypted page for a trace of it,
and name the backups made before that still hold the child.

The whole sequence holds the vault's write lock, so nothing is written between the erasure,
its WAL checkpoint and the page check; callers get one :class:`ErasureReport` (the app
through its change signal, the command line printed).

Which backups hold the child: every backup the audit log records (BACKUP events name the
file; made by the app or by ``vault backup``, wherever to) since the child's first event,
plus backup files in the given folder made since then that the log does not name (copied
from elsewhere). Each says whether it is in that folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from kansencirkel.core.changes import Written
from kansencirkel.core.enums import AuditKind
from kansencirkel.vault.backup import PREFIX, list_backups
from kansencirkel.vault.engine import damage_guard
from kansencirkel.vault.erase_check import ErasureCheck, check_erasure, collect_traces
from kansencirkel.vault.repos.base import engine_lock

if TYPE_CHECKING:
    from kansencirkel.vault.opened import OpenVault
    from kansencirkel.vault.repos import Repositories


@dataclass(frozen=True, slots=True)
class OlderBackup:
    """A backup made while the child was in the vault: it still holds the child."""

    name: str
    made_at: datetime
    in_folder: bool  # found in the backup folder that was given


@dataclass(frozen=True, slots=True)
class ErasureReport:
    child_id: str
    check: ErasureCheck
    backups: tuple[OlderBackup, ...]


def made_at(name: str) -> datetime | None:
    """The UTC moment in a backup's file name (``kansencirkel-backup-YYYYMMDD-HHMMSS-ffffff``)."""
    try:
        return datetime.strptime(name[len(PREFIX) : -len(".kcv")], "%Y%m%d-%H%M%S-%f").replace(
            tzinfo=UTC
        )
    except ValueError:
        return None


def backups_holding(repos: Repositories, child_id: str, folder: Path | None) -> list[OlderBackup]:
    """Backups made since the child's first audit event, oldest first."""
    events = repos.audit.entries(child_id=child_id, limit=None)
    if not events:
        return []
    since = min(e.at for e in events)
    present = {p.name for p in list_backups(folder)} if folder is not None else set()
    found: dict[str, datetime] = {}
    for event in repos.audit.entries():
        if event.kind is AuditKind.BACKUP and event.at >= since and event.detail:
            found[event.detail] = event.at
    for name in present - set(found):
        at = made_at(name)
        if at is not None and at >= since:
            found[name] = at
    return [
        OlderBackup(name, at, name in present)
        for name, at in sorted(found.items(), key=lambda item: item[1])
    ]


def erase_verified(
    opened: OpenVault, repos: Repositories, child_id: str, backup_folder: Path | None
) -> Written[ErasureReport]:
    """Erase the child (one transaction, secure_delete, WAL checkpoint), then check every
    page; raises what the erasure raises (NotFound for an unknown child). A failed check is
    in the report (``report.check.ok``): the erasure itself is done by then."""
    engine = opened.engine
    with engine_lock(engine):
        with damage_guard(), Session(engine) as s:
            traces = collect_traces(s, child_id)
        backups = backups_holding(repos, child_id, backup_folder)
        changes = repos.children.erase(child_id)
        with damage_guard(), engine.connect() as conn:
            check = check_erasure(opened.path, opened.db_key, conn, traces)
    return Written(ErasureReport(child_id, check, tuple(backups)), changes)
