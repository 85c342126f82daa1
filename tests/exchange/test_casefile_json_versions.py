"""A record's save count in one store (``version`` of a child, person, afspraak, overleg,
toestemming) is not part of a child's file: an export leaves it out, so a file reads the
same in an app of before the count, and a file that names it is refused as unknown."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kansencirkel.core import clock
from kansencirkel.demo import generate_case_files
from kansencirkel.exchange.casefile_json import case_file_from_json, case_file_to_json
from kansencirkel.vault.validation import FileRejected


def test_an_export_leaves_the_stores_save_count_out() -> None:
    case = next(
        c
        for c in generate_case_files(20, seed=14, today=date(2026, 11, 25))
        if c.actions and c.meetings and c.consents and c.notes and c.involvements
    )
    counted = replace(
        case,
        child=replace(case.child, version=7),
        actions=tuple(replace(a, version=3) for a in case.actions),
        meetings=tuple(replace(m, version=4) for m in case.meetings),
        consents=tuple(replace(c, version=5) for c in case.consents),
    )
    data = case_file_to_json(counted, clock.now())["case_file"]
    assert "version" not in data["child"]
    for key in ("actions", "meetings", "consents"):
        assert all("version" not in record for record in data[key])
    assert all("version" not in i["person"] for i in data["involvements"])
    assert all("version" in n for n in data["notes"])  # a note's versions travel with it
    assert case_file_from_json(case_file_to_json(counted, clock.now())) == case

    named = {**data, "child": {**data["child"], "version": 7}}
    with pytest.raises(FileRejected):
        case_file_from_json({**case_file_to_json(case, clock.now()), "case_file": named})
