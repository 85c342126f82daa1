"""The app follows the system's dark and high-contrast palettes, and every text stays readable
on them: the colour a label or button really paints its text in (its palette after style
sheets are applied) against the background really painted behind it (pixels of the window),
WCAG 2 contrast at least 4.5 (EN 301 549 clause 11.1.4.3)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QWidget,
)

from tests.support.a11y import contrast, describe
from tests.ui.windows import (  # noqa: F401 - window_env_fixture is a fixture
    WINDOWS,
    WindowSpec,
    built_window,
    spec,
    views,
    window_env_fixture,
)

MIN_TEXT_CONTRAST = 4.5
SCHEMES = ["dark", "high-contrast"]


@pytest.fixture(params=SCHEMES)
def scheme(request: Any, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The whole app under one palette, as apply_style sets it at start."""
    from kansencirkel.ui.style import apply_style

    before = QPalette(qapp.palette())
    sheet = qapp.styleSheet()
    monkeypatch.setenv("KANSENCIRKEL_COLOR_SCHEME", request.param)
    apply_style(qapp)
    yield request.param
    monkeypatch.setenv("KANSENCIRKEL_COLOR_SCHEME", "light")
    apply_style(qapp)
    qapp.setPalette(before)
    qapp.setStyleSheet(sheet)


def painted(win: QWidget, w: QWidget) -> tuple[QColor, QColor] | None:
    """(text, background) as painted in the window's own pixels under ``w``: grabbed with
    and without its text, the pixels that differ are the text; the text colour is the one of
    those farthest from the background (a stroke's fully covered pixels; the anti-aliased
    edges lie between), the background the most frequent colour without the text. So style
    sheets, states (a checked button's highlighted text) and the palette all count as
    painted. None when no text is painted."""
    rect = QRect(w.mapTo(win, QPoint(0, 0)), w.size())
    text = w.text()  # type: ignore[attr-defined]
    with_text = win.grab(rect).toImage()
    w.setText("")  # type: ignore[attr-defined]
    without = win.grab(rect).toImage()
    w.setText(text)  # type: ignore[attr-defined]
    counts = Counter(
        without.pixel(x, y) for y in range(without.height()) for x in range(without.width())
    )
    bg = QColor.fromRgb(counts.most_common(1)[0][0])
    ink = {
        with_text.pixel(x, y)
        for y in range(min(with_text.height(), without.height()))
        for x in range(min(with_text.width(), without.width()))
        if with_text.pixel(x, y) != without.pixel(x, y)
    }
    if not ink:
        return None
    return max((QColor.fromRgb(rgb) for rgb in ink), key=lambda c: contrast(c, bg)), bg


def low_contrast_texts(win: QWidget) -> list[str]:
    out = []
    for w in win.findChildren(QWidget):
        if not isinstance(w, QLabel | QAbstractButton) or not w.isVisibleTo(win):
            continue
        if not w.isEnabled() or not w.text().strip() or w.width() < 4 or w.height() < 4:
            continue  # disabled controls are exempt from the contrast minimum
        if isinstance(w, QLabel) and w.pixmap() is not None and not w.pixmap().isNull():
            continue
        colours = painted(win, w)
        if colours is None:
            continue
        fg, bg = colours
        ratio = contrast(fg, bg)
        if ratio < MIN_TEXT_CONTRAST:
            out.append(f"{describe(w)} {fg.name()} on {bg.name()}: {ratio:.1f}")
    return out


def test_system_palettes_are_followed(qapp: QApplication, scheme: str) -> None:
    window, text = (
        qapp.palette().color(QPalette.ColorRole.Window),
        qapp.palette().color(QPalette.ColorRole.WindowText),
    )
    assert window.lightness() < 80 and text.lightness() > 200
    if scheme == "high-contrast":
        assert contrast(window, text) >= 15
        highlight = qapp.palette().color(QPalette.ColorRole.Highlight)
        assert contrast(highlight, qapp.palette().color(QPalette.ColorRole.HighlightedText)) >= 7


def test_a_high_contrast_system_gets_its_own_palette(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the system asks for high contrast, the app sets no colours of its own, so Qt
    shows the platform's palette: the user's high-contrast theme."""
    from PySide6.QtCore import Qt

    from kansencirkel.ui import style

    monkeypatch.delenv("KANSENCIRKEL_COLOR_SCHEME", raising=False)
    monkeypatch.setattr(style, "is_high_contrast", lambda app: True)
    chosen = style.choose_palette(qapp)
    assert chosen.resolveMask() == 0  # nothing set: every role is the platform's
    hints = qapp.styleHints()
    assert hints.accessibility().contrastPreference() in list(Qt.ContrastPreference)


@pytest.mark.parametrize("spec", WINDOWS, ids=lambda s: s.name)
def test_every_text_is_readable(spec: WindowSpec, scheme: str, window_env: Any) -> None:
    win = built_window(window_env, spec)
    if spec.name == "children_list":
        win.ui.demoBanner.setText("DEMO — fictieve gegevens")  # type: ignore[attr-defined]
        win.ui.demoBanner.show()  # type: ignore[attr-defined]
    bad = []
    for view in views(win):
        bad += [f"{view}: {b}" for b in low_contrast_texts(win)]
    assert bad == [], "\n".join(bad)


@pytest.mark.parametrize("error", [True, False])
def test_inline_messages_are_readable(scheme: str, error: bool, window_env: Any) -> None:
    """The one-sentence messages in forms (red for a problem, green for done) and the
    assessment form's error line."""
    from kansencirkel.ui.dialog_helpers import show_error_label
    from kansencirkel.ui.errors import set_inline_message

    unlock = built_window(window_env, spec("unlock_dialog"))
    set_inline_message(unlock.ui.messageLabel, "Dit wachtwoord klopt niet.", error=error)
    form = built_window(window_env, spec("assessment_form"))
    show_error_label(form.ui.errorLabel, "Vul eerst in wat goed gaat.")  # type: ignore[attr-defined]
    for win in (unlock, form):
        window_env.qtbot.wait(50)
        assert low_contrast_texts(win) == []


def test_the_check_sees_grey_text(qtbot: Any, scheme: str) -> None:
    """The walk above would catch a fixed grey that is fine on white but not on the palette."""
    box = QWidget()
    qtbot.addWidget(box)
    grey = QLabel("Tekst in een vaste kleur", box)
    grey.setStyleSheet("color: #5a5a5a;")
    fine = QLabel("Tekst in de kleur van het palet", box)
    fine.move(0, 30)
    box.resize(300, 60)
    box.show()
    qtbot.waitExposed(box)
    assert low_contrast_texts(box) == [low_contrast_texts(box)[0]]
    assert "Tekst in een vaste kleur" in low_contrast_texts(box)[0]
