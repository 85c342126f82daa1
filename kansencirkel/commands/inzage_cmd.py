"""``kansencirkel inzage VAULT --child ID --out DIR``: the AVG inzage (art. 15) of one child.

Writes two new files into the folder DIR: a readable PDF with everything the vault holds about
the child (readings with their history, every note with intern ones marked, afspraken,
overleggen, consents, the people involved and who used the file when) and the JSON of the
same case file. Neither is encrypted, so it warns on stderr; nothing is overwritten (an inzage
of the same child from today in that folder is refused); logged as EXPORT, detail "inzage".
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kansencirkel.commands.common import (
    CliError,
    add_child_argument,
    add_unlock_arguments,
    add_vault_argument,
    echo,
    open_vault,
    resolve_child_id,
    warn,
)
from kansencirkel.core import clock
from kansencirkel.core.i18n import N_, _, current_lang

NOT_A_FOLDER = N_("{path} is geen map; geef een map die er al is.")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "inzage",
        help=_("AVG-inzage: alles over één kind in een leesbare PDF plus JSON (ONVERSLEUTELD)"),
    )
    add_vault_argument(p)
    add_child_argument(p)
    p.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar=_("MAP"),
        help=_("bestaande map voor de twee nieuwe bestanden; niets wordt overschreven"),
    )
    add_unlock_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kansencirkel.commands.inzage_files import write_inzage

    out = Path(args.out)
    if not out.is_dir():
        raise CliError(NOT_A_FOLDER, path=out)
    day = clock.today()
    with open_vault(args) as vault:
        child_id = resolve_child_id(vault, args.child)
        files = write_inzage(vault.repos, child_id, out, lang=current_lang(), today=day)
    warn(
        _(
            "Let op: {pdf} en {json} zijn NIET versleuteld en bevatten persoonsgegevens van "
            "een kind; geef ze alleen aan wie erom vroeg, en verwijder ze daarna.",
            pdf=files.pdf.name,
            json=files.json.name,
        )
    )
    echo(_("Inzage opgeslagen in {folder}:", folder=out))
    echo(f"  {files.pdf.name}")
    echo(f"  {files.json.name}")
    return 0
