"""App settings of this computer (language, auto-lock, last vault, window geometry).

Stored with QSettings as an INI file under ``paths.user_config_dir()``. Never child data:
everything about children and the team lives in the vault; vault-wide settings (retention)
live in ``vault.settings``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from kansencirkel.core.i18n import DEFAULT_LANG, Lang, normalise_lang
from kansencirkel.paths import user_config_dir

DEFAULT_IDLE_MINUTES = 5
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 120
DEFAULT_BACKUP_KEEP = 10


def settings_path() -> Path:
    return user_config_dir() / "kansencirkel.ini"


class AppSettings:
    """Typed access to the INI file; each property reads/writes through at once."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._qs.sync()

    # language ------------------------------------------------------------------------------
    @property
    def language(self) -> Lang:
        return normalise_lang(self._qs.value("ui/language", DEFAULT_LANG))

    @language.setter
    def language(self, value: Lang) -> None:
        self._qs.setValue("ui/language", normalise_lang(value))

    # auto-lock -----------------------------------------------------------------------------
    @property
    def idle_minutes(self) -> int:
        try:
            minutes = int(str(self._qs.value("security/idle_minutes", DEFAULT_IDLE_MINUTES)))
        except ValueError:
            return DEFAULT_IDLE_MINUTES
        return max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, minutes))

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        self._qs.setValue(
            "security/idle_minutes", max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, int(value)))
        )

    # vault and backups ---------------------------------------------------------------------
    @property
    def last_vault(self) -> Path | None:
        value = str(self._qs.value("vault/last_path", "") or "")
        return Path(value) if value else None

    @last_vault.setter
    def last_vault(self, value: Path | None) -> None:
        self._qs.setValue("vault/last_path", str(value) if value else "")

    @property
    def team_profile(self) -> Path | None:
        """The team profile file (``.kcteam``) chosen for a team server: a path, no secret."""
        value = str(self._qs.value("team/profile", "") or "")
        return Path(value) if value else None

    @team_profile.setter
    def team_profile(self, value: Path | None) -> None:
        self._qs.setValue("team/profile", str(value) if value else "")

    @property
    def team_name(self) -> str:
        """The team server's team name, as seen at the last unlock (shown before the next)."""
        return str(self._qs.value("team/name", "") or "")

    @team_name.setter
    def team_name(self, value: str) -> None:
        self._qs.setValue("team/name", value)

    @property
    def on_behalf_of(self) -> str:
        """On whose behalf this user works (their school or organisation): every audit
        event they cause records it (NEN 7513). Not a secret, never child data."""
        return str(self._qs.value("audit/on_behalf_of", "") or "").strip()

    @on_behalf_of.setter
    def on_behalf_of(self, value: str) -> None:
        self._qs.setValue("audit/on_behalf_of", value.strip())

    @property
    def last_member_id(self) -> str:
        """The member picked at the last unlock (an id, not a name), preselected next time."""
        return str(self._qs.value("vault/last_member", "") or "")

    @last_member_id.setter
    def last_member_id(self, value: str) -> None:
        self._qs.setValue("vault/last_member", value)

    @property
    def backup_folder(self) -> Path | None:
        value = str(self._qs.value("backup/folder", "") or "")
        return Path(value) if value else None

    @backup_folder.setter
    def backup_folder(self, value: Path | None) -> None:
        self._qs.setValue("backup/folder", str(value) if value else "")

    @property
    def backup_keep(self) -> int:
        try:
            keep = int(str(self._qs.value("backup/keep", DEFAULT_BACKUP_KEEP)))
        except ValueError:
            return DEFAULT_BACKUP_KEEP
        return max(1, min(100, keep))

    @backup_keep.setter
    def backup_keep(self, value: int) -> None:
        self._qs.setValue("backup/keep", max(1, min(100, int(value))))

    # window --------------------------------------------------------------------------------
    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)
