"""Every window of the app, built on a real test vault: one registry for the tests that must
look at all of them (accessible names, focus order, mnemonics, palettes).

To add a window: write a builder ``def _my_dialog(env: Env) -> QWidget`` that makes it (not
shown) and add one :class:`WindowSpec` to :data:`WINDOWS`. ``test_every_window_is_registered``
(tests/ui/test_a11y_walks.py) fails when a QDialog, QMainWindow or top-level window class in
``kansencirkel.ui`` has no entry here.

Use from a test module::

    from tests.ui.windows import WINDOWS, built_window, window_env_fixture  # noqa: F401

    @pytest.mark.parametrize("spec", WINDOWS, ids=lambda s: s.name)
    def test_something(spec, window_env): ...

``built_window(env, spec)`` shows the window, waits until what it loads is on screen and its
layout has settled, and returns it (closed by qtbot at the end of the test).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from kansencirkel.core.model import Child
from kansencirkel.vault.kdf import TEST_KDF
from kansencirkel.vault.vault import Vault
from tests.support.qt import wait_until_laid_out

SCREEN = (1280, 720)
# Shown at the screen's size in the app: the main window (maximised on a small laptop) and
# meeting mode (full screen).
FULL_SIZE = {
    "children_list",
    "child_page",
    "meeting_mode",
    "samen_young",
    "samen_child_end",
    "samen_parent",
}


@dataclass
class Env:
    """What a builder may use: an open team vault with four children and some history."""

    qtbot: Any
    vault: Vault
    runner: Any  # OperationRunner
    ops: Any  # VaultOps
    settings: Any  # AppSettings
    tmp_path: Path
    vault_factory: Any  # VaultFactory, for a window that needs a vault of its own

    @property
    def ids(self) -> list[str]:
        return [s.child.id for s in self.vault.repos.children.summaries(_today())]

    @property
    def child(self) -> Child:
        return next(
            s.child
            for s in self.vault.repos.children.summaries(_today())
            if s.child.given_name == "Sanne"
        )


def _today() -> Any:
    from kansencirkel.core import clock

    return clock.today()


@dataclass(frozen=True)
class WindowSpec:
    name: str
    cls: str  # "module.Class" in kansencirkel.ui that this builder makes
    build: Callable[[Env], QWidget]
    # After show: wait for this (e.g. the children list loaded); None = the runner idle.
    ready: Callable[[QWidget], bool] | None = None


# -- builders ---------------------------------------------------------------------------------


def _main_window(env: Env) -> QWidget:
    from kansencirkel.ui.main_window import MainWindow

    win = MainWindow(env.ops, env.settings)
    win.attach(env.vault)
    return win


def _with_assessments(env: Env) -> None:
    """Sanne gets two perspectives' assessments, so charts, moments and tables have content."""
    from kansencirkel.core.enums import Perspective
    from tests.ui.child_fixtures import add_assessment

    if not env.vault.repos.children.case_file(env.child.id).assessments:
        add_assessment(env.vault, env.child.id, Perspective.KIND, 4, days_ago=40)
        add_assessment(env.vault, env.child.id, Perspective.OUDERS, 2, days_ago=10)


def _child_page(env: Env) -> QWidget:
    _with_assessments(env)
    win = _main_window(env)
    win.show_child(env.child.id)  # type: ignore[attr-defined]
    return win


def _assessment_form(env: Env) -> QWidget:
    from kansencirkel.ui.assessment_form import AssessmentForm

    return AssessmentForm(env.vault.repos, env.ops, env.child)


def _assessment_correction(env: Env) -> QWidget:
    """Correcting an earlier assessment: the form with its "reden van de correctie" box."""
    from kansencirkel.ui.assessment_form import AssessmentForm

    _with_assessments(env)
    earlier = env.vault.repos.children.case_file(env.child.id).assessments[-1]
    return AssessmentForm(
        env.vault.repos, env.ops, env.child, perspective=earlier.perspective, corrects=earlier
    )


