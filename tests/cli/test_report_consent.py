"""``kansencirkel report`` says on stderr what consent leaves out or lets expire, before the
PDF is written; stdout keeps its one result line."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from kansencirkel.cli import main
from kansencirkel.core import clock
from kansencirkel.core.consent import CONSENT_PARTS
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import Audience, Consenter, Perspective, Role, Visibility
from kansencirkel.core.model import AssessmentInput
from kansencirkel.vault.vault import Vault
from tests.cli.conftest import Made
from tests.support.vaults import TEST_PASSPHRASE


def _child(path: Path, *, consent_until_days: int | None) -> str:
    """A 9-year-old with a school reading and an internal note; the parents consent to
    everything but the school's view, for the parents and the kernteam, until
    ``consent_until_days`` from today (None: no end)."""
    today = clock.today()
    member = Vault.members(path)[0]
    with Vault.open(path, member.id, TEST_PASSPHRASE) as vault:
        repos = vault.repos
        child = repos.children.create(
            "Sanne", "de Vries", date_of_birth=today - timedelta(days=9 * 365 + 5)
        ).value
        repos.assessments.save(AssessmentInput(
            child.id, Perspective.SCHOOL, today - timedelta(days=3), "Juf Ans",
            Role.LEERKRACHT, dict.fromkeys(ELEMENT_KEYS, 3), {}, "Helpt anderen", "",
        ))  # fmt: skip
        ends = None if consent_until_days is None else today + timedelta(days=consent_until_days)
        parts = [p for p in CONSENT_PARTS if p != Perspective.SCHOOL.value]
        repos.consents.create(
            child.id, Consenter.OUDERS, "Moeder", parts, [Audience.OUDERS, Audience.KERNTEAM],
            today - timedelta(days=30), ends,
        )  # fmt: skip
        repos.notes.create(child.id, today, "Gesprek gehad", [], Visibility.INTERN)
        return str(child.id)


def test_parents_report_warns_on_stderr_and_still_saves(
    empty_vault: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    child_id = _child(empty_vault.path, consent_until_days=10)
    out = tmp_path / "ouders.pdf"
    rc = main(["report", str(empty_vault.path), "--child", child_id, "--kind", "ouders",
               "--out", str(out)])  # fmt: skip
    captured = capsys.readouterr()
    assert rc == 0 and out.exists()
    err = [ln for ln in captured.err.splitlines() if "KANSENCIRKEL_TEST_" not in ln]
    assert err == [
        "Let op: Blijft weg voor de ouders: de blik van school (niemand gaf er toestemming voor)."
    ]
    assert captured.out.strip() == f"Overzicht opgeslagen in {out}."


def test_kernteam_report_names_a_consent_that_stops_soon(
    empty_vault: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    child_id = _child(empty_vault.path, consent_until_days=0)
    out = tmp_path / "kernteam.pdf"
    assert main(["report", str(empty_vault.path), "--child", child_id, "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "Let op: Staat erin zonder toestemming voor het kernteam: de blik van school" in err
    assert "Let op: De toestemming van de ouders voor de notities geldt alleen vandaag nog" in err


def test_nothing_on_stderr_when_consent_allows_everything(
    empty_vault: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    child_id = _child(empty_vault.path, consent_until_days=None)
    out = tmp_path / "ouders.pdf"
    rc = main(["report", str(empty_vault.path), "--child", child_id, "--kind", "ouders",
               "--perspectives", "ouders,kind", "--out", str(out)])  # fmt: skip
    assert rc == 0
    assert [
        ln for ln in capsys.readouterr().err.splitlines() if "KANSENCIRKEL_TEST_" not in ln
    ] == []
