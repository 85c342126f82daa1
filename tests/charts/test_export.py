"""Vector and raster output: SVG fills translucent for svglib, PNG at print resolution."""

from __future__ import annotations

import io
import re
import struct
from pathlib import Path

from svglib.svglib import svg2rlg

from kansencirkel.charts import (
    figure_to_png,
    figure_to_svg,
    neutral_chart_name,
    perspective_series,
    radar_figure,
    trend_figure,
    write_bytes_atomically,
)
from tests.charts.factories import demo_case


def _fills_with_alpha(node: object) -> list[float]:
    found = []
    for child in getattr(node, "contents", None) or []:
        found += _fills_with_alpha(child)
    colour = getattr(node, "fillColor", None)
    alpha = getattr(colour, "alpha", 1)
    if colour is not None and alpha < 1:
        found.append(alpha)
    return found


def test_svg_fills_use_fill_opacity_and_svglib_keeps_them_translucent() -> None:
    c = demo_case()
    series = perspective_series(c.latest_by_perspective())
    svg = figure_to_svg(radar_figure(series, size_inches=(5, 5)))
    text = svg.decode("utf-8")
    assert text.count("fill-opacity") >= len(series)
    assert not re.search(r"(?<![-\w])opacity\s*:", text)  # plain opacity is ignored by svglib
    drawing = svg2rlg(io.BytesIO(svg))
    assert drawing is not None
    alphas = _fills_with_alpha(drawing)
    # One light fill per series (ring-number chips are translucent too, but nearly opaque).
    assert len([a for a in alphas if 0 < a < 0.5]) >= len(series)
    assert figure_to_svg(radar_figure(series, size_inches=(5, 5))) == svg  # stable output


def test_png_for_print_has_at_least_300_dpi_pixels() -> None:
    c = demo_case()
    png = figure_to_png(trend_figure(c.assessments, c.actions, size_inches=(8, 5)), dpi=300)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (2400, 1500)


def test_write_atomically_and_neutral_name(tmp_path: Path) -> None:
    target = tmp_path / neutral_chart_name("ster", "2026-11-25", "png")
    assert target.name == "kansencirkel-ster-2026-11-25.png"
    write_bytes_atomically(b"one", target)
    write_bytes_atomically(b"two", target)
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temp files left
