"""Record versions: a save names the version it was based on, and a save over a newer one is
refused as an :class:`~kansencirkel.vault.errors.EditConflict` showing both sides.

Every save of a versioned record (children, persons, actions, meetings, consents, notes)
starts with one guarded statement, ``UPDATE … SET version = version + 1 WHERE id = :id AND
version = :expected``, before anything else of the save is written. It is atomic on both stores: on
PostgreSQL two clients' statements on one row wait for each other and the second sees the
first's version, so at most one of two saves based on the same version wins. The row is then
read again, so what the save checks and builds on is the record as it is now.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from sqlalchemy import update
from sqlalchemy.orm import Session

from kansencirkel.vault.errors import EditConflict, Versioned
from kansencirkel.vault.models import Base
from kansencirkel.vault.repos.base import get_or_404

R = TypeVar("R", bound=Base)

_CLAIMED = "kc_versions_claimed"  # session.info: (table, id) -> version before this transaction


def claim(
    session: Session,
    row: R,
    what: str,
    expected: int | None,
    *,
    mine: Mapping[str, object],
    theirs: Callable[[R], Versioned],
) -> R:
    """Count ``row``'s version one up for this save, if it is still at ``expected`` (None:
    whatever it is), and return the row as it is now. Otherwise raise EditConflict with
    ``mine`` and ``theirs(current row)``; nothing was written then.

    A record is counted up once per transaction: a use case of several saves of one record
    (edit and evaluate an afspraak) is one new version.
    """
    model = type(row)
    ident: str = row.id  # type: ignore[attr-defined]
    claimed: dict[tuple[str, str], int] = session.info.setdefault(_CLAIMED, {})
    key = (model.__name__, ident)
    if key in claimed:
        if expected is not None and expected != claimed[key]:
            raise _conflict(session, model, ident, what, expected, mine, theirs)
        return row
    column = model.version  # type: ignore[attr-defined]
    stmt = update(model).where(model.id == ident)  # type: ignore[attr-defined]
    if expected is not None:
        stmt = stmt.where(column == expected)
    result = session.connection().execute(stmt.values(version=column + 1))
    if result.rowcount != 1:
        raise _conflict(session, model, ident, what, expected, mine, theirs)
    session.refresh(row)  # the record as it is now, with its new version
    claimed[key] = int(row.version) - 1  # type: ignore[attr-defined]
    return row


def _conflict(
    session: Session,
    model: type[R],
    ident: str,
    what: str,
    expected: int | None,
    mine: Mapping[str, object],
    theirs: Callable[[R], Versioned],
) -> EditConflict:
    session.expunge_all()  # read the record as the store has it now, not as it was loaded
    current = get_or_404(session, model, ident, what)  # removed meanwhile: NotFound
    return EditConflict(mine=mine, theirs=theirs(current), expected=expected)
