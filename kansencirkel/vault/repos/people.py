"""People around children: team members recur across children, parents belong to one."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kansencirkel.core.changes import Changes, Written
from kansencirkel.core.enums import AuditKind, Role
from kansencirkel.core.i18n import N_
from kansencirkel.core.model import Involvement, Person
from kansencirkel.vault.models import ChildRow, InvolvementRow, PersonRow
from kansencirkel.vault.repos.base import RepoContext, changed_fields, get_or_404, new_id, reject
from kansencirkel.vault.repos.convert import load_child, person_from_row
from kansencirkel.vault.repos.versions import claim
from kansencirkel.vault.validation import records as rules
from kansencirkel.vault.validation.fields import STRICT

#: Roles of people who belong to one child's family; never listed as "team".
FAMILY_ROLES: frozenset[Role] = frozenset({Role.OUDER, Role.KIND})
_PERSON_FIELDS = ("name", "role", "organisation", "phone", "email", "team_member_id")


def load_involvements(session: Session, child_id: str) -> list[Involvement]:
    rows = session.execute(
        select(InvolvementRow, PersonRow)
        .join(PersonRow, PersonRow.id == InvolvementRow.person_id)
        .where(InvolvementRow.child_id == child_id)
    ).all()
    # Sorted here, not in SQL: on a team server the names are ciphertext there.
    rows = sorted(rows, key=lambda r: (not r[0].is_regiehouder, r[1].name))
    return [
        Involvement(person_from_row(p), Role(i.role), i.is_regiehouder, i.remark) for i, p in rows
    ]


def mark_regiehouder(session: Session, child: ChildRow, person_id: str | None) -> None:
    """Keep the child's regiehouder and the involvement flags in step."""
    child.regiehouder_id = person_id
    session.execute(
        update(InvolvementRow)
        .where(InvolvementRow.child_id == child.id)
        .values(is_regiehouder=InvolvementRow.person_id == person_id if person_id else False)
    )


