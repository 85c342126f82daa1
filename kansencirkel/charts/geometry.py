"""Star geometry in score units: where each axis points, the outline and the fill.

"Weet niet" (None) is never a radius: the outline breaks at an unknown axis (NaN), and the
fill never covers it. The fill is the band from ring 1 (the lowest score; the centre is not a
score) out to the outline, over the sectors between two adjacent *known* axes only — so no
fill reaches the centre and none bridges an unknown axis. A known value between two unknowns
has no neighbour to join: it shows as its marker alone. All unknown: nothing is drawn.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from kansencirkel.core.elements import ELEMENT_KEYS, SCALE_VALUES

N = len(ELEMENT_KEYS)
#: Angle (radians, counter-clockwise from +x) of each element's axis: first at the top,
#: then clockwise.
ANGLES: tuple[float, ...] = tuple(math.pi / 2 - i * 2 * math.pi / N for i in range(N))
#: The inner edge of every fill: the lowest point of the scale.
FILL_INNER = float(SCALE_VALUES[0])

Point = tuple[float, float]


def point(index: int, radius: float) -> Point:
    angle = ANGLES[index % N]
    return (radius * math.cos(angle), radius * math.sin(angle))


def star_xy(values: Sequence[int | None]) -> tuple[list[float], list[float]]:
    """Closed line data (N+1 points, the last repeats the first). NaN where a score is
    unknown, so the drawn line breaks there instead of dropping to the centre."""
    xs = [math.nan] * (N + 1)
    ys = [math.nan] * (N + 1)
    for i in range(N + 1):
        v = values[i % N]
        if v is not None:
            xs[i], ys[i] = point(i, v)
    return xs, ys


def known_runs(values: Sequence[int | None]) -> list[list[int]]:
    """Maximal cyclic runs of ≥2 adjacent known values (indices). All known → one run of N.

    Only these runs are filled and joined by lines: nothing bridges an unknown axis.
    """
    known = [v is not None for v in values]
    if all(known):
        return [list(range(N))]
    if not any(known):
        return []
    start = known.index(False)  # begin scanning just after a gap, so runs don't wrap oddly
    runs: list[list[int]] = []
    current: list[int] = []
    for step in range(1, N + 1):
        i = (start + step) % N
        if known[i]:
            current.append(i)
        else:
            if len(current) >= 2:
                runs.append(current)
            current = []
    if len(current) >= 2:
        runs.append(current)
    return runs


def isolated_points(values: Sequence[int | None]) -> list[int]:
    """Known values whose both neighbours are unknown: shown by their marker only."""
    return [
        i
        for i, v in enumerate(values)
        if v is not None and values[(i - 1) % N] is None and values[(i + 1) % N] is None
    ]


def fill_polygons(values: Sequence[int | None]) -> list[list[Point]]:
    """Closed loops for the translucent fill (one path; opposite windings make holes).

    All known: the outline and, reversed, ring 1 (a hole in the middle). Otherwise one band
    per known run: along the outline, back along ring 1 over the same axes.
    """
    loops: list[list[Point]] = []
    for run in known_runs(values):
        outer = [point(i, float(values[i] or 0)) for i in run]
        inner = [point(i, FILL_INNER) for i in reversed(run)]
        if len(run) == N:
            loops += [outer, inner]
        else:
            loops.append(outer + inner)
    return loops


def axis_at(x: float | None, y: float | None, *, max_radius: float = 7.5) -> str | None:
    """The element whose axis is nearest to a point in star coordinates (for hover)."""
    if x is None or y is None:
        return None
    r = math.hypot(x, y)
    if r < 0.25 or r > max_radius:
        return None
    angle = math.atan2(y, x)
    step = 2 * math.pi / N
    index = round((math.pi / 2 - angle) / step) % N
    return ELEMENT_KEYS[index]
