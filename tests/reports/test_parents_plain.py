"""The parents' sheet in the parents' words (issue 11): their afspraken without consent, plain
Dutch with "u" and no staff terms, one reason for an unknown age, no false "not filled in",
a closed file said so, and a full first page. All on the fixed TODAY of conftest."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import ActionStatus, ChildStatus, MeetingKind, Perspective
from kansencirkel.core.model import Action, CaseFile, Meeting
from kansencirkel.reports import render_child_report
from tests.reports import pdfcheck
from tests.reports.conftest import COACH, MOTHER, TEACHER, TODAY, assessment, make_case

ALL_PARTS = ("kind", "school", "zorg", "kernteam", "notes", "actions")


def ouders(case: CaseFile, **kw: object) -> bytes:
    return render_child_report(case, "ouders", printed_by="Juf", today=TODAY, **kw)  # type: ignore[arg-type]


def has(text: str, part: str) -> bool:
    return pdfcheck.flat(part) in pdfcheck.flat(text)


def _with_team_view(case: CaseFile) -> CaseFile:
    """Adds a joint (kernteam) reading and a parents' 'hier wil ik over praten' mark."""
    own = case.latest_by_perspective()[Perspective.OUDERS]
    marked = replace(own, talk=frozenset({"veilig"}))
    team = assessment(Perspective.KERNTEAM, TODAY, (3,) * 8, 7, "Samen: zij leest graag voor")
    rows = (*(marked if a is own else a for a in case.assessments), team)
    return replace(case, assessments=rows)


def _closed(case: CaseFile) -> CaseFile:
    child = replace(case.child, status=ChildStatus.AFGESLOTEN, closed_on=date(2026, 2, 1))
    return replace(case, child=child)


CASES = {
    "usual": make_case,
    "everything shared": lambda: _with_team_view(make_case(consent_parts=ALL_PARTS)),
    "no consent": lambda: make_case(consent_parts=()),
    "no date of birth": lambda: make_case(dob=None),
    "child of 13": lambda: make_case(dob=date(2012, 9, 1)),
    "one reading each": lambda: make_case(history=1),
    "closed": lambda: _closed(make_case()),
}

#: Staff words a parent should not meet on their sheet (case-insensitive).
FORBIDDEN = (
    r"regiehouder",
    r"kernteam",
    r"blik",
    r"\belement",
    r"omkaderd",
    r"gespreksonderwerp",
    r"punten verschil",
    r"\bhet kind\b",  # their child is "uw kind"
    r"\bde ouders\b",  # they are "u"
    r"\bouders zien\b",
)


@pytest.mark.parametrize("name", CASES)
def test_no_staff_words_on_the_parents_sheet(name: str) -> None:
    text = pdfcheck.text(ouders(CASES[name]()))
    flat = " ".join(text.split())
    for word in FORBIDDEN:
        assert not re.search(word, flat, re.IGNORECASE), (word, name)
    # 'Zorg' as a perspective's name: only 'het team van school en zorg' may say zorg.
    assert not re.search(r"\bzorg\b", flat.replace("school en zorg", ""), re.IGNORECASE), name


def test_legend_and_table_use_the_same_words() -> None:
    data = ouders(_with_team_view(make_case(consent_parts=ALL_PARTS)))
    page_with_star = next(p for p in pdfcheck.pages(data) if "Open plek: weet niet" in p)
    table_head = pdfcheck.flat(pdfcheck.text(data).split("Actief")[0])
    for label in ("U (thuis)", "Uw kind", "School", "Hulpverlening", "Team van school en zorg"):
        assert has(page_with_star, label), label  # legend
        assert pdfcheck.flat(label) in table_head or has(pdfcheck.text(data), label)
    text = pdfcheck.text(data)
    assert has(text, "Gebied met een kader: daar kijken we verschillend")
    assert has(text, "Hierover praten we graag samen")
    assert has(text, "U wilt hierover praten: Veilig.")
    assert has(text, "Wie houdt het overzicht")


