"""How a hand-over's records meet this vault's: merged by record id, never by name.

Every record of a child's file is one unit here: the child itself, each involvement (by
person), each overleg, afspraak, toestemming and notitie (by id), and each meting's chain of
versions (by lineage: corrections are new versions, so a chain only grows). For each unit the
incoming state (I) is compared with this vault's (L) and with the states this vault has sent
or received in hand-overs before (``handover_seen``, fingerprints only):

- not here → added; the same → nothing;
- I was seen before → this vault's is newer, kept;  L was seen before → theirs is newer, taken;
- a meting chain that only grew on either side → the versions together (the newest current);
- a note whose version history holds the other side's version → the higher version wins;
- anything else changed on both sides → a :class:`~kansencirkel.core.handover.Conflict`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.handover import Conflict
from kansencirkel.core.model import (
    Action,
    Assessment,
    CaseFile,
    Child,
    Consent,
    Meeting,
    Note,
    Person,
)

_TAGS = frozenset({"elements", "parts", "audiences", "talk"})
#: Records whose ``version`` counts the saves in one store (0007): not part of the record, so
#: not of its fingerprint (notes and assessments have versions that travel with them).
_COUNTED = (Child, Person, Action, Meeting, Consent)
ADD, SAME, KEEP, TAKE, CONFLICT = "add", "same", "keep", "take", "conflict"


def _plain(value: Any, name: str = "") -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _plain(getattr(value, f.name), f.name)
            for f in dataclasses.fields(value)
            if f.name != "team_member_id"  # a link to this vault's key slots, not the record
            and not (f.name == "version" and isinstance(value, _COUNTED))  # this store's count
        }
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in sorted(value.items())}
    if isinstance(value, tuple | list | set | frozenset):
        items = [_plain(v) for v in value]
        return sorted(set(items)) if name in _TAGS else items
    return value


def _reading(a: Assessment) -> dict[str, Any]:
    data: dict[str, Any] = _plain(a)
    data["scores"] = {k: a.scores.get(k) for k in ELEMENT_KEYS}
    data["notes"] = {k: a.notes.get(k, "") for k in ELEMENT_KEYS}
    return data


def fingerprint(value: Any) -> str:
    if isinstance(value, tuple) and value and isinstance(value[0], Assessment):
        data: Any = [_reading(a) for a in sorted(value, key=lambda a: a.version)]
    elif dataclasses.is_dataclass(value):
        data = _plain(value)
        data.pop("retention_until", None)  # the vault's own rule, not the record
        if "regiehouder" in data and data["regiehouder"] is not None:
            data["regiehouder"] = data["regiehouder"]["id"]
    else:
        raise TypeError(type(value))
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _foreign(p: Person | None) -> Person | None:
    return None if p is None else _stranger(p)


def _stranger(p: Person) -> Person:
    return dataclasses.replace(p, team_member_id=None)


def without_team_links(case: CaseFile) -> CaseFile:
    """``case`` as another vault receives it: its people are nobody's key slot here (the
    sender's team members stay people around the child, not members of this team)."""
    return dataclasses.replace(
        case,
        child=dataclasses.replace(case.child, regiehouder=_foreign(case.child.regiehouder)),
        involvements=tuple(
            dataclasses.replace(i, person=_stranger(i.person)) for i in case.involvements
        ),
        actions=tuple(dataclasses.replace(a, owner=_foreign(a.owner)) for a in case.actions),
    )


def units(case: CaseFile) -> dict[str, Any]:
    """Every unit of ``case`` by its key: "child", "involvement:<person>", "lineage:<id>",
    "meeting:<id>", "action:<id>", "consent:<id>", "note:<id>"."""
    out: dict[str, Any] = {"child": case.child}
    out.update({f"involvement:{i.person.id}": i for i in case.involvements})
    chains: dict[str, list[Assessment]] = {}
    for a in (*case.assessments, *case.superseded, *case.withdrawn):
        chains.setdefault(a.lineage_id, []).append(a)
    out.update(
        {f"lineage:{k}": tuple(sorted(v, key=lambda a: a.version)) for k, v in chains.items()}
    )
    out.update({f"meeting:{m.id}": m for m in case.meetings})
    out.update({f"action:{a.id}": a for a in case.actions})
    out.update({f"consent:{c.id}": c for c in case.consents})
    out.update({f"note:{n.id}": n for n in case.notes})
    return out


@dataclass(frozen=True, slots=True)
class Decision:
    key: str
    outcome: str  # ADD, SAME, KEEP, TAKE or CONFLICT
    theirs: Any
    mine: Any = None
    merged: Any = None  # a meting chain put together from both sides


