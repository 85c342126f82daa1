"""Drafts of an assessment being typed, saved into the vault (never a temp file)."""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlalchemy import select

from kansencirkel.core import clock
from kansencirkel.core.changes import Changes, Written
from kansencirkel.core.enums import Perspective
from kansencirkel.core.i18n import N_
from kansencirkel.core.model import Draft
from kansencirkel.vault.models import ChildRow, DraftRow
from kansencirkel.vault.repos.base import RepoContext, get_or_404, new_id, reject
from kansencirkel.vault.validation.fields import STRICT, member
from kansencirkel.vault.validation.records import UNKNOWN_PERSPECTIVE

MAX_PAYLOAD = 1_000_000  # characters of JSON; a form state is a few kB


def _build(row: DraftRow) -> Draft:
    return Draft(
        id=row.id,
        child_id=row.child_id,
        perspective=Perspective(row.perspective) if row.perspective else None,
        payload=json.loads(row.payload),
        updated_at=row.updated_at,
        author=row.author,
    )


def _encode(payload: Mapping[str, object]) -> str:
    try:
        text = json.dumps(dict(payload), ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError):
        raise reject(N_("Het concept bevat iets dat niet bewaard kan worden.")) from None
    if len(text) > MAX_PAYLOAD:
        raise reject(N_("Het concept is te groot."))
    return text


class DraftsRepository:
    """Drafts are saved often (debounced keystrokes), so saving them writes no audit event;
    the assessment saved from a draft is audited as usual."""

    def __init__(self, ctx: RepoContext) -> None:
        self._ctx = ctx

    def save(
        self,
        draft_id: str | None,
        child_id: str,
        perspective: Perspective | None,
        payload: Mapping[str, object],
    ) -> Written[Draft]:
        """Insert a new draft (``draft_id`` None or unknown) or overwrite an existing one."""
        persp = None
        if perspective is not None:
            persp = member(STRICT, "perspective", perspective, Perspective, UNKNOWN_PERSPECTIVE)
        text = _encode(payload)
        with self._ctx.tx() as s:
            get_or_404(s, ChildRow, child_id, "Dit kind")
            row = s.get(DraftRow, draft_id) if draft_id else None
            if row is None:
                row = DraftRow(id=draft_id or new_id(), child_id=child_id)
                s.add(row)
            elif row.child_id != child_id:
                raise reject(N_("Dit concept hoort bij een ander kind."))
            row.perspective = persp.value if persp else None
            row.payload = text
            row.author_id = self._ctx.actor.id
            row.author = self._ctx.actor.name
            row.updated_at = clock.now()
            s.flush()
            return Written(_build(row), Changes(drafts=frozenset({child_id})))

    def get(self, draft_id: str) -> Draft:
        with self._ctx.tx() as s:
            return _build(get_or_404(s, DraftRow, draft_id, "Dit concept"))

    def for_child(self, child_id: str) -> list[Draft]:
        with self._ctx.tx() as s:
            rows = s.scalars(
                select(DraftRow).where(DraftRow.child_id == child_id).order_by(DraftRow.updated_at)
            ).all()
            return [_build(r) for r in rows]

    def mine(self) -> list[Draft]:
        """The acting team member's drafts, newest first (offered again after a crash)."""
        with self._ctx.tx() as s:
            rows = s.scalars(
                select(DraftRow)
                .where(DraftRow.author_id == self._ctx.actor.id)
                .order_by(DraftRow.updated_at.desc())
            ).all()
            return [_build(r) for r in rows]

    def discard(self, draft_id: str) -> Changes:
        """Remove a draft; discarding one that is already gone is fine."""
        with self._ctx.tx() as s:
            row = s.get(DraftRow, draft_id)
            if row is None:
                return Changes()
            s.delete(row)
            return Changes(drafts=frozenset({row.child_id}))
