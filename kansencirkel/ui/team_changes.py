"""Changes other members make on the team store reach the views like local writes.

:class:`TeamChanges` owns a :class:`~kansencirkel.vault.team.notices.ChangeListener`. Its
callbacks run on the listener's thread; they only emit Qt signals, which a queued
connection carries to the GUI thread. There each batch goes through
:meth:`VaultOps.broadcast`, so every view decides for itself, exactly as after a local
write. ``connection_lost`` / ``connection_back`` are for a banner; after coming back the
listener delivers "reload everything" itself (notices sent while away are gone).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from sqlalchemy.engine import URL

from kansencirkel.core.changes import Changes
from kansencirkel.ui.vault_ops import VaultOps
from kansencirkel.vault.team.notices import ChangeListener
from kansencirkel.vault.team.store import ServerAddress


class TeamChanges(QObject):
    #: The listener lost the team server (it keeps retrying).
    connection_lost = Signal()
    #: It listens again (a "reload everything" change follows).
    connection_back = Signal()
    # Emitted on the listener's thread, received on ours.
    _heard = Signal(object)
    _lost = Signal()
    _back = Signal()

    def __init__(
        self, ops: VaultOps, url: URL | str, team_id: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._stopped = False
        queued = Qt.ConnectionType.QueuedConnection
        self._heard.connect(self._broadcast, queued)
        self._lost.connect(self.connection_lost, queued)
        self._back.connect(self.connection_back, queued)
        self._listener = ChangeListener(
            url, team_id, self._heard.emit, on_lost=self._lost.emit, on_back=self._back.emit
        )

    @classmethod
    def for_address(
        cls,
        ops: VaultOps,
        address: ServerAddress,
        login: str,
        password: str,
        team_id: str,
        parent: QObject | None = None,
    ) -> TeamChanges:
        return cls(ops, address.url(login, password), team_id, parent)

    @property
    def listener(self) -> ChangeListener:
        return self._listener

    def start(self) -> None:
        self._listener.start()

    def stop(self) -> None:
        """Stop listening (before the vault closes or this object goes); nothing heard is
        broadcast after this, not even a batch already on its way."""
        self._stopped = True
        self._listener.stop()

    def _broadcast(self, changes: Changes) -> None:
        if not self._stopped:
            self._ops.broadcast(changes)
