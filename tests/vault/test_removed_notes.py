"""A removed note stays in the vault for its history; ``removed_history`` gives every version
of it (what the AVG inzage shows), the last one replaced by the removal: who, when, why."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from kansencirkel.core.enums import AuditKind, Visibility
from kansencirkel.vault.repos import Repositories
from tests.support.vaults import TEST_MEMBER

DAY = date(2026, 11, 25)


def test_removed_notes_come_back_with_every_version_and_the_removal(
    repos: Repositories, today_is: Callable[[date], date]
) -> None:
    today_is(DAY)
    kid = repos.children.create("Kim", "Jansen", opened_on=date(2026, 1, 5)).value.id
    other = repos.children.create("Lot", "Jansen", opened_on=date(2026, 1, 5)).value.id
    assert repos.notes.removed_history(kid) == []
    kept = repos.notes.create(kid, DAY, "Blijft staan", [], Visibility.DEELBAAR).value
    gone = repos.notes.create(kid, DAY, "Eerst zo", ["veilig"], Visibility.INTERN).value
    repos.notes.edit(gone.id, reason="Aanvulling", text="Daarna zo")
    repos.notes.remove(gone.id, reason="Hoort bij een ander kind")
    elsewhere = repos.notes.create(other, DAY, "Van Lot", [], Visibility.INTERN).value
    repos.notes.remove(elsewhere.id, reason="Weg")

    versions = repos.notes.removed_history(kid)
    assert [(v.note_id, v.version, v.text) for v in versions] == [
        (gone.id, 1, "Eerst zo"),
        (gone.id, 2, "Daarna zo"),
    ]
    last = versions[-1]
    assert last.reason == "Hoort bij een ander kind" and last.replaced_by == TEST_MEMBER
    assert last.elements == ("veilig",) and last.visibility is Visibility.INTERN
    assert kept.id not in {v.note_id for v in versions}
    views = [e for e in repos.audit.entries(kid) if e.kind is AuditKind.VIEW]
    assert views[-1].detail == "history"  # reading the history is logged, never its content
