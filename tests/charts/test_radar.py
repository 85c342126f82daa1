"""Star geometry and rendering: radii are scores, 'weet niet' is a gap, labels never collide."""

from __future__ import annotations

import math
from itertools import combinations

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.path import Path
from matplotlib.transforms import Bbox

from kansencirkel.charts import (
    ANGLES,
    PERSPECTIVE_STYLE,
    StarSeries,
    axis_at,
    fill_polygons,
    known_runs,
    perspective_series,
    radar_figure,
    star_xy,
)
from kansencirkel.charts.radar import GID_ELEMENT, GID_STAR
from kansencirkel.core.elements import ELEMENT_KEYS
from tests.charts.factories import demo_case

VALUES = (5, 4, None, 2, 1, 3, None, 4)


def _series(values: tuple[int | None, ...] = VALUES) -> StarSeries:
    return StarSeries("Kind", values, "#E69F00", "solid", "o")


def test_vertex_radii_match_scores_and_unknown_breaks_the_line() -> None:
    xs, ys = star_xy(VALUES)
    assert len(xs) == 9 and (xs[8], ys[8]) == (xs[0], ys[0])  # closed
    for i, v in enumerate(VALUES):
        if v is None:
            assert math.isnan(xs[i]) and math.isnan(ys[i])
        else:
            assert math.hypot(xs[i], ys[i]) == pytest.approx(v)
            assert math.atan2(ys[i], xs[i]) == pytest.approx(
                math.atan2(math.sin(ANGLES[i]), math.cos(ANGLES[i]))
            )


def test_axes_run_clockwise_from_the_top() -> None:
    assert ANGLES[0] == pytest.approx(math.pi / 2)
    xs, ys = star_xy((1,) * 8)
    assert xs[0] == pytest.approx(0) and ys[0] == pytest.approx(1)  # actief at the top
    assert xs[2] == pytest.approx(1) and ys[2] == pytest.approx(0, abs=1e-12)  # right: 3rd
    assert axis_at(0.0, 3.0) == "actief"
    assert axis_at(3.0, 0.1) == "verantwoordelijk"
    assert axis_at(-2.0, 2.1) == "gekoesterd"
    assert axis_at(0.0, -4.0) == "veilig"
    assert axis_at(0.05, 0.0) is None and axis_at(20.0, 0.0) is None and axis_at(None, 1) is None


def test_fill_never_spans_a_gap() -> None:
    assert known_runs((3,) * 8) == [list(range(8))]
    outer, inner = fill_polygons((3,) * 8)  # the full star, with ring 1 as a hole
    assert len(outer) == len(inner) == 8 and (0.0, 0.0) not in outer + inner
    assert known_runs(VALUES) == [[3, 4, 5], [7, 0, 1]]
    for band in fill_polygons(VALUES):
        # Along the outline of a known run, back along ring 1: never the centre.
        assert len(band) == 6 and (0.0, 0.0) not in band
        assert [round(math.hypot(*p), 6) for p in band[3:]] == [1.0, 1.0, 1.0]
    assert fill_polygons((None,) * 8) == []
    assert fill_polygons((3, None, 3, None, 3, None, 3, None)) == []  # isolated points: no fill


def test_drawn_lines_carry_the_scores_gaps_and_fixed_colours() -> None:
    c = demo_case()
    series = perspective_series(c.latest_by_perspective())
    fig = radar_figure(series)
    [star] = [ax for ax in fig.axes if ax.get_gid() == GID_STAR]
    lines = {ln.get_gid(): ln for ln in star.lines if str(ln.get_gid()).startswith("kc-line")}
    assert len(lines) == len(series)
    for i, s in enumerate(series):
        line: Line2D = lines[f"kc-line-{i}"]
        data = line.get_xydata()
        for k, v in enumerate(s.values):
            x, y = data[k]  # type: ignore[index]
            if v is None:
                assert math.isnan(x)
            else:
                assert math.hypot(x, y) == pytest.approx(v)  # never a point at the centre
        assert s.perspective is not None
        assert line.get_color() == PERSPECTIVE_STYLE[s.perspective].color
        assert line.get_marker() == PERSPECTIVE_STYLE[s.perspective].marker
    # Fills carry their own alpha (→ fill-opacity in SVG), no artist-level alpha.
    fills = [p for p in star.patches if str(p.get_gid()).startswith("kc-fill")]
    assert fills and all(p.get_alpha() is None and 0 < p.get_facecolor()[3] < 1 for p in fills)


def _boxes(fig: Figure) -> tuple[list[tuple[str, Bbox]], Bbox | None]:
    canvas = fig.canvas if isinstance(fig.canvas, FigureCanvasAgg) else FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    texts = list(fig.texts)
    for ax in fig.axes:
        texts += ax.texts
    boxes = []
    for t in texts:
        if not t.get_text() or not t.get_visible():
            continue
        box = t.get_window_extent(renderer)
        patch = t.get_bbox_patch()
        if patch is not None and t.get_gid() == GID_ELEMENT:
            box = Bbox.union([box, patch.get_window_extent(renderer)])
        boxes.append((t.get_text(), box))
    legend = fig.legends[0].get_window_extent(renderer) if fig.legends else None
    return boxes, legend


CASES = [
    ("nl", (6.0, 6.0), False),
    ("en", (6.0, 6.0), False),
    ("nl", (2.6, 2.6), False),
    ("en", (2.6, 2.6), False),
    ("nl", (5.0, 3.0), False),
    ("en", (3.0, 5.0), False),
    ("nl", (12.0, 7.0), True),
    ("en", (8.0, 8.0), True),
]


