"""Reading generated PDFs back the way a user's viewer does: poppler's pdftotext/pdffonts."""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path


def _with_file(data: bytes, *cmd: str) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.pdf"
        path.write_bytes(data)
        out = subprocess.run([*cmd, str(path), *(["-"] if cmd[0] == "pdftotext" else [])],
                             check=True, capture_output=True, text=True)  # fmt: skip
        return out.stdout


def text(data: bytes) -> str:
    return _with_file(data, "pdftotext", "-enc", "UTF-8")


def pages(data: bytes) -> list[str]:
    """Text per page (pdftotext separates pages with a form feed)."""
    return text(data).split("\f")[:-1]


def flat(s: str) -> str:
    """Without any whitespace: wrapped lines compare equal to the original text."""
    return re.sub(r"\s+", "", s)


def fonts(data: bytes) -> list[dict[str, str]]:
    lines = _with_file(data, "pdffonts").splitlines()[2:]
    found = []
    for line in lines:
        parts = line.split()
        # name type... encoding emb sub uni object gen: read the flags from the right.
        found.append({"name": parts[0], "emb": parts[-5], "uni": parts[-3]})
    return found


def page_count(data: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def image_count(data: bytes) -> int:
    out = _with_file(data, "pdfimages", "-list")
    return max(0, len(out.strip().splitlines()) - 2)


def body_flat(data: bytes, *running: str) -> str:
    """All text without whitespace and without the page furniture (footer, running header,
    demo marker), so text that flows over a page break compares equal to the original."""
    out = []
    for page in pages(data):
        lines = [
            line for line in page.splitlines()
            if not re.match(r"\s*(DEMO —|Vertrouwelijk|Confidential|Afgedrukt door|Printed by|"
                            r"Pagina \d+ van|Page \d+ of)", line)
            and line.strip() not in running
        ]  # fmt: skip
        out.append(flat("\n".join(lines)))
    return "".join(out)


def text_bottoms(data: bytes) -> list[float]:
    """Per page, the lowest point (from the top, in pt) of any word above the footer: how far
    down the page the content reaches (pdftotext -bbox)."""
    from kansencirkel.reports.styles import MARGIN_BOTTOM, PAGE_HEIGHT

    page_xml = _with_file(data, "pdftotext", "-bbox").split("<page ")[1:]
    footer = PAGE_HEIGHT - MARGIN_BOTTOM
    return [
        max((float(y) for y in re.findall(r'yMax="([\d.]+)"', page) if float(y) < footer),
            default=0.0)
        for page in page_xml
    ]  # fmt: skip


def fill_ratio(data: bytes, page: int = 1) -> float:
    """How much of the frame's height page ``page`` (1-based) uses, 0..1."""
    from kansencirkel.reports.styles import MARGIN_BOTTOM, MARGIN_TOP, PAGE_HEIGHT

    frame = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    return (text_bottoms(data)[page - 1] - MARGIN_TOP) / frame
