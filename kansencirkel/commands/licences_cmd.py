"""``kansencirkel licences [--texts]``: what the app ships and under which licences.

The same list as the About dialog ("Over Kansencirkel"), from the installed distributions'
metadata (:mod:`kansencirkel.licences`). One line per component, tab-separated: name, version,
licence, and for a library compiled into another distribution the one that carries it.
``--texts`` adds every licence text. Works without a vault and without a screen.
"""

from __future__ import annotations

import argparse
from typing import Any

from kansencirkel.commands.common import echo
from kansencirkel.core.i18n import _


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "licences", help=_("toon de meegeleverde onderdelen en hun licenties")
    )
    p.add_argument("--texts", action="store_true", help=_("met de volledige licentieteksten"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kansencirkel.licences import app_version, components

    found = components()
    for c in found:
        carrier = _("in {distribution}", distribution=c.part_of) if c.part_of else ""
        echo("\t".join((c.name, c.version, c.licence, carrier)).rstrip("\t"))
    if args.texts:
        for c in found:
            for text in c.texts:
                echo()
                echo(f"==== {c.name} {c.version}: {text.name} ====")
                echo(text.text.rstrip())
    echo()
    echo(_("Kansencirkel {version}, MIT-licentie.", version=app_version()))
    return 0
