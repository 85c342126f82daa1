"""Probe finding 1: an import obeys the same rules as a form, checked in one place.

For every rule the probe found skipped, the repository call a form makes and a case file
given to ``bulk_import`` are refused with the same sentence (message id), the import naming
the record and field; a refused import leaves no row and no audit event behind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import pytest
import sqlalchemy

from kansencirkel.core.enums import (
    Audience,
    ChildStatus,
    Consenter,
    MeetingKind,
    Perspective,
    Role,
    Visibility,
)
from kansencirkel.core.model import AssessmentInput, CaseFile
from kansencirkel.demo import generate_case_files
from kansencirkel.vault.errors import InputRejected
from kansencirkel.vault.models import Base
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.validation import FileRejected, case_file_problems, fields, records
from kansencirkel.vault.validation import casefile as whole
from kansencirkel.vault.validation.problems import NOT_READ_MANY, NOT_READ_ONE
from kansencirkel.vault.validation.stored import ALREADY_STORED

TODAY = date(2026, 11, 25)
LATER = TODAY + timedelta(days=1)


@pytest.fixture(autouse=True)
def pinned(today_is: Callable[[date], date]) -> None:
    today_is(TODAY)


@pytest.fixture
def kid(repos: Repositories) -> str:
    return repos.children.create("Kim", "Jansen", opened_on=date(2026, 1, 10)).value.id


def case_file(seed: int = 5) -> CaseFile:
    """A real-looking case file that obeys every rule (checked below), with all kinds of
    records in it."""
    for case in generate_case_files(40, seed, TODAY):
        if case.notes and case.consents and case.actions and case.meetings:
            return case
    raise AssertionError("no full demo file")


def state(engine: sqlalchemy.Engine) -> dict[str, int]:
    """Rows per table, the audit log included: a refused import adds none anywhere."""
    with engine.connect() as conn:
        return {
            t: int(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() or 0)
            for t in Base.metadata.tables
        }


def _first_note(case: CaseFile, **changes: Any) -> CaseFile:
    return replace(case, notes=(replace(case.notes[0], **changes), *case.notes[1:]))


def _first(case: CaseFile, kind: str, **changes: Any) -> CaseFile:
    items = getattr(case, kind)
    return replace(case, **{kind: (replace(items[0], **changes), *items[1:])})


def _child(case: CaseFile, **changes: Any) -> CaseFile:
    return replace(case, child=replace(case.child, **changes))


def _assessment(kid: str, **changes: Any) -> AssessmentInput:
    base = AssessmentInput(
        kid, Perspective.OUDERS, date(2026, 3, 1), "Mama Jansen", Role.OUDER, {"actief": 4}
    )
    return replace(base, goes_well="Speelt graag buiten", **changes)


@dataclass(frozen=True)
class Rule:
    """One rule: how a form breaks it, how a file breaks it, and what both are told."""

    name: str
    form: Callable[[Repositories, str], object] | None  # None: a form cannot get it wrong
    file: Callable[[CaseFile], CaseFile]
    msgid: str
    where: tuple[str, int | None, str]  # record, number, field of the file's problem


RULES = [
    Rule(
        "born in the future",
        lambda r, k: r.children.create("Kim", "J", date_of_birth=LATER),
        lambda c: _child(c, date_of_birth=LATER),
        records.BORN_IN_THE_FUTURE,
        ("child", None, "date_of_birth"),
    ),
    Rule(
        "assessed in the future",
        lambda r, k: r.assessments.save(_assessment(k, assessed_on=LATER)),
        lambda c: _first(c, "assessments", assessed_on=LATER),
        records.ASSESSED_IN_THE_FUTURE,
        ("assessments", 1, "assessed_on"),
    ),
    Rule(
        "closed before opened",
        lambda r, k: r.children.close(k, date(2026, 1, 9)),
        lambda c: _child(
            c,
            status=ChildStatus.AFGESLOTEN,
            closed_on=c.child.opened_on - timedelta(days=1),
        ),
        records.CLOSED_BEFORE_OPENED,
        ("child", None, "closed_on"),
    ),
    Rule(
        "next meeting before the meeting",
        lambda r, k: r.meetings.create(
            k, date(2026, 5, 2), MeetingKind.MDO, ["Juf"], next_on=date(2026, 5, 1)
        ),
        lambda c: _first(c, "meetings", next_on=c.meetings[0].held_on - timedelta(days=1)),
        records.NEXT_BEFORE_MEETING,
        ("meetings", 1, "next_on"),
    ),
    Rule(
        "consent expires before it is given",
        lambda r, k: r.consents.create(
            k,
            Consenter.OUDERS,
            "Mama",
            ["school"],
            [Audience.SCHOOL],
            date(2026, 5, 2),
            expires_on=date(2026, 5, 1),
        ),
        lambda c: _first(c, "consents", expires_on=c.consents[0].given_on - timedelta(days=1)),
        records.EXPIRES_BEFORE_GIVEN,
        ("consents", 1, "expires_on"),
    ),
    Rule(
        "NUL in a name",
        lambda r, k: r.children.create("Ki\x00m", "J"),
        lambda c: _child(c, given_name="Ki\x00m"),
        fields.BAD_CHARACTER,
        ("child", None, "given_name"),
    ),
    Rule(
        "NUL in a note",
        lambda r, k: r.notes.create(k, TODAY, "Goed\x00 bezig", [], Visibility.INTERN),
        lambda c: _first_note(c, text="Goed\x00 bezig"),
        fields.BAD_CHARACTER,
        ("notes", 1, "text"),
    ),
    Rule(
        "half a surrogate pair in a family name",
        lambda r, k: r.children.create("Kim", "J\ud800"),
        lambda c: _child(c, family_name="J\ud800"),
        fields.BAD_CHARACTER,
        ("child", None, "family_name"),
    ),
    Rule(
        "empty child name",
        lambda r, k: r.children.create(" \t", "J"),
        lambda c: _child(c, given_name=" \t"),
        records.NO_CHILD_NAME,
        ("child", None, "given_name"),
    ),
    Rule(
        "empty person name",
        lambda r, k: r.people.create("  ", Role.OUDER),
        lambda c: _first(c, "involvements", person=replace(c.involvements[0].person, name="  ")),
        records.NO_PERSON_NAME,
        ("involvements", 1, "person.name"),
    ),
    Rule(
        "empty note",
        lambda r, k: r.notes.create(k, TODAY, "\n ", [], Visibility.INTERN),
        lambda c: _first_note(c, text="\n "),
        records.NO_NOTE_TEXT,
        ("notes", 1, "text"),
    ),
    Rule(
        "unknown element scored",
        lambda r, k: r.assessments.save(_assessment(k, scores={"vrolijk": 3})),
        lambda c: _first(c, "assessments", scores={"vrolijk": 3}),
        fields.UNKNOWN_ELEMENT,
        ("assessments", 1, "scores"),
    ),
    Rule(
        "unknown element tagged",
        lambda r, k: r.notes.create(k, TODAY, "Goed", ["vrolijk"], Visibility.INTERN),
        lambda c: _first_note(c, elements=("vrolijk",)),
        fields.UNKNOWN_ELEMENT,
        ("notes", 1, "elements"),
    ),
    Rule(
        "score out of range",
        lambda r, k: r.assessments.save(_assessment(k, scores={"actief": 6})),
        lambda c: _first(c, "assessments", scores={"actief": 6}),
        fields.BAD_SCORE,
        ("assessments", 1, "scores.actief"),
    ),
    Rule(
        "due before start",
        lambda r, k: r.actions.create(k, "Lezen", [], None, date(2026, 5, 2), date(2026, 5, 1)),
        lambda c: _first(c, "actions", due_on=c.actions[0].start_on - timedelta(days=1)),
        records.DUE_BEFORE_START,
        ("actions", 1, "due_on"),
    ),
    Rule(
        "empty child id",
        None,
        lambda c: _child(c, id=""),
        fields.BAD_ID,
        ("child", None, "id"),
    ),
]


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_a_form_and_an_import_are_refused_with_the_same_sentence(
    engine: sqlalchemy.Engine, repos: Repositories, kid: str, rule: Rule
) -> None:
    before = state(engine)
    if rule.form is not None:
        with pytest.raises(InputRejected) as refused:
            rule.form(repos, kid)
        assert refused.value.message.msgid == rule.msgid
        assert state(engine) == before
    good = case_file()
    assert case_file_problems(good) == []
    with pytest.raises(FileRejected) as rejected:
        repos.bulk_import([rule.file(good)])
    assert rejected.value.exit_code == 5
    found = [(p.record, p.number, p.field, p.reason.msgid) for p in rejected.value.problems]
    assert (*rule.where, rule.msgid) in found
    assert state(engine) == before  # nothing written, not even an audit event


def test_an_import_names_every_problem_and_the_first_in_its_sentence(
    repos: Repositories,
) -> None:
    good = case_file()
    bad = _first_note(
        _child(good, date_of_birth=LATER, given_name=""), text="", elements=("vrolijk",)
    )
    with pytest.raises(FileRejected) as rejected:
        repos.bulk_import([bad])
    found = [(p.record, p.field, p.reason.msgid) for p in rejected.value.problems]
    assert found == [
        ("child", "given_name", records.NO_CHILD_NAME),
        ("child", "date_of_birth", records.BORN_IN_THE_FUTURE),
        ("notes", "text", records.NO_NOTE_TEXT),
        ("notes", "elements", fields.UNKNOWN_ELEMENT),
    ]
    error = rejected.value
    assert error.message.msgid == NOT_READ_MANY
    assert error.message.values["count"] == 4
    assert error.message.values["problem"] == error.problems[0].message
    for lang in ("nl", "en"):  # the problem is shown inside the sentence, in one language
        text = error.message.text(lang)
        assert error.problems[0].message.text(lang) in text
    assert "kind" in error.message_nl and "child" in error.message_en
    with pytest.raises(FileRejected) as one:
        repos.bulk_import([_child(good, date_of_birth=LATER)])
    assert one.value.message.msgid == NOT_READ_ONE


def test_several_case_files_all_or_nothing_and_named_by_position(
    engine: sqlalchemy.Engine, repos: Repositories
) -> None:
    cases = list(generate_case_files(3, 8, TODAY))
    before = state(engine)
    with pytest.raises(FileRejected) as rejected:
        repos.bulk_import([*cases[:2], _child(cases[2], opened_on="gisteren")])
    [problem] = rejected.value.problems
    assert (problem.case, problem.record, problem.field) == (3, "child", "opened_on")
    assert problem.reason.msgid == fields.NOT_A_DATE
    assert "dossier 3" in problem.message.text("nl")
    assert state(engine) == before
    assert repos.bulk_import(cases) == 3


def test_ids_the_vault_has_already_refuse_the_file_and_are_named(
    engine: sqlalchemy.Engine, repos: Repositories
) -> None:
    case = case_file()
    repos.bulk_import([case])
    before = state(engine)
    new_id = "0c5d2f36-3f0f-4c3e-9d55-0f5b8e0d1a11"  # the same records, another child
    other_child = replace(
        _child(case, id=new_id),
        **{
            kind: tuple(replace(r, child_id=new_id) for r in getattr(case, kind))
            for kind in ("assessments", "actions", "meetings", "notes", "consents")
        },
    )
    for again in (case, other_child):
        with pytest.raises(FileRejected) as rejected:
            repos.bulk_import([again])
        taken = {(p.record, p.number) for p in rejected.value.problems}
        assert all(p.reason.msgid == ALREADY_STORED for p in rejected.value.problems)
        assert ("assessments", len(case.assessments)) in taken
        assert ("notes", 1) in taken
        child_taken = ("child", None) in taken
        assert child_taken == (again is case)
        assert state(engine) == before


def test_a_change_is_checked_as_the_whole_record_it_makes(repos: Repositories, kid: str) -> None:
    repos.children.close(kid, date(2026, 6, 1))
    with pytest.raises(InputRejected) as refused:
        repos.children.update(kid, opened_on=date(2026, 7, 1))
    assert refused.value.message.msgid == records.CLOSED_BEFORE_OPENED
    meeting = repos.meetings.create(
        kid, date(2026, 5, 1), MeetingKind.MDO, ["Juf", " ", ""], next_on=date(2026, 6, 1)
    ).value
    assert meeting.attendees == ("Juf",)  # a form's empty lines are no attendees
    with pytest.raises(InputRejected) as refused:
        repos.meetings.update(meeting.id, held_on=date(2026, 7, 1))
    assert refused.value.message.msgid == records.NEXT_BEFORE_MEETING
    with pytest.raises(InputRejected) as refused:
        repos.meetings.update(meeting.id, attendees=["Juf", "\x00"])
    assert refused.value.message.msgid == fields.BAD_CHARACTER
    action = repos.actions.create(kid, "Lezen", [], None, date(2026, 5, 1), None).value
    with pytest.raises(InputRejected) as refused:
        repos.actions.update(action.id, due_on=date(2026, 4, 1))
    assert refused.value.message.msgid == records.DUE_BEFORE_START
    person = repos.people.create("Juf Anna", Role.LEERKRACHT).value
    with pytest.raises(InputRejected) as refused:
        repos.people.update(person.id, email="a\x00@b")
    assert refused.value.message.msgid == fields.BAD_CHARACTER
    with pytest.raises(InputRejected) as refused:
        repos.people.involve(kid, person.id, Role.LEERKRACHT, remark="\ud800")
    assert refused.value.message.msgid == fields.BAD_CHARACTER


def test_what_only_a_whole_file_can_get_wrong() -> None:
    good = case_file()
    inv = good.involvements[0]
    renamed = replace(inv.person, name=inv.person.name + " (anders)")
    broken = {
        "record of another child": (
            _first(good, "notes", child_id=good.actions[0].id),
            ("notes", 1, "child_id", whole.OTHER_CHILD),
        ),
        "id twice": (
            replace(good, notes=(good.notes[0], good.notes[0])),
            ("notes", 2, "id", whole.DUPLICATE_ID),
        ),
        "one id, two people": (
            replace(good, involvements=(*good.involvements, replace(inv, person=renamed))),
            ("involvements", len(good.involvements) + 1, "person.id", whole.SAME_ID_OTHER_PERSON),
        ),
        "afspraak of an overleg not in the file": (
            _first(good, "actions", meeting_id=good.notes[0].id),
            ("actions", 1, "meeting_id", whole.UNKNOWN_MEETING),
        ),
        "naive moment": (
            _first(
                good,
                "assessments",
                recorded_at=good.assessments[0].recorded_at.replace(tzinfo=None),
            ),
            ("assessments", 1, "recorded_at", fields.NO_TIME_ZONE),
        ),
        "a current version marked corrected": (
            _first(good, "assessments", superseded_at=good.assessments[0].recorded_at),
            ("assessments", 1, "superseded_at", whole.CURRENT_IS_SUPERSEDED),
        ),
        "a version the database cannot hold": (
            _first(good, "assessments", version=10**30),
            ("assessments", 1, "version", whole.BAD_VERSION),
        ),
        "closed without a date": (
            _child(good, status=ChildStatus.AFGESLOTEN, closed_on=None),
            ("child", None, "closed_on", records.CLOSED_WITHOUT_DATE),
        ),
        "a list that is no list": (
            replace(good, notes=None),
            ("file", None, "notes", fields.NOT_A_LIST),
        ),
    }
    for name, (bad, where) in broken.items():
        found = [(p.record, p.number, p.field, p.reason.msgid) for p in case_file_problems(bad)]
        assert where in found, name
    assert case_file_problems("no case file")[0].reason.msgid == whole.NOT_A_CASE_FILE


def test_corrected_versions_travel_with_the_file(
    repos: Repositories, kid: str, vault_factory: Any
) -> None:
    first = repos.assessments.save(_assessment(kid)).value
    repos.assessments.save(_assessment(kid, corrects_id=first.id, correction_reason="typo"))
    case = repos.children.case_file(kid, include_superseded=True)
    assert len(case.superseded) == 1
    other = vault_factory("ander")
    assert other.repos.bulk_import([case]) == 1
    assert other.repos.children.case_file(kid, include_superseded=True) == case


@pytest.mark.parametrize("day", [TODAY, date(2028, 2, 29), date(2033, 12, 31)])
def test_demo_files_obey_the_rules(today_is: Callable[[date], date], day: date) -> None:
    """The demo generator feeds bulk_import too: on any day, its files pass the rules."""
    today_is(day)
    for case in generate_case_files(150, day.toordinal(), day):
        assert case_file_problems(case) == [], case.child.id
