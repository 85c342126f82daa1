"""The AVG inzage (art. 15): everything the vault holds about one child, read back from the
real PDF (pdftotext) and the JSON beside it, for a child with a long history in a real vault."""

from __future__ import annotations

import json
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest

from kansencirkel.commands.inzage_files import InzageFiles, inzage_files, write_inzage
from kansencirkel.core import clock
from kansencirkel.core.dates import format_moment
from kansencirkel.core.enums import AuditKind
from kansencirkel.core.model import AuditEntry, CaseFile
from kansencirkel.core.write_errors import FileNotSaved
from kansencirkel.exchange.casefile_json import case_file_from_json, parse_json
from kansencirkel.vault.vault import Vault
from tests.reports import pdfcheck
from tests.support import inzage_history as h
from tests.support.vaults import TEST_MEMBER, Kid, make_vault

TODAY = date(2026, 10, 14)
READINGS = 12


@dataclass
class Made:
    vault: Vault
    history: h.History
    files: InzageFiles
    pdf: bytes
    text: str  # the PDF's text without whitespace and page furniture
    log_before: list[AuditEntry]  # the audit log as the inzage printed it


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Made]:
    previous = clock.set_clock(clock.ShiftedClock(TODAY))
    root = tmp_path_factory.mktemp("inzage")
    kid = Kid("Sanne", "de Vries", "OBS De Linde", "6", date(2014, 3, 2))
    vault = make_vault(root / "team.kcv", demo=True, children=[kid]).vault
    try:
        child_id = vault.repos.children.first_screen(TODAY, 1)[0].child.id
        history = h.fill_history(vault, child_id, TODAY, readings=READINGS)
        log_before = vault.repos.audit.entries(child_id)
        out = root / "out"
        out.mkdir()
        files = write_inzage(vault.repos, child_id, out, lang="nl")
        pdf = files.pdf.read_bytes()
        yield Made(vault, history, files, pdf, pdfcheck.body_flat(pdf), log_before)
    finally:
        vault.close()
        clock.set_clock(previous)


def flat(s: str) -> str:
    return pdfcheck.flat(s)


def test_every_reading_is_there_with_its_corrected_and_withdrawn_versions(made: Made) -> None:
    for i in range(READINGS):
        assert flat(f"Gaat goed {i}") in made.text
        assert flat(f"Toelichting {i}") in made.text
    # Every version once: the 12 typed, plus the correction of the first.
    assert made.text.count(flat("Ingevoerd door")) == READINGS + 1
    assert made.text.count(flat("(oude versie)")) == 1
    assert flat(f"Reden van de verbetering: {h.CORRECTION_REASON}") in made.text
    assert made.text.count(flat("(ingetrokken)")) == 1
    assert flat(h.WITHDRAW_REASON) in made.text
    # Scores as the scale's words, "weet niet" as such.
    assert flat("5 · Gaat heel goed") in made.text
    assert flat("? · Weet niet / niet besproken") in made.text


def test_intern_notes_are_marked_and_earlier_and_removed_versions_shown(made: Made) -> None:
    marked = flat(f"{TEST_MEMBER} · intern (alleen voor het team)") + flat(h.INTERN_TEXT)
    assert marked in made.text
    assert flat(h.SHARED_TEXT) in made.text
    assert flat(h.OLD_NOTE_TEXT) in made.text  # the version before the edit
    assert flat(h.REMOVED_TEXT) in made.text  # removed from screens, still in the vault
    assert flat("verwijderd op") in made.text


def test_afspraken_overleggen_consents_and_people(made: Made) -> None:
    text = made.text
    for needle in (
        h.ACTION_TEXT,
        h.EVALUATION_SENTENCE,
        "Heeft het geholpen? Een beetje",
        "Samen naar de sportclub",
        "Samen naar de ster gekeken.",
        "Oudergesprek, gepland op",
        "Mentor Jansen",
        "telefoon 06-12345678",
        "nee, verlopen op",
        "nee, ingetrokken op",
        "ja, tot en met",
    ):
        assert flat(needle) in text, needle
    for who in made.history.consents:
        assert flat(f"Gegeven door: {who}") in text


def test_unfinished_metingen_and_the_terugblik_on_an_overleg(made: Made) -> None:
    text = made.text
    assert flat("Metingen die nog niet af zijn") in text
    assert flat("School,") in text and flat("(nog niet af)") in text
    assert flat(h.DRAFT_TEXT) in text
    assert flat("nog niet ingevuld") in text  # the rows the draft had not reached
    assert flat("Terugblik op de samenwerking (Ouders):") in text
    assert flat(f"Waren de juiste mensen erbij?: 4 · Gaat goed — {h.PULSE_SENTENCE}") in text


