"""One child's page: a header (name, age, school/group, status, regiehouder) and sections.

Everything shown is read in one background job (:func:`load_child`) and handed to the
sections as a :class:`ChildData`; only the visible section paints at once, the others when
their tab is opened, so a child with many assessments opens instantly. Edits run through the
runner too and reload the page afterwards. ``clear()`` (auto-lock) drops every bit of child
data from the widgets and ignores results still on their way.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from kansencirkel.core import clock
from kansencirkel.core.changes import Changes
from kansencirkel.core.enums import AuditKind
from kansencirkel.ui.child_header import meta_line
from kansencirkel.ui.child_page_entry import AssessmentEntry
from kansencirkel.ui.conflict_dialog import ConflictDialog
from kansencirkel.ui.conflict_fields import Names
from kansencirkel.ui.consent_warning import clear_consent_line, show_consent_line
from kansencirkel.ui.errors import error_text, show_error
from kansencirkel.ui.forms.ui_child_page import Ui_ChildPage
from kansencirkel.ui.sections.actions import ActionsSection
from kansencirkel.ui.sections.assessments import AssessmentsSection
from kansencirkel.ui.sections.common import (
    ChildData,
    Edit,
    Section,
)
from kansencirkel.ui.sections.consent import ConsentSection
from kansencirkel.ui.sections.log import LogSection
from kansencirkel.ui.sections.meetings import MeetingsSection
from kansencirkel.ui.sections.notes import NotesSection
from kansencirkel.ui.sections.overview import OverviewSection
from kansencirkel.ui.sections.people import PeopleSection
from kansencirkel.ui.vault_ops import VaultOps
from kansencirkel.ui.versioned_save import VersionedEdit, save_versioned
from kansencirkel.vault.team.offline_drafts import drafts_for_child

if TYPE_CHECKING:
    from kansencirkel.ui.export_dialog import ExportDialog
    from kansencirkel.ui.inzage_action import InzageFlow
    from kansencirkel.ui.share_dialog import ShareDialog
    from kansencirkel.vault.repos import Repositories

AUDIT_LIMIT = 500


def load_child(repos: Repositories, child_id: str, today: date) -> ChildData:
    """One read of everything the page shows (runs off the GUI thread): one VIEW event."""
    return ChildData(
        case=repos.children.case_file(child_id, include_superseded=True),
        drafts=tuple(drafts_for_child(repos.drafts, repos.local_drafts, child_id)),
        audit=tuple(repos.audit.entries(child_id, limit=AUDIT_LIMIT)),
        team=tuple(repos.people.team()),
        today=today,
        actor=repos.actor,
        kinds=repos.settings.action_kinds(),
        pulses=tuple(repos.pulses.for_child(child_id)),
    )


class ChildPage(QWidget):
    back_requested = Signal()
    loaded = Signal(str)  # after a child's data is on screen (tests, benchmarks)
    # Samen invullen: (SamenAnswers, SamenTexts, draft id or None) for the main window.
    samen_requested = Signal(object, object, object)

    def __init__(self, repos: Repositories, ops: VaultOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChildPage()
        self.ui.setupUi(self)
        self.repos, self.ops = repos, ops
        self.data: ChildData | None = None
        self.child_id: str | None = None
        self.entry = AssessmentEntry(self, self.ui, repos, ops, lambda: self.data)
        self.entry.form_closed.connect(self._form_closed)
        self.entry.samen_requested.connect(self.samen_requested)
        self._reload_after_form = False
        self._generation = 0
        self._stale: set[Section] = set()
        ui = self.ui
        self.overview_section = OverviewSection()
        self.assessments_section = AssessmentsSection()
        self.actions_section = ActionsSection()
        self.meetings_section = MeetingsSection()
        self.people_section = PeopleSection()
        self.consent_section = ConsentSection()
        self.notes_section = NotesSection()
        self.log_section = LogSection()
        self.sections: list[Section] = [
            self.overview_section,
            self.assessments_section,
            self.actions_section,
            self.meetings_section,
            self.people_section,
            self.consent_section,
            self.notes_section,
            self.log_section,
        ]
        tabs = [
            ui.overviewTab,
            ui.assessmentsTab,
            ui.actionsTab,
            ui.meetingsTab,
            ui.peopleTab,
            ui.consentTab,
            ui.notesTab,
            ui.logTab,
        ]
        for tab, section in zip(tabs, self.sections, strict=True):
            layout = tab.layout()
            assert layout is not None
            layout.addWidget(section)
            section.edit_requested.connect(self.run_edit)
        font = ui.nameLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        ui.nameLabel.setFont(font)
        # Fixed header height: an empty label while the next child loads would shrink the
        # header, resize the star and cost a second chart render.
        for label in (ui.nameLabel, ui.metaLabel):
            label.setMinimumHeight(label.fontMetrics().height() + 2)
        ui.draftBanner.hide()
        ui.tabs.currentChanged.connect(self._paint_current)
        ui.backButton.clicked.connect(self.back_requested)
        ui.enterButton.clicked.connect(lambda: self.entry.open_form())
        ui.samenButton.clicked.connect(self.entry.start_samen)
        ui.printButton.clicked.connect(self.open_export)
        ui.inzageButton.clicked.connect(self.open_inzage)
        ui.shareButton.clicked.connect(self.open_share)
        self.assessments_section.correct_requested.connect(
            lambda a: self.entry.open_form(corrects=a)
        )
        self.meetings_section.add_action_requested.connect(self._add_action_for_meeting)
        self.overview_section.star.exported.connect(self._chart_exported)
        self._tab_keys()
        ops.changed.connect(self._on_changed)
        self._set_enabled(False)
        self._name_lists()

    def _tab_keys(self) -> None:
        """Alt+1 … Alt+8 open a section, Ctrl+Tab / Ctrl+PgDn (and back) step through them,
        from anywhere on the page. Tabs carry no letter mnemonic: eight tab titles beside the
        menus and buttons leave no free letters, and a clash makes Alt+letter do the wrong
        thing."""
        tabs = self.ui.tabs
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut

        def step(delta: int) -> None:
            tabs.setCurrentIndex((tabs.currentIndex() + delta) % tabs.count())

        for i in range(tabs.count()):
            key = QShortcut(QKeySequence(f"Alt+{i + 1}"), self)
            key.setContext(context)
            key.activated.connect(lambda i=i: tabs.setCurrentIndex(i))
        for seq, delta in (
            ("Ctrl+Tab", 1),
            ("Ctrl+PgDown", 1),
            ("Ctrl+Shift+Tab", -1),
            ("Ctrl+PgUp", -1),
        ):
            key = QShortcut(QKeySequence(seq), self)
            key.setContext(context)
            key.activated.connect(lambda delta=delta: step(delta))

    def _name_lists(self) -> None:
        """Screen readers announce each section's list by its tab title ("Afspraken"); the
        tab's tooltip names its key."""
        for i, section in enumerate(self.sections):
            self.ui.tabs.setTabToolTip(i, f"Alt+{i + 1}")
            tree = getattr(section, "tree", None)
            if tree is not None:
                tree.setAccessibleName(self.ui.tabs.tabText(i).replace("&", ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._name_lists()
            if self.data is not None:
                self._header(self.data)  # sections retranslate themselves
        super().changeEvent(event)

    # -- loading --------------------------------------------------------------------------

    def show_child(self, child_id: str) -> None:
        if child_id != self.child_id:
            self._forget_child()
            self.ui.tabs.setCurrentIndex(0)
        self.child_id = child_id
        self.reload()

    def _forget_child(self) -> None:
        """Switching children: drop the old one's texts at once, but let the star stay put
        until the new one replaces it (clearing it would cost a second full chart render)."""
        if self.entry.form is not None:
            self.entry.form.drafts.flush()  # not a lock: the vault is open, keep what was typed
        self._close_windows()
        self.data = None
        self._stale = set(self.sections)
        self._clear_header()
        self.overview_section.text.clear()
        self._set_enabled(False)

    def reload(self) -> None:
        if self.child_id is None:
            return
        self._generation += 1
        gen, child_id, repos = self._generation, self.child_id, self.repos
        today = clock.today()
        if self.data is None:
            self.ui.statusLabel.setText(self.tr("Gegevens worden geladen…"))
        self.ops.read(
            lambda: load_child(repos, child_id, today),
            lambda data: self._loaded(gen, data),
            lambda exc: self._failed(gen, exc),
        )

    def _loaded(self, gen: int, data: ChildData) -> None:
        if gen != self._generation:
            return  # a newer request (or clear on lock) made this one stale
        self.data = data
        self.ui.statusLabel.clear()
        self.ui.statusLabel.hide()
        self._header(data)
        self._set_enabled(True)  # before painting: StarView skips toggles that are disabled
        self._stale = set(self.sections)
        self._paint_current()
        self.loaded.emit(data.child_id)

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._generation:
            return
        self.ui.statusLabel.setText(error_text(exc))
        self.ui.statusLabel.show()
        show_error(self, exc)

    def _paint_current(self) -> None:
        self._ensure_painted(self.sections[self.ui.tabs.currentIndex()])

    def _ensure_painted(self, section: Section) -> None:
        if self.data is not None and section in self._stale:
            self._stale.discard(section)
            section.set_data(self.data)

    def _add_action_for_meeting(self, meeting_id: str) -> None:
        self._ensure_painted(self.actions_section)
        self.actions_section.open_dialog(None, meeting_id=meeting_id)

    def clear(self) -> None:
        """Drop all child data from the widgets (auto-lock); late results are ignored."""
        self._generation += 1
        self.data = None
        self.child_id = None
        self._close_windows()
        for section in self.sections:
            section.clear()
        self._stale = set()
        self._clear_header()
        self.ui.statusLabel.clear()
        self._set_enabled(False)

    def _close_windows(self) -> None:
        """Close the assessment form and any open dialog: they show this child's data."""
        self.entry.close_form()
        for conflict in self.findChildren(ConflictDialog):
            conflict.dismiss()
        for section in self.sections:
            dlg = getattr(section, "dialog", None)
            if dlg is not None:
                dlg.done(0)
                section.dialog = None

    def _set_enabled(self, on: bool) -> None:
        self.ui.enterButton.setEnabled(on)
        self.ui.samenButton.setEnabled(on)
        self.ui.tabs.setEnabled(on)

    # -- header ---------------------------------------------------------------------------

    def _clear_header(self) -> None:
        for label in (self.ui.nameLabel, self.ui.metaLabel, self.ui.draftLabel):
            label.clear()
        clear_consent_line(self.ui.consentLabel)
        self.ui.draftBanner.hide()

    def _header(self, data: ChildData) -> None:
        self.ui.nameLabel.setText(data.case.child.full_name)
        self.ui.metaLabel.setText(meta_line(data.case.child, data.today))
        show_consent_line(self.ui.consentLabel, data.case, data.today)
        self.entry.show_draft_banner()

    # -- actions --------------------------------------------------------------------------

    def run_edit(self, job: Edit) -> None:
        """Run a section's write in the background; its change signal reloads the page.

        A :class:`VersionedEdit` is based on the version its editor was opened on: a save
        over a newer one asks which version stays (:func:`save_versioned`). When it fails,
        its editor comes back with what was typed and the sentence (else a message box)."""
        repos = self.repos
        busy = self.tr("Opslaan…")
        if not isinstance(job, VersionedEdit):
            self.ops.write(
                lambda: job(repos), None, lambda exc: show_error(self, exc), busy_text=busy
            )
            return
        reopen = job.reopen

        def failed(exc: BaseException) -> None:
            if reopen is None or not reopen(error_text(exc)):
                show_error(self, exc)

        save_versioned(
            self.ops,
            self,
            lambda version, taken: job.save(repos, version, taken),
            job.version,
            names=self._names(),
            on_error=failed,
            on_back=reopen,
            per_field=job.per_field,
            busy_text=busy,
        )

    def _names(self) -> Names:
        """What ids stand for on this child's file, for the conflict dialog."""
        data = self.data
        if data is None:
            return Names()
        people = {p.id: p.name for p in data.team}
        people |= {i.person.id: i.person.name for i in data.case.involvements}
        meetings = {m.id: m.held_on for m in data.case.meetings}
        return Names(people, meetings, data.kinds)

    def _on_changed(self, changes: Changes) -> None:
        """Reload when the shown child changed (here, in a dialog, or elsewhere)."""
        mine = changes.concerns_child(self.child_id)
        drafts = self.child_id in changes.drafts
        # A vault setting (the comparison window) changes how every file reads.
        if not (mine or drafts or (changes.settings and self.child_id is not None)):
            return
        if self.entry.form is not None:
            self._reload_after_form = True  # blind scoring: nothing repaints behind the form
        else:
            self.reload()

    def _form_closed(self) -> None:
        if self._reload_after_form:
            self._reload_after_form = False
            self.reload()

    def _chart_exported(self, fmt: str) -> None:
        """A saved star leaves the vault: that belongs in the audit log (never the content)."""
        child_id, audit = self.child_id, self.repos.audit
        if child_id is None:
            return
        self.ops.read(
            lambda: audit.record(AuditKind.EXPORT, "chart", None, child_id, detail=fmt),
            lambda _r: None,
            lambda exc: show_error(self, exc),
        )

    def open_export(self) -> ExportDialog | None:
        if self.child_id is None:
            return None
        from kansencirkel.ui.export_dialog import ExportDialog

        dlg = ExportDialog(self.repos, self.ops.runner, self.child_id, self)
        dlg.open()
        return dlg

    def open_inzage(self) -> InzageFlow | None:
        """ "AVG-inzage maken…": everything about this child in a PDF and a JSON file."""
        if self.child_id is None:
            return None
        from kansencirkel.ui.inzage_action import make_inzage

        return make_inzage(self, self.repos, self.ops.runner, self.child_id)

    def open_share(self) -> ShareDialog | None:
        """ "Delen…": the sealed hand-over first, the plain export second."""
        if self.child_id is None:
            return None
        from kansencirkel.ui.share_dialog import ShareDialog

        dlg = ShareDialog(self.repos, self.ops.runner, self.child_id, self)
        dlg.open()
        return dlg
