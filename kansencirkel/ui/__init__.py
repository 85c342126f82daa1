"""The PySide6 desktop app.

Importing the package first applies the guard against PySide6 releases that leak None
(6.12.0 on Python 3.11); see pyside_fix.
"""

from kansencirkel.ui import pyside_fix as _pyside_fix  # noqa: F401 - applied on import
