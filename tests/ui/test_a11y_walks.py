"""Every window, walked: each control Tab reaches has a name a screen reader can announce,
Tab follows the visual reading order, and each Alt+letter does one thing (EN 301 549 clause 11,
issue 10). The windows come from the one registry, :mod:`tests.ui.windows`."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMainWindow

import kansencirkel.ui
from tests.support.a11y import backward_jumps, dead_mnemonics, unnamed_controls
from tests.support.qt import mnemonic_clashes, wait_until_laid_out
from tests.ui.windows import (  # noqa: F401 - window_env is a fixture
    ABSTRACT,
    WINDOWS,
    WindowSpec,
    built_window,
    views,
    window_env_fixture,
)


def _window_classes() -> set[str]:
    """ "module.Class" of every QDialog / QMainWindow subclass, and of every QWidget class made
    to be a window of its own (a name ending in Window or Cover), defined in kansencirkel.ui."""
    found: set[str] = set()
    for info in pkgutil.walk_packages(kansencirkel.ui.__path__, "kansencirkel.ui."):
        if ".forms." in info.name:
            continue
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            if issubclass(cls, QDialog | QMainWindow) or name.endswith(("Window", "Cover")):
                found.add(f"{info.name.removeprefix('kansencirkel.ui.')}.{name}")
    return found


def test_every_window_is_registered() -> None:
    """A new dialog or window gets an entry in tests/ui/windows.py so the walks cover it."""
    registered = {s.cls for s in WINDOWS} | ABSTRACT
    assert _window_classes() - registered == set()
    assert registered - _window_classes() == set(), "registered classes that no longer exist"


@pytest.mark.parametrize("spec", WINDOWS, ids=lambda s: s.name)
def test_every_control_has_an_accessible_name(spec: WindowSpec, window_env: Any) -> None:
    """What QAccessible reports as the name of every control Tab can reach, on every tab
    page: an accessibleName, a label's text (buddy), a button's text or the group box title."""
    win = built_window(window_env, spec)
    missing = []
    for view in views(win):
        wait_until_laid_out(window_env.qtbot, win)
        missing += [f"{view}: {w}" for w in unnamed_controls(win)]
    assert missing == []


@pytest.mark.parametrize("spec", WINDOWS, ids=lambda s: s.name)
def test_tab_order_follows_reading_order(spec: WindowSpec, window_env: Any) -> None:
    """See :func:`tests.support.a11y.backward_jumps` for the rule."""
    win = built_window(window_env, spec)
    jumps = []
    for view in views(win):
        wait_until_laid_out(window_env.qtbot, win)
        jumps += [f"{view}: {j}" for j in backward_jumps(win)]
    assert jumps == []


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("spec", WINDOWS, ids=lambda s: s.name)
def test_each_alt_letter_does_one_thing(spec: WindowSpec, lang: str, window_env: Any) -> None:
    from kansencirkel.ui.i18n import install_translators

    install_translators(lang)
    try:
        win = built_window(window_env, spec)
        clashes = []
        for view in views(win):
            wait_until_laid_out(window_env.qtbot, win)
            clashes += [(view, *c) for c in mnemonic_clashes(win)]
            clashes += [(view, "no buddy", w) for w in dead_mnemonics(win)]
        assert clashes == [], "\n".join(map(str, clashes))
    finally:
        install_translators("nl")


@pytest.mark.parametrize(
    ("key", "modifiers", "step"),
    [
        ("Key_PageDown", ("ControlModifier",), 1),
        ("Key_PageUp", ("ControlModifier",), -1),
        ("Key_Tab", ("ControlModifier",), 1),
        ("Key_Backtab", ("ControlModifier", "ShiftModifier"), -1),
    ],
)
def test_child_page_tabs_switch_from_every_control(
    key: str, modifiers: tuple[str, ...], step: int, window_env: Any
) -> None:
    """Ctrl+PgDn / Ctrl+Tab and back step through the child's sections whichever control has
    the focus: trees, text views and combo boxes must not swallow them."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from tests.support.a11y import describe, focus_chain
    from tests.ui.windows import spec

    win = built_window(window_env, spec("child_page"))
    win.activateWindow()
    window_env.qtbot.waitUntil(win.isActiveWindow)
    tabs = win.child_page.ui.tabs  # type: ignore[attr-defined]
    mods = Qt.KeyboardModifier.NoModifier
    for m in modifiers:
        mods |= getattr(Qt.KeyboardModifier, m)
    stuck = []
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        for w in [w for w in focus_chain(win) if w.isEnabled()]:
            tabs.setCurrentIndex(i)
            w.setFocus()
            if QApplication.focusWidget() is not w:
                continue
            QTest.keyClick(w, getattr(Qt.Key, key), mods)
            if tabs.currentIndex() != (i + step) % tabs.count():
                stuck.append(f"{tabs.tabText(i)}: {describe(w)}")
    assert stuck == []


# -- the rules themselves, on small made-up forms ---------------------------------------------


def _form(qtbot: Any) -> Any:
    from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QWidget

    root = QWidget()
    row = QHBoxLayout(root)
    left, right = QGroupBox("Links"), QGroupBox("Rechts")
    row.addWidget(left)
    row.addWidget(right)
    fields = []
    for box in (left, right):
        form = QFormLayout(box)
        for name in ("een", "twee"):
            edit = QLineEdit()
            edit.setObjectName(f"{box.title()}_{name}")
            form.addRow(f"&{name.title()}", edit)
            fields.append(edit)
    qtbot.addWidget(root)
    root.show()
    qtbot.waitExposed(root)
    return root, fields


def test_reading_order_rule_lets_tab_go_up_into_the_next_column(qtbot: Any) -> None:
    """Down the left group box, then up to the top of the one beside it: forward."""
    root, _fields = _form(qtbot)
    assert backward_jumps(root) == []


def test_reading_order_rule_catches_a_jump_back(qtbot: Any) -> None:
    from PySide6.QtWidgets import QWidget

    root, (a, b, c, _d) = _form(qtbot)
    QWidget.setTabOrder(a, c)  # from the left column to the right one, then back
    QWidget.setTabOrder(c, b)
    assert backward_jumps(root) != []
    assert any("Rechts_een → QLineEdit:Links_twee" in j for j in backward_jumps(root))


def test_name_rule_reads_what_a_screen_reader_gets(qtbot: Any) -> None:
    from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPushButton, QWidget

    root = QWidget()
    form = QFormLayout(root)
    form.addRow("&Naam", QLineEdit(objectName="labelled"))  # buddy: named
    form.addRow(QLineEdit(objectName="bare"))
    combo = QComboBox(objectName="items_only")
    combo.addItem("Een keuze")  # the current item is not a name
    form.addRow(combo)
    form.addRow(QPushButton("Opslaan"))
    qtbot.addWidget(root)
    root.show()
    assert unnamed_controls(root) == ["QLineEdit:bare", "QComboBox:items_only"]