def _meeting_mode(env: Env) -> QWidget:
    from kansencirkel.ui.meeting_mode import MeetingModeWindow

    _with_assessments(env)
    ids = env.ids
    return MeetingModeWindow(env.vault.repos.children, env.ops, ids, env.child.id, False)


def _samen(filler: str, step: int, *, help: bool = False) -> Callable[[Env], QWidget]:
    """Samen invullen for the child (young or older) or a parent, on one of its screens
    (``help``: with the help F1 shows over it)."""

    def build(env: Env) -> QWidget:
        from kansencirkel.core.samen import Filler, load_languages
        from kansencirkel.core.samen_answers import SamenAnswers
        from kansencirkel.ui.samen_window import SamenWindow

        answers = SamenAnswers(
            env.child.id,
            Filler(filler),
            env.child.given_name,
            "nl",
            answers={"actief": 4},
            goes_well="Tekenen",
            step=step,
        )
        window = SamenWindow(env.vault.repos, env.ops, answers, load_languages()["nl"])
        if help:
            window.show_own_help()
        return window

    return build


def _samen_start(env: Env) -> QWidget:
    from kansencirkel.core.samen import load_languages
    from kansencirkel.ui.samen_start import SamenStartDialog

    case = env.vault.repos.children.case_file(env.child.id)
    return SamenStartDialog(
        case.child, case.involvements, env.vault.actor, load_languages(), _today()
    )


def _action_dialog(env: Env) -> QWidget:
    from kansencirkel.ui.action_dialog import ActionDialog

    case = env.vault.repos.children.case_file(env.child.id)
    return ActionDialog(env.vault.repos.people.team(), case.meetings)


def _evaluation_dialog(env: Env) -> QWidget:
    from kansencirkel.core.enums import ActionStatus
    from kansencirkel.core.model import Action
    from kansencirkel.ui.evaluation_dialog import EvaluationDialog

    case = env.vault.repos.children.case_file(env.child.id)
    start = min((a.assessed_on for a in case.assessments), default=_today())
    action = Action(
        "x", env.child.id, "Beweegplan", ("gezond", "veilig"), None, start, None,
        ActionStatus.AFGEROND,
    )  # fmt: skip
    return EvaluationDialog(action, case.assessments, ActionStatus.AFGEROND, _today())


def _what_works_dialog(env: Env) -> QWidget:
    from kansencirkel.ui.what_works_dialog import WhatWorksDialog

    return WhatWorksDialog(env.vault.repos, env.runner, "Kernteam Testdorp", ops=env.ops)


def _kinds_dialog(env: Env) -> QWidget:
    from kansencirkel.ui.kinds_dialog import KindsDialog

    return KindsDialog(env.vault.repos.settings, env.ops)


def _pulse_dialog(env: Env) -> QWidget:
    from kansencirkel.ui.pulse_dialog import PulseDialog

    return PulseDialog()


def _agenda_dialog(env: Env) -> QWidget:
    from kansencirkel.ui.agenda_dialog import AgendaExportDialog

    return AgendaExportDialog(env.vault.repos, env.runner, offer_open=False)


def _child_dialog(env: Env) -> QWidget:
    from kansencirkel.ui.child_dialog import ChildDialog

    return ChildDialog(env.vault.repos.children, env.ops, None, ["De Linde", "Het Kompas"])


def _consent_dialog(env: Env) -> QWidget:
    from kansencirkel.ui.consent_dialog import ConsentDialog

    return ConsentDialog(env.child)


def _export_dialog(env: Env) -> QWidget:
    from kansencirkel.ui.export_dialog import ExportDialog

    return ExportDialog(env.vault.repos, env.runner, env.child.id, offer_open=False)


def _share_dialog(env: Env) -> QWidget:
    from kansencirkel.ui.share_dialog import ShareDialog

    return ShareDialog(env.vault.repos, env.runner, env.child.id)


