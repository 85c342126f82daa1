"""``kansencirkel handover VAULT --child ID [--child ID …] --to zorg|school --out FILE.kcx``:
a sealed hand-over file for the other side, and the one-time code that opens it.

Only when consent allows every part the file holds for the receiving side; otherwise the
parts without consent are named and nothing is written, unless ``--override-reason`` says why
it goes anyway (logged with the EXPORT). The code is shown on stdout, or written to the new
file ``--code-file`` (never overwritten); it belongs on the phone, not in the same mail.
"""

from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path
from typing import Any

from kansencirkel.commands.common import (
    EXIT_REJECTED,
    CliError,
    add_unlock_arguments,
    add_vault_argument,
    all_child_ids,
    create_private_file,
    creation_kdf,
    echo,
    open_vault,
    resolve_child_id,
    usage_error,
    warn,
)
from kansencirkel.core import clock
from kansencirkel.core.i18n import N_, Message, _

EXPIRES_DAYS = 14
MAX_DAYS = 90
EXISTS = N_("Het bestand {path} bestaat al; kies een nieuw bestand.")
NOT_MADE = N_("Het bestand {path} kan niet worden gemaakt.")
BAD_DAYS = N_("--expires is een aantal dagen van 1 tot {limit}.")
NO_CONSENT = N_(
    "Voor {name} is er geen toestemming om {parts} met {side} te delen; er is niets "
    "geschreven. Geef met --override-reason waarom het toch moet."
)
SIDES = {"zorg": N_("de zorg"), "school": N_("de school")}


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "handover",
        help=_("maak een versleuteld overdrachtsbestand (.kcx) voor school of zorg"),
    )
    add_vault_argument(p)
    p.add_argument(
        "--child",
        required=True,
        action="append",
        metavar="ID",
        help=_("id van een kind (mag vaker; het begin is genoeg als het uniek is)"),
    )
    p.add_argument("--to", required=True, choices=tuple(SIDES), help=_("de ontvangende kant"))
    p.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar=_("BESTAND"),
        help=_("nieuw bestand (.kcx); wordt nooit overschreven"),
    )
    p.add_argument(
        "--code-file",
        type=Path,
        metavar=_("BESTAND"),
        help=_("schrijf de code naar dit nieuwe bestand in plaats van hem te tonen"),
    )
    p.add_argument(
        "--override-reason",
        metavar=_("TEKST"),
        help=_("deel toch, zonder toestemming voor alle delen; de reden komt in het logboek"),
    )
    p.add_argument(
        "--expires",
        type=int,
        default=EXPIRES_DAYS,
        metavar=_("DAGEN"),
        help=_("na zoveel dagen opent het bestand niet meer (standaard {days})", days=EXPIRES_DAYS),
    )
    add_unlock_arguments(p)
    p.set_defaults(func=run)


def _refuse_existing(*paths: Path | None) -> None:
    for path in paths:
        if path is not None and (path.exists() or path.is_symlink()):
            raise CliError(EXISTS, path=path)


def run(args: argparse.Namespace) -> int:
    from kansencirkel.core.consent import ShareDecision
    from kansencirkel.core.enums import Audience
    from kansencirkel.core.handover import (
        MIN_REASON,
        REASON_TOO_SHORT,
        consent_gaps,
        expiry_lines,
        gap_names,
        reason_ok,
    )
    from kansencirkel.exchange.handover_code import new_code, shown
    from kansencirkel.exchange.handover_file import Handover, seal_handover

    out, code_file = Path(args.out), args.code_file
    if not 1 <= args.expires <= MAX_DAYS:
        raise usage_error(BAD_DAYS, limit=MAX_DAYS)
    reason = args.override_reason
    if reason is not None and not reason_ok(reason):
        raise CliError(REASON_TOO_SHORT, EXIT_REJECTED, count=MIN_REASON)
    _refuse_existing(out, code_file)
    audience = Audience(args.to)
    with open_vault(args) as vault:
        known = all_child_ids(vault)
        ids = list(dict.fromkeys(resolve_child_id(vault, c, known) for c in args.child))
        cases = vault.repos.handover.outgoing(ids)
        today = clock.today()
        gaps: list[ShareDecision] = []
        soon: list[str] = []
        for case in cases:
            soon += [
                f"{case.child.full_name}: {line}" for line in expiry_lines(case, audience, today)
            ]
            missing = consent_gaps(case, audience, today)
            gaps.extend(missing)
            if missing and reason is None:
                parts = ", ".join(Message(m).text() for m in gap_names(missing))
                side = Message(SIDES[args.to]).text()
                raise CliError(
                    NO_CONSENT, EXIT_REJECTED, name=case.child.full_name, parts=parts, side=side
                )
        code = new_code()
        sealed = Handover(
            cases,
            audience,
            today + timedelta(days=args.expires),
            clock.now(),
            vault.info.vault_id,
            vault.info.is_demo,
        )
        raw = seal_handover(sealed, code, kdf=creation_kdf())
        _write(out, code_file, raw, shown(code))
        vault.repos.handover.sent(cases, audience, reason if gaps else None)
    for line in soon:
        warn(_("Let op: {line}", line=line))
    if code_file is None:
        echo(_("Code: {code}", code=shown(code)))
    else:
        echo(_("De code staat in {path}.", path=code_file))
    warn(
        _(
            "Geef de code telefonisch door aan de ontvanger, niet in dezelfde mail als het "
            "bestand. Het bestand opent tot en met {day}.",
            day=sealed.expires_on.isoformat(),
        )
    )
    echo(_("Overdracht geschreven naar {out}.", out=out))
    return 0


def _write(out: Path, code_file: Path | None, raw: bytes, code: str) -> None:
    """The file, then the code file; neither is left behind alone."""
    from kansencirkel.core.files import write_new_file

    try:
        write_new_file(out, raw)
    except FileExistsError:
        raise CliError(EXISTS, path=out) from None
    except OSError:
        raise CliError(NOT_MADE, path=out) from None
    if code_file is None:
        return
    try:
        create_private_file(code_file, code + "\n")
    except OSError as exc:
        out.unlink(missing_ok=True)
        msgid = EXISTS if isinstance(exc, FileExistsError) else NOT_MADE
        raise CliError(msgid, path=code_file) from None
