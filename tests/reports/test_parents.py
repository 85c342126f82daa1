"""The parent overview obeys consent: nothing unconsented, never an intern note, and it says
what was left out and why without showing it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kansencirkel.core.enums import Audience, Consenter
from kansencirkel.core.model import Consent
from kansencirkel.reports import render_child_report
from kansencirkel.reports.texts import t
from tests.reports import pdfcheck
from tests.reports.conftest import INTERN_SECRET, TODAY, ZORG_SECRET, make_case


def ouders(case=None, **kw) -> bytes:  # type: ignore[no-untyped-def]
    return render_child_report(case or make_case(), "ouders", printed_by="Juf Łucja",
                               today=TODAY, **kw)  # fmt: skip


def has(text: str, part: str) -> bool:
    """``part`` in ``text`` wherever the lines wrap."""
    return pdfcheck.flat(part) in pdfcheck.flat(text)


def test_goes_well_first_own_view_and_consented_views() -> None:
    text = pdfcheck.text(ouders())
    assert t("nl", "title.ouders") in text
    assert text.index(t("nl", "sec.goes_well")) < text.index("Hoe kijken we naar Elif Şebnem?")
    assert "U (thuis)" in text  # the parents' own column and label
    assert "ouders: zij helpt graag andere kinderen" in text  # own view: always
    assert "kind: zij helpt graag andere kinderen" in text  # consented
    assert "school: zij helpt graag andere kinderen" in text  # consented
    assert t("nl", "p.agreements") in text
    assert t("nl", "p.handwritten") in text


def test_no_intern_note_and_no_unconsented_perspective() -> None:
    text = pdfcheck.text(ouders())
    assert INTERN_SECRET not in text
    assert "INTERNGEHEIM" not in text
    assert ZORG_SECRET not in text
    assert "zorg: meer rust" not in text  # the zorg view's wishes
    # The shareable note is there, printed literally.
    assert "Gesprek met moeder & oma <gezellig>" in text
    # Said what is left out and why, without showing it.
    assert t("nl", "p.left_out") in text
    assert has(text, "De cijfers van de hulpverlening: hiervoor is geen toestemming gegeven")


def test_without_notes_consent_even_shareable_notes_stay_out() -> None:
    text = pdfcheck.text(ouders(make_case(consent_parts=("kind", "school"))))
    assert "Gesprek met moeder" not in text
    # One line per reason; the parents' own afspraak still prints, the others are named.
    assert has(
        text,
        "De cijfers van de hulpverlening, de andere afspraken en de notities: hiervoor is "
        "geen toestemming gegeven om te delen.",
    )
    assert t("nl", "p.agreements") in text


def test_child_of_13_must_consent_too() -> None:
    case = make_case(dob=date(2012, 9, 1))  # 13 on TODAY: parents *and* child decide
    text = pdfcheck.text(ouders(case))
    assert "kind: zij helpt graag" not in text
    assert has(text, "De cijfers van uw kind en school, de andere afspraken en de notities: ")
    assert has(text, "hiervoor ontbreekt nog toestemming van uw kind.")
    with_child = replace(
        case,
        consents=(
            *case.consents,
            Consent(
                "k-2",
                "c-1",
                Consenter.KIND,
                "Elif",
                ("kind",),
                (Audience.OUDERS,),
                date(2026, 1, 1),
            ),
        ),
    )
    assert "kind: zij helpt graag" in pdfcheck.text(ouders(with_child))


def test_withdrawn_consent_is_named() -> None:
    case = make_case()
    withdrawn = replace(case.consents[0], withdrawn_on=date(2026, 1, 1))
    text = pdfcheck.text(ouders(replace(case, consents=(withdrawn,))))
    assert "school: zij helpt graag" not in text
    assert has(text, "De cijfers van uw kind en school, de andere afspraken en de notities: ")
    assert has(text, "de toestemming om dit te delen is ingetrokken.")
    assert "ouders: zij helpt graag" in text  # their own view stays


def test_fonts_embedded_and_demo_marked() -> None:
    data = ouders()
    assert all(f["emb"] == "yes" for f in pdfcheck.fonts(data))
    for page in pdfcheck.pages(data):
        assert t("nl", "demo") in page
        assert t("nl", "confidential") in page


def test_english_parent_version() -> None:
    text = pdfcheck.text(ouders(lang="en"))
    assert "Overview for the parent meeting" in text
    assert "You (at home)" in text
    assert has(text, "The numbers from family support: no consent has been given to share this.")


def test_long_shareable_note_flows_on_and_keeps_all_text() -> None:
    from kansencirkel.core.enums import Visibility
    from kansencirkel.core.model import Note

    text20k = " ".join(f"zin{i:05d}" for i in range(2500))[:20000]
    note = Note("n-l", "c-1", TODAY, text20k, (), Visibility.DEELBAAR, "IB")
    short = ouders(make_case(notes=()))
    long = ouders(make_case(notes=(note,)))
    assert pdfcheck.page_count(long) >= pdfcheck.page_count(short) + 3
    running = (t("nl", "title.ouders"), "Elif Şebnem Kowalczyk-Trần")
    assert pdfcheck.flat(text20k) in pdfcheck.body_flat(long, *running)


def test_every_report_key_reads_from_the_english_catalogue() -> None:
    # Each message's translation is checked in tests/core/test_i18n.py; here: every key works.
    from kansencirkel.reports import texts

    for key in texts.all_keys():
        assert texts.tn("en", key, 2) if key in texts._PLURALS else texts.t("en", key)
    assert texts.t("en", "title.ouders") == "Overview for the parent meeting"
    assert texts.tn("en", "age.years", 1) == "1 year"
