"""Consent made visible: one line for the child's page, and what consent says about a planned
print, export or hand-over to one audience.

Everything is derived from :func:`kansencirkel.core.consent.share_decision`, so the line and
the warnings can never claim more than the reports and the hand-over allow. The line says
whose consent counts (the age rule: under 12 the parents, 12 to 16 parents and child, from 16
the child, an unknown date of birth asks both), then per audience what may go to them, then
why something is held back. Warnings (:func:`warnings_for`) name the parts that the consent
does not allow for the audience, in the users' words ("de blik van school", "de notities",
"de afspraken"), and every consent that stops within :data:`EXPIRY_NOTICE_DAYS` days while
it still carries a part. When everything is allowed and nothing stops soon there is nothing
to say: the warnings are empty.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from kansencirkel.core.consent import (
    CONSENT_PARTS,
    PART_ACTIONS,
    PART_NOTES,
    ShareDecision,
    ShareReason,
    required_consenters,
    share_decision,
)
from kansencirkel.core.consent_words import (
    AUDIENCE_WORDS,
    describe,
    expiring_line,
    join,
    refused_line,
    who_decides,
    why_held_back,
)
from kansencirkel.core.dates import format_date
from kansencirkel.core.enums import Audience, Consenter, Perspective
from kansencirkel.core.i18n import Lang, gettext
from kansencirkel.core.model import CaseFile, Consent, age_on

#: A consent that stops within this many days from today is worth a warning (a month).
EXPIRY_NOTICE_DAYS = 31

#: The part every audience sees as its own (the parents' own view); mirrors share_decision.
OWN_PART: dict[Audience, str] = {Audience.OUDERS: Perspective.OUDERS.value}


@dataclass(frozen=True, slots=True)
class AudienceShare:
    """What may go to one audience today: the allowed parts, and the refusals with reasons."""

    audience: Audience
    allowed: frozenset[str]
    refused: tuple[ShareDecision, ...]


def audience_share(
    audience: Audience, consents: Sequence[Consent], date_of_birth: date | None, today: date
) -> AudienceShare:
    decisions = [share_decision(p, audience, consents, date_of_birth, today) for p in CONSENT_PARTS]
    return AudienceShare(
        audience,
        frozenset(d.part for d in decisions if d.allowed),
        tuple(d for d in decisions if not d.allowed),
    )


@dataclass(frozen=True, slots=True)
class Expiring:
    """A consent that stops soon while it still lets ``parts`` go to the audience."""

    consenter: Consenter
    expires_on: date
    parts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ConsentWarnings:
    """What consent says about one planned print, export or hand-over; falsy when nothing."""

    audience: Audience
    refused: tuple[ShareDecision, ...]
    expiring: tuple[Expiring, ...]
    today: date
    age_known: bool

    def __bool__(self) -> bool:
        return bool(self.refused or self.expiring)

    def lines(self, *, leaves_out: bool = True, lang: Lang | None = None) -> list[str]:
        """One sentence per reason a part is held back, then one per consent that stops soon.

        ``leaves_out``: the output drops what consent refuses (the parents' sheet); False when
        it still holds those parts (the kernteam overview, a hand-over overridden with a
        reason), and the sentence says so."""
        groups: dict[str, list[str]] = {}
        for d in self.refused:
            why = why_held_back(d.reason, d.missing, age_known=self.age_known, lang=lang)
            groups.setdefault(why, []).append(d.part)
        out = [
            refused_line(self.audience, parts, why, leaves_out=leaves_out, lang=lang)
            for why, parts in groups.items()
        ]
        for e in self.expiring:
            days = (e.expires_on - self.today).days
            out.append(expiring_line(e.consenter, e.parts, e.expires_on, days, lang=lang))
        return out


def _expiring(
    audience: Audience,
    consents: Sequence[Consent],
    date_of_birth: date | None,
    today: date,
    allowed: Iterable[str],
) -> tuple[Expiring, ...]:
    """Consents of someone whose agreement counts that stop within the notice period, with
    the allowed parts they carry that no other consent of the same person carries on."""
    needed = required_consenters(age_on(date_of_birth, today))
    last = today + timedelta(days=EXPIRY_NOTICE_DAYS)
    found: list[Expiring] = []
    for c in sorted(consents, key=lambda c: (c.expires_on or last, c.consenter.value, c.id)):
        ends = c.expires_on
        if ends is None or not today <= ends <= last or not c.valid_on(today):
            continue
        if c.consenter not in needed or audience not in c.audiences:
            continue
        after = ends + timedelta(days=1)
        parts = tuple(
            p
            for p in allowed
            if p in c.parts
            and not any(
                o.consenter is c.consenter
                and p in o.parts
                and audience in o.audiences
                and o.valid_on(after)
                for o in consents
            )
        )
        if parts:
            found.append(Expiring(c.consenter, ends, parts))
    return tuple(found)


def warnings_for(
    audience: Audience,
    consents: Iterable[Consent],
    date_of_birth: date | None,
    today: date,
    parts: Iterable[str] = CONSENT_PARTS,
) -> ConsentWarnings:
    """What consent says about giving ``parts`` (what the output would hold) to ``audience``
    today: the refused parts and the consents that stop within a month."""
    cons = tuple(consents)
    wanted = [p for p in CONSENT_PARTS if p in set(parts)]
    if OWN_PART.get(audience) in wanted:
        wanted.remove(OWN_PART[audience])  # always theirs: no consent can stop it
    decisions = [share_decision(p, audience, cons, date_of_birth, today) for p in wanted]
    allowed = [d.part for d in decisions if d.allowed]
    return ConsentWarnings(
        audience,
        tuple(d for d in decisions if not d.allowed),
        _expiring(audience, cons, date_of_birth, today, allowed),
        today,
        date_of_birth is not None,
    )


def held_parts(case: CaseFile) -> list[str]:
    """The consent parts a whole file holds: the views with readings, notes, afspraken (what
    a kernteam overview or a hand-over of the whole file carries)."""
    present = {a.perspective for a in case.assessments}
    parts = [p.value for p in Perspective if p in present]
    if case.notes:
        parts.append(PART_NOTES)
    if case.actions:
        parts.append(PART_ACTIONS)
    return parts


def children_lines(
    cases: Sequence[CaseFile],
    audience: Audience,
    today: date,
    *,
    leaves_out: bool,
    parts_of: Callable[[CaseFile], Iterable[str]] = held_parts,
    lang: Lang | None = None,
) -> list[str]:
    """What consent says about giving several children's files to ``audience``: every line
    led by the child's name ('Sanne de Vries — …'), for the screen only (never a log)."""
    out: list[str] = []
    for case in cases:
        child = case.child
        w = warnings_for(audience, case.consents, child.date_of_birth, today, parts_of(case))
        out += [f"{child.full_name} — {line}" for line in w.lines(leaves_out=leaves_out, lang=lang)]
    return out


def describe_share(share: AudienceShare, lang: Lang | None = None) -> str:
    """'alles', 'niets', 'alleen hun eigen blik', 'alles behalve de notities' …"""
    own = OWN_PART.get(share.audience)
    parts = share.allowed - {own} if own else share.allowed
    return describe(parts, own=own is not None, lang=lang)


def line_groups(
    consents: Iterable[Consent], date_of_birth: date | None, today: date, lang: Lang | None = None
) -> list[tuple[tuple[Audience, ...], str]]:
    """(audiences, what they may have): audiences that read the same share one phrase, the
    most allowed first ('alles' before 'niets'), audiences in their fixed order."""
    cons = tuple(consents)
    shares = [audience_share(a, cons, date_of_birth, today) for a in Audience]
    groups: dict[str, list[AudienceShare]] = {}
    for share in shares:
        groups.setdefault(describe_share(share, lang), []).append(share)
    ordered = sorted(
        groups.items(), key=lambda kv: (-len(kv[1][0].allowed), shares.index(kv[1][0]))
    )
    return [(tuple(s.audience for s in group), text) for text, group in ordered]


def consent_line(
    consents: Iterable[Consent], date_of_birth: date | None, today: date, lang: Lang | None = None
) -> str:
    """One sentence: whose consent counts, what may go to whom, why something is held back.

    'Toestemming van ouders en kind (13 jaar): kernteam en school alles; ouders alleen hun
    eigen blik; zorg niets — nog geen toestemming van het kind.'"""
    cons = tuple(consents)
    age = age_on(date_of_birth, today)
    groups = [
        gettext("{audiences} {what}", lang=lang, audiences=_audiences(audiences, lang), what=what)
        for audiences, what in line_groups(cons, date_of_birth, today, lang)
    ]
    text = gettext(
        "{who}: {groups}", lang=lang, who=who_decides(age, lang=lang), groups="; ".join(groups)
    )
    tail = _tail(cons, date_of_birth, today, lang)
    return gettext("{text} — {tail}.", lang=lang, text=text, tail=tail) if tail else text + "."


def _audiences(audiences: Sequence[Audience], lang: Lang | None) -> str:
    if len(audiences) == len(Audience):
        return gettext("iedereen", lang=lang)
    return join([gettext(AUDIENCE_WORDS[a], lang=lang) for a in audiences], lang)


def _short_why(reason: ShareReason, missing: frozenset[Consenter], lang: Lang | None) -> str:
    """The line's short reasons: 'ingetrokken', 'verlopen', 'nog geen toestemming van …'."""
    if reason is ShareReason.WITHDRAWN:
        return gettext("ingetrokken", lang=lang)
    if reason is ShareReason.EXPIRED:
        return gettext("verlopen", lang=lang)
    return why_held_back(reason, missing, age_known=True, lang=lang)


def _tail(
    consents: Sequence[Consent], date_of_birth: date | None, today: date, lang: Lang | None
) -> str:
    """Why parts are held back (not when simply nobody consented to them), and the first
    consent that stops within a month."""
    if not consents:
        return gettext("nog niets vastgelegd", lang=lang)
    reasons: list[str] = []
    held: dict[str, list[Audience]] = {}  # reason -> the audiences it holds parts back from
    soon: list[Expiring] = []
    for a in Audience:
        share = audience_share(a, consents, date_of_birth, today)
        for d in share.refused:
            if d.reason is not ShareReason.NO_CONSENT:
                why = _short_why(d.reason, d.missing, lang)
                if a not in held.setdefault(why, []):
                    held[why].append(a)
        soon += _expiring(a, consents, date_of_birth, today, share.allowed)
    for why, audiences in held.items():
        reasons.append(
            why
            if len(audiences) == len(Audience)
            else gettext(
                "{why} voor {audiences}", lang=lang, why=why, audiences=_audiences(audiences, lang)
            )
        )
    if soon:
        first = min(e.expires_on for e in soon)
        day = format_date(first, "short", lang)
        reasons.append(
            gettext("een toestemming loopt af na {day}", lang=lang, day=day)
            if first > today
            else gettext("een toestemming loopt vandaag af", lang=lang)
        )
    return ", ".join(reasons)
