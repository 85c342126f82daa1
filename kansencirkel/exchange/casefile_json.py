"""A child's whole file as JSON and back, for ``export`` and ``import``.

Generic over the frozen dataclasses in :mod:`kansencirkel.core.model`, driven by their type
hints, so a new optional field travels without code here. Reading is strict and says where:
bytes that are no UTF-8 JSON, a key that is missing, unknown or doubled, a value of the wrong
type or outside its choices — each is a :class:`~kansencirkel.vault.validation.Problem` of the
record and field, and a file with any is refused whole (:class:`FileRejected`, exit code 5).
Whether the values make sense (dates, names, ids) is not decided here but by the vault's one
set of rules, when the case file is imported.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, Union, get_args, get_origin, get_type_hints

from kansencirkel.core import clock
from kansencirkel.core.enums import MeetingStatus
from kansencirkel.core.i18n import N_, Message, Msgid
from kansencirkel.core.model import Action, CaseFile, Child, Consent, Meeting, Person
from kansencirkel.vault.errors import InputRejected
from kansencirkel.vault.validation import FileRejected, Problem
from kansencirkel.vault.validation import fields as f
from kansencirkel.vault.validation.problems import RECORDS

FORMAT = "kansencirkel-child"
VERSION = 1
MAX_BYTES = 50 * 1024 * 1024  # one child's file is well under a megabyte

NOT_AN_EXPORT = N_("Dit bestand is geen geldige export van een Kansencirkel-dossier.")
OTHER_VERSION = N_(
    "Dit bestand is een export in versie {version} van het dossierformaat; deze app leest "
    "versie {supported}."
)
TOO_BIG = N_("Dit bestand is groter dan {megabytes} MB; een export van één dossier is kleiner.")
NOT_UTF8 = N_("Dit bestand is geen UTF-8-tekst, dus geen export van een Kansencirkel-dossier.")
NOT_JSON = N_(
    "Dit bestand is geen geldige JSON (regel {line}, teken {column}), dus geen export van een "
    "Kansencirkel-dossier."
)
TOO_DEEP = N_("Dit bestand is te diep genest voor een export van een Kansencirkel-dossier.")
TOO_MANY_DIGITS = N_("Dit bestand bevat een getal met te veel cijfers.")
MISSING = N_("Dit gegeven ontbreekt.")
UNKNOWN_KEY = N_("Dit gegeven hoort niet in een export van een Kansencirkel-dossier.")
DUPLICATE_KEY = N_("Dit gegeven staat er twee keer in.")
EXPECTED_OBJECT = N_("Hier horen gegevens tussen accolades.")
EXPECTED_INTEGER = N_("Hier hoort een geheel getal.")
EXPECTED_DATE = N_("Hier hoort een datum (JJJJ-MM-DD).")
EXPECTED_MOMENT = N_("Hier hoort een tijdstip met tijdzone (JJJJ-MM-DDTUU:MM:SS+00:00).")
UNKNOWN_VALUE = N_("De waarde '{value}' kan hier niet; kies uit: {choices}.")

_TOP_KEYS = frozenset({"format", "version", "exported_at", "case_file"})
#: Fields that belong to the vault, not to the child's file: never written, never read (the
#: window for comparing readings is the receiving vault's own setting).
#: Nor is the ``version`` of a child, person, afspraak, overleg or toestemming: it counts the
#: saves in one store (a file read in starts at 1 there). Notes and metingen keep theirs.
_NOT_IN_FILE: dict[type, frozenset[str]] = {
    CaseFile: frozenset({"compare_months"}),
    **{tp: frozenset({"version"}) for tp in (Child, Person, Action, Meeting, Consent)},
}


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        skip = _NOT_IN_FILE.get(type(value), frozenset())
        return {
            x.name: to_jsonable(getattr(value, x.name))
            for x in dataclasses.fields(value)
            if x.name not in skip
        }
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [to_jsonable(v) for v in value]
    if isinstance(value, set | frozenset):  # e.g. "hier wil ik over praten" elements
        return sorted(to_jsonable(v) for v in value)
    return value


def case_file_text(case: CaseFile, exported_at: datetime) -> str:
    """The export file's text: the JSON of :func:`case_file_to_json`, readable, one newline."""
    return json.dumps(case_file_to_json(case, exported_at), ensure_ascii=False, indent=2) + "\n"


