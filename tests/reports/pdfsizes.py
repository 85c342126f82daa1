"""Type sizes and drawn things in generated PDFs, for the checks text alone cannot make."""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest
from pypdf import PdfReader

from kansencirkel.reports.styles import MARGIN_BOTTOM, MARGIN_TOP, PAGE_HEIGHT


@dataclass(frozen=True)
class Run:
    page: int
    text: str
    size: float  # effective size in points, after every scaling
    y: float


def _mul(a: list[float], b: list[float]) -> list[float]:
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def text_runs(data: bytes) -> list[Run]:
    runs: list[Run] = []
    for number, page in enumerate(PdfReader(io.BytesIO(data)).pages, start=1):

        def visit(text: str, cm: Any, tm: Any, font: Any, size: float, n: int = number) -> None:
            if not text.strip():
                return
            m = _mul([float(v) for v in tm], [float(v) for v in cm])
            scale = math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))
            runs.append(Run(n, text.strip(), float(size) * scale, m[5]))

        page.extract_text(visitor_text=visit)
    return runs


def body_runs(data: bytes) -> list[Run]:
    """Text runs without the page furniture (running header and footer, in the margins)."""
    low, high = MARGIN_BOTTOM - 1, PAGE_HEIGHT - MARGIN_TOP + 1
    return [r for r in text_runs(data) if low < r.y < high]


@dataclass(frozen=True)
class Drawn:
    page: int
    kind: str
    width: float
    height: float
    lines: int = 0

    @property
    def area(self) -> float:
        return self.width * self.height


@contextmanager
def drawings(monkeypatch: pytest.MonkeyPatch, *classes: type) -> Iterator[list[Drawn]]:
    """Record every flowable of ``classes`` as it is drawn: page, size and ruled lines."""
    found: list[Drawn] = []
    for cls in classes:
        original: Callable[..., Any] = cls.drawOn

        def draw_on(self: Any, canvas: Any, *args: Any, _o: Any = original, **kw: Any) -> Any:
            count = [0]
            before = canvas.__dict__.get("line")  # a drawing inside another one
            line = canvas.line

            def counted(*a: Any) -> Any:
                count[0] += 1
                return line(*a)

            canvas.line = counted
            try:
                return _o(self, canvas, *args, **kw)
            finally:
                if before is None:
                    canvas.__dict__.pop("line", None)
                else:
                    canvas.line = before
                found.append(
                    Drawn(canvas.getPageNumber(), type(self).__name__, self.width,
                          self.height, count[0])
                )  # fmt: skip

        monkeypatch.setattr(cls, "drawOn", draw_on)
    yield found
