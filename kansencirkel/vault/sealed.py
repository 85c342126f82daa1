"""Column types for the fields a team server may only hold as ciphertext (DESIGN §8c).

Names, dates of birth, contact lines, notes and free texts are declared with :class:`Sealed`
or :class:`SealedDate` in the models. On the laptop vault (SQLite/SQLCipher) the whole file
is encrypted, so they pass through unchanged. On any other engine the value is sealed in the
app with the team's field cipher before it is sent, and opened after it is read, so the
repositories see plain values on both stores and do not change.

The cipher travels on the engine's dialect object (one per engine): :func:`attach_cipher`
puts it there when a team store is opened. A non-SQLite engine without one fails closed: a
write or read raises :class:`NoFieldKey` instead of sending or showing anything in the clear.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Protocol

from sqlalchemy import Date, Dialect, Text, TypeDecorator
from sqlalchemy.types import TypeEngine

_CIPHER_ATTRIBUTE = "kansencirkel_field_cipher"


class FieldSealer(Protocol):
    """What a field cipher offers these types (kansencirkel.vault.team.fields.FieldCipher)."""

    def seal(self, value: str, *, table: str, column: str) -> str: ...

    def open(self, text: str, *, table: str, column: str) -> str: ...


class NoFieldKey(RuntimeError):
    """A team store was used without its field key: nothing is sent or read in the clear."""


def attach_cipher(dialect: Dialect, cipher: FieldSealer | None) -> None:
    """Give (or, with None, take away) the field cipher of the engine owning ``dialect``."""
    setattr(dialect, _CIPHER_ATTRIBUTE, cipher)


def _clear(dialect: Dialect) -> bool:
    return dialect.name == "sqlite"


def _cipher(dialect: Dialect) -> FieldSealer:
    cipher: FieldSealer | None = getattr(dialect, _CIPHER_ATTRIBUTE, None)
    if cipher is None:
        raise NoFieldKey("this store needs its field key before it reads or writes these fields")
    return cipher


def _opener(dialect: Dialect, table: str, column: str) -> Callable[[Any], str | None]:
    """Opens one column's values as they come from a team store (None stays None). One
    closure per column: the children list opens some 50,000 values, and the decorator's
    generic path (two calls more per value) was a tenth of that list's time. The cipher is
    looked up per value: it changes when the team's key is rotated."""

    def process(value: Any) -> str | None:
        if value is None:
            return None
        return _cipher(dialect).open(str(value), table=table, column=column)

    return process


class Sealed(TypeDecorator[str]):
    """A text field stored as ciphertext outside the laptop vault, bound to its column."""

    impl = Text
    cache_ok = True

    def __init__(self, table: str, column: str) -> None:
        super().__init__()
        self.table = table
        self.column = column

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None or _clear(dialect):
            return value
        return _cipher(dialect).seal(value, table=self.table, column=self.column)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        if value is None or _clear(dialect):
            return None if value is None else str(value)
        return _opener(dialect, self.table, self.column)(value)

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any] | None:
        if _clear(dialect):
            return super().result_processor(dialect, coltype)
        return _opener(dialect, self.table, self.column)


class SealedDate(TypeDecorator[date]):
    """A date (of birth) stored as ciphertext text outside the laptop vault."""

    impl = Date
    cache_ok = True

    def __init__(self, table: str, column: str) -> None:
        super().__init__()
        self.table = table
        self.column = column

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        return dialect.type_descriptor(Date() if _clear(dialect) else Text())

    def process_bind_param(self, value: date | None, dialect: Dialect) -> Any:
        if value is None or _clear(dialect):
            return value
        return _cipher(dialect).seal(value.isoformat(), table=self.table, column=self.column)

    def process_result_value(self, value: Any, dialect: Dialect) -> date | None:
        if value is None or _clear(dialect):
            return value if value is None or isinstance(value, date) else date.fromisoformat(value)
        return self._dates(dialect)(value)

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any] | None:
        if _clear(dialect):
            return super().result_processor(dialect, coltype)
        return self._dates(dialect)

    def _dates(self, dialect: Dialect) -> Callable[[Any], date | None]:
        opened = _opener(dialect, self.table, self.column)

        def process(value: Any) -> date | None:
            text = opened(value)
            return None if text is None else date.fromisoformat(text)

        return process
