"""A child with a long history in a real vault, written through the repositories: what an
AVG inzage must show in full (tests, the benchmark, the print screenshots).

Readings of every perspective (some corrected, one withdrawn, "weet niet" among the scores),
notes intern and deelbaar (one edited, one removed), afspraken (one evaluated), overleggen
held (with a pulse) and planned, a meting not finished (a draft), consents given, expired and
withdrawn, people involved, and a VIEW and a PRINT in the log. Dates count back from
``today``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import (
    ActionStatus,
    Audience,
    AuditKind,
    Consenter,
    MeetingKind,
    Perspective,
    Role,
    Visibility,
)
from kansencirkel.core.model import AssessmentInput, Helped
from kansencirkel.core.pulse import PulseAnswer, PulseQuestion, PulseSide
from kansencirkel.vault.vault import Vault

PERSPECTIVES = (Perspective.KIND, Perspective.OUDERS, Perspective.SCHOOL, Perspective.ZORG)
INTERN_TEXT = "INTERN-vermoeden: broer vertelde iets over thuis"
SHARED_TEXT = "Gesprek met moeder over de ochtenden & het ontbijt"
OLD_NOTE_TEXT = "EERSTE-VERSIE: gesprek met moeder"
REMOVED_TEXT = "VERWIJDERD-bij-verkeerd-kind-gezet"
CORRECTION_REASON = "Verkeerd element aangeklikt"
WITHDRAW_REASON = "Bij het verkeerde kind ingevoerd"
ACTION_TEXT = "Elke maandag een kort gesprek met de mentor"
EVALUATION_SENTENCE = "Het gaat rustiger in de ochtend."
WISH_TEXT = "Meer rust in de ochtend"
PULSE_SENTENCE = "Iedereen was er, ook opa"
DRAFT_TEXT = "CONCEPT: gaat goed op het schoolplein"


@dataclass
class History:
    """What was written, to look for in the inzage."""

    child_id: str
    readings: list[str] = field(default_factory=list)  # ids of every version, all kept
    superseded: list[str] = field(default_factory=list)
    withdrawn: str = ""
    consents: list[str] = field(default_factory=list)  # given_by of each consent


def _scores(i: int) -> dict[str, int | None]:
    return {k: None if (i + j) % 7 == 0 else 1 + (i + j) % 5 for j, k in enumerate(ELEMENT_KEYS)}


def fill_history(vault: Vault, child_id: str, today: date, readings: int = 12) -> History:
    """``readings`` metingen (the first correction and the withdrawal among them) and the
    rest of a long file for ``child_id``."""
    repos = vault.repos
    made = History(child_id)
    start = today - timedelta(days=30 * (readings // len(PERSPECTIVES) + 2))
    for i in range(readings):
        p = PERSPECTIVES[i % len(PERSPECTIVES)]
        on = start + timedelta(days=30 * (i // len(PERSPECTIVES)) + i % len(PERSPECTIVES))
        data = AssessmentInput(
            child_id=child_id,
            perspective=p,
            assessed_on=on,
            given_by=f"Gever {p.value}",
            given_by_role=Role.OUDER if p is Perspective.OUDERS else Role.LEERKRACHT,
            scores=_scores(i),
            notes={ELEMENT_KEYS[i % 8]: f"Toelichting {i}"},
            goes_well=f"Gaat goed {i}",
            wishes=WISH_TEXT,
        )
        a = repos.assessments.save(data).value
        made.readings.append(a.id)
    first = repos.assessments.get(made.readings[0])
    fixed_input = AssessmentInput(
        child_id=child_id,
        perspective=first.perspective,
        assessed_on=first.assessed_on,
        given_by=first.given_by,
        given_by_role=first.given_by_role,
        scores={**first.scores, ELEMENT_KEYS[0]: 5},
        goes_well=first.goes_well,
        wishes=first.wishes,
        corrects_id=first.id,
        correction_reason=CORRECTION_REASON,
    )
    fixed = repos.assessments.save(fixed_input).value
    made.superseded.append(first.id)
    made.readings.append(fixed.id)
    made.withdrawn = made.readings[1]
    repos.assessments.withdraw(made.withdrawn, reason=WITHDRAW_REASON)

    mentor = repos.people.create("Mentor Jansen", Role.LEERKRACHT, "OBS De Linde").value
    mother = repos.people.create("Moeder Bakker", Role.OUDER, phone="06-12345678").value
    repos.people.involve(child_id, mentor.id, Role.LEERKRACHT, is_regiehouder=True)
    repos.people.involve(child_id, mother.id, Role.OUDER)

    shared = repos.notes.create(
        child_id, today - timedelta(days=20), OLD_NOTE_TEXT, ["veilig"], Visibility.DEELBAAR
    ).value
    repos.notes.edit(shared.id, reason="Aangevuld", text=SHARED_TEXT)
    repos.notes.create(child_id, today - timedelta(days=10), INTERN_TEXT, [], Visibility.INTERN)
    gone = repos.notes.create(
        child_id, today - timedelta(days=5), REMOVED_TEXT, [], Visibility.INTERN
    ).value
    repos.notes.remove(gone.id, reason="Hoort bij een ander kind")

    action = repos.actions.create(
        child_id, ACTION_TEXT, ["veilig"], mentor.id, start - timedelta(days=1), today
    ).value
    repos.actions.evaluate(action.id, ActionStatus.AFGEROND, Helped.DEELS, EVALUATION_SENTENCE)
    repos.actions.create(child_id, "Samen naar de sportclub", ["actief"], mother.id, None, None)

    held = repos.meetings.create(
        child_id,
        today - timedelta(days=15),
        MeetingKind.KERNTEAM,
        ["Mentor Jansen", "Moeder Bakker"],
        summary="Samen naar de ster gekeken.",
        decisions="Mentor spreekt wekelijks af.",
    ).value
    repos.pulses.give(
        held.id,
        PulseSide.OUDERS,
        {
            PulseQuestion.RIGHT_PEOPLE: PulseAnswer(4, PULSE_SENTENCE),
            PulseQuestion.REGIE: PulseAnswer(None),
        },
    )
    draft = {
        "v": 2,
        "perspective": "school",
        "assessed_on": (today - timedelta(days=1)).isoformat(),
        "given_by": "Mentor Jansen",
        "scores": {"actief": 4, "veilig": None},
        "answered": ["actief", "veilig"],
        "notes": {"actief": ""},
        "goes_well": DRAFT_TEXT,
    }
    repos.drafts.save(None, child_id, Perspective.SCHOOL, draft)
    repos.meetings.plan(child_id, today + timedelta(days=30), MeetingKind.OUDERGESPREK)

    parts = ("kind", "ouders", "school", "notes", "actions")
    for who, given_on, expires, withdraw in (
        ("Ouder Verlopen", today - timedelta(days=400), today - timedelta(days=35), None),
        ("Ouder Ingetrokken", today - timedelta(days=200), None, today - timedelta(days=3)),
        ("Ouder Geldig", today - timedelta(days=30), today + timedelta(days=300), None),
    ):
        c = repos.consents.create(
            child_id,
            Consenter.OUDERS,
            who,
            parts,
            [Audience.OUDERS, Audience.SCHOOL],
            given_on,
            expires,
        ).value
        if withdraw is not None:
            repos.consents.withdraw(c.id, withdraw)
        made.consents.append(who)
    repos.children.case_file(child_id)  # a VIEW, as the child page makes
    repos.audit.record(AuditKind.PRINT, "report", None, child_id, detail="ouders")
    return made
