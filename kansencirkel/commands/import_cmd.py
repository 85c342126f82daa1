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
)
from kansencirkel.core import clock
from kansencirkel.core.i18n import N_, _

MAX_BYTES = 50 * 1024 * 1024


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
        help=_("het JSON-bestand van 'export'"),
    )
    add_unlock_arguments(p)
    p.set_defaults(func=run)


def _rejected() -> CliError:
    return CliError(
        N_("Dit bestand is geen geldige export van een Kansencirkel-dossier."), EXIT_REJECTED
    )


def run(args: argparse.Namespace) -> int:
    from kansencirkel.exchange.casefile_json import case_file_from_json

    source = Path(args.source)
    try:
        if source.stat().st_size > MAX_BYTES:
            raise _rejected()
        data = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CliError(N_("Het bestand {source} bestaat niet."), source=source) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise _rejected() from None
    try:
        case = case_file_from_json(data)
    except (ValueError, TypeError, KeyError):
        raise _rejected() from None
    with open_vault(args) as vault:
        if case.is_demo != vault.info.is_demo:
            raise CliError(
                N_(
                    "Demo-gegevens en echte gegevens worden niet gemengd; dit bestand past "
                    "niet in deze kluis."
                ),
                EXIT_REJECTED,
            )
        if case.child.id in {s.child.id for s in vault.repos.children.summaries(clock.today())}:
            raise CliError(N_("Dit kind staat al in de kluis."), EXIT_REJECTED)
        vault.repos.bulk_import([case])
    echo(_("Dossier van {full_name} ingelezen.", full_name=case.child.full_name))
    return 0
