"""A spreadsheet's plan goes into the vault whole or not at all, audited per child."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from kansencirkel.core.enums import AuditKind, Perspective, Role
from kansencirkel.core.import_plan import ImportCounts, ImportPlan, PlannedAssessment, PlannedChild
from kansencirkel.vault.errors import InputRejected
from kansencirkel.vault.repos import Repositories, spreadsheet
from kansencirkel.vault.validation import FileRejected
from kansencirkel.vault.validation import records as rules

TODAY = date(2026, 11, 20)
SCORES = {"actief": 3, "veilig": None, "gezond": 5}


@pytest.fixture(autouse=True)
def fixed_today(today_is: Callable[[date], date]) -> None:
    today_is(TODAY)


def reading(row: int, child: int, **kw: Any) -> PlannedAssessment:
    values: dict[str, Any] = {
        "perspective": Perspective.SCHOOL,
        "assessed_on": date(2026, 10, 14),
        "given_by": "Juf Anna",
        "given_by_role": Role.LEERKRACHT,
        "scores": SCORES,
        "goes_well": "Helpt anderen",
        "wishes": "",
        **kw,
    }
    return PlannedAssessment(row, child, **values)


def state(repos: Repositories) -> tuple[Any, ...]:
    names = sorted(s.child.full_name for s in repos.children.summaries(TODAY))
    return (names, len(repos.audit.entries()))


def test_new_and_matched_children_with_their_metingen(repos: Repositories) -> None:
    kim = repos.children.create("Kim", "Jansen", date_of_birth=date(2016, 3, 1)).value
    plan = ImportPlan(
        children=(
            PlannedChild(2, "Noor", "de Vries", date(2016, 10, 14), "De Regenboog", "6b"),
            PlannedChild(4, "Kim", "Jansen", date(2016, 3, 1), "", "", kim.id),
        ),
        assessments=(reading(2, 0), reading(3, 0, perspective=Perspective.OUDERS), reading(4, 1)),
    )
    written = repos.import_plan(plan)
    counts = written.value
    assert (counts.new_children, counts.matched_children, counts.assessments) == (1, 1, 3)
    assert kim.id in written.changes.children and written.changes.child_list
    [noor] = [s.child for s in repos.children.summaries(TODAY) if s.child.given_name == "Noor"]
    assert (noor.school, noor.group, noor.date_of_birth) == (
        "De Regenboog",
        "6b",
        date(2016, 10, 14),
    )
    readings = repos.assessments.for_child(noor.id)
    assert sorted(a.perspective for a in readings) == [Perspective.OUDERS, Perspective.SCHOOL]
    assert readings[0].scores["gezond"] == 5 and readings[0].scores["veilig"] is None
    assert readings[0].scores["ontplooiing"] is None
    [kims] = repos.assessments.for_child(kim.id)
    assert kims.recorded_by == repos.actor.name
    events = [(e.kind, e.record_type, e.child_id, e.detail) for e in repos.audit.entries()]
    assert (AuditKind.CREATE, "child", noor.id, "csv:2") in events
    assert (AuditKind.CREATE, "assessment", kim.id, "csv:1") in events
    assert repos.audit.verify_chain().ok


def test_a_plan_breaking_a_rule_writes_nothing(repos: Repositories) -> None:
    before = state(repos)
    plan = ImportPlan(
        children=(PlannedChild(2, "Noor", "", None, "", ""),),
        assessments=(reading(2, 0, goes_well=" "), reading(3, 0, scores={"actief": 0})),
    )
    with pytest.raises(FileRejected) as info:
        repos.import_plan(plan)
    assert [(p.record, p.number, p.reason.msgid) for p in info.value.problems][:1] == [
        ("csv_row", 2, rules.NO_GOES_WELL)
    ]
    assert len(info.value.problems) == 2
    assert state(repos) == before


def test_a_matched_child_erased_in_between_refuses_the_plan(repos: Repositories) -> None:
    kim = repos.children.create("Kim", "Jansen").value
    repos.children.erase(kim.id)
    before = state(repos)
    plan = ImportPlan(
        children=(
            PlannedChild(2, "Noor", "de Vries", None, "", ""),
            PlannedChild(3, "Kim", "Jansen", None, "", "", kim.id),
        ),
        assessments=(reading(3, 1),),
    )
    with pytest.raises(FileRejected) as info:
        repos.import_plan(plan)
    assert [(p.number, p.reason.msgid) for p in info.value.problems] == [
        (3, spreadsheet.CHILD_GONE)
    ]
    assert state(repos) == before


def test_a_failure_midway_writes_nothing(
    repos: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    """1200 children: three batches; the third fails after two were inserted."""
    repos.children.create("Kim", "Jansen")
    before = state(repos)
    children = tuple(PlannedChild(i + 2, f"Kind{i}", "Test", None, "", "") for i in range(1200))
    plan = ImportPlan(children, tuple(reading(i + 2, i) for i in range(1200)))
    real = spreadsheet.bulk.insert_rows
    calls: list[int] = []

    def failing(conn: Any, rows: Any) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise OSError("the disk went away")
        real(conn, rows)

    monkeypatch.setattr(spreadsheet.bulk, "insert_rows", failing)
    with pytest.raises((OSError, InputRejected)):
        repos.import_plan(plan)
    assert len(calls) == 3
    assert state(repos) == before
    monkeypatch.setattr(spreadsheet.bulk, "insert_rows", real)
    assert repos.import_plan(plan).value.new_children == 1200
    assert len(state(repos)[0]) == 1201


def test_metingen_already_stored_are_left_out_or_refuse(repos: Repositories) -> None:
    """A spreadsheet read in again, with a row added: the stored meting is not doubled; one
    stored with other scores refuses the plan, naming its row."""
    kim = repos.children.create("Kim", "Jansen").value
    child = (PlannedChild(2, "Kim", "Jansen", None, "", "", kim.id),)
    repos.import_plan(ImportPlan(child, (reading(2, 0),)))
    same_again = reading(2, 0, given_by="juf  anna")  # names compared without case
    added = reading(3, 0, assessed_on=date(2026, 11, 2))
    counts = repos.import_plan(ImportPlan(child, (same_again, added))).value
    assert (counts.assessments, counts.already_stored) == (1, 1)
    assert len(repos.assessments.for_child(kim.id)) == 2
    before = state(repos)
    with pytest.raises(FileRejected) as info:
        repos.import_plan(ImportPlan(child, (reading(5, 0, scores={"actief": 1}),)))
    assert [(p.number, p.reason.msgid) for p in info.value.problems] == [
        (5, spreadsheet.STORED_OTHERWISE)
    ]
    assert state(repos) == before


def test_the_preview_counts_what_the_import_would_add_and_writes_nothing(
    repos: Repositories,
) -> None:
    """The preview says how many metingen the vault holds already, before anything is
    written, and refuses what the import would refuse."""
    kim = repos.children.create("Kim", "Jansen").value
    child = (PlannedChild(2, "Kim", "Jansen", None, "", "", kim.id),)
    repos.import_plan(ImportPlan(child, (reading(2, 0),)))
    before = state(repos)
    new = (PlannedChild(4, "Sem", "Bakker", None, "", ""),)
    plan = ImportPlan(
        child + new,
        (reading(2, 0), reading(3, 0, assessed_on=date(2026, 11, 2)), reading(4, 1)),
    )
    counts = repos.preview_plan(plan)
    assert counts == ImportCounts(
        new_children=1, matched_children=1, assessments=2, already_stored=1
    )
    assert state(repos) == before
    assert repos.import_plan(plan).value == counts
    with pytest.raises(FileRejected) as info:
        repos.preview_plan(ImportPlan(child, (reading(5, 0, scores={"actief": 1}),)))
    assert [p.number for p in info.value.problems] == [5]
