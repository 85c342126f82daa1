"""Look: Fusion on every platform, a palette that follows the OS light/dark scheme, and a
clearly visible keyboard focus frame."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

ENV_COLOR_SCHEME = "KANSENCIRKEL_COLOR_SCHEME"  # "dark"/"light": override the OS scheme


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


def is_dark_scheme(app: QGuiApplication) -> bool:
    forced = os.environ.get(ENV_COLOR_SCHEME, "").strip().lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_style(app: QApplication) -> None:
    """Fusion everywhere (same look on Windows, macOS, Linux), palette from the OS scheme."""
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    app.setPalette(dark_palette() if is_dark_scheme(app) else app.style().standardPalette())
    # A clearly visible keyboard focus frame on every widget, light and dark.
    app.setStyleSheet(
        "QPushButton:focus, QComboBox:focus, QCheckBox:focus, QSpinBox:focus, "
        "QLineEdit:focus, QListWidget:focus, QTableView:focus "
        "{ outline: none; border: 2px solid palette(highlight); border-radius: 3px; }"
    )
