"""StarView on the child's Overzicht: perspectives, moments, over time, trends, hover, export."""

from __future__ import annotations

import math
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint
from PySide6.QtWidgets import QFileDialog, QToolTip

from kansencirkel.charts import PERSPECTIVE_STYLE
from kansencirkel.core.enums import Perspective as P
from kansencirkel.ui.star_view import MODE_PERSPECTIVES, MODE_TIME, MODE_TRENDS, StarView
from tests.charts.factories import case, demo_case


@pytest.fixture
def view(qtbot: Any) -> StarView:
    v = StarView()
    qtbot.addWidget(v)
    v.resize(640, 600)
    v.show()
    return v


def _lines(view: StarView) -> list[Any]:
    fig = view.chart.figure
    assert fig is not None
    [star] = [ax for ax in fig.axes if ax.get_gid() == "kc-star"]
    return [ln for ln in star.lines if str(ln.get_gid()).startswith("kc-line")]


def _radii(line: Any) -> list[float | None]:
    return [None if math.isnan(x) else round(math.hypot(x, y), 6) for x, y in line.get_xydata()]


def test_importing_the_widgets_does_not_load_matplotlib() -> None:
    code = (
        "import sys; import kansencirkel.ui.star_view, kansencirkel.ui.meeting_mode; "
        "sys.exit(1 if 'matplotlib' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_star_per_perspective_with_toggles_in_fixed_colours(view: StarView) -> None:
    view.set_case(demo_case(), "nl")
    assert view.chart.isVisible() and not view.ui.placeholderLabel.isVisible()
    lines = _lines(view)
    assert [ln.get_color() for ln in lines] == [
        PERSPECTIVE_STYLE[p].color for p in (P.KIND, P.OUDERS, P.SCHOOL, P.ZORG)
    ]
    assert _radii(lines[0])[:8] == [5, 4, 4, 4, 5, 4, None, 5]  # 'weet niet' is a gap
    assert not view.toggles[P.KERNTEAM].isEnabled()  # no joint score yet
    view.toggles[P.OUDERS].setChecked(False)
    assert [ln.get_color() for ln in _lines(view)] == [
        PERSPECTIVE_STYLE[p].color for p in (P.KIND, P.SCHOOL, P.ZORG)
    ]
    assert view.visible_perspectives() == [P.KIND, P.SCHOOL, P.ZORG]


def test_moment_picker_shows_the_views_as_they_were(view: StarView) -> None:
    view.set_case(demo_case(), "en")
    combo = view.ui.momentCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "13 Oct 2026",
        "9 Jun 2026",
        "3 Mar 2026",
    ]
    combo.setCurrentIndex(2)
    lines = _lines(view)
    assert len(lines) == 4
    assert _radii(lines[0])[:8] == [4, 3, 3, 2, 4, 4, 3, 5]  # the child on 3 March
    assert view.toggles[P.KIND].text() == "Child"


def test_one_perspective_over_time_and_trends(view: StarView) -> None:
    view.set_case(demo_case(), "nl")
    view.set_mode(MODE_TIME)
    assert view.ui.perspectiveCombo.isVisible() and not view.ui.togglesBox.isVisible()
    view.ui.perspectiveCombo.setCurrentIndex(view.ui.perspectiveCombo.findData(P.SCHOOL))
    lines = _lines(view)
    assert [ln.get_label() for ln in lines] == [
        "School 3 mrt 2026",
        "School 9 jun 2026",
        "School 13 okt 2026",
    ]
    assert lines[-1].get_color() == PERSPECTIVE_STYLE[P.SCHOOL].color
    view.set_mode(MODE_TRENDS)
    fig = view.chart.figure
    assert fig is not None
    assert len([ax for ax in fig.axes if str(ax.get_gid()).startswith("kc-trend-")]) == 8
    view.set_mode(MODE_PERSPECTIVES)
    assert len(_lines(view)) == 4


def test_hover_over_an_axis_shows_scores_and_notes(view: StarView, qtbot: Any) -> None:
    view.set_case(demo_case(), "nl")
    text = view.tooltip_for("veilig")
    assert "<b>Veilig</b>" in text
    assert "Kind (13 okt 2026): 5 – Gaat heel goed" in text
    assert "Voelt zich fijn in de nieuwe groep." in text
    assert "Zorg (13 okt 2026): 3" in text
    # Move the real mouse over the 'veilig' axis (straight down from the centre).
    view.chart.draw_now()
    canvas = view.chart.canvas
    fig = view.chart.figure
    assert fig is not None
    [star] = [ax for ax in fig.axes if ax.get_gid() == "kc-star"]
    x, y = star.transData.transform((0.0, -3.0))
    ratio = canvas.device_pixel_ratio
    pos = QPoint(int(x / ratio), int(canvas.height() - y / ratio))
    qtbot.mouseMove(canvas, pos)
    qtbot.waitUntil(lambda: view._hover_key == "veilig", timeout=2000)
    assert "Veilig" in QToolTip.text()


