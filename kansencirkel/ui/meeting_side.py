"""The text beside the star in meeting mode: what got better first (when anything rose; its
sentences hold no names), what goes well, then the
gespreksonderwerpen, then the open afspraken (who, by when) — never a score or a verdict.

With initials on, every free text goes through a :class:`~kansencirkel.core.initials.NameMask`
of the child's file and people are shown by their initials, so no name reaches the screen.
"""

from __future__ import annotations

from datetime import date
from html import escape

from kansencirkel.core.better import BETTER_HEADING, better_lines, better_rest_text
from kansencirkel.core.dates import format_date
from kansencirkel.core.elements import Lang, catalog
from kansencirkel.core.enums import PERSPECTIVE_ORDER, Perspective
from kansencirkel.core.i18n import gettext
from kansencirkel.core.initials import NameMask, person_initials
from kansencirkel.core.model import Action, CaseFile
from kansencirkel.core.talk import talk_requests, talk_text
from kansencirkel.core.topic_text import (
    differences_heading,
    movements_heading,
    no_topics_text,
    older_text,
    rest_text,
    topic_text,
    topics_heading,
)
from kansencirkel.core.topics import TopicList, case_topics
from kansencirkel.core.window import ReadingWindow, with_age
from kansencirkel.ui.dialog_helpers import tr


class SideText:
    """Builds the HTML for one case file; ``names`` is None when full names may show."""

    def __init__(self, case: CaseFile, lang: Lang, today: date, names: NameMask | None) -> None:
        self.case, self.lang, self.today, self.names = case, lang, today, names

    def free(self, text: str) -> str:
        """A text someone typed, names masked when asked, escaped for HTML."""
        text = " ".join(text.split())
        return escape(self.names.mask(text) if self.names is not None else text)

    def person(self, name: str) -> str:
        return escape(person_initials(name) if self.names is not None else name)

    def html(self) -> str:
        return "".join([*self._better(), *self._goes_well(), *self._topics(), *self._actions()])

    def _better(self) -> list[str]:
        lines = better_lines(self.case, self.today, self.lang)
        if not lines:
            return []
        items = "".join(f"<li>{escape(line)}</li>" for line in lines.shown)
        parts = [f"<h3>{escape(gettext(BETTER_HEADING, lang=self.lang))}</h3><ul>{items}</ul>"]
        if lines.more:  # the projector does not expand: the rest is on the child's page
            parts.append(_p(better_rest_text(lines, self.lang)))
        return parts

    def _goes_well(self) -> list[str]:
        cat = catalog()
        latest = self.case.latest_by_perspective()
        window = ReadingWindow.of(latest, self.case.compare_months)

        def who(p: Perspective) -> str:
            name = cat.perspective_name(p, self.lang)
            if window.is_older(p):  # "Zorg, 10 maanden geleden"
                return with_age(name, latest[p].assessed_on, self.today, self.lang)
            return name

        good = [
            f"<p><b>{escape(who(p))}</b>: {self.free(latest[p].goes_well)}</p>"
            for p in PERSPECTIVE_ORDER
            if p in latest and latest[p].goes_well.strip()
        ]
        return [
            f"<h3>{escape(tr('Wat gaat goed'))}</h3>",
            *(good or [_p(tr("Nog niet ingevuld."))]),
        ]

    def _topics(self) -> list[str]:
        """A handful of each kind, ranked, then "n meer" (the projector does not expand:
        the full list is in the child's overview and the kernteam report)."""
        topics = case_topics(self.case)
        parts = [f"<h3>{escape(topics_heading(self.lang))}</h3>"]
        talk = talk_requests(self.case.latest_by_perspective())
        if talk:  # the child's or parents' own marks first; no names in them
            items = "".join(f"<li><b>{escape(talk_text(r, self.lang))}</b></li>" for r in talk)
            parts.append(f"<ul>{items}</ul>")
        if not topics and not talk:
            parts.append(_p(no_topics_text(self.lang)))
        for heading, ranked in (
            (differences_heading(self.lang), topics.differences),
            (movements_heading(self.lang), topics.movements),
        ):
            if ranked:
                parts.append(f"<p><b>{escape(heading)}</b></p>")
                parts += self._list(ranked)
        older = older_text(topics.window, self.today, self.lang)
        if older:
            parts.append(f"<p><i>{escape(older)}</i></p>")
        return parts

    def _list(self, ranked: TopicList) -> list[str]:
        items = "".join(f"<li>{escape(topic_text(t, self.lang))}</li>" for t in ranked.shown)
        parts = [f"<ul>{items}</ul>"]
        if ranked.more:
            parts.append(_p(rest_text(ranked, self.lang)))
        return parts

    def _actions(self) -> list[str]:
        open_ = sorted(
            (a for a in self.case.actions if a.status.is_open),
            key=lambda a: (a.due_on is None, a.due_on or self.today, a.what),
        )
        parts = [f"<h3>{escape(tr('Open afspraken'))}</h3>"]
        if not open_:
            return [*parts, _p(tr("Geen open afspraken."))]
        items = "".join(
            f"<li><b>{self.free(a.what)}</b><br/>{self._who_when(a)}</li>" for a in open_
        )
        return [*parts, f"<ul>{items}</ul>"]

    def _who_when(self, action: Action) -> str:
        who = self.person(action.owner.name) if action.owner else escape(tr("nog niemand"))
        bits = [who]
        if action.due_on is not None:
            same_year = action.due_on.year == self.today.year
            day = format_date(action.due_on, "day_month" if same_year else "long", self.lang)
            when = tr("uiterlijk %1").replace("%1", day)
            if action.is_overdue(self.today):
                when = tr("%1 — over tijd").replace("%1", when)
            bits.append(escape(when))
        names = [catalog().element(k).name(self.lang) for k in action.elements]
        if names:
            bits.append(escape(", ".join(names)))
        return " · ".join(bits)


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>"
