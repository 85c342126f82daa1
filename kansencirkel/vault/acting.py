"""On whose behalf the member of an open vault works (NEN 7513): what the laptop vault and
the team store keep alike, across a rebuild of their repositories."""

from __future__ import annotations

from sqlalchemy import Engine

from kansencirkel.core.model import TeamMember
from kansencirkel.vault.repos import Repositories


class ActsOnBehalf:
    """A mix-in for an open vault that builds its :class:`Repositories` lazily in
    ``_repos``: ``on_behalf_of`` goes into every audit event from the moment it is set."""

    _repos: Repositories | None
    _on_behalf_of = ""

    @property
    def on_behalf_of(self) -> str:
        """On whose behalf the member works, in every audit event from now on."""
        return self._on_behalf_of

    @on_behalf_of.setter
    def on_behalf_of(self, value: str) -> None:
        self._on_behalf_of = value.strip()
        if self._repos is not None:
            self._repos.on_behalf_of = self._on_behalf_of

    def _new_repos(self, engine: Engine, actor: TeamMember) -> Repositories:
        repos = Repositories(engine, actor)
        repos.on_behalf_of = self._on_behalf_of
        return repos
