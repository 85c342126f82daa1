"""Evaluating an afspraak against the readings of its elements, before its start and since.

For each linked element and each perspective:

- **before** is the latest current reading dated *on or before* the start day. A reading on
  the start day counts as before: it is usually the one given at the overleg where the
  afspraak was agreed, so it is what the afspraak set out to change.
- **after** is the latest current reading dated *after* the start day, up to the day of the
  evaluation; none is "nog geen nieuwe meting".

Within each side, the latest reading that *knows* the element wins; when every reading there
says "weet niet" the latest one is still shown, as "weet niet" (never as a number). Withdrawn
and superseded versions never count. A perspective with no reading on either side is left out.

The team's answer is stored with the readings it was based on (:class:`ReadingRef`: lineage,
version, score); :func:`changed_since` compares them with the current readings, so a later
correction never silently changes a past evaluation — the evaluation shows that it changed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from kansencirkel.core.enums import PERSPECTIVE_ORDER, Perspective
from kansencirkel.core.i18n import N_, Msgid
from kansencirkel.core.model import (
    Assessment,
    BeforeAfter,
    Evaluation,
    Helped,
    ReadingRef,
    reading_order,
)

__all__ = ["BeforeAfter", "Evaluation", "Helped", "ReadingRef"]


HELPED_NAMES: dict[Helped, Msgid] = {
    Helped.JA: N_("ja"),
    Helped.DEELS: N_("deels"),
    Helped.NEE: N_("nee"),
    Helped.WEET_NOG_NIET: N_("weet nog niet"),
}


def _pick(readings: Sequence[Assessment], element: str) -> Assessment | None:
    known = [a for a in readings if a.score(element) is not None]
    pool = known or list(readings)
    return max(pool, key=reading_order) if pool else None


def before_after(
    assessments: Iterable[Assessment],
    elements: Sequence[str],
    start_on: date | None,
    *,
    until: date | None = None,
) -> tuple[BeforeAfter, ...]:
    """Per linked element (in the afspraak's order) and perspective (in the usual order):
    the reading before the start and the latest one since. Without a start day nothing is
    "before"; every reading up to ``until`` is "since"."""
    usable = [
        a
        for a in assessments
        if a.is_current and not a.is_withdrawn and (until is None or a.assessed_on <= until)
    ]
    by_perspective: dict[Perspective, list[Assessment]] = {}
    for a in usable:
        by_perspective.setdefault(a.perspective, []).append(a)
    result: list[BeforeAfter] = []
    for element in elements:
        for p in PERSPECTIVE_ORDER:
            readings = by_perspective.get(p, [])
            if start_on is None:
                earlier: list[Assessment] = []
                later = readings
            else:
                earlier = [a for a in readings if a.assessed_on <= start_on]
                later = [a for a in readings if a.assessed_on > start_on]
            b, f = _pick(earlier, element), _pick(later, element)
            if b is None and f is None:
                continue
            result.append(
                BeforeAfter(
                    element,
                    p,
                    ReadingRef.of(b, element) if b else None,
                    ReadingRef.of(f, element) if f else None,
                )
            )
    return tuple(result)


@dataclass(frozen=True, slots=True)
class Changed:
    """A reading an evaluation was based on that has since been corrected or withdrawn."""

    element: str
    perspective: Perspective
    was: ReadingRef
    now: ReadingRef | None  # None: withdrawn (or erased)


def changed_since(evaluation: Evaluation, current: Iterable[Assessment]) -> tuple[Changed, ...]:
    """The readings of ``evaluation`` whose lineage has a newer version now, or is gone.

    Readings added since are not a change of the evaluation (they are new information the
    next evaluation will see); a correction of one it was based on is.
    """
    latest: dict[str, Assessment] = {}
    for a in current:
        if not a.is_current or a.is_withdrawn:
            continue
        seen = latest.get(a.lineage_id)
        if seen is None or a.version > seen.version:
            latest[a.lineage_id] = a
    found: list[Changed] = []
    for pair in evaluation.readings:
        for ref in (pair.before, pair.after):
            if ref is None:
                continue
            now = latest.get(ref.lineage_id)
            if now is None:
                found.append(Changed(pair.element, pair.perspective, ref, None))
            elif now.version != ref.version:
                now_ref = ReadingRef.of(now, pair.element)
                found.append(Changed(pair.element, pair.perspective, ref, now_ref))
    return tuple(found)


# -- stored form (JSON text in the vault; scores and ids only, never names or notes) ---------


def _ref_json(ref: ReadingRef | None) -> dict[str, object] | None:
    if ref is None:
        return None
    return {
        "id": ref.assessment_id,
        "lineage": ref.lineage_id,
        "version": ref.version,
        "on": ref.assessed_on.isoformat(),
        "score": ref.score,
    }


def _ref_from(raw: object) -> ReadingRef | None:
    if not isinstance(raw, Mapping):
        return None
    score = raw.get("score")
    return ReadingRef(
        str(raw["id"]),
        str(raw["lineage"]),
        int(raw["version"]),
        date.fromisoformat(str(raw["on"])),
        int(score) if isinstance(score, int) else None,
    )


def readings_to_json(readings: Sequence[BeforeAfter]) -> str:
    return json.dumps(
        [
            {
                "element": r.element,
                "perspective": r.perspective.value,
                "before": _ref_json(r.before),
                "after": _ref_json(r.after),
            }
            for r in readings
        ],
        separators=(",", ":"),
    )


def readings_from_json(text: str) -> tuple[BeforeAfter, ...]:
    """The stored readings; an empty or unreadable text is no readings (never an error)."""
    if not text:
        return ()
    try:
        raw = json.loads(text)
        return tuple(
            BeforeAfter(
                str(r["element"]),
                Perspective(r["perspective"]),
                _ref_from(r.get("before")),
                _ref_from(r.get("after")),
            )
            for r in raw
        )
    except (ValueError, KeyError, TypeError):
        return ()
