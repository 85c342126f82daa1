"""``kansencirkel import VAULT --in FILE.json|FILE.csv|FILE.kcx``: bring one exported child
file, a spreadsheet of children and metingen, or a sealed hand-over (:mod:`.import_kcx`) into
a vault (chosen by the file's suffix).

The file is read in full and checked in full before the vault is opened: bytes, JSON, shape
(:mod:`kansencirkel.exchange.casefile_json`) and then, inside the vault's one transaction, the
rules every way in obeys (:mod:`kansencirkel.vault.validation`). A file with any problem is
refused whole (exit code 5) with every problem listed, and the vault is not changed.

A spreadsheet (``.csv``, :mod:`kansencirkel.exchange.csv_import`) is checked whole before the
vault is opened, then planned against the vault's children (matched by name and date of
birth); the plan's counts are printed, and unless ``--preview`` it is written all or nothing.

Demo and real data never mix: a file exported from a demo vault only goes into a demo vault,
and a real child's file never into a demo vault (whose passphrase is public).
"""

from __future__ import annotations

import argparse
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kansencirkel.commands.common import (
    EXIT_REJECTED,
    CliError,
    add_unlock_arguments,
    add_vault_argument,
    echo,
    error_message,
    open_vault,
    warn,
)
from kansencirkel.core.i18n import N_, _, ngettext

if TYPE_CHECKING:
    from kansencirkel.vault.validation import FileRejected

#: Problems listed one per line under the refusal; a file with more gets a count of the rest.
LISTED = 20

SOURCE_IS_A_FOLDER = N_("{source} is een map; geef het bestand zelf.")
SOURCE_NOT_A_FILE = N_("{source} is geen gewoon bestand.")
SOURCE_MISSING = N_("Het bestand {source} bestaat niet.")
SOURCE_UNREADABLE = N_("Het bestand {name} kan niet worden gelezen.")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "import",
        help=_("zet een geëxporteerd dossier in de kluis"),
    )
    add_vault_argument(p)
    p.add_argument(
        "--in",
        dest="source",
        required=True,
        type=Path,
        metavar=_("BESTAND"),
        help=_("het JSON-bestand van 'export', een spreadsheet (.csv) of een overdracht (.kcx)"),
    )
    p.add_argument(
        "--preview",
        action="store_true",
        help=_("toon alleen wat een spreadsheet of overdracht zou doen; schrijf niets"),
    )
    p.add_argument(
        "--code-file",
        type=Path,
        metavar=_("BESTAND"),
        help=_("lees de code van een overdracht (.kcx) uit dit bestand; anders een vraag"),
    )
    p.add_argument(
        "--keep",
        choices=("mine", "theirs"),
        help=_("bij conflicten in een overdracht: houd deze kluis (mine) of neem de overdracht"),
    )
    add_unlock_arguments(p)
    p.set_defaults(func=run)


def read_source(source: Path, limit: int) -> bytes:
    """The bytes of the file ``source`` (at most ``limit`` + 1), or one sentence saying why
    not: not there, a folder or no regular file, not readable. (An empty name or a device is
    refused with the arguments already.)"""
    try:
        mode = source.stat().st_mode
        if stat.S_ISDIR(mode):
            raise CliError(SOURCE_IS_A_FOLDER, source=source)
        if not stat.S_ISREG(mode):
            raise CliError(SOURCE_NOT_A_FILE, source=source)
        with source.open("rb") as fh:
            return fh.read(limit + 1)
    except (FileNotFoundError, NotADirectoryError):
        raise CliError(SOURCE_MISSING, source=source) from None
    except OSError:
        raise CliError(SOURCE_UNREADABLE, name=source) from None


def _refuse(exc: FileRejected) -> int:
    """The refusal in one sentence, then every problem on a line of its own."""
    warn(error_message(exc))
    problems = exc.problems
    if len(problems) > 1:
        for problem in problems[:LISTED]:
            warn(f"  - {problem.message.text()}")
        if len(problems) > LISTED:
            rest = len(problems) - LISTED
            warn("  " + ngettext("… en nog {n} probleem.", "… en nog {n} problemen.", rest))
    return EXIT_REJECTED


def run(args: argparse.Namespace) -> int:
    if args.source.suffix.lower() == ".csv":
        from kansencirkel.commands.import_csv import run_csv

        return run_csv(args, read_source, _refuse)
    if args.source.suffix.lower() == ".kcx":
        from kansencirkel.commands.import_kcx import run_kcx

        return run_kcx(args, _refuse)
    if args.preview:
        raise CliError(
            N_("--preview is er alleen voor een spreadsheet (.csv) of overdracht (.kcx)."), 2
        )
    from kansencirkel.exchange.casefile_json import MAX_BYTES, case_file_from_json, parse_json
    from kansencirkel.vault.validation import FileRejected

    raw = read_source(args.source, MAX_BYTES)
    try:
        case = case_file_from_json(parse_json(raw))
        with open_vault(args) as vault:
            if case.is_demo != vault.info.is_demo:
                raise CliError(
                    N_(
                        "Demo-gegevens en echte gegevens worden niet gemengd; dit bestand past "
                        "niet in deze kluis."
                    ),
                    EXIT_REJECTED,
                )
            vault.repos.bulk_import([case])
    except FileRejected as exc:
        return _refuse(exc)
    echo(_("Dossier van {full_name} ingelezen.", full_name=case.child.full_name))
    return 0
