"""What a spreadsheet import will add, before anything is written: the plan.

A file format (:mod:`kansencirkel.exchange.csv_import`) reads a file into an
:class:`ImportPlan`; the preview shows it; the vault applies it all or nothing
(``Repositories.import_plan``). Plain data: no ids are made here, the vault makes them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from kansencirkel.core.enums import Perspective, Role
from kansencirkel.core.i18n import N_

#: A demo vault's passphrase is public, and a spreadsheet may hold real children.
NOT_IN_DEMO = N_(
    "Een demo-kluis neemt geen spreadsheet aan: het wachtwoord van een demo-kluis is openbaar."
)

#: Who usually gives a perspective's scores, when the file does not say (no role column).
ROLE_OF_PERSPECTIVE: Mapping[Perspective, Role] = {
    Perspective.KIND: Role.KIND,
    Perspective.OUDERS: Role.OUDER,
    Perspective.SCHOOL: Role.LEERKRACHT,
    Perspective.ZORG: Role.JEUGDHULP,
    Perspective.KERNTEAM: Role.IB,
}


@dataclass(frozen=True, slots=True)
class PlannedChild:
    """A child named in the file: new, or ``existing_id`` when it matched one in the vault
    (same given and family name and date of birth). ``row``: the first row naming it."""

    row: int
    given_name: str
    family_name: str
    date_of_birth: date | None
    school: str
    group: str
    existing_id: str | None = None

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()

    @property
    def is_new(self) -> bool:
        return self.existing_id is None


@dataclass(frozen=True, slots=True)
class PlannedAssessment:
    """One meting of the file; ``child`` is its position in :attr:`ImportPlan.children`."""

    row: int
    child: int
    perspective: Perspective
    assessed_on: date
    given_by: str
    given_by_role: Role
    scores: Mapping[str, int | None]
    goes_well: str
    wishes: str


@dataclass(frozen=True, slots=True)
class ImportPlan:
    children: tuple[PlannedChild, ...]
    assessments: tuple[PlannedAssessment, ...]

    @property
    def new_children(self) -> tuple[PlannedChild, ...]:
        return tuple(c for c in self.children if c.is_new)

    @property
    def matched_children(self) -> tuple[PlannedChild, ...]:
        return tuple(c for c in self.children if not c.is_new)


@dataclass(frozen=True, slots=True)
class ImportCounts:
    """What applying a plan added: children made, children given metingen, metingen, and the
    metingen left out because the vault held them already, exactly."""

    new_children: int
    matched_children: int
    assessments: int
    already_stored: int = 0
