"""The inzage's child details, the people involved and the consents (given, expired and
withdrawn alike), in a parent's words."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from kansencirkel.core.elements import Lang, catalog
from kansencirkel.core.enums import Perspective
from kansencirkel.core.model import CaseFile, Consent
from kansencirkel.reports.casedata import regiehouder
from kansencirkel.reports.common import flowing_section, header_block, labelled, para
from kansencirkel.reports.inzage_texts import it
from kansencirkel.reports.styles import Styles
from kansencirkel.reports.texts import join_words, long_date

LABEL_COL = 0.3  # of the frame: the longest label ("Dossier gesloten op") on one line


def child_part(case: CaseFile, s: Styles, lang: Lang, col: float) -> list[Flowable]:
    child = case.child
    missing = it(lang, "not_recorded")
    lead = regiehouder(case)
    rows = [
        (it(lang, "label.given"), child.given_name or missing),
        (it(lang, "label.family"), child.family_name or missing),
        (
            it(lang, "label.dob"),
            long_date(child.date_of_birth, lang) if child.date_of_birth else missing,
        ),
        (it(lang, "label.school"), child.school or missing),
        (it(lang, "label.group"), child.group or missing),
        (it(lang, "label.status"), it(lang, f"status.{child.status.value}")),
        (it(lang, "label.opened"), long_date(child.opened_on, lang)),
    ]
    if child.closed_on is not None:
        rows.append((it(lang, "label.closed"), long_date(child.closed_on, lang)))
    if child.retention_until is not None:
        rows.append((it(lang, "label.keep"), long_date(child.retention_until, lang)))
    rows.append((it(lang, "label.lead"), lead.name if lead else missing))
    rows.append((it(lang, "label.number"), child.id))
    name = child.given_name or child.full_name
    return [*flowing_section(it(lang, "sec.child", name=name), s), header_block(rows, s, col=col)]


def people_part(case: CaseFile, s: Styles, lang: Lang) -> list[Flowable]:
    out = flowing_section(it(lang, "sec.people"), s)
    if not case.involvements:
        return [*out, para(it(lang, "people.none"), s.body)]
    cat = catalog()
    for inv in case.involvements:
        person = inv.person
        bits = [cat.role_name(inv.role, lang)]
        if person.organisation:
            bits.append(person.organisation)
        if inv.is_regiehouder:
            bits.append(it(lang, "people.lead"))
        if person.phone:
            bits.append(it(lang, "people.phone", phone=person.phone))
        if person.email:
            bits.append(it(lang, "people.email", email=person.email))
        if inv.remark.strip():
            bits.append(inv.remark)
        out += labelled(person.name, " · ".join(bits), s.body)
    return out


def _part_name(part: str, lang: Lang) -> str:
    if part in ("notes", "actions"):
        return it(lang, f"part.{part}")
    try:
        who = catalog().perspective_name(Perspective(part), lang).lower()
    except ValueError:
        return part
    return it(lang, "part.view", who=who)


def _state(c: Consent, today: date, lang: Lang) -> str:
    if c.withdrawn_on is not None and c.withdrawn_on <= today:
        return it(lang, "consent.withdrawn", date=long_date(c.withdrawn_on, lang))
    if c.expires_on is not None and c.expires_on < today:
        return it(lang, "consent.expired", date=long_date(c.expires_on, lang))
    if c.given_on > today:
        return it(lang, "consent.future", date=long_date(c.given_on, lang))
    if c.expires_on is not None:
        return it(lang, "consent.valid_until", date=long_date(c.expires_on, lang))
    return it(lang, "consent.valid")


def consents_part(case: CaseFile, s: Styles, today: date, lang: Lang) -> list[Flowable]:
    out = flowing_section(it(lang, "sec.consents"), s, room=60 * mm)
    out.append(para(it(lang, "consents.explain"), s.body))
    if not case.consents:
        return [*out, para(it(lang, "consents.none"), s.body)]
    for c in sorted(case.consents, key=lambda c: (c.given_on, c.id)):
        head = it(
            lang,
            "consent.head",
            who=it(lang, f"consent.by.{c.consenter.value}"),
            date=long_date(c.given_on, lang),
        )
        parts = join_words([_part_name(p, lang) for p in c.parts], lang)
        audiences = join_words([it(lang, f"audience.{a.value}") for a in c.audiences], lang)
        block: list[Flowable] = [para(head, s.h2)]
        block += labelled(it(lang, "consent.given_by"), c.given_by, s.body)
        block += labelled(it(lang, "consent.parts"), parts or "—", s.body)
        block += labelled(it(lang, "consent.audiences"), audiences or "—", s.body)
        block += labelled(it(lang, "consent.state"), _state(c, today, lang), s.body)
        if c.remark.strip():
            block += labelled(it(lang, "consent.remark"), c.remark, s.body)
        out.append(KeepTogether(block))
    return out
