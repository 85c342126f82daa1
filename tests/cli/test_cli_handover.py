"""``handover`` and ``import --in FILE.kcx``: a sealed file between two real vaults, the code
beside it, the consent gate, conflicts decided with ``--keep``; ``export`` asks for a reason."""

from __future__ import annotations

import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from kansencirkel.cli import main
from kansencirkel.core import clock
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import Audience, AuditKind, Consenter, Perspective, Role, Visibility
from kansencirkel.core.model import AssessmentInput
from kansencirkel.exchange.handover_code import new_code, parse_code
from kansencirkel.vault.vault import Vault
from tests.cli.conftest import real_errors
from tests.cli.importing import rows
from tests.support.vaults import Kid, MadeVault, make_vault

REASON = "Veiligheid van het kind gaat voor, besproken met de aandachtsfunctionaris"


def _reading(cid: str, perspective: Perspective) -> AssessmentInput:
    return AssessmentInput(
        child_id=cid,
        perspective=perspective,
        assessed_on=clock.today(),
        given_by="Juf Anna",
        given_by_role=Role.LEERKRACHT,
        scores={k: 3 for k in ELEMENT_KEYS},
        goes_well="Helpt anderen graag",
    )


@pytest.fixture
def school(tmp_path: Path) -> MadeVault:
    # ten, whatever the day: her parents' consent is the one that counts
    kid = Kid("Sanne", "de Vries", date_of_birth=clock.today() - timedelta(days=10 * 365))
    made = make_vault(tmp_path / "school.kcv", children=[kid])
    r, cid = made.vault.repos, made.child_ids["Sanne"]
    r.assessments.save(_reading(cid, Perspective.SCHOOL))
    r.notes.create(cid, clock.today(), "Gaat graag naar gym", [], Visibility.DEELBAAR)
    made.vault.close()
    return made


@pytest.fixture
def zorg(tmp_path: Path) -> MadeVault:
    made = make_vault(tmp_path / "zorg.kcv", team_name="Wijkteam Noord")
    made.vault.close()
    return made


def _consent(made: MadeVault, expires_on: date | None = None) -> None:
    vault = made.reopen()
    try:
        cid = made.child_ids["Sanne"]
        vault.repos.consents.create(
            cid,
            Consenter.OUDERS,
            "moeder",
            ["school", "zorg", "notes", "actions"],
            [Audience.ZORG, Audience.SCHOOL],
            given_on=clock.today() - timedelta(days=30),
            expires_on=expires_on,
        )
    finally:
        vault.close()


def _open(made: MadeVault) -> Vault:
    return made.reopen()


def _handover(made: MadeVault, cid: str, to: str, out: Path, *extra: str) -> int:
    return main(["handover", str(made.path), "--child", cid, "--to", to, "--out", str(out), *extra])


def _import(made: MadeVault, source: Path, *extra: str) -> int:
    return main(["import", str(made.path), "--in", str(source), *extra])


def _exports(made: MadeVault) -> list[str]:
    vault = _open(made)
    try:
        return [e.detail for e in vault.repos.audit.entries() if e.kind is AuditKind.EXPORT]
    finally:
        vault.close()


