"""Translations: the committed .ts files hold exactly the strings the code has now; every
English string is translated (not left Dutch); the Dutch file mirrors the source."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.support.packaging import load_packaging_script

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"

#: English words that are spelled the same in Dutch (and a few names/abbreviations).
SAME_IN_ENGLISH = {
    "OK",
    "E-mail",
    "Team",
    "School",
    "Kansencirkel",
    "Status",
    "Details",
    "PDF",
    "SVG",
    "PNG",
    "Nederlands",
    "English",
    "CJG",
    "IB",
    "Help",
    "Demo",
    "Start",
    "Stop",
    "Info",
    "Code",
    "Actief",
    "Mail",
    "Type",
    "Totaal",
    "{team} — Kansencirkel",
    "Team — Kansencirkel",
    "{open} open",
    "SVG (*.svg)",
    "Moment",
}


def _update_module() -> Any:
    return load_packaging_script("update_translations")


def keys(ts_file: Path) -> set[tuple[str, str]]:
    upd = _update_module()
    return {(ctx, m.findtext("source") or "") for ctx, m in upd.messages(ts_file)}


@pytest.fixture(scope="module")
def fresh_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ts")
    for ts in TS_DIR.glob("*.ts"):
        shutil.copy(ts, folder / ts.name)
    _update_module().update(folder)
    return folder


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_ts_sources_equal_what_lupdate_extracts_now(fresh_dir: Path, lang: str) -> None:
    committed = keys(TS_DIR / f"kansencirkel_{lang}.ts")
    now = keys(fresh_dir / f"kansencirkel_{lang}.ts")
    assert sorted(now - committed) == [], "new strings: run packaging/update_translations.py"
    assert sorted(committed - now) == [], "vanished strings: run update_translations.py"


def test_dutch_translations_equal_the_source() -> None:
    upd = _update_module()
    for ctx, m in upd.messages(TS_DIR / "kansencirkel_nl.ts"):
        t = m.find("translation")
        assert t is not None and t.get("type") is None, (ctx, m.findtext("source"))
        assert t.text == m.findtext("source"), (ctx, m.findtext("source"))


def test_every_english_string_is_translated() -> None:
    upd = _update_module()
    problems = []
    for ctx, m in upd.messages(TS_DIR / "kansencirkel_en.ts"):
        source = m.findtext("source") or ""
        t = m.find("translation")
        text = (t.text or "") if t is not None else ""
        if t is None or t.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"unfinished: {ctx}: {source!r}")
        elif not text.strip():
            problems.append(f"empty: {ctx}: {source!r}")
        elif text == source and source.replace("&", "").strip("…:. ") not in SAME_IN_ENGLISH:
            problems.append(f"left Dutch: {ctx}: {source!r}")
    assert problems == []


def test_placeholders_survive_translation() -> None:
    import re

    upd = _update_module()
    for ctx, m in upd.messages(TS_DIR / "kansencirkel_en.ts"):
        source = m.findtext("source") or ""
        text = m.findtext("translation") or ""
        assert sorted(re.findall(r"\{\w*\}", source)) == sorted(re.findall(r"\{\w*\}", text)), (
            ctx,
            source,
            text,
        )
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), (ctx, source)


def _has_mnemonic(text: str) -> bool:
    import re

    return re.search(r"&\S", text.replace("&&", "")) is not None


def test_a_dutch_alt_letter_keeps_one_in_english() -> None:
    """A control reachable by Alt+letter in Dutch is reachable so in English too (which letter
    is free per window is checked by tests/ui/test_a11y_walks.py)."""
    upd = _update_module()
    missing = [
        (ctx, m.findtext("source"), m.findtext("translation"))
        for ctx, m in upd.messages(TS_DIR / "kansencirkel_en.ts")
        if _has_mnemonic(m.findtext("source") or "")
        and not _has_mnemonic(m.findtext("translation") or "")
    ]
    assert missing == []


def test_english_qm_builds_and_loads(qapp: Any) -> None:
    from kansencirkel.ui import i18n

    qm = i18n.qm_file("en")
    assert qm is not None and qm.stat().st_size > 0
    i18n.install_translators("en")
    try:
        from PySide6.QtCore import QCoreApplication

        assert QCoreApplication.translate("MainWindow", "&Kluis") == "&Vault"
    finally:
        i18n.install_translators("nl")


def _translated_literals() -> set[str]:
    """Every string literal the UI code hands to ``tr``, ``self.tr`` or
    ``QCoreApplication.translate`` (generated forms left out: lupdate reads the .ui files)."""
    import ast

    found: set[str] = set()
    ui = TS_DIR.parents[1] / "kansencirkel" / "ui"
    for path in ui.rglob("*.py"):
        if "forms" in path.relative_to(ui).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            args = node.args[1:] if name == "translate" else node.args[:1]
            value = args[0].value if args and isinstance(args[0], ast.Constant) else None
            if name in ("tr", "_tr", "translate") and isinstance(value, str):
                found.add(value)
    return found


def test_every_string_the_code_translates_reaches_the_catalogue() -> None:
    """A wrapper lupdate cannot see (``_tr`` with a context of its own) leaves its strings out
    of the .ts files, so the English UI would show them in Dutch."""
    sources = {source for _ctx, source in keys(TS_DIR / "kansencirkel_en.ts")}
    missing = sorted(_translated_literals() - sources)
    assert len(_translated_literals()) > 100  # the walk finds the UI's strings at all
    assert missing == []
