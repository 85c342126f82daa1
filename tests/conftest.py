"""Test isolation: no test touches the user's real home, config, keyring or display.

This runs before any test module imports the app, so platformdirs, QSettings and keyring all
see a throw-away home folder.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.support.sandbox import point_home_at

if TYPE_CHECKING:  # the app is imported only once the sandbox is in place
    from tests.support.vaults import VaultFactory

_SANDBOX = point_home_at(Path(tempfile.mkdtemp(prefix="kc-test-home-")))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.pop("KANSENCIRKEL_PASSPHRASE", None)
os.environ.pop("KANSENCIRKEL_TEST_TODAY", None)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--today",
        metavar="JJJJ-MM-DD",
        default=None,
        help="run the suite as if today were this date (the app's clock, subprocesses too)",
    )
    parser.addoption(
        "--full-proofs",
        action="store_true",
        default=False,
        help="run the crash, damage and fuzz proofs with their full counts (slow)",
    )


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    """``--today`` moves the app's one clock for the whole run, before any app module reads
    it: subprocesses inherit it through the test-only environment variable. Without it the
    run is held on the day it started, so a run that crosses midnight does not see "today"
    change halfway (a module's TODAY constant would then be yesterday)."""
    from kansencirkel.core import clock

    given = config.getoption("--today")
    day = date.fromisoformat(given) if given else clock.today()  # a typo fails the run
    os.environ["KANSENCIRKEL_TEST_TODAY"] = day.isoformat()
    clock.set_clock(clock.ShiftedClock(day))
    _crash_report_of_one_thread(config)


def _crash_report_of_one_thread(config: pytest.Config) -> None:
    """On a crash, print only the stack of the thread that crashed, not pytest's dump of
    every thread: a CI log cut to its head and tail then still shows where, in which test.
    Runs after pytest's faulthandler plugin (trylast above) and writes where it writes."""
    import faulthandler

    try:
        from _pytest.faulthandler import fault_handler_stderr_fd_key
    except ImportError:  # pragma: no cover - a pytest without it keeps its own dump
        return
    if faulthandler.is_enabled() and fault_handler_stderr_fd_key in config.stash:
        faulthandler.enable(file=config.stash[fault_handler_stderr_fd_key], all_threads=False)


def pytest_report_header(config: pytest.Config) -> str:
    from kansencirkel.core import clock

    return f"kansencirkel clock: today is {clock.today().isoformat()}"


@pytest.fixture
def proof_count(request: pytest.FixtureRequest) -> Callable[[int, int], int]:
    """``proof_count(reduced, full)``: how many runs a proof makes — ``reduced`` in the
    normal suite (CI), ``full`` with ``--full-proofs`` (results noted in SECURITY.md)."""
    full = bool(request.config.getoption("--full-proofs"))
    return lambda reduced, full_count: full_count if full else reduced


@pytest.fixture
def today_is() -> Iterator[Callable[[date], date]]:
    """``today_is(day)`` moves the app's clock to ``day`` for the rest of one test."""
    from kansencirkel.core import clock

    previous: list[clock.Clock] = []

    def move(day: date) -> date:
        replaced = clock.set_clock(clock.ShiftedClock(day))
        if not previous:
            previous.append(replaced)
        return day

    try:
        yield move
    finally:
        if previous:
            clock.set_clock(previous[0])


@pytest.fixture
def vault_factory(tmp_path: Path) -> Iterator[VaultFactory]:
    """Makes real test vaults (:mod:`tests.support.vaults`) in ``tmp_path/vaults``:
    ``vault_factory(name, **make_vault_keywords)`` returns one open, ``.make(...)`` its
    :class:`MadeVault` record, ``.made[path]`` the record later. Every vault still open at the
    end of the test is closed."""
    from tests.support.vaults import VaultFactory

    factory = VaultFactory(tmp_path / "vaults")
    try:
        yield factory
    finally:
        factory.close_all()


@pytest.fixture
def memory_keyring() -> Iterator[object]:
    """A working in-memory keyring for the duration of one test."""
    import keyring

    from tests.support.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """No keyring backend at all, as on a headless Linux machine or CI."""
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


# The team-store fixtures (a throw-away PostgreSQL server), for every test folder.
from tests.support.pg_fixtures import (  # noqa: E402, F401
    pg_cluster,
    pg_database,
    team_store,
    team_stores,
    team_stores_session,
)
