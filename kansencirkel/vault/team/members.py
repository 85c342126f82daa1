"""A team's holders on the server: their slots and ring boxes, adding and removing members,
and rotating the data key (issue #15). Run inside one administrator transaction, with every
statement naming the team explicitly (the administrator is no member of it).

- a holder's *slot* (:mod:`.slots`) wraps its X25519 private key; its *ring box* (a ``meta``
  row ``kc_ring_box:<holder>``) holds the key ring sealed to its public key.
- rotating: a new current data key, every sealed field of the team's rows sealed again with
  it (the audit log excepted: append-only, its rows keep their older key, which the ring
  keeps), and a new box for every remaining holder.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import sqlalchemy
from sqlalchemy import Connection

from kansencirkel.core import clock
from kansencirkel.core.enums import Role
from kansencirkel.core.i18n import N_
from kansencirkel.vault.errors import VaultDamaged, WrongRecoveryCode
from kansencirkel.vault.kdf import KdfParams
from kansencirkel.vault.keyslots import SlotLocked
from kansencirkel.vault.models import Base
from kansencirkel.vault.sealed import Sealed, SealedDate
from kansencirkel.vault.team import roles
from kansencirkel.vault.team.fields import FieldUnreadable
from kansencirkel.vault.team.keyring_cipher import (
    RECOVERY_HOLDER,
    KeyRing,
    RingUnreadable,
    new_holder_key,
)
from kansencirkel.vault.team.login import derive_member_secrets, scram_sha256_verifier
from kansencirkel.vault.team.slots import (
    open_recovery_slot,
    slot_from_row,
    slot_to_row,
    wrap_for_member,
    wrap_for_recovery,
)

BOX_PREFIX = "kc_ring_box:"
APPEND_ONLY = frozenset({"audit_events"})
NOT_RESEALED = N_(
    "Een versleuteld veld van dit team opent niet; de sleutel is niet vernieuwd. "
    "Controleer het team met 'kansencirkel team check'."
)
#: Sealed columns outside the models: (table, primary key, columns).
EXTRA_SEALED = (("kc_members", ("login",), ("name", "role")),)


def sealed_columns() -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(table, primary key columns, sealed columns) of every table with sealed fields."""
    found = []
    for table in Base.metadata.sorted_tables:
        sealed = tuple(c.name for c in table.columns if isinstance(c.type, Sealed | SealedDate))
        if sealed:
            found.append((table.name, tuple(c.name for c in table.primary_key), sealed))
    found.extend(EXTRA_SEALED)
    return found


def insert_slot(conn: Connection, team_id: str, row: dict[str, Any]) -> None:
    conn.exec_driver_sql(
        "INSERT INTO kc_key_slots (team_id, id, type, member_login, kdf, salt, nonce, "
        "ciphertext, created_at) VALUES (%(team)s, %(id)s, %(type)s, %(member_login)s, "
        "%(kdf)s, %(salt)s, %(nonce)s, %(ciphertext)s, %(created_at)s)",
        {**row, "team": team_id, "kdf": json.dumps(row["kdf"])},
    )


def write_boxes(conn: Connection, ring: KeyRing) -> None:
    """One box per holder of ``ring``; boxes of holders no longer in it are removed."""
    conn.exec_driver_sql(
        "DELETE FROM meta WHERE team_id = %(team)s AND key LIKE 'kc\\_ring\\_box:%%'",
        {"team": ring.team_id},
    )
    for holder in ring.holders:
        conn.exec_driver_sql(
            "INSERT INTO meta (team_id, key, value) VALUES (%(team)s, %(key)s, %(value)s)",
            {"team": ring.team_id, "key": BOX_PREFIX + holder, "value": ring.box_for(holder)},
        )


def read_box(conn: Connection, holder: str) -> str | None:
    """The box of ``holder`` in the transaction's team (a member's own connection)."""
    value = conn.exec_driver_sql(
        "SELECT value FROM meta WHERE key = %(key)s", {"key": BOX_PREFIX + holder}
    ).scalar()
    return None if value is None else str(value)


def _sealed_role(ring: KeyRing, role: Role) -> str:
    return ring.seal(Role(role).value, table="kc_members", column="role")


def add_member_row(conn: Connection, ring: KeyRing, login: str, name: str, role: Role) -> None:
    conn.exec_driver_sql(
        "INSERT INTO kc_members (team_id, login, member_id, name, role, added_at) "
        "VALUES (%(team)s, %(login)s, %(member)s, %(name)s, %(role)s, %(at)s)",
        {
            "team": ring.team_id,
            "login": login,
            "member": str(uuid.uuid4()),
            "name": ring.seal(name, table="kc_members", column="name"),
            "role": _sealed_role(ring, role),
            "at": clock.now().replace(tzinfo=None),
        },
    )


def add_holder(
    conn: Connection,
    ring: KeyRing,
    *,
    login: str,
    name: str,
    role: Role,
    passphrase: str,
    kdf: KdfParams,
) -> KeyRing:
    """A new member: login role (SCRAM verifier), slot, member row (``role``: leerkracht,
    IB'er, …); boxes for everyone."""
    secrets = derive_member_secrets(passphrase, ring.team_id, login, kdf)
    private, public = new_holder_key()
    roles.create_login(conn, ring.team_id, login, scram_sha256_verifier(secrets.login_password))
    slot = wrap_for_member(private, ring.team_id, login, secrets.slot_secret, kdf)
    insert_slot(conn, ring.team_id, slot_to_row(slot))
    add_member_row(conn, ring, login, name, role)
    grown = ring.with_holders({**ring.holders, login: public})
    write_boxes(conn, grown)
    return grown


