"""``kansencirkel report VAULT --child ID --kind kernteam|ouders|blanco --out FILE.pdf``,
``kansencirkel report VAULT --kind blanco --age-band 4-7|8-12|12+ --out FILE.pdf`` (a blank
form for no child in particular) and ``kansencirkel report VAULT --agenda DATE [--children
ID,ID,...] --out FILE.pdf``: meeting-ready PDFs, headless.

``--children`` chooses and orders the agenda's children (order kept); without it the agenda
has the children with an overleg on that date, by group and name. A blank form for a child
with a date of birth takes the child's age band; ``--age-band`` is for the others.

The PDF is written atomically where the user says; an existing file is refused unless
``--overwrite`` is given (like ``export``, which never overwrites). Every export writes one
EXPORT audit event per child with the report kind as detail (never any content), only once
the file is saved. What consent says about a child's report (what the parents' sheet leaves
out, what the kernteam overview holds without consent, consents that stop within a month) is
printed on stderr, one line each, once the file is saved.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kansencirkel.commands.common import (
    CliError,
    add_unlock_arguments,
    add_vault_argument,
    all_child_ids,
    echo,
    open_vault,
    parse_date,
    require_parent_folder,
    resolve_child_id,
    usage_error,
    warn,
)
from kansencirkel.core import clock
from kansencirkel.core.age_band import AGE_BANDS
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
    what = p.add_mutually_exclusive_group()
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
        "--children",
        metavar="ID,ID,...",
        help=_("bij --agenda: deze kinderen, in deze volgorde"),
    )
    p.add_argument(
        "--age-band",
        choices=AGE_BANDS,
        help=_(
            "bij --kind blanco: het formulier voor deze leeftijd (als de geboortedatum "
            "ontbreekt of er geen kind is gekozen)"
        ),
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


def _check_what(args: argparse.Namespace) -> None:
    if args.child is None and args.agenda is None and args.kind != "blanco":
        raise usage_error(
            N_("Geef --child of --agenda (alleen een blanco formulier kan zonder kind).")
        )
    if args.children is not None and args.agenda is None:
        raise usage_error(N_("--children hoort bij --agenda."))


def run(args: argparse.Namespace) -> int:
    from kansencirkel.reports import render_blank_band, render_child_report

    _check_what(args)
    chosen = _perspectives(args.perspectives)  # usage errors first
    out = _check_out(args.out, overwrite=args.overwrite)
    lang = current_lang()
    day = clock.today()
    with open_vault(args) as vault:
        printed_by = vault.actor.name
        if args.agenda is not None:
            _agenda(vault, args, out, day, lang)
            return 0
        if args.child is None:  # a blank form for no child in particular
            data = render_blank_band(
                args.age_band,
                chosen,
                printed_by=printed_by,
                today=day,
                lang=lang,
                demo=vault.info.is_demo,
            )
            _save(data, out, overwrite=args.overwrite, archival=args.pdfa)
            vault.repos.audit.record(AuditKind.EXPORT, RECORD_TYPE, None, None, detail="blanco")
            echo(_("Overzicht opgeslagen in {out}.", out=out))
            return 0
        child_id = resolve_child_id(vault, args.child)
        case = vault.repos.children.case_file(child_id)
        consent_lines = _consent_lines(case, args.kind, day, chosen)
        data = render_child_report(
            case,
            args.kind,
            printed_by=printed_by,
            today=day,
            lang=lang,
            perspectives=chosen,
            age_band=args.age_band,
        )
        _save(data, out, overwrite=args.overwrite, archival=args.pdfa)
        vault.repos.audit.record(
            AuditKind.EXPORT, RECORD_TYPE, child_id, child_id, detail=args.kind
        )
    for line in consent_lines:
        warn(_("Let op: {line}", line=line))
    echo(_("Overzicht opgeslagen in {out}.", out=out))
    return 0


def _consent_lines(case: Any, kind: str, day: Any, chosen: set[Perspective] | None) -> list[str]:
    """What consent says about this report (left out, or in it without consent; consents
    that stop within a month): printed on stderr once the PDF is saved (a failure stays one
    sentence), stdout keeps the result line."""
    from kansencirkel.reports.consent_check import report_consent

    checked = report_consent(case, kind, day, chosen)
    return checked.lines() if checked is not None else []


def _agenda_ids(vault: Any, args: argparse.Namespace) -> list[str]:
    """The children the user listed, in their order; else the day's agenda by group and name."""
    if args.children is None:
        from kansencirkel.reports.agenda import agenda_key

        ids = vault.repos.meetings.agenda(args.agenda)
        by_id = {s.child.id: s.child for s in vault.repos.children.summaries(clock.today())}
        return sorted(ids, key=lambda i: agenda_key(by_id[i]) if i in by_id else ("", "", i))
    known = all_child_ids(vault)
    chosen: list[str] = []
    for part in args.children.split(","):
        if part.strip():
            child_id = resolve_child_id(vault, part, known)
            if child_id not in chosen:
                chosen.append(child_id)
    return chosen


def _agenda(vault: Any, args: argparse.Namespace, out: Path, day: Any, lang: Any) -> None:
    from kansencirkel.reports import render_agenda

    ids = _agenda_ids(vault, args)
    cases = [vault.repos.children.case_file(i) for i in ids]
    data = render_agenda(args.agenda, cases, printed_by=vault.actor.name, today=day, lang=lang)
    _save(data, out, overwrite=args.overwrite, archival=args.pdfa)
    targets: list[str | None] = [*ids] or [None]
    for i in targets:
        vault.repos.audit.record(AuditKind.EXPORT, RECORD_TYPE, None, i, detail="agenda")
    echo(_("Agenda opgeslagen in {out}.", out=out))
