"""Key slot management for an open vault: members, passphrases, recovery code.

A mixin of `Vault`: each change rewrites only the affected slot(s) of the key file (main and
mirror) and is logged as KEY_CHANGE. The database key itself is never touched here.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from kansencirkel.core.enums import AuditKind, Role
from kansencirkel.core.i18n import N_
from kansencirkel.core.model import TeamMember
from kansencirkel.vault import keyfile
from kansencirkel.vault.errors import InputRejected, NotFound, VaultError
from kansencirkel.vault.kdf import KdfParams
from kansencirkel.vault.keyfile import KeyFile
from kansencirkel.vault.keyring_access import KeyringStatus
from kansencirkel.vault.keyslots import new_recovery_code
from kansencirkel.vault.lifecycle import (
    member_slot,
    recovery_slot,
    require_passphrase,
    require_text,
)
from kansencirkel.vault.unlock import unlock_member


def member_not_found() -> NotFound:
    return NotFound(N_("Dit teamlid staat niet in de kluis."))


class MemberManagement:
    """Provided by `Vault`: the attributes and members declared here."""

    _path: Path
    _kf: KeyFile
    _keyring_status: KeyringStatus | None

    @property
    def db_key(self) -> bytes:
        raise NotImplementedError

    @property
    def base_kdf(self) -> KdfParams:
        raise NotImplementedError

    @property
    def opened_with_recovery(self) -> bool:
        raise NotImplementedError

    def log(
        self,
        kind: AuditKind,
        record_type: str,
        record_id: str | None = None,
        *,
        detail: str = "",
        at: datetime | None = None,
    ) -> None:
        raise NotImplementedError

    def _save_keyfile(self, kf: KeyFile) -> None:
        keyfile.save(self._path, kf)
        self._kf = kf
        self._keyring_status = None  # the actor's slot may have changed

    def add_member(self, name: str, role: Role, passphrase: str) -> TeamMember:
        name = require_text(name, N_("Vul een naam in."))
        require_passphrase(passphrase)
        member = TeamMember(id=uuid.uuid4().hex, name=name, role=Role(role))
        slot = member_slot(self._kf, member.id, passphrase, self.db_key, self.base_kdf)
        kf = self._kf.with_slot(slot)
        self._save_keyfile(replace(kf, members=(*kf.members, member)))
        self.log(AuditKind.KEY_CHANGE, "member", member.id, detail="add")
        return member

    def remove_member(self, member_id: str) -> None:
        """Delete the member and their slot; their passphrase stops working at once."""
        if self._kf.member(member_id) is None:
            raise member_not_found()
        if len(self._kf.members) <= 1:
            raise InputRejected(N_("Het laatste teamlid kan niet worden verwijderd."))
        kf = replace(
            self._kf,
            members=tuple(m for m in self._kf.members if m.id != member_id),
            slots=tuple(s for s in self._kf.slots if s.member_id != member_id),
        )
        self._save_keyfile(kf)
        self.log(AuditKind.KEY_CHANGE, "member", member_id, detail="remove")

    def change_passphrase(self, member_id: str, old: str, new: str) -> None:
        """Check the old passphrase against the member's slot, then rewrite that slot."""
        require_passphrase(new)
        unlock_member(self._path, self._kf, member_id, old)
        self._replace_member_slot(member_id, new)

    def reset_passphrase(self, member_id: str, new: str) -> None:
        """Set a member's passphrase without the old one: only after unlocking with the
        recovery code (forgotten passphrase, new laptop, lost keyring)."""
        if not self.opened_with_recovery:
            raise VaultError(
                N_("Open de kluis met de herstelcode om een wachtwoord opnieuw in te stellen.")
            )
        require_passphrase(new)
        self._replace_member_slot(member_id, new)

    def _replace_member_slot(self, member_id: str, new: str) -> None:
        old_slot = self._kf.member_slot(member_id)
        if old_slot is None:
            raise member_not_found()
        slot = member_slot(self._kf, member_id, new, self.db_key, self.base_kdf)
        self._save_keyfile(self._kf.with_slot(slot, replacing=old_slot))
        self.log(AuditKind.KEY_CHANGE, "member", member_id, detail="passphrase")

    def new_recovery_code(self) -> str:
        """Replace the recovery slot; the old code stops working. Show the new one once."""
        code = new_recovery_code()
        slot = recovery_slot(self._kf, code, self.db_key, self.base_kdf)
        self._save_keyfile(self._kf.with_slot(slot, replacing=self._kf.recovery_slot()))
        self.log(AuditKind.KEY_CHANGE, "recovery", None, detail="new recovery code")
        return code
