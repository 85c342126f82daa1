"""Stable keys for the domain's closed vocabularies.

The string values are stored in the vault and used on the command line: never rename them.
Display names live in ``resources/elements.json`` (see :mod:`kansencirkel.core.elements`).
"""

from __future__ import annotations

from enum import StrEnum


class Perspective(StrEnum):
    """Whose view an assessment gives. All perspectives are equal; none overrides another."""

    KIND = "kind"
    OUDERS = "ouders"
    SCHOOL = "school"
    ZORG = "zorg"
    KERNTEAM = "kernteam"


#: Order used in tables, legends and reports: the child first, the joint score last.
PERSPECTIVE_ORDER: tuple[Perspective, ...] = tuple(Perspective)


class Role(StrEnum):
    LEERKRACHT = "leerkracht"
    IB = "ib"
    CJG_COACH = "cjg_coach"
    JEUGDHULP = "jeugdhulp"
    OUDER = "ouder"
    KIND = "kind"
    SMW = "smw"
    JEUGDARTS = "jeugdarts"
    LEERPLICHT = "leerplicht"
    ANDERS = "anders"


class ChildStatus(StrEnum):
    ACTIEF = "actief"
    AFGESLOTEN = "afgesloten"


class ActionStatus(StrEnum):
    GEPLAND = "gepland"
    LOPEND = "lopend"
    AFGEROND = "afgerond"
    GESTOPT = "gestopt"

    @property
    def is_open(self) -> bool:
        return self in (ActionStatus.GEPLAND, ActionStatus.LOPEND)


class MeetingKind(StrEnum):
    KERNTEAM = "kernteam"
    OUDERGESPREK = "oudergesprek"
    MDO = "mdo"
    EVALUATIE = "evaluatie"


class MeetingStatus(StrEnum):
    """An overleg is planned (a date in the diary) or held (who was there, what was decided)."""

    GEPLAND = "gepland"
    GEHOUDEN = "gehouden"


class Visibility(StrEnum):
    """A note is either for the team only, or may be shared (e.g. with parents)."""

    INTERN = "intern"
    DEELBAAR = "deelbaar"


class Consenter(StrEnum):
    """Who gives consent: the parents, or the child (from 12 together with, from 16 instead of)."""

    OUDERS = "ouders"
    KIND = "kind"


class Audience(StrEnum):
    """With whom a consented part may be shared."""

    OUDERS = "ouders"
    KERNTEAM = "kernteam"
    SCHOOL = "school"
    ZORG = "zorg"


class AuditKind(StrEnum):
    VIEW = "view"
    CREATE = "create"
    CHANGE = "change"
    DELETE = "delete"
    EXPORT = "export"
    PRINT = "print"
    UNLOCK = "unlock"
    FAILED_UNLOCK = "failed_unlock"
    LOCK = "lock"
    BACKUP = "backup"
    RESTORE = "restore"
    ERASE = "erase"
    KEY_CHANGE = "key_change"
