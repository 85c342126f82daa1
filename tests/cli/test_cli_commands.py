"""The sub-commands in-process (``main([...])``): exit codes, messages, and what they change."""

from __future__ import annotations

import argparse
import json
import sys
import types
from pathlib import Path

import pytest

from kansencirkel.cli import build_parser, main
from kansencirkel.vault.errors import VaultDamaged, WrongRecoveryCode
from tests.cli.conftest import Made, digests, make_vault, real_errors
from tests.support.vaults import TEST_MEMBER, TEST_PASSPHRASE


def err_lines(capsys: pytest.CaptureFixture[str]) -> tuple[str, list[str]]:
    out, err = capsys.readouterr()
    return out, real_errors(err)


def children_json(path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["children", str(path), "--json"]) == 0
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return rows


def restore_with_code(backup: Path, target: Path, code_file: Path) -> int:
    args = ["vault", "restore", str(backup), "--to", str(target)]
    return main([*args, "--recovery-code-file", str(code_file)])


def test_usage_errors_exit_2_with_one_dutch_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["vault", "init"]) == 2
    _, err = err_lines(capsys)
    assert err == [
        "kansencirkel vault init: deze gegevens ontbreken: VAULT, --team, --member "
        "(zie 'kansencirkel vault init --help')."
    ]
    assert main(["vliegen"]) == 2
    assert main(["children"]) == 2
    assert main(["--help"]) == 0


def test_no_option_takes_a_passphrase_on_the_command_line(
    empty_vault: Made, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["children", str(empty_vault.path), "--passphrase", TEST_PASSPHRASE]) == 2
    _, err = err_lines(capsys)
    assert "--passphrase" in err[0] and TEST_PASSPHRASE not in err[0]  # never echoed back
    parser = build_parser()
    options: list[str] = []

    def walk(p: argparse.ArgumentParser) -> None:
        for action in p._actions:
            options.extend(action.option_strings)
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    walk(sub)

    walk(parser)
    secret_options = {o for o in options if "passphrase" in o or "code" in o}
    assert secret_options and all(o.endswith("-file") for o in secret_options)


def test_check_ok_and_summary(demo_vault: Made, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["vault", "check", str(demo_vault.path)]) == 0
    out, err = err_lines(capsys)
    assert "Versleuteling en opbouw: in orde" in out and "Kinderen: 8" in out
    assert err == []


