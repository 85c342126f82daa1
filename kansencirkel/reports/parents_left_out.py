"""'Niet in dit overzicht': what consent kept off the parents' sheet, and why, in plain words.

When the child's date of birth is not recorded, consent fails closed and asks the child too
(:func:`kansencirkel.core.consent.required_consenters`). That is one reason, so it is said
once ("We weten de leeftijd van uw kind niet. Daarom …") with every part it holds back,
instead of one "ontbreekt toestemming van uw kind" line per part.
"""

from __future__ import annotations

from collections.abc import Sequence

from kansencirkel.core.consent import PART_ACTIONS, PART_NOTES, ShareDecision, ShareReason
from kansencirkel.core.elements import Lang
from kansencirkel.core.enums import Consenter, Perspective
from kansencirkel.reports.parents_words import capital, in_text
from kansencirkel.reports.texts import join_words, t


def _part(d: ShareDecision, lang: Lang, *, others: bool) -> str:
    if d.part == PART_NOTES:
        return t(lang, "p.part.notes")
    if d.part == PART_ACTIONS:
        return t(lang, "p.part.other_actions" if others else "p.part.actions")
    return t(lang, "p.part.view", who=in_text(Perspective(d.part), lang))


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
    """One line per part left out; without a date of birth the parts that wait for the
    child's consent share one line. ``others``: some afspraken are shown (the parents'
    own), so the rest are 'de andere afspraken'."""
    by_age = [] if age_known else [d for d in withheld if _age_bound(d)]
    lines = []
    if by_age:
        parts = join_words([_part(d, lang, others=others) for d in by_age], lang)
        lines.append(t(lang, "p.dob_unknown", parts=parts))
    for d in withheld:
        if d not in by_age:
            part = capital(_part(d, lang, others=others))
            lines.append(t(lang, "p.left_out.part", part=part, reason=_reason(d, lang)))
    return lines
