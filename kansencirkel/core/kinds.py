"""Kinds of afspraken ("soort afspraak"): a short list kept as data, editable per vault.

The bundled list lives in ``resources/action_kinds.json`` (Dutch and English labels); a vault
may replace it with its own list in the setting :data:`ACTION_KINDS_KEY` (the same JSON
shape). Kinds exist so evaluations can be counted together in the "Wat werkt" view; an
afspraak carries at most one. A kind that a vault later drops from its list still shows, by
its key, on the afspraken that carry it: nothing is lost when a list is edited.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from kansencirkel.core.i18n import Lang
from kansencirkel.paths import resource

#: The vault setting holding a vault's own list (JSON, the shape of the bundled file).
ACTION_KINDS_KEY = "action_kinds"
#: Keys are short, stable, lower-case words: they are stored on every afspraak.
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_KINDS = 30
MAX_LABEL = 80


class KindsDataError(ValueError):
    """A list of kinds that cannot be used (the message names what is wrong, never data)."""


@dataclass(frozen=True, slots=True)
class ActionKind:
    key: str
    labels: Mapping[Lang, str]

    def label(self, lang: Lang = "nl") -> str:
        return self.labels.get(lang) or self.labels.get("nl") or self.key


@dataclass(frozen=True, slots=True)
class KindList:
    kinds: tuple[ActionKind, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(k.key for k in self.kinds)

    def get(self, key: str | None) -> ActionKind | None:
        return next((k for k in self.kinds if k.key == key), None)

    def label(self, key: str | None, lang: Lang = "nl") -> str:
        """The label of ``key``; an unknown key (dropped from the list) shows as itself."""
        if not key:
            return ""
        found = self.get(key)
        return found.label(lang) if found is not None else key


def parse_kinds(data: object) -> KindList:
    """A list of kinds from its JSON form; raises :class:`KindsDataError` when unusable."""
    if not isinstance(data, dict) or not isinstance(data.get("kinds"), list):
        raise KindsDataError("expected an object with a list 'kinds'")
    raw_kinds: list[Any] = data["kinds"]
    if not 1 <= len(raw_kinds) <= MAX_KINDS:
        raise KindsDataError(f"between 1 and {MAX_KINDS} kinds expected")
    kinds: list[ActionKind] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_kinds):
        if not isinstance(raw, dict):
            raise KindsDataError(f"kind {i}: an object expected")
        key = str(raw.get("key", ""))
        if not KEY_PATTERN.match(key) or key in seen:
            raise KindsDataError(f"kind {i}: a unique lower-case key expected")
        labels: dict[Lang, str] = {}
        for lang in ("nl", "en"):
            text = str(raw.get(lang, "")).strip()
            if not text or len(text) > MAX_LABEL:
                raise KindsDataError(f"kind {key}: label '{lang}' missing or too long")
            labels[lang] = text
        seen.add(key)
        kinds.append(ActionKind(key, labels))
    return KindList(tuple(kinds))


def load_kinds(path: Path | None = None) -> KindList:
    with open(path or resource("action_kinds.json"), encoding="utf-8") as fh:
        return parse_kinds(json.load(fh))


@lru_cache(maxsize=1)
def default_kinds() -> KindList:
    """The bundled list, loaded once."""
    return load_kinds()


def kinds_from_setting(value: str | None) -> KindList:
    """A vault's list from its stored setting; the bundled list when none is stored or the
    stored one cannot be read (the settings dialog refuses a bad list before it is stored)."""
    if not value:
        return default_kinds()
    try:
        return parse_kinds(json.loads(value))
    except (KindsDataError, ValueError):
        return default_kinds()


def kinds_to_setting(kinds: Iterable[ActionKind]) -> str:
    """The JSON a vault stores for its own list (checked by :func:`parse_kinds` first)."""
    data = {
        "version": 1,
        "kinds": [{"key": k.key, "nl": k.label("nl"), "en": k.label("en")} for k in kinds],
    }
    text = json.dumps(data, ensure_ascii=False)
    parse_kinds(json.loads(text))
    return text
