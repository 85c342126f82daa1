"""Helpers of the import proofs: a real export, mutations of it, and the checks of an outcome.

A file import has exactly two allowed outcomes: the child goes in exactly as the file has it
(:func:`canonical` of what is read back equals that of the file), or the file is refused whole
and the vault holds the same rows as before (:func:`rows`, the audit log included).
"""

from __future__ import annotations

import copy
import json
import re
import string
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from hypothesis import strategies as st

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import (
    ActionStatus,
    Audience,
    ChildStatus,
    Consenter,
    MeetingKind,
    Perspective,
    Role,
    Visibility,
)
from kansencirkel.core.model import CaseFile
from kansencirkel.exchange.casefile_json import to_jsonable
from kansencirkel.vault.models import Base

_DATE = re.compile(r"\d{4}-\d\d-\d\d$")
_MOMENT = re.compile(r"\d{4}-\d\d-\d\dT")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")
_SETS = ("elements", "parts", "audiences")  # tags: their order and doubles carry no meaning
_RECORDS = ("assessments", "superseded", "actions", "meetings", "notes", "consents")
_MOMENTS = ("recorded_at", "superseded_at")

ENUM_VALUES = sorted(
    {
        e.value
        for enum in (
            ActionStatus,
            Audience,
            ChildStatus,
            Consenter,
            MeetingKind,
            Perspective,
            Role,
            Visibility,
        )
        for e in enum
    }
    | set(ELEMENT_KEYS)
)

NASTY_TEXT = [
    "",
    " ",
    "\t\n",
    "\x00",
    "Kim\x00",
    "\ud800",
    "a\udfffb",
    "\x07\x1b[31m",
    "\u202eRTL\u202c",
    "مرحبا",
    "\u200b",
    "\ufeff",
    "x" * 20_000,
    "0",
    "null",
    "{}",
]
NASTY_DATES = ["2026-02-30", "2026-1-1", "", "9999-12-31", "0001-01-01", "20261125", "2026-W48-3"]
NASTY_MOMENTS = [
    "2026-01-01T10:00:00",
    "2026-01-01",
    "0001-01-01T00:00:00+01:00",
    "9999-12-31T23:59:59-01:00",
    "2026-01-01T10:00:00Z",
    "2026-01-01T10:00:00+25:00",
    "gisteren",
]

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-10, max_value=10),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(NASTY_TEXT + NASTY_DATES + NASTY_MOMENTS + ENUM_VALUES),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def slots(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a JSON value (path from the top)."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield (*path, key)
            yield from slots(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield (*path, i)
            yield from slots(value, (*path, i))


def _ids(data: Any) -> list[str]:
    return sorted(
        {v for p in slots(data) if isinstance(v := _get(data, p), str) and _UUID.match(v)}
    )


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


def near_misses(value: Any, ids: list[str]) -> st.SearchStrategy[Any]:
    """Values a careless tool or a hand edit would put where ``value`` is."""
    if isinstance(value, bool):
        return st.sampled_from([not value, "true", 1, None])
    if isinstance(value, int):
        return st.integers(min_value=-3, max_value=8) | st.just(10**30) | st.just(2**63)
    if isinstance(value, str) and _MOMENT.match(value):
        return st.sampled_from(NASTY_MOMENTS) | st.datetimes().map(datetime.isoformat)
    if isinstance(value, str) and _DATE.match(value):
        return st.sampled_from(NASTY_DATES) | st.dates().map(lambda d: d.isoformat())
    if isinstance(value, str) and _UUID.match(value):
        return st.sampled_from([value.upper(), value[:-1], "", value.replace("-", ""), *ids])
    if isinstance(value, str):
        return st.sampled_from(NASTY_TEXT + ENUM_VALUES) | st.text(
            alphabet=st.characters(codec="utf-8") | st.sampled_from(string.printable), max_size=30
        )
    return json_values


@st.composite
def mutated(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    """``base`` (an export's JSON) with one to three edits anywhere in it."""
    data = copy.deepcopy(base)
    ids = _ids(data)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        path = draw(st.sampled_from(list(slots(data))))
        parent, key = _get(data, path[:-1]), path[-1]
        op = draw(st.sampled_from(["near", "near", "replace", "drop", "add", "double"]))
        if op == "near":
            parent[key] = draw(near_misses(parent[key], ids))
        elif op == "replace":
            parent[key] = draw(json_values)
        elif op == "drop":
            del parent[key]
        elif op == "add" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["extra", "given_nmae", *ENUM_VALUES]))] = draw(
                json_scalars
            )
        elif op == "double" and isinstance(parent, list):
            parent.insert(key, copy.deepcopy(parent[key]))
    return data


def encoded(draw: st.DrawFn, data: Any) -> bytes:
    """JSON text of ``data`` as bytes, escaped or not (a lone surrogate is then no UTF-8)."""
    text = json.dumps(
        data, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 2]))
    )
    return text.encode("utf-8", "surrogatepass")


@st.composite
def damaged_bytes(draw: st.DrawFn, raw: bytes) -> bytes:
    """``raw`` damaged as files get damaged: bits flipped, cut short, bytes put in or taken
    out, saved in another encoding."""
    op = draw(st.sampled_from(["flip", "cut", "insert", "remove", "encoding", "bom", "swap"]))
    data = bytearray(raw)
    at = draw(st.integers(min_value=0, max_value=len(data) - 1))
    if op == "flip":
        for _ in range(draw(st.integers(min_value=1, max_value=8))):
            i = draw(st.integers(min_value=0, max_value=len(data) - 1))
            data[i] ^= 1 << draw(st.integers(min_value=0, max_value=7))
    elif op == "cut":
        del data[at:]
    elif op == "insert":
        data[at:at] = draw(st.binary(min_size=1, max_size=16))
    elif op == "remove":
        del data[at : at + draw(st.integers(min_value=1, max_value=64))]
    elif op == "encoding":
        codec = draw(st.sampled_from(["utf-16", "utf-32", "latin-1", "cp1252"]))
        return raw.decode("utf-8").encode(codec, "replace")
    elif op == "bom":
        return b"\xef\xbb\xbf" + raw
    else:  # one structural character for another
        for i in range(at, len(data)):
            if data[i] in b'{}[]:,"':
                data[i] = draw(st.sampled_from(list(b'{}[]:,"')))
                break
    return bytes(data)


def canonical(case: CaseFile) -> Any:
    """What must survive an import, written comparably: records by id, tags as sets, moments
    in UTC, unscored elements as 'weet niet'. The derived retention date is left out."""
    data = to_jsonable(case)
    data["child"].pop("retention_until", None)
    for kind in _RECORDS:
        for record in data[kind]:
            for key in _SETS:
                if key in record:
                    record[key] = sorted(set(record[key]))
            for key in _MOMENTS:
                if record.get(key):
                    record[key] = datetime.fromisoformat(record[key]).astimezone(UTC).isoformat()
            if "scores" in record:
                record["scores"] = {k: record["scores"].get(k) for k in ELEMENT_KEYS}
                record["notes"] = {k: record["notes"].get(k, "") for k in ELEMENT_KEYS}
        data[kind].sort(key=lambda r: r["id"])
    data["involvements"].sort(key=lambda i: i["person"]["id"])
    return data


def rows(conn: Any) -> dict[str, int]:
    """Rows in every table of the vault, the audit log included."""
    return {
        t: int(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() or 0)
        for t in Base.metadata.tables
    }
