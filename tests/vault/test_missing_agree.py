""" "Nog geen blik van" is one rule: the children list (aggregate SQL over perspective_latest)
and the agenda (a case file read whole) name the same missing perspectives for every child."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kansencirkel.core.enums import ChildStatus
from kansencirkel.demo import generate_case_files
from kansencirkel.vault.repos import Repositories

TODAY = date(2026, 3, 16)


def test_children_list_and_case_file_agree_on_missing_perspectives(repos: Repositories) -> None:
    cases = list(generate_case_files(24, 11, TODAY))
    # Edge cases: a closed file, a file without any reading, one with only a care worker.
    cases[0] = replace(cases[0], child=replace(cases[0].child, status=ChildStatus.AFGESLOTEN,
                                                closed_on=TODAY))  # fmt: skip
    cases[1] = replace(cases[1], assessments=())
    cases[2] = replace(cases[2], assessments=cases[2].assessments[-1:])
    repos.bulk_import(cases)
    listed = {s.child.id: s.missing_perspectives for s in repos.children.summaries(TODAY)}
    seen_kinds = set()
    for case in cases:
        from_file = repos.children.case_file(case.child.id).missing_perspectives()
        assert listed[case.child.id] == from_file, case.child.id
        seen_kinds.add(len(from_file))
    assert len(seen_kinds) >= 2  # the check covered children with and without gaps
    assert listed[cases[0].child.id] == ()  # closed: nothing is asked for
