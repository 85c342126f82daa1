"""The kernteam overview: content, fonts, escaping, long text and page furniture."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import replace
from datetime import timedelta

from pypdf import PdfReader

from kansencirkel.core.enums import Visibility
from kansencirkel.core.model import Note
from kansencirkel.reports import render_child_report
from kansencirkel.reports.texts import t
from tests.reports import pdfcheck
from tests.reports.conftest import INTERN_SECRET, TODAY, make_case

PRINTER = "Đặng Thị Hương"
RUNNING = (t("nl", "title.kernteam"), "Elif Şebnem Kowalczyk-Trần")


def kernteam(case=None, **kw) -> bytes:  # type: ignore[no-untyped-def]
    return render_child_report(case or make_case(), "kernteam", printed_by=PRINTER,
                               today=TODAY, **kw)  # fmt: skip


def test_header_names_sections_and_topics_are_present() -> None:
    text = pdfcheck.text(kernteam())
    for expected in (
        t("nl", "title.kernteam"),
        "Elif Şebnem Kowalczyk-Trần",  # Turkish + Vietnamese letters
        "Łukasz Wiśniewski",  # Polish
        "Ayşe Yılmaz-Nguyễn",
        "Gülşen Öztürk",
        "9 jaar",
        "OBS De Regenboog / Groep 5",
        t("nl", "sec.goes_well"),
        t("nl", "sec.scores"),
        t("nl", "sec.topics"),
        t("nl", "sec.stars"),
        t("nl", "sec.trends"),
        "Afspraken",
        t("nl", "sec.notes"),
        t("nl", "label.next"),
        "6 april 2026",
    ):
        assert expected in text, expected
    # The team sees its internal notes (the parent version never does).
    assert INTERN_SECRET in text
    # Differences of 2+ are marked and listed as topics, never as warnings.
    assert "◆ Veilig" in text
    assert "Veilig: school ziet 2" in text


def test_what_goes_well_comes_before_scores() -> None:
    text = pdfcheck.text(kernteam())
    assert text.index(t("nl", "sec.goes_well")) < text.index(t("nl", "sec.scores"))


def test_every_font_is_embedded_and_no_bitmaps() -> None:
    data = kernteam()
    fonts = pdfcheck.fonts(data)
    assert fonts, "expected the DejaVu fonts"
    assert all(f["emb"] == "yes" for f in fonts), fonts
    assert all("DejaVuSans" in f["name"] for f in fonts), fonts
    assert pdfcheck.image_count(data) == 0  # charts are vector drawings


def test_footer_and_demo_marker_on_every_page() -> None:
    data = kernteam()
    pages = pdfcheck.pages(data)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert t("nl", "confidential") in page
        assert f"Pagina {number} van {len(pages)}" in page
        assert f"Afgedrukt door {PRINTER} op 16-03-2026" in page
        assert t("nl", "demo") in page


def test_real_vault_has_no_demo_marker() -> None:
    text = pdfcheck.text(kernteam(make_case(demo=False)))
    assert "DEMO" not in text


def test_user_markup_prints_literally() -> None:
    note = Note("n-x", "c-1", TODAY, "Let op: <b>niet vet</b> & &amp; <script>x</script>",
                (), Visibility.DEELBAAR, "Juf <Anna> & co")  # fmt: skip
    case = make_case(notes=(note,))
    case = replace(case, child=replace(case.child, given_name="Zoë <i>", family_name="& Co"))
    text = pdfcheck.text(kernteam(case))
    # The note now follows its bold lead in one paragraph, so it may wrap: compare flat.
    assert pdfcheck.flat("<b>niet vet</b> & &amp; <script>x</script>") in pdfcheck.flat(text)
    assert pdfcheck.flat("Juf <Anna> & co") in pdfcheck.flat(text)
    assert "Zoë <i> & Co" in text


def test_a_20000_character_note_flows_over_pages_without_losing_text() -> None:
    words = [f"woord{i:05d}" for i in range(2000)]
    long_text = " ".join(words)[:20000]
    short = kernteam(make_case(notes=()))
    note = Note("n-long", "c-1", TODAY, long_text, (), Visibility.DEELBAAR, "IB")
    long = kernteam(make_case(notes=(note,)))
    assert pdfcheck.page_count(long) >= pdfcheck.page_count(short) + 3
    found = re.findall(r"woord\d{5}", pdfcheck.text(long))
    assert found == re.findall(r"woord\d{5}", long_text)
    assert pdfcheck.flat(long_text) in pdfcheck.body_flat(long, *RUNNING)


def test_one_unbroken_20000_character_word_is_split_not_cut() -> None:
    blob = ("Ş" + "x" * 99) * 200
    note = Note("n-blob", "c-1", TODAY, blob, (), Visibility.DEELBAAR, "IB")
    data = kernteam(make_case(notes=(note,)))
    assert pdfcheck.flat(blob) in pdfcheck.body_flat(data, *RUNNING)


def test_decomposed_accents_are_composed_for_print() -> None:
    case = make_case()
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    case = replace(case, child=replace(case.child, given_name=nfd, family_name=""))
    assert "Nguyễn Thị Ánh" in pdfcheck.text(kernteam(case))


def test_metadata_is_neutral() -> None:
    meta = PdfReader(io.BytesIO(kernteam())).metadata
    assert meta is not None
    values = " ".join(str(v) for v in meta.values())
    assert "Elif" not in values and "Kowalczyk" not in values


def test_perspective_choice_narrows_the_table() -> None:
    from kansencirkel.core.enums import Perspective

    text = pdfcheck.text(kernteam(perspectives={Perspective.OUDERS, Perspective.SCHOOL}))
    assert "ZORGGEHEIM" not in text  # the zorg view's 'goes well' text


def test_moment_choice_uses_the_older_reading() -> None:
    older = TODAY - timedelta(days=60)
    text = pdfcheck.text(kernteam(moments={older}))
    assert f"Kind — Elif, {older.day} januari 2026" in text
    assert "Kind — Elif, 16 maart 2026" not in text


def test_english_version() -> None:
    text = pdfcheck.text(kernteam(lang="en"))
    for expected in ("Core team overview", "What goes well", "Confidential", "Page 1 of",
                     "Agreements", "DEMO — fictional data"):  # fmt: skip
        assert expected in text, expected
    assert t("nl", "confidential") not in text


def test_case_without_anything_still_renders() -> None:
    case = replace(make_case(history=0, actions=0, notes=()), meetings=(), involvements=())
    text = pdfcheck.text(kernteam(case))
    assert t("nl", "no.assessments") in text
    assert t("nl", "no.actions") in text