def test_topics_are_worded_for_parents() -> None:
    text = pdfcheck.text(ouders(make_case()))
    assert has(text, "Erbij horen: uw kind en school geven een 2, u geeft een 4.")
    assert "bespreek wat ieder ziet" not in text


def _actions() -> tuple[Action, ...]:
    def action(n: int, owner, status, due, meeting=None) -> Action:  # type: ignore[no-untyped-def]
        return Action(
            f"x-{n}", "c-1", f"Afspraak {n} nummer{n}", (ELEMENT_KEYS[n],), owner,
            TODAY - timedelta(days=30), due, status, meeting_id=meeting,
        )  # fmt: skip

    return (
        action(1, MOTHER, ActionStatus.LOPEND, TODAY - timedelta(days=3)),  # late
        action(2, MOTHER, ActionStatus.AFGEROND, TODAY - timedelta(days=10)),  # done
        action(3, MOTHER, ActionStatus.GEPLAND, TODAY + timedelta(days=10)),  # open
        action(4, TEACHER, ActionStatus.LOPEND, TODAY + timedelta(days=5), "m-og"),  # oudergesprek
        action(5, COACH, ActionStatus.LOPEND, TODAY + timedelta(days=5)),  # others: consent
        action(6, TEACHER, ActionStatus.LOPEND, TODAY + timedelta(days=5), "m-1"),  # kernteam
    )


def _with_actions(consent_parts: tuple[str, ...]) -> CaseFile:
    case = make_case(consent_parts=consent_parts)
    talk = Meeting("m-og", "c-1", TODAY - timedelta(days=20), MeetingKind.OUDERGESPREK, ())
    return replace(case, actions=_actions(), meetings=(*case.meetings, talk))


def _row(text: str, what: str) -> str:
    """The table row of an afspraak: its text up to the next afspraak."""
    flat = pdfcheck.flat(text)
    start = flat.index(pdfcheck.flat(what))
    return flat[start : start + 80]


def test_parents_afspraken_print_without_consent() -> None:
    text = pdfcheck.text(ouders(_with_actions(consent_parts=())))
    for n in (1, 2, 3, 4):
        assert f"nummer{n}" in text, n
    assert "nummer5" not in text and "nummer6" not in text
    assert has(text, "de andere afspraken en de notities: hiervoor is geen toestemming gegeven")
    assert pdfcheck.flat(text).count("hiervoorisgeentoestemminggegeven") == 1  # one line
    assert has(text, "U (Ayşe Yılmaz-Nguyễn)")
    assert "Telaat" in _row(text, "nummer1") and "13-03-2026" in _row(text, "nummer1")
    assert "Klaar" in _row(text, "nummer2")
    assert "Open" in _row(text, "nummer3") and "26-03-2026" in _row(text, "nummer3")
    assert "Open" in _row(text, "nummer4")
    assert has(text, "Hoe staat het")


def test_other_afspraken_follow_consent() -> None:
    text = pdfcheck.text(ouders(_with_actions(consent_parts=("actions",))))
    for n in range(1, 7):
        assert f"nummer{n}" in text, n
    assert "andere afspraken" not in text


def test_unknown_age_gives_its_own_reason_once() -> None:
    text = pdfcheck.text(ouders(make_case(dob=None)))
    flat = " ".join(text.split())
    assert flat.count("We weten de leeftijd van uw kind niet. Daarom") == 1
    assert "ontbreekt nog toestemming" not in flat
    assert (
        "overzicht: de cijfers van uw kind en school, de andere afspraken en de notities." in flat
    )
    # Zorg was never consented at all: that keeps its own reason.
    assert has(text, "De cijfers van de hulpverlening: hiervoor is geen toestemming gegeven")
    english = " ".join(pdfcheck.text(ouders(make_case(dob=None), lang="en")).split())
    assert english.count("We do not know your child's age.") == 1


