"""Founding a team on a server and opening it as a member, with one passphrase.

From the passphrase one Argon2id run gives the member's PostgreSQL login password and the
secret of their key slot (:mod:`.login`); the server only ever receives a SCRAM verifier and
sealed rows. What the app remembers of a team (:class:`TeamProfile`) holds no secret.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy
from sqlalchemy.exc import DBAPIError, OperationalError

from kansencirkel.core.enums import Role
from kansencirkel.core.i18n import N_
from kansencirkel.core.model import TeamMember
from kansencirkel.vault import schema
from kansencirkel.vault.errors import VaultDamaged, VaultError, WrongPassphrase
from kansencirkel.vault.kdf import KdfParams
from kansencirkel.vault.keyslots import SlotLocked, new_recovery_code
from kansencirkel.vault.team import members, roles
from kansencirkel.vault.team.keyring_cipher import KeyRing
from kansencirkel.vault.team.login import derive_member_secrets
from kansencirkel.vault.team.ring_follow import (
    NOT_A_MEMBER,
    follow_ring,
    hold_keys,
    key_ring_of,
    open_ring,
)
from kansencirkel.vault.team.slots import open_member_slot, slot_from_row
from kansencirkel.vault.team.store import ServerAddress, team_engine

SERVER_NOT_TRUSTED = N_(
    "Het certificaat van de teamserver hoort niet bij het team: er is geen verbinding gemaakt."
)
SERVER_UNREACHABLE = N_("De teamserver is niet bereikbaar. Controleer het netwerk.")
SCHEMA_OUTDATED = N_(
    "De teamserver heeft een andere versie van de gegevens dan deze app: werk de app bij, of "
    "laat de beheerder de server bijwerken met 'kansencirkel team upgrade'."
)


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


_ROLES = frozenset(r.value for r in Role)


def found_team(
    admin_engine: sqlalchemy.Engine,
    address: ServerAddress,
    *,
    login: str,
    member_name: str,
    passphrase: str,
    kdf: KdfParams,
    member_role: Role = Role.IB,
    deliver: Callable[[str], None] | None = None,
) -> FoundedTeam:
    """Bring the server's schema to head and make a team with its first member; all or
    nothing. ``admin_engine`` is the school IT's administrator connection. ``deliver`` gets
    the recovery code before the team is committed (raising there makes no team)."""
    schema.upgrade_to_head(admin_engine)
    team_id = str(uuid.uuid4())
    code = new_recovery_code()
    with admin_engine.begin() as conn:
        roles.create_team(conn, team_id)
        ring = members.add_recovery(conn, KeyRing.new(team_id), code, kdf)
        members.add_holder(
            conn,
            ring,
            login=login,
            name=member_name,
            role=member_role,
            passphrase=passphrase,
            kdf=kdf,
        )
        if deliver is not None:
            deliver(code)
    return FoundedTeam(TeamProfile(address, team_id, login, kdf), code)


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
            box = members.read_box(conn, profile.login)
    except OperationalError as exc:
        engine.dispose()
        raise _connect_error(exc) from None
    except DBAPIError:
        engine.dispose()
        raise VaultError(SCHEMA_OUTDATED) from None
    except VaultError:
        engine.dispose()
        raise
    if row is None or box is None:
        engine.dispose()
        raise VaultError(NOT_A_MEMBER)
    try:
        private = open_member_slot(slot_from_row(dict(row)), profile.team_id, secrets.slot_secret)
    except SlotLocked:
        engine.dispose()
        raise WrongPassphrase() from None
    try:
        ring = open_ring(profile.team_id, profile.login, box, private)
    except VaultDamaged:
        engine.dispose()
        raise
    follow_ring(engine, profile.login, private, ring, box)  # through rotations from now on
    return engine


def load_ring(conn: sqlalchemy.Connection, profile: TeamProfile, passphrase: str) -> KeyRing:
    """The team's key ring inside an administrator's transaction, opened with a member's
    passphrase; the team's row is locked first, so two administrators never rotate at once,
    and the team's keys are held: members' transactions wait until this one ends."""
    hold_keys(conn, profile.team_id)
    team = conn.exec_driver_sql(
        "SELECT id FROM kc_teams WHERE id = %(team)s FOR UPDATE", {"team": profile.team_id}
    ).first()
    if team is None or not members.is_member(conn, profile.team_id, profile.login):
        raise VaultError(NOT_A_MEMBER)
    secrets = derive_member_secrets(passphrase, profile.team_id, profile.login, profile.kdf)
    row = (
        conn.exec_driver_sql(
            "SELECT id, type, member_login, kdf, salt, nonce, ciphertext, created_at "
            "FROM kc_key_slots WHERE team_id = %(team)s AND type = 'member' "
            "AND member_login = %(login)s",
            {"team": profile.team_id, "login": profile.login},
        )
        .mappings()
        .first()
    )
    box = conn.exec_driver_sql(
        "SELECT value FROM meta WHERE team_id = %(team)s AND key = %(key)s",
        {"team": profile.team_id, "key": members.BOX_PREFIX + profile.login},
    ).scalar()
    if row is None or box is None:
        raise VaultError(NOT_A_MEMBER)
    try:
        private = open_member_slot(slot_from_row(dict(row)), profile.team_id, secrets.slot_secret)
    except SlotLocked:
        raise WrongPassphrase() from None
    return open_ring(profile.team_id, profile.login, str(box), private)


def connect_error(exc: DBAPIError) -> VaultError:
    """One sentence for a connection that failed (wrong password, CA, unreachable)."""
    return _connect_error(exc)


def member_of(engine: sqlalchemy.Engine, login: str) -> TeamMember:
    """Who ``login`` is in the team, as the repositories name their actor (name unsealed
    with the engine's key ring); :data:`NOT_A_MEMBER` when the team no longer has them."""
    with engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT member_id, name, role FROM kc_members "
            "WHERE login = %(login)s AND removed_at IS NULL",
            {"login": login},
        ).first()
    if row is None:
        raise VaultError(NOT_A_MEMBER)
    ring = key_ring_of(engine)
    name = ring.open(str(row[1]), table="kc_members", column="name")
    sealed_role = row[2]  # None: added before the server knew roles (0010)
    role = ring.open(str(sealed_role), table="kc_members", column="role") if sealed_role else ""
    return TeamMember(id=str(row[0]), name=name, role=Role(role) if role in _ROLES else Role.ANDERS)
