"""Wat is beter geworden comes first on the child's overview and in meeting mode, in plain
words and without names; when nothing rose the part is left out."""

from __future__ import annotations

from datetime import timedelta

from kansencirkel.core import clock
from kansencirkel.core.enums import MeetingKind, Perspective
from kansencirkel.core.initials import NameMask
from kansencirkel.ui.meeting_side import SideText
from tests.ui.child_fixtures import add_assessment, open_child


def _rose(vault, child) -> None:
    """School gave 2 before the last overleg and 4 since."""
    held = clock.today() - timedelta(days=30)
    add_assessment(vault, child.id, Perspective.SCHOOL, 2, days_ago=35)
    vault.repos.meetings.create(child.id, held, MeetingKind.KERNTEAM, ["Juf Anna"])
    add_assessment(vault, child.id, Perspective.SCHOOL, 4, days_ago=3)


def test_the_overview_opens_with_what_got_better(qtbot, page, runner, vault, child):
    _rose(vault, child)
    open_child(page, runner, child.id)
    text = page.overview_section.text.toPlainText()
    assert text.startswith("Wat is beter geworden")
    assert "School ziet bij Actief nu een 4, in " in text
    assert text.index("Wat is beter geworden") < text.index("Wat gaat goed")


def test_nothing_rose_leaves_the_part_out(qtbot, page, runner, vault, child):
    add_assessment(vault, child.id, Perspective.SCHOOL, 4, days_ago=35)
    add_assessment(vault, child.id, Perspective.SCHOOL, 4, days_ago=3)
    open_child(page, runner, child.id)
    text = page.overview_section.text.toPlainText()
    assert "beter geworden" not in text and text.startswith("Wat gaat goed")


def test_meeting_mode_shows_it_first_and_with_initials_no_name(qtbot, vault, child):
    _rose(vault, child)
    case = vault.repos.children.case_file(child.id)
    html = SideText(case, "nl", clock.today(), NameMask.for_case(case)).html()
    assert html.startswith("<h3>Wat is beter geworden</h3>")
    assert child.given_name not in html and child.family_name not in html
    english = SideText(case, "en", clock.today(), None).html()
    assert english.startswith("<h3>What has got better</h3>")


def _busy(vault, child) -> None:
    """School and the child each rose on every element since the last overleg: 16 lines."""
    held = clock.today() - timedelta(days=30)
    for p in (Perspective.KIND, Perspective.SCHOOL):
        add_assessment(vault, child.id, p, 2, days_ago=35)
        add_assessment(vault, child.id, p, 4, days_ago=3)
    vault.repos.meetings.create(child.id, held, MeetingKind.KERNTEAM, ["Juf Anna"])


def test_the_overview_shows_a_handful_then_n_more(qtbot, page, runner, vault, child):
    from PySide6.QtCore import QUrl

    _busy(vault, child)
    open_child(page, runner, child.id)
    section = page.overview_section

    def better() -> str:  # the part above "Wat gaat goed" (the topics have their own "meer")
        return section.text.toPlainText().split("Wat gaat goed")[0]

    rises = [ln for ln in better().splitlines() if " nu een 4, in " in ln]
    assert len(rises) == 4 and "12 meer" in better()
    assert 'href="kc:more-beter"' in section.text.toHtml()
    section.text.anchorClicked.emit(QUrl("kc:more-beter"))
    expanded = better()
    assert len([ln for ln in expanded.splitlines() if " nu een 4, in " in ln]) == 16
    assert "12 meer" not in expanded and "minder tonen" in expanded
    section.text.anchorClicked.emit(QUrl("kc:fewer-beter"))
    assert "12 meer" in better()


def test_meeting_mode_shows_a_handful_and_names_how_many_more(qtbot, vault, child):
    _busy(vault, child)
    case = vault.repos.children.case_file(child.id)
    html = SideText(case, "nl", clock.today(), None).html()
    better = html.split("<h3>Wat gaat goed</h3>")[0]
    assert better.count("<li>") == 4
    assert "En nog 12 dingen die beter werden." in better
