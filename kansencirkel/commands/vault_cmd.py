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
    usage_error,
    vault_path_arg,
    warn_about_place,
)
from kansencirkel.commands.recovery import deliver_and_confirm, require_confirmable, told_where
from kansencirkel.core.enums import Role
from kansencirkel.core.i18n import N_, _, ngettext


def register(subparsers: Any) -> None:
    vault = subparsers.add_parser(
        "vault",
        help=_("kluis maken, controleren, reservekopie, terugzetten, wachtwoord"),
    )
    sub = vault.add_subparsers(dest="vault_command", metavar=_("OPDRACHT"), required=True)

    p = sub.add_parser("init", help=_("maak een nieuwe kluis"))
    add_vault_argument(p)
    p.add_argument(
        "--team",
        required=True,
        metavar=_("NAAM"),
        help=_("naam van het kernteam"),
    )
    p.add_argument(
        "--member",
        required=True,
        metavar=_("NAAM"),
        help=_("eerste teamlid (opent de kluis)"),
    )
    p.add_argument(
        "--role",
        default=Role.IB.value,
        choices=[r.value for r in Role],
        help=_("rol van dat teamlid (standaard ib)"),
    )
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

    p = sub.add_parser(
        "check",
        help=_("controleer versleuteling, opbouw en auditlog"),
    )
    add_vault_argument(p)
    add_unlock_arguments(p)
    p.set_defaults(func=run_check)

    p = sub.add_parser("backup", help=_("maak een versleutelde reservekopie"))
    add_vault_argument(p)
    p.add_argument(
        "--to",
        required=True,
        type=Path,
        metavar=_("MAP"),
        help=_("map voor de reservekopieën"),
    )
    p.add_argument(
        "--keep",
        type=int,
        default=10,
        metavar="N",
        help=_("bewaar de nieuwste N kopieën (standaard 10)"),
    )
    add_unlock_arguments(p)
    p.set_defaults(func=run_backup)

    p = sub.add_parser("restore", help=_("zet een reservekopie terug"))
    p.add_argument(
        "backup",
        type=Path,
        metavar="BACKUP",
        help=_("de reservekopie (.kcv)"),
    )
    p.add_argument(
        "--to",
        required=True,
        type=vault_path_arg,
        metavar="VAULT",
        help=_("de kluis die vervangen wordt"),
    )
    add_unlock_arguments(p)
    p.set_defaults(func=run_restore)

    p = sub.add_parser(
        "passwd",
        help=_("wijzig het wachtwoord van een teamlid"),
    )
    add_vault_argument(p)
    add_unlock_arguments(p)
    p.add_argument(
        "--new-passphrase-file",
        metavar=_("BESTAND"),
        help=_(
            "nieuw wachtwoord uit dit bestand; anders {variable} of een vraag",
            variable=ENV_NEW_PASSPHRASE,
        ),
    )
    p.set_defaults(func=run_passwd)


def run_init(args: argparse.Namespace) -> int:
    """Create a vault; it counts as created only once its recovery code was delivered:
    written and synced to ``--recovery-code-file``, or shown and confirmed on the terminal."""
    from kansencirkel.vault.errors import VaultExists
    from kansencirkel.vault.layout import State
    from kansencirkel.vault.lifecycle import require_not_a_wrong_path
    from kansencirkel.vault.vault import Vault

    path, code_file = Path(args.vault), args.recovery_code_file
    require_not_a_wrong_path(path)  # a folder, or a vault's key file: say so
    found = Vault.state(path)
    if found is State.UNFINISHED and code_file is not None and code_file.exists():
        return _finish_unfinished(path, code_file)
    if found is State.PRESENT:
        raise VaultExists()
    require_confirmable(code_file)
    warn_about_place(path)
    passphrase = read_passphrase(args.passphrase_file, confirm=True)
    with Vault.create(
        path, args.team, args.member, Role(args.role), passphrase, kdf=creation_kdf()
    ) as new:
        if new.replaced_unfinished:
            echo(_("Een eerder begonnen, nooit afgemaakte kluis op deze plek is opgeruimd."))
        deliver_and_confirm(new.recovery_code, code_file)
        vault = new.commit()
    with vault:
        status = vault.keys.keyring_status
        echo(
            _(
                "Kluis gemaakt: {path} (team {team_name}, teamlid {name}).",
                path=vault.path,
                team_name=vault.info.team_name,
                name=vault.actor.name,
            )
        )
        if not status.available:
            echo(status.message.text())
    if code_file is not None:
        told_where(code_file)
    return 0