def case_file_to_json(case: CaseFile, exported_at: datetime) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": exported_at.isoformat(),
        "case_file": to_jsonable(case),
    }


# --- reading -----------------------------------------------------------------------------

Path = tuple[str | int, ...]


class _Broken:
    """What a value that did not fit reads as; its problem is noted already."""


_BROKEN = _Broken()


def _problem(path: Path, msgid: Msgid, values: Mapping[str, object]) -> Problem:
    """Where in the file: ``("case_file", "assessments", 2, "scores", "actief")`` is
    "meting 3, scores.actief"; positions are counted from 1, as people count."""
    record, number, below = "file", None, path
    if path[:1] == ("case_file",) and len(path) > 1:
        head, rest = path[1], path[2:]
        if head == "child":
            record, below = "child", rest
        elif isinstance(head, str) and head in RECORDS and rest and isinstance(rest[0], int):
            record, number, below = head, rest[0] + 1, rest[1:]
        else:
            below = path[1:]
    name = ".".join(f.shown(p) if isinstance(p, str) else str(p + 1) for p in below)
    return Problem(record, number, name, Message(msgid, values))


class _Reader:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, path: Path, msgid: Msgid, **values: object) -> _Broken:
        if len(self.problems) < 1000:
            self.problems.append(_problem(path, msgid, values))
        return _BROKEN

    def read(self, tp: Any, value: Any, path: Path) -> Any:
        origin = get_origin(tp)
        if origin in (Union, types.UnionType):
            options = [o for o in get_args(tp) if o is not type(None)]
            if len(options) != 1:
                raise TypeError(f"unsupported type {tp}")  # only "X | None" in the model
            if value is None and len(options) < len(get_args(tp)):
                return None
            return self.read(options[0], value, path)
        if origin in (tuple, frozenset):
            if not isinstance(value, list):
                return self.fail(path, f.NOT_A_LIST)
            items = [self.read(get_args(tp)[0], v, (*path, i)) for i, v in enumerate(value)]
            return _BROKEN if any(i is _BROKEN for i in items) else origin(items)
        if origin in (Mapping, dict, typing.Mapping):
            if not isinstance(value, dict):
                return self.fail(path, EXPECTED_OBJECT)
            value_type = get_args(tp)[1]
            read = {k: self.read(value_type, v, (*path, k)) for k, v in value.items()}
            return _BROKEN if _BROKEN in read.values() else read
        if isinstance(tp, type) and dataclasses.is_dataclass(tp):
            return self.record(tp, value, path)
        return self.scalar(tp, value, path)

    def record(self, tp: type, value: Any, path: Path) -> Any:
        if not isinstance(value, dict):
            return self.fail(path, EXPECTED_OBJECT)
        hints, required = _shape(tp)
        for key in value.keys() - hints.keys():
            self.fail((*path, key), UNKNOWN_KEY)
        for key in required - value.keys():
            self.fail((*path, key), MISSING)
        kwargs = {k: self.read(hints[k], v, (*path, k)) for k, v in value.items() if k in hints}
        if len(kwargs) < len(value) or len(required - value.keys()):
            return _BROKEN
        if any(v is _BROKEN for v in kwargs.values()):
            return _BROKEN
        return tp(**kwargs)

    def scalar(self, tp: Any, value: Any, path: Path) -> Any:
        if isinstance(tp, type) and issubclass(tp, Enum):
            try:
                return tp(value)
            except (ValueError, TypeError):
                choices = ", ".join(str(m.value) for m in tp)
                return self.fail(path, UNKNOWN_VALUE, value=f.shown(value), choices=choices)
        if tp is datetime or tp is date:
            msgid = EXPECTED_MOMENT if tp is datetime else EXPECTED_DATE
            if not isinstance(value, str):
                return self.fail(path, msgid)
            try:
                return tp.fromisoformat(value)
            except ValueError:
                return self.fail(path, msgid)
        if tp is bool:
            return value if isinstance(value, bool) else self.fail(path, f.NOT_YES_NO)
        if tp is int:
            if isinstance(value, bool) or not isinstance(value, int):
                return self.fail(path, EXPECTED_INTEGER)
            return value
        if tp is str:
            return value if isinstance(value, str) else self.fail(path, f.NOT_TEXT)
        raise TypeError(f"unsupported type {tp}")