def _handover_import_dialog(env: Env) -> QWidget:
    from kansencirkel.ui.handover_import_dialog import HandoverImportDialog

    return HandoverImportDialog(env.vault.repos, env.ops)


def _conflict_dialog(env: Env) -> QWidget:
    """Sanne's details saved over another member's newer save."""
    from kansencirkel.ui.conflict_dialog import ConflictDialog
    from kansencirkel.vault.errors import EditConflict

    children, child = env.vault.repos.children, env.child
    children.update(child.id, school="Het Kompas", group="6")
    try:
        children.update(
            child.id, expected_version=child.version, given_name="Sanna", school="De Linde"
        )
    except EditConflict as conflict:
        return ConflictDialog(conflict, can_go_back=True, per_field=True)
    raise AssertionError("no conflict")


def _first_run(env: Env) -> QWidget:
    from kansencirkel.ui.first_run import FirstRunDialog

    return FirstRunDialog(env.tmp_path / "new.kcv", env.runner, kdf=TEST_KDF)


def _first_run_code(env: Env) -> QWidget:
    """Step two: the recovery code, after the user filled in step one and went on."""
    from PySide6.QtTest import QTest

    from tests.support.vaults import TEST_PASSPHRASE

    dialog = _first_run(env)
    ui = dialog.ui  # type: ignore[attr-defined]
    ui.teamEdit.setText("Kernteam Testdorp")
    ui.memberEdit.setText("Test IB'er")
    ui.passEdit.setText(TEST_PASSPHRASE)
    ui.repeatEdit.setText(TEST_PASSPHRASE)
    dialog.show()
    QTest.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    env.qtbot.waitUntil(lambda: ui.pages.currentWidget() is ui.codePage, timeout=20_000)
    return dialog


def _meeting_dialog(env: Env) -> QWidget:
    from kansencirkel.ui.meeting_dialog import MeetingDialog

    return MeetingDialog(["Test IB'er", "Iris Coach"])


def _note_dialog(env: Env) -> QWidget:
    from kansencirkel.ui.note_dialog import NoteDialog

    return NoteDialog()


def _passphrase_dialog(env: Env) -> QWidget:
    from kansencirkel.ui.passphrase_dialog import PassphraseDialog

    return PassphraseDialog(env.vault.keys, env.runner)


def _person_dialog(env: Env) -> QWidget:
    from kansencirkel.ui.person_dialog import PersonDialog

    return PersonDialog(env.vault.repos.people.team())


def _recovery_dialog(env: Env) -> QWidget:
    from kansencirkel.ui.recovery_dialog import RecoveryDialog

    return RecoveryDialog(env.vault.info.path, env.runner)


def _recovery_new_passphrase(env: Env) -> QWidget:
    """Step two: a new passphrase, after a right recovery code."""
    from PySide6.QtTest import QTest

    from kansencirkel.ui.recovery_dialog import RecoveryDialog

    made = env.vault_factory.make("recovery", folder=env.tmp_path / "recovery")
    made.vault.close()
    dialog = RecoveryDialog(made.path, env.runner)
    ui = dialog.ui
    ui.codeEdit.setText(made.recovery_code)
    dialog.show()
    QTest.mouseClick(ui.okButton, Qt.MouseButton.LeftButton)
    env.qtbot.waitUntil(lambda: ui.pages.currentWidget() is ui.newPassPage, timeout=20_000)
    return dialog


def _settings_dialog(env: Env) -> QWidget:
    from kansencirkel.ui.settings_dialog import SettingsDialog

    return SettingsDialog(env.settings, env.vault.repos.settings, env.vault.backup, env.ops)


def _team_dialog(env: Env) -> QWidget:
    from kansencirkel.ui.team_dialog import TeamDialog

    return TeamDialog(env.vault.keys, env.runner)


def _unlock_dialog(env: Env) -> QWidget:
    from kansencirkel.ui.unlock_dialog import UnlockDialog

    return UnlockDialog(env.vault.info.path, env.runner, env.settings, demo=True)


