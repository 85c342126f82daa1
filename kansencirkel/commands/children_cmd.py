"""``kansencirkel children VAULT [--json] [--status actief|afgesloten]``: list the children."""

from __future__ import annotations

import argparse
import json
from typing import Any

from kansencirkel.commands.common import (
    add_unlock_arguments,
    add_vault_argument,
    echo,
    open_vault,
)
from kansencirkel.core import clock
from kansencirkel.core.enums import ChildStatus
from kansencirkel.core.i18n import N_, _, ngettext

_HEADER = (
    N_("id"),
    N_("naam"),
    N_("school"),
    N_("groep"),
    N_("status"),
    N_("afspraken"),
    N_("volgend overleg"),
)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("children", help=_("toon de kinderen in de kluis"))
    add_vault_argument(p)
    p.add_argument("--json", action="store_true", help=_("als JSON"))
    p.add_argument(
        "--status",
        choices=[s.value for s in ChildStatus],
        help=_("alleen actieve of afgesloten dossiers"),
    )
    add_unlock_arguments(p)
    p.set_defaults(func=run)


def summary_json(s: Any) -> dict[str, Any]:
    c = s.child
    return {
        "id": c.id,
        "given_name": c.given_name,
        "family_name": c.family_name,
        "school": c.school,
        "group": c.group,
        "status": c.status.value,
        "date_of_birth": c.date_of_birth.isoformat() if c.date_of_birth else None,
        "opened_on": c.opened_on.isoformat(),
        "closed_on": c.closed_on.isoformat() if c.closed_on else None,
        "regiehouder": c.regiehouder.name if c.regiehouder else None,
        "open_actions": s.open_actions,
        "overdue_actions": s.overdue_actions,
        "next_meeting": s.next_meeting.isoformat() if s.next_meeting else None,
        "meeting_due": s.meeting_due,
        "missing_perspectives": [p.value for p in s.missing_perspectives],
        "stale_perspectives": [p.value for p in s.stale_perspectives],
        "last_assessment": s.last_assessment.isoformat() if s.last_assessment else None,
    }


def run(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        rows = vault.repos.children.summaries(clock.today())
    if args.status:
        rows = [s for s in rows if s.child.status.value == args.status]
    rows.sort(key=lambda s: (s.child.family_name.casefold(), s.child.given_name.casefold()))
    if args.json:
        echo(json.dumps([summary_json(s) for s in rows], ensure_ascii=False, indent=2))
        return 0
    header = tuple(_(word) for word in _HEADER)
    table: list[tuple[str, ...]] = [header]
    for s in rows:
        actions = f"{s.open_actions}" + (
            _(" ({overdue_actions} te laat)", overdue_actions=s.overdue_actions)
            if s.overdue_actions
            else ""
        )
        table.append(
            (
                s.child.id[:8],
                s.child.full_name,
                s.child.school,
                s.child.group,
                s.child.status.value,
                actions,
                s.next_meeting.isoformat() if s.next_meeting else "-",
            )
        )
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    for r in table:
        echo("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())
    echo(ngettext("{n} kind.", "{n} kinderen.", len(rows)))
    return 0
