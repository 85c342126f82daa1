"""The built-in guide: every page in both languages, links that work, keyboard use, and F1
opening the page for where the user is (children list, meting, overlegmodus, export for
parents, first run / unlock / settings)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from kansencirkel.core import clock
from kansencirkel.core.enums import Perspective
from kansencirkel.paths import resource
from kansencirkel.ui import help_window as hw
from kansencirkel.ui.help_context import install_help_key, topic_for
from kansencirkel.ui.i18n import install_translators
from kansencirkel.ui.vault_ops import VaultOps

LINK = re.compile(r"\]\(([^)]+)\)")
TITLES = {
    ("nl", "eerste-overleg"): "Het eerste overleg over een kind",
    ("en", "eerste-overleg"): "The first meeting about a child",
    ("nl", "meting-invoeren"): "Een meting invoeren",
    ("en", "meting-invoeren"): "Entering an assessment",
    ("nl", "overlegmodus"): "De overlegmodus (F5)",
    ("en", "overlegmodus"): "Meeting mode (F5)",
    ("nl", "afdrukken-ouders"): "Afdrukken voor ouders",
    ("en", "afdrukken-ouders"): "Printing for parents",
    ("nl", "privacy-herstelcode"): "Privacy en de herstelcode",
    ("en", "privacy-herstelcode"): "Privacy and the recovery code",
    ("nl", "delen-en-bewaren"): "Delen, inzage en bewaren",
    ("en", "delen-en-bewaren"): "Sharing, access copies and retention",
}


@pytest.fixture(autouse=True)
def _no_guide_left() -> Iterator[None]:
    install_help_key()
    yield
    window = hw.help_window()
    if window is not None:
        window.close()
    QApplication.processEvents()


def guide_at(qtbot: Any, topic: str, lang: str) -> hw.HelpWindow:
    """Wait until the guide shows ``topic`` in ``lang``."""

    def shown() -> bool:
        w = hw.help_window()
        return (
            w is not None
            and w.isVisible()
            and w.current_topic() == topic
            and w.browser.toPlainText().startswith(TITLES.get((lang, topic), ""))
        )

    qtbot.waitUntil(shown, timeout=10000)
    window = hw.help_window()
    assert window is not None
    return window


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_page_exists_in_both_languages_and_its_links_resolve(lang: str) -> None:
    folder = resource("help", lang)
    assert sorted(p.stem for p in folder.glob("*.md")) == sorted(hw.TOPICS)
    for topic in hw.TOPICS:
        text = hw.page_path(topic, lang).read_text(encoding="utf-8")
        assert text.startswith("# "), topic
        assert len(text) < 3000, f"{topic}: keep the pages short"
        for target in LINK.findall(text):
            assert (folder / target).is_file(), (topic, target)
    index = hw.page_path("inhoud", lang).read_text(encoding="utf-8")
    assert {Path(t).stem for t in LINK.findall(index)} == set(hw.TOPICS) - {"inhoud"}


def test_help_is_packaged_with_the_resources() -> None:
    root = Path(__file__).resolve().parents[2]
    pyproject = (root / "pyproject.toml").read_text(encoding="utf-8")
    assert '"kansencirkel.resources" = ["**/*"]' in pyproject  # resources/help goes along
    spec = (root / "packaging" / "kansencirkel.spec").read_text(encoding="utf-8")
    assert "resources" in spec


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_links_and_keys_navigate_and_esc_closes(qtbot: Any, lang: str) -> None:
    install_translators(lang)
    window = hw.open_help("inhoud")
    qtbot.waitUntil(window.isVisible)
    browser = window.browser
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_Tab)  # to the first link ...
    qtbot.keyClick(browser, Qt.Key.Key_Return)  # ... and follow it
    guide_at(qtbot, "eerste-overleg", lang)
    assert window.pages.currentRow() == hw.TOPICS.index("eerste-overleg")
    browser.setSource(browser.source().resolved("meting-invoeren.md"))  # a link in a page
    guide_at(qtbot, "meting-invoeren", lang)
    qtbot.keyClick(browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back
    guide_at(qtbot, "eerste-overleg", lang)
    window.pages.setFocus()
    window.pages.setCurrentRow(hw.TOPICS.index("overlegmodus"))  # the page list
    guide_at(qtbot, "overlegmodus", lang)
    qtbot.keyClick(window.pages, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: hw.help_window() is None, timeout=5000)


def test_guide_follows_a_language_switch(qtbot: Any) -> None:
    window = hw.open_help("overlegmodus")
    guide_at(qtbot, "overlegmodus", "nl")
    install_translators("en")
    guide_at(qtbot, "overlegmodus", "en")
    assert window.windowTitle().startswith("Guide")
    install_translators("nl")
    guide_at(qtbot, "overlegmodus", "nl")


def test_topic_for_walks_up_to_the_nearest_view() -> None:
    assert topic_for(None) == "inhoud"
    assert topic_for(QWidget()) == "inhoud"


# -- F1 in each place --------------------------------------------------------------------


def press_f1(qtbot: Any, widget: QWidget, focus: QWidget | None = None) -> None:
    widget.show()
    widget.activateWindow()
    target = focus or widget
    target.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget() or target, Qt.Key.Key_F1)


Maker = Callable[..., tuple[QWidget, QWidget | None]]


def children_list(qtbot: Any, team_vault: Any, ui_runner: Any, **_: Any) -> Any:
    from kansencirkel.ui.main_window import MainWindow

    window = MainWindow(VaultOps(ui_runner), _["app_settings"])
    window.show()
    with qtbot.waitSignal(window.children_list.loaded, timeout=10000):
        window.attach(team_vault)
    return window, window.children_list.ui.table


def assessment_form(team_vault: Any, ui_runner: Any, **_: Any) -> Any:
    from kansencirkel.ui.assessment_form import AssessmentForm

    child = team_vault.repos.children.summaries(clock.today())[0].child
    form = AssessmentForm(
        team_vault.repos, VaultOps(ui_runner), child, perspective=Perspective.OUDERS
    )
    return form, None


def meeting_mode(team_vault: Any, ui_runner: Any, **_: Any) -> Any:
    from kansencirkel.ui.meeting_mode import MeetingModeWindow

    ids = [s.child.id for s in team_vault.repos.children.summaries(clock.today())][:2]
    return MeetingModeWindow(
        team_vault.repos.children, VaultOps(ui_runner), ids, ids[0], False
    ), None


def export_for_parents(team_vault: Any, ui_runner: Any, **_: Any) -> Any:
    from kansencirkel.ui.export_dialog import ExportDialog

    child_id = team_vault.repos.children.summaries(clock.today())[0].child.id
    dialog = ExportDialog(team_vault.repos, ui_runner, child_id, offer_open=False)
    dialog.set_kind("ouders")
    return dialog, dialog.ui.oudersRadio


def share(team_vault: Any, ui_runner: Any, **_: Any) -> Any:
    from kansencirkel.ui.share_dialog import ShareDialog

    child_id = team_vault.repos.children.summaries(clock.today())[0].child.id
    dialog = ShareDialog(team_vault.repos, ui_runner, child_id)
    return dialog, dialog.ui.sideCombo


def first_run(ui_runner: Any, tmp_path: Path, **_: Any) -> Any:
    from kansencirkel.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(tmp_path / "nieuw.kcv", ui_runner)
    return dialog, dialog.ui.teamEdit


def unlock(team_vault: Any, ui_runner: Any, **_: Any) -> Any:
    from kansencirkel.ui.unlock_dialog import UnlockDialog

    dialog = UnlockDialog(team_vault.info.path, ui_runner, _["app_settings"], demo=True)
    return dialog, dialog.ui.passphraseEdit


def settings(team_vault: Any, ui_runner: Any, **_: Any) -> Any:
    from kansencirkel.ui.settings_dialog import SettingsDialog

    s = team_vault
    return SettingsDialog(_["app_settings"], s.repos.settings, s.backup, VaultOps(ui_runner)), None


PLACES: list[tuple[str, Maker, str]] = [
    ("children list", children_list, "eerste-overleg"),
    ("assessment form", assessment_form, "meting-invoeren"),
    ("meeting mode", meeting_mode, "overlegmodus"),
    ("export for parents", export_for_parents, "afdrukken-ouders"),
    ("share", share, "delen-en-bewaren"),
    ("first run", first_run, "privacy-herstelcode"),
    ("unlock", unlock, "privacy-herstelcode"),
    ("settings", settings, "privacy-herstelcode"),
]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(("place", "make", "topic"), PLACES, ids=[p[0] for p in PLACES])
def test_f1_opens_the_page_for_the_place(
    qtbot: Any,
    team_vault: Any,
    ui_runner: Any,
    app_settings: Any,
    tmp_path: Path,
    lang: str,
    place: str,
    make: Maker,
    topic: str,
) -> None:
    install_translators(lang)
    widget, focus = make(
        qtbot=qtbot,
        team_vault=team_vault,
        ui_runner=ui_runner,
        app_settings=app_settings,
        tmp_path=tmp_path,
    )
    qtbot.addWidget(widget)
    try:
        press_f1(qtbot, widget, focus)
        guide = guide_at(qtbot, topic, lang)
        assert guide.isVisible()
    finally:
        ui_runner.wait_idle(10_000)
        if hasattr(widget, "detach"):
            widget.detach()
        if hasattr(widget, "clear"):
            widget.clear()
