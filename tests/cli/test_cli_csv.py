"""``import VAULT --in FILE.csv`` and ``template --out FILE.csv``: a spreadsheet goes in whole
or not at all, with its counts first and every problem named. Fictional names only."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from kansencirkel.cli import main
from kansencirkel.commands import import_csv
from kansencirkel.core.i18n import gettext
from kansencirkel.exchange.csv_import import template_csv
from tests.cli.conftest import Made, digests, real_errors

TODAY = date(2026, 11, 20)
ROWS = (
    "Noor;de Vries;14-10-2016;De Regenboog;6b;14-10-2026;school;Juf Anna;3;4;?;weet niet;;5;2;1;"
    "Helpt anderen;Meer rust\r\n"
    "Noor;de Vries;14-10-2016;De Regenboog;6b;2026-10-15;ouders;Moeder;3;3;3;3;3;3;3;3;"
    "Lacht veel;\r\n"
    "Sem;Bakker;;De Regenboog;7a;;;;;;;;;;;;;\r\n"
)


@pytest.fixture(autouse=True)
def fixed_today(today_is: Callable[[date], date]) -> None:
    today_is(TODAY)


def spreadsheet(folder: Path, rows: str = ROWS, name: str = "groep6.csv") -> Path:
    path = folder / name
    path.write_bytes(template_csv() + rows.encode("utf-8"))
    return path


def children(vault: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert main(["children", str(vault), "--json"]) == 0
    return sorted(c["given_name"] for c in json.loads(capsys.readouterr().out))


def test_template_is_written_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sjabloon.csv"
    assert main(["template", "--out", str(out)]) == 0
    assert out.read_bytes() == template_csv()
    assert out.read_bytes().decode("utf-8-sig").startswith("Voornaam;Achternaam;")
    capsys.readouterr()
    out.write_bytes(b"mijn eigen werk")
    assert main(["template", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert gettext(import_csv.TEMPLATE_EXISTS, path=out) in err
    assert out.read_bytes() == b"mijn eigen werk"


def test_preview_then_import_then_match(
    empty_vault: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = spreadsheet(tmp_path)
    capsys.readouterr()
    assert main(["import", str(empty_vault.path), "--in", str(source), "--preview"]) == 0
    out = capsys.readouterr().out
    assert (
        "Nieuwe kinderen: 2; kinderen die al in de kluis staan: 0; metingen toe te voegen: 2; "
        "metingen die al in de kluis staan: 0." in out
    )
    assert children(empty_vault.path, capsys) == []
    assert main(["import", str(empty_vault.path), "--in", str(source)]) == 0
    assert "metingen toegevoegd: 2; metingen die al in de kluis stonden: 0." in (
        capsys.readouterr().out
    )
    assert children(empty_vault.path, capsys) == ["Noor", "Sem"]
    # The same children again: matched, not doubled.
    again = spreadsheet(tmp_path, ROWS.replace("2026-10-15;ouders", "2026-11-01;ouders"), "b.csv")
    assert main(["import", str(empty_vault.path), "--in", str(again), "--preview"]) == 0
    assert "metingen toe te voegen: 1; metingen die al in de kluis staan: 1." in (
        capsys.readouterr().out
    )
    assert main(["import", str(empty_vault.path), "--in", str(again)]) == 0
    out = capsys.readouterr().out
    assert "Nieuwe kinderen: 0; kinderen die al in de kluis staan: 2" in out
    assert "metingen toegevoegd: 1; metingen die al in de kluis stonden: 1." in out
    assert children(empty_vault.path, capsys) == ["Noor", "Sem"]


def test_a_bad_spreadsheet_is_refused_whole_with_every_problem(
    empty_vault: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = ROWS.replace(";5;2;1;", ";7;2;1;").replace("Lacht veel", "=HYPERLINK(1)")
    source = spreadsheet(tmp_path, bad)
    before = digests(empty_vault.path.parent)
    capsys.readouterr()
    assert main(["import", str(empty_vault.path), "--in", str(source)]) == 5
    err = real_errors(capsys.readouterr().err)
    assert "de kluis is niet gewijzigd" in err[0]
    assert any(line.startswith("  - Rij 2, kolom 'Gezond': '7' is geen score") for line in err)
    assert any(line.startswith("  - Rij 3, kolom 'Wat gaat goed': ") for line in err)
    assert digests(empty_vault.path.parent) == before  # the vault was not even opened


def test_a_demo_vault_takes_no_spreadsheet(
    demo_vault: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = spreadsheet(tmp_path)
    capsys.readouterr()
    assert main(["import", str(demo_vault.path), "--in", str(source)]) == 5
    assert gettext(import_csv.NOT_IN_DEMO) in capsys.readouterr().err


def test_preview_is_for_spreadsheets_only(
    empty_vault: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "dossier.json"
    source.write_text("{}", encoding="utf-8")
    assert main(["import", str(empty_vault.path), "--in", str(source), "--preview"]) == 2


def test_an_empty_file_or_a_folder_is_refused(
    empty_vault: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "leeg.csv"
    empty.write_bytes(b"")
    assert main(["import", str(empty_vault.path), "--in", str(empty)]) == 5
    folder = tmp_path / "map.csv"
    folder.mkdir()
    assert main(["import", str(empty_vault.path), "--in", str(folder)]) == 1
    assert children(empty_vault.path, capsys) == []
