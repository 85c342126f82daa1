"""An archival copy (PDF/A-2b) of a report, for a school that files it with a groeidocument
or an OPP.

reportlab already writes most of what PDF/A-2b asks: every font embedded (DejaVu, subset), no
encryption, no JavaScript, a document ID, the language (/Lang) and a neutral title without the
child's name. What it cannot write, pikepdf adds: an output intent with an sRGB ICC profile
(the page colours are device RGB) and XMP metadata that matches the document information and
declares PDF/A-2b. Everything happens in memory; no copy of the report touches the disk.
"""

from __future__ import annotations

import io
from functools import lru_cache

import pikepdf
from PIL import ImageCms

#: What the output intent and the XMP say the document is.
PDFA_PART, PDFA_CONFORMANCE = "2", "B"
SRGB = "sRGB IEC61966-2.1"


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    """The sRGB ICC profile, built by LittleCMS (inside Pillow): no file to ship."""
    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def archival_copy(pdf: bytes) -> bytes:
    """``pdf`` as PDF/A-2b: the same pages, with an sRGB output intent and PDF/A metadata."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        profile = pikepdf.Stream(doc, srgb_profile())
        profile.N = 3
        doc.Root.OutputIntents = pikepdf.Array(
            [
                pikepdf.Dictionary(
                    Type=pikepdf.Name.OutputIntent,
                    S=pikepdf.Name.GTS_PDFA1,  # the subtype every PDF/A part uses
                    OutputConditionIdentifier=SRGB,
                    Info=SRGB,
                    RegistryName="http://www.color.org",
                    DestOutputProfile=profile,
                )
            ]
        )
        # reportlab writes /Trapped, which pikepdf cannot carry into XMP; PDF/A wants the
        # two in step, and the entry is optional.
        if "/Trapped" in doc.docinfo:
            del doc.docinfo["/Trapped"]
        with doc.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta.load_from_docinfo(doc.docinfo)
            meta["pdfaid:part"] = PDFA_PART
            meta["pdfaid:conformance"] = PDFA_CONFORMANCE
        out = io.BytesIO()
        doc.save(out, fix_metadata_version=False)
        return out.getvalue()
