"""Wat is beter geworden: elements that rose by one point or more, per perspective.

Two moments count as "before": the previous overleg (the last one held before today) and the
start of each afspraak. Against each, the readings are chosen exactly as an evaluation
chooses them (:func:`kansencirkel.core.evaluation.before_after`: the latest reading on or
before that day, the latest one since). An element shows once per perspective, with its
largest rise. Nothing is compared across perspectives or children and nothing is added up:
this is what a view can say first, in plain words, never a score.

Only readings that belong together in time count, by the same rule as the conversation
topics (:class:`~kansencirkel.core.window.ReadingWindow`): a rise counts only when its later
reading lies within the vault's window of the newest reading. The earlier one may be older;
its sentence then names its month and its age. Rises are ranked, largest first, and a view
shows a handful (:data:`~kansencirkel.core.topics.SHOWN_TOPICS`), then "n meer" or one line
saying how many more.

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
from kansencirkel.core.i18n import N_, Lang, Msgid, current_lang, gettext, ngettext
from kansencirkel.core.model import Action, Assessment, CaseFile, Meeting, reading_order
from kansencirkel.core.topics import SHOWN_TOPICS, Handful
from kansencirkel.core.window import DEFAULT_COMPARE_MONTHS, ReadingWindow, ago_text

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
    before_older: bool = False  # the earlier reading lies outside the compare window

    @property
    def rise(self) -> int:
        return self.after - self.before


def previous_meeting(meetings: Iterable[Meeting], today: date) -> date | None:
    """The day of the last overleg held before today (a meeting today is the current one)."""
    return max(
        (m.held_on for m in meetings if m.status is MeetingStatus.GEHOUDEN and m.held_on < today),
        default=None,
    )


def window_start(assessments: Iterable[Assessment], months: int) -> date | None:
    """The first day of the compare window: ``months`` before the newest current reading,
    the same day :class:`ReadingWindow` gives the conversation topics."""
    latest: dict[Perspective, Assessment] = {}
    for a in assessments:
        cur = latest.get(a.perspective)
        if a.is_current and (cur is None or reading_order(a) >= reading_order(cur)):
            latest[a.perspective] = a
    return ReadingWindow.of(latest, months).since


def _rises(
    assessments: Sequence[Assessment],
    elements: Sequence[str],
    since: date,
    today: date,
    action_id: str | None,
    window: date | None,
) -> list[Improvement]:
    found = []
    for pair in before_after(assessments, elements, since, until=today):
        rise = pair.rise
        if rise is None or rise < RISE or pair.before is None or pair.after is None:
            continue
        if window is not None and pair.after.assessed_on < window:
            continue  # old news: the later reading does not belong with the newest ones
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
                window is not None and pair.before.assessed_on < window,
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
    months: int = DEFAULT_COMPARE_MONTHS,
) -> tuple[Improvement, ...]:
    """What rose by :data:`RISE` or more since the previous overleg or an afspraak's start,
    one line per perspective and element (its largest rise; on a tie, since the overleg),
    ranked as topics are: largest rise first, then NJi element order, then perspective
    order. Only rises whose later reading lies within ``months`` of the newest reading
    count. ``perspectives`` limits who is shown (the parents' sheet passes only those
    consent allows)."""
    found: list[Improvement] = []
    window = window_start(assessments, months)
    last = previous_meeting(meetings, today)
    if last is not None:
        found += _rises(assessments, ELEMENT_KEYS, last, today, None, window)
    for a in actions:
        if a.start_on is not None and a.elements and a.start_on < today:
            found += _rises(assessments, a.elements, a.start_on, today, a.id, window)
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
            key=lambda i: (-i.rise, order[i.element], PERSPECTIVE_ORDER.index(i.perspective)),
        )
    )


def case_improvements(
    case: CaseFile, today: date, *, perspectives: Iterable[Perspective] | None = None
) -> tuple[Improvement, ...]:
    return improvements(
        case.assessments,
        case.meetings,
        case.actions,
        today,
        perspectives=perspectives,
        months=case.compare_months,
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
    Perspective.ZORG: N_(
        "De hulpverlening ziet bij {element} nu een {after}, in {month} een {before}."
    ),
    Perspective.KERNTEAM: N_(
        "Het team van school en zorg ziet bij {element} nu een {after}, in {month} een {before}."
    ),
}


def _month(item: Improvement, lang: Lang, today: date | None) -> str:
    """ "september", "september 2025" and, for a reading older than the compare window,
    "september 2025 (14 maanden geleden)"."""
    before_on, after_on = item.before_on, item.after_on
    style: DateStyle = "month" if before_on.year == after_on.year else "month_long_year"
    month = format_date(before_on, style, lang)
    if item.before_older and today is not None:
        return gettext(
            "{month} ({ago})", lang=lang, month=month, ago=ago_text(before_on, today, lang)
        )
    return month


def improvement_text(
    item: Improvement,
    lang: Lang | None = None,
    *,
    parents: bool = False,
    today: date | None = None,
) -> str:
    """ "School ziet bij Gezond nu een 4, in september een 2." — ``parents``: the parents'
    sheet's "u" wording ("Thuis ziet u bij Gezond nu een 4, in september een 2."). With
    ``today``, an earlier reading older than the compare window also shows its age."""
    chosen = current_lang() if lang is None else lang
    msgid = (_PARENTS if parents else _TEAM)[item.perspective]
    return gettext(
        msgid,
        lang=chosen,
        element=element_name(item.element, chosen),
        after=item.after,
        before=item.before,
        month=_month(item, chosen, today),
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
    limit: int = SHOWN_TOPICS,
) -> Handful[str]:
    """The part's sentences for one child, ranked, ready to show: a view shows
    ``.shown`` and then "n meer" (:func:`~kansencirkel.core.topic_text.more_text`) or
    :func:`better_rest_text`. Empty when nothing rose (the view then leaves the part out).
    The sentences hold no names, only words and numbers."""
    found = case_improvements(case, today, perspectives=perspectives)
    lines = tuple(improvement_text(i, lang, parents=parents, today=today) for i in found)
    return Handful(lines, limit)


def better_rest_text(lines: Handful[str], lang: Lang | None = None) -> str:
    """For paper and the projector, where nothing expands: 'En nog 2 dingen die beter
    werden.' ('' when all are shown)."""
    if not lines.more:
        return ""
    return ngettext(
        "En nog {n} ding dat beter werd.",
        "En nog {n} dingen die beter werden.",
        lines.more,
        lang=lang,
    )
