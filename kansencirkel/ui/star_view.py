"""The child's star in the Overzicht: perspectives at one moment, one perspective over time,
or the trend per element; hover an axis for the scores and notes; export as PNG or SVG.
"Als tabel" shows the same scores as a table (keyboard and screen reader; see star_table).

matplotlib is imported only when the first chart is drawn (see :mod:`chart_canvas`).
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QMenu,
    QToolTip,
    QWidget,
)

from kansencirkel.charts.series import (
    latest_as_of,
    moment_series,
    overlay,
    reading_dates,
    short_day,
)
from kansencirkel.core import clock
from kansencirkel.core.elements import Lang, catalog
from kansencirkel.core.enums import PERSPECTIVE_ORDER, Perspective
from kansencirkel.core.model import Assessment, CaseFile
from kansencirkel.core.topics import highlight_elements, movement_topics
from kansencirkel.core.window import ReadingWindow, ago_text, with_age
from kansencirkel.ui.chart_canvas import ChartCanvas, warm_up_in_background
from kansencirkel.ui.forms.ui_star_view import Ui_StarView
from kansencirkel.ui.save_path import ask_save_path
from kansencirkel.ui.star_table import Column, fill_table
from kansencirkel.ui.style_icon import style_icon

if TYPE_CHECKING:
    from matplotlib.backend_bases import MouseEvent

MODE_PERSPECTIVES, MODE_TIME, MODE_TRENDS = 0, 1, 2
EXPORT_SIZE = {MODE_PERSPECTIVES: (7.0, 7.0), MODE_TIME: (7.0, 7.0), MODE_TRENDS: (11.0, 7.0)}


class StarView(QWidget):
    """``set_case(case, lang)`` shows a child's star; ``clear()`` drops everything shown."""

    exported = Signal(str)  # "png" or "svg", after a chart was saved (for the audit log)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StarView()
        self.ui.setupUi(self)
        self._case: CaseFile | None = None
        self._lang: Lang = "nl"
        self._shown: list[tuple[str, Assessment]] = []  # what hover and the table describe
        self._older: set[str] = set()  # ids of shown readings outside the comparison window
        self._marks: set[str] = set()  # elements marked as gespreksonderwerp
        self._hover_key: str | None = None
        self.chart = ChartCanvas(self.ui.canvasHost)
        self.chart.setObjectName("starChart")
        self.ui.canvasLayout.addWidget(self.chart)
        self.chart.hide()
        self.chart.on_hover(self._on_hover)
        self.toggles: dict[Perspective, QCheckBox] = {}
        for p in PERSPECTIVE_ORDER:
            box = QCheckBox(catalog().perspective_name(p, "nl"), self.ui.togglesBox)
            box.setIcon(style_icon(p))
            box.setChecked(True)
            box.toggled.connect(self._render)
            self.ui.togglesLayout.addWidget(box)
            self.toggles[p] = box
        self.ui.togglesLayout.addStretch(1)
        self._export_menu = QMenu(self)
        self.ui.exportButton.setMenu(self._export_menu)
        self._fill_export_menu()
        for combo in (self.ui.momentCombo, self.ui.perspectiveCombo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.ui.tableButton.toggled.connect(self._table_toggled)
        self.ui.modeCombo.currentIndexChanged.connect(self._mode_changed)
        self.ui.momentCombo.currentIndexChanged.connect(self._render)
        self.ui.perspectiveCombo.currentIndexChanged.connect(self._render)
        self._mode_changed()
        self.clear()
        # Once the window has painted, load matplotlib in the background so the first star
        # appears without a pause.
        QTimer.singleShot(800, warm_up_in_background)

    # -- public --------------------------------------------------------------------------------

    def set_case(self, case: CaseFile, lang: str = "nl") -> None:
        """Show ``case``; the same child again (after an edit) keeps the chosen moment."""
        same_child = self._case is not None and self._case.child.id == case.child.id
        keep = self.ui.momentCombo.currentData() if same_child else None
        self._case = case
        self._lang = "en" if lang == "en" else "nl"
        with_data = {a.perspective for a in case.assessments if a.is_current}
        for p, box in self.toggles.items():
            box.setText(catalog().perspective_name(p, self._lang))
            box.setEnabled(p in with_data)
        self._fill_combos(case, with_data, keep)
        self.ui.exportButton.setEnabled(bool(with_data))
        self._render()

    def clear(self) -> None:
        self._case = None
        self._shown = []
        self._older = set()
        self.ui.scoreTable.clear()
        self.ui.scoreTable.setRowCount(0)
        self.ui.scoreTable.setColumnCount(0)
        self.ui.scoreTable.hide()
        for combo in (self.ui.momentCombo, self.ui.perspectiveCombo):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.chart.clear()
        self.chart.hide()
        self.ui.placeholderLabel.show()
        self.ui.exportButton.setEnabled(False)
        QToolTip.hideText()

    def mode(self) -> int:
        return self.ui.modeCombo.currentIndex()

    def set_mode(self, mode: int) -> None:
        self.ui.modeCombo.setCurrentIndex(mode)

    def visible_perspectives(self) -> list[Perspective]:
        return [p for p, box in self.toggles.items() if box.isChecked() and box.isEnabled()]

    def tooltip_for(self, key: str) -> str:
        """Each shown perspective's score word and note for one element (rich text)."""
        cat = catalog()
        lines = [f"<b>{escape(cat.element(key).name(self._lang))}</b>"]
        for label, a in self._shown:
            score = a.score(key)
            word = cat.score_word(score, self._lang)
            value = f"{score} – {word}" if score is not None else word
            lines.append(f"{escape(label)}: {escape(value)}")
            note = a.notes.get(key, "").strip()
            if note:
                lines.append(f"&nbsp;&nbsp;<i>{escape(note)}</i>")
        return "<br/>".join(lines)

    def export(self, fmt: str) -> None:
        """Ask where to save (neutral default name, never the child's name), then save."""
        if self._case is None:
            return
        kind = "verloop" if self.mode() == MODE_TRENDS else "ster"
        name = f"kansencirkel-{kind}-{clock.today().isoformat()}.{fmt}"
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        filters = self.tr("PNG-afbeelding (*.png)") if fmt == "png" else self.tr("SVG (*.svg)")
        suggested = Path(folder or Path.home()) / name
        target = ask_save_path(self, self.tr("Grafiek bewaren"), suggested, filters, f".{fmt}")
        if target is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.export_to(target, fmt)
        except Exception as exc:  # shown as one sentence, never a traceback
            from kansencirkel.ui.errors import show_error

            show_error(self, exc)
        finally:
            QApplication.restoreOverrideCursor()

    def export_to(self, path: Path, fmt: str) -> None:
        """Render the current chart at print size (PNG 300 dpi or SVG) and save atomically."""
        from kansencirkel.charts.export import (
            PRINT_DPI,
            figure_to_png,
            figure_to_svg,
            write_bytes_atomically,
        )
        from kansencirkel.charts.stars import new_figure
        from kansencirkel.ui.chart_canvas import shape_right_to_left

        builder = self._builder()
        if builder is None:
            return
        fig = new_figure(EXPORT_SIZE[self.mode()], 100)
        builder(fig)
        shape_right_to_left(fig)  # as on screen: matplotlib alone draws Arabic mirrored
        data = figure_to_svg(fig) if fmt == "svg" else figure_to_png(fig, PRINT_DPI)
        write_bytes_atomically(data, path)
        self.exported.emit(fmt)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            mode = self.mode()
            self.ui.retranslateUi(self)  # resets the mode combo's texts, not its index
            self.ui.modeCombo.setCurrentIndex(mode)
            self._fill_export_menu()
        super().changeEvent(event)

    # -- internals -----------------------------------------------------------------------------

    def _fill_export_menu(self) -> None:
        self._export_menu.clear()
        self._export_menu.addAction(self.tr("PNG-afbeelding…"), lambda: self.export("png"))
        self._export_menu.addAction(
            self.tr("SVG (vector, voor drukwerk)…"), lambda: self.export("svg")
        )

    def _fill_combos(self, case: CaseFile, with_data: set[Perspective], keep: date | None) -> None:
        moments = self.ui.momentCombo
        moments.blockSignals(True)
        moments.clear()
        for day in reversed(reading_dates(case)):  # newest first, selected by default
            moments.addItem(short_day(day, self._lang), day)
        # findData compares Python objects by identity; compare the dates themselves.
        days = [moments.itemData(i) for i in range(moments.count())]
        moments.setCurrentIndex(days.index(keep) if keep in days else 0)
        moments.blockSignals(False)
        persp = self.ui.perspectiveCombo
        previous = persp.currentData()
        persp.blockSignals(True)
        persp.clear()
        for p in PERSPECTIVE_ORDER:
            if p in with_data:
                persp.addItem(style_icon(p), catalog().perspective_name(p, self._lang), p)
        index = persp.findData(previous) if previous is not None else -1
        persp.setCurrentIndex(max(index, 0))
        persp.blockSignals(False)

    def _mode_changed(self) -> None:
        mode = self.mode()
        self.ui.togglesBox.setVisible(mode != MODE_TIME)
        for w in (self.ui.perspectiveLabel, self.ui.perspectiveCombo):
            w.setVisible(mode == MODE_TIME)
        for w in (self.ui.momentLabel, self.ui.momentCombo):
            w.setVisible(mode != MODE_TRENDS)
        self._render()

    def _builder(self) -> Any:
        """A function drawing the current choice into a figure; sets what hover describes."""
        case = self._case
        if case is None or not any(a.is_current for a in case.assessments):
            return None
        from kansencirkel.charts.stars import radar_figure
        from kansencirkel.charts.trends import trend_figure

        lang, mode = self._lang, self.mode()
        today = clock.today()
        until: date | None = self.ui.momentCombo.currentData()
        self._older = set()
        if mode == MODE_TRENDS:
            wanted = self.visible_perspectives()
            latest = latest_as_of(case.assessments)
            self._shown = [(self._name(p), latest[p]) for p in wanted if p in latest]
            self._marks = set()
            return lambda fig: trend_figure(
                case.assessments, case.actions, lang=lang, perspectives=wanted, figure=fig
            )
        if mode == MODE_TIME:
            data = self.ui.perspectiveCombo.currentData()
            p = Perspective(data) if data is not None else None
            history = case.history(p) if p is not None else []
            series = moment_series(history, lang=lang, until=until)
            shown = [a for a in history if a.assessed_on in {s.on for s in series}][-3:]
            self._shown = [(short_day(a.assessed_on, lang), a) for a in shown]
            marks = highlight_elements(movement_topics({p: shown})) if p is not None else set()
        else:
            latest = latest_as_of(case.assessments, until)
            visible = {p: a for p, a in latest.items() if p in self.visible_perspectives()}
            # The moment picker shows the date; the legend dates only views from another day,
            # and gives an older reading (outside the comparison window) its age.
            newest = max((a.assessed_on for a in visible.values()), default=None)
            months = case.compare_months
            series, marks = overlay(
                visible, today=today, months=months, lang=lang, date_unless=newest
            )
            window = ReadingWindow.of(visible, months)
            self._older = {a.id for a in window.older.values()}
            self._shown = []
            for p in PERSPECTIVE_ORDER:
                if (a := visible.get(p)) is None:
                    continue
                label = f"{self._name(p)} ({short_day(a.assessed_on, lang)})"
                if window.is_older(p):
                    label = with_age(label, a.assessed_on, today, lang)
                self._shown.append((label, a))
        self._marks = set(marks)
        return lambda fig: radar_figure(series, lang=lang, highlight=marks, figure=fig)

    def _name(self, p: Perspective) -> str:
        return catalog().perspective_name(p, self._lang)

    def _render(self) -> None:
        builder = self._builder()
        if builder is None:
            self.chart.clear()
            self.chart.hide()
            self.ui.scoreTable.hide()
            self.ui.placeholderLabel.show()
            return
        self.ui.placeholderLabel.hide()
        self._fill_table()
        if self.ui.tableButton.isChecked():
            self.chart.hide()
            self.ui.scoreTable.show()
        else:
            self.ui.scoreTable.hide()
            self.chart.show()
        self.chart.show_chart(builder)

    def table_columns(self) -> list[Column]:
        """What the table lists: one column per shown reading (older ones marked)."""
        today = clock.today()
        columns = []
        for label, a in self._shown:
            older = a.id in self._older
            lines = [short_day(a.assessed_on, self._lang)]
            if self.mode() != MODE_TIME:  # per perspective: its name above the date
                lines.insert(0, self._name(a.perspective))
            if older:
                lines.append(ago_text(a.assessed_on, today, self._lang))
            columns.append(Column(label, "\n".join(lines), a, older))
        return columns

    def _fill_table(self) -> None:
        fill_table(self.ui.scoreTable, self.table_columns(), self._marks, self._lang)

    def _table_toggled(self, on: bool) -> None:
        self._render()
        if on and self.ui.scoreTable.isVisible():
            self.ui.scoreTable.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_hover(self, event: MouseEvent) -> None:
        ax = getattr(event, "inaxes", None)
        key: str | None = None
        if ax is not None:
            gid = str(ax.get_gid() or "")
            if gid == "kc-star":
                from kansencirkel.charts.geometry import axis_at

                key = axis_at(event.xdata, event.ydata)
            elif gid.startswith("kc-trend-"):
                key = gid.removeprefix("kc-trend-")
        if key == self._hover_key:
            return
        self._hover_key = key
        if key is None or not self._shown:
            QToolTip.hideText()
        else:
            QToolTip.showText(QCursor.pos(), self.tooltip_for(key), self.chart)
