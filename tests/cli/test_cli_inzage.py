"""``kansencirkel inzage VAULT --child ID --out DIR``: the AVG inzage as two new files."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from kansencirkel.cli import main
from kansencirkel.exchange.casefile_json import case_file_from_json, parse_json
from tests.cli.conftest import Made, digests, real_errors
from tests.reports import pdfcheck


def _child(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    capsys.readouterr()
    assert main(["children", str(path), "--json"]) == 0
    row: dict[str, str] = json.loads(capsys.readouterr().out)[0]
    return row


def test_inzage_writes_pdf_and_json_warns_and_is_audited(
    demo_vault: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    child = _child(demo_vault.path, capsys)
    out = tmp_path / "inzage"
    out.mkdir()
    args = ["inzage", str(demo_vault.path), "--child", child["id"][:8], "--out", str(out)]
    assert main(args) == 0
    said, err = capsys.readouterr()
    assert "NIET versleuteld" in err
    pdfs, jsons = sorted(out.glob("*.pdf")), sorted(out.glob("*.json"))
    assert len(pdfs) == 1 and len(jsons) == 1
    assert pdfs[0].name in said and jsons[0].name in said
    assert child["id"][:8] in pdfs[0].name and child["given_name"] not in pdfs[0].name
    for path in (*pdfs, *jsons):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = pdfcheck.body_flat(pdfs[0].read_bytes())
    assert pdfcheck.flat(child["given_name"]) in text
    assert pdfcheck.flat("Wie heeft het dossier gebruikt") in text
    case = case_file_from_json(parse_json(jsons[0].read_bytes()))
    assert case.child.id == child["id"]
    capsys.readouterr()
    assert main(["audit", str(demo_vault.path), "--child", child["id"], "--json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert [e["detail"] for e in events if e["kind"] == "export"] == ["inzage"]


def test_inzage_refuses_an_existing_inzage_and_a_missing_folder(
    demo_vault: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    child = _child(demo_vault.path, capsys)
    out = tmp_path / "inzage"
    out.mkdir()
    args = ["inzage", str(demo_vault.path), "--child", child["id"], "--out", str(out)]
    assert main(args) == 0
    before = digests(out)
    capsys.readouterr()
    assert main(args) == 1
    err = real_errors(capsys.readouterr().err)
    assert len(err) == 1 and "staat al een inzage" in err[0]
    assert digests(out) == before  # nothing overwritten, nothing added
    missing = tmp_path / "nergens"
    assert main([*args[:-1], str(missing)]) == 1
    err = real_errors(capsys.readouterr().err)
    assert len(err) == 1 and "geen map" in err[0]
    assert not missing.exists()