def test_a_filtered_out_perspective_is_not_called_missing() -> None:
    chosen = {Perspective.KIND, Perspective.SCHOOL}
    text = pdfcheck.text(ouders(make_case(), perspectives=chosen))
    assert "Uw eigen cijfers hebben we nog niet" not in text
    assert "U (thuis)" not in text  # left out of this print, not claimed missing
    # Filtering by moments neither.
    text = pdfcheck.text(ouders(make_case(), moments={TODAY - timedelta(days=60)}))
    assert "Uw eigen cijfers hebben we nog niet" not in text
    # Only when there is no parents' reading at all does the sheet say so.
    case = make_case()
    none_own = replace(
        case, assessments=tuple(a for a in case.assessments if a.perspective != "ouders")
    )
    assert has(pdfcheck.text(ouders(none_own)), "Uw eigen cijfers hebben we nog niet.")


def test_a_closed_file_says_so_near_the_top() -> None:
    data = ouders(_closed(make_case()))
    first = pdfcheck.pages(data)[0]
    line = "Het dossier van Elif Şebnem is afgesloten op 1 februari 2026."
    assert has(first, line)
    assert pdfcheck.flat(first).index(pdfcheck.flat(line)) < pdfcheck.flat(first).index(
        "Watgaatgoed"
    )
    assert "afgesloten" not in pdfcheck.text(ouders(make_case()))
    english = pdfcheck.text(ouders(_closed(make_case()), lang="en"))
    assert has(english, "The file of Elif Şebnem was closed on 1 February 2026.")


@pytest.mark.parametrize("name", CASES)
def test_page_one_is_not_half_empty(name: str) -> None:
    data = ouders(CASES[name]())
    assert pdfcheck.fill_ratio(data, 1) >= 0.7, name


def test_english_sheet_speaks_to_you() -> None:
    text = pdfcheck.text(ouders(_with_team_view(make_case(consent_parts=ALL_PARTS)), lang="en"))
    flat = " ".join(text.split())
    for word in (r"\bview", r"core team", r"\bcare\b", r"\belement", r"conversation topic"):
        assert not re.search(word, flat, re.IGNORECASE), word
    for label in ("You (at home)", "Your child", "Family support", "School and support team"):
        assert label in flat, label


def test_the_first_page_preview_uses_the_same_words() -> None:
    from kansencirkel.reports.preview import preview_model

    sheet = preview_model(make_case(), "ouders", today=TODAY, printed_by="Juf")
    assert ("Wie houdt het overzicht", "Đặng Thị Hương") in sheet.facts
    assert sheet.perspectives == ("Uw kind", "U (thuis)", "School")
    team = preview_model(make_case(), "kernteam", today=TODAY, printed_by="Juf")
    assert "Regiehouder" in dict(team.facts) and "Kind" in team.perspectives  # unchanged


def test_who_counts_as_taking_part() -> None:
    from kansencirkel.core.enums import Role
    from kansencirkel.core.model import Involvement, Person
    from kansencirkel.reports.parents_actions import status_text, with_parents

    case = _with_actions(consent_parts=())
    dad = Person("p-dad", "Tomasz Kowalczyk", Role.ANDERS)  # a parent by his part in this case
    case = replace(case, involvements=(*case.involvements, Involvement(dad, Role.OUDER)))
    his = replace(case.actions[4], owner=dad)
    assert with_parents(his, case)
    assert with_parents(case.actions[3], case)  # agreed in an oudergesprek
    assert not with_parents(case.actions[5], case)  # agreed in a kernteam meeting
    assert not with_parents(case.actions[4], case)  # the CJG coach's own
    late = case.actions[0]
    assert status_text(late, TODAY, "nl") == "Te laat"
    assert status_text(late, late.due_on, "nl") == "Open"  # due today is not late  # type: ignore[arg-type]
    assert status_text(late, TODAY, "en") == "Late"


@pytest.mark.parametrize("name", CASES)
def test_the_scale_words_stay_with_the_table(name: str) -> None:
    """The line that says what 1 to 5 mean is never alone at the top of a page: it shares
    its page with the last rows of the table it explains."""
    for page in pdfcheck.pages(ouders(CASES[name]())):
        if "gaat niet goed" in page:  # after the table's last row (not the star's labels)
            assert 0 <= page.find("Gekoesterd") < page.index("gaat niet goed"), name
