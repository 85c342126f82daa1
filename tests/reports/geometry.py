"""Page geometry read back from a PDF with poppler's ``pdftotext -bbox``: how far down each
page the content reaches (the page furniture left out)."""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

from kansencirkel.reports.styles import MARGIN_BOTTOM, MARGIN_TOP, PAGE_HEIGHT

_PAGE = re.compile(r"<page [^>]*>(.*?)</page>", re.S)
_WORD = re.compile(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">')


def word_boxes(data: bytes) -> list[list[tuple[float, float]]]:
    """Per page the (top, bottom) of every word, in points from the top of the page."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.pdf"
        path.write_bytes(data)
        out = subprocess.run(["pdftotext", "-bbox", str(path), "-"],
                             check=True, capture_output=True, text=True).stdout  # fmt: skip
    return [[(float(a), float(b)) for a, b in _WORD.findall(page)] for page in _PAGE.findall(out)]


def fill_ratios(data: bytes) -> list[float]:
    """Per page the share of the frame's height down to its lowest word (0 = empty)."""
    top, bottom = MARGIN_TOP, PAGE_HEIGHT - MARGIN_BOTTOM
    ratios = []
    for words in word_boxes(data):
        inside = [b for a, b in words if a >= top - 1 and b <= bottom + 1]
        ratios.append(max(((max(inside) - top) / (bottom - top)), 0.0) if inside else 0.0)
    return ratios
