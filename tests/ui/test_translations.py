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
