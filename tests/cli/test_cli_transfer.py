"""``export`` / ``import``: one child's file as plain JSON, only on request, never mixed."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from kansencirkel.cli import main
from tests.cli.conftest import Made, make_vault, real_errors


def first_child(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    capsys.readouterr()
    assert main(["children", str(path), "--json"]) == 0
    row: dict[str, str] = json.loads(capsys.readouterr().out)[0]
    return row


def test_export_warns_writes_private_file_and_is_audited(
    demo_vault: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    child = first_child(demo_vault.path, capsys)
    out = tmp_path / "export.json"
    assert (
        main(
            [
                "export",
                str(demo_vault.path),
                "--child",
                child["id"],
                "--out",
                str(out),
                "--reason",
                "verzoek van de ouders (AVG)",
            ]
        )
        == 0
    )
    _, err = capsys.readouterr()
    assert "NIET versleuteld" in err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["case_file"]["child"]["given_name"] == child["given_name"]
    # Never overwritten.
    assert (
        main(
            [
                "export",
                str(demo_vault.path),
                "--child",
                child["id"],
                "--out",
                str(out),
                "--reason",
                "verzoek van de ouders (AVG)",
            ]
        )
        == 1
    )
    assert main(["audit", str(demo_vault.path), "--child", child["id"], "--json"]) == 0
    kinds = [e["kind"] for e in json.loads(capsys.readouterr().out)]
    assert "export" in kinds


def test_import_into_another_demo_vault_and_refusals(
    demo_vault: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    child = first_child(demo_vault.path, capsys)
    out = tmp_path / "export.json"
    assert (
        main(
            [
                "export",
                str(demo_vault.path),
                "--child",
                child["id"],
                "--out",
                str(out),
                "--reason",
                "verzoek van de ouders (AVG)",
            ]
        )
        == 0
    )
    other = make_vault(tmp_path, "ander", demo_children=1, seed=99)
    capsys.readouterr()
    assert main(["import", str(other.path), "--in", str(out)]) == 0
    assert child["given_name"] in capsys.readouterr().out
    assert main(["children", str(other.path), "--json"]) == 0
    assert child["id"] in {c["id"] for c in json.loads(capsys.readouterr().out)}
    # Twice: rejected. Into a real vault: rejected (demo and real data never mix).
    assert main(["import", str(other.path), "--in", str(out)]) == 5
    real = make_vault(tmp_path, "echt")
    assert main(["import", str(real.path), "--in", str(out)]) == 5
    # Not an export at all.
    junk = tmp_path / "rommel.json"
    junk.write_text('{"format": "iets anders"}', encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(other.path), "--in", str(junk)]) == 5
    err = real_errors(capsys.readouterr().err)
    assert err == ["Dit bestand is geen geldige export van een Kansencirkel-dossier."]
