"""A read-only snapshot of chosen children of a team, for a meeting without network (§8c).

The snapshot is an ordinary laptop vault file (``.kcv`` and key file, made the way
``vault init`` makes one) holding those children's complete case files, with
``snapshot_of`` (the team's id) and ``snapshot_at`` in its meta. Opened like any vault, it
refuses every change (:mod:`kansencirkel.vault.readonly`), and the app and every printout say
it is a snapshot. Each child taken along gets an EXPORT event ``snapshot`` in the team's log.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import Engine, text

from kansencirkel.core import clock
from kansencirkel.core.enums import AuditKind
from kansencirkel.core.i18n import N_
from kansencirkel.core.model import TeamMember
from kansencirkel.vault import layout, meta
from kansencirkel.vault.audit import append_events
from kansencirkel.vault.errors import InputRejected
from kansencirkel.vault.kdf import KdfParams
from kansencirkel.vault.lifecycle import vault_files
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.repos.base import RepoContext
from kansencirkel.vault.vault import Vault

SNAPSHOT_EXISTS = N_(
    "Op deze plek staat al een bestand: kies een andere naam voor de momentopname."
)
NO_CHILDREN = N_("Kies de kinderen die in de momentopname moeten.")
#: The team name a snapshot shows when the team store names none.
DEFAULT_TEAM_NAME = "Team"
SNAPSHOT_DETAIL = "snapshot"


def _team_id(team_engine: Engine) -> str:
    with team_engine.connect() as conn:
        value = conn.execute(text("SELECT current_setting('kansencirkel.team', true)")).scalar()
    return str(value or "")


def _remove(path: Path) -> None:
    for part in vault_files(path):
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)


def make_snapshot(
    team_engine: Engine,
    child_ids: Iterable[str],
    out_path: Path,
    passphrase: str,
    kdf: KdfParams | None,
    actor: TeamMember,
) -> Path:
    """Write a snapshot of ``child_ids`` to ``out_path``; returns its path.

    Opened with ``passphrase`` by ``actor`` (their member slot; no recovery code is shown:
    the team server keeps the originals). ``kdf`` is for tests only (None: the production
    cost). Refuses (:class:`InputRejected`, nothing written) an existing ``out_path``, no
    children, or a child the team does not have (``NotFound``)."""
    out_path = Path(out_path)
    ids = list(dict.fromkeys(child_ids))
    if not ids:
        raise InputRejected(NO_CHILDREN)
    if out_path.exists() or layout.state(out_path) is not layout.State.ABSENT:
        raise InputRejected(SNAPSHOT_EXISTS)
    team = Repositories(team_engine, actor)
    cases = [team.children.case_file(i, include_superseded=True) for i in ids]
    values = meta.read_values(team_engine)
    team_id, moment = _team_id(team_engine), clock.now()
    new = Vault.create(
        out_path,
        values.get("team_name") or DEFAULT_TEAM_NAME,
        actor.name,
        actor.role,
        passphrase,
        demo=meta.meta_flag(values, "is_demo"),
        kdf=kdf,
    )
    try:
        vault = new.commit()
    except BaseException:
        new.discard()
        raise
    try:
        try:
            vault.repos.bulk_import(cases)
            meta.write_meta(vault.engine, **{meta.SNAPSHOT_OF: team_id, meta.SNAPSHOT_AT: moment})
        finally:
            vault.close()
        ctx = RepoContext(team_engine, actor)
        with ctx.tx() as s:
            append_events(
                s.connection(),
                actor=actor.name,
                events=[(AuditKind.EXPORT, "child", i, i, SNAPSHOT_DETAIL) for i in ids],
            )
    except BaseException:
        _remove(out_path)
        raise
    return out_path
