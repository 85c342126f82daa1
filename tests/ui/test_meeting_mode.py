"""Overlegmodus: a large star per child from a real vault; arrows step, I initials, Esc."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt

from kansencirkel.core import clock
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import Perspective, Role
from kansencirkel.core.model import AssessmentInput
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
    side = window.ui.topicsLabel.text()
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
