"""'Niet in dit overzicht': what consent kept off the parents' sheet, and why, in plain words.

When the child's date of birth is not recorded, consent fails closed and asks the child too
(:func:`kansencirkel.core.consent.required_consenters`). That is one reason, so it is said
once ("We weten de leeftijd van uw kind niet. Daarom …") with every part it holds back,
instead of one "ontbreekt toestemming van uw kind" line per part. Likewise every other
reason is one line naming the parts it holds back.
"""

from __future__ import annotations

from collections.abc import Sequence

from kansencirkel.core.consent import PART_ACTIONS, PART_NOTES, ShareDecision, ShareReason
from kansencirkel.core.elements import Lang
from kansencirkel.core.enums import Consenter, Perspective
from kansencirkel.reports.parents_words import capital, in_text
from kansencirkel.reports.texts import join_words, t

_OTHER_PARTS = (PART_ACTIONS, PART_NOTES)


def _parts(decisions: Sequence[ShareDecision], lang: Lang, *, others: bool) -> str:
    """'de cijfers van uw kind en school, de andere afspraken en de notities'."""
    views = [in_text(Perspective(d.part), lang) for d in decisions if d.part not in _OTHER_PARTS]
    named = [t(lang, "p.part.view", who=join_words(views, lang))] if views else []
    for d in decisions:
        if d.part == PART_ACTIONS:
            named.append(t(lang, "p.part.other_actions" if others else "p.part.actions"))
        elif d.part == PART_NOTES:
            named.append(t(lang, "p.part.notes"))
    return join_words(named, lang)


def _reason(d: ShareDecision, lang: Lang) -> str:
    if d.reason is ShareReason.MISSING_CONSENTER:
        who = join_words([t(lang, f"consenter.{c.value}") for c in sorted(d.missing)], lang)
        return t(lang, "reason.missing_consenter", who=who)
    if d.reason is ShareReason.EXPIRED:
        return t(lang, "reason.expired")
    if d.reason is ShareReason.WITHDRAWN:
        return t(lang, "reason.withdrawn")
    return t(lang, "reason.no_consent")


def _age_bound(d: ShareDecision) -> bool:
    """Held back only because the child must agree too, as the age is unknown."""
    return d.reason is ShareReason.MISSING_CONSENTER and d.missing == {Consenter.KIND}


def left_out_lines(
    withheld: Sequence[ShareDecision], lang: Lang, *, age_known: bool, others: bool
) -> list[str]:
    """One line per reason, naming every part it keeps off the sheet; without a date of
    birth the parts that wait for the child's consent share the age line. ``others``: some
    afspraken are shown (the parents' own), so the rest are 'de andere afspraken'."""
    by_age = [] if age_known else [d for d in withheld if _age_bound(d)]
    lines = []
    if by_age:
        lines.append(t(lang, "p.dob_unknown", parts=_parts(by_age, lang, others=others)))
    groups: dict[str, list[ShareDecision]] = {}  # reason text -> parts, in the order met
    for d in withheld:
        if d not in by_age:
            groups.setdefault(_reason(d, lang), []).append(d)
    for reason, decisions in groups.items():
        part = capital(_parts(decisions, lang, others=others))
        lines.append(t(lang, "p.left_out.part", part=part, reason=reason))
    return lines
