"""Names and texts in Arabic script print joined and in reading order, in every kind of PDF.

pdftotext reads a PDF as a viewer does: it gives right-to-left runs back in logical order
(wrapped in embedding marks), with the joined letter forms the page draws. So the check is:
the extracted text, normalised (NFKC turns joined forms back into letters) and without
whitespace, holds the logical string; and no bare (unjoined) Arabic letter was drawn.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date

import pytest
from matplotlib.figure import Figure

from kansencirkel.core.bidi_text import visual
from kansencirkel.core.enums import Perspective, Role
from kansencirkel.core.model import CaseFile, Involvement, Person
from kansencirkel.reports import render_agenda, render_blank_form, render_child_report
from kansencirkel.reports.common import PageDecor, build_pdf
from kansencirkel.reports.mpl_canvas import FigureFlowable
from tests.reports.conftest import TODAY, make_case
from tests.reports.pdfcheck import text

GIVEN, FAMILY = "محمد", "الحسن"
MOTHER = Person("p-ouder", "فاطمة الزهراء", Role.OUDER)
MIXED = "Gesprek met فاطمة over rekenen"
#: What goes well, typed in Arabic by a parent: long enough to wrap over several lines.
GOES_WELL = " ".join(["محمد يساعد أخته الصغيرة ويذهب إلى المدرسة بسعادة كل يوم"] * 6)

_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_BARE_ARABIC = re.compile("[\u0621-\u064a]")  # letters that have joined forms


def logical(extracted: str) -> str:
    """Letters and digits in the order a reader meets them. (pdftotext attaches a bracket
    next to a right-to-left run to the wrong side; the drawn page has it right.)"""
    return "".join(ch for ch in unicodedata.normalize("NFKC", extracted) if ch.isalnum())


def arabic_case() -> CaseFile:
    case = make_case()
    child = replace(case.child, given_name=GIVEN, family_name=FAMILY)
    involvements = tuple(
        Involvement(MOTHER, Role.OUDER) if i.person.role is Role.OUDER else i
        for i in case.involvements
    )
    assessments = tuple(
        replace(a, given_by=MOTHER.name, goes_well=GOES_WELL, wishes=GOES_WELL)
        if a.perspective is Perspective.OUDERS
        else a
        for a in case.assessments
    )
    actions = tuple(replace(a, what=MIXED) for a in case.actions)
    return replace(
        case, child=child, involvements=involvements, assessments=assessments, actions=actions
    )


def test_joined_forms_in_drawing_order_match_the_letters_by_hand() -> None:
    # م initial, ح medial, م medial, د final (Unicode's Arabic presentation forms B), drawn
    # left to right: the last letter first.
    assert visual("محمد") == "\ufeaa\ufee4\ufea4\ufee3"
    assert visual("Sanne de Vries") == "Sanne de Vries"  # left-to-right text is untouched
    # A Dutch line keeps its order around the name; the name itself is reversed.
    assert visual("met محمد erbij") == "met \ufeaa\ufee4\ufea4\ufee3 erbij"


@pytest.mark.parametrize("kind", ["kernteam", "ouders"])
def test_names_and_texts_read_back_in_logical_order(kind: str) -> None:
    pdf = render_child_report(
        arabic_case(),
        kind,
        printed_by="Test",
        today=TODAY,
        lang="nl",  # type: ignore[arg-type]
    )
    extracted = text(pdf)
    assert not _BARE_ARABIC.search(extracted), "an Arabic letter was drawn unjoined"
    read = logical(extracted)
    assert logical(f"{GIVEN} {FAMILY}") in read
    assert logical(MIXED) in read
    # Wrapped over lines, and the lines in reading order (the kernteam prints the wish).
    assert logical(GOES_WELL) in read


def test_a_long_arabic_text_wraps_over_lines_aligned_right() -> None:
    pdf = render_child_report(arabic_case(), "ouders", printed_by="Test", today=TODAY)
    page_text = _layout_text(pdf)
    lines = [line for line in page_text.splitlines() if "يساعد" in logical(line)]
    assert len(lines) >= 3, "the text wraps"
    # Right-aligned: the lines end in the same column (pdftotext -layout keeps columns).
    ends = [len(line.rstrip()) for line in lines[:-1]]
    assert max(ends) - min(ends) <= 1  # one column of rounding; ragged would be several


def _layout_text(pdf: bytes) -> str:
    import subprocess
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
                             check=True, capture_output=True, text=True)  # fmt: skip
    return _BIDI_MARKS.sub("", out.stdout)


def test_agenda_and_blank_form_print_the_name_joined() -> None:
    agenda = render_agenda(TODAY, [arabic_case()], printed_by="Test", today=TODAY)
    form = render_blank_form(
        Perspective.KIND, printed_by="Test", today=TODAY, child_name=f"{GIVEN} {FAMILY}"
    )
    for pdf in (agenda, form):
        extracted = text(pdf)
        assert not _BARE_ARABIC.search(extracted)
        assert logical(f"{GIVEN} {FAMILY}") in logical(extracted)


def test_chart_labels_are_shaped_too() -> None:
    figure = Figure(figsize=(3, 1))
    figure.text(0.1, 0.5, f"{MOTHER.name} (Thuis)")
    decor = PageDecor("Test", "", "Test", date(2026, 3, 16), "nl")
    extracted = text(build_pdf([FigureFlowable(figure, 200)], decor))
    assert not _BARE_ARABIC.search(extracted)
    assert logical(f"{MOTHER.name} (Thuis)") in logical(extracted)


def _ink(pdf: bytes) -> object:
    """The drawn part of page 1 at 150 dpi, cropped to its ink (so position does not matter)."""
    import subprocess
    import tempfile
    from pathlib import Path

    from PIL import Image, ImageOps

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.pdf"
        path.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-singlefile", "-gray",
                        "-png", str(path), str(Path(folder) / "p")], check=True)  # fmt: skip
        page = Image.open(Path(folder) / "p.png").convert("L")
        page.load()
    ink = ImageOps.invert(page)
    box = ink.getbbox()
    assert box is not None
    return ink.crop(box)


def test_a_rendered_name_matches_a_reference_rendering_of_the_joined_word() -> None:
    """The page as a reader sees it: محمد through the report pipeline (a Paragraph) and the
    joined forms written out by hand, drawn straight on a canvas, give the same pixels."""
    import io

    from PIL import ImageChops
    from reportlab.pdfgen.canvas import Canvas

    from kansencirkel.reports.common import para
    from kansencirkel.reports.fonts import REGULAR, register_fonts
    from kansencirkel.reports.styles import make_styles

    register_fonts()
    style = make_styles().body
    buf = io.BytesIO()
    canvas = Canvas(buf)
    flow = para(GIVEN, style)
    flow.wrap(400, 100)
    flow.drawOn(canvas, 72, 700)
    canvas.save()
    ours = buf.getvalue()
    buf = io.BytesIO()
    canvas = Canvas(buf)
    canvas.setFont(REGULAR, style.fontSize)
    canvas.drawString(72, 700, "\ufeaa\ufee4\ufea4\ufee3")  # د ـمـ ـحـ مـ, left to right
    canvas.save()
    reference = _ink(buf.getvalue())
    drawn = _ink(ours)
    assert drawn.size == reference.size  # type: ignore[attr-defined]
    diff = ImageChops.difference(drawn, reference).getbbox()  # type: ignore[arg-type]
    assert diff is None, "the name is not drawn as the joined word"
