"""An afspraak's kind and evaluation (with the readings it was based on) survive an export."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime

from kansencirkel.core.enums import Perspective
from kansencirkel.core.model import BeforeAfter, Evaluation, Helped, ReadingRef
from kansencirkel.exchange.casefile_json import case_file_from_json, case_file_to_json
from tests.charts.factories import action, case


def test_kind_and_evaluation_round_trip() -> None:
    ref = ReadingRef("a1", "l1", 2, date(2026, 9, 1), None)
    pair = BeforeAfter("gezond", Perspective.SCHOOL, ref, None)
    evaluated = Evaluation(Helped.DEELS, "Soms beter.", date(2026, 10, 1), (pair,))
    act = replace(action("Plan", ["gezond"], date(2026, 9, 1)), kind="anders", evaluated=evaluated)
    original = replace(case([]), actions=(act,))
    data = json.loads(json.dumps(case_file_to_json(original, datetime(2026, 10, 2, tzinfo=UTC))))
    assert case_file_from_json(data).actions == (act,)
