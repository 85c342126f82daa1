"""Consent rules: who must agree, by the child's age, before a part of the file is shared.

Dutch practice for youth (WGBO / Jeugdwet): under 12 the parents decide; from 12 to 16 the parents
*and* the child; from 16 the child alone. When the date of birth is not recorded we fail closed
and ask both. Reports call :func:`share_decision` for every part they consider printing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kansencirkel.core.enums import Audience, Consenter, Perspective
from kansencirkel.core.model import Consent, age_on

#: Parts of a file that consent can cover, besides the perspectives' own keys.
PART_NOTES = "notes"
PART_ACTIONS = "actions"
CONSENT_PARTS: tuple[str, ...] = (*(p.value for p in Perspective), PART_NOTES, PART_ACTIONS)


def required_consenters(age: int | None) -> frozenset[Consenter]:
    if age is None:
        return frozenset({Consenter.OUDERS, Consenter.KIND})
    if age < 12:
        return frozenset({Consenter.OUDERS})
    if age < 16:
        return frozenset({Consenter.OUDERS, Consenter.KIND})
    return frozenset({Consenter.KIND})


class ShareReason(StrEnum):
    OWN_VIEW = "own_view"  # the audience's own perspective: always theirs to see
    CONSENTED = "consented"
    NO_CONSENT = "no_consent"  # nobody ever consented to this part
    MISSING_CONSENTER = "missing_consenter"  # e.g. the child (12+) has not agreed yet
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True, slots=True)
class ShareDecision:
    part: str
    audience: Audience
    allowed: bool
    reason: ShareReason
    missing: frozenset[Consenter] = frozenset()


_OWN_PART = {Audience.OUDERS: Perspective.OUDERS.value}


def share_decision(
    part: str,
    audience: Audience,
    consents: Iterable[Consent],
    date_of_birth: date | None,
    on: date,
) -> ShareDecision:
    """May ``part`` be shared with ``audience`` on day ``on``? Fails closed."""
    if part not in CONSENT_PARTS:
        raise ValueError(f"unknown consent part: {part!r}")
    if _OWN_PART.get(audience) == part:
        return ShareDecision(part, audience, True, ShareReason.OWN_VIEW)
    needed = required_consenters(age_on(date_of_birth, on))
    covering = [c for c in consents if part in c.parts and audience in c.audiences]
    valid = {c.consenter for c in covering if c.valid_on(on)}
    missing = frozenset(needed - valid)
    if not missing:
        return ShareDecision(part, audience, True, ShareReason.CONSENTED)
    if not covering:
        return ShareDecision(part, audience, False, ShareReason.NO_CONSENT, missing)
    lapsed = [c for c in covering if c.consenter in missing]
    if lapsed and all(c.withdrawn_on is not None and c.withdrawn_on <= on for c in lapsed):
        return ShareDecision(part, audience, False, ShareReason.WITHDRAWN, missing)
    if lapsed and all(c.expires_on is not None and c.expires_on < on for c in lapsed):
        return ShareDecision(part, audience, False, ShareReason.EXPIRED, missing)
    return ShareDecision(part, audience, False, ShareReason.MISSING_CONSENTER, missing)


def shareable_perspectives(
    audience: Audience,
    consents: Iterable[Consent],
    date_of_birth: date | None,
    on: date,
) -> dict[Perspective, ShareDecision]:
    cons = tuple(consents)
    return {p: share_decision(p.value, audience, cons, date_of_birth, on) for p in Perspective}
