"""Sizes for one star figure: screen and print, and presenter mode (larger everywhere)."""

from __future__ import annotations

from dataclasses import dataclass

#: Presenter mode never shrinks element names below this (points; 16.7 px at 100 dpi): on a
#: crowded star the star gives way instead, down to :data:`MIN_STAR_SHARE` of its room.
PRESENTER_MIN_LABEL = 12.0
MIN_STAR_SHARE = 0.3
#: No text in a chart is smaller than this (points): readable on paper, ~10 px on screen.
MIN_TEXT = 7.0


@dataclass(frozen=True, slots=True)
class Look:
    """Sizes in points for one figure; presenter mode is larger everywhere."""

    label: float
    ring: float
    legend: float
    title: float
    line: float
    marker: float
    min_label: float = 0.0  # element names shrink to fit, but not below this

    @staticmethod
    def for_size(size_inches: tuple[float, float], presenter: bool) -> Look:
        short = min(size_inches)
        if presenter:
            # Readable from the back of a room: ~20 pt names on a laptop-sized canvas.
            base = min(max(short * 3.2, 16.0), 34.0)
            return Look(
                base,
                base * 0.6,
                base * 0.75,
                base * 1.15,
                base * 0.2,
                base * 0.55,
                min_label=PRESENTER_MIN_LABEL,
            )
        base = min(max(short * 2.1, 7.5), 12.0)
        # Lines and markers follow the text size so a thumbnail is not all marker.
        return Look(
            base,
            max(base * 0.8, MIN_TEXT),
            max(base * 0.85, MIN_TEXT),
            base * 1.15,
            base * 0.19,
            base * 0.55,
            min_label=MIN_TEXT,
        )
