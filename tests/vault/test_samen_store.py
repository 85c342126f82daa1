"""Samen invullen stores a normal assessment: "hier wil ik over praten" per element, who filled
it in (child or parent, beside the team member who is the vault's actor) in the audit detail."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy

from kansencirkel.core.enums import AuditKind, Perspective, Role
from kansencirkel.core.model import AssessmentInput
from kansencirkel.vault.errors import InputRejected
from kansencirkel.vault.repos import Repositories
from tests.support.vaults import TEST_ACTOR, TEST_MEMBER, bare_database


def _samen(child_id: str, talk: frozenset[str]) -> AssessmentInput:
    return AssessmentInput(
        child_id,
        Perspective.KIND,
        date(2026, 3, 1),
        "Kim",
        Role.KIND,
        {"actief": 5, "veilig": 2},
        goes_well="x" * 10_000,
        talk=talk,
        samen=True,
    )


def test_talk_flags_are_kept_and_the_audit_says_samen(
    engine: sqlalchemy.Engine, repos: Repositories
) -> None:
    child_id = repos.children.create("Kim", "Jansen").value.id
    saved = repos.assessments.save(_samen(child_id, frozenset({"veilig", "gezond"}))).value
    [read] = repos.assessments.for_child(child_id)
    assert read == saved
    assert read.talk == {"veilig", "gezond"}
    assert read.goes_well == "x" * 10_000  # kept whole
    assert read.given_by == "Kim" and read.given_by_role is Role.KIND
    assert read.recorded_by == TEST_MEMBER  # the team member beside
    [entry] = [
        e
        for e in repos.audit.entries(child_id)
        if e.record_type == "assessment" and e.kind is AuditKind.CREATE
    ]
    assert entry.kind is AuditKind.CREATE and entry.detail == "samen:kind"
    with engine.connect() as conn:
        flagged = conn.exec_driver_sql(
            "SELECT element_key FROM element_scores WHERE talk = 1 ORDER BY element_key"
        ).scalars()
        assert list(flagged) == ["gezond", "veilig"]


def test_an_ordinary_assessment_has_no_talk_and_no_samen_detail(repos: Repositories) -> None:
    child_id = repos.children.create("Kim", "Jansen").value.id
    data = AssessmentInput(
        child_id,
        Perspective.SCHOOL,
        date(2026, 3, 1),
        "Juf Ada",
        Role.LEERKRACHT,
        {"actief": 3},
        goes_well="Tekenen",
    )
    assert repos.assessments.save(data).value.talk == frozenset()
    [entry] = [
        e
        for e in repos.audit.entries(child_id)
        if e.record_type == "assessment" and e.kind is AuditKind.CREATE
    ]
    assert entry.detail == ""


def test_talk_on_an_unknown_element_is_refused(repos: Repositories) -> None:
    child_id = repos.children.create("Kim", "Jansen").value.id
    with pytest.raises(InputRejected):
        repos.assessments.save(_samen(child_id, frozenset({"geluk"})))


def test_talk_survives_export_and_import(repos: Repositories, tmp_path: Path) -> None:
    import json
    from dataclasses import replace

    from kansencirkel.core import clock
    from kansencirkel.exchange.casefile_json import case_file_from_json, case_file_to_json
    from kansencirkel.vault.validation import FileRejected

    child_id = repos.children.create("Kim", "Jansen").value.id
    repos.assessments.save(_samen(child_id, frozenset({"veilig"})))
    case = repos.children.case_file(child_id)
    text = json.dumps(case_file_to_json(case, clock.now()), ensure_ascii=False)
    assert '"talk": ["veilig"]' in text
    back = case_file_from_json(json.loads(text))
    assert back == case
    engine, _key = bare_database(tmp_path / "other.kcv")
    other = Repositories(engine, TEST_ACTOR)
    bad = replace(back, assessments=(replace(back.assessments[0], talk=frozenset({"geluk"})),))
    with pytest.raises(FileRejected):
        other.bulk_import([bad])
    assert other.bulk_import([back]) == 1
    assert other.assessments.for_child(child_id)[0].talk == {"veilig"}
    engine.dispose()
