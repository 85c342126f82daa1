"""Key slot management for an open vault: members, passphrases, recovery code.

Each change rewrites only the affected slot(s) of the key file (main and
mirror) and is logged as KEY_CHANGE. The database key itself is never touched here.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import replace

from kansencirkel.core.enums import Role
from kansencirkel.core.i18n import N_
from kansencirkel.core.model import TeamMember
from kansencirkel.vault import keyring_access
from kansencirkel.vault.errors import InputRejected, NotFound, VaultError
from kansencirkel.vault.keyfile import KeyFile
from kansencirkel.vault.keyring_access import KeyringStatus
from kansencirkel.vault.keyslots import normalise_recovery_code
from kansencirkel.vault.lifecycle import (
    member_slot,
    recovery_slot,
    require_passphrase,
    require_text,
)
from kansencirkel.vault.opened import OpenVault
from kansencirkel.vault.rotate import rotate_key
from kansencirkel.vault.unlock import unlock_member


def member_not_found() -> NotFound:
    return NotFound(N_("Dit teamlid staat niet in de kluis."))


class KeySlots:
    """Who can unlock an open vault, and with what: members, passphrases, recovery code,
    rotation of the database key. Each change is one rewritten slot (except a rotation)."""

    def __init__(self, opened: OpenVault) -> None:
        self._open = opened
        self._keyring_status: KeyringStatus | None = None

    @property
    def actor(self) -> TeamMember:
        """Who opened the vault (whose own slot these keys start from)."""
        return self._open.actor

    @property
    def members(self) -> tuple[TeamMember, ...]:
        return self._open.keyfile.members

    @property
    def keyfile(self) -> KeyFile:
        """The slots as they are now (read-only: changes go through the methods below)."""
        return self._open.keyfile

    @property
    def keyring_status(self) -> KeyringStatus:
        """What protects the acting member's slot on this computer (settings, unlock)."""
        if self._keyring_status is None:
            status = keyring_access.keyring_status()
            slot = self._open.keyfile.member_slot(self._open.actor.id)
            if status.available and slot is not None and slot.device_secret is None:
                status = keyring_access.not_used_by_slot(status)
            self._keyring_status = status
        return self._keyring_status

    def _save_keyfile(
        self, kf: KeyFile, record_type: str, record_id: str | None, detail: str
    ) -> None:
        """Save the key file and its KEY_CHANGE event together (both or neither)."""
        self._open.change_keys(kf, record_type, record_id, detail=detail)
        self._keyring_status = None  # the actor's slot may have changed

    def add_member(self, name: str, role: Role, passphrase: str) -> TeamMember:
        name = require_text(name, N_("Vul een naam in."))
        require_passphrase(passphrase)
        member = TeamMember(id=uuid.uuid4().hex, name=name, role=Role(role))
        slot = member_slot(
            self._open.keyfile, member.id, passphrase, self._open.db_key, self._open.base_kdf
        )
        kf = self._open.keyfile.with_slot(slot)
        self._save_keyfile(replace(kf, members=(*kf.members, member)), "member", member.id, "add")
        return member

    def remove_member(self, member_id: str) -> None:
        """Delete the member and their slot; their passphrase stops working at once."""
        if self._open.keyfile.member(member_id) is None:
            raise member_not_found()
        if len(self._open.keyfile.members) <= 1:
            raise InputRejected(N_("Het laatste teamlid kan niet worden verwijderd."))
        kf = replace(
            self._open.keyfile,
            members=tuple(m for m in self._open.keyfile.members if m.id != member_id),
            slots=tuple(s for s in self._open.keyfile.slots if s.member_id != member_id),
        )
        self._save_keyfile(kf, "member", member_id, "remove")

    def change_passphrase(self, member_id: str, old: str, new: str) -> None:
        """Check the old passphrase against the member's slot, then rewrite that slot."""
        require_passphrase(new)
        unlock_member(self._open.path, self._open.keyfile, member_id, old)
        self._replace_member_slot(member_id, new)

    def reset_passphrase(self, member_id: str, new: str) -> None:
        """Set a member's passphrase without the old one: only after unlocking with the
        recovery code (forgotten passphrase, new laptop, lost keyring)."""
        if not self._open.opened_with_recovery:
            raise VaultError(
                N_("Open de kluis met de herstelcode om een wachtwoord opnieuw in te stellen.")
            )
        require_passphrase(new)
        self._replace_member_slot(member_id, new)

    def _replace_member_slot(self, member_id: str, new: str) -> None:
        old_slot = self._open.keyfile.member_slot(member_id)
        if old_slot is None:
            raise member_not_found()
        slot = member_slot(
            self._open.keyfile, member_id, new, self._open.db_key, self._open.base_kdf
        )
        kf = self._open.keyfile.with_slot(slot, replacing=old_slot)
        self._save_keyfile(kf, "member", member_id, "passphrase")

    def check_own_passphrase(self, passphrase: str) -> None:
        """Prove it is still the signed-in member at the keyboard before a key change that
        needs no old secret (a new recovery code): `WrongPassphrase` when it does not open
        their slot. Writes nothing; a wrong one is logged as a failed unlock, as at unlock."""
        unlock_member(self._open.path, self._open.keyfile, self._open.actor.id, passphrase)

    def replace_recovery_code(self, code: str) -> None:
        """Make ``code`` the recovery code; the old one stops working.

        Two steps, so a crash can never leave a vault whose only recovery code nobody saw:
        make the code (:func:`kansencirkel.vault.keyslots.new_recovery_code`), show it and
        have it confirmed, and only then call this. Until this returns the old code is valid."""
        if normalise_recovery_code(code) is None:
            raise InputRejected(N_("Dit is geen herstelcode."))
        slot = recovery_slot(self._open.keyfile, code, self._open.db_key, self._open.base_kdf)
        kf = self._open.keyfile.with_slot(slot, replacing=self._open.keyfile.recovery_slot())
        self._save_keyfile(kf, "recovery", None, "new recovery code")

    def rotate(self, passphrases: Mapping[str, str], recovery_code: str) -> None:
        """Re-encrypt the database under a new key; needs every member's passphrase
        (member id → passphrase) and the recovery code, which all stay valid."""
        rotate_key(self._open, passphrases, recovery_code)
        self._keyring_status = None
