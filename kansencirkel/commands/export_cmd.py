"""``kansencirkel export VAULT --child ID --out FILE.json --reason TEXT``: one child's file as
plain JSON (the AVG's data portability; school and care exchange sealed files, ``handover``).

The vault is encrypted; the export is not. So this only happens on an explicit request with a
reason, never overwrites a file, creates it readable by the user only, is logged as EXPORT in
the audit log with the reason, and warns on stderr that the file holds a child's personal
data in plain text.
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
    create_private_file,
    echo,
    open_vault,
    resolve_child_id,
    usage_error,
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
    p.add_argument(
        "--reason",
        metavar=_("TEKST"),
        help=_("waarom het dossier onversleuteld naar buiten gaat; de reden komt in het logboek"),
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


NO_REASON = N_(
    "Geef met --reason waarom dit dossier onversleuteld wordt geëxporteerd (minstens {count} "
    "tekens, bijvoorbeeld een verzoek om gegevensoverdraagbaarheid); een overdracht naar school "
    "of zorg gaat versleuteld met 'handover'."
)


def run(args: argparse.Namespace) -> int:
    from kansencirkel.core.enums import AuditKind
    from kansencirkel.core.handover import MIN_REASON, plain_export_detail, reason_ok
    from kansencirkel.exchange.casefile_json import case_file_text

    if not reason_ok(args.reason):
        raise usage_error(NO_REASON, count=MIN_REASON)
    out = Path(args.out)
    if out.exists():
        raise _exists_error(out)
    with open_vault(args) as vault:
        child_id = resolve_child_id(vault, args.child)
        case = vault.repos.children.case_file(child_id)
        write_new_private_file(out, case_file_text(case, clock.now()))
        vault.repos.audit.record(
            AuditKind.EXPORT,
            "case_file",
            child_id,
            child_id=child_id,
            detail=plain_export_detail(args.reason),
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
