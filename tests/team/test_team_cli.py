"""``kansencirkel team …`` on a real server: found, add, remove (key rotated), rotate, check."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kansencirkel.core import clock
from kansencirkel.core.enums import AuditKind, Role
from kansencirkel.vault.errors import VaultError
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.team import membership
from kansencirkel.vault.team.fields import FieldCipher, FieldUnreadable, sealed_key_id
from kansencirkel.vault.team.keyring_cipher import KeyRing
from tests.support.vaults import TEST_ACTOR
from tests.team.team_cli_support import FOUNDER_PASSPHRASE, NEW_PASSPHRASE, TeamCli


def _names(repos: Repositories) -> list[str]:
    return sorted(s.child.given_name for s in repos.children.summaries(clock.today()))


def _open(cli: TeamCli, name: str, passphrase: str) -> Repositories:
    return Repositories(membership.open_team(cli.profile(name), passphrase), TEST_ACTOR)


def test_a_new_member_opens_the_team_and_sees_the_first_members_child(cli: TeamCli) -> None:
    cli.init("juf")
    founder = _open(cli, "juf", FOUNDER_PASSPHRASE)
    founder.children.create("Sanne", "Fictief")
    code, err = cli.add("juf", "meester")
    assert code == 0, err
    colleague = _open(cli, "meester", NEW_PASSPHRASE)
    assert _names(colleague) == ["Sanne"]
    assert cli.profile("meester").login == cli.login("meester")


def test_a_members_role_is_what_the_administrator_gave(cli: TeamCli) -> None:
    """The app starts the assessment form from it and shows it in the status bar."""
    cli.init("juf")
    assert cli.add("juf", "meester", FOUNDER_PASSPHRASE, "--role", "leerkracht")[0] == 0
    assert cli.add("juf", "coach")[0] == 0  # not given: "anders", never a guess
    found = {}
    for name, passphrase in (("juf", FOUNDER_PASSPHRASE), ("meester", NEW_PASSPHRASE)):
        profile = cli.profile(name)
        engine = membership.open_team(profile, passphrase)
        try:
            found[name] = membership.member_of(engine, profile.login).role
            if name == "juf":
                found["coach"] = membership.member_of(engine, cli.login("coach")).role
        finally:
            engine.dispose()
    assert found == {"juf": Role.IB, "meester": Role.LEERKRACHT, "coach": Role.ANDERS}
    # The coach turns out to be the CJG-coach: the administrator gives the role afterwards.
    code, out, err = cli.run(
        "team", "member", "role", "--team", str(cli.folder / "juf.kcteam"), *cli.server,
        "--login", cli.login("coach"), "--role", "cjg_coach",
    )  # fmt: skip
    assert code == 0, err
    assert "cjg_coach" in out
    engine = membership.open_team(cli.profile("juf"), FOUNDER_PASSPHRASE)
    try:
        assert membership.member_of(engine, cli.login("coach")).role is Role.CJG_COACH
        repos = Repositories(engine, TEST_ACTOR)
        [changed] = [e for e in repos.audit.entries() if e.kind is AuditKind.CHANGE]
        assert (changed.record_type, changed.record_id) == ("member", cli.login("coach"))
    finally:
        engine.dispose()
    code, _out, err = cli.run(
        "team", "member", "role", "--team", str(cli.folder / "juf.kcteam"), *cli.server,
        "--login", cli.login("nobody"), "--role", "ib",
    )  # fmt: skip
    assert code == 1 and err.strip().endswith(
        f"{cli.login('nobody')} is geen teamlid van dit team."
    )


def test_removing_a_member_ends_their_login_and_their_old_key_opens_nothing_new(
    cli: TeamCli,
) -> None:
    cli.init("juf")
    assert cli.add("juf", "meester")[0] == 0
    founder = _open(cli, "juf", FOUNDER_PASSPHRASE)
    founder.children.create("Sanne", "Fictief")
    leaving = membership.open_team(cli.profile("meester"), NEW_PASSPHRASE)
    old_ring = membership.key_ring_of(leaving)
    old_key = FieldCipher(old_ring.team_id, old_ring.current_key)
    held = leaving.connect()  # a session of the leaving member, open during the removal

    code, _out, err = cli.run(
        "team", "member", "remove", "--team", str(cli.folder / "juf.kcteam"), *cli.server,
        "--login", cli.login("meester"),
    )  # fmt: skip
    assert code == 0, err

    with pytest.raises(VaultError):
        membership.open_team(cli.profile("meester"), NEW_PASSPHRASE)
    with pytest.raises(Exception):  # noqa: B017 - the server ended this session
        held.exec_driver_sql("SELECT 1").all()
    leaving.dispose()

    founder = _open(cli, "juf", FOUNDER_PASSPHRASE)
    founder.children.create("Na", "Verwijdering")
    with cli.admin().connect() as conn:
        sealed = [r[0] for r in conn.exec_driver_sql("SELECT given_name FROM children")]
        audit_keys = {
            sealed_key_id(r[0]) for r in conn.exec_driver_sql("SELECT actor FROM audit_events")
        }
    for text in sealed:  # every child, old and new, now under the new key
        with pytest.raises(FieldUnreadable):
            old_key.open(text, table="children", column="given_name")
    assert len(audit_keys) == 2  # the audit rows of before stay under the old key
    assert _names(founder) == ["Na", "Sanne"]
    assert founder.audit.verify_chain().ok
    entries = founder.audit.entries()
    assert {e.actor for e in entries if e.record_type != "member"} == {TEST_ACTOR.name}
    # Adding and removing were logged as the member whose passphrase made the change.
    assert [(e.kind, e.actor) for e in entries if e.record_type == "member"] == [
        (AuditKind.CREATE, "Juf Fictief"),
        (AuditKind.DELETE, "Juf Fictief"),
    ]


def test_rotating_keeps_everything_readable_and_check_passes(cli: TeamCli) -> None:
    cli.init("juf")
    founder = _open(cli, "juf", FOUNDER_PASSPHRASE)
    founder.children.create(
        "Sanne", "Fictief", date_of_birth=clock.today() - timedelta(days=8 * 365)
    )
    before = membership.key_ring_of(founder.engine).current
    team = ["--team", str(cli.folder / "juf.kcteam")]
    assert cli.run("team", "rotate-key", *team, *cli.server)[0] == 0
    founder = _open(cli, "juf", FOUNDER_PASSPHRASE)
    ring: KeyRing = membership.key_ring_of(founder.engine)
    assert ring.current != before and before in ring.keys
    rotated = founder.audit.entries()[-1]
    assert (rotated.kind, rotated.record_type, rotated.actor) == (
        AuditKind.KEY_CHANGE,
        "team",
        "Juf Fictief",
    )
    assert _names(founder) == ["Sanne"]
    assert founder.audit.verify_chain().ok
    code, out, err = cli.run("team", "check", *team)
    assert code == 0, out + err
    assert "in orde" in out


def test_apps_open_during_a_removal_seal_with_the_new_key_at_once(cli: TeamCli) -> None:
    """Two colleagues have the app open while a third is removed: from their next
    transaction on they seal with the new key (not the one the removed member holds) and
    read what the other seals with it, without unlocking again."""
    cli.init("juf")
    assert cli.add("juf", "meester")[0] == 0
    assert cli.add("juf", "weg")[0] == 0
    founder = _open(cli, "juf", FOUNDER_PASSPHRASE)
    colleague = _open(cli, "meester", NEW_PASSPHRASE)
    founder.children.create("Sanne", "Fictief")
    assert _names(colleague) == ["Sanne"]
    leaving = membership.key_ring_of(membership.open_team(cli.profile("weg"), NEW_PASSPHRASE))
    old_key = FieldCipher(leaving.team_id, leaving.current_key)
    code, _out, err = cli.run(
        "team", "member", "remove", "--team", str(cli.folder / "juf.kcteam"), *cli.server,
        "--login", cli.login("weg"),
    )  # fmt: skip
    assert code == 0, err
    kim = founder.children.create("Kim", "Jansen").value  # the same open engines as before
    colleague.children.update(kim.id, school="OBS De Linde")
    assert _names(colleague) == ["Kim", "Sanne"] and _names(founder) == ["Kim", "Sanne"]
    assert founder.children.get(kim.id).school == "OBS De Linde"
    with cli.admin().connect() as conn:
        stored = conn.exec_driver_sql(
            "SELECT given_name, school FROM children WHERE id = %(id)s", {"id": kim.id}
        ).one()
    current = membership.key_ring_of(founder.engine).current
    assert (
        current != leaving.current and membership.key_ring_of(colleague.engine).current == current
    )
    for text, column in zip(stored, ("given_name", "school"), strict=True):
        assert sealed_key_id(text) == current
        with pytest.raises(FieldUnreadable):
            old_key.open(text, table="children", column=column)
    # The team's own changes are in its log, by who made them, never a passphrase or key.
    events = [(e.kind, e.record_type, e.record_id) for e in founder.audit.entries()]
    assert (AuditKind.CREATE, "member", cli.login("meester")) in events
    assert (AuditKind.DELETE, "member", cli.login("weg")) in events
    assert founder.audit.verify_chain().ok
    for repos in (founder, colleague):
        repos.engine.dispose()


def test_check_finds_a_tampered_sealed_value(cli: TeamCli) -> None:
    cli.init("juf")
    founder = _open(cli, "juf", FOUNDER_PASSPHRASE)
    founder.children.create("Sanne", "Fictief")
    with cli.admin().begin() as conn:  # a name moved to another column fails to open
        conn.exec_driver_sql("UPDATE children SET school = given_name")
    code, out, err = cli.run("team", "check", "--team", str(cli.folder / "juf.kcteam"))
    assert code == 4, out + err
    assert "children.school" in out


def test_check_finds_a_broken_audit_chain(cli: TeamCli) -> None:
    cli.init("juf")
    founder = _open(cli, "juf", FOUNDER_PASSPHRASE)
    founder.children.create("Sanne", "Fictief")
    with cli.admin().begin() as conn:  # only a superuser past the append-only triggers
        conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
        conn.exec_driver_sql("UPDATE audit_events SET record_type = 'meeting' WHERE seq = 1")
    code, out, err = cli.run("team", "check", "--team", str(cli.folder / "juf.kcteam"))
    assert code == 4, out + err
    assert "Auditlog: NIET in orde" in out


def test_a_wrong_passphrase_is_exit_3(cli: TeamCli) -> None:
    cli.init("juf")
    code, err = cli.add("juf", "meester", passphrase="niet het goede wachtwoord hoor")
    assert code == 3, err
    code, _out, err = cli.run(
        "team", "check", "--team", str(cli.folder / "juf.kcteam"), passphrase="fout fout fout"
    )
    assert code == 3, err


def test_an_unknown_ca_is_one_sentence(cli: TeamCli) -> None:
    other = cli.database.cluster.other_ca_file()
    server = [*cli.server[:2], "--ca", str(other)]
    code, _out, err = cli.run(
        "team", "init", *server, "--login", cli.login("juf"), "--name", "Juf",
        "--out", str(cli.folder / "juf.kcteam"),
        "--recovery-code-file", str(cli.folder / "herstel.txt"),
    )  # fmt: skip
    assert code == 1
    assert err.strip().splitlines()[-1].startswith("Het certificaat van de teamserver")
    assert not (cli.folder / "juf.kcteam").exists()


def test_an_existing_out_file_is_refused_before_anything_happens(cli: TeamCli) -> None:
    out = cli.folder / "juf.kcteam"
    out.write_text("iets anders", encoding="utf-8")
    code, _out, err = cli.run(
        "team", "init", *cli.server, "--login", cli.login("juf"), "--name", "Juf",
        "--out", str(out), "--recovery-code-file", str(cli.folder / "herstel.txt"),
    )  # fmt: skip
    assert code == 1
    assert "bestaat al" in err.strip().splitlines()[-1]
    assert out.read_text(encoding="utf-8") == "iets anders"
    assert not (cli.folder / "herstel.txt").exists()


def test_a_foreign_team_file_is_exit_5(cli: TeamCli) -> None:
    foreign = cli.folder / "x.kcteam"
    foreign.write_text('{"vault_id": "1"}', encoding="utf-8")
    code, _out, err = cli.run("team", "check", "--team", str(foreign))
    assert code == 5, err


def test_no_team_option_takes_a_password_and_the_server_url_carries_none(cli: TeamCli) -> None:
    import argparse

    from kansencirkel.cli import build_parser

    options: list[str] = []

    def walk(parser: argparse.ArgumentParser) -> None:
        for action in parser._actions:
            options.extend(action.option_strings)
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    walk(sub)

    walk(build_parser())
    secret = [o for o in options if "pass" in o or "code" in o]
    assert "--admin-password-file" in secret and all(o.endswith("-file") for o in secret)
    server = cli.server[1].replace("@", ":geheim@", 1)
    code, _out, err = cli.run(
        "team", "init", "--server", server, *cli.server[2:], "--login", cli.login("juf"),
        "--name", "Juf", "--out", str(cli.folder / "juf.kcteam"),
        "--recovery-code-file", str(cli.folder / "herstel.txt"),
    )  # fmt: skip
    assert code == 2 and "geheim" not in err


def test_upgrade_brings_an_older_server_to_this_apps_version(cli: TeamCli) -> None:
    """After an update of the app the members are refused in one sentence that names the
    fix; the administrator's ``team upgrade`` migrates the server, the team's data and
    audit chain intact, and a second run says there is nothing to do."""
    from alembic import command

    from kansencirkel.vault.schema import alembic_config, head_revision

    cli.init("juf")
    founder = _open(cli, "juf", FOUNDER_PASSPHRASE)
    founder.children.create("Sanne", "Fictief")
    founder.engine.dispose()
    admin = cli.admin()
    with admin.begin() as conn:  # the server as the previous release left it
        command.downgrade(alembic_config(conn), "0008")
    admin.dispose()
    with pytest.raises(VaultError) as refused:
        membership.open_team(cli.profile("juf"), FOUNDER_PASSPHRASE)
    assert "kansencirkel team upgrade" in str(refused.value)

    code, out, err = cli.run("team", "upgrade", *cli.server)
    assert code == 0, err
    assert f"van versie 0008 naar {head_revision()}" in out
    again = _open(cli, "juf", FOUNDER_PASSPHRASE)
    again.on_behalf_of = "OBS De Linde"  # the new field, written and chained on the server
    again.children.create("Kim", "Fictief")
    assert _names(again) == ["Kim", "Sanne"]
    assert again.audit.entries()[-1].on_behalf_of == "OBS De Linde"
    again.engine.dispose()
    code, out, err = cli.run("team", "check", "--team", str(cli.folder / "juf.kcteam"))
    assert code == 0, out + err
    code, out, _err = cli.run("team", "upgrade", *cli.server)
    assert code == 0 and "al bij" in out
