"""Saves of versioned records (children, persons, afspraken, overleggen, toestemmingen,
notities): each names the version its editor was opened on, and a save over a newer one asks
the user.

:func:`save_versioned` runs ``save(version)`` through :class:`~.vault_ops.VaultOps`; when the
vault refuses it with an :class:`~kansencirkel.vault.errors.EditConflict` it opens the
:class:`~.conflict_dialog.ConflictDialog`. "Keep mine" runs the same save again on the stored
version (and asks again if that, too, was overtaken meanwhile); "keep theirs" writes nothing
and tells the views to show the stored record; "back" hands the editor back to the caller.

:class:`VersionedEdit` is how the child's page sections ask for such a save: an ``Edit`` (a
job of the repositories) that also knows its version and how to reopen its editor with what
was typed, for when the save fails (:meth:`ChildPage.run_edit`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kansencirkel.core.changes import Changes, Written
from kansencirkel.ui.conflict_dialog import KEEP_MINE, KEEP_THEIRS, ConflictDialog
from kansencirkel.ui.conflict_fields import FieldRow, Names, changes_of, differing_fields
from kansencirkel.ui.errors import show_error
from kansencirkel.ui.vault_ops import VaultOps
from kansencirkel.vault.errors import EditConflict, Versioned

if TYPE_CHECKING:
    from kansencirkel.vault.repos import Repositories

#: ``save(version, taken)``: store the edit based on ``version``, with the fields in ``taken``
#: (chosen per field in the conflict dialog) as they are stored now instead of as typed.
Save = Callable[[int | None, Mapping[str, Any]], "Written[Any] | Changes"]


def back_sentence(rows: Sequence[FieldRow] = ()) -> str:
    """Shown in an editor reopened after "Terug naar mijn invoer": why, and what is stored
    now where it differs (so it can be taken over by hand before saving again)."""
    text = QCoreApplication.translate(
        "versioned_save",
        "Niet opgeslagen: iemand anders had dit intussen veranderd. Pas aan wat nodig is en "
        "sla opnieuw op; je ziet dan weer wat verschilt.",
    )
    if not rows:
        return text
    stored = "; ".join(f"{r.label}: {_short(r.theirs)}" for r in rows)
    return (
        text
        + " "
        + QCoreApplication.translate("versioned_save", "Nu opgeslagen: {stored}.").format(
            stored=stored
        )
    )


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class VersionedEdit:
    """A section's save of one record. ``save(repos, version, taken)`` stores it based on
    ``version`` (None: a new record, or no version to check), with the fields in ``taken``
    as they are stored now (``per_field``: the save can do that; else ``taken`` is always
    empty); ``reopen(sentence)`` opens the editor again with what was typed and ``sentence``
    above its buttons, False when it cannot (another child is showing by now). Called with
    the repositories, it is an Edit."""

    save: Callable[[Repositories, int | None, Mapping[str, Any]], Written[Any] | Changes]
    version: int | None = None
    reopen: Callable[[str], bool] | None = None
    per_field: bool = False

    def __call__(self, repos: Repositories) -> Written[Any] | Changes:
        return self.save(repos, self.version, {})

    def on(self, version: int | None) -> VersionedEdit:
        """The same save, based on ``version``."""
        return replace(self, version=version)


def unversioned(
    save: Callable[[Repositories], Written[Any] | Changes], reopen: Callable[[str], bool]
) -> VersionedEdit:
    """A section's save with no version to check (a new record):
    when it fails, ``reopen`` brings its editor back with what was typed."""
    return VersionedEdit(lambda repos, _v, _t: save(repos), None, reopen)


def save_versioned(
    ops: VaultOps,
    parent: QWidget,
    save: Save,
    version: int | None,
    *,
    names: Names | None = None,
    on_done: Callable[[Any], object] | None = None,
    on_error: Callable[[BaseException], object] | None = None,
    on_back: Callable[[str], object] | None = None,
    on_theirs: Callable[[Versioned], object] | None = None,
    per_field: bool = False,
    busy_text: str = "",
) -> None:
    """Run ``save(version, {})`` in the background; a conflict asks the user (see the
    module). ``per_field``: the dialog lets the user keep the stored value per field (the
    save then gets those in ``taken``).

    ``on_error``: any other failure (default: one sentence in a message box). ``on_back``:
    offered as "Terug naar mijn invoer" when given; called with the sentence for the editor
    (:func:`back_sentence`). ``on_theirs``: after "keep theirs", with
    the stored record (also when nothing the save would change differs from it).
    """

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, EditConflict):
            if on_error is not None:
                on_error(exc)
            else:
                show_error(parent, exc)
            return
        theirs = exc.theirs
        rows = differing_fields(exc, names)
        if not rows:  # both saved the same: nothing to choose
            keep_theirs(theirs)
            return
        dlg = ConflictDialog(
            exc, names, can_go_back=on_back is not None, per_field=per_field, parent=parent
        )

        def chosen(choice: str) -> None:
            taken = dlg.taken()
            if choice == KEEP_MINE and len(taken) == len(rows):
                choice = KEEP_THEIRS  # the stored value for every field: nothing to write
            if choice == KEEP_MINE:
                save_versioned(
                    ops,
                    parent,
                    lambda version, more: save(version, {**taken, **more}),
                    theirs.version,
                    names=names,
                    on_done=on_done,
                    on_error=on_error,
                    on_back=on_back,
                    on_theirs=on_theirs,
                    per_field=per_field,
                    busy_text=busy_text,
                )
            elif choice == KEEP_THEIRS:
                keep_theirs(theirs)
            elif on_back is not None:
                on_back(back_sentence(rows))

        dlg.chosen.connect(chosen)
        dlg.open()

    def keep_theirs(theirs: Versioned) -> None:
        ops.broadcast(changes_of(theirs))  # nothing written; the views show what is stored
        if on_theirs is not None:
            on_theirs(theirs)

    ops.write(lambda: save(version, {}), on_done, failed, busy_text=busy_text)
