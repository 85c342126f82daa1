"""What the child or parent answered in samen invullen, as a draft payload and as a meting.

Pure data: the fill-in window keeps one :class:`SamenAnswers`, writes :meth:`payload` as a
draft a second after each change, and saves :meth:`to_input` as a normal assessment of the
child's or the parents' perspective (given by the child or the named parent; the team member
beside them is the vault's actor, so ``recorded_by``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import Perspective, Role
from kansencirkel.core.model import AssessmentInput
from kansencirkel.core.samen import Filler

#: The draft payload's key: a draft with it is resumed in the fill-in window, never the form.
PAYLOAD_KEY = "samen"
#: In an answer: "weet ik niet" (stored as NULL, like every unknown).
UNKNOWN = 0


def is_samen_payload(payload: Mapping[str, object]) -> bool:
    return isinstance(payload.get(PAYLOAD_KEY), Mapping)


@dataclass
class SamenAnswers:
    child_id: str
    filler: Filler
    giver: str  # the child's given name or the parent's name
    lang: str  # the language file the flow is read in
    answers: dict[str, int] = field(default_factory=dict)  # element → 1–5 or UNKNOWN
    talk: set[str] = field(default_factory=set)
    goes_well: str = ""
    wishes: str = ""
    step: int = 0  # where to go on after a resume

    @property
    def perspective(self) -> Perspective:
        return Perspective.OUDERS if self.filler is Filler.OUDER else Perspective.KIND

    def payload(self) -> dict[str, object]:
        return {
            PAYLOAD_KEY: {
                "filler": self.filler.value,
                "giver": self.giver,
                "lang": self.lang,
                "answers": dict(self.answers),
                "talk": sorted(self.talk),
                "goes_well": self.goes_well,
                "wishes": self.wishes,
                "step": self.step,
            }
        }

    @classmethod
    def from_payload(cls, child_id: str, payload: Mapping[str, Any]) -> SamenAnswers:
        raw = payload[PAYLOAD_KEY]
        answers = {
            str(k): int(v)
            for k, v in dict(raw.get("answers", {})).items()
            if k in ELEMENT_KEYS and isinstance(v, int) and 0 <= v <= 5
        }
        return cls(
            child_id=child_id,
            filler=Filler(str(raw.get("filler", Filler.KIND.value))),
            giver=str(raw.get("giver", "")),
            lang=str(raw.get("lang", "nl")),
            answers=answers,
            talk={str(k) for k in raw.get("talk", ()) if k in ELEMENT_KEYS},
            goes_well=str(raw.get("goes_well", "")),
            wishes=str(raw.get("wishes", "")),
            step=int(raw.get("step", 0)),
        )

    def to_input(self, on: date) -> AssessmentInput:
        role = Role.OUDER if self.filler is Filler.OUDER else Role.KIND
        scores = {k: (v or None) for k, v in self.answers.items()}  # UNKNOWN → NULL
        return AssessmentInput(
            self.child_id,
            self.perspective,
            on,
            self.giver,
            role,
            {k: scores.get(k) for k in ELEMENT_KEYS},
            goes_well=self.goes_well,
            wishes=self.wishes,
            talk=frozenset(self.talk),
            samen=True,
        )
