"""Saving a draft when the team server may be away, and bringing the laptop's drafts back.

:func:`save_draft` is what the autosave calls: to the server as usual; when the server is
away (:class:`~kansencirkel.vault.errors.ServerLost`) into :class:`.LocalDrafts` on the
laptop instead. :func:`push_local` writes every laptop draft to the server (the same draft id
where there was one) and removes it from the laptop; it runs when the connection is back, at
unlock and at the next successful save. A draft the server holds under that id that is newer
than the laptop's (the member typed on in it on another computer meanwhile) is not
overwritten: the laptop's becomes a new draft beside it, so both are offered.

Without local drafts (a laptop vault: ``local`` is None) everything goes to the vault as
before. No Qt here: the UI calls these inside its write jobs.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass

from kansencirkel.core.changes import Changes, Written
from kansencirkel.core.enums import Perspective
from kansencirkel.core.model import Draft
from kansencirkel.vault.errors import NotFound, ServerLost, VaultError
from kansencirkel.vault.repos.drafts import DraftsRepository
from kansencirkel.vault.team.local_drafts import LocalDrafts, LocalDraftsUnreadable


@dataclass(frozen=True, slots=True)
class KeptDraft:
    """Where a draft went: ``on_laptop`` when the server was away and it waits here."""

    draft: Draft
    on_laptop: bool


def save_draft(
    repo: DraftsRepository,
    local: LocalDrafts | None,
    draft_id: str | None,
    child_id: str,
    perspective: Perspective | None,
    payload: Mapping[str, object],
) -> Written[KeptDraft]:
    """Save the form state as a draft: on the server, or on the laptop while it is away."""
    if local is None:
        written = repo.save(draft_id, child_id, perspective, payload)
        return Written(KeptDraft(written.value, False), written.changes)
    if draft_id is not None:
        draft_id = local.moved.get(draft_id, draft_id)
    if local.has_any():
        # Drafts wait on the laptop: this state joins them and they go up together, so the
        # newer-on-the-server rule holds for this one too.
        with_them = _waiting(local, repo, draft_id, child_id, perspective, payload)
        if with_them is not None:
            return with_them
    try:
        written = repo.save(draft_id, child_id, perspective, payload)
    except ServerLost:
        # An unreadable laptop file raises its one sentence here; it is left as it is.
        kept = local.put(draft_id, child_id, perspective, payload)
        return Written(KeptDraft(kept, True), Changes())  # the server's drafts did not change
    return Written(KeptDraft(written.value, False), written.changes)


def _waiting(
    local: LocalDrafts,
    repo: DraftsRepository,
    draft_id: str | None,
    child_id: str,
    perspective: Perspective | None,
    payload: Mapping[str, object],
) -> Written[KeptDraft] | None:
    """Keep this state with the drafts waiting on the laptop, then push them all; None when
    the laptop's file does not open (then the draft goes to the server directly: a damaged
    file must not stop the drafts while the server is there)."""
    try:
        kept = local.put(draft_id, child_id, perspective, payload)
    except LocalDraftsUnreadable:
        return None
    try:
        pushed = push_local(local, repo)
    except ServerLost:
        return Written(KeptDraft(kept, True), Changes())
    there = pushed.value.get(kept.id)
    if there is None:  # refused by the server (say, the child is gone): it stays here
        return Written(KeptDraft(kept, True), pushed.changes)
    return Written(KeptDraft(there, False), pushed.changes)


def push_local(local: LocalDrafts, repo: DraftsRepository) -> Written[dict[str, Draft]]:
    """Every laptop draft to the server, oldest first; each one that arrived is removed here.

    The value maps a laptop draft's id to the draft as saved on the server (another id when
    the server had a newer draft under the old one). `ServerLost` part-way: what arrived is
    gone from the laptop, the rest waits. A draft the server refuses for another reason (its
    child was removed, say) stays on the laptop; it is never thrown away here.
    """
    pushed: dict[str, Draft] = {}
    changes = Changes()
    for draft in local.all():
        target: str | None = draft.id
        try:
            there = repo.get(draft.id)
        except NotFound:
            there = None
        if there is not None and (
            there.updated_at > draft.updated_at or there.child_id != draft.child_id
        ):
            target = None  # keep both: theirs stays as it is, ours becomes a new draft
        try:
            written = repo.save(target, draft.child_id, draft.perspective, draft.payload)
        except ServerLost:
            raise
        except VaultError:
            continue
        local.remove(draft.id)
        if written.value.id != draft.id:
            local.moved[draft.id] = written.value.id
        pushed[draft.id] = written.value
        changes = changes.merge(written.changes)
    return Written(pushed, changes)


def discard_draft(repo: DraftsRepository, local: LocalDrafts | None, draft: Draft) -> Changes:
    """Throw a draft away, here and on the server. Away from the server, a draft that only
    waited on the laptop is gone all the same; one that is on the server too stays there."""
    here = False
    if local is not None:
        with contextlib.suppress(LocalDraftsUnreadable):  # left as it is; said elsewhere
            here = local.remove(draft.id)
    try:
        return repo.discard(draft.id)
    except ServerLost:
        if here:
            return Changes()
        raise


def drafts_for_child(
    repo: DraftsRepository, local: LocalDrafts | None, child_id: str
) -> list[Draft]:
    """The child's drafts on the server and, on a team store, those waiting on the laptop
    (a laptop draft stands in for the server's under the same id unless that one is newer).
    A laptop file that does not open is left out here: the next draft saved offline says so."""
    drafts = {d.id: d for d in repo.for_child(child_id)}
    if local is None:
        return list(drafts.values())
    try:
        waiting = local.for_child(child_id)
    except LocalDraftsUnreadable:
        waiting = []
    for draft in waiting:
        there = drafts.get(draft.id)
        if there is None or there.updated_at <= draft.updated_at:
            drafts[draft.id] = draft
    return sorted(drafts.values(), key=lambda d: d.updated_at)
