"""The demo generator: fictional, plausible, deterministic and cheap for 10,000 children."""

from __future__ import annotations

from collections import Counter
from datetime import date
from itertools import islice

from kansencirkel.core.elements import ELEMENT_KEYS, SCALE_VALUES
from kansencirkel.core.enums import ChildStatus, Perspective
from kansencirkel.demo import MAX_ASSESSMENTS, generate_case_files

TODAY = date(2026, 11, 25)


def test_same_seed_same_children_other_seed_other_children() -> None:
    a = list(generate_case_files(30, seed=7, today=TODAY))
    b = list(generate_case_files(30, seed=7, today=TODAY))
    c = list(generate_case_files(30, seed=8, today=TODAY))
    assert a == b
    assert [x.child.full_name for x in a] != [x.child.full_name for x in c]
    # Child i does not depend on how many are generated after it (streaming).
    assert list(generate_case_files(5, seed=7, today=TODAY)) == a[:5]


def test_names_from_many_backgrounds_and_scripts() -> None:
    names = " ".join(cf.child.full_name for cf in generate_case_files(500, seed=1, today=TODAY))
    for letter in ("Ş", "ş", "ı", "ł", "ë", "ễ", "ğ", "ç", "ó"):
        assert letter in names, letter
    ascii_only = sum(1 for ch in names if ord(ch) < 128)
    assert ascii_only < len(names)  # not only plain Latin letters


def test_children_are_plausible_pupils() -> None:
    files = list(generate_case_files(400, seed=3, today=TODAY))
    assert all(cf.is_demo for cf in files)
    ages = [a for cf in files if (a := cf.child.age(TODAY)) is not None]
    assert min(ages) >= 4 and max(ages) <= 13
    assert {cf.child.group for cf in files} == {str(g) for g in range(1, 9)}
    assert len({cf.child.school for cf in files}) >= 8
    statuses = Counter(cf.child.status for cf in files)
    assert statuses[ChildStatus.ACTIEF] > statuses[ChildStatus.AFGESLOTEN] > 0
    assert len({cf.child.id for cf in files}) == len(files)


def test_assessments_are_valid_and_realistic() -> None:
    scores: Counter[int | None] = Counter()
    for cf in generate_case_files(300, seed=4, today=TODAY):
        assert 1 <= len(cf.assessments) <= MAX_ASSESSMENTS
        by_day = Counter(a.assessed_on for a in cf.assessments)
        assert all(2 <= n <= 4 for n in by_day.values())
        for a in cf.assessments:
            assert a.child_id == cf.child.id and a.is_current
            assert set(a.scores) == set(ELEMENT_KEYS)
            assert set(a.notes) <= set(ELEMENT_KEYS)
            assert a.goes_well.strip()
            assert cf.child.opened_on <= a.assessed_on <= TODAY
            scores.update(a.scores.values())
        assert len({a.perspective for a in cf.assessments}) >= 2
    assert set(scores) - {None} <= set(SCALE_VALUES)
    known = sum(v for k, v in scores.items() if k is not None)
    assert (scores[3] + scores[4] + scores[5]) / known > 0.75  # mostly 3-5
    assert scores[2] > 0 and scores[None] > 0  # some 2s, some "weet niet"


def test_actions_meetings_notes_and_consents_vary() -> None:
    files = list(generate_case_files(300, seed=5, today=TODAY))
    actions = [a for cf in files for a in cf.actions]
    assert any(a.is_overdue(TODAY) for a in actions)
    assert any(not a.status.is_open for a in actions)
    assert all(a.owner is not None and a.elements for a in actions)
    assert all(cf.meetings for cf in files)
    assert any(cf.next_meeting(TODAY) == TODAY for cf in files)  # some on today's agenda
    visibilities = {n.visibility.value for cf in files for n in cf.notes}
    assert visibilities == {"intern", "deelbaar"}
    assert any(not cf.consents for cf in files)
    assert any(c.withdrawn_on for cf in files for c in cf.consents)
    assert all(
        sum(i.is_regiehouder for i in cf.involvements) <= 1
        and (
            cf.child.regiehouder is None
            or cf.child.regiehouder in [i.person for i in cf.involvements]
        )
        for cf in files
    )


def test_fixed_assessment_count_for_benchmarks() -> None:
    for cf in generate_case_files(20, seed=6, today=TODAY, assessments_per_child=40):
        assert len(cf.assessments) == 40
        assert {a.perspective for a in cf.assessments} <= set(Perspective)


def test_ten_thousand_children_stream_one_by_one() -> None:
    # How fast is for the benchmarks (bench_vault, group "seed": generating 10,000 children,
    # the baseline of their import in the same run); a time limit here only tests the machine.
    files = generate_case_files(10_000, seed=9, today=TODAY)
    assert iter(files) is files  # an iterator: never the whole list in memory
    assert sum(1 for _ in files) == 10_000


def test_no_real_looking_contact_data() -> None:
    for cf in islice(generate_case_files(200, seed=2, today=TODAY), 200):
        for inv in cf.involvements:
            assert not inv.person.email or inv.person.email.endswith(".invalid")


def test_demo_afspraken_have_kinds_and_finished_ones_are_evaluated_with_readings() -> None:
    from kansencirkel.core.kinds import default_kinds

    cases = list(generate_case_files(40, 7, TODAY))
    actions = [a for c in cases for a in c.actions]
    assert {a.kind for a in actions} - {None} <= set(default_kinds().keys)
    assert sum(a.kind is not None for a in actions) > len(actions) // 2
    evaluated = [a for a in actions if a.evaluated is not None]
    assert evaluated and all(not a.status.is_open for a in evaluated)
    with_both = [
        r
        for a in evaluated
        for r in a.evaluated.readings
        if r.before and r.after  # type: ignore[union-attr]
    ]
    assert with_both  # readings before the start and since, so the demo shows it
    assert list(generate_case_files(3, 7, TODAY)) == cases[:3]  # still deterministic
