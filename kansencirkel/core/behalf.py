"""On whose behalf (NEN 7513's "namens wie") an audit event was done, in the users' words.

Two kinds of value: the organisation a member works for, as they typed it in their settings
("OBS De Linde"), or, when a member saved a reading someone else gave (a parent's paper form,
the child at the table), that person's *role*: ``role:ouder``. Never the person's name: the
audit log names who worked in the file, not the family (see vault.audit).
"""

from __future__ import annotations

from kansencirkel.core.elements import catalog
from kansencirkel.core.enums import Role
from kansencirkel.core.i18n import Lang

ROLE_PREFIX = "role:"


def typed_in_for(given_by: str, given_by_role: Role | str, actor: str) -> str | None:
    """``role:<role>`` when the reading was given by someone else than the member saving it
    (their names differ); None when the member gave it themself."""
    who = given_by.strip()
    if not who or who.casefold() == actor.strip().casefold():
        return None
    return ROLE_PREFIX + Role(given_by_role).value


def behalf_label(value: str, lang: Lang = "nl") -> str:
    """What to show for a stored "namens": the role's name, or the organisation as typed."""
    if value.startswith(ROLE_PREFIX):
        try:
            role = Role(value.removeprefix(ROLE_PREFIX))
        except ValueError:
            return value
        return catalog().role_name(role, lang)
    return value
