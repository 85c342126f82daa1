"""The spreadsheet CSV: every format variant an IB'er's Excel writes, and every problem of a
file at once (row and column). Fictional names only; the clock is moved, never read."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kansencirkel.core.enums import ChildStatus, Perspective, Role
from kansencirkel.core.i18n import gettext
from kansencirkel.core.model import Child
from kansencirkel.exchange import csv_import as ci
from kansencirkel.exchange import csv_text as t
from kansencirkel.exchange.csv_import import plan_from_csv, template_csv
from kansencirkel.vault.validation import FileRejected
from kansencirkel.vault.validation import records as rules

TODAY = date(2026, 11, 20)
HEADER = (
    "Voornaam;Achternaam;Geboortedatum;School;Groep;Datum;Perspectief;Gegeven door;Actief;"
    "Gerespecteerd;Verantwoordelijk;Erbij horen;Veilig;Gezond;Ontplooiing;Gekoesterd;"
    "Wat gaat goed;Wensen"
)
ROW_A = (
    "Noor;de Vries;14-10-2016;De Regenboog;6b;14-10-2026;school;Juf Anna;3;4;?;weet niet;;5;2;1;"
    "Helpt anderen;Meer rust"
)
ROW_B = (
    "Noor;de Vries;14-10-2016;De Regenboog;6b;2026-10-15;ouders;Moeder;3;3;3;3;3;3;3;3;Lacht veel;"
)
ROW_C = "Sem;Bakker;;De Regenboog;7a;;;;;;;;;;;;;"


@pytest.fixture(autouse=True)
def fixed_today(today_is: Callable[[date], date]) -> None:
    today_is(TODAY)


def csv(*rows: str, sep: str = ";", header: str = HEADER) -> str:
    return "\r\n".join((header, *rows)).replace(";", sep) + "\r\n"


def problems(raw: bytes) -> list[tuple[int | None, str, str]]:
    with pytest.raises(FileRejected) as info:
        plan_from_csv(raw)
    return [(p.number, p.field, p.reason.msgid) for p in info.value.problems]


def test_a_plain_file_gives_new_children_and_their_metingen() -> None:
    plan = plan_from_csv(csv(ROW_A, ROW_B, ROW_C).encode())
    assert [c.full_name for c in plan.new_children] == ["Noor de Vries", "Sem Bakker"]
    noor, sem = plan.children
    assert (noor.row, noor.date_of_birth, noor.school, noor.group) == (
        2,
        date(2016, 10, 14),
        "De Regenboog",
        "6b",
    )
    assert sem.date_of_birth is None
    first, second = plan.assessments
    assert (first.row, first.child, first.perspective, first.given_by_role) == (
        2,
        0,
        Perspective.SCHOOL,
        Role.LEERKRACHT,
    )
    assert first.scores == {
        "actief": 3,
        "gerespecteerd": 4,
        "verantwoordelijk": None,
        "erbij_horen": None,
        "veilig": None,
        "gezond": 5,
        "ontplooiing": 2,
        "gekoesterd": 1,
    }
    assert (first.goes_well, first.wishes) == ("Helpt anderen", "Meer rust")
    assert (second.assessed_on, second.perspective, second.wishes) == (
        date(2026, 10, 15),
        Perspective.OUDERS,
        "",
    )


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: s.encode("utf-8"),
        lambda s: ("\ufeff" + s).encode("utf-8"),
        lambda s: s.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "windows-1252"],
)
@pytest.mark.parametrize("sep", [";", ","])
def test_encodings_and_separators(encode: Callable[[str], bytes], sep: str) -> None:
    row = ROW_A.replace("Noor", "Zoë").replace("Meer rust", "Één keer per week")
    plan = plan_from_csv(encode(csv(row, sep=sep)))
    assert plan.children[0].given_name == "Zoë"
    assert plan.assessments[0].wishes == "Één keer per week"


def test_a_comma_inside_quotes_and_a_line_break_in_a_cell() -> None:
    row = ROW_A.replace(";Meer rust", ';"Rust, en\nvaker buiten"').replace(";", ",")
    plan = plan_from_csv(csv(row, sep=",").encode())
    assert plan.assessments[0].wishes == "Rust, en\nvaker buiten"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("14-10-2026", date(2026, 10, 14)),
        ("2026-10-14", date(2026, 10, 14)),
        ("14/10/2026", date(2026, 10, 14)),
        ("14.10.2026", date(2026, 10, 14)),
        ("4-1-2026", date(2026, 1, 4)),
        ("14-10-2026 00:00", date(2026, 10, 14)),
        ("46309", date(2026, 10, 14)),
        ("1", date(1900, 1, 1)),
        ("61", date(1900, 3, 1)),
    ],
)
def test_excel_date_forms(text: str, day: date) -> None:
    assert t.parse_date(text) == day


@pytest.mark.parametrize("text", ["14-10-26", "31-02-2026", "2026-13-01", "morgen", "60", ""])
def test_what_is_no_date(text: str) -> None:
    assert t.parse_date(text) == t.BAD_DATE
    assert t.parse_date("01-01-1899") == t.BEFORE_1900


@pytest.mark.parametrize(
    "text", ["", " ", "?", "weet niet", "Weet niet", "WEET NIET", "niet besproken"]
)
def test_unknown_scores(text: str) -> None:
    assert t.parse_score(text) is None


@pytest.mark.parametrize("text", ["0", "6", "3.5", "-1", "drie", "33"])
def test_scores_are_one_to_five_only(text: str) -> None:
    assert t.parse_score(text) == t.BAD_SCORE
    assert t.parse_score("4,0") == 4


def test_english_headers_in_any_case_and_without_accents() -> None:
    header = (
        "FIRST NAME,family name,Date of birth,school,class,date,perspective,given by,active,"
        "respected,responsible,included,safe,healthy,achieving,nurtured,what goes well,wishes"
    )
    plan = plan_from_csv(csv(ROW_A, sep=",", header=header).encode())
    assert plan.assessments[0].scores["gezond"] == 5
    dutch = HEADER.replace("Erbij horen", "erbij_HÓREN").replace("Voornaam", " voornaam ")
    assert plan_from_csv(csv(ROW_A, header=dutch).encode()).assessments[0].scores["actief"] == 3


def test_children_only() -> None:
    plan = plan_from_csv(b"Voornaam;Achternaam;Groep\r\nSem;Bakker;7a\r\nLina;Yilmaz;7a\r\n")
    assert [c.group for c in plan.children] == ["7a", "7a"]
    assert plan.assessments == ()


def test_every_problem_is_named_with_row_and_column() -> None:
    bad_a = ROW_A.replace("14-10-2026", "31-02-2026").replace(";5;2;1;", ";7;=HYPERLINK(1);1;")
    bad_b = ROW_B.replace("ouders", "opa").replace("Lacht veel", "")
    bad_c = ROW_C.replace("Sem", "").replace("Bakker", "=1+1")
    found = problems(csv(bad_a, bad_b, bad_c, ROW_A.replace("2016", "2027")).encode())
    assert found == [
        (2, "Datum", t.BAD_DATE),
        (2, "Gezond", t.BAD_SCORE),
        (2, "Ontplooiing", t.BAD_SCORE),
        (3, "Perspectief", ci.UNKNOWN_PERSPECTIVE),
        (3, "Wat gaat goed", rules.NO_GOES_WELL),
        (4, "Achternaam", ci.FORMULA),
        (4, "Voornaam", rules.NO_CHILD_NAME),
        (5, "Geboortedatum", ci.IN_THE_FUTURE),
    ]


def test_a_problem_is_one_dutch_sentence_and_has_an_english_one() -> None:
    with pytest.raises(FileRejected) as info:
        plan_from_csv(csv(ROW_A.replace(";5;", ";6;")).encode())
    [problem] = info.value.problems
    assert problem.message.text("nl") == (
        "Rij 2, kolom 'Gezond': '6' is geen score; een score is 1, 2, 3, 4 of 5, of leeg, '?' "
        "of 'weet niet' als het niet bekend is."
    )
    english = problem.message.text("en")
    assert english.startswith("Row 2, column 'Gezond': ") and "score" in english
    assert gettext(ci.UNKNOWN_HEADER, lang="en") != ci.UNKNOWN_HEADER


def test_header_problems() -> None:
    header = HEADER.replace("Wensen", "Opmerking").replace("Groep", "Voornaam")
    assert problems(csv(ROW_A, header=header).encode()) == [
        (1, "Voornaam", ci.HEADER_TWICE),
        (1, "Opmerking", ci.UNKNOWN_HEADER),
    ]
    assert problems(b"Voornaam;Actief\r\nSem;3\r\n") == [
        (1, column, ci.COLUMN_MISSING)
        for column in ("Datum", "Perspectief", "Gegeven door", "Wat gaat goed")
    ]
    assert problems(b"Naam\r\nSem\r\n") == [
        (1, "Naam", ci.UNKNOWN_HEADER),
        (1, "Voornaam", ci.NO_GIVEN_NAME_COLUMN),
    ]
    assert problems(HEADER.encode()) == [(None, "", ci.NO_ROWS)]


def test_the_same_child_twice_must_agree() -> None:
    found = problems(csv(ROW_A, ROW_B.replace(";6b;", ";7a;")).encode())
    assert found == [(3, "Groep", ci.OTHER_DETAILS)]


def existing(given: str, family: str, born: date | None, child_id: str) -> Child:
    return Child(child_id, given, family, born, "De Regenboog", "6b", ChildStatus.ACTIEF, TODAY)


def test_children_are_matched_to_the_vault_by_name_and_date_of_birth() -> None:
    noor = existing("noor", "De Vries", date(2016, 10, 14), "id-noor")
    other = existing("Noor", "de Vries", date(2015, 1, 1), "id-other-noor")
    plan = plan_from_csv(csv(ROW_A, ROW_B, ROW_C).encode(), [noor, other])
    assert [c.existing_id for c in plan.matched_children] == ["id-noor"]
    assert [c.full_name for c in plan.new_children] == ["Sem Bakker"]
    twice = existing("Noor", "de Vries", date(2016, 10, 14), "id-twin")
    with pytest.raises(FileRejected) as info:
        plan_from_csv(csv(ROW_A).encode(), [noor, twice])
    assert [(p.number, p.field, p.reason.msgid) for p in info.value.problems] == [
        (2, "Voornaam", ci.SEVERAL_IN_VAULT)
    ]


def test_whole_file_problems() -> None:
    assert problems(b"") == [(None, "", t.EMPTY)]
    assert problems(b"Voornaam\x00;x") == [(None, "", t.HAS_NUL)]
    assert problems(b"\x81\x8d\x8f") == [(None, "", t.NOT_TEXT)]
    many = "Voornaam\r\n" + "Sem\r\n" * (t.MAX_ROWS + 1)
    assert problems(many.encode()) == [(None, "", t.TOO_MANY_ROWS)]
    huge = 'Voornaam;Achternaam\r\nSem;"' + "x" * 200_000 + '"\r\n'
    assert problems(huge.encode()) == [(2, "", t.BAD_CSV)]


def test_the_template_has_the_dutch_headers_and_reads_as_an_empty_file() -> None:
    raw = template_csv()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").strip() == HEADER
    assert problems(raw) == [(None, "", ci.NO_ROWS)]
    plan = plan_from_csv(raw + ROW_A.encode())
    assert len(plan.assessments) == 1


@settings(
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_a_plan_or_the_problem_list(raw: bytes) -> None:
    try:
        plan_from_csv(raw)
    except FileRejected as exc:
        assert exc.problems and all(p.message.text() for p in exc.problems)


@settings(
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(
        st.lists(
            st.sampled_from(
                ["", "?", "3", "9", "14-10-2026", "=A1", '"', ";", ",", "\n", "Sem", "x" * 50]
            ),
            max_size=20,
        ),
        max_size=20,
    )
)
def test_arbitrary_cells_under_the_header_give_a_plan_or_the_problem_list(
    rows: list[list[str]],
) -> None:
    raw = (HEADER + "\r\n" + "\r\n".join(";".join(r) for r in rows)).encode()
    try:
        plan = plan_from_csv(raw)
    except FileRejected as exc:
        assert exc.problems
    else:
        assert all(1 <= (s or 1) <= 5 for a in plan.assessments for s in a.scores.values())


@pytest.mark.parametrize("text", ['=HYPERLINK("x")', "=1+1", "+SUM(A1)", "@IF(1)", "-A1()"])
def test_formulas_in_text_cells_are_refused(text: str) -> None:
    row = ROW_A.replace("Meer rust", text)
    assert problems(csv(row).encode()) == [(2, "Wensen", ci.FORMULA)]


def test_text_that_merely_starts_with_a_dash_or_plus_is_kept() -> None:
    plan = plan_from_csv(csv(ROW_A.replace("Meer rust", "- meer rust, + vaker buiten")).encode())
    assert plan.assessments[0].wishes == "- meer rust, + vaker buiten"


def test_trailing_empty_cells_are_fine_but_filled_extra_cells_are_not() -> None:
    assert plan_from_csv(csv(ROW_A + ";;;").encode()).assessments
    assert problems(csv(ROW_A + ";;iets").encode()) == [(2, "", ci.EXTRA_CELLS)]


def test_the_same_meting_twice_in_a_file_is_named() -> None:
    twice = ROW_A.replace("Juf Anna", "juf  anna").replace(";3;4;", ";2;2;")
    assert problems(csv(ROW_A, ROW_B, twice).encode()) == [(4, "Datum", ci.SAME_READING)]


def test_an_unknown_header_is_quoted_short() -> None:
    [(row, column, msgid)] = problems(("Voornaam;" + "x" * 5000 + "\r\nSem;1\r\n").encode())
    assert (row, msgid) == (1, ci.UNKNOWN_HEADER) and len(column) < 50
