"""Vault-level settings (e.g. ``retention_years``, the comparison window), shared by everyone
who opens the vault."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from kansencirkel.core.changes import Changes
from kansencirkel.core.enums import AuditKind
from kansencirkel.core.i18n import N_
from kansencirkel.core.kinds import ACTION_KINDS_KEY, KindList, kinds_from_setting
from kansencirkel.core.window import COMPARE_MONTHS_KEY, compare_months
from kansencirkel.vault.models import SettingRow
from kansencirkel.vault.repos.base import RepoContext, reject


def read_compare_months(s: Session) -> int:
    """The window (months) within which perspectives' readings are compared."""
    return compare_months(
        s.scalar(select(SettingRow.value).where(SettingRow.key == COMPARE_MONTHS_KEY))
    )


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
        stmt = insert(SettingRow).values(key=key, value=str(value))
        stmt = stmt.on_conflict_do_update(index_elements=["key"], set_={"value": str(value)})
        with self._ctx.tx() as s:
            s.execute(stmt)
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
            return kinds_from_setting(
                s.scalar(select(SettingRow.value).where(SettingRow.key == ACTION_KINDS_KEY))
            )
