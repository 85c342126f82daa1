"""Hear what other members change on a team store, within a second (PostgreSQL ``LISTEN``).

The triggers of migration 0008 send, on commit, one notice per child (``child:<id>``) or
kind (``people``, ``settings``, ``team``, ``drafts:<id>``) a statement touched, on the
team's channel. A :class:`ChangeListener` keeps its own connection listening on that
channel and hands each batch of notices to a callback as one
:class:`~kansencirkel.core.changes.Changes` marked ``from_elsewhere`` — the same signal as a
local write. Notices of this app's own writes arrive too (views simply re-read).

A lost connection is reported (``on_lost``) and retried with backoff; once listening again
(``on_back``) the listener delivers "reload everything", since notices sent while away are
gone. Callbacks run on the listener's thread: a UI hands them to its own thread.
"""

from __future__ import annotations

import logging
import selectors
import socket
import threading
import uuid
from collections.abc import Callable, Iterable

import psycopg
from psycopg import sql
from psycopg.conninfo import make_conninfo
from sqlalchemy.engine import URL, make_url

from kansencirkel.core.changes import Changes
from kansencirkel.vault.team.store import CONNECT_TIMEOUT_S, ServerAddress

log = logging.getLogger(__name__)

FIRST_BACKOFF_S = 0.5
MAX_BACKOFF_S = 10.0
# A server that vanishes without closing the connection is noticed within about 30 s.
KEEPALIVES = {"keepalives": "1", "keepalives_idle": "15", "keepalives_interval": "5"}
RELOAD_EVERYTHING = Changes(child_list=True, people=True, settings=True, from_elsewhere=True)


def channel_of(team_id: str) -> str:
    """The team's notice channel (as the triggers of 0008 name it)."""
    return "kc_" + uuid.UUID(team_id).hex


def changes_of(payloads: Iterable[str]) -> Changes:
    """One :class:`Changes` for a batch of notices (unknown ones are ignored)."""
    children: set[str] = set()
    drafts: set[str] = set()
    kinds: set[str] = set()
    for payload in payloads:
        kind, _, child_id = payload.partition(":")
        if kind == "child" and child_id:
            children.add(child_id)
        elif kind == "drafts" and child_id:
            drafts.add(child_id)
        else:
            kinds.add(kind)
    return Changes(
        children=frozenset(children),
        child_list=bool(children) or "settings" in kinds,  # attention rules read settings
        drafts=frozenset(drafts),
        people="people" in kinds,
        team="team" in kinds,
        settings="settings" in kinds,
        from_elsewhere=True,
    )


def conninfo_of(url: URL | str) -> str:
    """A libpq connection string for the server, login and TLS options of an engine URL."""
    url = make_url(url)
    args = url.translate_connect_args(username="user", database="dbname")
    options = {k: v for k, v in url.query.items() if isinstance(v, str)}
    params = {**KEEPALIVES, "connect_timeout": str(CONNECT_TIMEOUT_S), **options}
    return make_conninfo(**params, **{k: str(v) for k, v in args.items()})


class ChangeListener:
    """Listens on one team's channel in a daemon thread until :meth:`stop`."""

    def __init__(
        self,
        url: URL | str,
        team_id: str,
        on_changes: Callable[[Changes], object],
        *,
        on_lost: Callable[[], object] = lambda: None,
        on_back: Callable[[], object] = lambda: None,
    ) -> None:
        self._conninfo = conninfo_of(url)
        self.channel = channel_of(team_id)
        self._on_changes, self._on_lost, self._on_back = on_changes, on_lost, on_back
        self._stopping = threading.Event()
        self._listening = threading.Event()
        self._wake_r, self._wake_w = socket.socketpair()
        self._thread = threading.Thread(target=self._run, name="kc-notices", daemon=True)

    @classmethod
    def for_address(
        cls,
        address: ServerAddress,
        login: str,
        password: str,
        team_id: str,
        on_changes: Callable[[Changes], object],
        **callbacks: Callable[[], object],
    ) -> ChangeListener:
        return cls(address.url(login, password), team_id, on_changes, **callbacks)

    def start(self) -> None:
        self._thread.start()

    def wait_listening(self, timeout: float) -> bool:
        """Whether the listener is (or within ``timeout`` becomes) registered on its channel."""
        return self._listening.wait(timeout)

    @property
    def listening(self) -> bool:
        return self._listening.is_set()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self, timeout: float = 5.0) -> None:
        """End the thread (at once: it wakes on a socket pair, not a timer)."""
        self._stopping.set()
        self._wake_w.send(b"x")
        if self._thread.is_alive():
            self._thread.join(timeout)
        if not self._thread.is_alive():  # still connecting: it may yet select on them
            self._wake_r.close()
            self._wake_w.close()

    def _run(self) -> None:
        delay, lost = FIRST_BACKOFF_S, False
        while not self._stopping.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True) as conn:
                    conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(self.channel)))
                    self._listening.set()
                    delay = FIRST_BACKOFF_S
                    if lost:
                        lost = False
                        self._call(self._on_back)
                        self._call(self._on_changes, RELOAD_EVERYTHING)
                    self._listen(conn)
            except psycopg.Error:
                pass
            self._listening.clear()
            if self._stopping.is_set():
                return
            if not lost:
                lost = True
                self._call(self._on_lost)
            if self._stopping.wait(delay):
                return
            delay = min(delay * 2, MAX_BACKOFF_S)

    def _listen(self, conn: psycopg.Connection[tuple[object, ...]]) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(conn.fileno(), selectors.EVENT_READ)
            selector.register(self._wake_r, selectors.EVENT_READ)
            while not self._stopping.is_set():
                payloads = [n.payload for n in conn.notifies(timeout=0)]
                if payloads:
                    self._call(self._on_changes, changes_of(payloads))
                if any(key.fileobj is self._wake_r for key, _ in selector.select()):
                    return

    def _call(self, callback: Callable[..., object], *args: object) -> None:
        """A callback that fails must not end the listening; after :meth:`stop` none runs
        (its owner may be gone: a connect that outlived stop's wait ends here quietly)."""
        if self._stopping.is_set():
            return
        try:
            callback(*args)
        except Exception:
            log.exception("change notice callback failed")
