"""``kansencirkel team init|member add|member remove|rotate-key|check|upgrade``: a team store
on a PostgreSQL server, administered headless by the school's IT (issue #15, DESIGN §8c).

Every command but ``check`` needs the administrator's connection (``--server``, ``--ca``)
and, except ``init`` and ``upgrade``, the passphrase of a member (``--team`` names that
member's profile): the administrator alone can read nothing, a member alone cannot create
logins.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kansencirkel.commands.common import (
    ENV_NEW_PASSPHRASE,
    EXIT_DAMAGED,
    CliError,
    add_passphrase_file_argument,
    creation_kdf,
    echo,
    read_passphrase,
)
from kansencirkel.commands.team_admin import (
    add_new_passphrase_argument,
    add_server_arguments,
    add_team_argument,
    admin_engine,
    check_new_profile,
    log_team_change,
    login_arg,
    read_team,
    write_profile,
)
from kansencirkel.core.enums import AuditKind, Role
from kansencirkel.core.i18n import N_, _, ngettext

TEAM_DAMAGED = N_("De gegevens van dit team op de teamserver zijn beschadigd.")


def register(subparsers: Any) -> None:
    team = subparsers.add_parser(
        "team", help=_("teamserver: team maken, teamleden, sleutel vernieuwen, controleren")
    )
    sub = team.add_subparsers(dest="team_command", metavar=_("OPDRACHT"), required=True)

    p = sub.add_parser("init", help=_("maak een team op de teamserver met het eerste teamlid"))
    add_server_arguments(p)
    _login_and_name(p, _("login van het eerste teamlid"), Role.IB)
    _out(p)
    add_passphrase_file_argument(p)
    p.add_argument(
        "--recovery-code-file",
        type=Path,
        metavar=_("BESTAND"),
        help=_(
            "schrijf de herstelcode naar dit nieuwe bestand in plaats van hem te tonen en te "
            "laten bevestigen (nodig zonder terminal)"
        ),
    )
    p.set_defaults(func=run_init)

    member = sub.add_parser("member", help=_("teamleden toevoegen of verwijderen"))
    msub = member.add_subparsers(dest="member_command", metavar=_("OPDRACHT"), required=True)
    p = msub.add_parser("add", help=_("voeg een teamlid toe"))
    add_team_argument(p)
    add_server_arguments(p)
    _login_and_name(p, _("login van het nieuwe teamlid"))
    _out(p)
    add_new_passphrase_argument(p)
    p.set_defaults(func=run_member_add)

    p = msub.add_parser(
        "remove", help=_("verwijder een teamlid en vernieuw de sleutel van het team")
    )
    add_team_argument(p)
    add_server_arguments(p)
    p.add_argument(
        "--login", required=True, type=login_arg, help=_("login van het teamlid dat weggaat")
    )
    p.set_defaults(func=run_member_remove)

    p = msub.add_parser("role", help=_("geef een teamlid een andere rol"))
    add_team_argument(p)
    add_server_arguments(p)
    p.add_argument("--login", required=True, type=login_arg, help=_("login van het teamlid"))
    p.add_argument("--role", required=True, choices=[r.value for r in Role], help=_("de rol"))
    p.set_defaults(func=run_member_role)

    p = sub.add_parser(
        "rotate-key", help=_("vernieuw de sleutel van het team zonder iemand te verwijderen")
    )
    add_team_argument(p)
    add_server_arguments(p)
    p.set_defaults(func=run_rotate)

    p = sub.add_parser(
        "check", help=_("controleer inrichting, auditlog en versleutelde velden als teamlid")
    )
    add_team_argument(p)
    p.set_defaults(func=run_check)

    p = sub.add_parser(
        "upgrade", help=_("werk de teamserver bij naar deze versie van de app (als beheerder)")
    )
    add_server_arguments(p)
    p.set_defaults(func=_run_upgrade)

    from kansencirkel.commands.team_data import register_data_commands

    register_data_commands(sub)


def _login_and_name(
    parser: argparse.ArgumentParser, login_help: str, default_role: Role = Role.ANDERS
) -> None:
    parser.add_argument("--login", required=True, type=login_arg, help=login_help)
    parser.add_argument(
        "--name",
        required=True,
        metavar=_("NAAM"),
        help=_("naam van het teamlid zoals het team hem ziet"),
    )
    parser.add_argument(
        "--role",
        default=default_role.value,
        choices=[r.value for r in Role],
        help=_("rol van dat teamlid (standaard {role})", role=default_role.value),
    )


def _out(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar=_("BESTAND"),
        help=_("nieuw teamprofiel (.kcteam) voor dit teamlid"),
    )


def run_init(args: argparse.Namespace) -> int:
    from kansencirkel.commands.recovery import deliver_and_confirm, require_confirmable, told_where
    from kansencirkel.vault.team import membership

    out = Path(args.out)
    check_new_profile(out)
    require_confirmable(args.recovery_code_file)
    with admin_engine(args) as (engine, address):
        passphrase = read_passphrase(args.passphrase_file, confirm=True)
        founded = membership.found_team(
            engine,
            address,
            login=args.login,
            member_name=args.name,
            member_role=Role(args.role),
            passphrase=passphrase,
            kdf=creation_kdf(),
            deliver=lambda code: deliver_and_confirm(code, args.recovery_code_file),
        )
    write_profile(out, founded.profile)
    echo(_("Team gemaakt met teamlid {login}; teamprofiel: {path}.", login=args.login, path=out))
    if args.recovery_code_file is not None:
        told_where(args.recovery_code_file)
    return 0


def run_member_add(args: argparse.Namespace) -> int:
    import dataclasses

    from kansencirkel.vault.team import members, membership, roles

    out = Path(args.out)
    check_new_profile(out)
    profile = read_team(args)
    passphrase = read_passphrase(args.passphrase_file)
    new_passphrase = read_passphrase(
        args.new_passphrase_file,
        env=ENV_NEW_PASSPHRASE,
        confirm=True,
        prompt=N_("Wachtwoord van het nieuwe teamlid: "),
    )
    with admin_engine(args) as (engine, _address), engine.begin() as conn:
        ring = membership.load_ring(conn, profile, passphrase)
        if roles.login_exists(conn, args.login):
            raise CliError(N_("De login {login} bestaat al op deze server."), login=args.login)
        members.add_holder(
            conn,
            ring,
            login=args.login,
            name=args.name,
            role=Role(args.role),
            passphrase=new_passphrase,
            kdf=profile.kdf,
        )
    write_profile(out, dataclasses.replace(profile, login=args.login))
    log_team_change(profile, passphrase, AuditKind.CREATE, "member", args.login)
    echo(_("Teamlid {login} toegevoegd; teamprofiel: {path}.", login=args.login, path=out))
    return 0


def run_member_role(args: argparse.Namespace) -> int:
    from kansencirkel.vault.team import members, membership

    profile = read_team(args)
    passphrase = read_passphrase(args.passphrase_file)
    with admin_engine(args) as (engine, _address), engine.begin() as conn:
        ring = membership.load_ring(conn, profile, passphrase)
        if not members.is_member(conn, profile.team_id, args.login):
            raise CliError(N_("{login} is geen teamlid van dit team."), login=args.login)
        members.set_role(conn, ring, args.login, Role(args.role))
    log_team_change(profile, passphrase, AuditKind.CHANGE, "member", args.login)
    echo(_("Teamlid {login} heeft nu de rol {role}.", login=args.login, role=args.role))
    return 0


def run_member_remove(args: argparse.Namespace) -> int:
    from kansencirkel.vault.team import members, membership

    profile = read_team(args)
    if args.login == profile.login:
        raise CliError(N_("Je kunt jezelf niet verwijderen; laat een ander teamlid dit doen."))
    passphrase = read_passphrase(args.passphrase_file)
    with admin_engine(args) as (engine, _address), engine.begin() as conn:
        ring = membership.load_ring(conn, profile, passphrase)
        if not members.is_member(conn, profile.team_id, args.login):
            raise CliError(N_("{login} is geen teamlid van dit team."), login=args.login)
        members.remove_member(conn, ring, args.login)
    log_team_change(profile, passphrase, AuditKind.DELETE, "member", args.login)
    echo(
        _(
            "Teamlid {login} verwijderd; het team heeft een nieuwe sleutel.",
            login=args.login,
        )
    )
    return 0


def run_rotate(args: argparse.Namespace) -> int:
    from kansencirkel.vault.team import members, membership

    profile = read_team(args)
    passphrase = read_passphrase(args.passphrase_file)
    with admin_engine(args) as (engine, _address), engine.begin() as conn:
        members.rotate(conn, membership.load_ring(conn, profile, passphrase))
    log_team_change(profile, passphrase, AuditKind.KEY_CHANGE, "team", profile.team_id)
    echo(_("Het team heeft een nieuwe sleutel; alle gegevens zijn ermee opnieuw versleuteld."))
    return 0


def _run_upgrade(args: argparse.Namespace) -> int:
    from kansencirkel.commands.team_check import run_upgrade

    return run_upgrade(args)


def run_check(args: argparse.Namespace) -> int:
    from kansencirkel.commands.team_check import check_team

    report = check_team(read_team(args), read_passphrase(args.passphrase_file))
    yes, no = _("in orde"), _("NIET in orde")
    echo(_("Schema: ") + (yes if report.schema_ok else no))
    echo(_("Beveiliging per team (RLS): ") + (yes if not report.rls_problems else no))
    for table in report.rls_problems:
        echo("  " + table)
    echo(
        _("Auditlog: ")
        + (yes if report.audit_ok else no)
        + ngettext(
            " ({n} gebeurtenis gecontroleerd",
            " ({n} gebeurtenissen gecontroleerd",
            report.audit_checked,
        )
        + ")"
    )
    echo(_("Versleutelde velden: ") + (yes if not report.unreadable else no))
    for place in sorted(set(report.unreadable)):
        echo("  " + place)
    if not report.audit_ok or report.unreadable:
        raise CliError(
            N_("De gegevens van dit team op de teamserver zijn beschadigd."), EXIT_DAMAGED
        )
    if not report.schema_ok or report.rls_problems:
        raise CliError(N_("De teamserver is niet ingericht zoals Kansencirkel vraagt."))
    echo(_("Het team is in orde."))
    return 0
