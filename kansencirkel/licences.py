"""The licences of what the app ships, read from the installed distributions' metadata.

Pure Python, no Qt: the About dialog (``ui/about_dialog.py``) and ``kansencirkel licences``
show the same list, and the PyInstaller spec copies the metadata of exactly these
distributions into the bundle so both work there too.

Each distribution the app depends on (transitively, from ``kansencirkel``'s own
``Requires-Dist``) gives its name, version, licence (``License-Expression``, else a short
``License`` field, else the trove classifiers) and the licence files it ships. Some components
are compiled *into* a distribution and have no metadata of their own (Qt in PySide6, SQLCipher
and OpenSSL in sqlcipher3, OpenSSL in cryptography, the DejaVu fonts in matplotlib, Python
itself); those are listed with the version the running code reports and the licence text that
ships with them or under ``resources/licences/``.
"""

from __future__ import annotations

import importlib
import re
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from kansencirkel.paths import project_document, resource

ROOT_DISTRIBUTION = "kansencirkel"

#: Names of files a distribution ships with its licence (in its dist-info or licenses/).
_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
#: A ``License`` field longer than this is the whole text (matplotlib), not a name.
_SHORT_FIELD = 100


@dataclass(frozen=True)
class LicenceText:
    name: str  # file name as shipped, e.g. "LICENSE.APACHE"
    text: str


@dataclass(frozen=True)
class Component:
    """One bundled component: a distribution, or a library compiled into one (``part_of``)."""

    name: str
    version: str
    licence: str
    summary: str = ""
    part_of: str = ""
    texts: tuple[LicenceText, ...] = field(default=())


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(line: str) -> str | None:
    """The distribution a ``Requires-Dist`` line names, or None when it only applies to an
    extra or to another platform or Python version than this one."""
    from packaging.requirements import InvalidRequirement, Requirement

    try:
        requirement = Requirement(line)
    except InvalidRequirement:
        return None
    if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
        return None
    return requirement.name


def distribution_names(
    root: str = ROOT_DISTRIBUTION, requirements: list[str] | None = None
) -> list[str]:
    """``root`` and every distribution it needs at run time here, sorted, canonical names.

    ``requirements`` replaces ``root``'s installed ``Requires-Dist``; by default they are
    ``pyproject.toml``'s ``dependencies`` where a copy sits next to ``resources/`` (a checkout,
    whose editable install keeps the metadata of when it was made, and the bundle, whose spec
    puts the copy there), else the installed metadata (a wheel).
    """
    if requirements is None and root == ROOT_DISTRIBUTION:
        requirements = _project_dependencies()
    seen: set[str] = set()
    todo = [root]
    while todo:
        name = _canonical(todo.pop())
        if name in seen:
            continue
        try:
            if name == _canonical(root) and requirements is not None:
                metadata.distribution(name)
                requires = requirements
            else:
                requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue  # optional on this platform and not installed (e.g. pywin32-ctypes)
        seen.add(name)
        todo.extend(n for n in map(_requirement_name, requires) if n)
    return sorted(seen)


def _project_dependencies() -> list[str] | None:
    pyproject = project_document("pyproject.toml")
    if pyproject is None:
        return None
    import tomllib

    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
        return [str(r) for r in project["dependencies"]]
    except (KeyError, TypeError, ValueError):
        return None


def _field(meta: metadata.PackageMetadata, key: str) -> str:
    values = meta.get_all(key) or []
    return str(values[0]) if values else ""


def licence_of(meta: metadata.PackageMetadata) -> str:
    expression = _field(meta, "License-Expression")
    if expression:
        return str(expression).strip()
    text = _field(meta, "License").strip()
    if text and "\n" not in text and len(text) <= _SHORT_FIELD and text.upper() != "UNKNOWN":
        return text
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    if classifiers:
        return "; ".join(classifiers)
    return text.splitlines()[0] if text else ""


def _licence_texts(dist: metadata.Distribution) -> tuple[LicenceText, ...]:
    """The licence files ``dist`` ships: its ``License-File`` entries (in ``licenses/`` since
    metadata 2.4, next to METADATA before), then any other licence-like file in dist-info."""
    texts: dict[str, LicenceText] = {}
    for name in dist.metadata.get_all("License-File") or []:
        for candidate in (f"licenses/{name}", name):
            text = dist.read_text(candidate)
            if text and name not in texts:
                texts[name] = LicenceText(name, text)
                break
    for path in dist.files or []:
        parts = Path(str(path)).parts
        if len(parts) < 2 or not parts[0].endswith(".dist-info"):
            continue
        inner = "/".join(parts[1:])
        name = inner.removeprefix("licenses/")
        if _LICENCE_FILE.search(parts[-1]) and name not in texts:
            text = dist.read_text(inner)
            if text:
                texts[name] = LicenceText(name, text)
    return tuple(texts.values())


def distribution_component(name: str) -> Component:
    dist = metadata.distribution(name)
    meta = dist.metadata
    texts = _licence_texts(dist)
    # No licence field at all (sqlcipher3): the shipped text is the licence.
    licence = licence_of(meta) or ("see " + ", ".join(t.name for t in texts) if texts else "?")
    return Component(
        name=_field(meta, "Name") or name,
        version=dist.version,
        licence=licence,
        summary=_field(meta, "Summary"),
        texts=texts,
    )