def _store_choice(env: Env) -> QWidget:
    from kansencirkel.ui.team_unlock import StoreChoiceDialog

    return StoreChoiceDialog()


def _team_unlock(env: Env) -> QWidget:
    """The team unlock dialog for a (fictional) profile; nothing connects until "Openen"."""
    from kansencirkel.ui.team_unlock import TeamUnlockDialog
    from kansencirkel.vault.team.membership import TeamProfile
    from kansencirkel.vault.team.profile import profile_to_json
    from kansencirkel.vault.team.store import ServerAddress

    ca = env.tmp_path / "team-ca.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n")
    address = ServerAddress("teamserver.example", 5432, "kansencirkel", ca)
    profile = TeamProfile(address, "00000000-0000-4000-8000-000000000001", "kc_juf", TEST_KDF)
    path = env.tmp_path / "juf.kcteam"
    path.write_text(profile_to_json(profile), encoding="utf-8")
    return TeamUnlockDialog(path, env.runner, team_name="Kernteam Testdorp")


def _lock_cover(env: Env) -> QWidget:
    from kansencirkel.ui.lock_cover import LockCover

    return LockCover()


def _help_window(env: Env) -> QWidget:
    from kansencirkel.ui.help_window import HelpWindow

    return HelpWindow()


def _history_dialog(env: Env) -> QWidget:
    from kansencirkel.ui.history_dialog import HistoryDialog

    return HistoryDialog("Geschiedenis van de notitie", "<p>Versie 1: eerste tekst</p>")


def _reason_dialog(env: Env) -> QWidget:
    from kansencirkel.ui.reason_dialog import ReasonDialog

    return ReasonDialog("Notitie verwijderen", "Waarom verwijder je deze notitie?", "Verwijderen")


def _spreadsheet(rows: bytes) -> Callable[[Env], QWidget]:
    """The spreadsheet preview of a file holding ``rows`` under the template's headers."""

    def build(env: Env) -> QWidget:
        from kansencirkel.exchange.csv_import import template_csv
        from kansencirkel.ui.spreadsheet_import import SpreadsheetImportDialog

        path = env.tmp_path / "kinderen.csv"
        path.write_bytes(template_csv() + rows)
        return SpreadsheetImportDialog(env.vault.repos, env.ops, path)

    return build


# Children only (no meting dates: valid whatever the day); Sanne is in the team vault.
_CSV_CHILDREN = b"Lotte;Visser;02-05-2016;De Linde;6\r\nSanne;de Vries;;De Linde;5\r\n"
_CSV_PROBLEMS = b"=1+1;Visser;02-05-2016;De Linde;6\r\nSem;Bakker;31-02-2016;De Linde;5\r\n"


def _retention_dialog(env: Env) -> QWidget:
    """The due list with one closed file (the team vault's own are all open)."""
    from datetime import date

    from kansencirkel.core.retention import RetentionDue
    from kansencirkel.ui.retention_dialog import RetentionDialog

    dialog = RetentionDialog(env.ops, env.vault, env.tmp_path / "reservekopieen")
    kid = env.child
    closed = date(2022, 6, 30)
    dialog.set_due(
        [RetentionDue(kid.id, kid.given_name, kid.family_name, closed, date(2024, 6, 30))]
    )
    return dialog


def _erase_confirm(env: Env) -> QWidget:
    from kansencirkel.ui.retention_dialog import EraseConfirmDialog

    return EraseConfirmDialog(env.child.full_name)


def _new_recovery(env: Env) -> QWidget:
    from kansencirkel.ui.new_recovery_dialog import NewRecoveryDialog

    return NewRecoveryDialog(env.vault.keys, "Kernteam Testdorp", env.runner)


