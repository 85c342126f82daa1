"""The eight Kansencirkel elements, the 1–5 scale and display names, loaded from data.

Texts live in ``resources/elements.json`` so a region can adapt them without a code change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

# The one language type lives in core.i18n; re-exported because many modules take it from here.
from kansencirkel.core.i18n import LANGUAGES as LANGS
from kansencirkel.core.i18n import Lang as Lang
from kansencirkel.paths import resource

#: Stable keys in NJi order (clockwise from the top on every star).
ELEMENT_KEYS: tuple[str, ...] = (
    "actief",
    "gerespecteerd",
    "verantwoordelijk",
    "erbij_horen",
    "veilig",
    "gezond",
    "ontplooiing",
    "gekoesterd",
)

SCALE_MIN = 1
SCALE_MAX = 5
SCALE_VALUES: tuple[int, ...] = (1, 2, 3, 4, 5)


@dataclass(frozen=True, slots=True)
class ElementText:
    name: str
    help: str
    prompts: tuple[str, ...]
    child: str  # the element as a sentence a child can score ("Ik voel me veilig ...")


@dataclass(frozen=True, slots=True)
class Element:
    key: str
    texts: dict[str, ElementText]

    def name(self, lang: Lang = "nl") -> str:
        return self.texts[lang].name

    def help(self, lang: Lang = "nl") -> str:
        return self.texts[lang].help

    def prompts(self, lang: Lang = "nl") -> tuple[str, ...]:
        return self.texts[lang].prompts

    def child_sentence(self, lang: Lang = "nl") -> str:
        return self.texts[lang].child


class ElementDataError(ValueError):
    """The element data file is missing fields or out of order."""


@dataclass(frozen=True, slots=True)
class ElementCatalog:
    version: int
    elements: tuple[Element, ...]
    scale: dict[str, dict[str, str]]
    perspectives: dict[str, dict[str, str]]
    roles: dict[str, dict[str, str]]

    def element(self, key: str) -> Element:
        for el in self.elements:
            if el.key == key:
                return el
        raise KeyError(key)

    def score_word(self, score: int | None, lang: Lang = "nl") -> str:
        """The word for a point on the scale; ``None`` is 'weet niet / niet besproken'."""
        if score is None:
            return self.scale[lang]["unknown"]
        if score not in SCALE_VALUES:
            raise ValueError(f"score out of range: {score!r}")
        return self.scale[lang][str(score)]

    def perspective_name(self, key: str, lang: Lang = "nl") -> str:
        return self.perspectives[str(key)][lang]

    def role_name(self, key: str, lang: Lang = "nl") -> str:
        return self.roles[str(key)][lang]


def _text(raw: dict[str, Any], where: str) -> ElementText:
    try:
        prompts = tuple(str(p) for p in raw["prompts"])
        if not 2 <= len(prompts) <= 3:
            raise ElementDataError(f"{where}: two or three prompts expected")
        return ElementText(str(raw["name"]), str(raw["help"]), prompts, str(raw["child"]))
    except KeyError as exc:
        raise ElementDataError(f"{where}: missing {exc}") from None


def parse_catalog(data: dict[str, Any]) -> ElementCatalog:
    elements = []
    for raw in data["elements"]:
        key = str(raw["key"])
        elements.append(Element(key, {lang: _text(raw[lang], f"{key}/{lang}") for lang in LANGS}))
    keys = tuple(e.key for e in elements)
    if keys != ELEMENT_KEYS:
        raise ElementDataError(f"elements must be the eight NJi elements in order, got {keys}")
    return ElementCatalog(
        version=int(data["version"]),
        elements=tuple(elements),
        scale={lang: dict(data["scale"][lang]) for lang in LANGS},
        perspectives={k: dict(v) for k, v in data["perspectives"].items()},
        roles={k: dict(v) for k, v in data["roles"].items()},
    )


def load_catalog(path: Path | None = None) -> ElementCatalog:
    source = path or resource("elements.json")
    with open(source, encoding="utf-8") as fh:
        return parse_catalog(json.load(fh))


@lru_cache(maxsize=1)
def catalog() -> ElementCatalog:
    """The bundled catalog, loaded once."""
    return load_catalog()


def element_name(key: str, lang: Lang = "nl") -> str:
    return catalog().element(key).name(lang)


def validate_score(value: int | None) -> int | None:
    """Accept 1–5 or None ('weet niet'); reject anything else (0 is never a score)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value not in SCALE_VALUES:
        raise ValueError(f"score must be 1–5 or None, got {value!r}")
    return value
