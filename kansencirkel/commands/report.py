"""``kansencirkel report VAULT --child ID --kind kernteam|ouders|blanco --out FILE.pdf`` and
``kansencirkel report VAULT --agenda DATE --out FILE.pdf``: meeting-ready PDFs, headless.

The PDF is written atomically where the user says; an existing file is refused unless
``--overwrite`` is given (like ``export``, which never overwrites). Every export writes one
EXPORT audit event per child with the report kind as detail (never any content), only once
the file is saved.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kansencirkel.commands.common import (
    CliError,
    add_unlock_arguments,
    add_vault_argument,
    echo,
    open_vault,
    parse_date,
    require_parent_folder,
    resolve_child_id,
    usage_error,
)
from kansencirkel.core import clock
from kansencirkel.core.enums import AuditKind, Perspective
from kansencirkel.core.i18n import N_, _, current_lang

RECORD_TYPE = "report"
OUT_EXISTS = N_("Het bestand {path} bestaat al; kies een nieuw bestand of geef --overwrite.")
OUT_IS_FOLDER = N_("{path} is een map; geef een bestandsnaam die op .pdf eindigt.")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "report",
        help=_("maak een PDF-overzicht (kernteam, ouders, blanco, agenda)"),
    )
    add_vault_argument(p)
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--child",
        metavar="ID",
        help=_("het kind (id of het begin ervan)"),
    )
    what.add_argument(
        "--agenda",
        metavar="DATUM",
        type=parse_date,
        help=_("agenda voor deze datum (JJJJ-MM-DD)"),
    )
    p.add_argument(
        "--kind",
        choices=("kernteam", "ouders", "blanco"),
        default="kernteam",
        help=_("soort overzicht (standaard kernteam)"),
    )
    p.add_argument(
        "--perspectives",
        metavar="LIJST",
        help=_("alleen deze blikken, bv. kind,ouders,school"),
    )
    p.add_argument(
        "--out",
        metavar="BESTAND.pdf",
        type=Path,
        required=True,
        help=_("waar de PDF komt (een nieuw bestand)"),
    )
    p.add_argument(
        "--overwrite",
        action="store_true",
        help=_("vervang het bestand als het er al is (anders weigert de opdracht)"),
    )
    p.add_argument(
        "--pdfa",
        action="store_true",
        help=_("archiefversie (PDF/A-2b), bv. voor het groeidocument of OPP"),
    )
    add_unlock_arguments(p)
    p.set_defaults(func=run)


def _perspectives(text: str | None) -> set[Perspective] | None:
    if not text:
        return None
    chosen: set[Perspective] = set()
    for part in text.split(","):
        try:
            chosen.add(Perspective(part.strip()))
        except ValueError:
            names = ", ".join(p.value for p in Perspective)
            raise usage_error(
                N_("Onbekende blik '{part}' (kies uit {names})."), part=part.strip(), names=names
            ) from None
    return chosen


def _check_out(out: Path, *, overwrite: bool) -> Path:
    """Before the vault is opened: a .pdf name, not a folder, in a folder that exists, and
    not an existing file unless ``--overwrite``. (Whether the folder takes a new file, and
    has room for it, shows when saving: that, too, is one sentence.)"""
    if out.is_dir():  # also "--out ." or "--out verslagen/": say so, not "must end in .pdf"
        raise CliError(OUT_IS_FOLDER, path=out)
    if out.suffix.lower() != ".pdf":
        raise usage_error(N_("Het uitvoerbestand moet op .pdf eindigen."))
    require_parent_folder(out)
    _refuse_existing(out, overwrite=overwrite)
    return out


def _refuse_existing(out: Path, *, overwrite: bool) -> None:
    if not overwrite and (out.exists() or out.is_symlink()):
        raise CliError(OUT_EXISTS, path=out)


def _save(data: bytes, out: Path, *, overwrite: bool, archival: bool) -> None:
    from kansencirkel.reports import save_pdf_atomically
    from kansencirkel.reports.pdfa import archival_copy

    if archival:
        data = archival_copy(data)
    _refuse_existing(out, overwrite=overwrite)  # again: rendering took a while
    save_pdf_atomically(data, out)  # FileNotSaved: full disk, no rights… (one sentence)


def run(args: argparse.Namespace) -> int:
    from kansencirkel.reports import render_agenda, render_child_report

    chosen = _perspectives(args.perspectives)  # usage errors first
    out = _check_out(args.out, overwrite=args.overwrite)
    lang = current_lang()
    day = clock.today()
    with open_vault(args) as vault:
        printed_by = vault.actor.name
        if args.agenda is not None:
            ids = vault.repos.meetings.agenda(args.agenda)
            cases = [vault.repos.children.case_file(i) for i in ids]
            data = render_agenda(args.agenda, cases, printed_by=printed_by, today=day, lang=lang)
            _save(data, out, overwrite=args.overwrite, archival=args.pdfa)
            for i in ids:
                vault.repos.audit.record(AuditKind.EXPORT, RECORD_TYPE, None, i, detail="agenda")
            if not ids:
                vault.repos.audit.record(AuditKind.EXPORT, RECORD_TYPE, None, None, detail="agenda")
            echo(_("Agenda opgeslagen in {out}.", out=out))
            return 0
        child_id = resolve_child_id(vault, args.child)
        case = vault.repos.children.case_file(child_id)
        data = render_child_report(
            case, args.kind, printed_by=printed_by, today=day, lang=lang, perspectives=chosen
        )
        _save(data, out, overwrite=args.overwrite, archival=args.pdfa)
        vault.repos.audit.record(
            AuditKind.EXPORT, RECORD_TYPE, child_id, child_id, detail=args.kind
        )
    echo(_("Overzicht opgeslagen in {out}.", out=out))
    return 0
