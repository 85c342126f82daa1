"""Overlegmodus: a large star per child from a real vault; arrows step, I initials, Esc;
with initials no name shows anywhere; it fits 1024×768 and 1280×800 and stays readable."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTextEdit, QWidget

from kansencirkel.core import clock
from kansencirkel.core.dates import format_date
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import PERSPECTIVE_ORDER, MeetingKind, Perspective, Role
from kansencirkel.core.initials import NOT_NAMES, PARTICLES
from kansencirkel.core.model import AssessmentInput, CaseFile
from kansencirkel.ui.meeting_mode import MeetingModeWindow
from kansencirkel.ui.vault_ops import VaultOps


def _score(vault: Any, child_id: str, perspective: Perspective, values: list[int | None]) -> None:
    vault.repos.assessments.save(
        AssessmentInput(
            child_id,
            perspective,
            clock.today() - timedelta(days=3),
            "Fictief Persoon",
            Role.LEERKRACHT,
            dict(zip(ELEMENT_KEYS, values, strict=True)),
            {},
            "Helpt graag anderen in de klas.",
            "",
        )
    )


def _star_lines(window: MeetingModeWindow) -> int:
    fig = window.chart.figure
    assert fig is not None
    [star] = [ax for ax in fig.axes if ax.get_gid() == "kc-star"]
    return len([ln for ln in star.lines if str(ln.get_gid()).startswith("kc-line")])


def test_meeting_mode_steps_through_children(qtbot: Any, team_vault: Any, ui_runner: Any) -> None:
    ids = [c.child.id for c in team_vault.repos.children.summaries(clock.today())][:3]
    names = {c.child.id: c.child for c in team_vault.repos.children.summaries(clock.today())}
    _score(team_vault, ids[0], Perspective.SCHOOL, [2, 3, 3, 3, 3, 3, 3, 3])
    _score(team_vault, ids[0], Perspective.OUDERS, [4, 3, 3, 3, 3, None, 3, 3])
    _score(team_vault, ids[1], Perspective.KIND, [3, 3, 3, 3, 3, 3, 3, 3])

    window = MeetingModeWindow(team_vault.repos.children, VaultOps(ui_runner), ids, ids[0], False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    ui_runner.wait_idle(10_000)
    assert window.ui.nameLabel.text() == names[ids[0]].full_name
    assert window.ui.positionLabel.text() == "Kind 1 van 3"
    assert _star_lines(window) == 2
    side = window.ui.sideText.toPlainText()
    assert side.index("Wat gaat goed") < side.index("Gespreksonderwerpen")
    assert "Actief: school ziet 2, ouders zien 4" in side
    assert not window.ui.prevButton.isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_Right)
    ui_runner.wait_idle(10_000)
    assert window.current_id() == ids[1]
    assert window.ui.nameLabel.text() == names[ids[1]].full_name
    assert _star_lines(window) == 1

    qtbot.keyClick(window, Qt.Key.Key_I)
    assert window.initials_only()
    assert window.ui.nameLabel.text() == names[ids[1]].initials

    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # a presenter clicker
    ui_runner.wait_idle(10_000)
    assert window.current_id() == ids[2]
    assert window.ui.nameLabel.text() == names[ids[2]].initials  # stays on initials
    assert _star_lines(window) == 0  # no readings yet: an empty star, not an error
    qtbot.keyClick(window, Qt.Key.Key_Right)  # at the end: stays
    assert window.current_id() == ids[2]

    qtbot.keyClick(window, Qt.Key.Key_Left)  # back: from memory, no new vault read
    assert window.current_id() == ids[1] and not ui_runner.is_busy()

    with qtbot.waitSignal(window.closed, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    fig = window.chart.figure
    assert fig is not None and fig.axes == []  # nothing of a child stays drawn


def test_initials_from_the_start_and_empty_agenda(
    qtbot: Any, team_vault: Any, ui_runner: Any
) -> None:
    [first, *_] = team_vault.repos.children.summaries(clock.today())
    window = MeetingModeWindow(
        team_vault.repos.children, VaultOps(ui_runner), [first.child.id], None, True
    )
    qtbot.addWidget(window)
    window.show()
    ui_runner.wait_idle(10_000)
    assert window.ui.nameLabel.text() == first.child.initials
    empty = MeetingModeWindow(team_vault.repos.children, VaultOps(ui_runner), [], None, False)
    qtbot.addWidget(empty)
    empty.show()
    assert "geen kinderen" in empty.ui.statusLabel.text()
    qtbot.keyClick(empty, Qt.Key.Key_Right)  # nothing to step through, no error
    assert empty.current_id() is None


# -- initials: no name anywhere on screen ----------------------------------------------------


def _fold(text: str) -> str:
    """Case- and accent-free, written here apart from the code under test."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in plain if not unicodedata.combining(c))