def test_english_messages(
    demo_vault: Made, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    capsys.readouterr()
    assert main(["--lang", "en", "vault", "check", str(demo_vault.path)]) == 0
    assert "The vault is ok." in capsys.readouterr().out
    monkeypatch.setenv("KANSENCIRKEL_LANG", "en")
    monkeypatch.setenv("KANSENCIRKEL_PASSPHRASE", "wrong")
    assert main(["children", str(demo_vault.path)]) == 3
    _, err = err_lines(capsys)
    assert err == ["The passphrase is not correct."]


def test_backup_and_restore_with_recovery_code(
    demo_vault: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = children_json(demo_vault.path, capsys)
    backups = tmp_path / "kopieen"
    assert main(["vault", "backup", str(demo_vault.path), "--to", str(backups), "--keep", "2"]) == 0
    made = sorted(backups.glob("*.kcv"))
    assert len(made) == 1
    assert not any(str(c["family_name"]) in made[0].name for c in before)  # neutral names

    code_file = tmp_path / "code.txt"
    code_file.write_text(demo_vault.recovery_code + "\n", encoding="utf-8")
    target = tmp_path / "hersteld.kcv"
    capsys.readouterr()
    assert restore_with_code(made[0], target, code_file) == 0
    assert children_json(target, capsys) == before
    # The restored vault opens with the recovery code too.
    capsys.readouterr()
    assert main(["children", str(target), "--recovery-code-file", str(code_file)]) == 0

    code_file.write_text("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH\n", encoding="utf-8")
    capsys.readouterr()
    assert restore_with_code(made[0], tmp_path / "x.kcv", code_file) == 3
    assert err_lines(capsys)[1] == [WrongRecoveryCode().message_nl]


def test_audit_lists_unlock_and_view_and_verifies(
    demo_vault: Made, capsys: pytest.CaptureFixture[str]
) -> None:
    child = children_json(demo_vault.path, capsys)[0]
    # `audit --child` resolves a unique id prefix, as shown by `children`.
    assert main(["audit", str(demo_vault.path), "--child", str(child["id"])[:8]]) == 0
    capsys.readouterr()
    assert main(["erase", str(demo_vault.path), "--child", str(child["id"])]) == 2  # no --yes
    capsys.readouterr()
    assert main(["audit", str(demo_vault.path), "--json"]) == 0
    events = json.loads(capsys.readouterr().out)
    kinds = {e["kind"] for e in events}
    assert {"unlock", "lock", "create"} <= kinds
    assert main(["audit", str(demo_vault.path), "--verify"]) == 0
    out, _ = err_lines(capsys)
    assert "Auditlog in orde" in out
    # The log never holds names.
    assert str(child["family_name"]) not in json.dumps(events, ensure_ascii=False)


def test_audit_shows_a_view_after_a_report_like_read(
    demo_vault: Made, capsys: pytest.CaptureFixture[str]
) -> None:
    from kansencirkel.vault.vault import Vault

    child_id = str(children_json(demo_vault.path, capsys)[0]["id"])
    member = Vault.members(demo_vault.path)[0]
    with Vault.open(demo_vault.path, member.id, TEST_PASSPHRASE) as vault:
        vault.repos.children.case_file(child_id)
    capsys.readouterr()
    assert main(["audit", str(demo_vault.path), "--child", child_id, "--json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert [e["kind"] for e in events if e["child_id"] == child_id][-1] == "view"


def test_erase_removes_a_child(demo_vault: Made, capsys: pytest.CaptureFixture[str]) -> None:
    rows = children_json(demo_vault.path, capsys)
    victim = str(rows[0]["id"])
    assert main(["erase", str(demo_vault.path), "--child", victim, "--yes"]) == 0
    out, _ = err_lines(capsys)
    assert "volledig gewist" in out
    after = children_json(demo_vault.path, capsys)
    assert victim not in {c["id"] for c in after} and len(after) == len(rows) - 1
    assert main(["erase", str(demo_vault.path), "--child", victim, "--yes"]) == 1
    err = err_lines(capsys)[1]
    assert len(err) == 1 and victim in err[0]  # one sentence naming the id


def test_children_status_filter_and_table(
    demo_vault: Made, capsys: pytest.CaptureFixture[str]
) -> None:
    everyone = children_json(demo_vault.path, capsys)
    assert main(["children", str(demo_vault.path), "--json", "--status", "actief"]) == 0
    active = json.loads(capsys.readouterr().out)
    assert {c["status"] for c in active} <= {"actief"}
    assert len(active) == sum(1 for c in everyone if c["status"] == "actief")
    assert main(["children", str(demo_vault.path)]) == 0
    out = capsys.readouterr().out
    assert f"{len(everyone)} kinderen." in out and str(everyone[0]["given_name"]) in out


def test_damaged_key_file_exit_4(demo_vault: Made, capsys: pytest.CaptureFixture[str]) -> None:
    keys = demo_vault.path.with_name(demo_vault.path.name + ".keys")
    for p in demo_vault.path.parent.glob(demo_vault.path.name + ".keys*"):
        p.write_text("{ kapot", encoding="utf-8")
    assert keys.exists()
    capsys.readouterr()
    assert main(["vault", "check", str(demo_vault.path)]) == 4
    _, err = err_lines(capsys)
    assert err == [VaultDamaged().message_nl]


def test_missing_vault_is_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["children", str(tmp_path / "nergens.kcv")]) == 1
    err = err_lines(capsys)[1]
    assert len(err) == 1 and str(tmp_path / "nergens.kcv") in err[0]


def test_init_refuses_an_existing_vault_and_taken_code_file(
    empty_vault: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digests(tmp_path)
    assert main(["vault", "init", str(empty_vault.path), "--team", "X", "--member", "Y"]) == 1
    existing = tmp_path / "team-herstelcode.txt"
    assert (
        main(
            [
                "vault",
                "init",
                str(tmp_path / "nieuw.kcv"),
                "--team",
                "X",
                "--member",
                "Y",
                "--recovery-code-file",
                str(existing),
            ]
        )
        == 1
    )
    assert digests(tmp_path) == before  # nothing created, nothing overwritten


def test_passwd_then_old_passphrase_fails(
    empty_vault: Made,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    new_file = tmp_path / "nieuw.txt"
    new_file.write_text("een heel nieuw wachtwoord\n", encoding="utf-8")
    assert (
        main(
            [
                "vault",
                "passwd",
                str(empty_vault.path),
                "--member",
                "test ib'er",
                "--new-passphrase-file",
                str(new_file),
            ]
        )
        == 0
    )
    assert main(["children", str(empty_vault.path)]) == 3
    assert main(["children", str(empty_vault.path), "--passphrase-file", str(new_file)]) == 0
    # Forgotten passphrase: the recovery code sets a new one.
    code = tmp_path / "code.txt"
    code.write_text(empty_vault.recovery_code, encoding="utf-8")
    monkeypatch.setenv("KANSENCIRKEL_NEW_PASSPHRASE", TEST_PASSPHRASE)
    assert main(["vault", "passwd", str(empty_vault.path), "--recovery-code-file", str(code)]) == 0
    assert main(["children", str(empty_vault.path)]) == 0


def test_member_choice_with_several_members(
    empty_vault: Made, capsys: pytest.CaptureFixture[str]
) -> None:
    from kansencirkel.core.enums import Role
    from kansencirkel.vault.vault import Vault

    member = Vault.members(empty_vault.path)[0]
    with Vault.open(empty_vault.path, member.id, TEST_PASSPHRASE) as vault:
        vault.keys.add_member("Şükrü Yılmaz", Role.LEERKRACHT, "ander wachtwoord")
    capsys.readouterr()
    assert main(["children", str(empty_vault.path)]) == 2
    assert "--member" in err_lines(capsys)[1][0]
    assert main(["children", str(empty_vault.path), "--member", TEST_MEMBER]) == 0
    assert main(["children", str(empty_vault.path), "--member", "Niemand"]) == 1


def test_unexpected_error_is_one_sentence_traceback_only_with_debug(
    demo_vault: Made, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kansencirkel.commands import children_cmd

    def boom(summary: object) -> dict[str, object]:
        raise RuntimeError("interne fout met geheime details")

    monkeypatch.setattr(children_cmd, "summary_json", boom)
    capsys.readouterr()
    assert main(["children", str(demo_vault.path), "--json"]) == 1
    _, err = err_lines(capsys)
    assert len(err) == 1 and "--debug" in err[0] and "geheime" not in err[0]
    assert main(["--debug", "children", str(demo_vault.path), "--json"]) == 1
    _, err = err_lines(capsys)
    assert any("Traceback" in ln for ln in err) and "geheime details" in "\n".join(err)


def test_demo_app_uses_a_throwaway_vault(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, object] = {}

    def fake_run_app(
        vault_path: Path | None, *, demo: bool = False, lang: str | None = None
    ) -> int:
        from kansencirkel.vault.vault import Vault

        assert vault_path is not None
        member = Vault.members(vault_path)[0]
        with Vault.open(vault_path, member.id, "demo") as vault:
            seen.update(
                demo=demo,
                is_demo=vault.info.is_demo,
                member=member.name,
                children=vault.repos.children.count(),
                folder=vault_path.parent,
            )
        return 0

    fake = types.ModuleType("kansencirkel.ui.app")
    fake.run_app = fake_run_app  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kansencirkel.ui.app", fake)
    assert main(["--demo"]) == 0
    assert seen["demo"] is True and seen["is_demo"] is True
    assert seen["member"] == "Demo IB'er" and seen["children"] == 25
    assert not Path(str(seen["folder"])).exists()  # removed on exit

    calls: list[tuple[Path | None, bool, str | None]] = []

    def record(vault_path: Path | None, *, demo: bool = False, lang: str | None = None) -> int:
        calls.append((vault_path, demo, lang))
        return 0

    fake.run_app = record  # type: ignore[attr-defined]
    assert main([]) == 0 and calls == [(None, False, None)]  # the saved language
    assert main(["--lang", "en"]) == 0 and calls[-1] == (None, False, "en")


def test_demo_into_existing_demo_vault_adds_more(
    demo_vault: Made, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", str(demo_vault.path), "--children", "4"]) == 0
    assert len(children_json(demo_vault.path, capsys)) == 12


def test_made_vault_helper_works(tmp_path: Path) -> None:
    made = make_vault(tmp_path, "x")
    assert made.path.exists() and len(made.recovery_code) >= 20
