"""The PySide6 desktop app. Importing the package first applies the PySide6 6.12 workaround."""

from kansencirkel.ui import pyside_fix as _pyside_fix  # noqa: F401 - applied on import
