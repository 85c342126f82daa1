"""The text of a spreadsheet CSV, as IB'ers save it: bytes to rows, and the cell values
(dates, scores) as Excel writes them. Every failure is a problem with its row and column, never
an exception (the caller collects them, :mod:`.csv_import`).

- Encoding: UTF-8 with or without byte-order mark; anything else is read as Windows-1252
  (what Excel on Windows saves as "CSV (gescheiden door lijstscheidingsteken)").
- Separator: ``;`` (Dutch Excel) or ``,``, sniffed from the first lines; when the sniffer
  cannot tell, whichever of the two the header row holds more of.
- Dates: ``14-10-2026``, ``14/10/2026``, ``14.10.2026`` (day first), ``2026-10-14``, and
  Excel serial numbers (``46309``); a time after the date (``14-10-2026 00:00``) is ignored.
- Scores: 1 to 5; empty, ``?``, ``weet niet`` (and ``niet besproken``) are unknown.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from datetime import date, timedelta

from kansencirkel.core.i18n import N_, Msgid

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000  # data rows; a kernteam's whole school is well under this
_SNIFF_CHARS = 8192

NOT_TEXT = N_(
    "Dit bestand is geen tekst (UTF-8 of Windows-1252), dus geen CSV-bestand uit een spreadsheet."
)
HAS_NUL = N_("Dit bestand bevat NUL-tekens, dus is het geen CSV-bestand uit een spreadsheet.")
TOO_BIG = N_("Dit bestand is groter dan {megabytes} MB; splits het in kleinere bestanden.")
TOO_MANY_ROWS = N_("Dit bestand heeft meer dan {limit} rijen; splits het in kleinere bestanden.")
EMPTY = N_("Dit bestand is leeg; de eerste rij hoort de kolomnamen te bevatten.")
BAD_CSV = N_("Deze rij kan niet als CSV worden gelezen (bijvoorbeeld een te lange cel).")
BAD_DATE = N_(
    "'{value}' is geen datum; schrijf de datum als 14-10-2026 of 2026-10-14 (dag, maand, "
    "jaar met vier cijfers)."
)
BEFORE_1900 = N_("De datum {value} ligt voor 1900.")
BAD_SCORE = N_(
    "'{value}' is geen score; een score is 1, 2, 3, 4 of 5, of leeg, '?' of 'weet niet' "
    "als het niet bekend is."
)

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 61 is 1900-03-01 (Excel counts 1900-02-29)
_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
_DMY = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})" + _TIME)
_YMD = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})" + _TIME)
_SERIAL = re.compile(r"(\d{1,7})(?:[.,]0+)?")
_SCORE = re.compile(r"([1-5])(?:[.,]0+)?")
UNKNOWN_SCORES = frozenset(
    {"", "?", "weet niet", "niet besproken", "weet niet niet besproken", "onbekend", "wn"}
    | {"unknown", "dont know", "don t know", "not discussed", "n a"}
)


def normal(text: str) -> str:
    """For comparing headers and words: no accents, no case, one space between words
    (``"Erbij_horen"``, ``"erbij-hóren "`` and ``"ERBIJ HOREN"`` are all ``"erbij horen"``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", bare).split())


class Unreadable(Exception):
    """The bytes are no spreadsheet text; ``msgid`` and ``values`` say why."""

    def __init__(self, msgid: Msgid, **values: object) -> None:
        super().__init__(msgid)
        self.msgid, self.values = msgid, values


def decode(raw: bytes) -> str:
    """The text of ``raw``; raises :class:`Unreadable`."""
    if len(raw) > MAX_BYTES:
        raise Unreadable(TOO_BIG, megabytes=MAX_BYTES // (1024 * 1024))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            raise Unreadable(NOT_TEXT) from None
    if "\x00" in text:
        raise Unreadable(HAS_NUL)
    return text


def delimiter(text: str) -> str:
    """``;`` or ``,``: the sniffer's choice from the first lines, else the header's count."""
    sample = text[:_SNIFF_CHARS]
    try:
        found = csv.Sniffer().sniff(sample, delimiters=";,").delimiter
    except csv.Error:
        found = ""
    if found in (";", ","):
        return found
    header = sample.split("\n", 1)[0]
    return ";" if header.count(";") >= header.count(",") else ","


def records(text: str, sep: str) -> tuple[list[list[str]], int | None]:
    """The rows of ``text`` (header first), and the spreadsheet row number (1-based) where
    reading stopped for a broken row, if any. Reads at most :data:`MAX_ROWS` + 2 rows."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, quotechar='"')
    rows: list[list[str]] = []
    try:
        for row in reader:
            rows.append(row)
            if len(rows) > MAX_ROWS + 1:
                break
    except csv.Error:
        return rows, len(rows) + 1
    return rows, None


def parse_date(value: str) -> date | Msgid:
    """A date in one of the forms of the module docstring, or the sentence why not."""
    text = value.strip()
    try:
        if m := _DMY.fullmatch(text):
            found = date(int(m[4]), int(m[3]), int(m[1]))
        elif m := _YMD.fullmatch(text):
            found = date(int(m[1]), int(m[3]), int(m[4]))
        elif m := _SERIAL.fullmatch(text):
            serial = int(m[1])
            if serial == 60:  # Excel's 29 February 1900, a day that never was
                return BAD_DATE
            found = _EXCEL_EPOCH + timedelta(days=serial + (1 if serial < 60 else 0))
        else:
            return BAD_DATE
    except (ValueError, OverflowError):
        return BAD_DATE
    if found.year < 1900:
        return BEFORE_1900
    return found


def parse_score(value: str) -> int | Msgid | None:
    """1 to 5, None for unknown, or the sentence why it is neither."""
    text = value.strip()
    if m := _SCORE.fullmatch(text):
        return int(m[1])
    if text in ("", "?") or normal(text) in UNKNOWN_SCORES:
        return None
    return BAD_SCORE