@cache
def _shape(tp: type) -> tuple[dict[str, Any], frozenset[str]]:
    """A dataclass's fields with their types, and which of them have no default."""
    hints = get_type_hints(tp)
    skip = _NOT_IN_FILE.get(tp, frozenset())
    fields = [x for x in dataclasses.fields(tp) if x.name not in skip]
    missing = dataclasses.MISSING
    required = {x.name for x in fields if x.default is missing and x.default_factory is missing}
    return {x.name: hints[x.name] for x in fields}, frozenset(required)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data = dict(pairs)
    if len(data) != len(pairs):
        raise _DuplicateKey
    return data


class _DuplicateKey(Exception):
    pass


def parse_json(raw: bytes) -> Any:
    """The JSON value of ``raw`` (UTF-8, a byte-order mark allowed), or one clear sentence."""
    if len(raw) > MAX_BYTES:
        raise InputRejected(TOO_BIG, megabytes=MAX_BYTES // (1024 * 1024))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputRejected(NOT_UTF8) from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as exc:
        raise InputRejected(NOT_JSON, line=exc.lineno, column=exc.colno) from None
    except _DuplicateKey:
        raise FileRejected([Problem("file", None, "", Message(DUPLICATE_KEY))]) from None
    except RecursionError:
        raise InputRejected(TOO_DEEP) from None
    except ValueError:  # a number beyond Python's limit of digits
        raise InputRejected(TOO_MANY_DIGITS) from None


def _planned_before_status(case: Any) -> None:
    """Files exported before an overleg had a status: one dated after today was not held
    yet, so it is planned (as the vault's upgrade to revision 0002 decides too)."""
    meetings = case.get("meetings") if isinstance(case, dict) else None
    if not isinstance(meetings, list):
        return
    today = clock.today().isoformat()
    for m in meetings:
        if isinstance(m, dict) and "status" not in m:
            held = m.get("held_on")
            if isinstance(held, str) and len(held) == len(today) and held > today:
                m["status"] = MeetingStatus.GEPLAND.value


def case_file_from_json(data: Any) -> CaseFile:
    """The case file in an export's JSON value; raises :class:`InputRejected` (not an export,
    another version) or :class:`FileRejected` (every place that does not fit)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputRejected(NOT_AN_EXPORT)
    version = data.get("version")
    if version != VERSION or isinstance(version, bool):
        if isinstance(version, int) and not isinstance(version, bool):
            raise InputRejected(OTHER_VERSION, version=version, supported=VERSION)
        raise InputRejected(NOT_AN_EXPORT)
    _planned_before_status(data.get("case_file"))
    reader = _Reader()
    for key in data.keys() - _TOP_KEYS:
        reader.fail((key,), UNKNOWN_KEY)
    if "exported_at" in data:
        reader.read(datetime, data["exported_at"], ("exported_at",))
    case = reader.read(CaseFile, data.get("case_file"), ("case_file",))
    if reader.problems:
        raise FileRejected(reader.problems)
    assert isinstance(case, CaseFile)
    return case
