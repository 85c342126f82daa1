"""``kansencirkel audit VAULT [--child ID] [--verify]``: read and check the audit log.

The log holds who did what to which record, never the content; ``--verify`` checks its hash
chain and exits with 4 when it has been tampered with or damaged.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from kansencirkel.commands.common import (
    EXIT_DAMAGED,
    CliError,
    add_child_argument,
    add_unlock_arguments,
    add_vault_argument,
    echo,
    open_vault,
    positive_int,
    resolve_child_id,
)
from kansencirkel.core.behalf import behalf_label
from kansencirkel.core.i18n import N_, _, current_lang, ngettext


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("audit", help=_("toon of controleer het auditlog"))
    add_vault_argument(p)
    add_child_argument(p, required=False)
    p.add_argument(
        "--limit",
        type=positive_int,
        metavar="N",
        help=_("alleen de laatste N gebeurtenissen"),
    )
    p.add_argument(
        "--verify",
        action="store_true",
        help=_("controleer de hashketen van het log"),
    )
    p.add_argument("--json", action="store_true", help=_("als JSON"))
    add_unlock_arguments(p)
    p.set_defaults(func=run)


def entry_json(e: Any) -> dict[str, Any]:
    return {
        "seq": e.seq,
        "at": e.at.isoformat(),
        "actor": e.actor,
        "on_behalf_of": e.on_behalf_of,
        "kind": e.kind.value,
        "record_type": e.record_type,
        "record_id": e.record_id,
        "child_id": e.child_id,
        "detail": e.detail,
    }


def run(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        child_id = resolve_child_id(vault, args.child) if args.child is not None else None
        report = vault.repos.audit.verify_chain() if args.verify else None
        # --verify alone only checks the chain; with --child or --limit it lists those too.
        listing = not args.verify or child_id is not None or args.limit is not None
        entries = vault.repos.audit.entries(child_id=child_id, limit=args.limit) if listing else []
    if args.json:
        echo(json.dumps([entry_json(e) for e in entries], ensure_ascii=False, indent=2))
    else:
        for e in entries:
            at = e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            record = f"{e.record_type} {e.record_id or ''}".rstrip()
            extra = f" [{e.detail}]" if e.detail else ""
            who = behalf_label(e.on_behalf_of, current_lang())
            behalf = _("namens {who}", who=who) if e.on_behalf_of else ""
            extra += f" ({behalf})" if behalf else ""
            echo(f"{e.seq:>6}  {at}  {e.actor:<20}  {e.kind.value:<13}  {record}{extra}")
    if report is not None:
        if not report.ok:
            raise CliError(
                N_(
                    "De hashketen van het auditlog klopt niet vanaf gebeurtenis "
                    "{first_bad_seq}; het log is beschadigd of aangepast."
                ),
                EXIT_DAMAGED,
                first_bad_seq=report.first_bad_seq,
            )
        echo(
            ngettext(
                "Auditlog in orde: {n} gebeurtenis gecontroleerd.",
                "Auditlog in orde: {n} gebeurtenissen gecontroleerd.",
                report.checked,
            )
        )
    return 0
