"""The hand-over half of ``kansencirkel import``: ``--in FILE.kcx [--code-file F]``.

The file is checked before anything is asked (empty, a folder, no .kcx, cut short); then the
code, from ``--code-file`` or typed at a prompt that does not echo; then the vault is opened
and the merge planned (:meth:`Repositories.handover.plan`): per child what is added, updated
or kept because this vault's version is newer, and every conflict with both sides. With
conflicts, ``--keep mine`` or ``--keep theirs`` decides all of them; without, nothing is read
in (exit 5) and the conflicts are listed. ``--preview`` shows the plan and writes nothing.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from kansencirkel.commands.common import (
    EXIT_REJECTED,
    CliError,
    echo,
    open_vault,
    read_secret_file,
    usage_error,
    warn,
)
from kansencirkel.core.i18n import N_, _

if TYPE_CHECKING:
    from kansencirkel.core.handover import HandoverPlan
    from kansencirkel.vault.validation import FileRejected

CODE_PROMPT = N_("Code van de overdracht: ")
NO_TERMINAL = N_("Geef de code met --code-file; er is geen terminal om erom te vragen.")
CHOOSE = N_(
    "Er zijn {count} conflicten; er is niets ingelezen. Kies met --keep mine (wat in deze "
    "kluis staat blijft) of --keep theirs (de versie uit de overdracht)."
)
KINDS = {
    "child": N_("het kind"),
    "involvement": N_("betrokkene"),
    "assessment": N_("meting"),
    "meeting": N_("overleg"),
    "action": N_("afspraak"),
    "note": N_("notitie"),
    "consent": N_("toestemming"),
}


def _code(args: argparse.Namespace) -> str:
    if args.code_file is not None:
        return read_secret_file(args.code_file)
    if not sys.stdin.isatty():
        raise usage_error(NO_TERMINAL)
    try:
        return getpass.getpass(_(CODE_PROMPT))
    except (EOFError, KeyboardInterrupt):
        raise CliError(N_("Afgebroken.")) from None


def _show(plan: HandoverPlan) -> None:
    for child in plan.children:
        if child.is_new:
            echo(_("{name}: nieuw in deze kluis.", name=child.full_name))
            continue
        echo(
            _(
                "{name}: {added} toegevoegd, {updated} bijgewerkt, {kept} gehouden omdat deze "
                "kluis nieuwer is, {conflicts} conflicten.",
                name=child.full_name,
                added=child.added,
                updated=child.updated,
                kept=child.kept,
                conflicts=len(child.conflicts),
            )
        )
        for c in child.conflicts:
            msgid = KINDS.get(c.kind, KINDS["child"])
            kind = _(msgid)
            echo(
                _(
                    "  conflict, {kind}: hier «{mine}»; overdracht «{theirs}»",
                    kind=kind,
                    mine=c.mine,
                    theirs=c.theirs,
                )
            )


def run_kcx(args: argparse.Namespace, refuse: Callable[[FileRejected], int]) -> int:
    """``import VAULT --in FILE.kcx``; ``refuse`` is ``import``'s own listing of problems."""
    from kansencirkel.core.handover import Choice
    from kansencirkel.exchange.handover_file import check_file, open_handover, read_kcx_file
    from kansencirkel.vault.validation import FileRejected

    raw = read_kcx_file(args.source)
    check_file(raw)  # before the code is asked for
    try:
        handover = open_handover(raw, _code(args))
        cases = handover.case_files
        with open_vault(args) as vault:
            plan = vault.repos.handover.plan(cases, is_demo=handover.is_demo)
            _show(plan)
            if args.preview:
                echo(_("Er is niets ingelezen (--preview)."))
                return 0
            conflicts = plan.conflicts
            if conflicts and args.keep is None:
                warn(_(CHOOSE, count=len(conflicts)))
                return EXIT_REJECTED
            choice = Choice(args.keep) if args.keep else Choice.MINE
            vault.repos.handover.apply(
                cases,
                {c.ref: choice for c in conflicts},
                is_demo=handover.is_demo,
                from_vault=handover.vault_id,
            )
    except FileRejected as exc:
        return refuse(exc)
    echo(_("Overdracht ingelezen."))
    return 0
