"""Loading the English catalogue: ``resources/locale/<lang>/LC_MESSAGES/kansencirkel.po``.

Only the ``.po`` is committed. On the first lookup in a language its ``.po`` is compiled with
Babel into a ``.mo`` in the per-user cache folder, named after a hash of the ``.po`` so a stale
file is never used (as with the Qt ``.qm`` files); later runs read that ``.mo`` with the
standard library's :mod:`gettext` alone, so a command's ``--help`` in English does not import
Babel. When the cache cannot be written the compiled catalogue is used from memory. A packaged
app may ship a ready ``kansencirkel.mo`` instead of the ``.po``; it is then used as it is.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import struct
import tempfile
import threading
from gettext import GNUTranslations, NullTranslations
from pathlib import Path

from kansencirkel.paths import cache_dir, resource

DOMAIN = "kansencirkel"

log = logging.getLogger(__name__)

_loaded: dict[str, NullTranslations] = {}
_guard = threading.Lock()


def po_file(lang: str) -> Path:
    return resource("locale", lang, "LC_MESSAGES", f"{DOMAIN}.po")


def translations(lang: str) -> NullTranslations:
    """The catalogue for ``lang``, loaded once per process. Without any catalogue file the
    msgids (the Dutch text) are shown, which is safe."""
    with _guard:
        found = _loaded.get(lang)
        if found is None:
            found = _loaded[lang] = _load(lang)
        return found


def forget() -> None:
    """Drop the loaded catalogues (tests that rewrite a ``.po``)."""
    with _guard:
        _loaded.clear()


def _load(lang: str) -> NullTranslations:
    po = po_file(lang)
    if not po.is_file():
        shipped = po.with_suffix(".mo")
        if shipped.is_file():
            with shipped.open("rb") as fh:
                return GNUTranslations(fh)
        log.warning("No message catalogue for %s; showing the Dutch source text", lang)
        return NullTranslations()
    source = po.read_bytes()
    digest = hashlib.sha256(source).hexdigest()[:16]
    target = cache_dir() / f"{DOMAIN}_{lang}-{digest}.mo"
    try:
        with target.open("rb") as fh:
            return GNUTranslations(fh)
    except FileNotFoundError:
        pass
    except (OSError, ValueError, struct.error):
        log.warning("Compiling the damaged cached catalogue for %s again", lang)
    data = compile_po(source)
    _store(target, data, lang)
    return GNUTranslations(io.BytesIO(data))


def compile_po(source: bytes) -> bytes:
    """The ``.mo`` bytes for a ``.po`` file's bytes (fuzzy entries left out)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    catalog = read_po(io.BytesIO(source), domain=DOMAIN)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def _store(target: Path, data: bytes, lang: str) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(suffix=".mo", dir=target.parent)
    except OSError:
        return  # no cache (read-only home): compiled again next time, still correct
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)  # atomic: two processes may compile at once
    except OSError:
        tmp.unlink(missing_ok=True)
        return
    for old in target.parent.glob(f"{DOMAIN}_{lang}-*.mo"):
        if old != target:
            old.unlink(missing_ok=True)
