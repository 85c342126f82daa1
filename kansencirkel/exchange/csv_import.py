"""Children and metingen from a spreadsheet CSV, read into an :class:`ImportPlan`.

The column layout is documented in :mod:`.csv_columns`, the text forms (encoding, separator,
dates, scores) in :mod:`.csv_text`. :func:`plan_from_csv` is a pure function: bytes and the
vault's children in, a plan out, or :class:`FileRejected` with every problem found (up to
1000), each naming the spreadsheet row (the header is row 1) and the column header as the
file spells it; one problem per cell. A problem with the header (row 1) is reported without
the rows', which cannot be read without their columns. Whatever the bytes, nothing else is
raised.

Values are checked with the vault's own rules (:mod:`kansencirkel.vault.validation.records`),
so a plan that passes here is one the vault stores. A text cell that starts with ``=`` (or
``+``, ``-``, ``@`` followed by a bracket) is a spreadsheet formula and is refused, never
stored. A child is the same child when given name, family name and date of birth are the same
(without case); it is matched to a child in the vault by the same rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

from kansencirkel.core import clock
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import Perspective, Role
from kansencirkel.core.i18n import N_, Message, Msgid
from kansencirkel.core.import_plan import (
    ROLE_OF_PERSPECTIVE,
    ImportPlan,
    PlannedAssessment,
    PlannedChild,
)
from kansencirkel.core.model import Child
from kansencirkel.exchange import csv_text as t
from kansencirkel.exchange.csv_columns import (
    DUTCH_HEADERS,
    MEETING_FIELDS,
    MEETING_REQUIRED,
    header_names,
    perspective_names,
    score_field,
    template_headers,
)
from kansencirkel.vault.validation import FileRejected, Problem
from kansencirkel.vault.validation import fields as f
from kansencirkel.vault.validation import records as rules
from kansencirkel.vault.validation.fields import Checker

LIMIT = 1000  # problems listed; a file with more is refused anyway

UNKNOWN_HEADER = N_(
    "Deze kolomnaam is onbekend; gebruik de kolomnamen van het sjabloon (zoals Voornaam, "
    "Datum, Actief)."
)
HEADER_TWICE = N_("Deze kolom staat twee keer in de eerste rij.")
NO_GIVEN_NAME_COLUMN = N_("Deze kolom ontbreekt; elke rij noemt de voornaam van het kind.")
COLUMN_MISSING = N_("Deze kolom ontbreekt; een bestand met metingen heeft haar nodig.")
NO_ROWS = N_("Dit bestand heeft alleen kolomnamen, geen kinderen of metingen.")
EXTRA_CELLS = N_("Deze rij heeft meer gevulde cellen dan er kolommen zijn.")
FORMULA = N_("Deze cel lijkt een formule (begint met '{start}'); zet er gewone tekst in.")
UNKNOWN_PERSPECTIVE = N_(
    "'{value}' is geen perspectief; kies kind, ouders, school, zorg of kernteam."
)
IN_THE_FUTURE = N_("De datum {value} ligt in de toekomst.")
OTHER_DETAILS = N_("Dit kind staat in rij {row} met een andere school of groep; maak die gelijk.")
SAME_READING = N_(
    "Deze meting staat al in rij {row} (zelfde kind, datum, perspectief en wie de scores gaf)."
)
SEVERAL_IN_VAULT = N_(
    "In de kluis staan meer kinderen met deze naam en geboortedatum; dit bestand kan niet "
    "kiezen bij welk kind deze rij hoort."
)

_FORMULA = re.compile(r"=|[+\-@].*\(", re.DOTALL)
_TEXT_FIELDS = ("given_name", "family_name", "school", "group", "given_by", "goes_well", "wishes")


class _Problems:
    """Every problem, at most one per cell, up to :data:`LIMIT`."""

    def __init__(self) -> None:
        self.found: list[Problem] = []
        self._cells: set[tuple[int | None, str]] = set()

    def add(self, row: int | None, column: str, msgid: Msgid, /, **values: object) -> None:
        if len(self.found) >= LIMIT or (row, column) in self._cells:
            return
        self._cells.add((row, column))
        record = "file" if row is None else "csv_row"
        self.found.append(Problem(record, row, column, Message(msgid, values)))


class _CellChecker(Checker):
    """The vault's rules, reporting at the row and under the header the file uses."""

    def __init__(self, out: _Problems, row: int, headers: Mapping[str, str]) -> None:
        self.out, self.row, self.headers = out, row, headers

    def fail(self, field: str, msgid: Msgid, /, **values: object) -> None:
        name = score_field(field.split(".", 1)[1]) if field.startswith("scores.") else field
        self.out.add(self.row, self.headers.get(name, ""), msgid, **values)


