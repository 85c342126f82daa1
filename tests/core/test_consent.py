"""Consent by age (WGBO/Jeugdwet): <12 parents, 12–15 both, 16+ the child alone; fail closed."""

from __future__ import annotations

from datetime import date

import pytest

from kansencirkel.core.consent import (
    CONSENT_PARTS,
    ShareReason,
    required_consenters,
    share_decision,
    shareable_perspectives,
)
from kansencirkel.core.enums import Audience, Consenter, Perspective
from kansencirkel.core.model import Consent

ON = date(2026, 6, 1)
PAR, KID = Consenter.OUDERS, Consenter.KIND


def dob_for_age(age: int) -> date:
    return date(ON.year - age, 1, 1)


def consent(
    who: Consenter,
    parts: tuple[str, ...] = ("school",),
    audiences: tuple[Audience, ...] = (Audience.OUDERS,),
    *,
    given: date = date(2026, 1, 1),
    expires: date | None = None,
    withdrawn: date | None = None,
) -> Consent:
    return Consent("c", "k", who, "x", parts, audiences, given, expires, withdrawn)


@pytest.mark.parametrize(
    ("age", "needed"),
    [
        (None, {PAR, KID}),
        (0, {PAR}),
        (11, {PAR}),
        (12, {PAR, KID}),
        (15, {PAR, KID}),
        (16, {KID}),
        (17, {KID}),
    ],
)
def test_required_consenters_by_age(age: int | None, needed: set[Consenter]) -> None:
    assert required_consenters(age) == needed


def test_under_twelve_parents_alone_suffice() -> None:
    d = share_decision("school", Audience.OUDERS, [consent(PAR)], dob_for_age(9), ON)
    assert d.allowed and d.reason is ShareReason.CONSENTED


def test_twelve_to_fifteen_need_both() -> None:
    dob = dob_for_age(13)
    only_parents = share_decision("school", Audience.OUDERS, [consent(PAR)], dob, ON)
    assert not only_parents.allowed
    assert only_parents.reason is ShareReason.MISSING_CONSENTER and only_parents.missing == {KID}
    both = share_decision("school", Audience.OUDERS, [consent(PAR), consent(KID)], dob, ON)
    assert both.allowed


def test_sixteen_plus_the_child_alone() -> None:
    dob = dob_for_age(16)
    assert not share_decision("school", Audience.OUDERS, [consent(PAR)], dob, ON).allowed
    assert share_decision("school", Audience.OUDERS, [consent(KID)], dob, ON).allowed


def test_birthday_boundary_counts_whole_years() -> None:
    dob = date(2014, 6, 2)  # turns 12 the day after ON
    assert share_decision(
        "zorg", Audience.SCHOOL, [consent(PAR, ("zorg",), (Audience.SCHOOL,))], dob, ON
    ).allowed


def test_unknown_age_fails_closed() -> None:
    d = share_decision("school", Audience.OUDERS, [consent(PAR)], None, ON)
    assert not d.allowed and d.missing == {KID}
    assert share_decision("school", Audience.OUDERS, [consent(PAR), consent(KID)], None, ON).allowed


def test_no_consent_at_all() -> None:
    d = share_decision("zorg", Audience.SCHOOL, [], dob_for_age(8), ON)
    assert (d.allowed, d.reason) == (False, ShareReason.NO_CONSENT)
    # consent for another part or another audience does not count
    other = [consent(PAR, ("kind",), (Audience.SCHOOL,)), consent(PAR, ("zorg",), (Audience.ZORG,))]
    assert share_decision("zorg", Audience.SCHOOL, other, dob_for_age(8), ON).reason is (
        ShareReason.NO_CONSENT
    )


def test_expired_and_withdrawn() -> None:
    dob = dob_for_age(8)
    expired = share_decision(
        "school", Audience.OUDERS, [consent(PAR, expires=date(2026, 5, 31))], dob, ON
    )
    assert (expired.allowed, expired.reason) == (False, ShareReason.EXPIRED)
    last_day = share_decision("school", Audience.OUDERS, [consent(PAR, expires=ON)], dob, ON)
    assert last_day.allowed
    withdrawn = share_decision("school", Audience.OUDERS, [consent(PAR, withdrawn=ON)], dob, ON)
    assert (withdrawn.allowed, withdrawn.reason) == (False, ShareReason.WITHDRAWN)
    before = share_decision(
        "school", Audience.OUDERS, [consent(PAR, withdrawn=date(2026, 7, 1))], dob, ON
    )
    assert before.allowed  # withdrawn later: still valid today
    future = share_decision(
        "school", Audience.OUDERS, [consent(PAR, given=date(2026, 7, 1))], dob, ON
    )
    assert not future.allowed


def test_own_view_is_always_shareable_with_its_owner() -> None:
    d = share_decision("ouders", Audience.OUDERS, [], dob_for_age(14), ON)
    assert d.allowed and d.reason is ShareReason.OWN_VIEW
    assert not share_decision("ouders", Audience.SCHOOL, [], dob_for_age(14), ON).allowed


def test_unknown_part_is_an_error() -> None:
    with pytest.raises(ValueError):
        share_decision("geheimen", Audience.OUDERS, [], None, ON)
    assert {"notes", "actions", *(p.value for p in Perspective)} == set(CONSENT_PARTS)


def test_shareable_perspectives_covers_every_perspective() -> None:
    result = shareable_perspectives(
        Audience.OUDERS, [consent(PAR, ("school", "zorg"))], dob_for_age(10), ON
    )
    assert set(result) == set(Perspective)
    allowed = {p for p, d in result.items() if d.allowed}
    assert allowed == {Perspective.OUDERS, Perspective.SCHOOL, Perspective.ZORG}
