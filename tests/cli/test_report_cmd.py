"""``kansencirkel report``: PDFs from a real (demo) vault, audit events, clear errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kansencirkel.cli import main
from kansencirkel.core import clock
from kansencirkel.core.enums import AuditKind
from kansencirkel.vault.vault import Vault
from tests.cli.conftest import Made
from tests.reports import pdfcheck
from tests.support.vaults import TEST_PASSPHRASE


def _open(path: Path) -> Vault:
    member = Vault.members(path)[0]
    return Vault.open(path, member.id, TEST_PASSPHRASE)


def _child_with_meeting(path: Path) -> tuple[str, str, date | None]:
    with _open(path) as vault:
        rows = vault.repos.children.summaries(clock.today())
        row = next((r for r in rows if r.next_meeting), rows[0])
        return row.child.id, row.child.full_name, row.next_meeting


@pytest.mark.parametrize("kind", ["kernteam", "ouders", "blanco"])
def test_child_report_is_written_and_audited(
    demo_vault: Made, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    child_id, name, _ = _child_with_meeting(demo_vault.path)
    out = tmp_path / "uit" / "overzicht.pdf"
    out.parent.mkdir()
    rc = main(["report", str(demo_vault.path), "--child", child_id[:8], "--kind", kind,
               "--out", str(out)])  # fmt: skip
    assert rc == 0, capsys.readouterr().err
    data = out.read_bytes()
    text = pdfcheck.text(data)
    assert name in text
    assert "DEMO — fictieve gegevens" in text
    assert all(f["emb"] == "yes" for f in pdfcheck.fonts(data))
    assert [p.name for p in out.parent.iterdir()] == ["overzicht.pdf"]  # no temp left
    with _open(demo_vault.path) as vault:
        exports = [e for e in vault.repos.audit.entries(child_id=child_id)
                   if e.kind is AuditKind.EXPORT]  # fmt: skip
    assert [e.detail for e in exports] == [kind]
    assert name not in exports[0].detail


def test_agenda_for_a_date(demo_vault: Made, tmp_path: Path) -> None:
    child_id, name, next_on = _child_with_meeting(demo_vault.path)
    assert next_on is not None
    out = tmp_path / "agenda.pdf"
    assert main(["report", str(demo_vault.path), "--agenda", next_on.isoformat(),
                 "--out", str(out)]) == 0  # fmt: skip
    text = pdfcheck.text(out.read_bytes())
    assert "Agenda kernteamoverleg" in text
    assert name in text
    with _open(demo_vault.path) as vault:
        details = [e.detail for e in vault.repos.audit.entries(child_id=child_id)
                   if e.kind is AuditKind.EXPORT]  # fmt: skip
    assert details == ["agenda"]


def test_errors_are_one_sentence_with_exit_codes(
    demo_vault: Made,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault = str(demo_vault.path)
    capsys.readouterr()
    assert main(["report", vault, "--child", "zzzz", "--out", str(tmp_path / "a.pdf")]) == 1
    assert "Er is geen kind met id zzzz in deze kluis." in capsys.readouterr().err
    assert main(["report", vault, "--child", "x", "--out", str(tmp_path / "a.txt")]) == 2
    assert main(["report", vault, "--out", str(tmp_path / "a.pdf")]) == 2
    assert main(["report", vault, "--child", "x", "--kind", "geheim",
                 "--out", str(tmp_path / "a.pdf")]) == 2  # fmt: skip
    assert main(["report", vault, "--child", "x", "--out",
                 str(tmp_path / "nope" / "a.pdf")]) == 1  # fmt: skip
    assert "bestaat niet" in capsys.readouterr().err
    monkeypatch.setenv("KANSENCIRKEL_PASSPHRASE", "fout wachtwoord")
    assert main(["report", vault, "--child", "x", "--out", str(tmp_path / "a.pdf")]) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert not (tmp_path / "a.pdf").exists()


def test_perspective_filter_is_checked(
    demo_vault: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    child_id, _, _ = _child_with_meeting(demo_vault.path)
    out = tmp_path / "a.pdf"
    assert main(["report", str(demo_vault.path), "--child", child_id, "--perspectives",
                 "ouders,school", "--out", str(out)]) == 0  # fmt: skip
    assert main(["report", str(demo_vault.path), "--child", child_id, "--perspectives",
                 "buurman", "--out", str(out)]) == 2  # fmt: skip
    assert "Onbekende blik 'buurman'" in capsys.readouterr().err
