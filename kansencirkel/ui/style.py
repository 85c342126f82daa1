"""Look: Fusion on every platform, a palette that follows the OS light/dark scheme and its
high-contrast setting, and a clearly visible keyboard focus frame.

Colours set in code elsewhere either come from the palette (``palette(highlight)`` in style
sheets) or are a fixed pair of text and background chosen together (the demo banner, the
lock cover, meeting mode's white projection page), so they stay readable on any palette;
tests/ui/test_palettes.py checks both under a dark and a high-contrast palette. Charts are
drawn as on paper (dark ink on white, the figure that is also printed), a card that reads
the same on every palette."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

# "dark" / "light" / "high-contrast": override the OS scheme (and test the looks).
ENV_COLOR_SCHEME = "KANSENCIRKEL_COLOR_SCHEME"
HIGH_CONTRAST = "high-contrast"


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d31"), QColor("#e8e8e8")
    disabled = QColor("#7f8389")
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor("#26282c")),
        (QPalette.ColorRole.ToolTipBase, window),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor("#9a9ea5")),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, QColor("#34373c")),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.BrightText, QColor("#ff6b6b")),
        (QPalette.ColorRole.Link, QColor("#7cb8ff")),
        (QPalette.ColorRole.Highlight, QColor("#2f6fb0")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Mid, QColor("#4a4d52")),
        (QPalette.ColorRole.Dark, QColor("#151618")),
        (QPalette.ColorRole.Light, QColor("#45484d")),
    ):
        p.setColor(role, colour)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def high_contrast_palette() -> QPalette:
    """White on black with a yellow selection (the Windows "High contrast black" colours):
    what ``KANSENCIRKEL_COLOR_SCHEME=high-contrast`` shows on a system that cannot say it
    wants high contrast."""
    p = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role, colour in (
        (QPalette.ColorRole.Window, black),
        (QPalette.ColorRole.WindowText, white),
        (QPalette.ColorRole.Base, black),
        (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
        (QPalette.ColorRole.ToolTipBase, black),
        (QPalette.ColorRole.ToolTipText, white),
        (QPalette.ColorRole.PlaceholderText, QColor("#c0c0c0")),
        (QPalette.ColorRole.Text, white),
        (QPalette.ColorRole.Button, black),
        (QPalette.ColorRole.ButtonText, white),
        (QPalette.ColorRole.BrightText, yellow),
        (QPalette.ColorRole.Link, yellow),
        (QPalette.ColorRole.LinkVisited, QColor("#00ffff")),
        (QPalette.ColorRole.Highlight, yellow),
        (QPalette.ColorRole.HighlightedText, black),
        (QPalette.ColorRole.Mid, white),
        (QPalette.ColorRole.Dark, white),
        (QPalette.ColorRole.Light, white),
    ):
        p.setColor(role, colour)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#3ff23f"))  # Windows' grey-text
    return p


def _forced() -> str:
    return os.environ.get(ENV_COLOR_SCHEME, "").strip().lower()


def is_dark_scheme(app: QGuiApplication) -> bool:
    forced = _forced()
    if forced in ("dark", "light"):
        return forced == "dark"
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_high_contrast(app: QGuiApplication) -> bool:
    """The user asked the system for high contrast (Windows, macOS "increase contrast", GNOME
    high contrast; Qt 6.10+), or the environment override says so."""
    forced = _forced()
    if forced:
        return forced == HIGH_CONTRAST
    hints = app.styleHints()  # keep the owner alive while asking (PySide deletes it early)
    return bool(hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast)


def choose_palette(app: QApplication) -> QPalette:
    """High contrast: the system's own colours (the platform palette, which is the user's
    high-contrast theme), or white on black when forced. Dark: ours. Else Fusion's light."""
    if is_high_contrast(app):
        if _forced() == HIGH_CONTRAST:
            return high_contrast_palette()
        return QPalette()  # no roles of our own: Qt falls back to the platform's palette
    return dark_palette() if is_dark_scheme(app) else app.style().standardPalette()


# Fusion draws the frames of input fields a shade darker than the window: none at all on a
# black high-contrast window. There they get a line in the text colour.
# Check boxes and radio buttons the same: their boxes are drawn in the window's colour.
HIGH_CONTRAST_FRAMES = (
    "QLineEdit { border: 2px solid palette(window-text); } "  # as thick as the focus frame
    "QPlainTextEdit, QTextEdit, QAbstractItemView, QAbstractSpinBox, QComboBox "
    "{ border: 1px solid palette(window-text); } "
    "QAbstractSpinBox QLineEdit, QComboBox QLineEdit { border: none; } "
    "QCheckBox::indicator, QRadioButton::indicator { width: 12px; height: 12px; "
    "border: 1px solid palette(window-text); background: palette(base); } "
    "QRadioButton::indicator { border-radius: 7px; } "
    "QCheckBox::indicator:checked, QRadioButton::indicator:checked "
    "{ background: palette(highlight); } "
)


def apply_style(app: QApplication) -> None:
    """Fusion everywhere (same look on Windows, macOS, Linux), palette from the OS scheme."""
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    app.setPalette(choose_palette(app))
    # A clearly visible keyboard focus frame on every widget, light and dark.
    frames = HIGH_CONTRAST_FRAMES if is_high_contrast(app) else ""
    app.setStyleSheet(
        frames + "QPushButton:focus, QComboBox:focus, QCheckBox:focus, QSpinBox:focus, "
        "QLineEdit:focus, QListWidget:focus, QTableView:focus "
        "{ outline: none; border: 2px solid palette(highlight); border-radius: 3px; }"
    )
