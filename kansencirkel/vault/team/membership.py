"""Founding a team on a server and opening it as a member, with one passphrase.

From the passphrase one Argon2id run gives the member's PostgreSQL login password and the
secret of their key slot (:mod:`.login`); the server only ever receives a SCRAM verifier and
sealed rows. What the app remembers of a team (:class:`TeamProfile`) holds no secret.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy
from sqlalchemy.exc import DBAPIError, OperationalError

from kansencirkel.core import clock
from kansencirkel.core.i18n import N_
from kansencirkel.vault import schema
from kansencirkel.vault.errors import VaultError, WrongPassphrase
from kansencirkel.vault.kdf import KdfParams
from kansencirkel.vault.keyslots import SlotLocked, new_recovery_code
from kansencirkel.vault.sealed import attach_cipher
from kansencirkel.vault.team import roles
from kansencirkel.vault.team.fields import FieldCipher
from kansencirkel.vault.team.login import derive_member_secrets, scram_sha256_verifier
from kansencirkel.vault.team.slots import (
    new_data_key,
    open_member_slot,
    slot_from_row,
    slot_to_row,
    wrap_for_member,
    wrap_for_recovery,
)
from kansencirkel.vault.team.store import ServerAddress, team_engine

SERVER_NOT_TRUSTED = N_(
    "Het certificaat van de teamserver hoort niet bij het team: er is geen verbinding gemaakt."
)
SERVER_UNREACHABLE = N_("De teamserver is niet bereikbaar. Controleer het netwerk.")
NOT_A_MEMBER = N_("Deze login is geen lid (meer) van dit team.")
SCHEMA_OUTDATED = N_("De teamserver heeft een andere versie van de gegevens dan deze app.")


@dataclass(frozen=True, slots=True)
class TeamProfile:
    """What the app remembers of a team: where, which team, who, and the KDF cost the login
    password needs before anything can be read from the server. No secret."""

    address: ServerAddress
    team_id: str
    login: str
    kdf: KdfParams


@dataclass(frozen=True, slots=True)
class FoundedTeam:
    profile: TeamProfile
    recovery_code: str  # shown once, like the laptop vault's


def _connect_error(exc: DBAPIError) -> VaultError:
    text = str(getattr(exc, "orig", exc)).lower()
    if "password authentication failed" in text:
        return WrongPassphrase()
    if "certificate" in text or "ssl" in text:
        return VaultError(SERVER_NOT_TRUSTED)
    if "does not exist" in text and "role" in text:
        return VaultError(NOT_A_MEMBER)
    return VaultError(SERVER_UNREACHABLE)


def found_team(
    admin_engine: sqlalchemy.Engine,
    address: ServerAddress,
    *,
    login: str,
    member_name: str,
    passphrase: str,
    kdf: KdfParams,
) -> FoundedTeam:
    """Bring the server's schema to head and make a team with its first member; all or
    nothing. ``admin_engine`` is the school IT's administrator connection."""
    schema.upgrade_to_head(admin_engine)
    team_id = str(uuid.uuid4())
    secrets = derive_member_secrets(passphrase, team_id, login, kdf)
    data_key, code = new_data_key(), new_recovery_code()
    cipher = FieldCipher(team_id, data_key)
    slots = [
        wrap_for_member(data_key, team_id, login, secrets.slot_secret, kdf),
        wrap_for_recovery(data_key, team_id, code, kdf),
    ]
    with admin_engine.begin() as conn:
        roles.create_team(conn, team_id)
        roles.create_login(conn, team_id, login, scram_sha256_verifier(secrets.login_password))
        for slot in slots:
            _insert_slot(conn, team_id, slot_to_row(slot))
        conn.exec_driver_sql(
            "INSERT INTO kc_members (team_id, login, member_id, name, added_at) "
            "VALUES (%(team)s, %(login)s, %(member)s, %(name)s, %(at)s)",
            {
                "team": team_id,
                "login": login,
                "member": str(uuid.uuid4()),
                "name": cipher.seal(member_name, table="kc_members", column="name"),
                "at": clock.now().replace(tzinfo=None),
            },
        )
    return FoundedTeam(TeamProfile(address, team_id, login, kdf), code)


def _insert_slot(conn: sqlalchemy.Connection, team_id: str, row: dict[str, Any]) -> None:
    conn.exec_driver_sql(
        "INSERT INTO kc_key_slots (team_id, id, type, member_login, kdf, salt, nonce, "
        "ciphertext, created_at) VALUES (%(team)s, %(id)s, %(type)s, %(member_login)s, "
        "%(kdf)s, %(salt)s, %(nonce)s, %(ciphertext)s, %(created_at)s)",
        {**row, "team": team_id, "kdf": json.dumps(row["kdf"])},
    )


def open_team(profile: TeamProfile, passphrase: str) -> sqlalchemy.Engine:
    """The member's engine on the team store, its field key in place; or one sentence why
    not (wrong passphrase: exit 3; server not trusted, unreachable, not a member: exit 1)."""
    secrets = derive_member_secrets(passphrase, profile.team_id, profile.login, profile.kdf)
    url = profile.address.url(profile.login, secrets.login_password)
    engine = team_engine(url, profile.team_id, None)
    try:
        with engine.connect() as conn:
            if schema.current_revision(engine) != schema.head_revision():
                raise VaultError(SCHEMA_OUTDATED)
            row = (
                conn.exec_driver_sql(
                    "SELECT id, type, member_login, kdf, salt, nonce, ciphertext, created_at "
                    "FROM kc_key_slots WHERE type = 'member' AND member_login = %(login)s",
                    {"login": profile.login},
                )
                .mappings()
                .first()
            )
    except OperationalError as exc:
        engine.dispose()
        raise _connect_error(exc) from None
    except DBAPIError:
        engine.dispose()
        raise VaultError(SCHEMA_OUTDATED) from None
    except VaultError:
        engine.dispose()
        raise
    if row is None:
        engine.dispose()
        raise VaultError(NOT_A_MEMBER)
    try:
        data_key = open_member_slot(slot_from_row(dict(row)), profile.team_id, secrets.slot_secret)
    except SlotLocked:
        engine.dispose()
        raise WrongPassphrase() from None
    attach_cipher(engine.dialect, FieldCipher(profile.team_id, data_key))
    return engine
