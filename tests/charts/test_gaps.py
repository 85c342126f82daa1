"""'Weet niet' is not a low score: an unknown value leaves a gap in the outline *and* the fill,
on screen and on paper. These tests read the paths as drawn (the artists' paths on screen,
the operators the PDF renderer emits in print) and check the geometry: nothing at the centre,
nothing on or across the unknown axis, a lone known value shown by its marker alone."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest
from matplotlib.path import Path

from kansencirkel.charts import ANGLES, StarSeries, fill_polygons, isolated_points, radar_figure
from kansencirkel.charts.radar import GID_STAR
from kansencirkel.charts.style import PERSPECTIVE_STYLE
from kansencirkel.core.enums import Perspective as P
from kansencirkel.reports.mpl_canvas import CanvasRenderer

Segment = tuple[tuple[float, float], tuple[float, float]]

#: Gaps of every shape: one unknown, two apart, two adjacent, a lone known value, the first
#: axis (where the closed outline wraps) unknown.
CASES: list[tuple[int | None, ...]] = [
    (4, 4, 4, None, 4, 4, 4, 4),
    (5, None, 3, 2, None, 4, 4, 1),
    (3, 3, None, None, 5, 5, 2, 2),
    (None, 4, None, 3, 3, 3, 3, 3),  # 'verantwoordelijk'... the second value stands alone
    (None, 2, 5, 5, 1, 3, 3, 4),
]


def _series(values: tuple[int | None, ...], perspective: P = P.ZORG) -> StarSeries:
    style = PERSPECTIVE_STYLE[perspective]
    return StarSeries("Zorg", values, style.color, style.linestyle, style.marker, perspective)


def _segments(path: Path, transform: Any = None) -> Iterator[Segment]:
    """Straight pieces as a renderer draws them (NaN breaks the line, as in Agg and PDF)."""
    start = last = None
    for vertices, code in path.iter_segments(transform, remove_nans=True, simplify=False):
        xy = (float(vertices[-2]), float(vertices[-1]))
        if code == Path.MOVETO:
            start = last = xy
        elif code == Path.LINETO:
            assert last is not None
            yield last, xy
            last = xy
        elif code == Path.CLOSEPOLY and last is not None and start is not None:
            yield last, start
            last = start


def _crosses_axis(seg: Segment, index: int, inner: float = 0.5) -> bool:
    """Whether a segment touches or crosses axis ``index`` beyond radius ``inner``."""
    dx, dy = math.cos(ANGLES[index]), math.sin(ANGLES[index])
    (px, py), (qx, qy) = seg
    side_p, side_q = dx * py - dy * px, dx * qy - dy * qx  # which side of the axis line
    if side_p * side_q > 1e-9:
        return False  # both on one side
    if abs(side_p - side_q) < 1e-12:  # along the axis line
        candidates = [(px, py), (qx, qy)]
    else:
        t = side_p / (side_p - side_q)
        candidates = [(px + t * (qx - px), py + t * (qy - py))]
    return any(x * dx + y * dy > inner for x, y in candidates)


def _check_gaps(
    values: Sequence[int | None],
    line: list[Segment],
    fill: list[Segment],
    fill_path: Path | None,
    markers: list[tuple[float, float]],
) -> None:
    for seg in line + fill:
        for x, y in seg:
            assert math.hypot(x, y) > 0.5, f"a vertex at the centre: {seg}"
    for u, v in enumerate(values):
        if v is not None:
            continue
        for seg in line + fill:
            assert not _crosses_axis(seg, u), f"a segment on or across unknown axis {u}: {seg}"
        if fill_path is not None:
            for r in (0.3, 1.5, 3.0, 4.5):
                pt = (r * math.cos(ANGLES[u]), r * math.sin(ANGLES[u]))
                assert not fill_path.contains_point(pt), f"fill covers axis {u} at r={r}"
    # A known value between two unknowns: its marker, and no line leaving it.
    for i in isolated_points(values):
        v = values[i]
        assert v is not None
        at = (v * math.cos(ANGLES[i]), v * math.sin(ANGLES[i]))
        assert any(math.dist(m, at) < 0.05 for m in markers), "the lone value has no marker"
        for seg in line:
            assert all(math.dist(p, at) > 1e-6 for p in seg), "a line leaves the lone value"
    # Every pair of adjacent known values is joined.
    for i in range(8):
        a, b = values[i], values[(i + 1) % 8]
        if a is not None and b is not None:
            pa = (a * math.cos(ANGLES[i]), a * math.sin(ANGLES[i]))
            pb = (b * math.cos(ANGLES[(i + 1) % 8]), b * math.sin(ANGLES[(i + 1) % 8]))
            assert any(
                {tuple(round(c, 6) for c in p) for p in seg}
                == {tuple(round(c, 6) for c in pa), tuple(round(c, 6) for c in pb)}
                for seg in line
            ), f"known neighbours {i} and {i + 1} are not joined"


def _star(fig: Any) -> Any:
    [star] = [ax for ax in fig.axes if ax.get_gid() == GID_STAR]
    return star


@pytest.mark.parametrize("values", CASES)
def test_screen_paths_leave_gaps(values: tuple[int | None, ...]) -> None:
    fig = radar_figure([_series(values)], size_inches=(5, 5))
    star = _star(fig)
    [line] = [ln for ln in star.lines if ln.get_gid() == "kc-line-0"]
    fills = [p for p in star.patches if p.get_gid() == "kc-fill-0"]
    line_segments = list(_segments(line.get_path()))
    fill_path = fills[0].get_path() if fills else None
    fill_segments = list(_segments(fill_path)) if fill_path is not None else []
    xy = line.get_xydata()
    markers = [(float(x), float(y)) for x, y in xy if not math.isnan(x)]  # type: ignore[union-attr]
    assert line.get_marker() not in (None, "", "None")
    _check_gaps(values, line_segments, fill_segments, fill_path, markers)


@dataclass
class _RecordedPath:
    points: list[tuple[str, tuple[float, ...]]] = field(default_factory=list)

    def moveTo(self, x: float, y: float) -> None:  # reportlab's names
        self.points.append(("M", (x, y)))

    def lineTo(self, x: float, y: float) -> None:
        self.points.append(("L", (x, y)))

    def curveTo(self, *xy: float) -> None:
        self.points.append(("C", xy[-2:]))

    def close(self) -> None:
        self.points.append(("Z", ()))

    def rect(self, *args: float) -> None:
        pass


class _RecordingCanvas:
    """Stands in for reportlab's canvas and keeps every path drawn, with its paint."""

    def __init__(self) -> None:
        self.drawn: list[dict[str, Any]] = []
        self._fill: tuple[float, ...] = (0, 0, 0)
        self._stroke: tuple[float, ...] = (0, 0, 0)

    def beginPath(self) -> _RecordedPath:
        return _RecordedPath()

    def setFillColorRGB(self, *rgb: float) -> None:
        self._fill = rgb

    def setStrokeColorRGB(self, *rgb: float) -> None:
        self._stroke = rgb

    def drawPath(self, path: _RecordedPath, stroke: int = 1, fill: int = 0) -> None:
        self.drawn.append(
            {"path": path, "stroke": stroke, "fill": fill, "fc": self._fill, "sc": self._stroke}
        )

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None


