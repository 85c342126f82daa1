"""Figures to bytes: SVG (vector, for svglib/reportlab) or PNG (screen, ≥300 dpi for print)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from kansencirkel.core.files import atomic_write_bytes
from kansencirkel.core.write_errors import file_not_saved

if TYPE_CHECKING:
    from matplotlib.figure import Figure

PRINT_DPI = 300


def figure_to_svg(fig: Figure) -> bytes:
    """SVG with text as paths (no font needed by the reader) and no date, so it is stable.

    Translucent fills come out as ``fill-opacity`` because the charts give colours their own
    alpha; svglib ignores a plain ``opacity``.
    """
    from matplotlib import rc_context

    buf = io.BytesIO()
    with rc_context({"svg.fonttype": "path", "svg.hashsalt": "kansencirkel"}):
        fig.savefig(buf, format="svg", facecolor="white", metadata={"Date": None})
    return buf.getvalue()


def figure_to_png(fig: Figure, dpi: float = PRINT_DPI) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor="white", metadata={"Software": None})
    return buf.getvalue()


def figure_to_pdf(fig: Figure) -> bytes:
    """Vector PDF of the figure alone (handy for a one-chart export)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="pdf", facecolor="white", metadata={"CreationDate": None})
    return buf.getvalue()


def write_bytes_atomically(data: bytes, path: Path) -> None:
    """Write to a temp file next to ``path``, fsync, then rename: never a half-written file.
    A failure raises `FileNotSaved` with one true sentence (full disk, a folder, no rights)."""
    try:
        atomic_write_bytes(Path(path), data)
    except OSError as exc:
        raise file_not_saved(exc, Path(path)) from None


def neutral_chart_name(kind: str, day: object, suffix: str) -> str:
    """'kansencirkel-ster-2026-11-25.png' — never a child's name in a file name."""
    return f"kansencirkel-{kind}-{day}.{suffix.lstrip('.')}"