def _bundled_text(filename: str) -> tuple[LicenceText, ...]:
    path = resource("licences", filename)
    if not path.is_file():
        return ()
    return (LicenceText(filename, path.read_text(encoding="utf-8")),)


def _sqlcipher_versions() -> tuple[str, str]:
    """SQLCipher's version and the OpenSSL compiled into sqlcipher3, as the library says."""
    try:
        import sqlcipher3

        conn = sqlcipher3.connect(":memory:")
        try:
            conn.execute("PRAGMA key = 'licence-probe'")  # the provider loads with a key
            cipher = conn.execute("PRAGMA cipher_version").fetchone()
            provider = conn.execute("PRAGMA cipher_provider_version").fetchone()
        finally:
            conn.close()
    except Exception:
        return "?", "?"
    return (str(cipher[0]) if cipher else "?", str(provider[0]) if provider else "?")


def _cryptography_openssl() -> str:
    try:
        from cryptography.hazmat.backends.openssl.backend import backend

        return str(backend.openssl_version_text())
    except Exception:
        return "?"


def _attribute(module: str, name: str) -> str:
    try:
        return str(getattr(importlib.import_module(module), name))
    except Exception:
        return "?"


def _pillow_feature(feature: str) -> str:
    try:
        from PIL import features

        return str(features.version(feature) or "?")
    except Exception:
        return "?"


def _python_licence() -> tuple[LicenceText, ...]:
    bundled = _bundled_text("Python-LICENSE.txt")
    if bundled:
        return bundled
    import os

    stdlib = Path(os.__file__).resolve().parent / "LICENSE.txt"
    if stdlib.is_file():
        return (LicenceText("LICENSE.txt", stdlib.read_text(encoding="utf-8")),)
    return ()


def _dejavu_licence() -> tuple[LicenceText, ...]:
    try:
        import matplotlib

        path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "LICENSE_DEJAVU"
    except Exception:
        return ()
    if not path.is_file():
        return ()
    return (LicenceText(path.name, path.read_text(encoding="utf-8", errors="replace")),)


def embedded_components(installed: set[str]) -> list[Component]:
    """Libraries compiled into the installed distributions, with the running versions."""
    found: list[Component] = []
    if "pyside6-essentials" in installed:
        found.append(
            Component(
                name="Qt",
                version=metadata.version("pyside6-essentials"),
                licence="LGPL-3.0-only",
                summary="The Qt toolkit, inside PySide6 (used under the LGPL)",
                part_of="PySide6-Essentials",
                texts=_bundled_text("LGPL-3.0.txt") + _bundled_text("GPL-3.0.txt"),
            )
        )
    if "sqlcipher3" in installed:
        cipher, openssl = _sqlcipher_versions()
        found.append(
            Component(
                name="SQLCipher",
                version=cipher,
                licence="BSD-3-Clause",
                summary="Encrypted SQLite, compiled into sqlcipher3",
                part_of="sqlcipher3",
                texts=_bundled_text("SQLCipher-BSD-3-Clause.txt"),
            )
        )
        found.append(
            Component(
                name="OpenSSL",
                version=openssl,
                licence="Apache-2.0",
                summary="Cryptography library, compiled into sqlcipher3",
                part_of="sqlcipher3",
                texts=_bundled_text("Apache-2.0.txt"),
            )
        )
    if "cryptography" in installed:
        found.append(
            Component(
                name="OpenSSL",
                version=_cryptography_openssl(),
                licence="Apache-2.0",
                summary="Cryptography library, compiled into cryptography",
                part_of="cryptography",
                texts=_bundled_text("Apache-2.0.txt"),
            )
        )
    if "pikepdf" in installed:
        found.append(
            Component(
                name="qpdf",
                version=_attribute("pikepdf", "__libqpdf_version__"),
                licence="Apache-2.0",
                summary="PDF library for the archival copies, compiled into pikepdf",
                part_of="pikepdf",
                texts=_bundled_text("Apache-2.0.txt"),
            )
        )
    if "pillow" in installed:
        found.append(
            Component(
                name="Little CMS",
                version=_pillow_feature("littlecms2"),
                licence="MIT",
                summary="Colour management (the sRGB profile of PDF/A), compiled into Pillow",
                part_of="Pillow",
            )
        )
    if "matplotlib" in installed:
        found.append(
            Component(
                name="DejaVu fonts",
                version="",
                licence="Bitstream-Vera AND LicenseRef-Arev",
                summary="The fonts of the reports and charts, shipped with matplotlib",
                part_of="matplotlib",
                texts=_dejavu_licence(),
            )
        )
    found.append(
        Component(
            name="Python",
            version=".".join(map(str, sys.version_info[:3])),
            licence="PSF-2.0",
            summary="The Python interpreter and standard library",
            texts=_python_licence(),
        )
    )
    return found


def components(root: str = ROOT_DISTRIBUTION) -> list[Component]:
    """Every bundled component: the distributions (sorted by name), then the embedded ones."""
    names = distribution_names(root)
    dists = [distribution_component(n) for n in names if n != _canonical(root)]
    dists.sort(key=lambda c: c.name.lower())
    return dists + embedded_components(set(names))


def app_version() -> str:
    try:
        return metadata.version(ROOT_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        from kansencirkel import __version__

        return __version__
