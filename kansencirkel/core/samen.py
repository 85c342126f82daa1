"""Samen invullen: the texts a child or a parent reads while filling in their own star.

The texts are data, one file per language in ``resources/samen/<code>.json`` (see the README
there), so a region can add Turkish, Arabic or Polish without a code change: every valid file in
the folder is picked up. The person filling in may read another language than the team member
beside them, so the flow's own words (buttons, questions) live in the same file.

Who fills in decides the wording: a young child (4–7) gets the shortest sentences and the big
pictures, an older child "jij", a parent "u" (B1). Age comes from the date of birth and the one
clock; when the date of birth is unknown the team member is asked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.model import age_on
from kansencirkel.paths import resource

#: Up to and including this age a child gets the young wording and bigger pictures.
YOUNG_UNTIL = 7
#: The flow's own words each language file gives, per audience ("kind", "ouder").
WORD_KEYS: tuple[str, ...] = (
    "welcome",
    "intro",
    "start",
    "step",
    "unknown",
    "talk",
    "back",
    "next",
    "goes_well",
    "wishes",
    "end_hint",
    "finish",
    "thanks",
    "thanks_text",
    "done",
    "star_gap",
    "help",
    "help_close",
)


class Filler(StrEnum):
    """Who holds the laptop: the wording and the size of the pictures follow from it."""

    JONG = "jong"  # a child of 4–7
    KIND = "kind"  # an older child
    OUDER = "ouder"  # a parent or carer


def filler_for_child(date_of_birth: date | None, today: date) -> Filler | None:
    """The child's wording by age on ``today``; None when the date of birth is unknown (ask)."""
    age = age_on(date_of_birth, today)
    if age is None:
        return None
    return Filler.JONG if age <= YOUNG_UNTIL else Filler.KIND


class SamenDataError(ValueError):
    """A language file is missing texts; it is left out and the reason named."""


@dataclass(frozen=True, slots=True)
class ElementWords:
    sentence: str  # the element as something the reader can agree with or not
    prompt: str  # one question to think about


@dataclass(frozen=True, slots=True)
class SamenTexts:
    """One language's texts for the fill-in flow."""

    code: str
    name: str  # the language's own name ("Türkçe")
    right_to_left: bool
    words: dict[str, dict[str, str]]  # "kind"/"ouder" → word key → text
    points: dict[str, tuple[str, ...]]  # "kind"/"ouder" → five words, 1..5
    elements: dict[str, dict[str, ElementWords]]  # element → filler value → words
    names: dict[str, str]  # element → its name on the star's axis, in this language

    def word(self, filler: Filler, key: str) -> str:
        return self.words[_audience(filler)][key]

    def point_words(self, filler: Filler) -> tuple[str, ...]:
        return self.points[_audience(filler)]

    def element(self, key: str, filler: Filler) -> ElementWords:
        return self.elements[key][filler.value]

    def element_names(self) -> dict[str, str]:
        """The eight axis labels of the filler's own star, in this language."""
        return dict(self.names)


def _audience(filler: Filler) -> str:
    return "ouder" if filler is Filler.OUDER else "kind"


def parse_texts(data: dict[str, Any], where: str) -> SamenTexts:
    try:
        words: dict[str, dict[str, str]] = {}
        points: dict[str, tuple[str, ...]] = {}
        for audience in ("kind", "ouder"):
            raw = data["words"][audience]
            words[audience] = {k: str(raw[k]) for k in WORD_KEYS}
            points[audience] = tuple(str(p) for p in raw["points"])
            if len(points[audience]) != 5:
                raise SamenDataError(f"{where}: five point words expected for {audience}")
        elements = {
            key: {
                f.value: ElementWords(
                    str(data["elements"][key][f.value]["sentence"]),
                    str(data["elements"][key][f.value]["prompt"]),
                )
                for f in Filler
            }
            for key in ELEMENT_KEYS
        }
        names = {key: str(data["elements"][key]["name"]) for key in ELEMENT_KEYS}
        if not all(name.strip() for name in names.values()):
            raise SamenDataError(f"{where}: every element needs a name")
        direction = str(data.get("direction", "ltr"))
        if direction not in ("ltr", "rtl"):
            raise SamenDataError(f"{where}: direction must be 'ltr' or 'rtl'")
        return SamenTexts(
            code=str(data["language"]),
            name=str(data["language_name"]),
            right_to_left=direction == "rtl",
            words=words,
            points=points,
            elements=elements,
            names=names,
        )
    except (KeyError, TypeError) as exc:
        raise SamenDataError(f"{where}: missing {exc}") from None


def load_languages(folder: Path | None = None) -> dict[str, SamenTexts]:
    """Every valid ``<code>.json`` in ``folder`` (default: the bundled one), by code, Dutch
    first, then by code. A broken file is skipped, so one bad region file never stops the
    flow in the other languages."""
    source = folder or resource("samen")
    found: dict[str, SamenTexts] = {}
    for path in sorted(source.glob("*.json")):
        try:
            with open(path, encoding="utf-8") as fh:
                texts = parse_texts(json.load(fh), path.name)
        except (OSError, ValueError):
            continue  # SamenDataError and json errors are ValueErrors
        if texts.code == path.stem:
            found[texts.code] = texts
    order = sorted(found, key=lambda code: (code != "nl", code))
    return {code: found[code] for code in order}
