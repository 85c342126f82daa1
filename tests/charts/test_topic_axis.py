"""A topic's axis on the star: a light band under everything, never a line like a series."""

from __future__ import annotations

from matplotlib.colors import to_hex

from kansencirkel.charts import PERSPECTIVE_STYLE, perspective_series, radar_figure
from kansencirkel.charts.outline import GID_FILL, GID_LINE
from kansencirkel.charts.radar import GID_STAR, GID_TOPIC
from tests.charts.factories import demo_case


def test_the_topic_axis_lies_below_every_series_and_is_not_a_series_look() -> None:
    series = perspective_series(demo_case().latest_by_perspective())
    fig = radar_figure(series, size_inches=(5, 5), highlight={"veilig", "actief"})
    fig.canvas.draw()  # type: ignore[no-untyped-call]
    [star] = [ax for ax in fig.axes if ax.get_gid() == GID_STAR]
    artists = [*star.lines, *star.patches]
    topic = [a for a in artists if a.get_gid() == GID_TOPIC]
    drawn = [
        a
        for a in artists
        if str(a.get_gid()).startswith((GID_LINE.format(""), GID_FILL.format("")))
    ]
    assert topic and drawn
    assert max(a.get_zorder() for a in topic) < min(a.get_zorder() for a in drawn)
    palette = {st.color.lower() for st in PERSPECTIVE_STYLE.values()}
    for a in topic:
        colour = a.get_color() if hasattr(a, "get_color") else a.get_facecolor()
        assert to_hex(colour) not in palette
        if hasattr(a, "get_linestyle") and hasattr(a, "get_xdata"):
            assert a.get_linestyle() == "-"  # no dash a series could have


def test_no_band_without_topics() -> None:
    series = perspective_series(demo_case().latest_by_perspective())
    fig = radar_figure(series, size_inches=(5, 5))
    [star] = [ax for ax in fig.axes if ax.get_gid() == GID_STAR]
    assert not [a for a in [*star.lines, *star.patches] if a.get_gid() == GID_TOPIC]
