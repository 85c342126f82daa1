"""Wat is beter geworden: elements that rose by one point or more, per perspective.

Two moments count as "before": the previous overleg (the last one held before today) and the
start of each afspraak. Against each, the readings are chosen exactly as an evaluation
chooses them (:func:`kansencirkel.core.evaluation.before_after`: the latest reading on or
before that day, the latest one since). An element shows once per perspective, with its
largest rise. Nothing is compared across perspectives or children and nothing is added up:
this is what a view can say first, in plain words, never a score.

When nothing rose the list is empty and a view leaves the part out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from kansencirkel.core.dates import DateStyle, format_date
from kansencirkel.core.elements import ELEMENT_KEYS, element_name
from kansencirkel.core.enums import PERSPECTIVE_ORDER, MeetingStatus, Perspective
from kansencirkel.core.evaluation import before_after
from kansencirkel.core.i18n import N_, Lang, Msgid, current_lang, gettext
from kansencirkel.core.model import Action, Assessment, CaseFile, Meeting

#: A rise of this many points or more is "beter geworden".
RISE = 1


@dataclass(frozen=True, slots=True)
class Improvement:
    perspective: Perspective
    element: str
    before: int
    before_on: date
    after: int
    after_on: date
    action_id: str | None = None  # the afspraak it was measured from; None: the last overleg

    @property
    def rise(self) -> int:
        return self.after - self.before


def previous_meeting(meetings: Iterable[Meeting], today: date) -> date | None:
    """The day of the last overleg held before today (a meeting today is the current one)."""
    return max(
        (m.held_on for m in meetings if m.status is MeetingStatus.GEHOUDEN and m.held_on < today),
        default=None,
    )


def _rises(
    assessments: Sequence[Assessment],
    elements: Sequence[str],
    since: date,
    today: date,
    action_id: str | None,
) -> list[Improvement]:
    found = []
    for pair in before_after(assessments, elements, since, until=today):
        rise = pair.rise
        if rise is None or rise < RISE or pair.before is None or pair.after is None:
            continue
        assert pair.before.score is not None and pair.after.score is not None
        found.append(
            Improvement(
                pair.perspective,
                pair.element,
                pair.before.score,
                pair.before.assessed_on,
                pair.after.score,
                pair.after.assessed_on,
                action_id,
            )
        )
    return found


def improvements(
    assessments: Sequence[Assessment],
    meetings: Iterable[Meeting],
    actions: Iterable[Action],
    today: date,
    *,
    perspectives: Iterable[Perspective] | None = None,
) -> tuple[Improvement, ...]:
    """What rose by :data:`RISE` or more since the previous overleg or an afspraak's start,
    one line per perspective and element (its largest rise; on a tie, since the overleg),
    in perspective order then NJi element order. ``perspectives`` limits who is shown (the
    parents' sheet passes only those consent allows)."""
    found: list[Improvement] = []
    last = previous_meeting(meetings, today)
    if last is not None:
        found += _rises(assessments, ELEMENT_KEYS, last, today, None)
    for a in actions:
        if a.start_on is not None and a.elements and a.start_on < today:
            found += _rises(assessments, a.elements, a.start_on, today, a.id)
    allowed = set(PERSPECTIVE_ORDER if perspectives is None else perspectives)
    best: dict[tuple[Perspective, str], Improvement] = {}
    for item in found:
        if item.perspective not in allowed:
            continue
        key = (item.perspective, item.element)
        if key not in best or item.rise > best[key].rise:
            best[key] = item
    order = {k: i for i, k in enumerate(ELEMENT_KEYS)}
    return tuple(
        sorted(
            best.values(),
            key=lambda i: (PERSPECTIVE_ORDER.index(i.perspective), order[i.element]),
        )
    )


def case_improvements(
    case: CaseFile, today: date, *, perspectives: Iterable[Perspective] | None = None
) -> tuple[Improvement, ...]:
    return improvements(
        case.assessments, case.meetings, case.actions, today, perspectives=perspectives
    )


_TEAM: dict[Perspective, Msgid] = {
    Perspective.KIND: N_("Het kind ziet bij {element} nu een {after}, in {month} een {before}."),
    Perspective.OUDERS: N_("Ouders zien bij {element} nu een {after}, in {month} een {before}."),
    Perspective.SCHOOL: N_("School ziet bij {element} nu een {after}, in {month} een {before}."),
    Perspective.ZORG: N_("De zorg ziet bij {element} nu een {after}, in {month} een {before}."),
    Perspective.KERNTEAM: N_(
        "Het kernteam ziet bij {element} nu een {after}, in {month} een {before}."
    ),
}
_PARENTS: dict[Perspective, Msgid] = {
    **_TEAM,
    Perspective.KIND: N_("Uw kind ziet bij {element} nu een {after}, in {month} een {before}."),
    Perspective.OUDERS: N_("Thuis ziet u bij {element} nu een {after}, in {month} een {before}."),
}


def _month(before_on: date, after_on: date, lang: Lang) -> str:
    style: DateStyle = "month" if before_on.year == after_on.year else "month_long_year"
    return format_date(before_on, style, lang)


def improvement_text(item: Improvement, lang: Lang | None = None, *, parents: bool = False) -> str:
    """ "School ziet bij Gezond nu een 4, in september een 2." — ``parents``: the parents'
    sheet's "u" wording ("Thuis ziet u bij Gezond nu een 4, in september een 2.")."""
    chosen = current_lang() if lang is None else lang
    msgid = (_PARENTS if parents else _TEAM)[item.perspective]
    return gettext(
        msgid,
        lang=chosen,
        element=element_name(item.element, chosen),
        after=item.after,
        before=item.before,
        month=_month(item.before_on, item.after_on, chosen),
    )


#: The part's heading wherever it is shown.
BETTER_HEADING = N_("Wat is beter geworden")


def better_lines(
    case: CaseFile,
    today: date,
    lang: Lang | None = None,
    *,
    parents: bool = False,
    perspectives: Iterable[Perspective] | None = None,
) -> list[str]:
    """The part's sentences for one child, ready to show; empty when nothing rose (the view
    then leaves the part out). The sentences hold no names, only words and numbers."""
    found = case_improvements(case, today, perspectives=perspectives)
    return [improvement_text(i, lang, parents=parents) for i in found]
