"""``kansencirkel retention`` lists what is due; ``erase`` reports its page check and the
backups that still hold the child."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest

from kansencirkel.cli import main
from kansencirkel.vault.vault import Vault
from tests.cli.conftest import Made, real_errors
from tests.support.erasure_data import fill_child
from tests.support.vaults import TEST_PASSPHRASE


def _filled(vault: Made) -> str:
    member = Vault.members(vault.path)[0]
    with Vault.open(vault.path, member.id, TEST_PASSPHRASE) as opened:
        kid, _other = fill_child(opened.repos, closed_on=date(2023, 6, 30))
    return kid


def test_retention_lists_what_is_due_and_says_so_when_nothing_is(
    empty_vault: Made, capsys: pytest.CaptureFixture[str], today_is: Callable[[date], date]
) -> None:
    today_is(date(2025, 6, 30))
    kid = _filled(empty_vault)
    capsys.readouterr()
    assert main(["retention", str(empty_vault.path)]) == 0  # kept until 30 June 2025
    out = capsys.readouterr().out
    assert "Geen enkel afgesloten dossier is over zijn bewaartermijn heen" in out
    assert "30 juni 2025" in out

    today_is(date(2025, 7, 1))
    assert main(["retention", str(empty_vault.path)]) == 0
    out = capsys.readouterr().out
    assert "Şükrüzade Wiktorówna-Quallenberg" in out and kid[:8] in out
    assert "30 juni 2023" in out and "30 juni 2025" in out
    assert "1 dossier is over de bewaartermijn heen" in out
    assert main(["retention", str(empty_vault.path), "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row == {
        "id": kid,
        "given_name": "Şükrüzade",
        "family_name": "Wiktorówna-Quallenberg",
        "closed_on": "2023-06-30",
        "kept_until": "2025-06-30",
    }


def test_erase_reports_the_check_and_the_older_backups(
    empty_vault: Made, capsys: pytest.CaptureFixture[str], today_is: Callable[[date], date]
) -> None:
    today_is(date(2026, 12, 1))
    kid = _filled(empty_vault)
    folder = empty_vault.path.parent / "kopieen"
    assert main(["vault", "backup", str(empty_vault.path), "--to", str(folder)]) == 0
    [backup] = sorted(folder.glob("kansencirkel-backup-*.kcv"))
    capsys.readouterr()
    args = ["erase", str(empty_vault.path), "--child", kid[:8], "--yes", "--backups", str(folder)]
    assert main(args) == 0
    out, err = capsys.readouterr()
    assert real_errors(err) == []
    assert "volledig gewist" in out
    assert "Controle: geen spoor van het kind gevonden in " in out
    assert " pagina's van de kluis en 0 van het logbestand." in out
    assert "Alleen het nummer van het dossier staat nog in het auditlog" in out
    assert "1 reservekopie is gemaakt toen het kind nog in de kluis stond" in out
    assert backup.name in out and "1 december 2026" in out
    assert "Şükrüzade" not in out
    assert main(["retention", str(empty_vault.path)]) == 0
    assert "Geen enkel afgesloten dossier" in capsys.readouterr().out


def test_a_trace_left_behind_fails_the_erase(
    empty_vault: Made, capsys: pytest.CaptureFixture[str], today_is: Callable[[date], date]
) -> None:
    today_is(date(2026, 12, 1))
    kid = _filled(empty_vault)
    member = Vault.members(empty_vault.path)[0]
    with Vault.open(empty_vault.path, member.id, TEST_PASSPHRASE) as opened:
        opened.repos.settings.set("notitie", f"zie dossier {kid}")  # survives the erasure
    capsys.readouterr()
    assert main(["erase", str(empty_vault.path), "--child", kid, "--yes"]) == 1
    out, err = capsys.readouterr()
    assert "volledig gewist" in out and "Controle: geen spoor" not in out
    [message] = real_errors(err)
    assert message.startswith("De controle na het wissen vond op 1 van de ")
    assert message.endswith(
        " pagina's nog sporen van het kind; geef de kluis niet door en neem contact op met "
        "de beheerder."
    )
