"""Placeholder texts are read whole: on a 1024 px wide screen no hint in an empty field is cut
off (measured with the field's own font against the room inside it), in both languages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QWidget

from kansencirkel.core import clock
from kansencirkel.core.enums import Perspective
from kansencirkel.ui.i18n import install_translators
from kansencirkel.ui.vault_ops import VaultOps
from tests.support.qt import wait_until_laid_out

WIDTH, HEIGHT = 1024, 768


def cut_off(root: QWidget) -> list[str]:
    """Visible line edits whose placeholder does not fit the text area."""
    out = []
    for edit in root.findChildren(QLineEdit):
        text = edit.placeholderText()
        if not text or not edit.isVisibleTo(root):
            continue
        option = QStyleOptionFrame()
        edit.initStyleOption(option)
        room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
        need = edit.fontMetrics().horizontalAdvance(text) + 4  # QLineEdit's own side margins
        if need > room.width():
            out.append(f"{edit.objectName()}: {text!r} needs {need} px, has {room.width()}")
    return out


Maker = Callable[..., QWidget]


def main_window(team_vault: Any, ui_runner: Any, app_settings: Any, **_: Any) -> QWidget:
    from kansencirkel.ui.main_window import MainWindow

    window = MainWindow(VaultOps(ui_runner), app_settings)
    window.attach(team_vault)
    return window


def child_dialog(team_vault: Any, ui_runner: Any, **_: Any) -> QWidget:
    from kansencirkel.ui.child_dialog import ChildDialog

    return ChildDialog(team_vault.repos.children, VaultOps(ui_runner), None, ["De Linde"])


def first_run(ui_runner: Any, tmp_path: Path, **_: Any) -> QWidget:
    from kansencirkel.ui.first_run import FirstRunDialog

    return FirstRunDialog(tmp_path / "n.kcv", ui_runner)


def first_run_code(ui_runner: Any, tmp_path: Path, **_: Any) -> QWidget:
    dialog = first_run(ui_runner, tmp_path)
    dialog.ui.pages.setCurrentWidget(dialog.ui.codePage)  # type: ignore[attr-defined]
    return dialog


def new_recovery_code(team_vault: Any, ui_runner: Any, **_: Any) -> QWidget:
    from kansencirkel.ui.new_recovery_dialog import NewRecoveryDialog

    dialog = NewRecoveryDialog(team_vault.keys, "Team", ui_runner)
    dialog.ui.pages.setCurrentWidget(dialog.ui.codePage)
    return dialog


def recovery(team_vault: Any, ui_runner: Any, **_: Any) -> QWidget:
    from kansencirkel.ui.recovery_dialog import RecoveryDialog

    return RecoveryDialog(team_vault.info.path, ui_runner)


def assessment_form(team_vault: Any, ui_runner: Any, **_: Any) -> QWidget:
    from kansencirkel.ui.assessment_form import AssessmentForm

    child = team_vault.repos.children.summaries(clock.today())[0].child
    ops = VaultOps(ui_runner)
    return AssessmentForm(team_vault.repos, ops, child, perspective=Perspective.SCHOOL)


def meeting_dialog(team_vault: Any, ui_runner: Any, **_: Any) -> QWidget:
    from kansencirkel.ui.meeting_dialog import MeetingDialog

    return MeetingDialog(["Iris Coach", "Test IB'er"])


WINDOWS: list[tuple[str, Maker]] = [
    ("main window", main_window),
    ("child dialog", child_dialog),
    ("first run", first_run),
    ("first run code", first_run_code),
    ("new recovery code", new_recovery_code),
    ("recovery", recovery),
    ("assessment form", assessment_form),
    ("meeting dialog", meeting_dialog),
]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(("name", "make"), WINDOWS, ids=[w[0] for w in WINDOWS])
def test_no_placeholder_is_cut_off_at_1024(
    qtbot: Any,
    team_vault: Any,
    ui_runner: Any,
    app_settings: Any,
    tmp_path: Path,
    lang: str,
    name: str,
    make: Maker,
) -> None:
    install_translators(lang)
    widget = make(
        team_vault=team_vault, ui_runner=ui_runner, app_settings=app_settings, tmp_path=tmp_path
    )
    qtbot.addWidget(widget)
    if widget.isWindow() and name == "main window":
        widget.resize(WIDTH, HEIGHT)
    else:
        widget.resize(min(widget.sizeHint().width(), WIDTH), widget.sizeHint().height())
    widget.show()
    ui_runner.wait_idle(10_000)
    wait_until_laid_out(qtbot, widget)
    try:
        assert cut_off(widget) == []
    finally:
        if hasattr(widget, "detach"):
            widget.detach()
        ui_runner.wait_idle(10_000)