@pytest.mark.parametrize(("lang", "size", "presenter"), CASES)
def test_labels_stay_inside_and_never_overlap(
    lang: str, size: tuple[float, float], presenter: bool
) -> None:
    c = demo_case()
    series = perspective_series(c.latest_by_perspective(), lang=lang)  # type: ignore[arg-type]
    fig = radar_figure(
        series,
        lang=lang,  # type: ignore[arg-type]
        size_inches=size,
        presenter=presenter,
        highlight={"veilig", "verantwoordelijk", "ontplooiing"},
        title="Noor de Vries",
    )
    boxes, legend = _boxes(fig)
    frame = fig.bbox
    names = {t for t, _ in boxes}
    assert {c_ for c_ in ("Veilig", "Safe") if c_ in names}  # the element names are drawn
    for text, box in boxes:
        assert frame.x0 <= box.x0 and box.x1 <= frame.x1, text
        assert frame.y0 <= box.y0 and box.y1 <= frame.y1, text
    for (a, box_a), (b, box_b) in combinations(boxes, 2):
        assert not box_a.overlaps(box_b), (a, b)
    assert legend is not None
    assert frame.x0 <= legend.x0 and legend.x1 <= frame.x1 and legend.y0 >= frame.y0
    for text, box in boxes:
        assert not box.overlaps(legend), text
    # The star itself (outer ring) stays clear of the legend too.
    [star] = [ax for ax in fig.axes if ax.get_gid() == GID_STAR]
    ring_bottom = star.transData.transform((0, -5))[1]
    assert ring_bottom > legend.y1


@pytest.mark.parametrize(("lang", "size", "presenter"), CASES)
def test_element_names_stay_clear_of_the_outer_ring(
    lang: str, size: tuple[float, float], presenter: bool
) -> None:
    series = perspective_series(demo_case().latest_by_perspective())
    fig = radar_figure(
        series,
        lang=lang,  # type: ignore[arg-type]
        size_inches=size,
        presenter=presenter,
        highlight={"veilig", "actief"},
    )
    _boxes(fig)  # draws
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    [star] = [ax for ax in fig.axes if ax.get_gid() == GID_STAR]
    ring = [star.transData.transform((5 * math.cos(a), 5 * math.sin(a))) for a in ANGLES]
    octagon = Path([*ring, ring[0]], closed=True)
    labels = [t for t in star.texts if t.get_gid() == GID_ELEMENT]
    assert len(labels) == len(ELEMENT_KEYS)
    for t in labels:
        box = t.get_window_extent(renderer)
        patch = t.get_bbox_patch()
        if patch is not None:
            box = Bbox.union([box, patch.get_window_extent(renderer)])
        assert not octagon.intersects_bbox(box, filled=True), t.get_text()


def test_empty_star_and_all_unknown_still_render() -> None:
    fig = radar_figure([])
    assert any("Nog geen metingen" in t.get_text() for t in fig.texts)
    fig = radar_figure([_series((None,) * 8)])
    boxes, _ = _boxes(fig)
    assert any("weet niet" in t for t, _ in boxes)


def test_figure_is_reused_when_given() -> None:
    fig = radar_figure([_series()], size_inches=(4, 4))
    again = radar_figure([_series()], figure=fig)
    assert again is fig
    assert len([ax for ax in fig.axes if ax.get_gid() == GID_STAR]) == 1


def test_presenter_names_keep_their_floor_on_a_crowded_star() -> None:
    """Every element a topic (bold, framed) on a laptop-sized canvas: in presenter mode the
    star gives way, the names stay ≥ PRESENTER_MIN_LABEL; print and screen still shrink them."""
    from kansencirkel.charts.look import PRESENTER_MIN_LABEL

    series = perspective_series(demo_case().latest_by_perspective())
    sizes = {}
    for presenter in (True, False):
        fig = radar_figure(
            series, size_inches=(6.3, 6.4), presenter=presenter, highlight=set(ELEMENT_KEYS)
        )
        boxes, _ = _boxes(fig)
        for text, box in boxes:  # still inside the figure, whatever the floor
            assert fig.bbox.x0 <= box.x0 and box.x1 <= fig.bbox.x1, text
        [star] = [ax for ax in fig.axes if ax.get_gid() == GID_STAR]
        sizes[presenter] = min(t.get_fontsize() for t in star.texts if t.get_gid() == GID_ELEMENT)
    assert sizes[True] >= PRESENTER_MIN_LABEL
    assert sizes[False] < PRESENTER_MIN_LABEL  # the floor is the projector's, not print's


def test_axis_names_and_note_can_come_from_the_caller() -> None:
    """Samen invullen: a reader's own language, which the app's catalogue may not hold."""
    names = {key: f"{key.upper()}!" for key in ELEMENT_KEYS}
    fig = radar_figure([_series()], names=names, note_text="Boş yer: bilmiyorum")
    [star] = [ax for ax in fig.axes if ax.get_gid() == GID_STAR]
    labels = [t.get_text() for t in star.texts if t.get_gid() == GID_ELEMENT]
    assert labels == [names[k] for k in ELEMENT_KEYS]
    notes = [t.get_text() for t in fig.texts]
    assert "Boş yer: bilmiyorum" in notes and not any("weet niet" in t for t in notes)
