"""``kansencirkel erase VAULT --child ID --yes``: complete, logged, verified erasure of one
child's file.

Irreversible, so ``--yes`` is required; the audit log keeps only ids, never the content.
After the erasure every page of the vault and its -wal is decrypted in memory and searched
for the child (:mod:`kansencirkel.vault.erase_check`); a trace found is an error (exit 1).
Backups made while the child was in the vault still hold it: they are listed (from the audit
log, and from the backup folder: ``--backups``, else the app's folder) to be replaced.
"""

from __future__ import annotations

import argparse
import configparser
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kansencirkel.commands.common import (
    EXIT_ERROR,
    CliError,
    add_child_argument,
    add_unlock_arguments,
    add_vault_argument,
    echo,
    open_vault,
    resolve_child_id,
    usage_error,
)
from kansencirkel.core.dates import format_date
from kansencirkel.core.i18n import N_, _, ngettext
from kansencirkel.paths import default_backup_folder, user_config_dir

if TYPE_CHECKING:
    from kansencirkel.vault.erasure import ErasureReport


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "erase",
        help=_("wis het dossier van een kind volledig"),
    )
    add_vault_argument(p)
    add_child_argument(p)
    p.add_argument(
        "--yes",
        action="store_true",
        help=_("bevestig: wissen kan niet ongedaan worden gemaakt"),
    )
    p.add_argument(
        "--backups",
        type=Path,
        metavar="MAP",
        help=_("map met reservekopieën (standaard die van de app)"),
    )
    add_unlock_arguments(p)
    p.set_defaults(func=run)


def app_backup_folder() -> Path:
    """The backup folder the app uses on this computer: its setting, else its default."""
    ini = configparser.ConfigParser(interpolation=None)
    try:
        ini.read(user_config_dir() / "kansencirkel.ini", encoding="utf-8")
        folder = ini.get("backup", "folder", fallback="").strip()
    except (OSError, configparser.Error, UnicodeDecodeError):
        folder = ""
    if folder and "\\" not in folder and not folder.startswith("@"):  # Qt's own encodings
        return Path(folder)
    return default_backup_folder()


def check_lines(report: ErasureReport) -> list[str]:
    check = report.check
    lines = [
        _(
            "Controle: geen spoor van het kind gevonden in {db} pagina's van de kluis en {wal} "
            "van het logbestand.",
            db=check.db_pages,
            wal=check.wal_frames,
        )
    ]
    if check.audit_only_ids:
        lines.append(
            _(
                "Alleen het nummer van het dossier staat nog in het auditlog, zoals de wet "
                "vraagt (NEN 7513)."
            )
        )
    return lines


def backup_lines(report: ErasureReport, folder: Path) -> list[str]:
    if not report.backups:
        return [_("Er zijn geen eerdere reservekopieën waarin dit kind nog staat.")]
    lines = [
        ngettext(
            "{n} reservekopie is gemaakt toen het kind nog in de kluis stond en bevat het nog; "
            "maak een nieuwe reservekopie en verwijder deze oude:",
            "{n} reservekopieën zijn gemaakt toen het kind nog in de kluis stond en bevatten "
            "het nog; maak een nieuwe reservekopie en verwijder deze oude:",
            len(report.backups),
        )
    ]
    for backup in report.backups:
        where = "" if backup.in_folder else _(" (niet in {folder})", folder=folder)
        lines.append(f"  {backup.name}  {format_date(backup.made_at)}{where}")
    return lines


def run(args: argparse.Namespace) -> int:
    if not args.yes:
        raise usage_error(N_("Wissen kan niet ongedaan worden gemaakt; bevestig met --yes."))
    folder = Path(args.backups) if args.backups else app_backup_folder()
    with open_vault(args) as vault:
        child_id = resolve_child_id(vault, args.child)
        report = vault.erase_child(child_id, backup_folder=folder).value
    echo(
        _(
            "Het dossier {child_id} is volledig gewist en dat staat in het auditlog.",
            child_id=child_id,
        )
    )
    check = report.check
    if check.ok:
        for line in check_lines(report):
            echo(line)
    for line in backup_lines(report, folder):
        echo(line)
    if check.unreadable:
        raise CliError(
            N_(
                "De controle na het wissen kon {n} pagina's niet lezen en kan dus niet "
                "bevestigen dat er geen spoor van het kind over is; voer 'kansencirkel vault "
                "check' uit."
            ),
            EXIT_ERROR,
            n=check.unreadable,
        )
    if check.found:
        raise CliError(
            N_(
                "De controle na het wissen vond op {n} van de {total} pagina's nog sporen van "
                "het kind; geef de kluis niet door en neem contact op met de beheerder."
            ),
            EXIT_ERROR,
            n=len({(f.source, f.index) for f in check.found}),
            total=check.db_pages + check.wal_frames,
        )
    return 0
