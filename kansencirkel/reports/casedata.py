"""What the reports pick out of a CaseFile: the chosen perspectives and moments, the latest
star per perspective, people and actions in print order. Pure data, no layout."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date

from kansencirkel.core.consent import ShareDecision, shareable_perspectives
from kansencirkel.core.elements import ELEMENT_KEYS, Lang, catalog
from kansencirkel.core.enums import PERSPECTIVE_ORDER, Audience, Perspective, Role
from kansencirkel.core.model import (
    Action,
    Assessment,
    CaseFile,
    Child,
    Meeting,
    Person,
    reading_order,
)
from kansencirkel.reports.texts import long_date, t, tn


@dataclass(frozen=True, slots=True)
class Selection:
    """The assessments a report shows, after the user's choice of perspectives and moments."""

    assessments: tuple[Assessment, ...]  # current versions, oldest first
    latest: Mapping[Perspective, Assessment]
    perspectives: tuple[Perspective, ...]  # with at least one assessment, in the usual order

    def history(self, perspective: Perspective) -> list[Assessment]:
        return [a for a in self.assessments if a.perspective == perspective]


def select(
    case: CaseFile,
    perspectives: Collection[Perspective] | None = None,
    moments: Collection[date] | None = None,
) -> Selection:
    """Keep current assessments of the chosen perspectives on the chosen dates (None = all)."""
    chosen = [
        a
        for a in case.assessments
        if a.is_current
        and (perspectives is None or a.perspective in perspectives)
        and (moments is None or a.assessed_on in moments)
    ]
    chosen.sort(key=reading_order)
    latest: dict[Perspective, Assessment] = {}
    for a in chosen:
        latest[a.perspective] = a  # sorted, so the last one wins
    order = tuple(p for p in PERSPECTIVE_ORDER if p in latest)
    return Selection(tuple(chosen), {p: latest[p] for p in order}, order)


def has_scores(sel: Selection) -> bool:
    """At least one score 1–5 among the chosen readings (not all "weet niet")."""
    return any(a.score(k) is not None for a in sel.assessments for k in ELEMENT_KEYS)


def parents_choice(
    case: CaseFile, perspectives: Collection[Perspective] | None, today: date
) -> tuple[set[Perspective], Mapping[Perspective, ShareDecision]]:
    """The chosen perspectives (None = all) that consent lets the parents see, and the
    consent decision for every perspective (to name what is left out, and why)."""
    decisions = shareable_perspectives(
        Audience.OUDERS, case.consents, case.child.date_of_birth, today
    )
    allowed = {p for p, d in decisions.items() if d.allowed}
    return (allowed if perspectives is None else allowed & set(perspectives)), decisions


def age_text(child: Child, today: date, lang: Lang) -> str:
    age = child.age(today)
    if age is None:
        return t(lang, "age.unknown")
    return tn(lang, "age.years", age)


def school_text(child: Child, lang: Lang) -> str:
    parts = [p for p in (child.school, child.group) if p]
    return " / ".join(parts) if parts else t(lang, "none")


def regiehouder(case: CaseFile) -> Person | None:
    if case.child.regiehouder is not None:
        return case.child.regiehouder
    for inv in case.involvements:
        if inv.is_regiehouder:
            return inv.person
    return None


def person_text(person: Person, lang: Lang, role: Role | None = None) -> str:
    """'Name (role, organisation)'; ``role`` overrides the person's own (their part here)."""
    role_name = catalog().role_name(person.role if role is None else role, lang)
    org = f", {person.organisation}" if person.organisation else ""
    return f"{person.name} ({role_name}{org})"


def involved_text(case: CaseFile, lang: Lang) -> str:
    people = [person_text(inv.person, lang, inv.role) for inv in case.involvements]
    return "; ".join(people) if people else t(lang, "none")


def sorted_actions(actions: Collection[Action]) -> list[Action]:
    """Open first (soonest due first), then finished ones."""
    far = date.max
    return sorted(actions, key=lambda a: (not a.status.is_open, a.due_on or far, a.what))


def element_names(keys: Collection[str], lang: Lang) -> str:
    cat = catalog()
    return ", ".join(cat.element(k).name(lang) for k in keys)


def owner_text(action: Action, lang: Lang) -> str:
    if action.owner is None:
        return t(lang, "none")
    return action.owner.name


def moment_text(assessment: Assessment, lang: Lang) -> str:
    return t(
        lang, "given_by", who=assessment.given_by, date=long_date(assessment.assessed_on, lang)
    )


def score_cell(score: int | None) -> str:
    return "?" if score is None else str(score)


def next_planned(case: CaseFile, today: date) -> tuple[date, Meeting | None] | None:
    """ "Volgend overleg" on paper: the earliest date on or after ``today`` that is still to
    come — a planned overleg's own date, or the next date a held overleg agreed on — with the
    planned overleg itself when there is one. A held overleg's next date that is not after
    the last held overleg has been met already (the overleg held today is not "next")."""
    held = [m.held_on for m in case.meetings if not m.is_planned and m.held_on <= today]
    last_held = max(held, default=None)
    found: list[tuple[date, Meeting | None]] = []
    for m in case.meetings:
        if m.is_planned:
            if m.held_on >= today:
                found.append((m.held_on, m))
        elif (
            m.next_on is not None
            and m.next_on >= today
            and m.next_on > m.held_on
            and (last_held is None or m.next_on > last_held)
        ):
            found.append((m.next_on, None))
    if not found:
        return None
    # A planned overleg wins over a held one's agreed date on the same day (it has a kind).
    return min(found, key=lambda f: (f[0], f[1] is None))


def last_held(case: CaseFile, today: date) -> Meeting | None:
    """The most recent overleg that took place (on or before ``today``)."""
    past = [m for m in case.meetings if not m.is_planned and m.held_on <= today]
    return max(past, key=lambda m: m.held_on, default=None)
