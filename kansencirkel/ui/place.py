"""Where the user was when the vault locked, so unlocking brings them back there.

Only ids and view state, never child data: this is all the app keeps while it is locked.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MeetingPlace:
    """An open meeting mode: its agenda, the child on screen, initials, the screen it was on."""

    child_ids: tuple[str, ...]
    current_id: str | None
    initials_only: bool
    screen: str = ""  # QScreen.name(); empty: the main window's screen


@dataclass(frozen=True, slots=True)
class Place:
    """The main window's view: the child page that was open (and its tab), meeting mode."""

    child_id: str | None = None
    tab: int = 0
    meeting: MeetingPlace | None = None
