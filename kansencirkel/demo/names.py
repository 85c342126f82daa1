"""The demo's word lists: names, schools and everyday sentences, read once from a data file.

The lists live in ``resources/demo/words.json`` (data, not code: adding a name or a sentence
needs no Python). Every name there is invented for demo vaults only; first and family names
from the Netherlands' many communities are combined at random, so no combination refers to a
real child. Sentences are mild, everyday observations of the kind a kernteam writes down;
``{naam}`` in a sentence is the child's first name.

The order of every list is part of the demo's determinism: the same seed picks the same
entries only while the lists stay as they are.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.paths import resource


@dataclass(frozen=True, slots=True)
class Background:
    key: str
    weight: int
    boys: tuple[str, ...]
    girls: tuple[str, ...]
    men: tuple[str, ...]
    women: tuple[str, ...]
    families: tuple[str, ...]
    gendered_family: bool = False  # Polish -ski/-cki become -ska/-cka for girls and women


@dataclass(frozen=True, slots=True)
class DemoWords:
    backgrounds: tuple[Background, ...]
    #: Fictional schools; any likeness to a real school's name is a coincidence of common words.
    schools: tuple[str, ...]
    #: Per care role (a :class:`~kansencirkel.core.enums.Role` value): fictional organisations.
    organisations: Mapping[str, tuple[str, ...]]
    #: Per element: (what goes well, what could use attention) observations.
    element_notes: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]
    goes_well: tuple[str, ...]
    goes_well_extra: tuple[str, ...]
    wishes: tuple[str, ...]
    #: Per element: afspraken (actions) the team might agree on.
    actions: Mapping[str, tuple[str, ...]]
    evaluations: tuple[str, ...]
    meeting_summaries: tuple[str, ...]
    meeting_decisions: tuple[str, ...]
    free_notes: tuple[str, ...]


def female_family(name: str, background: Background) -> str:
    if background.gendered_family and name.endswith(("ski", "cki")):
        return name[:-1] + "a"
    return name


def _texts(data: Any, key: str) -> tuple[str, ...]:
    value = data.get(key) if isinstance(data, Mapping) else None
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise ValueError(f"demo words: {key!r} must be a non-empty list of texts")
    return tuple(value)


def _per_element(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict) or set(value) != set(ELEMENT_KEYS):
        raise ValueError(f"demo words: {key!r} must have an entry for every element")
    return value


def _background(data: Mapping[str, Any]) -> Background:
    weight = data.get("weight")
    if not isinstance(weight, int) or weight <= 0:
        raise ValueError("demo words: a background needs a positive 'weight'")
    return Background(
        key=str(data.get("key", "")),
        weight=weight,
        boys=_texts(data, "boys"),
        girls=_texts(data, "girls"),
        men=_texts(data, "men"),
        women=_texts(data, "women"),
        families=_texts(data, "families"),
        gendered_family=bool(data.get("gendered_family", False)),
    )


def parse_words(data: Mapping[str, Any]) -> DemoWords:
    """Build the word lists from parsed JSON; a missing or empty list raises ValueError."""
    backgrounds = data.get("backgrounds")
    if not isinstance(backgrounds, list) or not backgrounds:
        raise ValueError("demo words: 'backgrounds' must be a non-empty list")
    organisations = data.get("organisations")
    if not isinstance(organisations, dict) or not organisations:
        raise ValueError("demo words: 'organisations' must map care roles to organisations")
    notes = _per_element(data, "element_notes")
    actions = _per_element(data, "actions")
    return DemoWords(
        backgrounds=tuple(_background(b) for b in backgrounds),
        schools=_texts(data, "schools"),
        organisations={role: _texts(organisations, role) for role in organisations},
        element_notes={
            k: (_texts(notes[k], "goes_well"), _texts(notes[k], "attention")) for k in notes
        },
        goes_well=_texts(data, "goes_well"),
        goes_well_extra=_texts(data, "goes_well_extra"),
        wishes=_texts(data, "wishes"),
        actions={k: _texts(actions, k) for k in actions},
        evaluations=_texts(data, "evaluations"),
        meeting_summaries=_texts(data, "meeting_summaries"),
        meeting_decisions=_texts(data, "meeting_decisions"),
        free_notes=_texts(data, "free_notes"),
    )


def load_words(path: Path | None = None) -> DemoWords:
    source = path or resource("demo", "words.json")
    with open(source, encoding="utf-8") as fh:
        return parse_words(json.load(fh))


@lru_cache(maxsize=1)
def words() -> DemoWords:
    """The bundled word lists, read on first use and then kept."""
    return load_words()
