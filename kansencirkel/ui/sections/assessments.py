"""Metingen: every assessment by date and perspective, with its corrections as versions.

One entered for the wrong child is withdrawn ("Intrekken…", with a reason): it stays in this
list, marked, with its reason, and is left out of the star, the topics and the reports.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QSplitter,
    QTextBrowser,
    QTreeWidgetItem,
    QWidget,
)

from kansencirkel.core.elements import ELEMENT_KEYS, catalog
from kansencirkel.core.enums import PERSPECTIVE_ORDER
from kansencirkel.core.model import Assessment
from kansencirkel.ui.sections.common import (
    Section,
    button_bar,
    element_name,
    fmt_date,
    fmt_moment,
    lang,
    perspective_name,
    role_name,
    score_text,
    tr,
)

if TYPE_CHECKING:
    from kansencirkel.ui.reason_dialog import ReasonDialog

_ID = Qt.ItemDataRole.UserRole


class AssessmentsSection(Section):
    correct_requested = Signal(object)  # Assessment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.correct_button = self.button(QT_TR_NOOP("&Corrigeren…"))
        self.correct_button.setObjectName("correctButton")
        self.correct_button.setEnabled(False)
        self.withdraw_button = self.button(QT_TR_NOOP("Intr&ekken…"), "withdrawButton")
        self.withdraw_button.setEnabled(False)
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("perspectiveFilter")
        self.keep(self.filter_combo.setAccessibleName, QT_TR_NOOP("Toon gezichtspunt"))
        self.filter_combo.addItem(tr("Alle gezichtspunten"), None)
        for p in PERSPECTIVE_ORDER:
            self.filter_combo.addItem(perspective_name(p), p.value)
        self.filter_combo.currentIndexChanged.connect(self._filter)
        self.layout_.addLayout(
            button_bar(self.correct_button, self.withdraw_button, self.filter_combo)
        )
        self.tree = self.new_tree(
            [
                QT_TR_NOOP("Datum"),
                QT_TR_NOOP("Gezichtspunt"),
                QT_TR_NOOP("Gegeven door"),
                QT_TR_NOOP("Versie"),
            ],
            "assessmentsTree",
            extra=lambda: [element_name(k) for k in ELEMENT_KEYS],
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.detail = QTextBrowser()
        self.detail.setObjectName("assessmentDetail")
        self.detail.setAccessibleName(tr("Meting"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(self.detail)
        split.setSizes([300, 200])
        self.layout_.addWidget(split)
        self._by_id: dict[str, Assessment] = {}
        self.tree.currentItemChanged.connect(self._selected)
        self.correct_button.clicked.connect(self._correct)
        self.withdraw_button.clicked.connect(lambda: self.open_withdraw(self.current()))

    def refresh(self) -> None:
        self.tree.clear()
        self.detail.clear()
        self._by_id = {}
        self.correct_button.setEnabled(False)
        self.withdraw_button.setEnabled(False)
        if self.data is None:
            return
        lineages: dict[str, list[Assessment]] = {}
        for a in self.data.all_assessments:
            self._by_id[a.id] = a
            lineages.setdefault(a.lineage_id, []).append(a)
        heads = []
        for versions in lineages.values():
            versions.sort(key=lambda a: a.version, reverse=True)
            heads.append(versions)
        heads.sort(key=lambda v: (v[0].assessed_on, v[0].recorded_at), reverse=True)
        items = []
        for versions in heads:
            top = self._item(versions[0])
            for older in versions[1:]:
                top.addChild(self._item(older))
            items.append(top)
        self.tree.addTopLevelItems(items)
        self._filter()
        for i in range(len(ELEMENT_KEYS) + 4):
            self.tree.resizeColumnToContents(i)

    def _item(self, a: Assessment) -> QTreeWidgetItem:
        cat, ln = catalog(), lang()
        if a.is_withdrawn:
            version = tr("%d (ingetrokken)") % a.version
        elif a.is_current:
            version = str(a.version)
        else:
            version = tr("%d (vervangen)") % a.version
        cells = [
            fmt_date(a.assessed_on),
            perspective_name(a.perspective),
            f"{a.given_by} ({role_name(a.given_by_role)})",
            version,
        ]
        unknown = cat.score_word(None, ln).split("/")[0].strip().lower()
        cells += [str(s) if (s := a.score(k)) is not None else unknown for k in ELEMENT_KEYS]
        item = QTreeWidgetItem(cells)
        item.setData(0, _ID, a.id)
        for i, k in enumerate(ELEMENT_KEYS):
            item.setToolTip(4 + i, cat.score_word(a.score(k), ln))
        if a.is_withdrawn:  # kept for the history, visibly not counted: grey and italic
            grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            for column in range(len(cells)):
                font = item.font(column)
                font.setItalic(True)
                item.setFont(column, font)
                item.setForeground(column, grey)
        return item

    def retranslate(self) -> None:
        self.filter_combo.setItemText(0, tr("Alle gezichtspunten"))
        for i, p in enumerate(PERSPECTIVE_ORDER, start=1):
            self.filter_combo.setItemText(i, perspective_name(p))
        super().retranslate()

    def _filter(self) -> None:
        wanted = self.filter_combo.currentData()
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            assert item is not None
            a = self._by_id.get(item.data(0, _ID))
            item.setHidden(wanted is not None and a is not None and a.perspective != wanted)

    def current(self) -> Assessment | None:
        item = self.tree.currentItem()
        return self._by_id.get(item.data(0, _ID)) if item is not None else None

    def _selected(self) -> None:
        a = self.current()
        live = a is not None and a.is_current and not a.is_withdrawn
        self.correct_button.setEnabled(live)
        self.withdraw_button.setEnabled(live)
        self.detail.setHtml(detail_html(a, self._versions_of(a)) if a else "")

    def _versions_of(self, a: Assessment | None) -> list[Assessment]:
        if a is None:
            return []
        return sorted(
            (x for x in self._by_id.values() if x.lineage_id == a.lineage_id),
            key=lambda x: x.version,
        )

    def _correct(self) -> None:
        a = self.current()
        if a is not None and a.is_current and not a.is_withdrawn:
            self.correct_requested.emit(a)

    def open_withdraw(self, a: Assessment | None) -> ReasonDialog | None:
        if a is None or not a.is_current or a.is_withdrawn:
            return None
        from kansencirkel.ui.reason_dialog import ReasonDialog

        dlg = ReasonDialog(
            self.tr("Meting intrekken"),
            self.tr(
                "Trek een meting alleen in als ze niet bij dit kind hoort of niet had mogen "
                "worden ingevoerd. Ze blijft met de reden in de geschiedenis staan, maar telt "
                "niet meer mee in de ster, de gespreksonderwerpen en de overzichten. Een "
                "verkeerde score verbeter je met Corrigeren."
            ),
            self.tr("Meting &intrekken"),
            self,
            subject=self.tr("Meting van %1, %2, gegeven door %3")
            .replace("%1", catalog().perspective_name(a.perspective, lang()))
            .replace("%2", fmt_date(a.assessed_on))
            .replace("%3", a.given_by),
        )
        dlg.accepted.connect(
            lambda: self.request(
                lambda repos: repos.assessments.withdraw(a.id, reason=dlg.reason())
            )
        )
        self.dialog = dlg
        dlg.open()
        return dlg


def detail_html(a: Assessment, versions: list[Assessment]) -> str:
    head = (
        f"<h3>{escape(perspective_name(a.perspective))} — {fmt_date(a.assessed_on)}</h3>"
        "<p>"
        + tr("Gegeven door")
        + f": {escape(a.given_by)} ({escape(role_name(a.given_by_role))})"
        " · " + tr("ingevoerd door") + f" {escape(a.recorded_by)}, {fmt_moment(a.recorded_at)}</p>"
    )
    good = "<p><b>" + tr("Wat gaat goed") + f":</b> {escape(a.goes_well)}</p>"
    rows = "".join(
        f"<tr><td>{escape(element_name(k))}</td><td>{escape(score_text(a.score(k)))}</td>"
        f"<td>{escape(a.notes.get(k, ''))}</td></tr>"
        for k in ELEMENT_KEYS
    )
    table = f"<table cellpadding='3'>{rows}</table>"
    wishes = "<p><b>" + tr("Wensen / hoop") + f":</b> {escape(a.wishes)}</p>" if a.wishes else ""
    if a.is_withdrawn:
        head = (
            "<p><b>"
            + tr("Ingetrokken op %s door %s") % (fmt_moment(a.withdrawn_at), escape(a.withdrawn_by))
            + f":</b> {escape(a.withdraw_reason)}<br>"
            + tr("Telt niet mee in de ster, de gespreksonderwerpen en de overzichten.")
            + "</p>"
            + head
        )
    history = ""
    if len(versions) > 1:
        lines = []
        for v in versions:
            state = (
                tr("huidig")
                if v.is_current
                else tr("vervangen op %s") % fmt_moment(v.superseded_at)
            )
            why = f" — {escape(v.correction_reason)}" if v.correction_reason else ""
            lines.append(
                "<li>" + (tr("Versie %d") % v.version) + f": {state}, " + tr("door") + " "
                f"{escape(v.recorded_by)}{why}</li>"
            )
        history = "<h4>" + tr("Geschiedenis van correcties") + f"</h4><ul>{''.join(lines)}</ul>"
    return head + good + table + wishes + history
