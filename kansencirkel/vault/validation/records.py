"""The rules of each kind of record: what a form, a command and a file import all refuse.

Each function takes a :class:`~.fields.Checker` and the record's fields by name (the names of
the :mod:`kansencirkel.core.model` dataclasses, which are also the keys of an exported file),
so the repositories call them with their arguments and the case-file check with a record's
attributes. A repository that changes one field checks the whole record as it will be.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from kansencirkel.core import clock
from kansencirkel.core.consent import CONSENT_PARTS
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import (
    ActionStatus,
    Audience,
    ChildStatus,
    Consenter,
    MeetingKind,
    MeetingStatus,
    Perspective,
    Role,
    Visibility,
)
from kansencirkel.core.i18n import N_
from kansencirkel.vault.validation import fields as f
from kansencirkel.vault.validation.fields import Checker

#: The sentences of the rules below, by name (tests compare these, not the wording).
NO_CHILD_NAME = N_("Vul de voornaam van het kind in.")
BORN_IN_THE_FUTURE = N_("De geboortedatum ligt in de toekomst.")
UNKNOWN_CHILD_STATUS = N_("Een dossier is actief of afgesloten.")
CLOSED_WITHOUT_DATE = N_("Een afgesloten dossier heeft een datum waarop het gesloten is.")
OPEN_WITH_CLOSING_DATE = N_("Een actief dossier heeft geen datum waarop het gesloten is.")
CLOSED_BEFORE_OPENED = N_(
    "Een dossier kan niet gesloten worden voor de datum waarop het geopend is."
)
NO_PERSON_NAME = N_("Vul een naam in.")
UNKNOWN_ROLE = N_("Deze rol bestaat niet.")
UNKNOWN_TALK = N_("Onbekend element bij 'hier wil ik over praten'.")
UNKNOWN_PERSPECTIVE = N_(
    "Dit perspectief bestaat niet; kies kind, ouders, school, zorg of kernteam."
)
NO_GOES_WELL = N_("Vul eerst in wat goed gaat; elke meting begint daarmee.")
NO_GIVER = N_("Vul in wie de scores gaf.")
ASSESSED_IN_THE_FUTURE = N_("De datum van de meting ligt in de toekomst.")
NO_WHAT = N_("Vul in wat er afgesproken is.")
UNKNOWN_ACTION_STATUS = N_("Deze status bestaat niet.")
DUE_BEFORE_START = N_("De einddatum ligt voor de startdatum.")
UNKNOWN_MEETING_KIND = N_("Dit soort overleg bestaat niet.")
NO_ATTENDEE_NAME = N_("Elke deelnemer aan een overleg heeft een naam.")
NEXT_BEFORE_MEETING = N_("Het volgende overleg ligt voor dit overleg.")
NO_NOTE_TEXT = N_("De notitie is leeg.")
UNKNOWN_VISIBILITY = N_("Kies of de notitie intern of deelbaar is.")
UNKNOWN_CONSENTER = N_("Kies wie toestemming geeft en met wie er gedeeld mag worden.")
UNKNOWN_PART = N_("Dit onderdeel van het dossier bestaat niet.")
NO_PART_OR_AUDIENCE = N_("Kies minstens één onderdeel en één ontvanger.")
NO_CONSENT_GIVER = N_("Vul in wie de toestemming gaf.")
EXPIRES_BEFORE_GIVEN = N_("De toestemming verloopt voordat ze gegeven is.")
NO_REASON = N_("Vul een reden in; die blijft bij de geschiedenis bewaard.")
UNKNOWN_MEETING_STATUS = N_("Een overleg is gepland of gehouden.")
PLANNED_IN_THE_PAST = N_("Een overleg plannen kan vanaf vandaag; kies een latere datum.")
HELD_IN_THE_FUTURE = N_(
    "Een gehouden overleg ligt niet in de toekomst; plan het, en markeer het later als gehouden."
)
WITHDRAWN_BEFORE_GIVEN = N_("Intrekken kan niet voor de datum waarop de toestemming gegeven is.")


def child(
    c: Checker,
    *,
    given_name: object,
    family_name: object,
    school: object,
    group: object,
    date_of_birth: object,
    opened_on: object,
) -> None:
    f.text(c, "given_name", given_name, NO_CHILD_NAME)
    f.text(c, "family_name", family_name)
    f.text(c, "school", school)
    f.text(c, "group", group)
    born = f.day(c, "date_of_birth", date_of_birth, optional=True)
    if born is not None and born > clock.today():
        c.fail("date_of_birth", BORN_IN_THE_FUTURE)
    f.day(c, "opened_on", opened_on)


def closing(c: Checker, *, opened_on: object, closed_on: object) -> None:
    """A file is closed on or after the day it was opened."""
    closed = f.day(c, "closed_on", closed_on)
    opened = f.as_day(opened_on)
    if closed is not None and opened is not None and closed < opened:
        c.fail("closed_on", CLOSED_BEFORE_OPENED)


def status(c: Checker, *, status: object, opened_on: object, closed_on: object) -> None:
    """Status and closing date go together, as ``close`` and ``reopen`` keep them."""
    found = f.member(c, "status", status, ChildStatus, UNKNOWN_CHILD_STATUS)
    if found is ChildStatus.AFGESLOTEN:
        if closed_on is None:
            c.fail("closed_on", CLOSED_WITHOUT_DATE)
        else:
            closing(c, opened_on=opened_on, closed_on=closed_on)
    elif found is ChildStatus.ACTIEF and closed_on is not None:
        c.fail("closed_on", OPEN_WITH_CLOSING_DATE)


def person(
    c: Checker,
    *,
    name: object,
    role: object,
    organisation: object = "",
    phone: object = "",
    email: object = "",
    team_member_id: object = None,
) -> None:
    f.text(c, "name", name, NO_PERSON_NAME)
    f.member(c, "role", role, Role, UNKNOWN_ROLE)
    f.text(c, "organisation", organisation)
    f.text(c, "phone", phone)
    f.text(c, "email", email)
    f.record_id(c, "team_member_id", team_member_id, optional=True)


def involvement(c: Checker, *, role: object, is_regiehouder: object, remark: object) -> None:
    f.member(c, "role", role, Role, UNKNOWN_ROLE)
    f.flag(c, "is_regiehouder", is_regiehouder)
    f.text(c, "remark", remark)


def assessment(
    c: Checker,
    *,
    perspective: object,
    assessed_on: object,
    given_by: object,
    given_by_role: object,
    scores: object,
    notes: object,
    goes_well: object,
    wishes: object,
    correction_reason: object,
    talk: object = frozenset(),
) -> None:
    f.member(c, "perspective", perspective, Perspective, UNKNOWN_PERSPECTIVE)
    if not isinstance(talk, set | frozenset) or not talk <= set(ELEMENT_KEYS):
        c.fail("talk", UNKNOWN_TALK)
    f.member(c, "given_by_role", given_by_role, Role, UNKNOWN_ROLE)
    f.text(c, "goes_well", goes_well, NO_GOES_WELL)
    f.text(c, "given_by", given_by, NO_GIVER)
    for key, value in f.per_element(c, "scores", scores).items():
        if not f.is_score(value):
            c.fail(f.below("scores", key), f.BAD_SCORE)
    for key, value in f.per_element(c, "notes", notes).items():
        f.text(c, f.below("notes", key), value)
    assessed = f.day(c, "assessed_on", assessed_on)
    if assessed is not None and assessed > clock.today():
        c.fail("assessed_on", ASSESSED_IN_THE_FUTURE)
    f.text(c, "wishes", wishes)
    f.text(c, "correction_reason", correction_reason)


def period(c: Checker, *, start_on: object, due_on: object) -> None:
    start = f.day(c, "start_on", start_on, optional=True)
    due = f.day(c, "due_on", due_on, optional=True)
    if start is not None and due is not None and due < start:
        c.fail("due_on", DUE_BEFORE_START)


def action(
    c: Checker,
    *,
    what: object,
    elements: object,
    start_on: object,
    due_on: object,
    status: object,
    evaluation: object,
) -> None:
    f.text(c, "what", what, NO_WHAT)
    f.elements(c, "elements", elements)
    period(c, start_on=start_on, due_on=due_on)
    f.member(c, "status", status, ActionStatus, UNKNOWN_ACTION_STATUS)
    f.text(c, "evaluation", evaluation)


def meeting(
    c: Checker,
    *,
    held_on: object,
    kind: object,
    attendees: object,
    summary: object,
    decisions: object,
    next_on: object,
) -> None:
    held = f.day(c, "held_on", held_on)
    f.member(c, "kind", kind, MeetingKind, UNKNOWN_MEETING_KIND)
    if isinstance(attendees, str) or not isinstance(attendees, Iterable):
        c.fail("attendees", f.NOT_A_LIST)
    else:
        for name in attendees:
            f.text(c, "attendees", name, NO_ATTENDEE_NAME)
    f.text(c, "summary", summary)
    f.text(c, "decisions", decisions)
    following = f.day(c, "next_on", next_on, optional=True)
    if held is not None and following is not None and following < held:
        c.fail("next_on", NEXT_BEFORE_MEETING)


def reason(c: Checker, *, reason: object, field: str = "reason") -> None:
    """Every mend (an edit, a change of visibility, a removal, a withdrawal) says why."""
    f.text(c, field, reason, NO_REASON)


def meeting_status(c: Checker, *, status: object) -> None:
    f.member(c, "status", status, MeetingStatus, UNKNOWN_MEETING_STATUS)


def planned_on(c: Checker, *, held_on: object) -> None:
    """A new planned overleg lies from today on (it may pass later, unheld: then it is due)."""
    day = f.as_day(held_on)
    if day is not None and day < clock.today():
        c.fail("held_on", PLANNED_IN_THE_PAST)


def held_by_now(c: Checker, *, held_on: object) -> None:
    """An overleg recorded as held took place today or before."""
    day = f.as_day(held_on)
    if day is not None and day > clock.today():
        c.fail("held_on", HELD_IN_THE_FUTURE)


def note(
    c: Checker, *, written_on: object, text: object, elements: object, visibility: object
) -> None:
    f.day(c, "written_on", written_on)
    f.text(c, "text", text, NO_NOTE_TEXT)
    f.elements(c, "elements", elements)
    f.member(c, "visibility", visibility, Visibility, UNKNOWN_VISIBILITY)


def consent(
    c: Checker,
    *,
    consenter: object,
    given_by: object,
    parts: object,
    audiences: object,
    given_on: object,
    expires_on: object,
    withdrawn_on: object = None,
    remark: object = "",
) -> None:
    f.member(c, "consenter", consenter, Consenter, UNKNOWN_CONSENTER)
    part_list = _listed(c, "parts", parts)
    audience_list = _listed(c, "audiences", audiences)
    for aud in audience_list:
        f.member(c, "audiences", aud, Audience, UNKNOWN_CONSENTER)
    for part in part_list:
        if part not in CONSENT_PARTS:
            c.fail("parts", UNKNOWN_PART)
    if not part_list or not audience_list:
        c.fail("parts" if not part_list else "audiences", NO_PART_OR_AUDIENCE)
    f.text(c, "given_by", given_by, NO_CONSENT_GIVER)
    given = f.day(c, "given_on", given_on)
    expires = f.day(c, "expires_on", expires_on, optional=True)
    if given is not None and expires is not None and expires < given:
        c.fail("expires_on", EXPIRES_BEFORE_GIVEN)
    withdrawal(c, given_on=given, withdrawn_on=withdrawn_on, optional=True)
    f.text(c, "remark", remark)


def withdrawal(
    c: Checker, *, given_on: object, withdrawn_on: object, optional: bool = False
) -> None:
    withdrawn = f.day(c, "withdrawn_on", withdrawn_on, optional=optional)
    given = f.as_day(given_on)
    if withdrawn is not None and given is not None and withdrawn < given:
        c.fail("withdrawn_on", WITHDRAWN_BEFORE_GIVEN)


def _listed(c: Checker, field: str, values: object) -> tuple[object, ...]:
    if isinstance(values, str | Mapping) or not isinstance(values, Iterable):
        c.fail(field, f.NOT_A_LIST)
        return ()
    return tuple(values)
