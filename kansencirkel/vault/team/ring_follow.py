"""An open team follows its key ring: a rotation (``team rotate-key``, ``team member remove``)
takes effect in every open app at its next transaction, not at its next unlock.

Without this an app open during a rotation would go on sealing with the old data key, which
a removed member still holds, and could not open what the others seal with the new one.
So every transaction of a member's engine, as it begins:

1. takes the team's key lock in shared mode (with naming its team, :func:`.store.team_engine`).
   A rotation takes it exclusively (:func:`hold_keys`, in the administrator's transaction):
   it waits for the transactions under way, and transactions that begin meanwhile wait for
   it, so no value is sealed with a key that is being retired;
2. reads the member's ring box, in a statement of its own so that it sees a rotation that
   committed while it waited. When it is not the box this engine's ring came from, the new
   ring is opened with the member's private key (kept in memory since the unlock, like the
   ring itself) and put on the engine. No box: the member was removed, one sentence.
"""

from __future__ import annotations

import sqlalchemy
from sqlalchemy import event

from kansencirkel.core.i18n import N_
from kansencirkel.vault.errors import VaultDamaged, VaultError
from kansencirkel.vault.sealed import attach_cipher
from kansencirkel.vault.team.keyring_cipher import KeyRing, RingUnreadable
from kansencirkel.vault.team.members import read_box
from kansencirkel.vault.team.store import KEY_LOCK

NOT_A_MEMBER = N_("Deze login is geen lid (meer) van dit team.")
RING_DAMAGED = N_("De sleutels van dit team op de teamserver zijn beschadigd.")
_RING_ATTRIBUTE = "kansencirkel_key_ring"


def put_ring(engine: sqlalchemy.Engine, ring: KeyRing) -> None:
    """Seal and open this engine's fields with ``ring`` from now on."""
    attach_cipher(engine.dialect, ring)
    setattr(engine.dialect, _RING_ATTRIBUTE, ring)


def key_ring_of(engine: sqlalchemy.Engine) -> KeyRing:
    """The key ring on a member's engine (as it is now: it follows rotations)."""
    ring = getattr(engine.dialect, _RING_ATTRIBUTE, None)
    if not isinstance(ring, KeyRing):
        raise ValueError("not an opened team engine")
    return ring


def hold_keys(conn: sqlalchemy.Connection, team_id: str) -> None:
    """In a rotation's transaction: no member transaction of the team runs until it ends."""
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({KEY_LOCK})", {"team": team_id})


def open_ring(team_id: str, login: str, box: str, private: bytes) -> KeyRing:
    try:
        return KeyRing.open_box(team_id, login, box, private)
    except RingUnreadable:
        raise VaultDamaged(RING_DAMAGED) from None


class RingFollower:
    """The ``begin`` hook of one member's engine (see the module)."""

    def __init__(
        self, engine: sqlalchemy.Engine, login: str, private: bytes, ring: KeyRing, box: str
    ) -> None:
        self._engine, self._login, self._private = engine, login, private
        self._team_id, self._box = ring.team_id, box
        put_ring(engine, ring)

    def begin(self, conn: sqlalchemy.Connection) -> None:
        box = read_box(conn, self._login)
        if box is None:
            raise VaultError(NOT_A_MEMBER)
        if box != self._box:
            put_ring(self._engine, open_ring(self._team_id, self._login, box, self._private))
            self._box = box


def follow_ring(
    engine: sqlalchemy.Engine, login: str, private: bytes, ring: KeyRing, box: str
) -> None:
    """Put ``ring`` (opened from ``box``) on the engine, and follow it from now on."""
    follower = RingFollower(engine, login, private, ring, box)
    event.listen(engine, "begin", follower.begin)
