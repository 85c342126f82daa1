"""Assessments: 'weet niet' stays NULL/None, bad input is refused, corrections keep history."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
import sqlalchemy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kansencirkel.core import clock
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import AuditKind, Perspective, Role
from kansencirkel.core.model import AssessmentInput
from kansencirkel.vault.errors import InputRejected, NotFound
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.validation import fields, records
from tests.support.vaults import TEST_MEMBER


@pytest.fixture
def child_id(repos: Repositories) -> str:
    return repos.children.create("Kim", "Jansen").value.id


def _input(child_id: str, **changes: object) -> AssessmentInput:
    base = AssessmentInput(
        child_id,
        Perspective.OUDERS,
        date(2026, 3, 1),
        "Mama Jansen",
        Role.OUDER,
        {"actief": 4, "veilig": None, "gezond": 1},
        {"gezond": "Slaapt slecht"},
        goes_well="Speelt graag buiten",
        wishes="Meer vriendjes",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_unknown_scores_are_null_in_the_database_and_none_when_read(
    engine: sqlalchemy.Engine, repos: Repositories, child_id: str
) -> None:
    saved = repos.assessments.save(_input(child_id)).value
    with engine.connect() as conn:
        rows: dict[str, int | None] = dict(
            conn.execute(
                sqlalchemy.text(
                    "SELECT element_key, score FROM element_scores WHERE assessment_id = :a"
                ),
                {"a": saved.id},
            ).all()
        )
    assert set(rows) == set(ELEMENT_KEYS)  # always exactly eight rows
    assert rows["veilig"] is None and rows["ontplooiing"] is None and rows["gezond"] == 1
    assert 0 not in rows.values()
    [read] = repos.assessments.for_child(child_id)
    assert read == saved
    assert read.scores["veilig"] is None and read.scores["actief"] == 4
    assert read.notes["gezond"] == "Slaapt slecht" and read.notes["actief"] == ""
    assert read.known_count() == 2
    assert (read.recorded_by, read.version, read.is_current) == (TEST_MEMBER, 1, True)
    assert read.recorded_at.tzinfo is not None


BAD = [
    ({"scores": {"actief": 0}}, fields.BAD_SCORE),
    ({"scores": {"actief": 6}}, fields.BAD_SCORE),
    ({"scores": {"actief": -1}}, fields.BAD_SCORE),
    ({"scores": {"actief": 2.5}}, fields.BAD_SCORE),
    ({"scores": {"actief": True}}, fields.BAD_SCORE),
    ({"scores": {"vrolijk": 3}}, fields.UNKNOWN_ELEMENT),
    ({"notes": {"vrolijk": "x"}}, fields.UNKNOWN_ELEMENT),
    ({"goes_well": ""}, records.NO_GOES_WELL),
    ({"goes_well": "  \n "}, records.NO_GOES_WELL),
    ({"perspective": "buren"}, records.UNKNOWN_PERSPECTIVE),
    ({"given_by": ""}, records.NO_GIVER),
    ({"assessed_on": clock.today() + timedelta(days=2)}, records.ASSESSED_IN_THE_FUTURE),
]


@pytest.mark.parametrize(("changes", "msgid"), BAD)
def test_bad_input_is_rejected(
    repos: Repositories, child_id: str, changes: dict[str, object], msgid: str
) -> None:
    with pytest.raises(InputRejected) as info:
        repos.assessments.save(_input(child_id, **changes))
    assert info.value.message.msgid == msgid
    assert info.value.exit_code == 5 and info.value.message_en != info.value.message_nl
    assert repos.assessments.for_child(child_id, include_superseded=True) == []


def test_unknown_child_is_not_found(repos: Repositories) -> None:
    with pytest.raises(NotFound):
        repos.assessments.save(_input("no-such-child"))


def test_correction_is_a_new_version_and_keeps_history(repos: Repositories, child_id: str) -> None:
    first = repos.assessments.save(_input(child_id)).value
    second = repos.assessments.save(
        _input(child_id, scores={"actief": 5}, corrects_id=first.id, correction_reason="Typfout")
    ).value
    assert (second.version, second.lineage_id, second.correction_reason) == (
        2,
        first.lineage_id,
        "Typfout",
    )
    assert [a.id for a in repos.assessments.for_child(child_id)] == [second.id]
    history = repos.assessments.for_child(child_id, include_superseded=True)
    assert {a.id for a in history} == {first.id, second.id}
    old, new = repos.assessments.versions(first.lineage_id)
    assert old.id == first.id and old.superseded_at is not None and not old.is_current
    assert old.scores == first.scores  # the old version keeps its data
    assert new.is_current and new.scores["actief"] == 5

    with pytest.raises(InputRejected, match="corrected"):
        repos.assessments.save(_input(child_id, corrects_id=first.id))
    other = repos.children.create("Anna", "Bakker").value.id
    with pytest.raises(InputRejected):
        repos.assessments.save(_input(other, corrects_id=second.id))
    kinds = [
        e.kind
        for e in repos.audit.entries(child_id=child_id)
        if e.record_type == "assessment" and e.kind is not AuditKind.VIEW
    ]
    assert kinds == [AuditKind.CREATE, AuditKind.CHANGE]


def test_for_child_is_oldest_first(repos: Repositories, child_id: str) -> None:
    for day in (20, 5, 12):
        repos.assessments.save(_input(child_id, assessed_on=date(2026, 1, day)))
    dates = [a.assessed_on.day for a in repos.assessments.for_child(child_id)]
    assert dates == [5, 12, 20]


score_maps = st.fixed_dictionaries(
    {}, optional={k: st.one_of(st.none(), st.integers(1, 5)) for k in ELEMENT_KEYS}
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(scores=score_maps, perspective=st.sampled_from(list(Perspective)))
def test_any_score_mapping_round_trips(
    repos: Repositories, child_id: str, scores: dict[str, int | None], perspective: Perspective
) -> None:
    saved = repos.assessments.save(_input(child_id, scores=scores, perspective=perspective)).value
    [read] = [a for a in repos.assessments.for_child(child_id) if a.id == saved.id]
    assert read.perspective is perspective
    assert dict(read.scores) == {k: scores.get(k) for k in ELEMENT_KEYS}


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    value=st.one_of(
        st.integers().filter(lambda v: not 1 <= v <= 5),
        st.floats(),
        st.text(max_size=3),
        st.booleans(),
    )
)
def test_anything_outside_one_to_five_is_refused(
    repos: Repositories, child_id: str, value: object
) -> None:
    with pytest.raises(InputRejected):
        repos.assessments.save(_input(child_id, scores={"veilig": value}))


def _latest_table_matches_assessments(engine: sqlalchemy.Engine) -> None:
    with engine.connect() as conn:
        kept = set(
            conn.exec_driver_sql(
                "SELECT child_id, perspective, assessed_on FROM perspective_latest"
            ).all()
        )
        real = set(
            conn.exec_driver_sql(
                "SELECT child_id, perspective, max(assessed_on) FROM assessments"
                " WHERE superseded_at IS NULL GROUP BY child_id, perspective"
            ).all()
        )
    assert kept == real


def test_latest_reading_per_perspective_follows_every_change(
    engine: sqlalchemy.Engine, repos: Repositories, child_id: str
) -> None:
    """The children list reads a trigger-kept table; it must equal the real aggregate."""
    a = repos.assessments.save(_input(child_id, assessed_on=date(2026, 3, 1))).value
    repos.assessments.save(_input(child_id, assessed_on=date(2026, 2, 1)))
    _latest_table_matches_assessments(engine)
    # a correction that moves the newest reading back in time
    repos.assessments.save(_input(child_id, assessed_on=date(2026, 1, 1), corrects_id=a.id))
    _latest_table_matches_assessments(engine)
    repos.assessments.save(_input(child_id, perspective=Perspective.KIND))
    other = repos.children.create("Anna", "Bakker").value.id
    repos.assessments.save(_input(other))
    repos.children.erase(child_id)
    _latest_table_matches_assessments(engine)
    [summary] = repos.children.summaries(date(2026, 6, 1))
    assert summary.last_assessment == date(2026, 3, 1)
