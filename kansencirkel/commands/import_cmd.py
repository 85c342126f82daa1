"""``kansencirkel import VAULT --in FILE.json``: bring one exported child file into a vault.

Demo and real data never mix: a file exported from a demo vault only goes into a demo vault,
and a real child's file never into a demo vault (whose passphrase is public).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kansencirkel.commands.common import (
    EXIT_REJECTED,
    CliError,
    add_unlock_arguments,
    add_vault_argument,
    echo,
    open_vault,
    say,
)
from kansencirkel.core import clock

MAX_BYTES = 50 * 1024 * 1024


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "import",
        help=say("zet een geëxporteerd dossier in de kluis", "put an exported file into the vault"),
    )
    add_vault_argument(p)
    p.add_argument(
        "--in",
        dest="source",
        required=True,
        type=Path,
        metavar=say("BESTAND", "FILE"),
        help=say("het JSON-bestand van 'export'", "the JSON file from 'export'"),
    )
    add_unlock_arguments(p)
    p.set_defaults(func=run)


def _rejected() -> CliError:
    return CliError(
        "Dit bestand is geen geldige export van een Kansencirkel-dossier.",
        "This file is not a valid Kansencirkel file export.",
        EXIT_REJECTED,
    )


def run(args: argparse.Namespace) -> int:
    from kansencirkel.exchange.casefile_json import case_file_from_json

    source = Path(args.source)
    try:
        if source.stat().st_size > MAX_BYTES:
            raise _rejected()
        data = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CliError(
            f"Het bestand {source} bestaat niet.", f"The file {source} does not exist."
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise _rejected() from None
    try:
        case = case_file_from_json(data)
    except (ValueError, TypeError, KeyError):
        raise _rejected() from None
    with open_vault(args) as vault:
        if case.is_demo != vault.info.is_demo:
            raise CliError(
                "Demo-gegevens en echte gegevens worden niet gemengd; dit bestand past niet in "
                "deze kluis.",
                "Demo data and real data are never mixed; this file does not belong in this vault.",
                EXIT_REJECTED,
            )
        if case.child.id in {s.child.id for s in vault.repos.children.summaries(clock.today())}:
            raise CliError(
                "Dit kind staat al in de kluis.",
                "This child is already in the vault.",
                EXIT_REJECTED,
            )
        vault.repos.bulk_import([case])
    echo(
        say(
            f"Dossier van {case.child.full_name} ingelezen.",
            f"File of {case.child.full_name} imported.",
        )
    )
    return 0