def _to_data(points: list[tuple[str, tuple[float, ...]]], inverse: Any) -> list[Segment]:
    segments: list[Segment] = []
    start = last = None
    for op, xy in points:
        if op == "Z":
            if last is not None and start is not None:
                segments.append((last, start))
            last = start
            continue
        p = tuple(float(c) for c in inverse.transform(xy))
        if op == "M":
            start = last = p  # type: ignore[assignment]
        else:
            assert last is not None
            segments.append((last, p))  # type: ignore[arg-type]
            last = p  # type: ignore[assignment]
    return segments


def _printed(
    values: tuple[int | None, ...],
) -> tuple[list[Segment], list[Segment], Path | None, list[tuple[float, float]]]:
    """Draw the figure through the PDF renderer; sort what it drew back into line, fill and
    markers of the series (by paint), in star coordinates."""
    series = _series(values)
    fig = radar_figure([series], size_inches=(5, 5), legend=False, note=False)
    fig.set_dpi(72)  # as FigureFlowable draws: one unit = one point
    canvas = _RecordingCanvas()
    fig.draw(CanvasRenderer(canvas, 360, 360))  # type: ignore[arg-type]
    inverse = _star(fig).transData.inverted()
    colour = tuple(int(series.color[i : i + 2], 16) / 255 for i in (1, 3, 5))

    def same(c: Sequence[float]) -> bool:
        return all(abs(a - b) < 1e-6 for a, b in zip(c, colour, strict=True))

    line: list[Segment] = []
    fill: list[Segment] = []
    fill_vertices: list[tuple[float, float]] = []
    markers: list[tuple[float, float]] = []
    for d in canvas.drawn:
        segments = _to_data(d["path"].points, inverse)
        xs = [p[0] for s in segments for p in s] or [0.0]
        ys = [p[1] for s in segments for p in s] or [0.0]
        small = max(xs) - min(xs) < 0.6 and max(ys) - min(ys) < 0.6
        if d["stroke"] and not d["fill"] and same(d["sc"]):
            line += segments
        elif d["fill"] and same(d["fc"]) and small:
            markers.append(((max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2))
        elif d["fill"] and same(d["fc"]) and not d["stroke"]:
            fill += segments
            fill_vertices += [s[0] for s in segments]
    fill_path = None
    if fill:
        loops = fill_polygons(values)
        fill_path = Path.make_compound_path(*(Path([*lp, lp[0]], closed=True) for lp in loops))
        # The printed fill has exactly the computed loops' edges.
        assert {tuple(round(c, 3) for c in v) for v in fill_vertices} == {
            tuple(round(c, 3) for c in v) for lp in loops for v in lp
        }
    return line, fill, fill_path, markers


@pytest.mark.parametrize("values", CASES)
def test_printed_paths_leave_gaps(values: tuple[int | None, ...]) -> None:
    line, fill, fill_path, markers = _printed(values)
    assert line, "the PDF renderer drew no outline"
    _check_gaps(values, line, fill, fill_path, markers)


def test_full_star_is_filled_from_ring_one_and_all_unknown_draws_nothing() -> None:
    loops = fill_polygons((3,) * 8)
    assert len(loops) == 2  # the outline and ring 1 (a hole: the centre is not a score)
    assert all(math.hypot(*p) == pytest.approx(3) for p in loops[0])
    assert all(math.hypot(*p) == pytest.approx(1) for p in loops[1])
    line, fill, _, markers = _printed((None,) * 8)
    assert line == [] and fill == [] and markers == []
    fig = radar_figure([_series((None,) * 8)])
    star = _star(fig)
    assert not [p for p in star.patches if str(p.get_gid()).startswith("kc-fill")]


def test_a_lone_value_shows_its_marker_only() -> None:
    values = (None, 4, None, None, None, None, None, None)
    assert isolated_points(values) == [1]
    assert fill_polygons(values) == []
    line, fill, _, markers = _printed(values)
    assert line == [] and fill == []
    at = (4 * math.cos(ANGLES[1]), 4 * math.sin(ANGLES[1]))
    assert [m for m in markers if math.dist(m, at) < 0.05]


def test_older_and_all_unknown_series_say_so_in_the_legend() -> None:
    from datetime import date

    from kansencirkel.charts.series import overlay
    from tests.charts.factories import assessment

    today = date(2026, 10, 20)
    latest = {
        P.KIND: assessment(P.KIND, date(2026, 10, 13), (3,) * 8),
        P.ZORG: assessment(P.ZORG, date(2025, 12, 9), (None,) * 8),
    }
    series, marks = overlay(latest, today=today)
    kind, care = series
    assert not kind.older and kind.label == "Kind (13 okt 2026)"
    assert care.older and care.label == "Zorg, 10 maanden geleden (alles weet niet)"
    assert marks == set()
    english, _ = overlay(latest, today=today, lang="en")
    assert english[1].label == "Care, 10 months ago (all don't know)"
    fig = radar_figure(series)
    [legend] = fig.legends
    handles = legend.legend_handles
    assert handles[1].get_markerfacecolor() == "white"  # type: ignore[union-attr]
    assert handles[1].get_color() != handles[0].get_color()  # type: ignore[union-attr]
    assert "Lichter, open punten: oudere meting, niet vergeleken" in " ".join(
        t.get_text() for t in fig.texts
    )