def _name_words(case: CaseFile) -> set[str]:
    """Every given and family name part around the child (particles and one-letter initials
    are no names; nor are the app's words for who gave a reading, such as 'Kernteam')."""
    child = case.child
    names = [child.given_name, child.family_name]
    names += [i.person.name for i in case.involvements]
    names += [child.regiehouder.name] if child.regiehouder else []
    names += [a.owner.name for a in case.actions if a.owner]
    names += [n for m in case.meetings for n in m.attendees]
    names += [a.given_by for a in case.assessments]
    words = {_fold(w.strip(".,()'")) for n in names for w in re.split(r"[\s\-]+", n)}
    return {w for w in words if len(w) > 1 and w not in PARTICLES | NOT_NAMES}


def _screen_strings(window: MeetingModeWindow) -> list[str]:
    """Everything the window can show or say: texts, tooltips, accessible names, its title,
    and every text artist of the chart (element and ring labels, legend, note)."""
    from matplotlib.text import Text

    out = [window.windowTitle(), window.accessibleName(), window.toolTip()]
    for w in [window, *window.findChildren(QWidget)]:
        out += [w.toolTip(), w.accessibleName(), w.accessibleDescription(), w.statusTip()]
        if isinstance(w, QLabel):
            out.append(re.sub(r"<[^>]+>", " ", w.text()))
        elif isinstance(w, QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QTextEdit):
            out.append(w.toPlainText())
    fig = window.chart.figure
    assert fig is not None
    out += [t.get_text() for t in fig.findobj(Text)]
    return out


