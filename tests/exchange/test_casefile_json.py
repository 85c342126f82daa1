"""The case-file JSON format: a lossless round trip, and strict about what it reads."""

from __future__ import annotations

import json
from datetime import date

import pytest

from kansencirkel.core import clock
from kansencirkel.demo import generate_case_files
from kansencirkel.exchange.casefile_json import (
    FORMAT,
    NOT_AN_EXPORT,
    OTHER_VERSION,
    case_file_from_json,
    case_file_to_json,
)
from kansencirkel.vault.errors import InputRejected
from kansencirkel.vault.validation import FileRejected, fields


def test_json_round_trip_of_generated_files() -> None:
    for case in generate_case_files(40, seed=11, today=date(2026, 11, 25)):
        text = json.dumps(case_file_to_json(case, clock.now()), ensure_ascii=False)
        assert case_file_from_json(json.loads(text)) == case


def test_other_formats_versions_and_types_are_refused() -> None:
    case = next(generate_case_files(1, seed=12, today=date(2026, 11, 25)))
    data = case_file_to_json(case, clock.now())
    with pytest.raises(InputRejected) as info:
        case_file_from_json({**data, "format": "iets anders"})
    assert info.value.message.msgid == NOT_AN_EXPORT
    with pytest.raises(InputRejected) as info:
        case_file_from_json({**data, "version": 99})
    assert info.value.message.msgid == OTHER_VERSION and info.value.exit_code == 5
    child = {**data["case_file"]["child"], "given_name": 42}
    with pytest.raises(FileRejected) as rejected:
        case_file_from_json({**data, "case_file": {**data["case_file"], "child": child}})
    [problem] = rejected.value.problems
    assert (problem.record, problem.field, problem.reason.msgid) == (
        "child",
        "given_name",
        fields.NOT_TEXT,
    )
    assert data["format"] == FORMAT


def test_the_vaults_compare_window_is_not_part_of_a_childs_file() -> None:
    """The window for comparing readings is the vault's setting: an export does not carry
    it, and a file that names it is refused like any unknown field (it would be ignored, and
    an import must take a file exactly or not at all)."""
    from dataclasses import replace

    case = replace(
        next(generate_case_files(1, seed=13, today=date(2026, 11, 25))), compare_months=9
    )
    data = case_file_to_json(case, clock.now())
    assert "compare_months" not in data["case_file"]
    assert case_file_from_json(data).compare_months != 9  # the default, until a vault reads it
    with pytest.raises(FileRejected):
        case_file_from_json({**data, "case_file": {**data["case_file"], "compare_months": 0}})
