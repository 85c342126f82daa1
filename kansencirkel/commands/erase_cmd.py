"""``kansencirkel erase VAULT --child ID --yes``: complete, logged erasure of one child's file.

Irreversible, so ``--yes`` is required; the audit log keeps only ids, never the content.
Backups made earlier still hold the child until they are rotated out; the message says so.
"""

from __future__ import annotations

import argparse
from typing import Any

from kansencirkel.commands.common import (
    add_child_argument,
    add_unlock_arguments,
    add_vault_argument,
    echo,
    open_vault,
    resolve_child_id,
    usage_error,
)
from kansencirkel.core.i18n import N_, _


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "erase",
        help=_("wis het dossier van een kind volledig"),
    )
    add_vault_argument(p)
    add_child_argument(p)
    p.add_argument(
        "--yes",
        action="store_true",
        help=_("bevestig: wissen kan niet ongedaan worden gemaakt"),
    )
    add_unlock_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not args.yes:
        raise usage_error(N_("Wissen kan niet ongedaan worden gemaakt; bevestig met --yes."))
    with open_vault(args) as vault:
        child_id = resolve_child_id(vault, args.child)
        vault.repos.children.erase(child_id)
    echo(
        _(
            "Het dossier {child_id} is volledig gewist en dat staat in het auditlog. "
            "Oudere reservekopieën bevatten het nog tot ze worden opgeruimd.",
            child_id=child_id,
        )
    )
    return 0