class PeopleRepository:
    def __init__(self, ctx: RepoContext) -> None:
        self._ctx = ctx

    def team(self) -> list[Person]:
        """Everyone who is not family (parents, the child), by name."""
        with self._ctx.tx() as s:
            rows = s.scalars(
                select(PersonRow).where(PersonRow.role.not_in([r.value for r in FAMILY_ROLES]))
            ).all()
            return sorted((person_from_row(r) for r in rows), key=lambda p: p.name)

    def get(self, person_id: str) -> Person:
        with self._ctx.tx() as s:
            return person_from_row(get_or_404(s, PersonRow, person_id, "Deze persoon"))

    def create(
        self,
        name: str,
        role: Role,
        organisation: str = "",
        phone: str = "",
        email: str = "",
        *,
        team_member_id: str | None = None,
    ) -> Written[Person]:
        rules.person(
            STRICT,
            name=name,
            role=role,
            organisation=organisation,
            phone=phone,
            email=email,
            team_member_id=team_member_id,
        )
        row = PersonRow(
            id=new_id(),
            name=name.strip(),
            role=Role(role).value,
            organisation=organisation,
            phone=phone,
            email=email,
            team_member_id=team_member_id,
        )
        with self._ctx.tx() as s:
            s.add(row)
            s.flush()
            self._ctx.audit(s, AuditKind.CREATE, "person", row.id)
            return Written(person_from_row(row), Changes(people=True))

    def update(
        self, person_id: str, *, expected_version: int | None = None, **fields: object
    ) -> Written[Person]:
        """Change a person's details; ``expected_version`` as in ChildrenRepository.update."""
        unknown = set(fields) - set(_PERSON_FIELDS)
        if unknown:
            raise reject(N_("Dit gegeven van een persoon bestaat niet."))
        with self._ctx.tx() as s:
            row = get_or_404(s, PersonRow, person_id, "Deze persoon")
            row = claim(
                s, row, "Deze persoon", expected_version, mine=fields, theirs=person_from_row
            )
            record = {key: getattr(row, key) for key in _PERSON_FIELDS} | fields
            rules.person(STRICT, **record)  # the person as they will be, as a whole
            for key, value in fields.items():
                if key == "name":
                    value = str(value).strip()
                elif key == "role":
                    value = Role(str(value)).value
                setattr(row, key, value)
            self._ctx.audit(s, AuditKind.CHANGE, "person", person_id, detail=changed_fields(fields))
            return Written(person_from_row(row), Changes(people=True))

    def involve(
        self,
        child_id: str,
        person_id: str,
        role: Role,
        is_regiehouder: bool = False,
        remark: str = "",
    ) -> Written[Involvement]:
        """Add (or update) a person's part in a child's case."""
        rules.involvement(STRICT, role=role, is_regiehouder=is_regiehouder, remark=remark)
        with self._ctx.tx() as s:
            child = get_or_404(s, ChildRow, child_id, "Dit kind")
            person = get_or_404(s, PersonRow, person_id, "Deze persoon")
            regiehouder_changes = is_regiehouder or child.regiehouder_id == person_id
            if regiehouder_changes:  # the child first, as its other saves lock it first
                child = self._count_child(s, child)
                regiehouder_changes = is_regiehouder or child.regiehouder_id == person_id
            row = s.get(InvolvementRow, (child_id, person_id))
            kind = AuditKind.CHANGE if row else AuditKind.CREATE
            if row is None:
                row = InvolvementRow(child_id=child_id, person_id=person_id)
                s.add(row)
            row.role = Role(role).value
            row.remark = remark
            row.is_regiehouder = is_regiehouder
            s.flush()
            if regiehouder_changes:
                mark_regiehouder(s, child, person_id if is_regiehouder else None)
            self._ctx.audit(s, kind, "involvement", person_id, child_id)
            involvement = Involvement(
                person_from_row(person), Role(row.role), is_regiehouder, remark
            )
            return Written(involvement, Changes.child(child_id))

    def save_involvement(
        self,
        child_id: str,
        person_id: str | None,
        role: Role,
        is_regiehouder: bool = False,
        *,
        expected_version: int | None = None,
        **details: str,
    ) -> Written[Involvement]:
        """One step of the Betrokkenen form, in one transaction: a new person (``person_id``
        None) or new contact details of a known one, and their part in the child's case.
        A refused part leaves no person without a child behind. ``expected_version``: the
        person's, for new contact details (EditConflict as in :meth:`update`)."""
        with self._ctx.tx():
            if person_id is None:
                person = self.create(role=role, **details)
            elif details:
                person = self.update(person_id, expected_version=expected_version, **details)
            else:
                person = Written(self.get(person_id))
            part = self.involve(child_id, person.value.id, role, is_regiehouder)
            return Written(part.value, person.changes.merge(part.changes))

    def uninvolve(self, child_id: str, person_id: str) -> Changes:
        with self._ctx.tx() as s:
            row = get_or_404(s, InvolvementRow, (child_id, person_id), "Deze betrokkenheid")
            child = get_or_404(s, ChildRow, child_id, "Dit kind")
            if child.regiehouder_id == person_id:
                child = self._count_child(s, child)
                child.regiehouder_id = None
            s.delete(row)
            self._ctx.audit(s, AuditKind.DELETE, "involvement", person_id, child_id)
        return Changes.child(child_id)

    @staticmethod
    def _count_child(s: Session, child: ChildRow) -> ChildRow:
        """A change of regiehouder is a new version of the child (no version named)."""
        return claim(s, child, "Dit kind", None, mine={}, theirs=lambda r: load_child(s, r))

    def involvements(self, child_id: str) -> list[Involvement]:
        with self._ctx.tx() as s:
            get_or_404(s, ChildRow, child_id, "Dit kind")
            result = load_involvements(s, child_id)
            self._ctx.audit(s, AuditKind.VIEW, "involvement", child_id=child_id)
            return result
