"""Charts for screen, projector and print: one builder per chart, no pyplot, no Qt.

matplotlib is imported lazily inside the drawing functions, so importing this package is cheap.
"""

from __future__ import annotations

from kansencirkel.charts.export import (
    PRINT_DPI,
    figure_to_pdf,
    figure_to_png,
    figure_to_svg,
    neutral_chart_name,
    write_bytes_atomically,
)
from kansencirkel.charts.geometry import (
    ANGLES,
    axis_at,
    fill_polygons,
    isolated_points,
    known_runs,
    star_xy,
)
from kansencirkel.charts.series import (
    MAX_OVERLAY,
    StarSeries,
    latest_as_of,
    moment_panels,
    moment_series,
    perspective_series,
    reading_dates,
    short_day,
)
from kansencirkel.charts.stars import radar_figure, radar_grid_figure
from kansencirkel.charts.style import PERSPECTIVE_STYLE, SeriesStyle
from kansencirkel.charts.trends import trend_figure, trend_points

__all__ = [
    "ANGLES",
    "MAX_OVERLAY",
    "PERSPECTIVE_STYLE",
    "PRINT_DPI",
    "SeriesStyle",
    "StarSeries",
    "axis_at",
    "figure_to_pdf",
    "figure_to_png",
    "figure_to_svg",
    "fill_polygons",
    "isolated_points",
    "known_runs",
    "latest_as_of",
    "moment_panels",
    "moment_series",
    "neutral_chart_name",
    "perspective_series",
    "radar_figure",
    "radar_grid_figure",
    "reading_dates",
    "short_day",
    "star_xy",
    "trend_figure",
    "trend_points",
    "write_bytes_atomically",
]
