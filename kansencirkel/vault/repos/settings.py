"""Vault-level settings (e.g. ``retention_years``, the comparison window), shared by everyone
who opens the vault."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kansencirkel.core.changes import Changes, Written
from kansencirkel.core.enums import AuditKind
from kansencirkel.core.i18n import N_
from kansencirkel.core.kinds import (
    ACTION_KINDS_KEY,
    KindEditRefused,
    KindList,
    kinds_from_setting,
    kinds_to_setting,
    with_added,
    with_renamed,
    with_retired,
)
from kansencirkel.core.window import COMPARE_MONTHS_KEY, compare_months
from kansencirkel.vault.models import SettingRow
from kansencirkel.vault.repos.base import RepoContext, reject
from kansencirkel.vault.upsert import insert_or_update


def read_action_kinds(s: Session) -> KindList:
    """The vault's kinds of afspraken: its own list, else the bundled one."""
    return kinds_from_setting(
        s.scalar(select(SettingRow.value).where(SettingRow.key == ACTION_KINDS_KEY))
    )


def check_kind(s: Session, kind: object, current: str | None = None) -> str | None:
    """None, or a key in the vault's current list of kinds that is still in use; a retired
    kind only where the afspraak already carries it (``current``)."""
    if kind is None or kind == "":
        return None
    kinds = read_action_kinds(s)
    found = kinds.get(kind) if isinstance(kind, str) else None
    if found is None:
        raise reject(N_("Deze soort afspraak staat niet in de lijst van deze kluis."))
    if found.retired and found.key != current:
        raise reject(N_("Deze soort afspraak is uit gebruik genomen."))
    return found.key


def read_compare_months(s: Session) -> int:
    """The window (months) within which perspectives' readings are compared."""
    return compare_months(
        s.scalar(select(SettingRow.value).where(SettingRow.key == COMPARE_MONTHS_KEY))
    )


def _set_row(s: Session, key: str, value: str) -> Any:
    row = {"key": key, "value": value}
    return insert_or_update(s.connection(), SettingRow, row, keys=["key"], update=["value"])


class SettingsRepository:
    def __init__(self, ctx: RepoContext) -> None:
        self._ctx = ctx

    def get(self, key: str, default: str | None = None) -> str | None:
        with self._ctx.tx() as s:
            value = s.scalar(select(SettingRow.value).where(SettingRow.key == key))
            return default if value is None else value

    def set(self, key: str, value: object) -> Changes:
        if not key or len(key) > 100:
            raise reject(N_("Deze instelling bestaat niet."))
        with self._ctx.tx() as s:
            s.execute(_set_row(s, key, str(value)))
            self._ctx.audit(s, AuditKind.CHANGE, "setting", detail=f"key:{key}")
        return Changes(settings=True, child_list=True)  # attention rules read settings

    def all(self) -> dict[str, str]:
        with self._ctx.tx() as s:
            return {k: v for k, v in s.execute(select(SettingRow.key, SettingRow.value))}

    def compare_months(self) -> int:
        with self._ctx.tx() as s:
            return read_compare_months(s)

    def action_kinds(self) -> KindList:
        """The vault's kinds of afspraken: its own list, else the bundled one."""
        with self._ctx.tx() as s:
            return read_action_kinds(s)

    def add_kind(self, name: str, english: str | None = None) -> Written[KindList]:
        """Add a kind to the vault's list (its first edit copies the bundled list)."""
        return self._edit_kinds("add", lambda kinds: with_added(kinds, name, english))

    def rename_kind(self, key: str, name: str, english: str | None = None) -> Written[KindList]:
        """Give a kind a new name; its key, and so every afspraak that carries it, stays."""
        return self._edit_kinds("rename", lambda kinds: with_renamed(kinds, key, name, english))

    def retire_kind(self, key: str, retired: bool = True) -> Written[KindList]:
        """Take a kind out of use for new afspraken (or back in, ``retired=False``)."""
        op = "retire" if retired else "restore"
        return self._edit_kinds(op, lambda kinds: with_retired(kinds, key, retired))

    def _edit_kinds(self, op: str, edit: Callable[[KindList], KindList]) -> Written[KindList]:
        """Read, edit and store the list in one transaction, with one CHANGE event that names
        the edit, never a label."""
        with self._ctx.tx() as s:
            try:
                kinds = edit(read_action_kinds(s))
            except KindEditRefused as exc:
                raise reject(exc.msgid) from None
            value = kinds_to_setting(kinds.kinds)
            s.execute(_set_row(s, ACTION_KINDS_KEY, value))
            self._ctx.audit(s, AuditKind.CHANGE, "setting", detail=f"key:{ACTION_KINDS_KEY}:{op}")
        return Written(kinds, Changes(settings=True))
