"""`vault.children`, `vault.notes`, …: shortcuts to the open vault's repositories."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kansencirkel.vault.repos import Repositories
    from kansencirkel.vault.repos.actions import ActionsRepository
    from kansencirkel.vault.repos.assessments import AssessmentsRepository
    from kansencirkel.vault.repos.audit import AuditRepository
    from kansencirkel.vault.repos.children import ChildrenRepository
    from kansencirkel.vault.repos.consents import ConsentsRepository
    from kansencirkel.vault.repos.drafts import DraftsRepository
    from kansencirkel.vault.repos.meetings import MeetingsRepository
    from kansencirkel.vault.repos.notes import NotesRepository
    from kansencirkel.vault.repos.people import PeopleRepository
    from kansencirkel.vault.repos.settings import SettingsRepository


class RepositoryShortcuts:
    """Mixin of `Vault`, which provides `repos`."""

    @property
    def repos(self) -> Repositories:
        raise NotImplementedError

    @property
    def children(self) -> ChildrenRepository:
        return self.repos.children

    @property
    def people(self) -> PeopleRepository:
        return self.repos.people

    @property
    def assessments(self) -> AssessmentsRepository:
        return self.repos.assessments

    @property
    def drafts(self) -> DraftsRepository:
        return self.repos.drafts

    @property
    def actions(self) -> ActionsRepository:
        return self.repos.actions

    @property
    def meetings(self) -> MeetingsRepository:
        return self.repos.meetings

    @property
    def notes(self) -> NotesRepository:
        return self.repos.notes

    @property
    def consents(self) -> ConsentsRepository:
        return self.repos.consents

    @property
    def audit(self) -> AuditRepository:
        return self.repos.audit

    @property
    def settings(self) -> SettingsRepository:
        return self.repos.settings