def _leaks(window: MeetingModeWindow, words: set[str]) -> list[tuple[str, str]]:
    found = []
    for text in _screen_strings(window):
        flat = _fold(text)
        found += [(w, text) for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", flat)]
    return found


def _named_child(vault: Any, today: date) -> str:
    """A child whose name (in every form) sits in the texts about her, with people around."""
    repos = vault.repos
    child = repos.children.create("Mai", "Nguyễn", opened_on=today - timedelta(days=90)).value
    mother = repos.people.create("Linh Nguyễn", Role.OUDER).value
    coach = repos.people.create("Kees de Jong", Role.CJG_COACH).value
    repos.people.involve(child.id, mother.id, Role.OUDER)
    repos.people.involve(child.id, coach.id, Role.CJG_COACH, is_regiehouder=True)
    repos.actions.create(
        child.id,
        "Kees belt met Linh over Mai's huiswerk",
        ["verantwoordelijk"],
        coach.id,
        today - timedelta(days=10),
        today + timedelta(days=14),
    )
    repos.meetings.create(
        child.id, today - timedelta(days=20), MeetingKind.KERNTEAM, ["Fatima El Amrani"]
    )
    for perspective, giver, role, values, well, note in (
        (
            Perspective.OUDERS,
            "Linh Nguyen",
            Role.OUDER,
            [4, 4, 3, 4, 4, 2, 4, 4],
            "mai gaat met plezier naar school. Maitje helpt thuis.",
            "Linh ziet dat MAI goed slaapt.",
        ),
        (
            Perspective.ZORG,
            "Fatima El Amrani",
            Role.CJG_COACH,
            [3, 4, 3, 4, 4, 4, 4, 4],
            "Mai's moeder en Fatima hebben fijn contact; Nguyen-familie doet mee.",
            "Fatima: Maï voelt zich veilig bij El Amrani.",
        ),
        (
            Perspective.SCHOOL,
            "Kees de Jong",
            Role.LEERKRACHT,
            [2, 4, 3, 4, 4, 4, 4, 4],
            "Mai Nguyễn vertelt Kees trots over haar tekening.",
            "",
        ),
    ):
        repos.assessments.save(
            AssessmentInput(
                child.id,
                perspective,
                today - timedelta(days=5),
                giver,
                role,
                dict(zip(ELEMENT_KEYS, values, strict=True)),
                {"veilig": note} if note else {},
                well,
                "",
            )
        )
    return str(child.id)


def _demo_children_named_in_their_texts(vault: Any, today: date, count: int) -> list[str]:
    """Fictional demo children whose given name appears in their own goes-well texts."""
    from kansencirkel.demo import generate_case_files

    chosen = []
    for case in generate_case_files(40, 7, today, recorded_by="Test IB'er"):
        latest = case.latest_by_perspective().values()
        if any(case.child.given_name in a.goes_well for a in latest):
            chosen.append(case)
        if len(chosen) == count:
            break
    vault.repos.bulk_import(chosen)
    return [c.child.id for c in chosen]


def test_initials_leave_no_name_anywhere_on_screen(
    qtbot: Any, vault_factory: Any, ui_runner: Any, today_is: Any
) -> None:
    today = today_is(date(2026, 3, 16))
    vault = vault_factory("names")
    ids = [_named_child(vault, today), *_demo_children_named_in_their_texts(vault, today, 3)]
    window = MeetingModeWindow(vault.repos.children, VaultOps(ui_runner), ids, ids[0], True)
    qtbot.addWidget(window)
    window.show()
    for index, child_id in enumerate(ids):
        if index:
            qtbot.keyClick(window, Qt.Key.Key_Right)
        ui_runner.wait_idle(10_000)
        assert window.current_id() == child_id
        case = vault.repos.children.case_file(child_id)
        words = _name_words(case)
        assert {_fold(case.child.given_name)} <= words
        assert window.ui.nameLabel.text() == case.child.initials
        assert _leaks(window, words) == [], case.child.initials
        # The test means something: without initials the names are on screen.
        qtbot.keyClick(window, Qt.Key.Key_I)
        assert _fold(case.child.given_name) in {w for w, _ in _leaks(window, words)}
        qtbot.keyClick(window, Qt.Key.Key_I)
        assert _leaks(window, words) == []
    window.ui.sideText.verticalScrollBar().setValue(0)
    qtbot.keyClick(window, Qt.Key.Key_Home)
    side = window.ui.sideText.toPlainText()
    assert "M. gaat met plezier naar school. M. helpt thuis." in side
    assert "M.'s moeder en F. hebben fijn contact; N.-familie doet mee." in side
    assert "M.N. vertelt K. trots over haar tekening." in side
    assert "K. belt met L. over M.'s huiswerk" in side  # an afspraak, its owner below it
    assert "K.J. · uiterlijk 30 maart · Verantwoordelijk" in side


# -- fits the screen, readable from the back of the room -------------------------------------


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
def test_fits_the_screen_and_the_star_stays_readable(
    qtbot: Any,
    team_vault: Any,
    ui_runner: Any,
    monkeypatch: pytest.MonkeyPatch,
    size: tuple[int, int],
) -> None:
    kids = {
        c.child.given_name: c.child.id for c in team_vault.repos.children.summaries(clock.today())
    }
    ids, sanne = list(kids.values()), kids["Sanne"]
    # The hardest star to label: every element a topic, so every name bold in a frame.
    for p, value in zip(PERSPECTIVE_ORDER, (1, 5, 3, 2, 4), strict=True):
        _score(team_vault, sanne, p, [value] * 8)
    # The screen a projector gives, with no window manager to make the window fit: the
    # window covers it by itself (the offscreen test platform's own screen is 800×800).
    monkeypatch.setattr(MeetingModeWindow, "screen_rect", lambda self: QRect(0, 0, *size))
    window = MeetingModeWindow(team_vault.repos.children, VaultOps(ui_runner), ids, sanne, False)
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)  # offscreen would use its own screen
    window.show()
    ui_runner.wait_idle(10_000)
    window.chart.draw_now()
    assert window.size() == QSize(*size)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768
    frame = window.rect()
    for widget in window.findChildren(QWidget):
        if widget.isVisible():
            box = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            assert frame.contains(box), (widget.objectName(), box)
    for button in (window.ui.prevButton, window.ui.nextButton, window.ui.closeButton):
        assert button.isVisible() and button.width() >= button.sizeHint().width()
    # The element names at ≥ 16 px on screen (points at the figure's dpi, per device pixel).
    fig = window.chart.figure
    assert fig is not None
    [star] = [ax for ax in fig.axes if ax.get_gid() == "kc-star"]
    labels = [t for t in star.texts if t.get_gid() == "kc-element-label"]
    assert len(labels) == len(ELEMENT_KEYS)
    assert all(label.get_fontweight() == "bold" for label in labels)
    ratio = window.chart.canvas.device_pixel_ratio
    for label in labels:
        assert label.get_fontsize() * fig.dpi / 72 / ratio >= 16, label.get_text()
    # Beside the topics: the open afspraken, with owner and date.
    side = window.ui.sideText.toPlainText()
    due = format_date(clock.today() + timedelta(days=20), "long").rsplit(" ", 1)[0]
    assert side.index("Gespreksonderwerpen") < side.index("Open afspraken")
    assert "Maatje in de pauze" in side and f"Iris Coach · uiterlijk {due}" in side


