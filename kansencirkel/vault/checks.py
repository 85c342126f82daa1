"""`vault check`: page HMACs, database structure, schema at head, audit chain, key file."""

from __future__ import annotations

from dataclasses import dataclass

from kansencirkel.core.i18n import Message
from kansencirkel.vault import audit, keyfile, schema
from kansencirkel.vault.engine import damage_guard, integrity_check
from kansencirkel.vault.opened import OpenVault


@dataclass(frozen=True, slots=True)
class CheckReport:
    ok: bool
    integrity_problems: tuple[str, ...]  # page HMACs, SQLite structure
    schema_revision: str
    schema_head: str
    audit_ok: bool
    audit_checked: int
    audit_first_bad_seq: int | None
    #: The key file and its mirror: what was repaired (the newer valid copy wins), and what
    #: could not be (a full disk). Neither is damage to the vault's data.
    keyfile_repaired: tuple[Message, ...] = ()
    keyfile_problems: tuple[str, ...] = ()

    @property
    def schema_ok(self) -> bool:
        return bool(self.schema_head) and self.schema_revision == self.schema_head


def check_vault(opened: OpenVault) -> CheckReport:
    """Reads everything; writes only a stale or broken key file copy, from the one proved."""
    engine = opened.engine
    problems = tuple(integrity_check(engine))
    repaired = keyfile.repair(opened.path, opened.keyfile)
    head = schema.head_revision()
    with damage_guard():
        revision = schema.current_revision(engine) or ""
        with engine.connect() as conn:
            chain = audit.verify_chain(conn)
    ok = not problems and revision == head and chain.ok
    return CheckReport(
        ok,
        problems,
        revision,
        head,
        chain.ok,
        chain.checked,
        chain.first_bad_seq,
        keyfile_repaired=(Message(repaired),) if repaired else (),
        keyfile_problems=tuple(keyfile.health(opened.path)),
    )
