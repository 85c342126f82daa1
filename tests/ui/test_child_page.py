"""The child's page: header, Overzicht (what goes well first, topics, no scores summed),
Afspraken overdue in words, Logboek, clearing on lock, and the back button."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QTextBrowser, QTreeWidget, QWidget

from kansencirkel.core import clock
from kansencirkel.core.enums import MeetingKind, Perspective, Role
from tests.support.vaults import TEST_MEMBER
from tests.ui.child_fixtures import add_assessment, open_child, settle, tree_texts


def all_text(widget) -> str:
    """Every text a user could read in the widget tree (labels, trees, browsers)."""
    parts = [w.text() for w in widget.findChildren(QLabel)]
    parts += [w.toPlainText() for w in widget.findChildren(QTextBrowser)]
    for tree in widget.findChildren(QTreeWidget):
        parts += [" ".join(r) for r in tree_texts(tree)]
    return "\n".join(parts)


def test_header_shows_name_age_school_status_and_regiehouder(qtbot, page, runner, vault, child):
    teacher = vault.repos.people.create("Meester Jansen", Role.LEERKRACHT).value
    vault.repos.people.involve(child.id, teacher.id, Role.LEERKRACHT, is_regiehouder=True)
    open_child(page, runner, child.id)
    assert page.ui.nameLabel.text() == "Sanne de Vries"
    meta = page.ui.metaLabel.text()
    for part in ("9 jaar", "De Linde, groep 5", "Actief", "Regiehouder: Meester Jansen"):
        assert part in meta
    assert page.ui.enterButton.isEnabled()


def test_overview_puts_what_goes_well_first_and_words_topics(qtbot, page, runner, vault, child):
    add_assessment(vault, child.id, Perspective.KIND, 2, goes_well="Rekenen gaat prima")
    add_assessment(vault, child.id, Perspective.SCHOOL, 5, goes_well="Helpt klasgenoten")
    open_child(page, runner, child.id)
    text = page.overview_section.text.toPlainText()
    assert text.index("Wat gaat goed") < text.index("Gespreksonderwerpen")
    assert "Rekenen gaat prima" in text and "Helpt klasgenoten" in text
    assert "bespreek wat ieder ziet" in text  # a topic, worded as something to talk about
    lowered = text.lower()
    for word in ("risico", "totaal", "waarschuwing", "alarm", "signaal"):
        assert word not in lowered
    assert "Nog geen meting van: Ouders, Zorg." in text


def test_overdue_action_shows_words_and_icon(qtbot, page, runner, vault, child):
    today = clock.today()
    vault.repos.actions.create(
        child.id,
        "Gesprek met de ouders plannen",
        ["veilig"],
        None,
        today - timedelta(days=20),
        today - timedelta(days=2),
    )
    vault.repos.actions.create(child.id, "Zwemles regelen", ["actief"], None, today, None)
    open_child(page, runner, child.id)
    assert "over tijd" in page.overview_section.text.toPlainText()
    page.ui.tabs.setCurrentWidget(page.ui.actionsTab)
    tree = page.actions_section.tree
    rows = {r[0]: r for r in tree_texts(tree)}
    assert rows["Gesprek met de ouders plannen"][5] == "Over tijd — gepland"
    assert rows["Zwemles regelen"][5] == "Gepland"
    first = tree.topLevelItem(0)
    assert first.text(0) == "Gesprek met de ouders plannen"
    assert not first.icon(5).isNull() and tree.topLevelItem(1).icon(5).isNull()
    assert first.background(5).style() == Qt.BrushStyle.NoBrush  # no traffic-light colour


def test_meetings_show_attendees_decisions_and_next_date(qtbot, page, runner, vault, child):
    today = clock.today()
    m = vault.repos.meetings.create(
        child.id,
        today - timedelta(days=7),
        MeetingKind.KERNTEAM,
        ("Juf Anna", "Fenna Test"),
        "Goed gesprek",
        "Extra leestijd",
        today + timedelta(days=21),
    ).value
    vault.repos.actions.create(
        child.id, "Leesmaatje zoeken", [], None, today, None, meeting_id=m.id
    )
    open_child(page, runner, child.id)
    assert f"{today + timedelta(days=21):%d-%m-%Y}" in page.overview_section.text.toPlainText()
    page.ui.tabs.setCurrentWidget(page.ui.meetingsTab)
    tree = page.meetings_section.tree
    tree.setCurrentItem(tree.topLevelItem(0))
    detail = page.meetings_section.detail.toPlainText()
    assert "Juf Anna" in detail and "Extra leestijd" in detail and "Leesmaatje zoeken" in detail


def test_log_lists_view_events(qtbot, page, runner, vault, child):
    open_child(page, runner, child.id)
    page.ui.tabs.setCurrentWidget(page.ui.logTab)
    rows = tree_texts(page.log_section.tree)
    assert any(r[3] == "Bekeken" and r[1] == TEST_MEMBER for r in rows)
    assert any(r[3] == "Toegevoegd" for r in rows)
    assert "Sanne" not in "\n".join(" ".join(r) for r in rows)  # never the content


def test_clear_drops_all_child_data_and_ignores_late_results(qtbot, page, runner, vault, child):
    add_assessment(vault, child.id, Perspective.OUDERS, 4, goes_well="Zingt graag liedjes")
    open_child(page, runner, child.id)
    for i in range(page.ui.tabs.count()):  # paint every section once
        page.ui.tabs.setCurrentIndex(i)
    form = page.entry.open_form(Perspective.KIND)
    assert "Sanne" in all_text(page) + form.windowTitle()
    page.clear()
    assert not form.isVisible() and page.entry.form is None
    text = all_text(page)
    assert "Sanne" not in text and "Zingt graag liedjes" not in text
    assert not page.ui.enterButton.isEnabled()
    page.show_child(child.id)
    page.clear()  # locked while loading: the result must not fill the page again
    settle(runner)
    assert "Sanne" not in all_text(page)


def test_back_button_asks_to_go_back(qtbot, page, runner, child):
    open_child(page, runner, child.id)
    with qtbot.waitSignal(page.back_requested, timeout=1000):
        qtbot.mouseClick(page.ui.backButton, Qt.MouseButton.LeftButton)


def test_a_child_with_40_assessments_shows_all_of_them(qtbot, page, runner, vault, child):
    # How fast: tests/benchmarks/bench_child_page.py ("click → painted" for 40 metingen,
    # against painting a bare widget of the same size in the same run).
    for i in range(40):
        add_assessment(vault, child.id, list(Perspective)[i % 4], (i % 5) + 1, days_ago=400 - i)
    open_child(page, runner, child.id)
    page.repaint()  # the Overzicht paints them (the star, the topics) without an error
    page.ui.tabs.setCurrentWidget(page.ui.assessmentsTab)
    assert page.assessments_section.tree.topLevelItemCount() == 40


def test_buttons_have_keyboard_mnemonics(qtbot, page):
    texts = [b.text() for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page)]
    assert "&Meting invoeren" in texts and "&Terug" in texts


def test_metingen_can_show_one_perspective(qtbot, page, runner, vault, child):
    add_assessment(vault, child.id, Perspective.KIND, 3)
    add_assessment(vault, child.id, Perspective.SCHOOL, 4)
    open_child(page, runner, child.id)
    page.ui.tabs.setCurrentWidget(page.ui.assessmentsTab)
    section = page.assessments_section
    combo = section.filter_combo
    combo.setCurrentIndex(combo.findData("school"))
    tree = section.tree
    shown = [
        tree.topLevelItem(i).text(1)
        for i in range(tree.topLevelItemCount())
        if not tree.topLevelItem(i).isHidden()
    ]
    assert shown == ["School"]


def test_print_button_opens_the_export_dialog(qtbot, page, runner, child):
    open_child(page, runner, child.id)
    assert page.ui.printButton.isEnabled()
    qtbot.mouseClick(page.ui.printButton, Qt.MouseButton.LeftButton)
    dialogs = [w for w in page.findChildren(QWidget) if type(w).__name__ == "ExportDialog"]
    assert dialogs and dialogs[0].isVisible()
    dialogs[0].reject()


def test_saving_a_star_is_logged_as_export(qtbot, page, runner, vault, child):
    from kansencirkel.core.enums import AuditKind

    add_assessment(vault, child.id, Perspective.KIND, 3)
    open_child(page, runner, child.id)
    star = page.overview_section.star
    if not hasattr(star, "exported"):
        pytest.skip("StarView without an exported signal")
    star.exported.emit("png")
    settle(runner)
    kinds = [(e.kind, e.record_type, e.detail) for e in vault.repos.audit.entries(child.id)]
    assert (AuditKind.EXPORT, "chart", "png") in kinds


def test_language_switch_renames_domain_words_live(qtbot, page, runner, vault, child):
    from kansencirkel.ui.i18n import install_translators

    add_assessment(vault, child.id, Perspective.KIND, 3)
    open_child(page, runner, child.id)
    page.ui.tabs.setCurrentWidget(page.ui.assessmentsTab)
    tree = page.assessments_section.tree
    assert tree.headerItem().text(4) == "Actief"
    install_translators("en")
    # Qt sends LanguageChange when a translator is installed; until kansencirkel_en.ts
    # exists none may be, so deliver the event the way QApplication would.
    from PySide6.QtCore import QCoreApplication, QEvent

    for w in [page, *page.findChildren(QWidget)]:
        QCoreApplication.sendEvent(w, QEvent(QEvent.Type.LanguageChange))
    qtbot.waitUntil(lambda: tree.headerItem().text(4) == "Active")
    assert tree.topLevelItem(0).text(1) == "Child"
    assert page.assessments_section.filter_combo.itemText(1) == "Child"


def test_no_two_visible_buttons_or_tabs_share_a_mnemonic(qtbot, page, runner, child):
    import re

    open_child(page, runner, child.id)
    tabs = page.ui.tabs
    tab_keys = [tabs.tabText(i) for i in range(tabs.count())]
    header = [
        page.ui.enterButton.text(),
        page.ui.printButton.text(),
        page.ui.inzageButton.text(),
        page.ui.backButton.text(),
    ]
    for i, section in enumerate(page.sections):
        tabs.setCurrentIndex(i)
        own = [b.text() for b in section.findChildren(QAbstractButton) if b.isVisibleTo(page)]
        keys = [
            m.group(1).lower() for t in tab_keys + header + own if (m := re.search(r"&(\w)", t))
        ]
        assert len(keys) == len(set(keys)), (tabs.tabText(i), sorted(keys))


def test_lists_are_named_for_screen_readers(qtbot, page):
    assert page.actions_section.tree.accessibleName() == "Afspraken"
    assert page.assessments_section.tree.accessibleName() == "Metingen"


def test_opening_a_child_is_one_read_and_one_view_event(qtbot, page, runner, vault, child):
    """Corrected versions come with the case file: one VIEW in the audit log per open."""
    from kansencirkel.core.enums import AuditKind

    first = add_assessment(vault, child.id, Perspective.KIND, 2)
    vault.repos.assessments.save(replace_input(first, 4))

    def views() -> int:
        entries = vault.repos.audit.entries(child_id=child.id)
        return sum(e.kind is AuditKind.VIEW for e in entries)

    before = views()
    open_child(page, runner, child.id)
    assert views() == before + 1
    assert len(page.data.all_assessments) == 2  # the superseded version is there too
    assert [a.version for a in page.data.case.assessments] == [2]


def replace_input(a, score):
    from kansencirkel.core.model import AssessmentInput

    return AssessmentInput(
        a.child_id,
        a.perspective,
        a.assessed_on,
        a.given_by,
        a.given_by_role,
        {"actief": score},
        goes_well="Beter",
        corrects_id=a.id,
        correction_reason="Verkeerd overgenomen",
    )


def _scores(vault, child_id, perspective, values, days_ago):
    from kansencirkel.core.elements import ELEMENT_KEYS
    from kansencirkel.core.model import AssessmentInput

    vault.repos.assessments.save(
        AssessmentInput(
            child_id,
            perspective,
            clock.today() - timedelta(days=days_ago),
            "Geber Test",
            Role.LEERKRACHT,
            dict(zip(ELEMENT_KEYS, values, strict=True)),
            {},
            "Speelt fijn buiten.",
            "",
        )
    )


def test_overview_ranks_a_handful_of_topics_and_n_meer_expands(
    qtbot, page, runner, vault, child, today_is
):
    from datetime import date

    from PySide6.QtCore import QUrl

    from kansencirkel.core.window import COMPARE_MONTHS_KEY

    today_is(date(2026, 10, 13))

    _scores(vault, child.id, Perspective.KIND, (1, 1, 2, 2, 1, 1, 2, 2), 5)
    _scores(vault, child.id, Perspective.SCHOOL, (4, 5, 4, 5, 4, 5, 4, 5), 5)
    _scores(vault, child.id, Perspective.ZORG, (5, 5, 5, 5, 5, 5, 5, 5), 300)  # ~10 months
    open_child(page, runner, child.id)
    section = page.overview_section
    text = section.text.toPlainText()
    topics = [line for line in text.splitlines() if "bespreek wat ieder ziet" in line]
    assert len(topics) == 4  # a handful, largest difference first (4 before 3 and 2)
    assert topics[0].startswith("Gerespecteerd: het kind ziet 1, school ziet 5")
    assert "4 meer" in text
    assert "zorg ziet" not in text  # ten months old: not compared …
    assert "zorg, 9 maanden geleden" in text  # … but shown with its age (17 December 2025)
    html = section.text.toHtml()
    assert 'href="kc:more-verschil"' in html
    section.text.anchorClicked.emit(QUrl("kc:more-verschil"))
    expanded = section.text.toPlainText()
    assert len([ln for ln in expanded.splitlines() if "bespreek wat ieder ziet" in ln]) == 8
    assert "minder tonen" in expanded and "4 meer" not in expanded
    section.text.anchorClicked.emit(QUrl("kc:fewer-verschil"))
    assert "4 meer" in section.text.toPlainText()
    # The vault's window: twelve months brings the care view back into the comparison.
    vault.repos.settings.set(COMPARE_MONTHS_KEY, 12)
    open_child(page, runner, child.id)
    assert "zorg ziet 5" in page.overview_section.text.toPlainText()


def test_log_names_changed_fields_in_the_users_words(qtbot) -> None:
    """The logboek says "gewijzigd: wat, uiterlijk", not the store's column names; a key no
    screen shows stays as stored (never content either way)."""
    from kansencirkel.ui.sections.log import detail_text

    assert detail_text("action", "fields:due_on,what") == "gewijzigd: uiterlijk, wat"
    assert detail_text("child", "fields:group") == "gewijzigd: groep"
    assert detail_text("action", "fields:something_new") == "gewijzigd: something_new"
    assert detail_text("note", "removed") == "verwijderd (bewaard voor de geschiedenis)"
    assert detail_text("report", "ouders") == "ouders"
