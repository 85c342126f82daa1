"""``report --agenda DATE --children ID,...`` (the user's children, in the user's order) and
``report --kind blanco`` with an age band, with or without a child."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kansencirkel.cli import main
from kansencirkel.core import clock
from kansencirkel.vault.vault import Vault
from tests.cli.conftest import Made
from tests.reports import pdfcheck
from tests.support.vaults import TEST_PASSPHRASE


def _children(path: Path) -> list[tuple[str, str]]:
    member = Vault.members(path)[0]
    with Vault.open(path, member.id, TEST_PASSPHRASE) as vault:
        return [
            (s.child.id, s.child.full_name) for s in vault.repos.children.summaries(clock.today())
        ]


def test_the_agenda_has_the_chosen_children_in_the_chosen_order(
    demo_vault: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kids = _children(demo_vault.path)[:4]
    chosen = [kids[2], kids[0], kids[3]]
    out = tmp_path / "agenda.pdf"
    ids = ",".join(i[:8] for i, _ in chosen) + "," + chosen[0][0]  # a repeat counts once
    args = ["report", str(demo_vault.path), "--agenda", "2026-03-16", "--children", ids]
    assert main([*args, "--out", str(out)]) == 0, capsys.readouterr().err
    heads = re.findall(r"^\d+\. (.+)$", pdfcheck.text(out.read_bytes()), flags=re.M)
    assert heads == [name for _, name in chosen]


def test_an_unknown_child_on_the_agenda_is_one_sentence(
    demo_vault: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kid = _children(demo_vault.path)[0][0]
    out = tmp_path / "agenda.pdf"
    capsys.readouterr()
    args = ["report", str(demo_vault.path), "--agenda", "2026-03-16", "--children"]
    assert main([*args, f"{kid},zzzzzz", "--out", str(out)]) == 1
    err = [ln for ln in capsys.readouterr().err.splitlines() if "KANSENCIRKEL_TEST_" not in ln]
    assert err == ["Er is geen kind met id zzzzzz in deze kluis."]
    assert not out.exists()
    assert main(["report", str(demo_vault.path), "--children", kid, "--out", str(out)]) == 2


@pytest.mark.parametrize("band", ["4-7", "8-12", "12+"])
def test_a_blank_form_for_no_child_takes_the_age_band(
    demo_vault: Made, tmp_path: Path, band: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "blanco.pdf"
    args = ["report", str(demo_vault.path), "--kind", "blanco", "--age-band", band]
    assert main([*args, "--perspectives", "kind", "--out", str(out)]) == 0, capsys.readouterr()
    text = pdfcheck.text(out.read_bytes())
    title = {"4-7": "4 tot 7 jaar", "8-12": "8 tot 12 jaar", "12+": "12 jaar en ouder"}[band]
    assert f"Mijn ster ({title})" in text
    assert "DEMO" in text


def test_a_childs_date_of_birth_wins_over_the_band_asked_for(
    demo_vault: Made, tmp_path: Path
) -> None:
    from kansencirkel.core.age_band import band_for

    member = Vault.members(demo_vault.path)[0]
    with Vault.open(demo_vault.path, member.id, TEST_PASSPHRASE) as vault:
        child = next(
            s.child for s in vault.repos.children.summaries(clock.today()) if s.child.date_of_birth
        )
    band = band_for(child.date_of_birth, clock.today())
    other = "4-7" if band != "4-7" else "12+"
    out = tmp_path / "blanco.pdf"
    args = ["report", str(demo_vault.path), "--child", child.id, "--kind", "blanco"]
    assert main([*args, "--age-band", other, "--perspectives", "kind", "--out", str(out)]) == 0
    assert "Mijn ster" in pdfcheck.text(out.read_bytes())
    assert {"4-7": "4 tot 7", "8-12": "8 tot 12", "12+": "12 jaar en"}[band or "8-12"] in (
        pdfcheck.text(out.read_bytes())
    )
