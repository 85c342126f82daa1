"""Children list: search as you type, filters, sorting, add/edit/close/reopen; no scores."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kansencirkel.core import clock
from kansencirkel.core.enums import ChildStatus, Perspective
from kansencirkel.core.model import Child, ChildSummary
from kansencirkel.ui.child_dialog import ChildDialog, parse_date
from kansencirkel.ui.children_list import ChildrenList
from kansencirkel.ui.children_model import ChildrenModel, Column, StatusFilter
from kansencirkel.ui.vault_ops import VaultOps


def names(model: ChildrenModel) -> list[str]:
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


@pytest.fixture
def children_list(qtbot: Any, team_vault: Any, ui_runner: Any) -> ChildrenList:
    view = ChildrenList(VaultOps(ui_runner))
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.set_children(team_vault.repos.children)
    return view


def test_lists_active_children_sorted_with_attention_as_text(children_list: ChildrenList) -> None:
    model = children_list.model
    assert names(model) == ["Daan Bakker", "Noor El Amrani", "Sanne de Vries"]  # Mees is closed
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert not any("score" in h.lower() for h in headers)
    daan = model.row_of(children_list.model.summary_at(0).child.id)  # type: ignore[union-attr]
    assert model.index(daan, Column.ACTIONS).data() == "1 open, 1 over de datum"
    noor = names(model).index("Noor El Amrani")
    assert model.index(noor, Column.MEETING).data() == "vandaag"
    assert model.index(noor, Column.PERSPECTIVES).data() == "ontbreekt: kind, ouders, school"
    assert "3 kinderen" in children_list.ui.countLabel.text()


def test_keyboard_from_search_into_the_list_and_open(
    qtbot: Any, children_list: ChildrenList
) -> None:
    """Type, Enter: the one match opens. Down (or Enter with several): into the list."""
    from PySide6.QtWidgets import QApplication

    search, table = children_list.ui.searchEdit, children_list.ui.table
    search.setFocus()
    qtbot.keyClicks(search, "de linde")  # Daan and Sanne
    qtbot.keyClick(search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    assert children_list.current_summary() is not None
    assert children_list.current_summary().child.given_name == "Daan"  # type: ignore[union-attr]
    search.setFocus()
    search.clear()
    qtbot.keyClicks(search, "kompas")
    with qtbot.waitSignal(children_list.open_requested, timeout=2000) as opened:
        qtbot.keyClick(search, Qt.Key.Key_Return)
    assert opened.args == [children_list.current_id()]
    assert children_list.current_summary().child.given_name == "Noor"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("typed", "name"),
    [("ozturk", "Öztürk"), ("nguyen", "Nguyễn"), ("kaminski", "Kamiński"), ("LUCJA", "Łucja")],
)
def test_fold_ignores_case_and_accents(typed: str, name: str) -> None:
    from kansencirkel.ui.children_model import fold

    assert fold(typed) in fold(name) and fold(name) == fold(typed)


def test_search_understands_groep_and_esc_clears(qtbot: Any, children_list: ChildrenList) -> None:
    search = children_list.ui.searchEdit
    qtbot.keyClicks(search, "groep 7")  # Daan is in group 7; "7" alone could be any text
    assert names(children_list.model) == ["Daan Bakker"]
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == "" and len(names(children_list.model)) == 3


def test_search_as_you_type_on_name_school_and_group(
    qtbot: Any, children_list: ChildrenList
) -> None:
    qtbot.keyClicks(children_list.ui.searchEdit, "kompas")
    assert names(children_list.model) == ["Noor El Amrani"]
    children_list.ui.searchEdit.clear()
    qtbot.keyClicks(children_list.ui.searchEdit, "linde 7")
    assert names(children_list.model) == ["Daan Bakker"]
    children_list.ui.searchEdit.setText("SANNE")
    assert names(children_list.model) == ["Sanne de Vries"]
    assert "1 van 3 kinderen" in children_list.ui.countLabel.text()


def test_status_and_attention_filters_and_sorting(children_list: ChildrenList) -> None:
    ui, model = children_list.ui, children_list.model
    ui.statusFilter.setCurrentIndex(StatusFilter.AFGESLOTEN)
    assert names(model) == ["Mees Jansen"]
    assert model.index(0, Column.STATUS).data().startswith("afgesloten")
    ui.statusFilter.setCurrentIndex(StatusFilter.ALLE)
    assert len(names(model)) == 4
    ui.attentionOnly.setChecked(True)
    assert "Mees Jansen" not in names(model)
    ui.attentionOnly.setChecked(False)
    ui.table.sortByColumn(Column.GROUP, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["Noor El Amrani", "Sanne de Vries", "Daan Bakker", "Mees Jansen"]
    ui.table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names(model)[0] == "Sanne de Vries"


def test_add_child_with_validation_then_listed(qtbot: Any, children_list: ChildrenList) -> None:
    children_list.ui.addButton.click()
    dialog = children_list.findChild(ChildDialog)
    assert dialog is not None and dialog.isVisible()
    ui = dialog.ui
    qtbot.keyClicks(ui.givenEdit, "Yara")
    qtbot.keyClicks(ui.schoolEdit, "De Linde")
    qtbot.keyClicks(ui.dobEdit, "31-02-2017")
    ui.buttonBox.accepted.emit()
    assert ui.messageLabel.text() == "Vul de achternaam van het kind in."
    qtbot.keyClicks(ui.familyEdit, "Visser")
    ui.buttonBox.accepted.emit()
    assert ui.messageLabel.text().startswith("De geboortedatum is geen geldige datum")
    assert ui.givenEdit.text() == "Yara" and ui.dobEdit.text() == "31-02-2017"  # nothing lost
    ui.dobEdit.setText("28-02-2017")
    with qtbot.waitSignal(children_list.loaded, timeout=10000):
        ui.buttonBox.accepted.emit()
    assert "Yara Visser" in names(children_list.model)
    assert children_list.current_summary().child.full_name == "Yara Visser"  # type: ignore[union-attr]


def test_edit_close_and_reopen(qtbot: Any, children_list: ChildrenList, monkeypatch: Any) -> None:
    sanne = next(s for s in children_list.model._all if s.child.given_name == "Sanne")
    assert children_list.select(sanne.child.id)
    children_list.ui.editButton.click()
    dialog = children_list.findChild(ChildDialog)
    assert dialog is not None and dialog.ui.familyEdit.text() == "de Vries"
    dialog.ui.groupEdit.setText("6")
    with qtbot.waitSignal(children_list.loaded, timeout=10000):
        dialog.ui.buttonBox.accepted.emit()
    row = children_list.model.row_of(sanne.child.id)
    assert children_list.model.index(row, Column.GROUP).data() == "6"
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    with qtbot.waitSignal(children_list.loaded, timeout=10000):
        children_list.ui.closeButton.click()
    assert "Sanne de Vries" not in names(children_list.model)
    children_list.ui.statusFilter.setCurrentIndex(StatusFilter.AFGESLOTEN)
    assert children_list.select(sanne.child.id)
    assert children_list.ui.closeButton.text().replace("&", "") == "Dossier heropenen"
    with qtbot.waitSignal(children_list.loaded, timeout=10000):
        children_list.ui.closeButton.click()
    assert children_list.ui.statusFilter.currentIndex() == StatusFilter.ACTIEF
    assert "Sanne de Vries" in names(children_list.model)


def test_parse_date_forms() -> None:
    assert parse_date("") is None
    assert parse_date("3-4-2016") == date(2016, 4, 3)
    assert parse_date("2016-04-03") == date(2016, 4, 3)
    with pytest.raises(ValueError):
        parse_date("gisteren")


def fake_summaries(n: int) -> list[ChildSummary]:
    today = clock.today()
    out = []
    for i in range(n):
        child = Child(
            f"id{i}",
            f"Kind{i}",
            f"Achternaam{i % 97}",
            None,
            f"School {i % 13}",
            str(1 + i % 8),
            ChildStatus.ACTIEF if i % 5 else ChildStatus.AFGESLOTEN,
            today - timedelta(days=i % 300),
        )
        out.append(
            ChildSummary(
                child,
                open_actions=i % 3,
                overdue_actions=i % 2,
                missing_perspectives=(Perspective.OUDERS,) if i % 4 else (),
            )
        )
    return out


def test_search_as_you_type_over_10000_children(qtbot: Any, ui_runner: Any) -> None:
    # How fast: tests/benchmarks/bench_ui.py, group "search" (a keystroke over 10,000
    # children, filter and repaint, against a keystroke in a bare QLineEdit in the same run).
    view = ChildrenList(VaultOps(ui_runner))
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    view.model.set_summaries(fake_summaries(10_000))
    for text in ("k", "ki", "kin", "kind1", "kind12"):
        view.ui.searchEdit.setText(text)
    shown = names(view.model)
    assert shown and all(name.startswith("Kind12") for name in shown)
    assert "Kind1234 Achternaam70" in shown  # 1234 % 5: an open file
    assert "Kind1250 Achternaam86" not in shown  # 1250 % 5 == 0: closed, not listed
    view.ui.searchEdit.clear()
    assert view.model.rowCount() == 8_000  # every open file again


def test_sorting_keeps_the_selected_child(children_list: ChildrenList) -> None:
    sanne = next(s for s in children_list.model._all if s.child.given_name == "Sanne")
    children_list.select(sanne.child.id)
    children_list.ui.table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert children_list.current_id() == sanne.child.id
    children_list.ui.table.sortByColumn(Column.GROUP, Qt.SortOrder.AscendingOrder)
    assert children_list.current_id() == sanne.child.id


def test_each_row_says_why_it_needs_attention(children_list: ChildrenList) -> None:
    model = children_list.model
    by_name = {
        s.child.given_name: (r, s) for r in range(model.rowCount()) if (s := model.summary_at(r))
    }
    row, daan = by_name["Daan"]
    tip = model.index(row, Column.NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert daan.needs_attention and tip.startswith("Aandacht nodig: ")
    assert "afspraken over de datum: 1" in tip
    for r, s in by_name.values():  # every row that is flagged says why; none says it idly
        tip = model.index(r, Column.SCHOOL).data(Qt.ItemDataRole.ToolTipRole)
        assert (tip is not None) == s.needs_attention


def test_all_columns_fit_a_1024_pixel_projector(qtbot: Any, children_list: ChildrenList) -> None:
    children_list.resize(1024, 600)
    table = children_list.ui.table
    qtbot.waitUntil(lambda: table.viewport().width() < 1024)
    assert not table.horizontalScrollBar().isVisible()
    header = table.horizontalHeader()
    assert header.sectionSize(Column.PERSPECTIVES) >= 200  # "ontbreekt: kind; lang geleden: …"
    width = header.fontMetrics().horizontalAdvance("Gezichtspunten")
    assert header.sectionSize(Column.PERSPECTIVES) > width


def test_after_unlock_the_first_screen_comes_first_then_the_whole_list(
    qtbot: Any, vault_factory: Any, ui_runner: Any
) -> None:
    vault = vault_factory()
    for i in range(70):
        vault.repos.children.create(f"Kind{i:02d}", ("van Dijk", "Öztürk", "Aalbers")[i % 3])
    view = ChildrenList(VaultOps(ui_runner))
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    seen: list[tuple[bool, list[str], str]] = []
    view.model.modelReset.connect(
        lambda: seen.append((view.model.complete, names(view.model), view.ui.countLabel.text()))
    )
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.set_children(vault.repos.children)
    first, whole = seen[0], seen[-1]
    assert not first[0] and first[2] == "Kinderen laden…"
    assert 0 < len(first[1]) < 70 and whole[1][: len(first[1])] == first[1]  # no row jumps
    assert whole[0] and len(whole[1]) == 70 and whole[2] == "70 kinderen"
    assert first[1][0].endswith("Aalbers") and whole[1][-1].endswith("Öztürk")


def test_a_search_already_typed_waits_for_the_whole_list(
    qtbot: Any, vault_factory: Any, ui_runner: Any
) -> None:
    """The first screen only serves the plain name order: with a search (or another sort)
    the list shows nothing half, and Enter cannot open a match that is not the only one."""
    vault = vault_factory()
    for i in range(50):
        vault.repos.children.create(f"Kind{i:02d}", "Jansen")
    view = ChildrenList(VaultOps(ui_runner))
    qtbot.addWidget(view)
    view.show()
    view.ui.searchEdit.setText("kind4")
    states: list[bool] = []
    view.model.modelReset.connect(lambda: states.append(view.model.complete))
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.set_children(vault.repos.children)
    assert states and all(states)
    assert len(names(view.model)) == 10
    one = [
        s for s in vault.repos.children.summaries(clock.today()) if s.child.given_name == "Kind41"
    ]
    view.model.set_summaries(one, complete=False)  # as if only a first screen were in
    view.ui.searchEdit.setText("kind41")
    opened: list[str] = []
    view.open_requested.connect(opened.append)
    qtbot.keyClick(view.ui.searchEdit, Qt.Key.Key_Return)
    assert opened == [] and view.current_summary() is not None  # into the list instead
