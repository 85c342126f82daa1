"""Afspraken: who does what, for which element, by when, and how it went.

Overdue shows as words ("over tijd") plus a plain clock icon — never a red/green light.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from kansencirkel.core.changes import Written
from kansencirkel.core.enums import ActionStatus
from kansencirkel.core.evaluation import HELPED_NAMES, changed_since
from kansencirkel.core.i18n import gettext
from kansencirkel.core.model import Action, Assessment
from kansencirkel.ui.dialog_helpers import show_error_label
from kansencirkel.ui.sections.common import (
    Section,
    button_bar,
    element_names,
    fmt_date,
    lang,
    overdue_icon,
    tr,
)
from kansencirkel.ui.versioned_save import VersionedEdit, unversioned

if TYPE_CHECKING:
    from kansencirkel.vault.repos import Repositories

_ID = Qt.ItemDataRole.UserRole
STATUS_COLUMN = 5


def status_text(a: Action, today: date) -> str:
    from kansencirkel.ui.action_dialog import STATUS_NAMES

    text = tr(STATUS_NAMES[a.status])
    return tr("Over tijd — %s") % text.lower() if a.is_overdue(today) else text


CLOSED = (ActionStatus.AFGEROND, ActionStatus.GESTOPT)


def evaluation_text(a: Action, assessments: tuple[Assessment, ...]) -> str:
    """'ja — Speelt vaker buiten', with a word when a reading it was based on changed."""
    ev = a.evaluated
    if ev is None:
        text = a.evaluation.replace("\n", " ")
        return text or (tr("nog niet geëvalueerd") if a.status in CLOSED else "")
    text = f"{gettext(HELPED_NAMES[ev.helped], lang=lang())} — {ev.sentence}".replace("\n", " ")
    if changed_since(ev, assessments):
        text += " " + tr("(een meting is sindsdien gewijzigd)")
    return text


class ActionsSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button = self.button(QT_TR_NOOP("Nieuwe &afspraak…"))
        self.edit_button = self.button(QT_TR_NOOP("&Wijzigen…"))
        self.status_button = self.button(QT_TR_NOOP("Stat&us en evaluatie…"))
        self.add_button.setObjectName("addActionButton")
        self.layout_.addLayout(button_bar(self.add_button, self.edit_button, self.status_button))
        self.tree = self.new_tree(
            [
                QT_TR_NOOP("Wat"),
                QT_TR_NOOP("Wie"),
                QT_TR_NOOP("Ontwikkelgebied"),
                QT_TR_NOOP("Start"),
                QT_TR_NOOP("Uiterlijk"),
                QT_TR_NOOP("Status"),
                QT_TR_NOOP("Evaluatie"),
                QT_TR_NOOP("Soort"),
            ],
            "actionsTree",
        )
        self.layout_.addWidget(self.tree)
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(lambda: self.open_dialog(self.current()))
        self.status_button.clicked.connect(self._status_or_evaluation)
        self.tree.itemActivated.connect(lambda *_: self.open_dialog(self.current()))
        self.tree.currentItemChanged.connect(self._enable)
        self._by_id: dict[str, Action] = {}
        self._enable()

    def refresh(self) -> None:
        self.tree.clear()
        self._by_id = {}
        if self.data is not None:
            today = self.data.today
            actions = sorted(
                self.data.case.actions,
                key=lambda a: (not a.status.is_open, a.due_on is None, a.due_on or today),
            )
            for a in actions:
                self._by_id[a.id] = a
                item = QTreeWidgetItem(
                    [
                        a.what.replace("\n", " "),
                        a.owner.name if a.owner else "–",
                        element_names(a.elements),
                        fmt_date(a.start_on),
                        fmt_date(a.due_on),
                        status_text(a, today),
                        evaluation_text(a, self.data.case.assessments),
                        self.data.kinds.label(a.kind, lang()),
                    ]
                )
                item.setData(0, _ID, a.id)
                if a.is_overdue(today):
                    item.setIcon(STATUS_COLUMN, overdue_icon())
                    font = item.font(STATUS_COLUMN)
                    font.setBold(True)
                    item.setFont(STATUS_COLUMN, font)
                self.tree.addTopLevelItem(item)
            for i in range(6):
                self.tree.resizeColumnToContents(i)
        self._enable()

    def current(self) -> Action | None:
        item = self.tree.currentItem()
        return self._by_id.get(item.data(0, _ID)) if item is not None else None

    def _enable(self) -> None:
        has = self.current() is not None
        self.edit_button.setEnabled(has)
        self.status_button.setEnabled(has)
        self.add_button.setEnabled(self.data is not None)

    def open_dialog(
        self,
        action: Action | None,
        *,
        status: bool = False,
        meeting_id: str | None = None,
        typed: dict[str, Any] | None = None,
        message: str = "",
    ) -> Any:
        """The afspraak's editor; ``typed``: what was typed before a save that failed (then
        ``message`` says why), on the same afspraak as it was opened then."""
        if self.data is None:
            return None
        from kansencirkel.ui.action_dialog import ActionDialog

        people = [i.person for i in self.data.case.involvements]
        known = {p.id for p in people}
        people += [p for p in self.data.team if p.id not in known]
        dlg = ActionDialog(
            people,
            self.data.case.meetings,
            action,
            meeting_id=meeting_id,
            today=self.data.today,
            kinds=self.data.kinds,
            parent=self,
        )
        if status:
            dlg.focus_status()
        if typed is not None:
            dlg.set_values(typed)
        if message:
            show_error_label(dlg.ui.errorLabel, message)
        dlg.accepted.connect(lambda: self._save(dlg.values(), action))
        self.dialog = dlg
        dlg.open()
        return dlg

    def _status_or_evaluation(self) -> None:
        """A finished or stopped afspraak opens its evaluation; an open one its status."""
        action = self.current()
        if action is not None and action.status in CLOSED:
            self.open_evaluation(action, action.status)
        else:
            self.open_dialog(action, status=True)

    def open_evaluation(
        self,
        action: Action | None,
        status: ActionStatus,
        fields: dict[str, Any] | None = None,
        *,
        typed: tuple[Any, str] | None = None,
        message: str = "",
    ) -> Any:
        """Ask "heeft het geholpen?". ``fields``: the afspraak as just edited (``action`` is
        None for a new one); on Save they and the evaluation are written in one transaction
        (:meth:`ActionsRepository.finish`), on Cancel only they are. ``typed``: the answer
        and sentence given before a save that failed, ``message`` why."""
        assert self.data is not None
        from kansencirkel.ui.evaluation_dialog import EvaluationDialog

        shown = action or Action("", self.data.child_id, "", (), None, None, None, status)
        if fields is not None:
            keep = {k: fields[k] for k in ("what", "elements", "start_on", "evaluation")}
            shown = replace(shown, **keep)
        today = self.data.today
        dlg = EvaluationDialog(shown, self.data.case.assessments, status, today, parent=self)
        if shown.evaluated is None and shown.evaluation:
            dlg.ui.sentenceEdit.setText(shown.evaluation)
        if typed is not None:
            helped, sentence = typed
            if helped in dlg.radios:
                dlg.radios[helped].setChecked(True)
            dlg.ui.sentenceEdit.setText(sentence)
        if message:
            show_error_label(dlg.ui.errorLabel, message)
        dlg.accepted.connect(
            lambda: self._write_evaluated(
                action, fields, status, dlg.helped(), dlg.sentence(), today
            )
        )
        if fields is not None:
            edited = fields
            dlg.rejected.connect(lambda: self._write(edited, action))
        self.dialog = dlg
        dlg.open()
        return dlg

    def _write_evaluated(
        self,
        action: Action | None,
        fields: dict[str, Any] | None,
        status: ActionStatus,
        helped: Any,
        sentence: str,
        today: date,
    ) -> None:
        assert self.data is not None
        child_id = self.data.child_id

        def job(
            repos: Repositories, version: int | None, taken: Mapping[str, Any]
        ) -> Written[Action]:
            """The edits and the evaluation in one transaction: all or nothing. ``taken``:
            fields kept as stored (the conflict dialog), the evaluation's ones too."""
            own = {"status": status, "helped": helped, "sentence": sentence}
            answer = own | {k: taken[k] for k in own if k in taken}
            edits = None if fields is None else fields | {k: taken[k] for k in fields if k in taken}
            return repos.actions.finish(
                None if action is None else action.id,
                answer["status"],
                answer["helped"],
                answer["sentence"],
                today,
                child_id=child_id,
                fields=edits,
                expected_version=version,
            )

        reopen = self.reopener(
            lambda sentence_: self.open_evaluation(
                action, status, fields, typed=(helped, sentence), message=sentence_
            )
        )
        version = None if action is None else action.version
        self.request(VersionedEdit(job, version, reopen, per_field=True))

    def _save(self, v: dict[str, Any], action: Action | None) -> None:
        """Write the afspraak; finishing or stopping it asks for its evaluation first."""
        status = ActionStatus(v["status"])
        changed = action is None or action.status is not status or action.evaluated is None
        if status in CLOSED and changed:
            self.open_evaluation(action, status, v)
        else:
            self._write(v, action)

    def _write(self, v: dict[str, Any], action: Action | None) -> None:
        assert self.data is not None
        child_id = self.data.child_id

        def open_again(sentence: str) -> object:
            return self.open_dialog(action, typed=v, message=sentence)

        reopen = self.reopener(open_again)
        if action is None:
            self.request(unversioned(lambda repos: repos.actions.create(child_id, **v), reopen))
            return
        action_id = action.id

        def job(
            repos: Repositories, version: int | None, taken: Mapping[str, Any]
        ) -> Written[Action]:
            return repos.actions.update(action_id, expected_version=version, **{**v, **taken})

        self.request(VersionedEdit(job, action.version, reopen, per_field=True))
