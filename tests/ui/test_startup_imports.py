"""Starts fast: the first window paints before matplotlib or reportlab are imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.vaults import MadeVault

ROOT = Path(__file__).resolve().parents[2]


def first_paint(
    vault: Path, tmp_path: Path, *, cli: tuple[str, ...] = (), lang: str = ""
) -> dict[str, object]:
    probe = tmp_path / "probe.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "KANSENCIRKEL_STARTUP_PROBE": str(probe),
        "KANSENCIRKEL_HOME": str(tmp_path / "h"),
    }
    if lang:
        env["KANSENCIRKEL_LANG"] = lang
    script = f"from kansencirkel.ui.app import run_app; raise SystemExit(run_app({str(vault)!r}))"
    command = (
        [sys.executable, "-m", "kansencirkel", *cli] if cli else [sys.executable, "-c", script]
    )
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(probe.read_text(encoding="utf-8"))
    return data


@pytest.mark.slow
def test_unlock_dialog_paints_before_heavy_modules(
    team_vault_path: MadeVault, tmp_path: Path
) -> None:
    data = first_paint(team_vault_path.path, tmp_path)
    assert data["window"] == "UnlockDialog"
    assert data["heavy_modules"] == []


@pytest.mark.slow
def test_first_run_dialog_paints_before_heavy_modules(tmp_path: Path) -> None:
    data = first_paint(tmp_path / "nieuw" / "team.kcv", tmp_path)
    assert data["window"] == "StoreChoiceDialog"  # this laptop or a team server, first
    assert data["heavy_modules"] == []


@pytest.mark.slow
@pytest.mark.parametrize("how", ["--lang", "KANSENCIRKEL_LANG"])
def test_lang_choice_sets_the_window_language_too(
    team_vault_path: MadeVault, tmp_path: Path, how: str
) -> None:
    """Not only the command line's messages: the app itself speaks English for this session."""
    vault = str(team_vault_path.path)
    if how == "--lang":
        data = first_paint(team_vault_path.path, tmp_path, cli=("--lang", "en", "--vault", vault))
    else:
        data = first_paint(team_vault_path.path, tmp_path, cli=("--vault", vault), lang="en")
    assert data["window"] == "UnlockDialog"
    dutch = first_paint(team_vault_path.path, tmp_path / "nl", cli=("--vault", vault))
    assert data["title"] != dutch["title"] and "Kansencirkel" in str(data["title"])
