"""Blank forms: the child's form per age band (wording, type sizes, the largest star, faces)
and the parents' form in "u" with room to write."""

from __future__ import annotations

import re
from datetime import date

import pytest

from kansencirkel.core.age_band import band_for, choose_band
from kansencirkel.core.elements import catalog
from kansencirkel.core.enums import Perspective
from kansencirkel.reports import render_blank_band, render_blank_form
from kansencirkel.reports.blank_child import star_names
from kansencirkel.reports.common import WritingLines
from kansencirkel.reports.faces import FaceScale
from kansencirkel.reports.mpl_canvas import FigureFlowable
from kansencirkel.reports.texts import t
from tests.reports import pdfcheck, pdfsizes
from tests.reports.conftest import TODAY

F = pdfcheck.flat
BANDS = ("4-7", "8-12", "12+")
JIJ = re.compile(r"\b(je|jij|jou|jouw|jezelf)\b", re.IGNORECASE)
U = re.compile(r"\b(u|uw)\b", re.IGNORECASE)
DRAWN = (FigureFlowable, FaceScale, WritingLines)


def _child_form(band: str, lang: str = "nl") -> bytes:
    return render_blank_form(
        Perspective.KIND, age_band=band, printed_by="IB", today=TODAY, lang=lang,  # type: ignore[arg-type]
        child_name="Elif",
    )  # fmt: skip


def test_the_band_follows_the_date_of_birth() -> None:
    assert band_for(date(2021, 3, 16), TODAY) == "4-7"  # 5
    assert band_for(date(2018, 3, 17), TODAY) == "4-7"  # 7, a day before 8
    assert band_for(date(2018, 3, 16), TODAY) == "8-12"
    assert band_for(date(2014, 3, 17), TODAY) == "8-12"  # 11
    assert band_for(date(2014, 3, 16), TODAY) == "12+"
    assert band_for(None, TODAY) is None
    assert choose_band(None, TODAY, "12+") == "12+"
    assert choose_band(date(2021, 1, 1), TODAY, "12+") == "4-7"  # the child's own age wins
    assert choose_band(None, TODAY, None) == "8-12"


@pytest.mark.parametrize("band", BANDS)
def test_each_band_has_its_own_wording(band: str) -> None:
    text = F(pdfcheck.text(_child_form(band)))
    assert F(t("nl", f"b.band.{band}")) in text
    prefix = {"4-7": "b.young", "8-12": "b.mid", "12+": "b.teen"}[band]
    for key in ("star", "how", "goes_well", "wishes"):
        assert F(t("nl", f"{prefix}.{key}")) in text
    for el in catalog().elements:
        assert F(el.child_sentence("nl")) in text
    read_aloud = F(t("nl", "b.young.adult"))
    assert (read_aloud in text) is (band == "4-7")
    assert (F(catalog().element("veilig").prompts("nl")[0]) in text) is (band == "12+")


@pytest.mark.parametrize("band", BANDS)
def test_the_child_is_spoken_to_as_jij(band: str) -> None:
    text = " ".join(pdfcheck.text(_child_form(band)).split())
    if band == "4-7":  # the note for the adult is the one text not meant for the child
        text = text.replace(" ".join(t("nl", "b.young.adult").split()), "")
    assert not U.search(text.replace("Afgedrukt door", ""))
    assert JIJ.search(text)


def test_the_parents_form_says_u_throughout() -> None:
    data = render_blank_form(Perspective.OUDERS, printed_by="IB", today=TODAY)
    text = pdfcheck.text(data)
    assert not JIJ.search(text), JIJ.search(text)
    assert U.search(text)
    assert t("nl", "b.talk.parents") in text


@pytest.mark.parametrize("band", BANDS)
def test_every_text_on_the_childs_form_is_11_pt_or_more(band: str) -> None:
    runs = pdfsizes.body_runs(_child_form(band))
    assert runs
    # The star's ring numbers (1-5 along one axis) are the chart's, not words for the child.
    small = [r for r in runs if r.size < 10.95 and not r.text.isdigit()]
    assert not small, small[:5]
    labels = {part for name in star_names("nl").values() for part in name.split("\n")}
    star = [r for r in runs if r.text in labels]
    assert len(star) >= 8 and min(r.size for r in star) >= 12


@pytest.mark.parametrize("band", BANDS)
def test_the_childs_star_is_the_largest_drawing_on_its_page(
    band: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pdfsizes.drawings(monkeypatch, *DRAWN) as drawn:
        _child_form(band)
    (star,) = [d for d in drawn if d.kind == "FigureFlowable"]
    assert star.page == 1
    others = [d for d in drawn if d.page == star.page and d is not star]
    assert all(d.area < star.area for d in others)
    faces = [d for d in drawn if d.kind == "FaceScale"]
    assert len(faces) == 8
    with pdfsizes.drawings(monkeypatch, FigureFlowable) as adults:
        render_blank_form(Perspective.OUDERS, printed_by="IB", today=TODAY)
    assert adults[0].width < star.width  # the child's star is not the smallest


@pytest.mark.parametrize("form", ["4-7", "8-12", "12+", "ouders"])
def test_five_ruled_lines_or_more_per_question(form: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pdfsizes.drawings(monkeypatch, WritingLines) as drawn:
        if form == "ouders":
            data = render_blank_form(Perspective.OUDERS, printed_by="IB", today=TODAY)
        else:
            data = _child_form(form)
    assert len(drawn) == (3 if form == "ouders" else 2)
    assert all(d.lines >= 5 for d in drawn), drawn
    assert pdfcheck.page_count(data) == 3


def test_a_blank_form_for_no_child_takes_the_band_asked_for() -> None:
    data = render_blank_band("4-7", {Perspective.KIND}, printed_by="IB", today=TODAY)
    text = pdfcheck.text(data)
    assert t("nl", "b.band.4-7") in text
    assert "Blik: Ouders" not in text


def test_the_english_forms_have_the_same_parts() -> None:
    text = F(pdfcheck.text(_child_form("4-7", "en")))
    assert F(t("en", "b.young.adult")) in text
