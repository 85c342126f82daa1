"""Making an AVG inzage: read the vault, write the PDF and the JSON, log it.

Shared by ``kansencirkel inzage`` (:mod:`.inzage_cmd`) and the app's "AVG-inzage maken…"
(:mod:`kansencirkel.ui.inzage_action`), so both write the same two files the same way. The
reports layer stays pure (no vault): this module reads the case file with its history and the
child's audit log, hands plain dataclasses to :func:`~kansencirkel.reports.inzage.render_inzage`
and to the case-file JSON of :mod:`kansencirkel.exchange.casefile_json`.

Both files are new, owner-only and complete or absent (:func:`~kansencirkel.core.files.
write_new_file`), never over an existing file: an inzage already in the folder for this child
on this day is refused with one sentence, or (``new_name``) the next free name is taken. The
export is logged once both files are saved: EXPORT of the case file, detail "inzage".
"""

from __future__ import annotations

import contextlib
import itertools
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kansencirkel.core import clock
from kansencirkel.core.elements import Lang
from kansencirkel.core.enums import AuditKind
from kansencirkel.core.files import write_new_file
from kansencirkel.core.i18n import N_
from kansencirkel.core.write_errors import FOLDER_MISSING, FileNotSaved, file_not_saved

if TYPE_CHECKING:
    from kansencirkel.vault.repos import Repositories

RECORD_TYPE = "case_file"
DETAIL = "inzage"
EXISTS = N_(
    "In de map {folder} staat al een inzage van dit kind van vandaag ({name}); kies een andere map."
)


@dataclass(frozen=True, slots=True)
class InzageFiles:
    """Where the two files of one inzage are."""

    pdf: Path
    json: Path


def inzage_files(out_dir: Path, child_id: str, day: date, number: int = 1) -> InzageFiles:
    """'kansencirkel-inzage-1a2b3c4d-2026-12-01.pdf' and '.json' (the second of a day ends
    in '-2'): the child's id, never a name, so a folder can hold several children's."""
    suffix = "" if number == 1 else f"-{number}"
    base = f"kansencirkel-inzage-{child_id[:8]}-{day.isoformat()}{suffix}"
    return InzageFiles(out_dir / f"{base}.pdf", out_dir / f"{base}.json")


def _taken(files: InzageFiles) -> bool:
    return any(p.exists() or p.is_symlink() for p in (files.pdf, files.json))


def free_files(out_dir: Path, child_id: str, day: date, *, new_name: bool) -> InzageFiles:
    """The names to write: the day's first pair, or with ``new_name`` the first free one."""
    if not out_dir.is_dir():
        raise FileNotSaved(FOLDER_MISSING, folder=out_dir)
    for number in itertools.count(1):
        files = inzage_files(out_dir, child_id, day, number)
        if not _taken(files):
            return files
        if not new_name:
            raise FileNotSaved(EXISTS, folder=out_dir, name=files.pdf.name)
    raise AssertionError("unreachable")  # pragma: no cover


def save_inzage(pdf: bytes, text: str, files: InzageFiles) -> None:
    """Both files or neither: the PDF is removed again when the JSON cannot be written."""
    try:
        write_new_file(files.pdf, pdf)
    except FileExistsError:
        raise FileNotSaved(EXISTS, folder=files.pdf.parent, name=files.pdf.name) from None
    except OSError as exc:
        raise file_not_saved(exc, files.pdf) from None
    try:
        write_new_file(files.json, text.encode("utf-8"))
    except BaseException as exc:
        with contextlib.suppress(OSError):
            files.pdf.unlink()
        if isinstance(exc, FileExistsError):
            raise FileNotSaved(EXISTS, folder=files.json.parent, name=files.json.name) from None
        if isinstance(exc, OSError):
            raise file_not_saved(exc, files.json) from None
        raise


def write_inzage(
    repos: Repositories,
    child_id: str,
    out_dir: Path,
    *,
    lang: Lang,
    today: date | None = None,
    printed_at: datetime | None = None,
    new_name: bool = False,
) -> InzageFiles:
    """Write the inzage of ``child_id`` into ``out_dir``; returns where the files are.

    Raises :class:`FileNotSaved` (one sentence: no such folder, an inzage of today is there
    already, a full disk…) or a vault error (no such child). Runs off the GUI thread."""
    from kansencirkel.exchange.casefile_json import case_file_text
    from kansencirkel.reports.inzage import render_inzage

    day = today or clock.today()
    out_dir = Path(out_dir)
    free_files(out_dir, child_id, day, new_name=new_name)  # refuse before any work
    case = repos.children.case_file(child_id, include_superseded=True)
    removed = repos.notes.removed_history(child_id)
    drafts = repos.drafts.for_child(child_id)
    pulses = repos.pulses.for_child(child_id)
    log = repos.audit.entries(child_id)
    kinds = repos.settings.action_kinds()
    files = free_files(out_dir, child_id, day, new_name=new_name)
    pdf = render_inzage(
        case,
        log,
        printed_by=repos.actor.name,
        today=day,
        lang=lang,
        printed_at=printed_at,
        kinds=kinds,
        json_name=files.json.name,
        removed_notes=removed,
        drafts=drafts,
        pulses=pulses,
    )
    save_inzage(pdf, case_file_text(case, clock.now()), files)
    repos.audit.record(AuditKind.EXPORT, RECORD_TYPE, child_id, child_id, detail=DETAIL)
    return files
