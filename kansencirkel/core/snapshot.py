"""How a read-only snapshot of a team server says so, on screen and on every printed page."""

from __future__ import annotations

from datetime import datetime

from kansencirkel.core.dates import format_date
from kansencirkel.core.i18n import N_, Lang, gettext

SNAPSHOT_NOTICE = N_("Momentopname van de teamserver, {when} — alleen lezen")


def snapshot_notice(taken_at: datetime, lang: Lang | None = None) -> str:
    """'Momentopname van de teamserver, 01-12-2026 14:05 — alleen lezen' (local time)."""
    local = taken_at.astimezone()
    when = format_date(local.date(), "numeric", lang) + local.strftime(" %H:%M")
    return gettext(SNAPSHOT_NOTICE, lang=lang, when=when)
