"""``kansencirkel export VAULT --child ID --out FILE.json``: one child's file as plain JSON.

The vault is encrypted; the export is not. So this only happens on an explicit request, never
overwrites a file, creates it readable by the user only, is logged as EXPORT in the audit log,
and warns on stderr that the file holds a child's personal data in plain text.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kansencirkel.commands.common import (
    CliError,
    add_child_argument,
    add_unlock_arguments,
    add_vault_argument,
    create_private_file,
    echo,
    open_vault,
    resolve_child_id,
    warn,
)
from kansencirkel.core import clock
from kansencirkel.core.i18n import N_, _


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "export",
        help=_("schrijf het dossier van één kind naar een ONVERSLEUTELD JSON-bestand"),
    )
    add_vault_argument(p)
    add_child_argument(p)
    p.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar=_("BESTAND"),
        help=_("nieuw bestand (.json); wordt nooit overschreven"),
    )
    add_unlock_arguments(p)
    p.set_defaults(func=run)


def _exists_error(path: Path) -> CliError:
    return CliError(N_("Het bestand {path} bestaat al; kies een nieuw bestand."), path=path)


def write_new_private_file(path: Path, text: str) -> None:
    try:
        create_private_file(path, text)  # never leaves half a child's file behind
    except FileExistsError:
        raise _exists_error(path) from None
    except OSError:
        raise CliError(N_("Het bestand {path} kan niet worden gemaakt."), path=path) from None


def run(args: argparse.Namespace) -> int:
    from kansencirkel.core.enums import AuditKind
    from kansencirkel.exchange.casefile_json import case_file_to_json

    out = Path(args.out)
    if out.exists():
        raise _exists_error(out)
    with open_vault(args) as vault:
        child_id = resolve_child_id(vault, args.child)
        case = vault.repos.children.case_file(child_id)
        text = json.dumps(case_file_to_json(case, clock.now()), ensure_ascii=False, indent=2)
        write_new_private_file(out, text + "\n")
        vault.repos.audit.record(
            AuditKind.EXPORT, "case_file", child_id, child_id=child_id, detail="json"
        )
    warn(
        _(
            "Let op: {out} is NIET versleuteld en bevat persoonsgegevens van een "
            "kind; bewaar het alleen zo lang als nodig, op een veilige plek, en "
            "verwijder het daarna.",
            out=out,
        )
    )
    echo(_("Dossier geëxporteerd naar {out}.", out=out))
    return 0