def add_recovery(conn: Connection, ring: KeyRing, code: str, kdf: KdfParams) -> KeyRing:
    private, public = new_holder_key()
    slot = wrap_for_recovery(private, ring.team_id, code, kdf)
    insert_slot(conn, ring.team_id, slot_to_row(slot))
    return ring.with_holders({**ring.holders, RECOVERY_HOLDER: public})


def reseal(conn: Connection, old: KeyRing, new: KeyRing) -> int:
    """Seal every rewritable sealed field of the team again with ``new``'s current key."""
    changed = 0
    for table, key, columns in sealed_columns():
        if table in APPEND_ONLY:
            continue
        names = ", ".join(f'"{c}"' for c in key + columns)
        rows = conn.exec_driver_sql(
            f'SELECT {names} FROM "{table}" WHERE team_id = %(team)s', {"team": old.team_id}
        ).all()
        sets = ", ".join(f'"{c}" = %(v_{c})s' for c in columns)
        where = " AND ".join(f'"{c}" = %(k_{c})s' for c in key)
        for row in rows:
            values: dict[str, Any] = {"team": old.team_id}
            values |= {f"k_{c}": row[i] for i, c in enumerate(key)}
            for i, column in enumerate(columns):
                text = row[len(key) + i]
                values[f"v_{column}"] = (
                    None if text is None else _reseal(old, new, text, table, column)
                )
            conn.exec_driver_sql(
                f'UPDATE "{table}" SET {sets} WHERE team_id = %(team)s AND {where}', values
            )
            changed += 1
    return changed


def _reseal(old: KeyRing, new: KeyRing, text: object, table: str, column: str) -> str:
    try:
        plain = old.open(str(text), table=table, column=column)
    except FieldUnreadable:
        raise VaultDamaged(NOT_RESEALED) from None
    return new.seal(plain, table=table, column=column)


def rotate(conn: Connection, ring: KeyRing) -> KeyRing:
    """A new current key, the team's rows sealed with it, new boxes; returns the new ring."""
    new = ring.rotated()
    reseal(conn, ring, new)
    write_boxes(conn, new)
    return new


def remove_member(conn: Connection, ring: KeyRing, login: str) -> KeyRing:
    """Login dropped (its sessions ended), slot and box gone, member marked removed, key
    rotated: a copy of the old ring opens nothing written from now on."""
    roles.drop_login(conn, login)
    conn.exec_driver_sql(
        "DELETE FROM kc_key_slots WHERE team_id = %(team)s AND member_login = %(login)s",
        {"team": ring.team_id, "login": login},
    )
    conn.exec_driver_sql(
        "UPDATE kc_members SET removed_at = %(at)s WHERE team_id = %(team)s AND login = %(login)s",
        {"team": ring.team_id, "login": login, "at": clock.now().replace(tzinfo=None)},
    )
    holders = {h: p for h, p in ring.holders.items() if h != login}
    return rotate(conn, ring.with_holders(holders))


def set_role(conn: Connection, ring: KeyRing, login: str, role: Role) -> None:
    """A member's role, sealed with the team's current key (a member added before the
    server kept roles, or one who now has another role in the kernteam)."""
    conn.exec_driver_sql(
        "UPDATE kc_members SET role = %(role)s WHERE team_id = %(team)s AND login = %(login)s",
        {
            "team": ring.team_id,
            "login": login,
            "role": _sealed_role(ring, role),
        },
    )


def is_member(conn: Connection, team_id: str, login: str) -> bool:
    found = conn.exec_driver_sql(
        "SELECT 1 FROM kc_members WHERE team_id = %(team)s AND login = %(login)s "
        "AND removed_at IS NULL",
        {"team": team_id, "login": login},
    ).first()
    return found is not None


def unreadable_values(conn: Connection, ring: KeyRing) -> list[str]:
    """``table.column`` of every sealed value in the transaction's team that does not open."""
    bad: list[str] = []
    for table, _key, columns in sealed_columns():
        names = ", ".join(f'"{c}"' for c in columns)
        for row in conn.execute(sqlalchemy.text(f'SELECT {names} FROM "{table}"')):
            for column, text in zip(columns, row, strict=True):
                if text is None:
                    continue
                try:
                    ring.open(str(text), table=table, column=column)
                except FieldUnreadable:
                    bad.append(f"{table}.{column}")
    return bad


def open_with_recovery(conn: Connection, team_id: str, code: str) -> KeyRing:
    """The team's ring through the recovery slot and box (an administrator's connection)."""
    row = (
        conn.exec_driver_sql(
            "SELECT id, type, member_login, kdf, salt, nonce, ciphertext, created_at "
            "FROM kc_key_slots WHERE team_id = %(team)s AND type = 'recovery'",
            {"team": team_id},
        )
        .mappings()
        .first()
    )
    box = conn.exec_driver_sql(
        "SELECT value FROM meta WHERE team_id = %(team)s AND key = %(key)s",
        {"team": team_id, "key": BOX_PREFIX + RECOVERY_HOLDER},
    ).scalar()
    if row is None or box is None:
        raise WrongRecoveryCode()
    try:
        private = open_recovery_slot(slot_from_row(dict(row)), team_id, code)
        return KeyRing.open_box(team_id, RECOVERY_HOLDER, str(box), private)
    except (SlotLocked, RingUnreadable):
        raise WrongRecoveryCode() from None
