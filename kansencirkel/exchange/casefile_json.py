"""A child's whole file as JSON and back, for ``export`` and ``import``.

Generic over the frozen dataclasses in :mod:`kansencirkel.core.model`, driven by their type
hints, so a new optional field travels without code here. Reading is strict: anything that does
not fit the types raises :class:`ValueError` (the command turns that into one sentence).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any, Union, get_args, get_origin, get_type_hints

from kansencirkel.core.model import CaseFile

FORMAT = "kansencirkel-child"
VERSION = 1


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [to_jsonable(v) for v in value]
    return value


def _fail(tp: Any, value: Any) -> ValueError:
    return ValueError(f"expected {tp}, got {type(value).__name__}")


def from_jsonable(tp: Any, value: Any) -> Any:
    origin = get_origin(tp)
    if tp is Any or tp is object:
        return value
    if origin in (Union, types.UnionType):
        options = get_args(tp)
        if value is None:
            if type(None) in options:
                return None
            raise _fail(tp, value)
        errors = []
        for option in options:
            if option is type(None):
                continue
            try:
                return from_jsonable(option, value)
            except (ValueError, TypeError) as exc:
                errors.append(exc)
        raise _fail(tp, value)
    if origin is tuple:
        if not isinstance(value, list):
            raise _fail(tp, value)
        item = get_args(tp)[0]
        return tuple(from_jsonable(item, v) for v in value)
    if origin in (Mapping, dict, typing.Mapping):
        if not isinstance(value, dict):
            raise _fail(tp, value)
        _, value_type = get_args(tp)
        return {str(k): from_jsonable(value_type, v) for k, v in value.items()}
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(value)
    if tp is datetime:
        if not isinstance(value, str):
            raise _fail(tp, value)
        return datetime.fromisoformat(value)
    if tp is date:
        if not isinstance(value, str):
            raise _fail(tp, value)
        return date.fromisoformat(value)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise _fail(tp, value)
        hints = get_type_hints(tp)
        kwargs = {}
        for f in dataclasses.fields(tp):
            if f.name in value:
                kwargs[f.name] = from_jsonable(hints[f.name], value[f.name])
        return tp(**kwargs)
    if tp is bool:
        if not isinstance(value, bool):
            raise _fail(tp, value)
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _fail(tp, value)
        return value
    if tp is str:
        if not isinstance(value, str):
            raise _fail(tp, value)
        return value
    raise TypeError(f"unsupported type {tp}")


def case_file_to_json(case: CaseFile, exported_at: datetime) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": exported_at.isoformat(),
        "case_file": to_jsonable(case),
    }


def case_file_from_json(data: Any) -> CaseFile:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a Kansencirkel child export")
    if data.get("version") != VERSION:
        raise ValueError("unsupported export version")
    case = from_jsonable(CaseFile, data.get("case_file"))
    assert isinstance(case, CaseFile)
    return case