def _row(e: AuditEntry, what: str) -> str:
    return flat(f"{format_moment(e.at.astimezone(), 'nl')} {e.actor} {what}")


def test_the_audit_log_names_who_did_what_when(made: Made) -> None:
    views = [e for e in made.log_before if e.kind is AuditKind.VIEW]
    prints = [e for e in made.log_before if e.kind is AuditKind.PRINT]
    assert views and prints
    assert _row(views[-1], "bekeken dossier") in made.text
    assert _row(prints[-1], "afgedrukt overzicht (PDF) — overzicht voor ouders") in made.text
    # Plain words only: no record ids or field names from the log's details.
    assert "correction_of" not in made.text and "fields:" not in made.text


def test_the_export_is_logged_once_as_inzage(made: Made) -> None:
    entries = made.vault.repos.audit.entries(made.history.child_id)
    exports = [e for e in entries if e.kind is AuditKind.EXPORT and e.detail == "inzage"]
    assert len(exports) == 1
    assert exports[0].record_id == made.history.child_id


def test_the_opening_says_what_this_is_and_how_to_correct_it(made: Made) -> None:
    first = flat(pdfcheck.pages(made.pdf)[0])
    assert flat("artikel 15 van de AVG") in first
    assert flat("artikel 16 van de AVG") in first
    assert flat("Stel uw vraag aan Mentor Jansen") in first
    assert flat(made.files.json.name) in first
    assert flat("14 oktober 2026") in first  # dates written out in Dutch


def test_no_totals_no_averages(made: Made) -> None:
    lowered = made.text.lower()
    for word in ("totaal", "gemiddeld", "risico"):
        assert word not in lowered


def test_the_demo_mark_is_on_every_page(made: Made) -> None:
    pages = pdfcheck.pages(made.pdf)
    assert len(pages) > 3
    assert all("DEMO — fictieve gegevens" in p for p in pages)


def test_the_json_round_trips_and_holds_the_history(made: Made) -> None:
    read = case_file_from_json(parse_json(made.files.json.read_bytes()))
    case: CaseFile = made.vault.repos.children.case_file(
        made.history.child_id, include_superseded=True
    )
    # An exported file carries no edit counters (a store's own, exchange/casefile_json.py).
    assert read == replace(
        case,
        compare_months=read.compare_months,
        child=replace(case.child, version=1),
        actions=tuple(replace(a, version=1) for a in case.actions),
        meetings=tuple(replace(m, version=1) for m in case.meetings),
        consents=tuple(replace(c, version=1) for c in case.consents),
        involvements=tuple(
            replace(i, person=replace(i.person, version=1)) for i in case.involvements
        ),
    )
    ids = {a.id for a in (*read.assessments, *read.superseded, *read.withdrawn)}
    assert ids == set(made.history.readings)
    assert json.loads(made.files.json.read_text(encoding="utf-8"))["format"]


def test_both_files_are_private_and_never_overwritten(made: Made, tmp_path: Path) -> None:
    for path in (made.files.pdf, made.files.json):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    before = made.files.pdf.read_bytes()
    repos, child_id = made.vault.repos, made.history.child_id
    with pytest.raises(FileNotSaved) as refused:
        write_inzage(repos, child_id, made.files.pdf.parent, lang="nl")
    assert "staat al een inzage" in refused.value.message.text("nl")
    assert made.files.pdf.read_bytes() == before
    # The app asks for a new name instead: the day's second pair.
    again = write_inzage(repos, child_id, made.files.pdf.parent, lang="nl", new_name=True)
    assert again == inzage_files(made.files.pdf.parent, child_id, TODAY, 2)
    assert again.pdf.is_file() and again.json.is_file()
    # A JSON in the way: refused, and no PDF left behind on its own.
    lone = inzage_files(tmp_path, child_id, TODAY)
    lone.json.write_text("{}", encoding="utf-8")
    with pytest.raises(FileNotSaved):
        write_inzage(repos, child_id, tmp_path, lang="nl")
    assert not lone.pdf.exists()
    with pytest.raises(FileNotSaved) as missing:
        write_inzage(repos, child_id, tmp_path / "nergens", lang="nl")
    assert "bestaat niet" in missing.value.message.text("nl")


def test_file_names_hold_no_name() -> None:
    files = inzage_files(Path("/x"), "1a2b3c4d-5e6f", TODAY)
    assert files.pdf.name == "kansencirkel-inzage-1a2b3c4d-2026-10-14.pdf"
    assert re.fullmatch(r"kansencirkel-inzage-[0-9a-f]{8}-2026-10-14\.json", files.json.name)