def _key(given: str, family: str, born: date | None) -> tuple[str, str, date | None]:
    return (" ".join(given.casefold().split()), " ".join(family.casefold().split()), born)


def _columns(header: list[str], out: _Problems) -> dict[str, int]:
    """Field → position; header problems are row 1's."""
    known = header_names()
    where: dict[str, int] = {}
    for i, name in enumerate(header):
        if not name.strip():
            continue
        field = known.get(t.normal(name))
        if field is None:
            out.add(1, f.shown(name.strip()), UNKNOWN_HEADER)
        elif field in where:
            out.add(1, name, HEADER_TWICE)
        else:
            where[field] = i
    if "given_name" not in where:
        out.add(1, DUTCH_HEADERS["given_name"], NO_GIVEN_NAME_COLUMN)
    return where


class _Rows:
    def __init__(
        self, header: list[str], where: dict[str, int], existing: Iterable[Child], out: _Problems
    ) -> None:
        self.header, self.where = header, where
        self.headers = {field: header[i] for field, i in where.items()}
        self.out = out
        self.today = clock.today()
        self.perspectives = perspective_names()
        self.children: list[PlannedChild] = []
        self.by_key: dict[tuple[str, str, date | None], int] = {}
        self.assessments: list[PlannedAssessment] = []
        self.readings: dict[tuple[int, date, Perspective, str], int] = {}  # → first row
        self.in_vault: dict[tuple[str, str, date | None], list[str]] = {}
        for c in existing:
            self.in_vault.setdefault(_key(c.given_name, c.family_name, c.date_of_birth), []).append(
                c.id
            )

    def cell(self, cells: list[str], field: str) -> str:
        i = self.where.get(field)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    def day(self, row: int, cells: list[str], field: str) -> date | None:
        value = self.cell(cells, field)
        if not value:
            return None
        found = t.parse_date(value)
        if not isinstance(found, date):
            self.out.add(row, self.headers[field], found, value=f.shown(value))
            return None
        if found > self.today:
            self.out.add(row, self.headers[field], IN_THE_FUTURE, value=found.isoformat())
        return found

    def read(self, row: int, cells: list[str]) -> None:
        if not any(c.strip() for c in cells):
            return  # an empty row between blocks
        if any(c.strip() for c in cells[len(self.header) :]):
            self.out.add(row, "", EXTRA_CELLS)
        for field in _TEXT_FIELDS:
            value = self.cell(cells, field)
            if _FORMULA.match(value):
                self.out.add(row, self.headers[field], FORMULA, start=value[0])
        child = self.child(row, cells)
        if any(self.cell(cells, x) for x in MEETING_FIELDS) or any(
            self.cell(cells, score_field(k)) for k in ELEMENT_KEYS
        ):
            self.assessment(row, cells, child)

    def child(self, row: int, cells: list[str]) -> int | None:
        given, family = self.cell(cells, "given_name"), self.cell(cells, "family_name")
        school, group = self.cell(cells, "school"), self.cell(cells, "group")
        born = self.day(row, cells, "date_of_birth")
        checker = _CellChecker(self.out, row, self.headers)
        rules.child(
            checker,
            given_name=given,
            family_name=family,
            school=school,
            group=group,
            date_of_birth=born,
            opened_on=self.today,
        )
        key = _key(given, family, born)
        seen = self.by_key.get(key)
        if seen is not None:
            first = self.children[seen]
            if (school and school != first.school) or (group and group != first.group):
                column = self.headers["school" if school and school != first.school else "group"]
                self.out.add(row, column, OTHER_DETAILS, row=first.row)
            return seen
        matches = self.in_vault.get(key, [])
        if len(matches) > 1:
            self.out.add(row, self.headers.get("given_name", ""), SEVERAL_IN_VAULT)
        existing = matches[0] if len(matches) == 1 else None
        self.by_key[key] = len(self.children)
        self.children.append(PlannedChild(row, given, family, born, school, group, existing))
        return len(self.children) - 1

    def assessment(self, row: int, cells: list[str], child: int | None) -> None:
        on = self.day(row, cells, "assessed_on")
        text = self.cell(cells, "perspective")
        perspective = self.perspectives.get(t.normal(text))
        if perspective is None and text:
            self.out.add(row, self.headers["perspective"], UNKNOWN_PERSPECTIVE, value=f.shown(text))
        scores: dict[str, int | None] = {}
        for key in ELEMENT_KEYS:
            value = self.cell(cells, score_field(key))
            found = t.parse_score(value)
            if isinstance(found, str):
                self.out.add(row, self.headers[score_field(key)], found, value=f.shown(value))
                found = None
            scores[key] = found
        given_by, goes_well = self.cell(cells, "given_by"), self.cell(cells, "goes_well")
        wishes = self.cell(cells, "wishes")
        checker = _CellChecker(self.out, row, self.headers)
        rules.assessment(
            checker,
            perspective=perspective,
            assessed_on=on,
            given_by=given_by,
            given_by_role=ROLE_OF_PERSPECTIVE[perspective] if perspective else Role.ANDERS,
            scores=scores,
            notes={},
            goes_well=goes_well,
            wishes=wishes,
            correction_reason="",
        )
        if child is None or perspective is None or on is None:
            return
        same = (child, on, perspective, " ".join(given_by.casefold().split()))
        first = self.readings.setdefault(same, row)
        if first != row:
            self.out.add(row, self.headers["assessed_on"], SAME_READING, row=first)
            return
        self.assessments.append(
            PlannedAssessment(
                row,
                child,
                perspective,
                on,
                given_by,
                ROLE_OF_PERSPECTIVE[perspective],
                scores,
                goes_well,
                wishes,
            )
        )


