"""The assessment form's state as plain JSON (for drafts) and the texts for blind reveal.

Kept apart from the widget so the draft format and the 'other perspectives' wording can be
read and tested without building a dialog.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from kansencirkel.core import dates
from kansencirkel.core.elements import ELEMENT_KEYS, SCALE_VALUES, Lang, catalog
from kansencirkel.core.enums import PERSPECTIVE_ORDER, Perspective, Role
from kansencirkel.core.model import Assessment, Child, Involvement, TeamMember

# 2: ``answered`` lists the rows filled in (a score or 'weet niet'); a version-1 draft did not
# tell 'weet niet' from unanswered, so there only the rows with a score count as answered.
PAYLOAD_VERSION = 2

_ZORG_ROLES = (Role.CJG_COACH, Role.JEUGDHULP, Role.SMW, Role.JEUGDARTS)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate's context for module-level tr()


def clean_scores(raw: object) -> dict[str, int | None]:
    """Scores from a draft; anything odd becomes 'weet niet' instead of an error."""
    scores: dict[str, int | None] = dict.fromkeys(ELEMENT_KEYS)
    if isinstance(raw, Mapping):
        for key in ELEMENT_KEYS:
            value = raw.get(key)
            if isinstance(value, int) and not isinstance(value, bool) and value in SCALE_VALUES:
                scores[key] = value
    return scores


def clean_answered(payload: Mapping[str, Any], scores: Mapping[str, int | None]) -> set[str]:
    """The rows a draft had filled in; unknown keys are ignored."""
    raw = payload.get("answered")
    named = set(raw) & set(ELEMENT_KEYS) if isinstance(raw, list) else set()
    return named | {k for k, v in scores.items() if v is not None}


def clean_notes(raw: object) -> dict[str, str]:
    if not isinstance(raw, Mapping):
        return dict.fromkeys(ELEMENT_KEYS, "")
    return {k: str(raw.get(k) or "") for k in ELEMENT_KEYS}


def payload_date(payload: Mapping[str, Any], fallback: date) -> date:
    try:
        return date.fromisoformat(str(payload.get("assessed_on")))
    except ValueError:
        return fallback


def default_giver(
    perspective: Perspective,
    child: Child,
    involvements: Sequence[Involvement],
    actor: TeamMember | None,
) -> tuple[str, Role]:
    """Who usually gives this perspective's scores: a sensible start, always editable."""

    def involved(*roles: Role) -> Involvement | None:
        return next((i for i in involvements if i.role in roles), None)

    if perspective is Perspective.KIND:
        return child.given_name, Role.KIND
    if perspective is Perspective.OUDERS:
        inv = involved(Role.OUDER)
        return (inv.person.name if inv else tr("Ouders")), Role.OUDER
    if perspective is Perspective.SCHOOL:
        if actor is not None and actor.role in (Role.LEERKRACHT, Role.IB):
            return actor.name, actor.role
        inv = involved(Role.LEERKRACHT, Role.IB)
        return (inv.person.name, inv.role) if inv else (tr("School"), Role.LEERKRACHT)
    if perspective is Perspective.ZORG:
        inv = involved(*_ZORG_ROLES)
        return (inv.person.name, inv.role) if inv else (tr("Zorg"), Role.JEUGDHULP)
    return tr("Kernteam"), (actor.role if actor is not None else Role.IB)


def _short(score: int | None, lang: Lang) -> str:
    if score is None:
        return catalog().score_word(None, lang).split("/")[0].strip().lower()
    return str(score)


def compare_texts(
    perspective: Perspective,
    assessments: Sequence[Assessment],
    lang: Lang,
    exclude_id: str | None = None,
) -> tuple[dict[str, str], str]:
    """Per element: the others' latest scores and this perspective's earlier ones; plus a
    summary (rich text) for the side panel. Only called after the user asks to reveal."""
    cat = catalog()
    current = [a for a in assessments if a.is_current and a.id != exclude_id]
    latest: dict[Perspective, Assessment] = {}
    for a in sorted(current, key=lambda a: (a.assessed_on, a.recorded_at)):
        latest[a.perspective] = a
    earlier = sorted(
        (a for a in current if a.perspective == perspective),
        key=lambda a: (a.assessed_on, a.recorded_at),
    )[-3:]
    others = [latest[p] for p in PERSPECTIVE_ORDER if p in latest and p != perspective]
    per_row: dict[str, str] = {}
    for key in ELEMENT_KEYS:
        parts = [
            f"{cat.perspective_name(a.perspective, lang)} {_short(a.score(key), lang)}"
            for a in others
        ]
        if earlier:
            old = ", ".join(_short(a.score(key), lang) for a in earlier)
            parts.append(tr("eerder %s") % old)
        per_row[key] = " · ".join(parts)
    lines = ["<b>" + tr("Andere gezichtspunten") + "</b>"]
    if not others and not earlier:
        lines.append(tr("Er zijn nog geen andere metingen."))
    for a in others:
        lines.append(
            f"{cat.perspective_name(a.perspective, lang)}: "
            f"{dates.format_date(a.assessed_on, 'numeric')} ({_escape(a.given_by)})"
        )
    for a in earlier:
        lines.append(
            tr("Eerder dit gezichtspunt: %s") % dates.format_date(a.assessed_on, "numeric")
        )
    return per_row, "<br>".join(lines)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
