"""``kansencirkel vault init|check|backup|restore|passwd``: creating and looking after a vault."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kansencirkel.commands.common import (
    ENV_NEW_PASSPHRASE,
    EXIT_DAMAGED,
    CliError,
    add_passphrase_file_argument,
    add_unlock_arguments,
    add_vault_argument,
    choose_member,
    creation_kdf,
    echo,
    open_vault,
    read_credentials,
    read_passphrase,
    read_secret_file,
    require_vault_files,
    say,
    usage_error,
)
from kansencirkel.commands.recovery import check_recovery_code_target, deliver_recovery_code
from kansencirkel.core.enums import Role


def register(subparsers: Any) -> None:
    vault = subparsers.add_parser(
        "vault",
        help=say(
            "kluis maken, controleren, reservekopie, terugzetten, wachtwoord",
            "create, check, back up, restore a vault; change a passphrase",
        ),
    )
    sub = vault.add_subparsers(
        dest="vault_command", metavar=say("OPDRACHT", "COMMAND"), required=True
    )

    p = sub.add_parser("init", help=say("maak een nieuwe kluis", "create a new vault"))
    add_vault_argument(p)
    p.add_argument(
        "--team",
        required=True,
        metavar=say("NAAM", "NAME"),
        help=say("naam van het kernteam", "name of the kernteam"),
    )
    p.add_argument(
        "--member",
        required=True,
        metavar=say("NAAM", "NAME"),
        help=say("eerste teamlid (opent de kluis)", "first team member"),
    )
    p.add_argument(
        "--role",
        default=Role.IB.value,
        choices=[r.value for r in Role],
        help=say("rol van dat teamlid (standaard ib)", "that member's role (default ib)"),
    )
    add_passphrase_file_argument(p)
    p.add_argument(
        "--recovery-code-file",
        type=Path,
        metavar=say("BESTAND", "FILE"),
        help=say(
            "schrijf de herstelcode naar dit nieuwe bestand in plaats van hem te tonen",
            "write the recovery code to this new file instead of showing it",
        ),
    )
    p.set_defaults(func=run_init)

    p = sub.add_parser(
        "check",
        help=say(
            "controleer versleuteling, opbouw en auditlog",
            "check encryption, structure and audit log",
        ),
    )
    add_vault_argument(p)
    add_unlock_arguments(p)
    p.set_defaults(func=run_check)

    p = sub.add_parser(
        "backup", help=say("maak een versleutelde reservekopie", "make an encrypted backup")
    )
    add_vault_argument(p)
    p.add_argument(
        "--to",
        required=True,
        type=Path,
        metavar=say("MAP", "FOLDER"),
        help=say("map voor de reservekopieën", "folder for the backups"),
    )
    p.add_argument(
        "--keep",
        type=int,
        default=10,
        metavar="N",
        help=say(
            "bewaar de nieuwste N kopieën (standaard 10)", "keep the newest N copies (default 10)"
        ),
    )
    add_unlock_arguments(p)
    p.set_defaults(func=run_backup)

    p = sub.add_parser("restore", help=say("zet een reservekopie terug", "restore a backup"))
    p.add_argument(
        "backup",
        type=Path,
        metavar="BACKUP",
        help=say("de reservekopie (.kcv)", "the backup (.kcv)"),
    )
    p.add_argument(
        "--to",
        required=True,
        type=Path,
        metavar="VAULT",
        help=say("de kluis die vervangen wordt", "the vault to replace"),
    )
    add_unlock_arguments(p)
    p.set_defaults(func=run_restore)

    p = sub.add_parser(
        "passwd",
        help=say("wijzig het wachtwoord van een teamlid", "change a team member's passphrase"),
    )
    add_vault_argument(p)
    add_unlock_arguments(p)
    p.add_argument(
        "--new-passphrase-file",
        metavar=say("BESTAND", "FILE"),
        help=say(
            f"nieuw wachtwoord uit dit bestand; anders {ENV_NEW_PASSPHRASE} of een vraag",
            f"new passphrase from this file; otherwise {ENV_NEW_PASSPHRASE} or a prompt",
        ),
    )
    p.set_defaults(func=run_passwd)


def run_init(args: argparse.Namespace) -> int:
    from kansencirkel.vault.vault import Vault

    check_recovery_code_target(args.recovery_code_file)
    passphrase = read_passphrase(args.passphrase_file, confirm=True)
    vault, code = Vault.create(
        Path(args.vault),
        args.team,
        args.member,
        Role(args.role),
        passphrase,
        kdf=creation_kdf(),
    )
    with vault:
        status = vault.keys.keyring_status
        echo(
            say(
                f"Kluis gemaakt: {vault.path} (team {vault.info.team_name}, teamlid "
                f"{vault.actor.name}).",
                f"Vault created: {vault.path} (team "
                f"{vault.info.team_name}, member {vault.actor.name}).",
            )
        )
        if not status.available:
            echo(say(status.message_nl, status.message_en))
    deliver_recovery_code(code, args.recovery_code_file)
    return 0


def run_check(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        report = vault.check()
        children = vault.repos.children.count()
    yes, no = say("in orde", "ok"), say("NIET in orde", "NOT ok")
    echo(say(f"Kluis: {args.vault}", f"Vault: {args.vault}"))
    echo(
        say("Versleuteling en opbouw: ", "Encryption and structure: ")
        + (
            yes
            if not report.integrity_problems
            else f"{no} ({len(report.integrity_problems)} " + say("problemen)", "problems)")
        )
    )
    echo(
        say("Schema: ", "Schema: ")
        + (yes if report.schema_ok else no)
        + f" ({report.schema_revision or '-'} / {report.schema_head})"
    )
    echo(
        say("Auditlog: ", "Audit log: ")
        + (yes if report.audit_ok else no)
        + say(
            f" ({report.audit_checked} gebeurtenissen gecontroleerd",
            f" ({report.audit_checked} events checked",
        )
        + (
            say(
                f", eerste fout bij nr. {report.audit_first_bad_seq})",
                f", first bad at no. {report.audit_first_bad_seq})",
            )
            if report.audit_first_bad_seq is not None
            else ")"
        )
    )
    echo(say(f"Kinderen: {children}", f"Children: {children}"))
    if not report.ok:
        raise CliError(
            "De kluis is beschadigd; zet een reservekopie terug.",
            "The vault is damaged; restore a backup.",
            EXIT_DAMAGED,
        )
    echo(say("De kluis is in orde.", "The vault is ok."))
    return 0


def run_backup(args: argparse.Namespace) -> int:
    if args.keep < 1:
        raise usage_error("--keep moet minstens 1 zijn.", "--keep must be at least 1.")
    with open_vault(args) as vault:
        target = vault.backup(Path(args.to), keep=args.keep)
    echo(say(f"Reservekopie gemaakt: {target}", f"Backup made: {target}"))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from kansencirkel.vault.vault import Vault

    backup = Path(args.backup)
    Vault.restore(backup, Path(args.to), **read_credentials(args, backup))
    echo(say(f"Reservekopie teruggezet naar {args.to}.", f"Backup restored to {args.to}."))
    return 0


def _read_new_passphrase(args: argparse.Namespace) -> str:
    return read_passphrase(
        args.new_passphrase_file,
        env=ENV_NEW_PASSPHRASE,
        confirm=True,
        prompt_nl="Nieuw wachtwoord: ",
        prompt_en="New passphrase: ",
    )


def run_passwd(args: argparse.Namespace) -> int:
    from kansencirkel.vault.vault import Vault

    path = Path(args.vault)
    require_vault_files(path)
    member = choose_member(path, args.member)
    if args.recovery_code_file is not None:
        # Forgotten passphrase: the recovery code may set a new one without the old.
        code = read_secret_file(args.recovery_code_file)
        new = _read_new_passphrase(args)
        with Vault.open_with_recovery(path, code) as vault:
            vault.keys.reset_passphrase(member.id, new)
    else:
        old = read_passphrase(
            args.passphrase_file, prompt_nl="Huidig wachtwoord: ", prompt_en="Current passphrase: "
        )
        new = _read_new_passphrase(args)
        with Vault.open(path, member.id, old) as vault:
            vault.keys.change_passphrase(member.id, old, new)
    echo(
        say(
            f"Het wachtwoord van {member.name} is gewijzigd.",
            f"The passphrase of {member.name} has been changed.",
        )
    )
    return 0
