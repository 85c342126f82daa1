"""``kansencirkel report``: PDFs from a real (demo) vault, audit events, clear errors."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kansencirkel.cli import main
from kansencirkel.commands.common import CliError
from kansencirkel.commands.report import OUT_EXISTS, OUT_IS_FOLDER
from kansencirkel.core import clock
from kansencirkel.core.enums import AuditKind
from kansencirkel.core.model import AuditEntry
from kansencirkel.core.write_errors import FOLDER_NOT_WRITABLE, FileNotSaved
from kansencirkel.vault.vault import Vault
from tests.cli.conftest import Made
from tests.reports import pdfcheck
from tests.support.vaults import TEST_PASSPHRASE


def _open(path: Path) -> Vault:
    member = Vault.members(path)[0]
    return Vault.open(path, member.id, TEST_PASSPHRASE)


def _out(path: Path) -> list[str]:
    return ["--out", str(path)]


def _exports(path: Path, child_id: str | None = None) -> list[AuditEntry]:
    with _open(path) as vault:
        return [
            e for e in vault.repos.audit.entries(child_id=child_id) if e.kind is AuditKind.EXPORT
        ]


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
    rc = main(["report", str(demo_vault.path), "--child", child_id[:8], "--kind", kind, *_out(out)])
    assert rc == 0, capsys.readouterr().err
    data = out.read_bytes()
    text = pdfcheck.text(data)
    assert name in text
    assert "DEMO — fictieve gegevens" in text
    assert all(f["emb"] == "yes" for f in pdfcheck.fonts(data))
    assert [p.name for p in out.parent.iterdir()] == ["overzicht.pdf"]  # no temp left
    exports = _exports(demo_vault.path, child_id)
    assert [e.detail for e in exports] == [kind]
    assert name not in exports[0].detail


def test_pdfa_writes_an_archival_copy(demo_vault: Made, tmp_path: Path) -> None:
    import io

    import pikepdf

    child_id, name, _ = _child_with_meeting(demo_vault.path)
    out = tmp_path / "archief.pdf"
    assert main(["report", str(demo_vault.path), "--child", child_id, "--pdfa", *_out(out)]) == 0
    with pikepdf.open(io.BytesIO(out.read_bytes())) as doc:
        assert doc.open_metadata().pdfa_status == "2B"
        assert "/OutputIntents" in doc.Root
    assert name in pdfcheck.text(out.read_bytes())


def test_agenda_for_a_date(demo_vault: Made, tmp_path: Path) -> None:
    child_id, name, next_on = _child_with_meeting(demo_vault.path)
    assert next_on is not None
    out = tmp_path / "agenda.pdf"
    assert main(["report", str(demo_vault.path), "--agenda", next_on.isoformat(), *_out(out)]) == 0
    text = pdfcheck.text(out.read_bytes())
    assert "Agenda kernteamoverleg" in text
    assert name in text
    assert [e.detail for e in _exports(demo_vault.path, child_id)] == ["agenda"]


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
    assert (
        main(["report", vault, "--child", "x", "--kind", "geheim", *_out(tmp_path / "a.pdf")]) == 2
    )
    assert main(["report", vault, "--child", "x", *_out(tmp_path / "nope" / "a.pdf")]) == 1
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
    vault = str(demo_vault.path)
    assert (
        main(["report", vault, "--child", child_id, "--perspectives", "ouders,school", *_out(out)])
        == 0
    )
    assert (
        main(["report", vault, "--child", child_id, "--perspectives", "buurman", *_out(out)]) == 2
    )
    assert "Onbekende blik 'buurman'" in capsys.readouterr().err


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    lines = [ln for ln in capsys.readouterr().err.splitlines() if "KANSENCIRKEL_TEST_" not in ln]
    assert len(lines) == 1, lines
    assert "Traceback" not in lines[0]
    return lines[0]


def test_an_existing_file_is_refused_unless_overwrite(
    demo_vault: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Like ``export``, ``report`` never silently replaces a file; ``--overwrite`` says to."""
    child_id, _, _ = _child_with_meeting(demo_vault.path)
    out = tmp_path / "overzicht.pdf"
    out.write_bytes(b"het verslag van vorige week")
    capsys.readouterr()
    for what in (["--child", child_id], ["--agenda", "2026-03-16"]):
        assert main(["report", str(demo_vault.path), *what, *_out(out)]) == 1
        sentence = CliError(OUT_EXISTS, path=out).message.text()
        assert _one_line(capsys) == sentence
        assert out.read_bytes() == b"het verslag van vorige week"
    assert _exports(demo_vault.path) == []  # nothing was exported, so nothing is logged
    assert (
        main(["report", str(demo_vault.path), "--child", child_id, *_out(out), "--overwrite"]) == 0
    )
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left
    assert [e.detail for e in _exports(demo_vault.path)] == ["kernteam"]


def test_a_folder_as_out_is_one_sentence(
    demo_vault: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    child_id, _, _ = _child_with_meeting(demo_vault.path)
    folder = tmp_path / "verslagen.pdf"
    folder.mkdir()
    capsys.readouterr()
    for target, extra in ((folder, []), (folder, ["--overwrite"]), (tmp_path, [])):
        # a folder is never replaced, and "--out FOLDER" is not "must end in .pdf"
        args = ["report", str(demo_vault.path), "--child", child_id, *_out(target), *extra]
        assert main(args) == 1
        assert _one_line(capsys) == CliError(OUT_IS_FOLDER, path=target).message.text()
        assert folder.is_dir() and list(folder.iterdir()) == []


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A real read-only file system (root ignores file modes, not a read-only mount)."""
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,ro", "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a read-only tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.mark.parametrize("where", ["read-only mount", "/proc"])
def test_an_unwritable_folder_is_one_sentence(
    demo_vault: Made,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    request: pytest.FixtureRequest,
    where: str,
) -> None:
    folder = request.getfixturevalue("read_only_folder") if where != "/proc" else Path("/proc")
    if not folder.is_dir():
        pytest.skip("needs Linux /proc")
    child_id, _, _ = _child_with_meeting(demo_vault.path)
    out = folder / "overzicht.pdf"
    capsys.readouterr()
    assert main(["report", str(demo_vault.path), "--child", child_id, *_out(out)]) == 1
    assert _one_line(capsys) == FileNotSaved(FOLDER_NOT_WRITABLE, folder=folder).message.text()
    assert not out.exists()
    assert _exports(demo_vault.path) == []
