"""Taking a laptop vault into a team store: every child with its whole case file and the
vault's audit log, all or nothing.

The case files are read with their history (corrected-away and withdrawn assessments, earlier
note versions) and written with the bulk import, which runs on both stores. The laptop's audit
events are appended after the team's chain with their own time and actor (so the team's chain
verifies and still tells who did what when), followed by one event naming the import.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select

from kansencirkel.core.enums import AuditKind
from kansencirkel.core.i18n import N_
from kansencirkel.core.model import AuditEntry, CaseFile, TeamMember
from kansencirkel.vault.audit import copy_events
from kansencirkel.vault.errors import InputRejected
from kansencirkel.vault.meta import flag_value
from kansencirkel.vault.models import ChildRow, MetaRow
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.repos.base import RepoContext
from kansencirkel.vault.repos.bulk import bulk_import
from kansencirkel.vault.vault import Vault

ALREADY_IN_TEAM = N_(
    "Een kind uit deze kluis staat al in het team (al eerder overgenomen?): er is niets "
    "overgenomen."
)
DEMO_INTO_REAL = N_(
    "Dit is een demokluis en het team is echt (of andersom): er is niets overgenomen."
)
NOTHING_TO_IMPORT = N_("Deze kluis heeft geen kinderen om over te nemen.")

#: The record type of the event that names an import in the team's log.
IMPORT_RECORD = "vault"


@dataclass(frozen=True, slots=True)
class VaultImported:
    """What an import took into the team."""

    vault_id: str
    children: int
    events: int  # the laptop's audit events, now in the team's chain


def read_case_files(repos: Repositories) -> list[CaseFile]:
    """Every child's complete case file, with its history (one VIEW event each)."""
    with repos.engine.connect() as conn:
        ids = [str(i) for i in conn.execute(select(ChildRow.id).order_by(ChildRow.id)).scalars()]
    return [repos.children.case_file(i, include_superseded=True) for i in ids]


def team_is_demo(team_engine: Engine) -> bool:
    with team_engine.connect() as conn:
        value = conn.execute(select(MetaRow.value).where(MetaRow.key == "is_demo")).scalar()
    return flag_value(value)


def import_vault(vault: Vault, team_engine: Engine, actor: TeamMember) -> VaultImported:
    """Take ``vault``'s children and audit log into the team; returns what came in.

    Raises :class:`InputRejected` (exit 5, nothing written in the team) when a child of the
    vault is in the team already, when one store is a demo and the other not, or when a case
    file breaks a rule (:class:`~kansencirkel.vault.validation.FileRejected`)."""
    if vault.info.is_demo != team_is_demo(team_engine):
        raise InputRejected(DEMO_INTO_REAL)
    cases = read_case_files(vault.repos)
    if not cases:
        raise InputRejected(NOTHING_TO_IMPORT)
    entries: list[AuditEntry] = vault.repos.audit.entries()
    ctx = RepoContext(team_engine, actor)
    with ctx.tx() as s:
        ids = [c.child.id for c in cases]
        taken = s.scalar(select(ChildRow.id).where(ChildRow.id.in_(ids)).limit(1))
        if taken is not None:
            raise InputRejected(ALREADY_IN_TEAM)
        events = copy_events(s.connection(), entries)
        count = bulk_import(ctx, cases)  # joins this transaction; its own CREATE event
        ctx.audit(
            s,
            AuditKind.CREATE,
            IMPORT_RECORD,
            vault.info.vault_id,
            detail=f"import-vault:children={count},events={events}",
        )
    return VaultImported(vault.info.vault_id, count, events)
