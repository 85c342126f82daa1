"""Consent that is visible: the child page's line follows the consents saved through the real
repositories, the PDF export dialog says what consent leaves out or lets expire before it
saves, and the hand-over's confirm step asks with the safe answer as default."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from kansencirkel.core import clock
from kansencirkel.core.consent import CONSENT_PARTS
from kansencirkel.core.consent_summary import warnings_for
from kansencirkel.core.dates import format_date
from kansencirkel.core.enums import Audience, Consenter, Perspective
from kansencirkel.ui.consent_warning import confirm_consent
from kansencirkel.ui.export_dialog import ExportDialog
from tests.ui.child_fixtures import add_assessment, open_child, settle
from tests.ui.test_confirm import answer_with, click, press, seen


def _consent(
    repos: Any,
    child_id: str,
    parts: tuple[str, ...] = CONSENT_PARTS,
    audiences: tuple[Audience, ...] = tuple(Audience),
    expires: date | None = None,
) -> Any:
    return repos.consents.create(
        child_id, Consenter.OUDERS, "Moeder van Sanne", parts, audiences,
        clock.today() - timedelta(days=30), expires,
    )  # fmt: skip


def _line(page: Any) -> str:
    text: str = page.ui.consentLabel.text()
    return text


def test_the_line_follows_a_consent_given_on_the_page(
    qtbot: Any, page: Any, runner: Any, child: Any
) -> None:
    open_child(page, runner, child.id)
    label = page.ui.consentLabel
    before = (
        "Toestemming van de ouders (kind 9 jaar): ouders alleen hun eigen blik; "
        "kernteam, school en zorg niets — nog niets vastgelegd."
    )
    assert _line(page) == before and label.accessibleName() == before
    assert "Alt+6" in label.toolTip()
    # The way the consent section saves: a write through the runner, then the change signal.
    page.consent_section.request(lambda repos: _consent(repos, child.id))
    qtbot.waitUntil(lambda: _line(page) != before, timeout=10_000)
    assert _line(page) == "Toestemming van de ouders (kind 9 jaar): iedereen alles."
    assert label.accessibleName() == _line(page)
    # Withdrawn on the page: the line says so at once.
    page.ui.tabs.setCurrentWidget(page.ui.consentTab)
    tree = page.consent_section.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)
    tree.setCurrentItem(tree.topLevelItem(0))
    page.consent_section.withdraw_button.click()
    qtbot.waitUntil(lambda: "ingetrokken" in _line(page), timeout=10_000)
    assert _line(page).startswith("Toestemming van de ouders (kind 9 jaar): ouders alleen hun")


def test_the_line_wraps_whole_at_1024(qtbot: Any, page: Any, runner: Any, vault: Any) -> None:
    teen = vault.repos.children.create(
        "Daan", "Bos", date_of_birth=clock.today() - timedelta(days=13 * 365 + 10)
    ).value
    _consent(vault.repos, teen.id, parts=("kind", "school", "actions"), audiences=(Audience.ZORG,))
    page.resize(1024, 768)
    open_child(page, runner, teen.id)
    label: QLabel = page.ui.consentLabel
    qtbot.waitUntil(lambda: label.width() > 0)
    assert label.width() <= page.width()
    assert label.height() >= label.heightForWidth(label.width())  # nothing cut off
    assert label.isVisible() and "nog geen toestemming van het kind" in label.text()
    page.clear()
    assert label.text() == "" and label.accessibleName() == ""


# -- the PDF export dialog ------------------------------------------------------------------


@pytest.fixture
def sanne(vault: Any, child: Any) -> str:
    add_assessment(vault, child.id, Perspective.OUDERS, 4)
    add_assessment(vault, child.id, Perspective.SCHOOL, 3, goes_well="SCHOOL-BLIK")
    return str(child.id)


def _dialog(qtbot: Any, vault: Any, runner: Any, child_id: str, today: date) -> ExportDialog:
    dialog = ExportDialog(vault.repos, runner, child_id, offer_open=False, today=today)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=15_000):
        runner.wait_idle(15_000)
    return dialog


def _shown(dialog: ExportDialog) -> str:
    label = dialog.ui.consentWarningLabel
    return label.accessibleDescription() if label.isVisibleTo(dialog) else ""


def test_export_warns_of_a_consent_that_expires_in_ten_days(
    qtbot: Any, vault: Any, runner: Any, sanne: str
) -> None:
    # The dialog's day is injected; the consent ends ten days after it.
    today = clock.today() - timedelta(days=1)
    ends = today + timedelta(days=10)
    vault.repos.consents.create(
        sanne, Consenter.OUDERS, "Moeder", CONSENT_PARTS, tuple(Audience),
        today - timedelta(days=30), ends,
    )  # fmt: skip
    dialog = _dialog(qtbot, vault, runner, sanne, today)
    day = format_date(ends, "long")
    assert _shown(dialog) == (
        "De toestemming van de ouders voor de blik van de ouders en school geldt tot en met "
        f"{day}: nog 10 dagen."
    )
    dialog.set_kind("ouders")
    assert f"{day}: nog 10 dagen" in _shown(dialog)
    dialog.set_kind("blanco")
    assert _shown(dialog) == ""  # a blank form holds no child data


def test_export_for_parents_names_the_teachers_view_left_out_and_still_saves(
    qtbot: Any, vault: Any, runner: Any, sanne: str, tmp_path: Path
) -> None:
    no_school = tuple(p for p in CONSENT_PARTS if p != Perspective.SCHOOL.value)
    _consent(vault.repos, sanne, parts=no_school, audiences=(Audience.OUDERS,))
    _consent(vault.repos, sanne, audiences=(Audience.KERNTEAM, Audience.SCHOOL, Audience.ZORG))
    dialog = _dialog(qtbot, vault, runner, sanne, clock.today())
    assert _shown(dialog) == ""  # kernteam: everything consented
    dialog.set_kind("ouders")
    dialog.show()
    label = dialog.ui.consentWarningLabel
    qtbot.waitUntil(label.isVisible)
    assert _shown(dialog) == (
        "Blijft weg voor de ouders: de blik van school (niemand gaf er toestemming voor)."
    )
    assert "Let op, toestemming:" in label.text()
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    dialog.checks[Perspective.SCHOOL].setChecked(False)  # not chosen: nothing to warn of
    assert not label.isVisibleTo(dialog)
    dialog.checks[Perspective.SCHOOL].setChecked(True)
    target = tmp_path / "ouders.pdf"
    dialog.export_to(target)
    settle(runner)
    assert dialog.saved_path == target and target.exists()


def test_no_warning_when_consent_allows_all(
    qtbot: Any, vault: Any, runner: Any, sanne: str
) -> None:
    _consent(vault.repos, sanne)
    dialog = _dialog(qtbot, vault, runner, sanne, clock.today())
    for kind in ("kernteam", "ouders", "blanco"):
        dialog.set_kind(kind)
        assert _shown(dialog) == "", kind


# -- the confirm step for a hand-over --------------------------------------------------------

_LATE = warnings_for(Audience.ZORG, [], date(2017, 1, 1), date(2026, 12, 1), parts=("school",))


def test_confirm_goes_on_at_once_when_there_is_nothing_to_say(qtbot: Any) -> None:
    assert confirm_consent(None, warnings_for(Audience.ZORG, [], None, date(2026, 1, 1), parts=[]),
                           action="Toch &overdragen")  # fmt: skip


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_confirm_defaults_to_back(qtbot: Any, key: Qt.Key) -> None:
    seen.clear()
    answer_with(press(key))
    assert not confirm_consent(None, _LATE, action="Toch &overdragen", leaves_out=False)
    assert seen == [("Terug", "Terug", ["Terug", "Toch &overdragen"])]


def test_confirm_goes_on_when_asked(qtbot: Any) -> None:
    answer_with(click("Toch &overdragen"))
    assert confirm_consent(None, _LATE, action="Toch &overdragen", leaves_out=False)