def test_no_hand_over_without_consent_and_the_parts_are_named(
    school: MadeVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sanne.kcx"
    assert _handover(school, school.child_ids["Sanne"], "zorg", out) == 5
    err = capsys.readouterr().err
    assert "Sanne de Vries" in err and "de blik van school" in err and "notities" in err
    assert not out.exists() and _exports(school) == []
    # with a reason it goes, and the reason is in the log
    code_file = tmp_path / "code.txt"
    args = ("--override-reason", REASON, "--code-file", str(code_file))
    assert _handover(school, school.child_ids["Sanne"], "zorg", out, *args) == 0
    [detail] = _exports(school)
    assert detail.startswith("kcx:zorg") and REASON in detail
    assert (
        main(
            [
                "handover",
                str(school.path),
                "--child",
                school.child_ids["Sanne"],
                "--to",
                "zorg",
                "--out",
                str(tmp_path / "b.kcx"),
                "--override-reason",
                "kort",
            ]
        )
        == 5
    )


def test_a_consent_that_ends_within_a_month_is_named_on_stderr(
    school: MadeVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ends = clock.today() + timedelta(days=12)
    _consent(school, expires_on=ends)
    out = tmp_path / "sanne.kcx"
    assert _handover(school, school.child_ids["Sanne"], "zorg", out) == 0
    err = capsys.readouterr().err
    assert "Let op: Sanne de Vries: De toestemming van de ouders" in err and "nog 12 dagen" in err
    assert out.exists()


def test_school_to_care_and_back(
    school: MadeVault, zorg: MadeVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _consent(school)
    cid = school.child_ids["Sanne"]
    out, code_file = tmp_path / "sanne.kcx", tmp_path / "code.txt"
    assert _handover(school, cid, "zorg", out, "--code-file", str(code_file)) == 0
    shown = capsys.readouterr()
    code = code_file.read_text(encoding="utf-8").strip()
    assert parse_code(code) and code not in shown.out and "telefonisch" in shown.err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert stat.S_IMODE(code_file.stat().st_mode) == 0o600
    assert b"Sanne" not in out.read_bytes()
    # the code file and the hand-over are never overwritten
    assert (
        _handover(school, cid, "zorg", tmp_path / "nieuw.kcx", "--code-file", str(code_file)) == 1
    )
    assert not (tmp_path / "nieuw.kcx").exists()
    assert _exports(school) == ["kcx:zorg"]

    assert _import(zorg, out, "--code-file", str(code_file)) == 0
    assert "nieuw in deze kluis" in capsys.readouterr().out
    assert _import(zorg, out, "--code-file", str(code_file)) == 0  # again: nothing added
    assert "0 toegevoegd, 0 bijgewerkt" in capsys.readouterr().out

    # both sides change the same note: a conflict, decided with --keep
    for made, text in ((school, "Gaat graag naar gym, op dinsdag"), (zorg, "Zwemt ook graag")):
        vault = _open(made)
        note = vault.repos.notes.for_child(cid)[0]
        vault.repos.notes.edit(note.id, reason="aangevuld", text=text)
        vault.close()
    back, back_code = tmp_path / "terug.kcx", tmp_path / "terug.txt"
    assert _handover(zorg, cid, "school", back, "--code-file", str(back_code)) == 0
    vault = _open(school)
    with vault.repos.engine.connect() as conn:
        before = rows(conn)
    vault.close()
    capsys.readouterr()
    assert _import(school, back, "--code-file", str(back_code)) == 5
    listed = capsys.readouterr()
    assert "conflict, notitie" in listed.out and "op dinsdag" in listed.out
    assert "--keep" in listed.err
    vault = _open(school)
    with vault.repos.engine.connect() as conn:
        assert {k: v for k, v in rows(conn).items() if k != "audit_events"} == {
            k: v for k, v in before.items() if k != "audit_events"
        }
    vault.close()
    assert _import(school, back, "--code-file", str(back_code), "--keep", "theirs") == 0
    vault = _open(school)
    try:
        [note] = vault.repos.notes.for_child(cid)
        assert note.text == "Zwemt ook graag"
        assert vault.repos.children.count() == 1
    finally:
        vault.close()


def test_bad_files_and_codes_are_refused_and_change_nothing(
    school: MadeVault, zorg: MadeVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _consent(school)
    out, code_file = tmp_path / "sanne.kcx", tmp_path / "code.txt"
    assert (
        _handover(school, school.child_ids["Sanne"], "zorg", out, "--code-file", str(code_file))
        == 0
    )
    vault = _open(zorg)
    with vault.repos.engine.connect() as conn:
        before = rows(conn)
    vault.close()
    wrong = tmp_path / "fout.txt"
    wrong.write_text(new_code() + "\n", encoding="utf-8")  # a valid code, of another file
    damaged = tmp_path / "beschadigd.kcx"
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x10
    damaged.write_bytes(bytes(data))
    cut = tmp_path / "half.kcx"
    cut.write_bytes(out.read_bytes()[:200])
    empty = tmp_path / "leeg.kcx"
    empty.write_bytes(b"")
    folder = tmp_path / "map.kcx"
    folder.mkdir()
    for source, code in (
        (out, wrong),
        (damaged, code_file),
        (cut, code_file),
        (empty, code_file),
        (folder, code_file),
    ):
        capsys.readouterr()
        assert _import(zorg, source, "--code-file", str(code)) == 5, source
        [err] = real_errors(capsys.readouterr().err)
        assert "Traceback" not in err
    previous = clock.set_clock(
        clock.ShiftedClock(clock.today() + timedelta(days=365))  # long past the 14 days
    )
    try:
        assert _import(zorg, out, "--code-file", str(code_file)) == 5
        assert "verlopen" in capsys.readouterr().err
    finally:
        clock.set_clock(previous)
    vault = _open(zorg)
    with vault.repos.engine.connect() as conn:
        after = rows(conn)
    events = vault.repos.audit.entries()
    vault.close()
    # only the test's own unlock and lock were logged: the refusals never opened the vault
    assert after == {**before, "audit_events": before["audit_events"] + 2}
    assert not [e for e in events if e.record_type in ("handover", "child")]


def test_a_plain_export_asks_for_a_reason_and_logs_it(
    school: MadeVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cid = school.child_ids["Sanne"]
    out = tmp_path / "sanne.json"
    assert main(["export", str(school.path), "--child", cid, "--out", str(out)]) == 2
    [err] = real_errors(capsys.readouterr().err)
    assert "--reason" in err and not out.exists()
    args = ["export", str(school.path), "--child", cid, "--out", str(out), "--reason", REASON]
    assert main(args) == 0
    [detail] = _exports(school)
    assert detail.startswith("json") and REASON in detail
