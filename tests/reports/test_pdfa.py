"""The archival copy (PDF/A-2b): what a validator checks first, read back with pikepdf,
Pillow and poppler. veraPDF, the reference validator, does not install here (it is a Java
program outside PyPI and Debian); these checks cover the rules reportlab's output could
break: output intent, XMP identification, metadata in step with the document information,
every font embedded, no encryption, the same text as the normal PDF."""

from __future__ import annotations

import io
import re

import pikepdf
import pytest
from PIL import ImageCms

from kansencirkel.reports import render_agenda, render_blank_form, render_child_report
from kansencirkel.reports.pdfa import archival_copy
from tests.reports import pdfcheck
from tests.reports.conftest import TODAY, make_case


def _reports() -> dict[str, bytes]:
    case = make_case()
    return {
        "kernteam": render_child_report(case, "kernteam", printed_by="T", today=TODAY),
        "ouders-en": render_child_report(case, "ouders", printed_by="T", today=TODAY, lang="en"),
        "blanco": render_blank_form(case.assessments[0].perspective, printed_by="T", today=TODAY),
        "agenda": render_agenda(TODAY, [case], printed_by="T", today=TODAY),
    }


@pytest.mark.parametrize("name", ["kernteam", "ouders-en", "blanco", "agenda"])
def test_archival_copy_declares_pdfa_2b_with_an_srgb_intent(name: str) -> None:
    original = _reports()[name]
    copy = archival_copy(original)
    with pikepdf.open(io.BytesIO(copy)) as doc:
        assert "/Encrypt" not in doc.trailer and "/ID" in doc.trailer
        (intent,) = doc.Root.OutputIntents
        assert intent.S == pikepdf.Name.GTS_PDFA1
        profile = intent.DestOutputProfile
        assert profile.N == 3
        icc = ImageCms.ImageCmsProfile(io.BytesIO(profile.read_bytes()))
        assert "sRGB" in ImageCms.getProfileDescription(icc)
        meta = doc.open_metadata()
        assert meta.pdfa_status == "2B"
        assert "/Filter" not in doc.Root.Metadata  # XMP stays readable without decoding
        assert str(meta["dc:title"]) == str(doc.docinfo.Title)
        assert str(doc.Root.Lang) == ("en-GB" if name.endswith("-en") else "nl-NL")
    # The metadata is neutral: no child's name in title, subject or XMP.
    raw = copy.decode("latin-1")
    xmp = re.search(r"<x:xmpmeta.*?</x:xmpmeta>", raw, re.S)
    assert xmp is not None and "Elif" not in xmp.group(0)
    assert all(f["emb"] == "yes" for f in pdfcheck.fonts(copy))
    assert pdfcheck.text(copy) == pdfcheck.text(original)


def test_the_normal_pdf_is_not_archival() -> None:
    with pikepdf.open(io.BytesIO(_reports()["kernteam"])) as doc:
        assert "/OutputIntents" not in doc.Root
        assert doc.open_metadata().pdfa_status == ""
