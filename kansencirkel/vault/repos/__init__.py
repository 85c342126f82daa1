"""The vault's repositories: what the UI, CLI and reports call to read and change data.

Every call is one session and one transaction, returns :mod:`kansencirkel.core.model`
dataclasses, writes its audit event(s) in the same transaction and raises
:class:`~kansencirkel.vault.errors.InputRejected` for bad input.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from kansencirkel.core.changes import Written
from kansencirkel.core.import_plan import ImportCounts, ImportPlan
from kansencirkel.core.model import CaseFile, TeamMember
from kansencirkel.vault.audit import ChainReport
from kansencirkel.vault.repos.actions import ActionsRepository
from kansencirkel.vault.repos.assessments import AssessmentsRepository
from kansencirkel.vault.repos.audit import AuditRepository
from kansencirkel.vault.repos.base import RepoContext
from kansencirkel.vault.repos.bulk import bulk_import
from kansencirkel.vault.repos.children import ChildrenRepository
from kansencirkel.vault.repos.consents import ConsentsRepository
from kansencirkel.vault.repos.drafts import DraftsRepository
from kansencirkel.vault.repos.handover import HandoverRepository
from kansencirkel.vault.repos.meetings import MeetingsRepository
from kansencirkel.vault.repos.notes import NotesRepository
from kansencirkel.vault.repos.people import PeopleRepository
from kansencirkel.vault.repos.pulses import PulsesRepository
from kansencirkel.vault.repos.settings import SettingsRepository
from kansencirkel.vault.repos.spreadsheet import import_plan, preview_plan

if TYPE_CHECKING:
    from kansencirkel.vault.team.local_drafts import LocalDrafts

__all__ = ["ChainReport", "Repositories"]


class Repositories:
    """All repositories of one open vault, acting as one team member."""

    def __init__(self, engine: Engine, actor: TeamMember) -> None:
        self._ctx = RepoContext(engine, actor)
        self.children = ChildrenRepository(self._ctx)
        self.people = PeopleRepository(self._ctx)
        self.assessments = AssessmentsRepository(self._ctx)
        self.drafts = DraftsRepository(self._ctx)
        self.actions = ActionsRepository(self._ctx)
        self.meetings = MeetingsRepository(self._ctx)
        self.pulses = PulsesRepository(self._ctx)
        self.notes = NotesRepository(self._ctx)
        self.consents = ConsentsRepository(self._ctx)
        self.audit = AuditRepository(self._ctx)
        self.settings = SettingsRepository(self._ctx)
        self.handover = HandoverRepository(self._ctx)  # sealed hand-overs (.kcx)
        #: On a team store, the drafts kept on this laptop while the server is away (set by
        #: the TeamVault); None on a laptop vault, which is a file on the laptop already.
        self.local_drafts: LocalDrafts | None = None

    @property
    def engine(self) -> Engine:
        return self._ctx.engine

    @property
    def actor(self) -> TeamMember:
        return self._ctx.actor

    @property
    def on_behalf_of(self) -> str:
        """On whose behalf this member works (their school, CJG …), recorded with every
        audit event (NEN 7513); "" for nobody but themself."""
        return self._ctx.on_behalf_of

    @on_behalf_of.setter
    def on_behalf_of(self, value: str) -> None:
        self._ctx.on_behalf_of = value.strip()

    def bulk_import(self, case_files: Iterable[CaseFile]) -> int:
        """Seed whole case files fast (demo generator, benchmarks); one audit event."""
        return bulk_import(self._ctx, case_files)

    def import_plan(self, plan: ImportPlan) -> Written[ImportCounts]:
        """A spreadsheet's plan, all or nothing (:mod:`.spreadsheet`); audited per child."""
        return import_plan(self._ctx, plan)

    def preview_plan(self, plan: ImportPlan) -> ImportCounts:
        """What :meth:`import_plan` would add, read only (the preview): same refusals."""
        return preview_plan(self._ctx, plan)
