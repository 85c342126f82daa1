"""Checks of single values (a text, a date, an id, a score) and where they report to.

A check tells a :class:`Checker` what is wrong with a named field. :data:`STRICT` raises
:class:`~kansencirkel.vault.errors.InputRejected` with the first sentence, as a form or a
command wants; a file import uses a collecting checker (:mod:`.problems`) that notes every
problem with its record and field. The checks never raise anything else, whatever the value's
type, so a malformed file cannot turn into a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TypeVar

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.i18n import N_, Msgid
from kansencirkel.vault.errors import InputRejected

E = TypeVar("E", bound=StrEnum)

#: Characters per text field: a long note is a few thousand; a form accepts 100,000.
MAX_TEXT = 1_000_000
_SHOWN = 40  # characters of a refused value quoted back in a message

NOT_TEXT = N_("Hier hoort tekst.")
TEXT_TOO_LONG = N_("Deze tekst is langer dan {limit} tekens.")
BAD_CHARACTER = N_(
    "Deze tekst bevat een teken dat niet bewaard kan worden (een NUL-teken of een half teken)."
)
NOT_A_DATE = N_("Vul een geldige datum in.")
NOT_A_MOMENT = N_("Hier hoort een tijdstip met datum en tijd.")
NO_TIME_ZONE = N_("Dit tijdstip heeft geen tijdzone (zoals +00:00).")
MOMENT_OUT_OF_RANGE = N_("Dit tijdstip ligt buiten de jaren 1 tot en met 9999.")
BAD_ID = N_("Dit is geen geldig id; een id is een UUID zoals de app die maakt.")
NOT_YES_NO = N_("Hier hoort ja of nee (true of false).")
NOT_A_LIST = N_("Hier hoort een lijst.")
UNKNOWN_ELEMENT = N_("Het ontwikkelgebied '{key}' bestaat niet.")
BAD_SCORE = N_("Een score is 1 tot en met 5, of 'weet niet'; 0 of een ander getal kan niet.")


class Checker:
    """Where checks report a problem. This one raises at the first (see :data:`STRICT`)."""

    def fail(self, field: str, msgid: Msgid, /, **values: object) -> None:
        raise InputRejected(msgid, **values)


#: What the repositories use: the first problem is the one sentence the user sees.
STRICT = Checker()


def shown(value: object) -> str:
    """A refused value as it may be quoted in a message: short, one line, printable."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) <= _SHOWN and text.isprintable():
        return text
    short = "".join(ch if ch.isprintable() else "\ufffd" for ch in text[:_SHOWN])
    return short + "…" if len(text) > _SHOWN else short


def visible(value: str) -> bool:
    """Something visible: whitespace or control characters alone are empty."""
    stripped = value.lstrip()
    if stripped and stripped[0].isprintable():  # the usual case, without a loop
        return True
    return any(ch.isprintable() and not ch.isspace() for ch in value)


def storable(value: str) -> bool:
    """No NUL (it cuts text short in SQL functions) and no half a surrogate pair (it cannot be
    written as UTF-8; JSON's "\\ud800" makes one)."""
    if "\x00" in value:
        return False
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def text(c: Checker, field: str, value: object, required: Msgid | None = None) -> bool:
    """A text that can be stored; with ``required``, also something visible (else that
    sentence). True when the value is a storable text."""
    if not isinstance(value, str):
        c.fail(field, NOT_TEXT)
        return False
    if len(value) > MAX_TEXT:
        c.fail(field, TEXT_TOO_LONG, limit=MAX_TEXT)
        return False
    if not storable(value):
        c.fail(field, BAD_CHARACTER)
        return False
    if required is not None and not visible(value):
        c.fail(field, required)
        return False
    return True


def member(c: Checker, field: str, value: object, enum: type[E], msgid: Msgid) -> E | None:
    """The enum member for ``value`` (a member or its stored string), or None after ``msgid``."""
    if isinstance(value, enum):
        return value
    if isinstance(value, str):
        try:
            return enum(value)
        except ValueError:
            pass
    c.fail(field, msgid)
    return None


def as_day(value: object) -> date | None:
    """``value`` when it is a calendar date (not a date and time), else None: for a rule that
    compares with a date checked elsewhere."""
    return value if isinstance(value, date) and not isinstance(value, datetime) else None


def day(c: Checker, field: str, value: object, *, optional: bool = False) -> date | None:
    """A calendar date (None allowed only when ``optional``): the date, to compare further,
    or None."""
    if value is None and optional:
        return None
    found = as_day(value)
    if found is None:
        c.fail(field, NOT_A_DATE)
    return found


def moment(c: Checker, field: str, value: object, *, optional: bool = False) -> datetime | None:
    """A date and time with its time zone (the vault stores UTC moments only)."""
    if value is None and optional:
        return None
    if not isinstance(value, datetime):
        c.fail(field, NOT_A_MOMENT)
        return None
    if value.utcoffset() is None:
        c.fail(field, NO_TIME_ZONE)
        return None
    try:
        value.astimezone(UTC)  # how the vault stores it
    except OverflowError:  # 0001-01-01T00:00+01:00 is still year 0 in UTC
        c.fail(field, MOMENT_OUT_OF_RANGE)
        return None
    return value


_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32}")


def is_id(value: object) -> bool:
    """An id as the app makes them: a UUID in lower case, with hyphens (records) or without
    (team members)."""
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def record_id(c: Checker, field: str, value: object, *, optional: bool = False) -> bool:
    if value is None and optional:
        return False
    if not is_id(value):
        c.fail(field, BAD_ID)
        return False
    return True


def flag(c: Checker, field: str, value: object) -> None:
    if not isinstance(value, bool):
        c.fail(field, NOT_YES_NO)


def elements(c: Checker, field: str, keys: object) -> None:
    """Element keys: each one must exist (an unknown one is never silently dropped)."""
    if isinstance(keys, str) or not isinstance(keys, Iterable):
        c.fail(field, NOT_A_LIST)
        return
    for key in keys:
        if not isinstance(key, str) or key not in ELEMENT_KEYS:
            c.fail(field, UNKNOWN_ELEMENT, key=shown(key))


def is_score(value: object) -> bool:
    """1 to 5, or None for 'weet niet'."""
    return value is None or (type(value) is int and 1 <= value <= 5)


def per_element(c: Checker, field: str, values: object) -> Mapping[object, object]:
    """A mapping from element key to something: its keys checked, the mapping returned (empty
    when it is not one)."""
    if not isinstance(values, Mapping):
        c.fail(field, NOT_A_LIST)
        return {}
    elements(c, field, values.keys())
    return values


def below(field: str, key: object) -> str:
    """The name of one entry of a mapping field: "scores.actief"."""
    return f"{field}.{shown(key)}"


def element_keys(keys: Iterable[str]) -> tuple[str, ...]:
    """Known element keys in NJi order, without duplicates (raises on an unknown one)."""
    wanted = set(keys)
    elements(STRICT, "elements", wanted)
    return tuple(k for k in ELEMENT_KEYS if k in wanted)