def test_text_beside_the_star_scrolls_by_keyboard_and_wheel(
    qtbot: Any, team_vault: Any, ui_runner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    [first, second, *_] = [c.child.id for c in team_vault.repos.children.summaries(clock.today())]
    for p in PERSPECTIVE_ORDER:
        _score(team_vault, first, p, [1 if p is Perspective.KIND else 5, *[3] * 7])
    monkeypatch.setattr(MeetingModeWindow, "screen_rect", lambda self: QRect(0, 0, 1024, 768))
    window = MeetingModeWindow(
        team_vault.repos.children, VaultOps(ui_runner), [first, second], first, False
    )
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.show()
    ui_runner.wait_idle(10_000)
    bar = window.ui.sideText.verticalScrollBar()
    assert bar.maximum() > 0  # more text than fits: it scrolls instead of pushing the buttons
    qtbot.keyClick(window, Qt.Key.Key_Down)
    down = bar.value()
    assert down > 0 and window.current_id() == first  # Down scrolls, it does not step
    qtbot.keyClick(window, Qt.Key.Key_Up)
    assert bar.value() < down
    viewport = window.ui.sideText.viewport()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),  # one notch towards the user: down
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    before = bar.value()
    QApplication.sendEvent(viewport, wheel)
    assert bar.value() > before
    qtbot.keyClick(window, Qt.Key.Key_Right)  # the next child starts at the top
    ui_runner.wait_idle(10_000)
    assert window.current_id() == second and bar.value() == 0


def test_ctrl_l_in_meeting_mode_asks_for_a_lock(
    qtbot: Any, team_vault: Any, ui_runner: Any
) -> None:
    [first, *_] = [c.child.id for c in team_vault.repos.children.summaries(clock.today())]
    window = MeetingModeWindow(team_vault.repos.children, VaultOps(ui_runner), [first])
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.lock_requested, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_older_reading_and_ranked_topics_keep_initials(
    qtbot: Any, vault_factory: Any, ui_runner: Any, today_is: Any
) -> None:
    """The new texts (older reading with its age, ranked topics, 'and n more') carry no
    name with initials on; the legend names the older view by its age, not its giver."""
    today = today_is(date(2026, 3, 16))
    vault = vault_factory("older")
    child_id = _named_child(vault, today)
    vault.repos.assessments.save(
        AssessmentInput(
            child_id,
            Perspective.KIND,
            date(2025, 5, 12),  # ten months old: not compared
            "Mai Nguyễn",
            Role.KIND,
            dict(zip(ELEMENT_KEYS, [1, 1, 5, 1, 1, 5, 1, 1], strict=True)),
            {},
            "Mai vindt Kees en Linh lief.",
            "",
        )
    )
    window = MeetingModeWindow(vault.repos.children, VaultOps(ui_runner), [child_id], None, True)
    qtbot.addWidget(window)
    window.show()
    ui_runner.wait_idle(10_000)
    case = vault.repos.children.case_file(child_id)
    side = window.ui.sideText.toPlainText()
    assert "Niet vergeleken, want meer dan 4 maanden ouder dan de nieuwste meting" in side
    assert "kind, 10 maanden geleden" in side
    assert "Waar de gezichtspunten verschillen" in side
    assert "het kind ziet" not in side  # the older view is not compared
    fig = window.chart.figure
    assert fig is not None
    assert "Kind, 10 maanden geleden" in [t.get_text() for t in fig.legends[0].get_texts()]
    assert _leaks(window, _name_words(case)) == []