def plan_from_csv(raw: bytes, existing: Iterable[Child] = ()) -> ImportPlan:
    """The plan for the spreadsheet CSV ``raw`` against the vault's children ``existing``;
    raises :class:`FileRejected` with every problem (and nothing else, whatever ``raw``)."""
    try:
        text = t.decode(raw)
    except t.Unreadable as exc:
        raise _whole(exc.msgid, **exc.values) from None
    table, broken = t.records(text, t.delimiter(text))
    if not table or not any(c.strip() for c in table[0]):
        raise _whole(t.EMPTY)
    if len(table) > t.MAX_ROWS + 1:
        raise _whole(t.TOO_MANY_ROWS, limit=t.MAX_ROWS)
    header = table[0]
    out = _Problems()
    where = _columns(header, out)
    if any(x in where for x in (*MEETING_FIELDS, *(score_field(k) for k in ELEMENT_KEYS))):
        for field in MEETING_REQUIRED:
            if field not in where:
                out.add(1, DUTCH_HEADERS[field], COLUMN_MISSING)
    if out.found:  # without their columns the rows cannot be read
        raise FileRejected(out.found)
    rows = _Rows(header, where, existing, out)
    for n, cells in enumerate(table[1:], 2):
        rows.read(n, cells)
    if broken is not None:
        out.add(broken, "", t.BAD_CSV)
    if not out.found and not rows.children:
        out.add(None, "", NO_ROWS)
    if out.found:
        raise FileRejected(out.found)
    return ImportPlan(tuple(rows.children), tuple(rows.assessments))


def _whole(msgid: Msgid, **values: object) -> FileRejected:
    return FileRejected([Problem("file", None, "", Message(msgid, values))])


def template_csv() -> bytes:
    """The template: the Dutch headers, ``;``-separated, UTF-8 with a byte-order mark (so
    Excel shows the accents), and nothing else."""
    return ("\ufeff" + ";".join(template_headers()) + "\r\n").encode("utf-8")
