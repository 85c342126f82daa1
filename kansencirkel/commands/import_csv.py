"""The spreadsheet half of ``kansencirkel import``: ``--in FILE.csv`` (``--preview``), and
``kansencirkel template --out FILE.csv``, the empty spreadsheet with the Dutch headers.

The file is read and checked whole before the vault is opened (a file with problems never
asks for a passphrase), then planned again against the vault's children, and applied in one
transaction (``Repositories.import_plan``). A demo vault takes no spreadsheet: its passphrase
is public, and a spreadsheet may hold real children.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kansencirkel.commands.common import EXIT_REJECTED, CliError, echo, open_vault
from kansencirkel.core import clock
from kansencirkel.core.i18n import N_, _
from kansencirkel.core.import_plan import NOT_IN_DEMO

if TYPE_CHECKING:
    from kansencirkel.core.import_plan import ImportCounts
    from kansencirkel.vault.validation import FileRejected

TEMPLATE_EXISTS = N_("Het bestand {path} bestaat al; kies een nieuw bestand.")
TEMPLATE_NOT_MADE = N_("Het bestand {path} kan niet worden gemaakt.")


def _preview(counts: ImportCounts) -> None:
    echo(
        _(
            "Nieuwe kinderen: {new}; kinderen die al in de kluis staan: {matched}; "
            "metingen toe te voegen: {readings}; metingen die al in de kluis staan: {stored}.",
            new=counts.new_children,
            matched=counts.matched_children,
            readings=counts.assessments,
            stored=counts.already_stored,
        )
    )


def run_csv(
    args: argparse.Namespace,
    read_source: Callable[[Path, int], bytes],
    refuse: Callable[[FileRejected], int],
) -> int:
    """``import VAULT --in FILE.csv``; ``read_source`` and ``refuse`` are ``import``'s own
    (reading the file, listing the problems), so both formats say the same."""
    from kansencirkel.exchange.csv_import import plan_from_csv
    from kansencirkel.exchange.csv_text import MAX_BYTES
    from kansencirkel.vault.validation import FileRejected

    raw = read_source(args.source, MAX_BYTES)
    try:
        plan_from_csv(raw)  # the file's own problems, before any passphrase
        with open_vault(args) as vault:
            if vault.info.is_demo:
                raise CliError(NOT_IN_DEMO, EXIT_REJECTED)
            known = [s.child for s in vault.repos.children.summaries(clock.today())]
            plan = plan_from_csv(raw, known)
            _preview(vault.repos.preview_plan(plan))
            if args.preview:
                echo(_("Er is niets ingelezen (--preview)."))
                return 0
            counts = vault.repos.import_plan(plan).value
    except FileRejected as exc:
        return refuse(exc)
    echo(
        _(
            "Spreadsheet ingelezen. Nieuwe kinderen: {new}; metingen toegevoegd: {readings}; "
            "metingen die al in de kluis stonden: {stored}.",
            new=counts.new_children,
            readings=counts.assessments,
            stored=counts.already_stored,
        )
    )
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "template",
        help=_("schrijf een leeg spreadsheet (.csv) met de kolommen die 'import' leest"),
    )
    p.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar=_("BESTAND"),
        help=_("nieuw bestand (.csv); wordt nooit overschreven"),
    )
    p.set_defaults(func=run_template)


def run_template(args: argparse.Namespace) -> int:
    from kansencirkel.core.files import write_new_file
    from kansencirkel.exchange.csv_import import template_csv

    out = Path(args.out)
    try:
        write_new_file(out, template_csv())
    except FileExistsError:
        raise CliError(TEMPLATE_EXISTS, path=out) from None
    except OSError:
        raise CliError(TEMPLATE_NOT_MADE, path=out) from None
    echo(_("Sjabloon geschreven naar {out}.", out=out))
    return 0