def _new_recovery_code(env: Env) -> QWidget:
    """Step two: the new code shown once, after the user's own passphrase."""
    from PySide6.QtTest import QTest

    from tests.support.vaults import TEST_PASSPHRASE

    dialog = _new_recovery(env)
    dialog.show()
    dialog.ui.passEdit.setText(TEST_PASSPHRASE)  # type: ignore[attr-defined]
    QTest.mouseClick(dialog.ui.nextButton, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    env.qtbot.waitUntil(dialog.on_code_page, timeout=20_000)  # type: ignore[attr-defined]
    return dialog


def _about_dialog(env: Env) -> QWidget:
    from kansencirkel.ui.about_dialog import AboutDialog

    return AboutDialog()


def _list_loaded(win: QWidget) -> bool:
    return win.children_list.model.rowCount() > 0  # type: ignore[attr-defined]


def _page_loaded(win: QWidget) -> bool:
    page = win.child_page  # type: ignore[attr-defined]
    return page is not None and page.data is not None and page.isVisible()


WINDOWS: list[WindowSpec] = [
    WindowSpec("children_list", "main_window.MainWindow", _main_window, _list_loaded),
    WindowSpec("child_page", "main_window.MainWindow", _child_page, _page_loaded),
    WindowSpec("assessment_form", "assessment_form.AssessmentForm", _assessment_form),
    WindowSpec("assessment_correction", "assessment_form.AssessmentForm", _assessment_correction),
    WindowSpec("meeting_mode", "meeting_mode.MeetingModeWindow", _meeting_mode),
    WindowSpec("samen_young", "samen_window.SamenWindow", _samen("jong", 1)),
    WindowSpec("samen_child_end", "samen_window.SamenWindow", _samen("kind", 9)),
    WindowSpec("samen_parent", "samen_window.SamenWindow", _samen("ouder", 2)),
    WindowSpec("samen_help", "samen_window.SamenWindow", _samen("kind", 3, help=True)),
    WindowSpec("samen_start", "samen_start.SamenStartDialog", _samen_start),
    WindowSpec("action_dialog", "action_dialog.ActionDialog", _action_dialog),
    WindowSpec("evaluation_dialog", "evaluation_dialog.EvaluationDialog", _evaluation_dialog),
    WindowSpec("what_works_dialog", "what_works_dialog.WhatWorksDialog", _what_works_dialog),
    WindowSpec("pulse_dialog", "pulse_dialog.PulseDialog", _pulse_dialog),
    WindowSpec("kinds_dialog", "kinds_dialog.KindsDialog", _kinds_dialog),
    WindowSpec("agenda_dialog", "agenda_dialog.AgendaExportDialog", _agenda_dialog),
    WindowSpec("child_dialog", "child_dialog.ChildDialog", _child_dialog),
    WindowSpec("consent_dialog", "consent_dialog.ConsentDialog", _consent_dialog),
    WindowSpec("export_dialog", "export_dialog.ExportDialog", _export_dialog),
    WindowSpec("share_dialog", "share_dialog.ShareDialog", _share_dialog),
    WindowSpec(
        "handover_import_dialog",
        "handover_import_dialog.HandoverImportDialog",
        _handover_import_dialog,
    ),
    WindowSpec("conflict_dialog", "conflict_dialog.ConflictDialog", _conflict_dialog),
    WindowSpec("first_run", "first_run.FirstRunDialog", _first_run),
    WindowSpec("first_run_code", "first_run.FirstRunDialog", _first_run_code),
    WindowSpec("meeting_dialog", "meeting_dialog.MeetingDialog", _meeting_dialog),
    WindowSpec("note_dialog", "note_dialog.NoteDialog", _note_dialog),
    WindowSpec("passphrase_dialog", "passphrase_dialog.PassphraseDialog", _passphrase_dialog),
    WindowSpec("person_dialog", "person_dialog.PersonDialog", _person_dialog),
    WindowSpec("recovery_dialog", "recovery_dialog.RecoveryDialog", _recovery_dialog),
    WindowSpec(
        "recovery_new_passphrase", "recovery_dialog.RecoveryDialog", _recovery_new_passphrase
    ),
    WindowSpec("settings_dialog", "settings_dialog.SettingsDialog", _settings_dialog),
    WindowSpec("team_dialog", "team_dialog.TeamDialog", _team_dialog),
    WindowSpec("unlock_dialog", "unlock_dialog.UnlockDialog", _unlock_dialog),
    WindowSpec("lock_cover", "lock_cover.LockCover", _lock_cover),
    WindowSpec("help_window", "help_window.HelpWindow", _help_window),
    WindowSpec("about_dialog", "about_dialog.AboutDialog", _about_dialog),
    WindowSpec("history_dialog", "history_dialog.HistoryDialog", _history_dialog),
    WindowSpec("reason_dialog", "reason_dialog.ReasonDialog", _reason_dialog),
    WindowSpec("new_recovery", "new_recovery_dialog.NewRecoveryDialog", _new_recovery),
    WindowSpec("new_recovery_code", "new_recovery_dialog.NewRecoveryDialog", _new_recovery_code),
    WindowSpec("retention_dialog", "retention_dialog.RetentionDialog", _retention_dialog),
    WindowSpec("erase_confirm", "retention_dialog.EraseConfirmDialog", _erase_confirm),
    WindowSpec(
        "spreadsheet_preview",
        "spreadsheet_import.SpreadsheetImportDialog",
        _spreadsheet(_CSV_CHILDREN),
        lambda w: getattr(w, "plan", None) is not None,
    ),
    WindowSpec("store_choice", "team_unlock.StoreChoiceDialog", _store_choice),
    WindowSpec("team_unlock", "team_unlock.TeamUnlockDialog", _team_unlock),
    WindowSpec(
        "spreadsheet_problems",
        "spreadsheet_import.SpreadsheetImportDialog",
        _spreadsheet(_CSV_PROBLEMS),
        lambda w: bool(getattr(w, "problems", None)),
    ),
]

# Base classes that are never shown by themselves (their subclasses are registered).
ABSTRACT = {"saving_dialog.SavingDialog"}


def spec(name: str) -> WindowSpec:
    return next(s for s in WINDOWS if s.name == name)


@pytest.fixture(name="window_env")
def window_env_fixture(
    qtbot: Any,
    team_vault: Vault,
    ui_runner: Any,
    ui_ops: Any,
    app_settings: Any,
    tmp_path: Path,
    vault_factory: Any,
) -> Env:
    return Env(qtbot, team_vault, ui_runner, ui_ops, app_settings, tmp_path, vault_factory)


def _release(win: QWidget) -> None:
    """The fill-in screen refuses every close but its own (each way out locks): let it go,
    or it stays on screen into the next test."""
    from kansencirkel.ui.samen_window import SamenWindow

    if isinstance(win, SamenWindow):
        win.clear()


def built_window(env: Env, spec: WindowSpec) -> QWidget:
    """Build, show at most 1280×720 and wait until loaded and laid out."""
    win = spec.build(env)
    env.qtbot.addWidget(win, before_close_func=_release)
    if spec.name in FULL_SIZE:
        win.resize(*SCREEN)
    win.show()
    assert env.runner.wait_idle(10_000)
    if spec.ready is not None:
        env.qtbot.waitUntil(lambda: spec.ready(win), timeout=10_000)  # type: ignore[misc]
        assert env.runner.wait_idle(10_000)
    wait_until_laid_out(env.qtbot, win)
    return win


def views(win: QWidget) -> Iterator[str]:
    """Show each page of every tab widget in ``win`` in turn, starting with the window as it
    is first: yields a short label of what is showing, for messages. (The later steps of a
    step-by-step dialog are entries of their own, reached the way a user gets there.)"""
    yield "first view"
    for tabs in win.findChildren(QTabWidget):
        if not tabs.isVisibleTo(win):
            continue
        start = tabs.currentIndex()
        for i in range(tabs.count()):
            if i == start or not tabs.isTabEnabled(i) or not tabs.isTabVisible(i):
                continue
            tabs.setCurrentIndex(i)
            yield f"{tabs.objectName()} tab {tabs.tabText(i)!r}"
        tabs.setCurrentIndex(start)
