"""Toestemming: who agreed that which parts may be shared with whom, and until when."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kansencirkel.core.changes import Changes, Written
from kansencirkel.core.consent import CONSENT_PARTS
from kansencirkel.core.enums import Audience, AuditKind, Consenter
from kansencirkel.core.model import Consent
from kansencirkel.vault.models import ChildRow, ConsentAudienceRow, ConsentPartRow, ConsentRow
from kansencirkel.vault.repos.base import RepoContext, get_or_404, new_id
from kansencirkel.vault.repos.versions import claim
from kansencirkel.vault.validation import records as rules
from kansencirkel.vault.validation.fields import STRICT


def _build(row: ConsentRow, parts: Iterable[str], audiences: Iterable[str]) -> Consent:
    part_set, aud_set = set(parts), set(audiences)
    return Consent(
        id=row.id,
        child_id=row.child_id,
        consenter=Consenter(row.consenter),
        given_by=row.given_by,
        parts=tuple(p for p in CONSENT_PARTS if p in part_set),
        audiences=tuple(a for a in Audience if a.value in aud_set),
        given_on=row.given_on,
        expires_on=row.expires_on,
        withdrawn_on=row.withdrawn_on,
        remark=row.remark,
        version=row.version,
    )


def load_consents(session: Session, child_id: str) -> list[Consent]:
    rows = session.scalars(
        select(ConsentRow).where(ConsentRow.child_id == child_id).order_by(ConsentRow.given_on)
    ).all()
    parts: dict[str, list[str]] = defaultdict(list)
    audiences: dict[str, list[str]] = defaultdict(list)
    ids = [r.id for r in rows]
    for cid, part in session.execute(
        select(ConsentPartRow.consent_id, ConsentPartRow.part).where(
            ConsentPartRow.consent_id.in_(ids)
        )
    ):
        parts[cid].append(part)
    for cid, aud in session.execute(
        select(ConsentAudienceRow.consent_id, ConsentAudienceRow.audience).where(
            ConsentAudienceRow.consent_id.in_(ids)
        )
    ):
        audiences[cid].append(aud)
    return [_build(r, parts[r.id], audiences[r.id]) for r in rows]


def _current(s: Session, row: ConsentRow) -> Consent:
    return next(c for c in load_consents(s, row.child_id) if c.id == row.id)


class ConsentsRepository:
    def __init__(self, ctx: RepoContext) -> None:
        self._ctx = ctx

    def create(
        self,
        child_id: str,
        consenter: Consenter,
        given_by: str,
        parts: Iterable[str],
        audiences: Iterable[Audience],
        given_on: date,
        expires_on: date | None = None,
        remark: str = "",
    ) -> Written[Consent]:
        part_list, audience_list = tuple(dict.fromkeys(parts)), tuple(audiences)
        rules.consent(
            STRICT,
            consenter=consenter,
            given_by=given_by,
            parts=part_list,
            audiences=audience_list,
            given_on=given_on,
            expires_on=expires_on,
            remark=remark,
        )
        auds = tuple(dict.fromkeys(Audience(a) for a in audience_list))
        row = ConsentRow(
            id=new_id(),
            child_id=child_id,
            consenter=Consenter(consenter).value,
            given_by=given_by.strip(),
            given_on=given_on,
            expires_on=expires_on,
            withdrawn_on=None,
            remark=remark,
        )
        with self._ctx.tx() as s:
            get_or_404(s, ChildRow, child_id, "Dit kind")
            s.add(row)
            s.flush()
            s.execute(
                insert(ConsentPartRow), [{"consent_id": row.id, "part": p} for p in part_list]
            )
            s.execute(
                insert(ConsentAudienceRow),
                [{"consent_id": row.id, "audience": a.value} for a in auds],
            )
            self._ctx.audit(s, AuditKind.CREATE, "consent", row.id, child_id)
            consent = _build(row, part_list, (a.value for a in auds))
            return Written(consent, Changes.child(row.child_id, in_list=False))

    def withdraw(
        self, consent_id: str, on: date, *, expected_version: int | None = None
    ) -> Written[Consent]:
        """The toestemming is withdrawn ``on``. ``expected_version``: the version this was
        based on; when the toestemming has a newer one, EditConflict (nothing written)."""
        with self._ctx.tx() as s:
            row = get_or_404(s, ConsentRow, consent_id, "Deze toestemming")
            row = claim(
                s,
                row,
                "Deze toestemming",
                expected_version,
                mine={"on": on},
                theirs=lambda r: _current(s, r),
            )
            rules.withdrawal(STRICT, given_on=row.given_on, withdrawn_on=on)
            row.withdrawn_on = on
            self._ctx.audit(s, AuditKind.CHANGE, "consent", row.id, row.child_id, "withdraw")
            s.flush()
            consent = next(c for c in load_consents(s, row.child_id) if c.id == consent_id)
            return Written(consent, Changes.child(row.child_id, in_list=False))

    def for_child(self, child_id: str) -> list[Consent]:
        with self._ctx.tx() as s:
            get_or_404(s, ChildRow, child_id, "Dit kind")
            result = load_consents(s, child_id)
            self._ctx.audit(s, AuditKind.VIEW, "consent", child_id=child_id)
            return result
