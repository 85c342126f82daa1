"""What differs between a refused save and the record as it is stored now, field by field, in
words for people: the rows of the conflict dialog (:mod:`.conflict_dialog`).

An :class:`~kansencirkel.vault.errors.EditConflict` carries ``mine`` (the keyword arguments of
the refused call) and ``theirs`` (the stored record, a core dataclass). Both are brought to the
same keys here, then each field is formatted as the screens show it (dates dd-mm-jjjj,
elements and people by name, statuses in words); a field whose two texts are equal is no row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TR_NOOP

from kansencirkel.core.changes import Changes
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import ActionStatus, ChildStatus, MeetingKind, Visibility
from kansencirkel.core.evaluation import HELPED_NAMES
from kansencirkel.core.i18n import gettext
from kansencirkel.core.kinds import KindList, default_kinds
from kansencirkel.core.model import Action, Child, Consent, Helped, Meeting, Note, Person
from kansencirkel.ui.sections.common import element_names, fmt_date, lang, role_name, tr
from kansencirkel.vault.errors import EditConflict, Versioned


@dataclass(frozen=True, slots=True)
class Names:
    """What ids in a save stand for: people (an afspraak's owner, a regiehouder), overleggen
    (an afspraak's meeting, by date) and the vault's kinds of afspraken."""

    people: Mapping[str, str] = field(default_factory=dict)
    meetings: Mapping[str, date] = field(default_factory=dict)
    kinds: KindList = field(default_factory=default_kinds)


@dataclass(frozen=True, slots=True)
class FieldRow:
    key: str
    label: str
    mine: str
    theirs: str


def _text(value: object) -> str:
    return str(value).strip() if value else "–"


def _date(value: object) -> str:
    return fmt_date(value if isinstance(value, date) else None)


def _status(value: object) -> str:
    from kansencirkel.ui.action_dialog import STATUS_NAMES

    if value in {s.value for s in ChildStatus}:
        return tr("Actief") if ChildStatus(str(value)) is ChildStatus.ACTIEF else tr("Afgesloten")
    return tr(STATUS_NAMES[ActionStatus(str(value))]) if value else "–"


def _meeting_kind(value: object) -> str:
    from kansencirkel.ui.meeting_dialog import KIND_NAMES

    return tr(KIND_NAMES[MeetingKind(str(value))]) if value else "–"


def _elements(value: object) -> str:
    keys = set(value) if isinstance(value, list | tuple | set | frozenset) else set()
    return element_names(k for k in ELEMENT_KEYS if k in keys) or "–"


def _names(value: object) -> str:
    return ", ".join(str(v) for v in value) if isinstance(value, list | tuple) and value else "–"


def _visibility(value: object) -> str:
    return tr("Deelbaar") if value == Visibility.DEELBAAR.value else tr("Intern")


def _helped(value: object) -> str:
    return gettext(HELPED_NAMES[Helped(str(value))], lang=lang()) if value else "–"


Format = Callable[[object, Names], str]

# Per kind of record: its fields in the order shown, with their label and how to show a value.
_CHILD: list[tuple[str, object, Format]] = [
    ("given_name", QT_TR_NOOP("Voornaam"), lambda v, _n: _text(v)),
    ("family_name", QT_TR_NOOP("Achternaam"), lambda v, _n: _text(v)),
    ("date_of_birth", QT_TR_NOOP("Geboortedatum"), lambda v, _n: _date(v)),
    ("school", QT_TR_NOOP("School"), lambda v, _n: _text(v)),
    ("group", QT_TR_NOOP("Groep"), lambda v, _n: _text(v)),
    ("opened_on", QT_TR_NOOP("Dossier geopend op"), lambda v, _n: _date(v)),
    ("status", QT_TR_NOOP("Status"), lambda v, _n: _status(v)),
    ("closed_on", QT_TR_NOOP("Afgesloten op"), lambda v, _n: _date(v)),
    ("regiehouder", QT_TR_NOOP("Regiehouder"), lambda v, n: n.people.get(str(v), "–")),
]
_PERSON: list[tuple[str, object, Format]] = [
    ("name", QT_TR_NOOP("Naam"), lambda v, _n: _text(v)),
    ("role", QT_TR_NOOP("Rol"), lambda v, _n: role_name(str(v)) if v else "–"),
    ("organisation", QT_TR_NOOP("Organisatie"), lambda v, _n: _text(v)),
    ("phone", QT_TR_NOOP("Telefoon"), lambda v, _n: _text(v)),
    ("email", QT_TR_NOOP("E-mail"), lambda v, _n: _text(v)),
]
_ACTION: list[tuple[str, object, Format]] = [
    ("what", QT_TR_NOOP("Wat"), lambda v, _n: _text(v)),
    ("owner_id", QT_TR_NOOP("Wie"), lambda v, n: n.people.get(str(v), "–")),
    ("elements", QT_TR_NOOP("Ontwikkelgebied"), lambda v, _n: _elements(v)),
    ("start_on", QT_TR_NOOP("Start"), lambda v, _n: _date(v)),
    ("due_on", QT_TR_NOOP("Uiterlijk"), lambda v, _n: _date(v)),
    ("status", QT_TR_NOOP("Status"), lambda v, _n: _status(v)),
    ("evaluation", QT_TR_NOOP("Evaluatie"), lambda v, _n: _text(v)),
    ("helped", QT_TR_NOOP("Heeft het geholpen?"), lambda v, _n: _helped(v)),
    ("sentence", QT_TR_NOOP("In één zin"), lambda v, _n: _text(v)),
    ("meeting_id", QT_TR_NOOP("Bij overleg"), lambda v, n: _date(n.meetings.get(str(v)))),
    ("kind", QT_TR_NOOP("Soort"), lambda v, n: n.kinds.label(str(v), lang()) if v else "–"),
]
_MEETING: list[tuple[str, object, Format]] = [
    ("held_on", QT_TR_NOOP("Datum"), lambda v, _n: _date(v)),
    ("kind", QT_TR_NOOP("Soort"), lambda v, _n: _meeting_kind(v)),
    ("attendees", QT_TR_NOOP("Aanwezig"), lambda v, _n: _names(v)),
    ("summary", QT_TR_NOOP("Samenvatting"), lambda v, _n: _text(v)),
    ("decisions", QT_TR_NOOP("Besluiten"), lambda v, _n: _text(v)),
    ("next_on", QT_TR_NOOP("Volgend overleg"), lambda v, _n: _date(v)),
]
_CONSENT: list[tuple[str, object, Format]] = [
    ("withdrawn_on", QT_TR_NOOP("Ingetrokken op"), lambda v, _n: _date(v)),
]
_NOTE: list[tuple[str, object, Format]] = [
    ("written_on", QT_TR_NOOP("Datum"), lambda v, _n: _date(v)),
    ("text", QT_TR_NOOP("Tekst"), lambda v, _n: _text(v)),
    ("elements", QT_TR_NOOP("Ontwikkelgebied"), lambda v, _n: _elements(v)),
    ("visibility", QT_TR_NOOP("Zichtbaar"), lambda v, _n: _visibility(v)),
]


#: The audit log's record types, for naming fields in its "fields:…" details (the logboek).
_BY_RECORD_TYPE = {
    "child": _CHILD,
    "person": _PERSON,
    "action": _ACTION,
    "meeting": _MEETING,
    "consent": _CONSENT,
    "note": _NOTE,
}


def field_label(record_type: str, key: str) -> str:
    """A stored field's name in the users' words ("due_on" of an afspraak: "Uiterlijk");
    the key itself when no screen shows it."""
    for known, label, _format in _BY_RECORD_TYPE.get(record_type, ()):
        if known == key:
            return tr(label)
    return key


def _sides(
    mine: Mapping[str, object], theirs: Versioned
) -> tuple[list[tuple[str, object, Format]], dict[str, Any], dict[str, Any]]:
    """The fields of this kind of record, and both sides under the same keys."""
    m = dict(mine)
    if isinstance(theirs, Child):
        t: dict[str, Any] = {
            "given_name": theirs.given_name,
            "family_name": theirs.family_name,
            "date_of_birth": theirs.date_of_birth,
            "school": theirs.school,
            "group": theirs.group,
            "opened_on": theirs.opened_on,
            "status": theirs.status.value,
            "closed_on": theirs.closed_on,
            "regiehouder": theirs.regiehouder.id if theirs.regiehouder else None,
        }
        if "on" in m:  # closing the file
            m = {"status": ChildStatus.AFGESLOTEN.value, "closed_on": m["on"]}
        elif "person_id" in m:  # a new regiehouder
            m = {"regiehouder": m["person_id"]}
        elif not m:  # reopening the file
            m = {"status": ChildStatus.ACTIEF.value, "closed_on": None}
        return _CHILD, m, t
    if isinstance(theirs, Person):
        t = {k: getattr(theirs, k) for k, _l, _f in _PERSON}
        return _PERSON, m, t
    if isinstance(theirs, Action):
        ev = theirs.evaluated
        t = {
            "what": theirs.what,
            "owner_id": theirs.owner.id if theirs.owner else None,
            "elements": theirs.elements,
            "start_on": theirs.start_on,
            "due_on": theirs.due_on,
            "status": theirs.status.value,
            "evaluation": theirs.evaluation,
            "helped": ev.helped.value if ev else None,
            "sentence": ev.sentence if ev else "",
            "meeting_id": theirs.meeting_id,
            "kind": theirs.kind,
        }
        if "helped" in m:  # finished with its evaluation, maybe with edits (finish)
            edits = dict(m.get("fields") or {})  # type: ignore[call-overload]
            m = edits | {"status": m["status"], "helped": m["helped"], "sentence": m["sentence"]}
        return _ACTION, m, t
    if isinstance(theirs, Meeting):
        t = {k: getattr(theirs, k) for k, _l, _f in _MEETING}
        if m.get("kind") is None:
            m.pop("kind", None)  # marked held without a new kind: the kind stays
        return _MEETING, m, t
    if isinstance(theirs, Note):
        t = {k: getattr(theirs, k) for k, _l, _f in _NOTE}
        return _NOTE, m, t
    assert isinstance(theirs, Consent)
    return _CONSENT, {"withdrawn_on": m.get("on")}, {"withdrawn_on": theirs.withdrawn_on}


def differing_fields(conflict: EditConflict, names: Names | None = None) -> list[FieldRow]:
    """One row per field the refused save would store differently from what is stored now."""
    fields, mine, theirs = _sides(conflict.mine, conflict.theirs)
    names = names or Names()
    people = dict(names.people)
    record = conflict.theirs
    if isinstance(record, Action) and record.owner is not None:
        people.setdefault(record.owner.id, record.owner.name)
    if isinstance(record, Child) and record.regiehouder is not None:
        people.setdefault(record.regiehouder.id, record.regiehouder.name)
    names = Names(people, names.meetings, names.kinds)
    rows = []
    for key, label, fmt in fields:
        if key not in mine:
            continue
        a, b = fmt(_plain(mine[key]), names), fmt(_plain(theirs.get(key)), names)
        if a != b:
            rows.append(FieldRow(key, tr(label), a, b))
    return rows


def stored_values(conflict: EditConflict) -> dict[str, Any]:
    """The stored record's values under the keys of the refused save's fields (what a save
    takes: an afspraak's owner as ``owner_id``, statuses as their value)."""
    return _sides(conflict.mine, conflict.theirs)[2]


def _plain(value: object) -> object:
    """Enum members as their value, so both sides format alike."""
    return getattr(value, "value", value) if not isinstance(value, tuple | list) else value


def changes_of(record: Versioned) -> Changes:
    """What views showing ``record`` must reload to show it as stored."""
    if isinstance(record, Child):
        return Changes.child(record.id)
    if isinstance(record, Person):
        return Changes(people=True)
    return Changes.child(record.child_id, in_list=not isinstance(record, Consent | Note))
