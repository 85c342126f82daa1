"""Consent made visible: the child page's line and the warnings before a print, export or
hand-over never claim more than :func:`share_decision` allows, and say nothing when there is
nothing to say."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kansencirkel.core.consent import CONSENT_PARTS, PART_NOTES, share_decision
from kansencirkel.core.consent_summary import (
    EXPIRY_NOTICE_DAYS,
    audience_share,
    children_lines,
    consent_line,
    describe_share,
    held_parts,
    line_groups,
    warnings_for,
)
from kansencirkel.core.enums import Audience, Consenter
from kansencirkel.core.model import CaseFile, Consent

TODAY = date(2026, 12, 1)
PAR, KID = Consenter.OUDERS, Consenter.KIND
EVERYONE = tuple(Audience)


def born(age: int) -> date:
    return date(TODAY.year - age, 6, 1) if age else TODAY


def consent(
    who: Consenter,
    parts: tuple[str, ...] = CONSENT_PARTS,
    audiences: tuple[Audience, ...] = EVERYONE,
    *,
    expires: date | None = None,
    withdrawn: date | None = None,
    cid: str = "c",
) -> Consent:
    return Consent(cid, "k", who, "x", parts, audiences, date(2026, 1, 1), expires, withdrawn)


# -- the line, by age band -------------------------------------------------------------------


def test_under_twelve_parents_decide_everything_for_everyone() -> None:
    line = consent_line([consent(PAR)], born(9), TODAY)
    assert line == "Toestemming van de ouders (kind 9 jaar): iedereen alles."


def test_thirteen_without_the_child_only_the_parents_own_view() -> None:
    line = consent_line([consent(PAR)], born(13), TODAY)
    assert line.startswith("Toestemming van ouders en kind (13 jaar): ouders alleen hun eigen blik")
    assert "kernteam, school en zorg niets" in line
    assert line.endswith("zorg niets — nog geen toestemming van het kind.")


def test_thirteen_example_from_the_issue() -> None:
    both = (Audience.SCHOOL, Audience.KERNTEAM)
    cons = [consent(PAR, audiences=both), consent(KID, audiences=both, cid="k")]
    line = consent_line(cons, born(13), TODAY)
    assert line == (
        "Toestemming van ouders en kind (13 jaar): kernteam en school alles; "
        "ouders alleen hun eigen blik; zorg niets."
    )


def test_sixteen_the_child_alone() -> None:
    line = consent_line([consent(KID, parts=("school", "kind"))], born(16), TODAY)
    assert line.startswith("Toestemming van het kind (16 jaar): ")
    assert "alleen de blik van het kind en school" in line


def test_unknown_birth_date_asks_both() -> None:
    line = consent_line([consent(PAR)], None, TODAY)
    assert line.startswith("Toestemming van ouders en kind (leeftijd onbekend): ")
    assert "nog geen toestemming van het kind" in line


def test_nothing_recorded_says_so() -> None:
    line = consent_line([], born(8), TODAY)
    assert line.endswith("zorg niets — nog niets vastgelegd.")


def test_withdrawn_consent_is_named_in_the_line() -> None:
    cons = [consent(PAR, withdrawn=TODAY - timedelta(days=3))]
    line = consent_line(cons, born(9), TODAY)
    assert line == (
        "Toestemming van de ouders (kind 9 jaar): ouders alleen hun eigen blik; "
        "kernteam, school en zorg niets — ingetrokken."
    )


def test_everything_but_notes() -> None:
    parts = tuple(p for p in CONSENT_PARTS if p != PART_NOTES)
    line = consent_line([consent(PAR, parts=parts)], born(9), TODAY)
    assert line == "Toestemming van de ouders (kind 9 jaar): iedereen alles behalve de notities."


def test_english_through_the_catalogue() -> None:
    line = consent_line([consent(PAR)], born(13), TODAY, lang="en")
    assert line.startswith("Consent of parents and child (13 years):")
    assert "parents only their own view" in line


# -- warnings -------------------------------------------------------------------------------


def test_nothing_to_say_when_all_is_allowed() -> None:
    w = warnings_for(Audience.OUDERS, [consent(PAR)], born(9), TODAY)
    assert not w and w.lines() == []


def test_left_out_parts_in_the_users_words() -> None:
    parts = ("kind", "zorg", "actions")
    w = warnings_for(Audience.OUDERS, [consent(PAR, parts=parts)], born(9), TODAY)
    assert w.lines() == [
        "Blijft weg voor de ouders: de blik van school en het kernteam, en de notities "
        "(niemand gaf er toestemming voor)."
    ]


def test_only_the_parts_the_output_holds_are_named() -> None:
    w = warnings_for(Audience.OUDERS, [], born(9), TODAY, parts=("school", "ouders"))
    assert [d.part for d in w.refused] == ["school"]  # their own view is always theirs


def test_included_without_consent_is_said_so() -> None:
    w = warnings_for(Audience.KERNTEAM, [consent(PAR)], born(13), TODAY, parts=("zorg",))
    assert w.lines(leaves_out=False) == [
        "Staat erin zonder toestemming voor het kernteam: de blik van de zorg "
        "(nog geen toestemming van het kind)."
    ]


def test_unknown_birth_date_is_given_as_the_reason() -> None:
    w = warnings_for(Audience.OUDERS, [consent(PAR)], None, TODAY, parts=("school",))
    assert "de geboortedatum is onbekend" in w.lines()[0]


def test_withdrawn_is_the_reason() -> None:
    cons = [consent(PAR, withdrawn=TODAY)]
    assert (
        "de toestemming is ingetrokken"
        in warnings_for(Audience.ZORG, cons, born(5), TODAY).lines()[0]
    )


@pytest.mark.parametrize(
    ("days", "warned"),
    [(0, True), (1, True), (10, True), (EXPIRY_NOTICE_DAYS, True), (EXPIRY_NOTICE_DAYS + 1, False)],
)
def test_expiry_within_a_month(days: int, warned: bool) -> None:
    ends = TODAY + timedelta(days=days)
    w = warnings_for(Audience.OUDERS, [consent(PAR, expires=ends)], born(9), TODAY)
    assert bool(w) is warned
    if warned:
        assert [e.expires_on for e in w.expiring] == [ends]
        assert not w.refused  # still valid today


def test_expiry_lines_say_the_date() -> None:
    w = warnings_for(
        Audience.ZORG, [consent(PAR, expires=TODAY + timedelta(days=10))], born(9), TODAY
    )
    assert w.lines() == [
        "De toestemming van de ouders voor alles geldt tot en met 11 december 2026: nog 10 dagen."
    ]
    today = warnings_for(Audience.ZORG, [consent(PAR, expires=TODAY)], born(9), TODAY)
    assert today.lines() == [
        "De toestemming van de ouders voor alles geldt alleen vandaag nog (1 december 2026)."
    ]


def test_a_renewal_silences_the_expiry() -> None:
    cons = [
        consent(PAR, expires=TODAY + timedelta(days=5)),
        consent(PAR, cid="new", expires=TODAY + timedelta(days=400)),
    ]
    assert not warnings_for(Audience.OUDERS, cons, born(9), TODAY)


def test_an_expired_consent_is_left_out_not_expiring() -> None:
    cons = [consent(PAR, expires=TODAY - timedelta(days=1))]
    w = warnings_for(Audience.SCHOOL, cons, born(9), TODAY)
    assert not w.expiring and "de toestemming is verlopen" in w.lines()[0]


def test_line_names_the_coming_expiry() -> None:
    line = consent_line([consent(PAR, expires=TODAY + timedelta(days=31))], born(9), TODAY)
    assert line.endswith("— een toestemming loopt af na 1 jan 2027.")
    assert consent_line([consent(PAR, expires=TODAY + timedelta(days=32))], born(9), TODAY) == (
        "Toestemming van de ouders (kind 9 jaar): iedereen alles."
    )


# -- properties ------------------------------------------------------------------------------

_days = st.integers(min_value=-60, max_value=90).map(lambda n: TODAY + timedelta(days=n))
_consents = st.lists(
    st.builds(
        lambda who, parts, auds, exp, wd, i: consent(
            who, tuple(parts), tuple(auds), expires=exp, withdrawn=wd, cid=str(i)
        ),
        st.sampled_from(Consenter),
        st.lists(st.sampled_from(CONSENT_PARTS), min_size=1, unique=True),
        st.lists(st.sampled_from(Audience), min_size=1, unique=True),
        st.none() | _days,
        st.none() | _days,
        st.integers(0, 10_000),
    ),
    max_size=5,
)
_dob = st.none() | st.integers(min_value=0, max_value=20).map(born)


@settings(max_examples=200, deadline=None)
@given(_consents, _dob)
def test_line_never_claims_a_part_share_decision_refuses(
    cons: list[Consent], dob: date | None
) -> None:
    phrases = dict(
        (a, text) for audiences, text in line_groups(cons, dob, TODAY) for a in audiences
    )
    assert set(phrases) == set(Audience)
    for a in Audience:
        allowed = {p for p in CONSENT_PARTS if share_decision(p, a, cons, dob, TODAY).allowed}
        assert audience_share(a, cons, dob, TODAY).allowed == allowed
        assert phrases[a] == describe_share(audience_share(a, cons, dob, TODAY))
        assert (phrases[a] == "alles") == (allowed == set(CONSENT_PARTS))
        assert (phrases[a] == "niets") == (not allowed)
        if phrases[a].startswith("alles behalve"):
            assert allowed and allowed != set(CONSENT_PARTS)
    line = consent_line(cons, dob, TODAY)
    assert line.count(".") >= 1 and "\n" not in line


@settings(max_examples=200, deadline=None)
@given(_consents, _dob, st.sampled_from(Audience))
def test_warnings_match_share_decision(cons: list[Consent], dob: date | None, a: Audience) -> None:
    w = warnings_for(a, cons, dob, TODAY)
    refused = {p for p in CONSENT_PARTS if not share_decision(p, a, cons, dob, TODAY).allowed}
    assert {d.part for d in w.refused} == refused
    for e in w.expiring:
        assert TODAY <= e.expires_on <= TODAY + timedelta(days=EXPIRY_NOTICE_DAYS)
        assert not set(e.parts) & refused  # only what consent still carries today
    assert bool(w) == bool(w.lines())
    if not refused and not w.expiring:
        assert w.lines() == []


# -- several files at once (the agenda, a hand-over) ----------------------------------------


def _case(name: str, consents: list[Consent], note: bool = False) -> CaseFile:
    from kansencirkel.core.enums import ChildStatus, Visibility
    from kansencirkel.core.model import Child, Note

    child = Child("k", name, "Bos", born(9), "De Linde", "5", ChildStatus.ACTIEF, TODAY)
    notes = (Note("n", "k", TODAY, "tekst", (), Visibility.INTERN, "x"),) if note else ()
    return CaseFile(child, (), (), (), (), notes, tuple(consents))


def test_children_lines_name_each_child_and_only_what_the_file_holds() -> None:
    cases = [
        _case("Daan", [], note=True),
        _case("Sanne", [consent(PAR)], note=True),
        _case("Mees", []),  # holds nothing that consent covers: nothing to say
    ]
    assert held_parts(cases[0]) == [PART_NOTES]
    assert children_lines(cases, Audience.ZORG, TODAY, leaves_out=False) == [
        "Daan Bos — Staat erin zonder toestemming voor de zorg: de notities "
        "(niemand gaf er toestemming voor)."
    ]
