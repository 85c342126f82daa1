"""``kansencirkel retention VAULT``: the closed files past their bewaartermijn (read only).

What is due is erased with ``kansencirkel erase VAULT --child ID --yes``, after an AVG copy
(``kansencirkel inzage``) when the parents or the young person asked for one.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from kansencirkel.commands.common import add_unlock_arguments, add_vault_argument, echo, open_vault
from kansencirkel.core import clock
from kansencirkel.core.dates import format_date
from kansencirkel.core.i18n import N_, _, ngettext

_HEADER = (N_("id"), N_("naam"), N_("afgesloten op"), N_("bewaren tot"))


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "retention", help=_("toon de afgesloten dossiers waarvan de bewaartermijn voorbij is")
    )
    add_vault_argument(p)
    p.add_argument("--json", action="store_true", help=_("als JSON"))
    add_unlock_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    today = clock.today()
    with open_vault(args) as vault:
        due = vault.repos.children.retention_due(today)
    if args.json:
        rows = [
            {
                "id": d.child_id,
                "given_name": d.given_name,
                "family_name": d.family_name,
                "closed_on": d.closed_on.isoformat(),
                "kept_until": d.kept_until.isoformat(),
            }
            for d in due
        ]
        echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not due:
        echo(
            _(
                "Geen enkel afgesloten dossier is over zijn bewaartermijn heen (vandaag is "
                "{today}).",
                today=format_date(today),
            )
        )
        return 0
    table: list[tuple[str, ...]] = [tuple(_(word) for word in _HEADER)]
    for d in due:
        table.append((d.child_id[:8], d.name, format_date(d.closed_on), format_date(d.kept_until)))
    widths = [max(len(r[i]) for r in table) for i in range(len(_HEADER))]
    for r in table:
        echo("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())
    echo(
        ngettext(
            "{n} dossier is over de bewaartermijn heen; maak zo nodig een AVG-kopie "
            "('kansencirkel inzage') en wis het dan ('kansencirkel erase').",
            "{n} dossiers zijn over de bewaartermijn heen; maak zo nodig een AVG-kopie "
            "('kansencirkel inzage') en wis ze dan ('kansencirkel erase').",
            len(due),
        )
    )
    return 0
