"""Demo afspraken with a kind, and the finished ones evaluated against their readings, so the
demo shows "Wat werkt", "Wat is beter geworden" and the evaluation dialog.

It draws from its own random stream, seeded from the child's id, so the rest of the demo
(names, scores, meetings, notes) stays exactly as it was.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from kansencirkel.core.evaluation import before_after
from kansencirkel.core.kinds import default_kinds
from kansencirkel.core.model import Action, Assessment, Evaluation, Helped

#: Most demo afspraken are of a few common kinds, so the "Wat werkt" view has figures.
_KIND_WEIGHTS = {
    "gesprek_ouders": 3,
    "aanpassing_klas": 3,
    "cjg_coach": 2,
    "training_sociaal": 1,
    "verwijzing_jeugdhulp": 1,
    "anders": 1,
}
_SENTENCES = {
    Helped.JA: "Het team ziet dat het helpt.",
    Helped.DEELS: "Het helpt een beetje; we houden het vol.",
    Helped.NEE: "Dit werkte niet; we zoeken iets anders.",
    Helped.WEET_NOG_NIET: "Het is nog te vroeg om het te zeggen.",
}


def _answer(rng: random.Random, rises: list[int]) -> Helped:
    """The demo team's answer leans on the readings, as a real team's might (never a rule)."""
    if not rises:
        return Helped.WEET_NOG_NIET
    mean = sum(rises) / len(rises)
    if mean >= 1:
        return rng.choice((Helped.JA, Helped.JA, Helped.DEELS))
    if mean > 0:
        return rng.choice((Helped.DEELS, Helped.JA, Helped.WEET_NOG_NIET))
    return rng.choice((Helped.NEE, Helped.DEELS, Helped.WEET_NOG_NIET))


def with_kinds_and_evaluations(
    child_id: str, actions: Sequence[Action], assessments: Sequence[Assessment], today: date
) -> tuple[Action, ...]:
    rng = random.Random(f"wat-werkt-{child_id}")
    keys = [k for k in _KIND_WEIGHTS if k in default_kinds().keys]
    weights = [_KIND_WEIGHTS[k] for k in keys]
    out: list[Action] = []
    for a in actions:
        kind = rng.choices(keys, weights)[0] if rng.random() < 0.9 else None
        a = replace(a, kind=kind)
        if not a.status.is_open and a.start_on is not None and a.start_on < today:
            day = min(a.due_on or today, today)
            readings = before_after(assessments, a.elements, a.start_on, until=day)
            rises = [r.rise for r in readings if r.rise is not None]
            helped = _answer(rng, rises)
            sentence = a.evaluation or _SENTENCES[helped]
            a = replace(
                a, evaluation=sentence, evaluated=Evaluation(helped, sentence, day, readings)
            )
        out.append(a)
    return tuple(out)
