"""Languages: Dutch source strings, English from ``resources/translations/kansencirkel_en.ts``.

The ``.ts`` files are committed; the binary ``.qm`` files are not. On first use (and whenever
a ``.ts`` file changes) the ``.qm`` is built with PySide6's ``lrelease`` into a per-user cache
folder, named after a hash of the ``.ts`` content so a stale file is never loaded. A packaged
app may ship ready ``.qm`` files next to the ``.ts`` files; those are used as they are.

Domain words (elements, perspectives, roles) do not come from here but from
``core.elements.catalog()`` with :func:`current_lang`. Everything below the UI (vault errors,
reports, charts) speaks through the one catalogue in :mod:`kansencirkel.core.i18n`; choosing
a language here sets that one too, so there is a single current language.
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kansencirkel.core import i18n as core_i18n
from kansencirkel.core.i18n import DEFAULT_LANG as DEFAULT_LANG  # re-exported for the views
from kansencirkel.core.i18n import LANGUAGES as LANGUAGES
from kansencirkel.core.i18n import Lang, Message, normalise_lang
from kansencirkel.paths import cache_dir, resource

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def current_lang() -> Lang:
    """The language the UI is shown in now ("nl" or "en"): the one of ``core.i18n``."""
    return core_i18n.current_lang()


def own_sentence(obj: object) -> str:
    """``obj``'s own sentence (a vault error's or keyring status's :class:`Message`) in the
    current language; "" when it has none."""
    message = getattr(obj, "message", None)
    return message.text() if isinstance(message, Message) else ""


def tr(text: object) -> str:
    """Translate outside ``self.tr``. lupdate files a plain ``tr("…")`` call (and
    ``QT_TR_NOOP("…")``) under the empty context wherever it stands, so that is the context
    looked up here; a wrapper with any other context would never be extracted."""
    return QCoreApplication.translate("", str(text))


def translations_dir() -> Path:
    return resource("translations")


def lrelease_executable() -> Path | None:
    """PySide6's lrelease: the package's own binary, else the wrapper next to python."""
    import PySide6

    pkg = Path(PySide6.__file__).resolve().parent
    exe_suffix = ".exe" if sys.platform == "win32" else ""
    candidates = [
        pkg / f"lrelease{exe_suffix}",
        pkg / "Qt" / "bin" / f"lrelease{exe_suffix}",
        Path(sys.executable).with_name(f"pyside6-lrelease{exe_suffix}"),
    ]
    return next((c for c in candidates if c.is_file()), None)


def qm_file(lang: Lang) -> Path | None:
    """A ``.qm`` for ``lang`` that matches the current ``.ts``; built if needed.

    None when there is neither a shipped ``.qm`` nor a way to build one (the UI then shows the
    Dutch source strings, which is safe).
    """
    shipped = translations_dir() / f"kansencirkel_{lang}.qm"
    ts = translations_dir() / f"kansencirkel_{lang}.ts"
    if not ts.is_file():
        return shipped if shipped.is_file() else None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    target = cache_dir() / f"kansencirkel_{lang}-{digest}.qm"
    if target.is_file():
        return target
    return _build_qm(ts, target) or (shipped if shipped.is_file() else None)


def _build_qm(ts: Path, target: Path) -> Path | None:
    exe = lrelease_executable()
    if exe is None:
        log.warning("lrelease not found; showing the Dutch source strings")
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(suffix=".qm", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        subprocess.run(
            [str(exe), "-silent", str(ts), "-qm", str(tmp)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        os.replace(tmp, target)  # atomic: two app instances may build at once
    except (OSError, subprocess.SubprocessError):
        log.warning("Building the translation file failed; showing the Dutch source strings")
        tmp.unlink(missing_ok=True)
        return None
    for old in target.parent.glob(f"{ts.stem}-*.qm"):
        if old != target:
            old.unlink(missing_ok=True)
    return target


def install_translators(lang: object) -> Lang:
    """Install the translators for ``lang`` on the running application; returns the language.

    Calling it again switches language live: widgets get a ``LanguageChange`` event and
    re-run ``self.ui.retranslateUi(self)``.
    """
    app = QCoreApplication.instance()
    chosen = normalise_lang(lang)
    for old in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    _installed.clear()
    core_i18n.set_lang(chosen)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if chosen == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands if chosen == "nl" else QLocale.Country.UnitedKingdom,
        )
    )
    if app is None:
        return chosen
    # Qt's own strings (standard buttons "Annuleren", context menus) in the same language.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{chosen}", qt_dir):
        QCoreApplication.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if chosen != "nl":  # Dutch is the source language: no translator needed
        qm = qm_file(chosen)
        own = QTranslator(app)
        if qm is not None and own.load(str(qm)):
            QCoreApplication.installTranslator(own)
            _installed.append(own)
    return chosen