def test_export_png_and_svg_with_a_neutral_name(
    view: StarView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view.set_case(demo_case(), "nl")
    saved: list[str] = []
    view.exported.connect(saved.append)
    png = tmp_path / "ster.png"
    view.export_to(png, "png")
    data = png.read_bytes()
    assert data[:4] == b"\x89PNG"
    assert struct.unpack(">II", data[16:24]) == (2100, 2100)  # 7 inch at 300 dpi
    svg = tmp_path / "ster.svg"
    view.export_to(svg, "svg")
    assert b"fill-opacity" in svg.read_bytes()
    assert saved == ["png", "svg"]

    offered: list[str] = []

    def fake_dialog(*args: Any) -> tuple[str, str]:  # the OS save dialog cannot run offscreen
        offered.append(args[2])
        return str(tmp_path / "gekozen"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    view.export("png")
    name = Path(offered[0]).name
    assert name.startswith("kansencirkel-ster-") and name.endswith(".png")
    assert "Noor" not in name and "Vries" not in name
    assert (tmp_path / "gekozen.png").is_file()


def test_clear_and_empty_case_show_nothing_of_a_child(view: StarView) -> None:
    view.set_case(demo_case(), "nl")
    view.clear()
    fig = view.chart.figure
    assert fig is not None and fig.axes == [] and fig.texts == []
    assert view.ui.momentCombo.count() == 0
    assert view.ui.placeholderLabel.isVisible() and not view.chart.isVisible()
    view.set_case(case([]), "nl")
    assert view.ui.placeholderLabel.isVisible()
    assert not view.ui.exportButton.isEnabled()


def test_refresh_of_the_same_child_keeps_the_moment_a_new_child_starts_at_the_newest(
    view: StarView,
) -> None:
    view.set_case(demo_case(), "nl")
    view.set_mode(MODE_TIME)
    view.ui.momentCombo.setCurrentIndex(1)
    view.set_case(demo_case(), "nl")  # e.g. after an edit on the child's page
    assert view.ui.momentCombo.currentIndex() == 1
    assert view.mode() == MODE_TIME
    view.set_case(demo_case("child-2", "Sem", "Jansen"), "nl")
    assert view.ui.momentCombo.currentIndex() == 0
    QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.mode() == MODE_TIME  # retranslating keeps the choice
    assert len(_lines(view)) == 3


def _with_older_care_view() -> Any:
    """The demo child, but the care view's newest reading is from March (7 months before the
    others' October readings): outside the 4-month window."""
    c = demo_case()
    rows = [a for a in c.assessments if not (a.perspective is P.ZORG and a.assessed_on.month == 10)]
    return case(rows)


def test_older_reading_is_lighter_and_aged_in_the_legend(view: StarView, today_is: Any) -> None:
    from datetime import date

    today_is(date(2026, 10, 20))
    view.set_case(_with_older_care_view(), "nl")
    fig = view.chart.figure
    assert fig is not None
    [legend] = fig.legends
    labels = [t.get_text() for t in legend.get_texts()]
    assert labels[-1] == "Zorg, 7 maanden geleden"
    care = _lines(view)[-1]
    assert care.get_color() != PERSPECTIVE_STYLE[P.ZORG].color  # lighter
    assert care.get_markerfacecolor() == "white"  # open markers
    assert "7 maanden geleden" in view.tooltip_for("veilig")
    view.set_case(_with_older_care_view(), "en")
    [legend] = view.chart.figure.legends  # type: ignore[union-attr]
    assert legend.get_texts()[-1].get_text() == "Care, 7 months ago"


def test_the_star_has_a_table_reached_by_tab(view: StarView, qtbot: Any, today_is: Any) -> None:
    from datetime import date

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    today_is(date(2026, 10, 20))
    view.set_case(_with_older_care_view(), "nl")
    table = view.ui.scoreTable
    assert not table.isVisible()
    view.ui.tableButton.setFocus()
    qtbot.keyClick(view.ui.tableButton, Qt.Key.Key_Space)  # the toggle, by keyboard
    assert view.ui.tableButton.isChecked() and table.isVisible() and not view.chart.isVisible()
    view.ui.tableButton.setFocus()
    for _ in range(6):
        if QApplication.focusWidget() is table:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is table
    assert table.accessibleName() == "Scores van de ster als tabel"
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert heads[0] == "Kind\n13 okt 2026"
    assert heads[-1] == "Zorg\n3 mrt 2026\n7 maanden geleden"  # older: its age
    assert table.horizontalHeaderItem(len(heads) - 1).toolTip() == (
        "Zorg (3 mrt 2026), 7 maanden geleden"
    )
    assert table.item(0, 0).text() == "5 – Gaat heel goed"
    kind_ontplooiing = table.item(6, 0).text()
    assert kind_ontplooiing == "Weet niet / niet besproken"  # spelled out, never a number
    assert table.item(0, len(heads) - 1).font().italic()
    rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert rows[0] == "Actief" and len(rows) == 8
    assert "Veilig\n(gespreksonderwerp)" in rows
    # Tab leaves the table (no trap): the next Tab goes on to another widget.
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    view.ui.tableButton.setChecked(False)
    assert view.chart.isVisible() and not table.isVisible()
