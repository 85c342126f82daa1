"""Mended records in the case-file JSON (issue 10).

Decided: ``export`` carries the child's file as it stands now. Withdrawn assessments (entered
for the wrong child: their data belongs elsewhere), removed notes and earlier note versions stay
in the vault with the audit log; they are not exported. What an exported file does carry — an
overleg's status, a note's version number — comes back on import. A file that does hold
history (``withdrawn``, ``note_versions``, as a full case file can) is checked by the same
rules and stored as it is.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kansencirkel.core import clock
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import MeetingKind, MeetingStatus, Perspective, Role, Visibility
from kansencirkel.core.model import AssessmentInput
from kansencirkel.exchange.casefile_json import case_file_from_json, case_file_to_json
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.validation import FileRejected, records
from tests.support.vaults import TEST_ACTOR, bare_database

DAY = date(2026, 11, 25)


def _repos(path: Path) -> Repositories:
    engine, _key = bare_database(path)
    return Repositories(engine, TEST_ACTOR)


def _mended(repos: Repositories) -> str:
    kid = repos.children.create("Kim", "Jansen", opened_on=date(2026, 1, 5)).value.id
    reading = AssessmentInput(
        kid, Perspective.KIND, DAY, "Kim", Role.KIND, dict.fromkeys(ELEMENT_KEYS, 3), {}, "Ok"
    )
    repos.assessments.save(reading)
    wrong = repos.assessments.save(dataclasses.replace(reading, goes_well="Fout")).value
    repos.assessments.withdraw(wrong.id, reason="Verkeerd kind")
    note = repos.notes.create(kid, DAY, "Eerst", [], Visibility.DEELBAAR).value
    repos.notes.edit(note.id, reason="Aangevuld", text="Daarna")
    gone = repos.notes.create(kid, DAY, "Weg", [], Visibility.INTERN).value
    repos.notes.remove(gone.id, reason="Ander kind")
    repos.meetings.plan(kid, DAY + timedelta(days=7), MeetingKind.KERNTEAM)
    return kid


def test_export_leaves_out_withdrawn_and_removed_and_import_keeps_the_rest(
    tmp_path: Path, today_is: Callable[[date], date]
) -> None:
    today_is(DAY)
    source = _repos(tmp_path / "a.kcv")
    kid = _mended(source)
    exported = json.loads(
        json.dumps(case_file_to_json(source.children.case_file(kid), clock.now()))
    )
    body = exported["case_file"]
    assert [a["goes_well"] for a in body["assessments"]] == ["Ok"]
    assert body["withdrawn"] == [] and body["note_versions"] == []
    assert [(n["text"], n["version"]) for n in body["notes"]] == [("Daarna", 2)]
    assert [m["status"] for m in body["meetings"]] == ["gepland"]

    target = _repos(tmp_path / "b.kcv")
    assert target.bulk_import([case_file_from_json(exported)]) == 1
    back = target.children.case_file(kid, include_superseded=True)
    assert [n.version for n in back.notes] == [2]
    assert [m.status for m in back.meetings] == [MeetingStatus.GEPLAND]
    assert back.next_meeting(DAY) == DAY + timedelta(days=7)
    assert back.withdrawn == () and len(back.assessments) == 1


def test_a_file_with_history_round_trips_and_is_checked(
    tmp_path: Path, today_is: Callable[[date], date]
) -> None:
    today_is(DAY)
    source = _repos(tmp_path / "a.kcv")
    kid = _mended(source)
    full = source.children.case_file(kid, include_superseded=True)
    assert len(full.withdrawn) == 1 and len(full.note_versions) == 1
    data = json.loads(json.dumps(case_file_to_json(full, clock.now())))
    target = _repos(tmp_path / "b.kcv")
    target.bulk_import([case_file_from_json(data)])
    back = target.children.case_file(kid, include_superseded=True)
    assert back.withdrawn == full.withdrawn and back.note_versions == full.note_versions
    assert back.assessments == full.assessments
    assert target.children.summaries(DAY)[0].last_assessment == DAY

    bad_version = dataclasses.replace(full.note_versions[0], version=2, reason=" ")
    broken = dataclasses.replace(
        full,
        withdrawn=(dataclasses.replace(full.withdrawn[0], withdraw_reason=""),),
        note_versions=(bad_version,),
    )
    with pytest.raises(FileRejected) as rejected:
        _repos(tmp_path / "c.kcv").bulk_import([broken])
    found = {(p.record, p.field, p.reason.msgid) for p in rejected.value.problems}
    assert ("withdrawn", "withdraw_reason", records.NO_REASON) in found
    assert ("note_versions", "reason", records.NO_REASON) in found
    assert any(
        p.record == "note_versions" and p.field == "version" for p in rejected.value.problems
    )


def test_a_current_assessment_cannot_arrive_withdrawn(tmp_path: Path) -> None:
    repos = _repos(tmp_path / "a.kcv")
    kid = repos.children.create("Kim", "Jansen").value.id
    a = repos.assessments.save(
        AssessmentInput(
            kid, Perspective.KIND, DAY, "Kim", Role.KIND, dict.fromkeys(ELEMENT_KEYS, 3), {}, "Ok"
        )
    ).value
    case = repos.children.case_file(kid)
    moment = datetime(2026, 11, 25, 10, tzinfo=UTC)
    bad = dataclasses.replace(
        case, assessments=(dataclasses.replace(a, withdrawn_at=moment, withdraw_reason="x"),)
    )
    repos.children.erase(kid)
    with pytest.raises(FileRejected) as rejected:
        repos.bulk_import([bad])
    assert [p.field for p in rejected.value.problems] == ["withdrawn_at"]


def test_an_older_export_keeps_its_future_overleg_as_planned(
    tmp_path: Path, today_is: Callable[[date], date]
) -> None:
    today_is(DAY)
    repos = _repos(tmp_path / "a.kcv")
    kid = repos.children.create("Kim", "Jansen").value.id
    repos.meetings.create(kid, DAY - timedelta(days=9), MeetingKind.KERNTEAM, ["Juf"])
    repos.meetings.plan(kid, DAY + timedelta(days=9), MeetingKind.MDO)
    data = json.loads(json.dumps(case_file_to_json(repos.children.case_file(kid), clock.now())))
    for m in data["case_file"]["meetings"]:
        del m["status"]  # as written before overleggen had one
    case = case_file_from_json(data)
    assert [m.status for m in case.meetings] == [MeetingStatus.GEHOUDEN, MeetingStatus.GEPLAND]
    assert case.next_meeting(DAY) == DAY + timedelta(days=9)
