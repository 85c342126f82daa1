"""Property: what a spreadsheet holds comes back exactly, whatever the texts (quotes, ``;``,
line breaks, accents), separator, encoding or date form. Fictional values only."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import Perspective
from kansencirkel.exchange.csv_columns import template_headers
from kansencirkel.exchange.csv_import import plan_from_csv

TODAY = date(2026, 11, 20)

_LETTERS = "abcdeéëïöüçşğł ABCZ;,'\"\n.()0123456789?!"
texts = (
    st.text(_LETTERS, min_size=1, max_size=30)
    .map(str.strip)
    .filter(lambda s: s != "" and s[0] not in "=+-@")
)
names = st.sampled_from(["Noor", "Sem", "Zoë", "Lina", "Daan", "Şeyma", "Mila", "Ayoub"])
families = st.sampled_from(["de Vries", "Bakker", "Yılmaz", "El Amrani", "Jansen", ""])
days = st.dates(date(1990, 1, 1), TODAY)
scores = st.one_of(st.none(), st.integers(1, 5))


@st.composite
def rows(draw: st.DrawFn) -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    children = draw(st.lists(st.tuples(names, families, st.none() | days), min_size=1, max_size=4))
    children = list(dict.fromkeys(children))
    school, group = draw(texts), draw(texts)
    seen: set[tuple[object, ...]] = set()
    for child in children:
        for _ in range(draw(st.integers(0, 3))):
            reading = (
                draw(days),
                draw(st.sampled_from(list(Perspective))),
                draw(texts),
                tuple(draw(scores) for _ in ELEMENT_KEYS),
                draw(texts),
                draw(st.just("") | texts),
            )
            key = (child, reading[0], reading[1], " ".join(reading[2].casefold().split()))
            if key not in seen:
                seen.add(key)
                out.append((child, school, group, reading))
        if not any(r[0] == child for r in out):
            out.append((child, school, group, None))
    return out


def _date(day: date, form: int) -> str:
    if form == 0:
        return day.strftime("%d-%m-%Y")
    if form == 1:
        return day.isoformat()
    if form == 2:
        return day.strftime("%d/%m/%Y")
    return str((day - date(1899, 12, 30)).days)


def _score(value: int | None, form: int) -> str:
    return str(value) if value is not None else ("", "?", "weet niet", "Weet niet")[form % 4]


@pytest.fixture(autouse=True)
def fixed_today(today_is: Callable[[date], date]) -> None:
    today_is(TODAY)


@settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    rows(),
    st.sampled_from([";", ","]),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    st.integers(0, 3),
)
def test_a_spreadsheet_round_trips(
    data: list[tuple[object, ...]], sep: str, encoding: str, form: int
) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    w.writerow(template_headers())
    for child, school, group, reading in data:
        given, family, born = child  # type: ignore[misc]
        cells = [given, family, _date(born, form) if born else "", school, group]
        if reading is None:
            cells += [""] * 13
        else:
            on, perspective, by, values, goes_well, wishes = reading  # type: ignore[misc]
            cells += [_date(on, form), perspective.value, by]
            cells += [_score(v, form) for v in values]
            cells += [goes_well, wishes]
        w.writerow(cells)
    try:
        raw = buf.getvalue().encode(encoding)
    except UnicodeEncodeError:  # ş, ğ, ł are not in Windows-1252
        raw = buf.getvalue().encode("utf-8")
    plan = plan_from_csv(raw)
    expected_children = list(dict.fromkeys(r[0] for r in data))
    assert [(c.given_name, c.family_name, c.date_of_birth) for c in plan.children] == [
        tuple(c)
        for c in expected_children  # type: ignore[arg-type]
    ]
    got = [
        (
            plan.children[a.child].given_name,
            a.assessed_on,
            a.perspective,
            a.given_by,
            tuple(a.scores[k] for k in ELEMENT_KEYS),
            a.goes_well,
            a.wishes,
        )
        for a in plan.assessments
    ]
    want = [
        (r[0][0], *r[3])  # type: ignore[index]
        for r in data
        if r[3] is not None
    ]
    assert got == want
