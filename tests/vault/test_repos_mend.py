"""Records a user must be able to mend (issue 10), on a real SQLCipher database: note edits as
versions, visibility taken back, soft removal, assessment withdrawal, planned overleggen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import (
    AuditKind,
    MeetingKind,
    MeetingStatus,
    Perspective,
    Role,
    Visibility,
)
from kansencirkel.core.model import AssessmentInput
from kansencirkel.core.topics import case_topics
from kansencirkel.reports import render_kernteam, render_parents
from kansencirkel.vault.errors import InputRejected
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.validation import records
from tests.reports.pdfcheck import flat, text

DAY = date(2026, 11, 25)


@pytest.fixture
def today(today_is: Callable[[date], date]) -> date:
    return today_is(DAY)


@pytest.fixture
def kid(repos: Repositories, today: date) -> str:
    child = repos.children.create(
        "Kim", "Jansen", date_of_birth=date(2018, 3, 1), opened_on=date(2026, 1, 5)
    )
    return child.value.id


def _events(repos: Repositories, kid: str, record_type: str) -> list[tuple[AuditKind, str]]:
    return [
        (e.kind, e.detail)
        for e in repos.audit.entries(child_id=kid)
        if e.record_type == record_type and e.kind is not AuditKind.VIEW
    ]


def _reason_refused(call: Callable[[], object]) -> None:
    with pytest.raises(InputRejected) as caught:
        call()
    assert caught.value.message.msgid == records.NO_REASON


# --- notes ---------------------------------------------------------------------------------


def test_an_edit_is_a_new_version_keeping_the_old_with_who_when_why(
    repos: Repositories, kid: str, today: date
) -> None:
    note = repos.notes.create(kid, DAY, "Kim was stil", ["veilig"], Visibility.INTERN).value
    w = repos.notes.edit(
        note.id, reason="Typefout", text="Kim was stil in de kring", elements=["veilig", "actief"]
    )
    assert w.changes.children == {kid} and not w.changes.child_list
    assert (w.value.text, w.value.version, w.value.elements) == (
        "Kim was stil in de kring",
        2,
        ("actief", "veilig"),
    )
    assert repos.notes.for_child(kid) == [w.value]
    [old] = repos.notes.history(note.id)
    assert (old.version, old.text, old.elements, old.reason) == (
        1,
        "Kim was stil",
        ("veilig",),
        "Typefout",
    )
    assert old.replaced_by == repos.actor.name and old.replaced_at.date() == DAY
    assert _events(repos, kid, "note")[-1] == (
        AuditKind.CHANGE,
        "version:2;fields:elements,text",
    )
    case = repos.children.case_file(kid, include_superseded=True)
    assert case.note_versions == (old,)
    assert repos.children.case_file(kid).note_versions == ()


def test_every_mend_needs_a_reason_and_a_change(repos: Repositories, kid: str, today: date) -> None:
    note = repos.notes.create(kid, DAY, "Tekst", [], Visibility.INTERN).value
    reading = _assess(repos, kid, Perspective.KIND, DAY)
    for call in (
        lambda: repos.notes.edit(note.id, reason="  ", text="Nieuw"),
        lambda: repos.notes.reclassify(note.id, Visibility.DEELBAAR, reason=""),
        lambda: repos.notes.remove(note.id, reason="\n"),
        lambda: repos.assessments.withdraw(reading.id, reason=""),
    ):
        _reason_refused(call)
    with pytest.raises(InputRejected):
        repos.notes.edit(note.id, reason="Niets", text="Tekst")
    with pytest.raises(InputRejected):
        repos.notes.edit(note.id, reason="Leeg", text=" ")
    assert repos.notes.history(note.id) == []
    assert repos.notes.for_child(kid) == [note]


def test_a_note_wrongly_deelbaar_is_taken_back_before_the_parents_printout(
    repos: Repositories, kid: str, today: date
) -> None:
    shared = repos.notes.create(kid, DAY, "Thuis veel ruzie", [], Visibility.DEELBAAR).value
    repos.consents.create(
        kid, "ouders", "Mama Jansen", ["notes", "kind"], ["ouders"], date(2026, 1, 5)
    )
    before = render_parents(repos.children.case_file(kid), printed_by="Test", today=DAY)
    assert "Thuisveelruzie" in flat(text(before))

    back = repos.notes.reclassify(shared.id, Visibility.INTERN, reason="Per ongeluk deelbaar")
    assert back.value.visibility is Visibility.INTERN and back.value.version == 2
    assert _events(repos, kid, "note")[-1] == (AuditKind.CHANGE, "deelbaar→intern")
    [old] = repos.notes.history(shared.id)
    assert old.visibility is Visibility.DEELBAAR and old.reason == "Per ongeluk deelbaar"
    after = render_parents(repos.children.case_file(kid), printed_by="Test", today=DAY)
    assert "Thuisveelruzie" not in flat(text(after))
    assert repos.notes.for_child(kid, Visibility.DEELBAAR) == []


def test_a_removed_note_is_kept_but_gone_from_screens_and_reports(
    repos: Repositories, kid: str, today: date
) -> None:
    note = repos.notes.create(kid, DAY, "Verkeerd kind", [], Visibility.INTERN).value
    repos.notes.edit(note.id, reason="Aanvulling", text="Verkeerd kind, echt")
    changes = repos.notes.remove(note.id, reason="Hoort bij een ander kind")
    assert changes.children == {kid}
    assert repos.notes.for_child(kid) == []
    case = repos.children.case_file(kid, include_superseded=True)
    assert case.notes == () and case.note_versions == ()
    pdf = render_kernteam(case, printed_by="Test", today=DAY)
    assert "Verkeerdkind" not in flat(text(pdf))
    assert [v.version for v in repos.notes.history(note.id)] == [1]  # still in the vault
    assert _events(repos, kid, "note")[-1] == (AuditKind.DELETE, "removed")
    with pytest.raises(InputRejected):
        repos.notes.edit(note.id, reason="Toch", text="Terug")
    with pytest.raises(InputRejected):
        repos.notes.remove(note.id, reason="Nog eens")


def test_audit_details_of_mends_never_hold_content(
    repos: Repositories, kid: str, today: date
) -> None:
    note = repos.notes.create(kid, DAY, "Geheim woord", [], Visibility.INTERN).value
    repos.notes.edit(note.id, reason="Reden met naam Kim", text="Ander geheim")
    repos.notes.reclassify(note.id, Visibility.DEELBAAR, reason="Kim mag het weten")
    repos.notes.remove(note.id, reason="Weg met Kim")
    reading = _assess(repos, kid, Perspective.KIND, DAY)
    repos.assessments.withdraw(reading.id, reason="Kim is een ander kind")
    for e in repos.audit.entries(child_id=kid):
        assert "Kim" not in e.detail and "geheim" not in e.detail.lower()


# --- assessments -----------------------------------------------------------------------------


def _assess(repos: Repositories, kid: str, p: Perspective, day: date, score: int = 2):
    return repos.assessments.save(
        AssessmentInput(
            kid, p, day, "Juf Anna", Role.LEERKRACHT, dict.fromkeys(ELEMENT_KEYS, score), {}, "Ok"
        )
    ).value


def test_a_withdrawn_assessment_leaves_stars_topics_list_and_reports(
    repos: Repositories, kid: str, today: date
) -> None:
    kept = _assess(repos, kid, Perspective.KIND, DAY - timedelta(days=30), 4)
    wrong = _assess(repos, kid, Perspective.KIND, DAY - timedelta(days=2), 1)
    _assess(repos, kid, Perspective.OUDERS, DAY - timedelta(days=2), 4)
    assert repos.children.case_file(kid).latest_by_perspective()[Perspective.KIND] == wrong
    assert case_topics(repos.children.case_file(kid))  # kind 1 against ouders 4
    [summary] = repos.children.summaries(DAY)
    assert summary.last_assessment == DAY - timedelta(days=2)

    w = repos.assessments.withdraw(wrong.id, reason="Ingevoerd bij het verkeerde kind")
    assert w.changes.children == {kid} and w.changes.child_list
    assert w.value.withdrawn_at is not None and w.value.withdrawn_by == repos.actor.name
    assert w.value.withdraw_reason == "Ingevoerd bij het verkeerde kind"
    case = repos.children.case_file(kid)
    assert wrong.id not in {a.id for a in case.assessments} and case.withdrawn == ()
    assert case.latest_by_perspective()[Perspective.KIND] == kept
    assert not case_topics(case)  # 4 and 4 agree
    assert repos.assessments.for_child(kid) == list(case.assessments)
    history = repos.children.case_file(kid, include_superseded=True)
    assert [a.id for a in history.withdrawn] == [wrong.id]
    assert history.withdrawn[0].withdraw_reason == "Ingevoerd bij het verkeerde kind"
    [summary] = repos.children.summaries(DAY)
    assert summary.last_assessment == DAY - timedelta(days=2)  # the parents' one
    assert _events(repos, kid, "assessment")[-1] == (AuditKind.CHANGE, "withdrawn")

    repos.assessments.withdraw(kept.id, reason="Ook fout")
    [summary] = repos.children.summaries(DAY)
    assert Perspective.KIND in summary.missing_perspectives
    with pytest.raises(InputRejected):
        repos.assessments.withdraw(kept.id, reason="Nog eens")
    with pytest.raises(InputRejected):  # a withdrawn reading is not corrected
        repos.assessments.save(
            AssessmentInput(
                kid,
                Perspective.KIND,
                DAY,
                "Juf Anna",
                Role.LEERKRACHT,
                {},
                goes_well="x",
                corrects_id=kept.id,
                correction_reason="y",
            )
        )


# --- overleggen ------------------------------------------------------------------------------


def test_a_planned_overleg_is_the_next_meeting_on_list_case_file_and_agenda(
    repos: Repositories, kid: str, today: date
) -> None:
    held = repos.meetings.create(
        kid,
        DAY - timedelta(days=30),
        MeetingKind.KERNTEAM,
        ["Juf Anna"],
        next_on=DAY + timedelta(days=40),
    ).value
    assert held.status is MeetingStatus.GEHOUDEN
    w = repos.meetings.plan(kid, DAY + timedelta(days=10), MeetingKind.OUDERGESPREK)
    planned = w.value
    assert planned.is_planned and planned.attendees == () and w.changes.child_list
    assert _events(repos, kid, "meeting")[-1] == (AuditKind.CREATE, "planned")
    [summary] = repos.children.summaries(DAY)
    assert summary.next_meeting == DAY + timedelta(days=10) and summary.meeting_due
    assert repos.children.case_file(kid).next_meeting(DAY) == DAY + timedelta(days=10)
    assert repos.meetings.agenda(DAY + timedelta(days=10)) == [kid]
    pdf = render_kernteam(repos.children.case_file(kid), printed_by="Test", today=DAY)
    assert "5december2026" in flat(text(pdf))


def test_a_planned_overleg_passed_unheld_is_due_and_marked_held_later(
    repos: Repositories, kid: str, today_is: Callable[[date], date], today: date
) -> None:
    planned = repos.meetings.plan(kid, DAY + timedelta(days=3), MeetingKind.KERNTEAM).value
    later = today_is(DAY + timedelta(days=5))
    [summary] = repos.children.summaries(later)
    assert summary.next_meeting is None and summary.meeting_due  # passed, not held
    with pytest.raises(InputRejected) as caught:
        repos.meetings.mark_held(planned.id, later + timedelta(days=1), ["Juf Anna"])
    assert caught.value.message.msgid == records.HELD_IN_THE_FUTURE
    w = repos.meetings.mark_held(
        planned.id,
        DAY + timedelta(days=3),
        ["Juf Anna", " ", "Mama Jansen"],
        "Goed gesprek",
        "Extra leestijd",
        later + timedelta(days=28),
    )
    held = w.value
    assert held.status is MeetingStatus.GEHOUDEN and held.id == planned.id
    assert (held.attendees, held.summary, held.decisions) == (
        ("Juf Anna", "Mama Jansen"),
        "Goed gesprek",
        "Extra leestijd",
    )
    assert repos.meetings.for_child(kid) == [held]
    [summary] = repos.children.summaries(later)
    assert summary.next_meeting == later + timedelta(days=28) and not summary.meeting_due
    assert _events(repos, kid, "meeting")[-1] == (AuditKind.CHANGE, "held")
    with pytest.raises(InputRejected):
        repos.meetings.mark_held(planned.id, later, ["Juf Anna"])


def test_planning_is_from_today_and_holding_is_until_today(
    repos: Repositories, kid: str, today: date
) -> None:
    with pytest.raises(InputRejected) as caught:
        repos.meetings.plan(kid, DAY - timedelta(days=1), MeetingKind.KERNTEAM)
    assert caught.value.message.msgid == records.PLANNED_IN_THE_PAST
    with pytest.raises(InputRejected) as caught:
        repos.meetings.create(kid, DAY + timedelta(days=1), MeetingKind.KERNTEAM, ["A"])
    assert caught.value.message.msgid == records.HELD_IN_THE_FUTURE
    assert repos.meetings.plan(kid, DAY, MeetingKind.KERNTEAM).value.held_on == DAY