def _chain_union(mine: tuple[Assessment, ...], theirs: tuple[Assessment, ...]) -> Any:
    """Both chains together when they only grew (same id and content per version), the
    furthest state of each version (corrected, withdrawn) winning; None when they forked."""
    by_version = {a.version: a for a in mine}
    for a in theirs:
        other = by_version.get(a.version)
        if other is None:
            by_version[a.version] = a
            continue
        core = ("superseded_at", "withdrawn_at", "withdrawn_by", "withdraw_reason")
        left, right = _reading(other), _reading(a)
        for k in core:
            left.pop(k), right.pop(k)
        if left != right:
            return None
        if a.superseded_at is not None and other.superseded_at is None:
            other = dataclasses.replace(other, superseded_at=a.superseded_at)
        if a.withdrawn_at is not None and other.withdrawn_at is None:
            other = dataclasses.replace(
                other,
                withdrawn_at=a.withdrawn_at,
                withdrawn_by=a.withdrawn_by,
                withdraw_reason=a.withdraw_reason,
            )
        by_version[a.version] = other
    return tuple(by_version[v] for v in sorted(by_version))


def _note_history(note: Note, case: CaseFile) -> dict[int, tuple[Any, ...]]:
    out = {
        v.version: (v.written_on, v.text, tuple(sorted(v.elements)), v.visibility)
        for v in case.note_versions
        if v.note_id == note.id
    }
    out[note.version] = (note.written_on, note.text, tuple(sorted(note.elements)), note.visibility)
    return out


def _note_order(mine: Note, theirs: Note, local: CaseFile, incoming: CaseFile) -> str | None:
    if theirs.version > mine.version:
        seen = _note_history(theirs, incoming).get(mine.version)
        return TAKE if seen == _note_history(mine, local)[mine.version] else None
    if theirs.version < mine.version:
        seen = _note_history(mine, local).get(theirs.version)
        return KEEP if seen == _note_history(theirs, incoming)[theirs.version] else None
    return None


def decide(
    incoming: CaseFile,
    local: CaseFile | None,
    seen: Mapping[str, frozenset[str]],
    removed_notes: Iterable[str] = (),
) -> list[Decision]:
    """What happens to each unit of ``incoming`` (``local`` None: the child is new here)."""
    theirs_units = units(incoming)
    if local is None:
        return [Decision(k, ADD, v) for k, v in theirs_units.items()]
    mine_units, gone = units(local), set(removed_notes)
    out: list[Decision] = []
    for key, theirs in theirs_units.items():
        mine = mine_units.get(key)
        if mine is None:
            removed = key.startswith("note:") and key[5:] in gone
            out.append(Decision(key, KEEP if removed else ADD, theirs))
            continue
        fp_mine, fp_theirs = fingerprint(mine), fingerprint(theirs)
        known = seen.get(key, frozenset())
        if fp_mine == fp_theirs:
            outcome: str | None = SAME
        elif fp_theirs in known:
            outcome = KEEP
        elif fp_mine in known:
            outcome = TAKE
        elif key.startswith("note:"):
            outcome = _note_order(mine, theirs, local, incoming)
        else:
            outcome = None
        if outcome is None and key.startswith("lineage:"):
            merged = _chain_union(mine, theirs)
            if merged is not None:
                same = fingerprint(merged) == fp_mine
                out.append(Decision(key, KEEP if same else TAKE, theirs, mine, merged))
                continue
        out.append(Decision(key, outcome or CONFLICT, theirs, mine))
    return out


def describe(value: Any) -> str:
    """A short line of one side of a conflict, so the user can tell them apart."""
    if isinstance(value, tuple):  # a meting chain: its newest version
        a = value[-1]
        scores = " ".join(
            "?" if a.scores.get(k) is None else str(a.scores[k]) for k in ELEMENT_KEYS
        )
        return f"{a.assessed_on.isoformat()} {a.perspective.value} v{a.version}: {scores}"
    kind = type(value).__name__
    if kind == "Child":
        return f"{value.full_name}, {value.school} {value.group}, {value.status.value}".strip()
    if kind == "Involvement":
        return f"{value.person.name} ({value.role.value}) {value.remark}".strip()
    if kind == "Meeting":
        return f"{value.held_on.isoformat()} {value.kind.value}: {value.summary[:80]}"
    if kind == "Action":
        due = value.due_on.isoformat() if value.due_on else "-"
        return f"{value.what[:80]} ({value.status.value}, {due})"
    if kind == "Note":
        return f"{value.written_on.isoformat()} v{value.version}: {value.text[:80]}"
    if kind == "Consent":
        parts = ",".join(value.parts)
        return f"{value.consenter.value} {value.given_on.isoformat()}: {parts}"
    return kind


def conflict(child_id: str, d: Decision) -> Conflict:
    kind = "assessment" if d.key.startswith("lineage:") else d.key.split(":", 1)[0]
    return Conflict(child_id, d.key, kind, describe(d.mine), describe(d.theirs))
