"""The "Wat werkt" PDF and CSV: one page, counts only, a group of four children prints no
figure, no child is named, nothing totals or ranks, and no cell runs as a formula."""

from __future__ import annotations

from datetime import date

import pytest

from kansencirkel.core.enums import Perspective
from kansencirkel.core.kinds import default_kinds, parse_kinds
from kansencirkel.core.model import BeforeAfter, Helped, ReadingRef
from kansencirkel.core.pulse import Pulse, PulseAnswer, PulseQuestion, PulseSide, pulse_by_term
from kansencirkel.core.what_works import EvaluatedAfspraak, what_works
from kansencirkel.core.what_works_text import neutral, to_csv
from kansencirkel.reports.what_works import render_what_works
from tests.reports import pdfcheck

START, END, ON = date(2025, 8, 1), date(2026, 7, 31), date(2026, 3, 1)
#: Words a feedback view must never carry: no totals, no ranking, no risk.
FORBIDDEN = ("totaal", "total", "rangorde", "ranking", "rank", "risico", "risk", "gemiddeld",
             "average", "beste", "best", "slechtste", "worst")  # fmt: skip


def records(children: int, kind: str = "cjg_coach", prefix: str = "kind-geheim-"):  # type: ignore[no-untyped-def]
    ref = lambda s: ReadingRef("a", "l", 1, ON, s)  # noqa: E731
    pair = BeforeAfter("gezond", Perspective.SCHOOL, ref(2), ref(4))
    return [
        EvaluatedAfspraak(f"{prefix}{i}", kind, Helped.JA, ON, (pair, pair, pair))
        for i in range(children)
    ]


def pdf_and_csv(recs, kinds=None) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    kinds = kinds or default_kinds()
    result = what_works(recs, kinds, START, END)
    pdf = render_what_works(result, kinds, team="Kernteam De Linde", printed_by="IB", today=END)
    assert pdfcheck.page_count(pdf) == 1
    return pdfcheck.text(pdf), to_csv(result, kinds, "nl").decode("utf-8-sig")


def test_a_group_of_four_prints_no_figure_in_the_pdf_or_the_csv() -> None:
    text, csv = pdf_and_csv(records(4))
    [row] = [line for line in csv.splitlines()[1:]]
    assert row == "Inzet CJG-coach;" + ";".join(["<5"] * 9)
    table = text[text.index("Inzet CJG-coach") :].split("<5:")[0]
    assert table.count("<5") == 9
    assert not any(ch.isdigit() for ch in table.replace("<5", ""))  # no figure at all
    assert pdfcheck.flat("minder dan 5 kinderen; niet getoond") in pdfcheck.flat(text)


def test_five_children_show_counts_and_no_child_is_named() -> None:
    text, csv = pdf_and_csv(records(5) + records(3, "anders", "x-"))
    lines = csv.splitlines()
    assert lines[0].startswith("Soort afspraak;Geëvalueerde afspraken;Kinderen;Geholpen: ja")
    assert lines[1] == "Inzet CJG-coach;5;5;5;<5;<5;<5;15;<5;<5"
    assert lines[2] == "Anders;" + ";".join(["<5"] * 9)
    for out in (text, csv):
        assert "kind-geheim" not in out and "x-0" not in out


@pytest.mark.parametrize("children", [0, 4, 5, 12])
def test_no_total_score_or_ranking_in_the_report(children: int) -> None:
    text, csv = pdf_and_csv(records(children))
    for out in (text.lower(), csv.lower()):
        assert not any(word in out for word in FORBIDDEN)


def test_a_kind_label_is_never_run_as_a_formula() -> None:
    kinds = parse_kinds({"kinds": [{"key": "x", "nl": '=HYPERLINK("http://x")', "en": "x"}]})
    _text, csv = pdf_and_csv(records(5, "x"), kinds)
    import csv as csv_module

    [_head, row] = list(csv_module.reader(csv.splitlines(), delimiter=";"))
    assert row[0] == '\'=HYPERLINK("http://x")'
    assert [neutral(c) for c in ("+1", "-1", "@a", "ok")] == ["'+1", "'-1", "'@a", "ok"]


def _pulses(children: int, side: PulseSide, on: date, score: int = 4) -> list[Pulse]:
    answers = {q: PulseAnswer(score, "Persoon Geheim zei het") for q in PulseQuestion}
    return [
        Pulse(f"p{side}{i}{on}", f"m{side}{i}{on}", f"kind-geheim-{i}", on, side, answers)
        for i in range(children)
    ]


def test_the_pulse_per_term_and_side_is_in_the_pdf_and_csv_and_four_show_no_figure() -> None:
    held = _pulses(5, PulseSide.SCHOOL, date(2025, 10, 1))
    held += _pulses(4, PulseSide.OUDERS, date(2026, 1, 10))  # below the group minimum
    by_term = pulse_by_term(held, START, END)
    result = what_works(records(5), default_kinds(), START, END)
    pdf = render_what_works(
        result, default_kinds(), team="K", printed_by="IB", today=END, pulses=by_term
    )
    assert pdfcheck.page_count(pdf) == 1
    text = pdfcheck.flat(pdfcheck.text(pdf))
    assert pdfcheck.flat("Hoe ging de samenwerking (per trimester en per kant)") in text
    assert pdfcheck.flat("1: augustus 2025 – november 2025") in text
    assert pdfcheck.flat("2: december 2025 – maart 2026") in text
    parents = text[text.index("Ouders") : text.index("<5:minder")]  # the group of four
    for v in range(1, 6):
        parents = parents.replace(f"{v}:", "")
    assert parents.count("<5") == 18
    assert not any(ch.isdigit() for ch in parents.replace("<5", ""))  # no figure at all
    csv = to_csv(result, default_kinds(), "nl", by_term).decode("utf-8-sig").splitlines()
    blank = csv.index("")
    assert csv[blank + 1] == "Trimester;Kant;Vraag;Antwoorden;1;2;3;4;5"
    pulse_lines = csv[blank + 2 :]
    assert len(pulse_lines) == 6
    assert pulse_lines[0] == (
        "1: augustus 2025 – november 2025;School;Waren de juiste mensen erbij?;5;<5;<5;<5;5;<5"
    )
    for line in pulse_lines[3:]:  # the parents' four: no figure at all
        assert line.startswith("2: december 2025 – maart 2026;Ouders;")
        assert line.split(";")[3:] == ["<5"] * 6
    for out in (text, "\n".join(csv)):
        assert "Geheim" not in out and "kind-geheim" not in out  # no person, no child


def test_a_full_year_of_pulses_still_fits_one_page() -> None:
    held = [
        p
        for on in (date(2025, 9, 1), date(2026, 1, 1), date(2026, 5, 1))
        for side in PulseSide
        for p in _pulses(6, side, on)
    ]
    kinds = default_kinds()
    recs = [r for k in kinds.keys for r in records(5, k)]
    result = what_works(recs, kinds, START, END)
    pulses = pulse_by_term(held, START, END)
    assert sum(len(t.rows) for t in pulses) == 27
    pdf = render_what_works(result, kinds, team="K", printed_by="IB", today=END, pulses=pulses)
    assert pdfcheck.page_count(pdf) == 1