def _finish_unfinished(path: Path, code_file: Path) -> int:
    """A rerun after a crash that came after the code reached its file: finish that vault."""
    from kansencirkel.vault.errors import WrongPassphrase
    from kansencirkel.vault.vault import Vault

    try:
        kf = Vault.finish_unfinished(path, read_secret_file(code_file))
    except WrongPassphrase:  # the file holds something else: it is not this vault's code
        raise CliError(
            N_("Het bestand {path} bestaat al; kies een nieuw bestand voor de herstelcode."),
            path=code_file,
        ) from None
    echo(
        _(
            "Het maken van deze kluis was onderbroken nadat de herstelcode in {file} stond; "
            "de kluis is nu afgemaakt: {path} (team {team_name}, teamlid {name}).",
            file=code_file,
            path=path,
            team_name=kf.team_name,
            name=kf.members[0].name,
        )
    )
    told_where(code_file)
    return 0


def run_check(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        report = vault.check()
        children = vault.repos.children.count()
    yes, no = _("in orde"), _("NIET in orde")
    echo(_("Kluis: {vault}", vault=args.vault))
    echo(
        _("Versleuteling en opbouw: ")
        + (
            yes
            if not report.integrity_problems
            else f"{no} ({len(report.integrity_problems)} " + _("problemen)")
        )
    )
    echo(
        _("Schema: ")
        + (yes if report.schema_ok else no)
        + f" ({report.schema_revision or '-'} / {report.schema_head})"
    )
    echo(
        _("Auditlog: ")
        + (yes if report.audit_ok else no)
        + ngettext(
            " ({n} gebeurtenis gecontroleerd",
            " ({n} gebeurtenissen gecontroleerd",
            report.audit_checked,
        )
        + (
            _(
                ", eerste fout bij nr. {audit_first_bad_seq})",
                audit_first_bad_seq=report.audit_first_bad_seq,
            )
            if report.audit_first_bad_seq is not None
            else ")"
        )
    )
    echo(_("Kinderen: {children}", children=children))
    for repaired in report.keyfile_repaired:
        echo(repaired.text())
    echo(
        _("Sleutelbestand en reservekopie: ")
        + (yes if not report.keyfile_problems else f"{no} ({'; '.join(report.keyfile_problems)})")
    )
    if not report.ok:
        raise CliError(N_("De kluis is beschadigd; zet een reservekopie terug."), EXIT_DAMAGED)
    echo(_("De kluis is in orde."))
    return 0


def run_backup(args: argparse.Namespace) -> int:
    if args.keep < 1:
        raise usage_error(N_("--keep moet minstens 1 zijn."))
    with open_vault(args) as vault:
        target = vault.backup(Path(args.to), keep=args.keep)
    echo(_("Reservekopie gemaakt: {target}", target=target))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from kansencirkel.vault.vault import Vault

    backup = Path(args.backup)
    Vault.restore(backup, Path(args.to), **read_credentials(args, backup))
    echo(_("Reservekopie teruggezet naar {to}.", to=args.to))
    return 0


def _read_new_passphrase(args: argparse.Namespace) -> str:
    return read_passphrase(
        args.new_passphrase_file,
        env=ENV_NEW_PASSPHRASE,
        confirm=True,
        prompt=N_("Nieuw wachtwoord: "),
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
        old = read_passphrase(args.passphrase_file, prompt=N_("Huidig wachtwoord: "))
        new = _read_new_passphrase(args)
        with Vault.open(path, member.id, old) as vault:
            vault.keys.change_passphrase(member.id, old, new)
    echo(_("Het wachtwoord van {name} is gewijzigd.", name=member.name))
    return 0