def test_an_arabic_name_and_text_print_shaped() -> None:
    from kansencirkel.reports.inzage import render_inzage
    from tests.reports.test_rtl import _BARE_ARABIC, FAMILY, GIVEN, GOES_WELL, arabic_case, logical

    pdf = render_inzage(arabic_case(), [], printed_by="Test", today=TODAY)
    extracted = pdfcheck.text(pdf)
    assert not _BARE_ARABIC.search(extracted), "an Arabic letter was drawn unjoined"
    read = logical(extracted)
    assert logical(f"{GIVEN} {FAMILY}") in read
    assert logical(GOES_WELL) in read


def test_in_english_dates_and_words_are_english(made: Made) -> None:
    from kansencirkel.reports.inzage import render_inzage

    case = made.vault.repos.children.case_file(made.history.child_id, include_superseded=True)
    pdf = render_inzage(case, made.log_before, printed_by="Test", today=TODAY, lang="en")
    text = pdfcheck.body_flat(pdf)
    for needle in ("14 October 2026", "article 15 of the GDPR", "Who used the file",
                   "? · Don't know / not discussed", "internal (for the team only)"):  # fmt: skip
        assert flat(needle) in text, needle
    for dutch in ("oktober", "Metingen", "Toestemmingen", "bekeken"):
        assert flat(dutch) not in text, dutch
    assert all("DEMO" in p for p in pdfcheck.pages(pdf))


def test_an_empty_file_says_so_and_names_who_made_the_document() -> None:
    from kansencirkel.reports.inzage import render_inzage
    from tests.reports.conftest import make_case

    full = make_case(demo=False)
    case = replace(
        full,
        child=replace(full.child, regiehouder=None),
        involvements=(),
        assessments=(),
        actions=(),
        meetings=(),
        notes=(),
        consents=(),
    )
    pdf = render_inzage(case, [], printed_by="Fatma Yıldız", today=TODAY)
    text = pdfcheck.body_flat(pdf)
    assert flat("Stel uw vraag aan Fatma Yıldız, die dit document heeft gemaakt.") in text
    for none in ("readings.none", "notes.none", "actions.none", "meetings.none",
                 "consents.none", "log.none", "people.none"):  # fmt: skip
        from kansencirkel.reports.inzage_texts import it

        assert flat(it("nl", none)) in text, none
    assert "DEMO" not in pdfcheck.text(pdf)  # a real vault's inzage carries no demo mark


def test_no_section_heading_is_left_alone_at_the_foot_of_a_page(made: Made) -> None:
    from kansencirkel.reports.inzage_texts import it

    keys = ("readings", "drafts", "notes", "actions", "meetings", "consents", "log", "people")
    headings = {it("nl", f"sec.{k}") for k in keys}
    for page in pdfcheck.pages(made.pdf)[:-1]:
        lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
        body = [ln for ln in lines if not ln.startswith(("Vertrouwelijk", "Afgedrukt", "Pagina"))]
        assert body[-1] not in headings, body[-3:]


def test_the_log_says_on_whose_behalf(tmp_path: Path) -> None:
    """NEN 7513's "namens wie" in the parents' printout: the member's organisation, and for a
    reading typed in from a parent's form the parent's role (never the parent's name)."""
    from kansencirkel.core.elements import ELEMENT_KEYS
    from kansencirkel.core.enums import Perspective, Role
    from kansencirkel.core.model import AssessmentInput

    kid = Kid("Sanne", "de Vries", "OBS De Linde", "6", date(2014, 3, 2))
    vault = make_vault(tmp_path / "team.kcv", demo=True, children=[kid]).vault
    try:
        vault.on_behalf_of = "OBS De Linde"
        child_id = vault.repos.children.first_screen(clock.today(), 1)[0].child.id
        vault.repos.children.case_file(child_id)
        reading = AssessmentInput(
            child_id,
            Perspective.OUDERS,
            clock.today(),
            "Mama de Vries",
            Role.OUDER,
            {k: 4 for k in ELEMENT_KEYS},
            goes_well="Speelt graag buiten",
        )
        vault.repos.assessments.save(reading)
        out = tmp_path / "out"
        out.mkdir()
        text = pdfcheck.body_flat(
            write_inzage(vault.repos, child_id, out, lang="nl").pdf.read_bytes()
        )
    finally:
        vault.close()
    assert flat(f"{TEST_MEMBER}, namens OBS De Linde bekeken dossier") in text
    assert flat(f"{TEST_MEMBER}, namens Ouder/verzorger toegevoegd meting") in text
    log = text[text.index(flat("Wie heeft het dossier gebruikt")) :]
    assert "Mama" not in log
