"""Kinds of afspraken ("soort afspraak"): a short list kept as data, editable per vault.

The bundled list lives in ``resources/action_kinds.json`` (Dutch and English labels); a vault
may replace it with its own list in the setting :data:`ACTION_KINDS_KEY` (the same JSON
shape). Kinds exist so evaluations can be counted together in the "Wat werkt" view; an
afspraak carries at most one. A kind that a vault later drops from its list still shows, by
its key, on the afspraken that carry it: nothing is lost when a list is edited.

A vault edits its list by adding, renaming and retiring kinds (:func:`with_added`,
:func:`with_renamed`, :func:`with_retired`). A retired kind ("uit gebruik") stays in the list,
so afspraken that carry it keep its label and the "Wat werkt" view keeps counting it, but it
is no longer offered for a new afspraak (:attr:`KindList.offered`). Keys never change: they
are stored on every afspraak; a rename changes only the labels.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from kansencirkel.core.i18n import N_, Lang, Msgid
from kansencirkel.paths import resource

#: The vault setting holding a vault's own list (JSON, the shape of the bundled file).
ACTION_KINDS_KEY = "action_kinds"
#: Keys are short, stable, lower-case words: they are stored on every afspraak.
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_KINDS = 30
MAX_LABEL = 80


class KindsDataError(ValueError):
    """A list of kinds that cannot be used (the message names what is wrong, never data)."""


class KindEditRefused(ValueError):
    """An edit of the list that is refused; ``msgid`` says why, for the person editing."""

    def __init__(self, msgid: Msgid) -> None:
        super().__init__(msgid)
        self.msgid = msgid


@dataclass(frozen=True, slots=True)
class ActionKind:
    key: str
    labels: Mapping[Lang, str]
    retired: bool = False  # kept on afspraken and in counts, not offered for new ones

    def label(self, lang: Lang = "nl") -> str:
        return self.labels.get(lang) or self.labels.get("nl") or self.key


@dataclass(frozen=True, slots=True)
class KindList:
    kinds: tuple[ActionKind, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(k.key for k in self.kinds)

    @property
    def offered(self) -> tuple[ActionKind, ...]:
        """What a new afspraak can choose from: the kinds not retired."""
        return tuple(k for k in self.kinds if not k.retired)

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
        retired = raw.get("retired", False)
        if not isinstance(retired, bool):
            raise KindsDataError(f"kind {key}: 'retired' must be true or false")
        seen.add(key)
        kinds.append(ActionKind(key, labels, retired))
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
    rows: list[dict[str, object]] = []
    for k in kinds:
        row: dict[str, object] = {"key": k.key, "nl": k.label("nl"), "en": k.label("en")}
        if k.retired:
            row["retired"] = True
        rows.append(row)
    data = {"version": 1, "kinds": rows}
    text = json.dumps(data, ensure_ascii=False)
    parse_kinds(json.loads(text))
    return text


def _clean_label(name: str) -> str:
    text = " ".join(name.split())
    if not text:
        raise KindEditRefused(N_("Geef de soort afspraak een naam."))
    if len(text) > MAX_LABEL:
        raise KindEditRefused(N_("Die naam is te lang (hoogstens 80 tekens)."))
    return text


def _label_taken(kinds: KindList, text: str, but: str | None = None) -> bool:
    low = text.casefold()
    return any(
        k.key != but and low in (k.label("nl").casefold(), k.label("en").casefold())
        for k in kinds.kinds
    )


def new_key(name: str, taken: Iterable[str]) -> str:
    """A stable key for a new kind from its Dutch name: 'Inzet buurtcoach' → 'inzet_buurtcoach'
    (accents dropped, at most 40 characters, a number added when already taken)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    base = re.sub(r"[^a-z0-9]+", "_", plain).strip("_")
    if not base or not base[0].isalpha():
        base = "soort_" + base if base else "soort"
    base = base[:36].rstrip("_")
    used = set(taken)
    key, n = base, 2
    while key in used:
        key, n = f"{base}_{n}", n + 1
    return key


def find_kind(kinds: KindList, name: str) -> ActionKind | None:
    """The kind whose key or label (either language, case-insensitive) is ``name``."""
    low = " ".join(name.split()).casefold()
    for k in kinds.kinds:
        if low in (k.key, k.label("nl").casefold(), k.label("en").casefold()):
            return k
    return None


def with_added(kinds: KindList, name: str, english: str | None = None) -> KindList:
    """The list with a new kind at the end (before "Anders" when that is last); its English
    label is ``english`` or, until someone translates it, the Dutch name."""
    nl = _clean_label(name)
    en = _clean_label(english) if english else nl
    if _label_taken(kinds, nl) or _label_taken(kinds, en):
        raise KindEditRefused(N_("Deze soort afspraak staat al in de lijst."))
    if len(kinds.kinds) >= MAX_KINDS:
        raise KindEditRefused(N_("De lijst is vol (hoogstens 30 soorten)."))
    added = ActionKind(new_key(nl, kinds.keys), {"nl": nl, "en": en})
    items = list(kinds.kinds)
    at = len(items) - 1 if items and items[-1].key == "anders" else len(items)
    items.insert(at, added)
    return KindList(tuple(items))


def _replace(kinds: KindList, key: str, new: ActionKind) -> KindList:
    return KindList(tuple(new if k.key == key else k for k in kinds.kinds))


def _existing(kinds: KindList, key: str) -> ActionKind:
    found = kinds.get(key)
    if found is None:
        raise KindEditRefused(N_("Deze soort afspraak staat niet in de lijst van deze kluis."))
    return found


def with_renamed(kinds: KindList, key: str, name: str, english: str | None = None) -> KindList:
    """The list with kind ``key`` under a new Dutch name (its key stays: afspraken keep it).
    The English label follows when it was the Dutch name (no translation yet) or when
    ``english`` is given; otherwise it stays."""
    old = _existing(kinds, key)
    nl = _clean_label(name)
    en = _clean_label(english) if english else old.label("en")
    if old.label("en") == old.label("nl") and not english:
        en = nl
    if _label_taken(kinds, nl, but=key):
        raise KindEditRefused(N_("Deze soort afspraak staat al in de lijst."))
    return _replace(kinds, key, ActionKind(key, {"nl": nl, "en": en}, old.retired))


def with_retired(kinds: KindList, key: str, retired: bool = True) -> KindList:
    """The list with kind ``key`` retired (not offered for new afspraken; kept on existing
    ones and in the counts), or back in use with ``retired=False``. At least one kind stays
    offered."""
    old = _existing(kinds, key)
    if retired and not any(k.key != key for k in kinds.offered):
        raise KindEditRefused(N_("Er moet minstens één soort afspraak in gebruik blijven."))
    return _replace(kinds, key, ActionKind(key, old.labels, retired))
