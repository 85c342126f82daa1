"""A whole case file checked with the repositories' own rules, before any of it is written.

:func:`case_file_problems` runs every record through :mod:`.records` (the rules a form and a
command obey) and adds what only a whole file can get wrong: ids that are no ids or occur
twice, a record that names another child, a regiehouder who is not involved, an afspraak
agreed in an overleg the file does not hold, assessment versions that do not add up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kansencirkel.core.i18n import N_
from kansencirkel.core.model import (
    Action,
    Assessment,
    CaseFile,
    Child,
    Consent,
    Involvement,
    Meeting,
    Note,
    NoteVersion,
    Person,
)
from kansencirkel.vault.validation import fields as f
from kansencirkel.vault.validation import records as rules
from kansencirkel.vault.validation.problems import Collector, Problem

NOT_A_CASE_FILE = N_("Dit is geen dossier van een kind.")
NOT_THIS_KIND_OF_RECORD = N_("Dit gegeven hoort hier niet.")
OTHER_CHILD = N_("Dit gegeven hoort bij een ander kind.")
DUPLICATE_ID = N_("Dit id komt in het bestand al eerder voor.")
PERSON_TWICE = N_("Deze persoon is al eerder betrokken.")
SAME_ID_OTHER_PERSON = N_("Twee verschillende personen in dit bestand hebben hetzelfde id.")
REGIEHOUDER_NOT_INVOLVED = N_("De regiehouder hoort ook bij de betrokkenen te staan.")
REGIEHOUDER_MISMATCH = N_("Alleen de regiehouder van het kind is als regiehouder betrokken.")
UNKNOWN_MEETING = N_("Dit overleg staat niet in dit dossier.")
CURRENT_IS_SUPERSEDED = N_("Een huidige meting heeft geen datum waarop ze gecorrigeerd is.")
SUPERSEDED_WITHOUT_DATE = N_("Een gecorrigeerde meting heeft de datum waarop ze gecorrigeerd is.")
MAX_VERSION = 1_000_000  # corrections of one assessment; a number the database can store
BAD_VERSION = N_("Het versienummer van een meting is een geheel getal van 1 tot {limit}.")
VERSION_TWICE = N_("Deze versie van de meting komt al eerder voor.")
NO_RECORDER = N_("Vul in wie de meting heeft ingevoerd.")
NO_AUTHOR = N_("Vul in wie de notitie schreef.")
CURRENT_IS_WITHDRAWN = N_("Een geldige meting heeft geen datum waarop ze ingetrokken is.")
WITHDRAWN_WITHOUT_DATE = N_("Een ingetrokken meting heeft de datum waarop ze ingetrokken is.")
UNKNOWN_NOTE = N_("Deze notitie staat niet in dit dossier.")
NOTE_VERSION_NOT_EARLIER = N_("Een eerdere versie van een notitie heeft een lager versienummer.")


def case_file_problems(
    case: object, *, number: int | None = None, limit: int = 1000
) -> list[Problem]:
    """Everything wrong with ``case`` (empty when it may be imported), at most ``limit``;
    ``number`` says which case file of several it is."""
    c = Collector(limit=limit, case=number)
    if not isinstance(case, CaseFile) or not isinstance(case.child, Child):
        c.fail("", NOT_A_CASE_FILE)
        return c.problems
    _FileCheck(c, case).run()
    return c.problems


class _FileCheck:
    def __init__(self, c: Collector, case: CaseFile) -> None:
        self.c = c
        self.case = case
        self.child_id = case.child.id
        regie = case.child.regiehouder
        self.regie = regie.id if isinstance(regie, Person) else None
        self.regie_involved = False
        self.people: dict[str, Person] = {}  # id → the person, wherever the file names them
        self.involved: set[object] = set()
        self.assessment_ids: set[str] = set()  # current and corrected versions: one table
        self.versions: set[tuple[str, int]] = set()

    def run(self) -> None:
        case = self.case
        self.child(case.child)
        self.each("involvements", Involvement, case.involvements, self.involvement)
        if self.regie is not None and not self.regie_involved:
            with self.c.record("child"):
                self.c.fail("regiehouder", REGIEHOUDER_NOT_INVOLVED)
        self.each("assessments", Assessment, case.assessments, self.assessment)
        self.each("superseded", Assessment, case.superseded, self.corrected)
        self.each("withdrawn", Assessment, case.withdrawn, self.withdrawn)
        meetings = self.each("meetings", Meeting, case.meetings, self.with_id(self.meeting))
        meeting_ids = {m.id for m in meetings}
        self.each(
            "actions", Action, case.actions, self.with_id(lambda a: self.action(a, meeting_ids))
        )
        notes = {n.id: n for n in self.each("notes", Note, case.notes, self.with_id(self.note))}
        self.each(
            "note_versions", NoteVersion, case.note_versions, lambda v: self.note_version(v, notes)
        )
        self.each("consents", Consent, case.consents, self.with_id(self.consent))

    def each(self, kind: str, cls: type, items: object, check: Callable[[Any], None]) -> list[Any]:
        """Check every record of one list; returns those of the right type."""
        if not isinstance(items, tuple | list):
            self.c.fail(kind, f.NOT_A_LIST)
            return []
        good: list[Any] = []
        for number, item in enumerate(items, 1):
            with self.c.record(kind, number):
                if isinstance(item, cls):
                    check(item)
                    good.append(item)
                else:
                    self.c.fail("", NOT_THIS_KIND_OF_RECORD)
        return good

    def with_id(self, check: Callable[[Any], None]) -> Callable[[Any], None]:
        """``check`` after the record's own id (new in its list) and child (this one)."""
        seen: set[str] = set()

        def checked(item: Any) -> None:
            self.own(item, seen)
            check(item)

        return checked

    def own(self, item: Any, seen: set[str]) -> None:
        if f.record_id(self.c, "id", item.id):
            if item.id in seen:
                self.c.fail("id", DUPLICATE_ID)
            seen.add(item.id)
        if item.child_id != self.child_id:
            self.c.fail("child_id", OTHER_CHILD)

    def person(self, name: str, p: object) -> None:
        with self.c.inside(name):
            if not isinstance(p, Person):
                self.c.fail("", NOT_THIS_KIND_OF_RECORD)
                return
            if f.record_id(self.c, "id", p.id) and self.people.setdefault(p.id, p) != p:
                self.c.fail("id", SAME_ID_OTHER_PERSON)
            rules.person(
                self.c,
                name=p.name,
                role=p.role,
                organisation=p.organisation,
                phone=p.phone,
                email=p.email,
                team_member_id=p.team_member_id,
            )

    def child(self, child: Child) -> None:
        with self.c.record("child"):
            f.record_id(self.c, "id", child.id)
            rules.child(
                self.c,
                given_name=child.given_name,
                family_name=child.family_name,
                school=child.school,
                group=child.group,
                date_of_birth=child.date_of_birth,
                opened_on=child.opened_on,
            )
            rules.status(
                self.c, status=child.status, opened_on=child.opened_on, closed_on=child.closed_on
            )
            if child.regiehouder is not None:
                self.person("regiehouder", child.regiehouder)

    def involvement(self, inv: Involvement) -> None:
        """One part in the case per person; the child's regiehouder, and only they, marked
        as such (as the repositories keep them)."""
        self.person("person", inv.person)
        rules.involvement(
            self.c, role=inv.role, is_regiehouder=inv.is_regiehouder, remark=inv.remark
        )
        pid = getattr(inv.person, "id", None)
        if pid in self.involved:
            self.c.fail("person.id", PERSON_TWICE)
        self.involved.add(pid)
        if inv.is_regiehouder is True:
            if pid == self.regie:
                self.regie_involved = True
            else:
                self.c.fail("is_regiehouder", REGIEHOUDER_MISMATCH)

    def corrected(self, a: Assessment) -> None:
        self.assessment(a, superseded=True)

    def withdrawn(self, a: Assessment) -> None:
        self.assessment(a, withdrawn=True)

    def assessment(self, a: Assessment, superseded: bool = False, withdrawn: bool = False) -> None:
        c = self.c
        self.own(a, self.assessment_ids)
        rules.assessment(
            c,
            perspective=a.perspective,
            assessed_on=a.assessed_on,
            given_by=a.given_by,
            given_by_role=a.given_by_role,
            scores=a.scores,
            notes=a.notes,
            goes_well=a.goes_well,
            wishes=a.wishes,
            correction_reason=a.correction_reason,
            talk=a.talk,
        )
        f.text(c, "recorded_by", a.recorded_by, NO_RECORDER)
        f.moment(c, "recorded_at", a.recorded_at)
        f.record_id(c, "lineage_id", a.lineage_id)
        if type(a.version) is not int or not 1 <= a.version <= MAX_VERSION:
            c.fail("version", BAD_VERSION, limit=MAX_VERSION)
        elif (a.lineage_id, a.version) in self.versions:
            c.fail("version", VERSION_TWICE)
        else:
            self.versions.add((a.lineage_id, a.version))
        if superseded:
            if f.moment(c, "superseded_at", a.superseded_at, optional=True) is None:
                c.fail("superseded_at", SUPERSEDED_WITHOUT_DATE)
        elif a.superseded_at is not None:
            c.fail("superseded_at", CURRENT_IS_SUPERSEDED)
        if withdrawn:
            if f.moment(c, "withdrawn_at", a.withdrawn_at, optional=True) is None:
                c.fail("withdrawn_at", WITHDRAWN_WITHOUT_DATE)
            rules.reason(c, reason=a.withdraw_reason, field="withdraw_reason")
        elif a.withdrawn_at is not None:
            c.fail("withdrawn_at", CURRENT_IS_WITHDRAWN)
        f.text(c, "withdrawn_by", a.withdrawn_by)

    def meeting(self, m: Meeting) -> None:
        rules.meeting(
            self.c,
            held_on=m.held_on,
            kind=m.kind,
            attendees=m.attendees,
            summary=m.summary,
            decisions=m.decisions,
            next_on=m.next_on,
        )
        rules.meeting_status(self.c, status=m.status)

    def action(self, a: Action, meeting_ids: set[str]) -> None:
        rules.action(
            self.c,
            what=a.what,
            elements=a.elements,
            start_on=a.start_on,
            due_on=a.due_on,
            status=a.status,
            evaluation=a.evaluation,
        )
        if a.owner is not None:
            self.person("owner", a.owner)
        if a.meeting_id is not None and a.meeting_id not in meeting_ids:
            self.c.fail("meeting_id", UNKNOWN_MEETING)

    def note(self, n: Note) -> None:
        rules.note(
            self.c,
            written_on=n.written_on,
            text=n.text,
            elements=n.elements,
            visibility=n.visibility,
        )
        f.text(self.c, "author", n.author, NO_AUTHOR)
        if type(n.version) is not int or not 1 <= n.version <= MAX_VERSION:
            self.c.fail("version", BAD_VERSION, limit=MAX_VERSION)

    def note_version(self, v: NoteVersion, notes: dict[str, Note]) -> None:
        c = self.c
        note = notes.get(v.note_id)
        if note is None:
            c.fail("note_id", UNKNOWN_NOTE)
        elif type(v.version) is not int or not 1 <= v.version < note.version:
            c.fail("version", NOTE_VERSION_NOT_EARLIER)
        rules.note(
            c, written_on=v.written_on, text=v.text, elements=v.elements, visibility=v.visibility
        )
        f.moment(c, "replaced_at", v.replaced_at)
        f.text(c, "replaced_by", v.replaced_by, NO_AUTHOR)
        rules.reason(c, reason=v.reason)

    def consent(self, k: Consent) -> None:
        rules.consent(
            self.c,
            consenter=k.consenter,
            given_by=k.given_by,
            parts=k.parts,
            audiences=k.audiences,
            given_on=k.given_on,
            expires_on=k.expires_on,
            withdrawn_on=k.withdrawn_on,
            remark=k.remark,
        )
