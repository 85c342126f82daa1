"""A vault at revision 0008 with a hash-chained log upgrades to 0009 ("namens" in the audit
log, NEN 7513) on real SQLCipher: every old event still verifies (the new field enters the
hash only when it holds a value), new events chain on after them, and the downgrade keeps
the log whole."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy
from alembic import command

from kansencirkel.vault.audit import GENESIS_HASH, canonical, chain_hash
from kansencirkel.vault.engine import make_engine
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.schema import alembic_config, upgrade_to_head
from tests.support.vaults import TEST_ACTOR


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[sqlalchemy.Engine]:
    eng = make_engine(tmp_path / "v.kcv", os.urandom(32))
    yield eng
    eng.dispose()


def _old_events(conn: sqlalchemy.Connection, n: int) -> None:
    """Events as a vault before 0009 wrote them: eight fields in the hash, no "namens"."""
    prev = GENESIS_HASH
    for seq in range(1, n + 1):
        at = datetime(2026, 11, 1, 9, seq, tzinfo=UTC)
        fields = (seq, at, "Juf Fictief", "view", "child", f"c{seq}", f"c{seq}", "")
        digest = chain_hash(prev, canonical(*fields))
        conn.execute(
            sqlalchemy.text(
                "INSERT INTO audit_events (seq, at, actor, kind, record_type, record_id, "
                "child_id, detail, prev_hash, hash) VALUES (:seq, :at, :actor, :kind, :rt, "
                ":rid, :cid, :detail, :prev, :hash)"
            ),
            {
                "seq": seq,
                "at": at.strftime("%Y-%m-%d %H:%M:%S.%f"),
                "actor": fields[2],
                "kind": fields[3],
                "rt": fields[4],
                "rid": fields[5],
                "cid": fields[6],
                "detail": "",
                "prev": prev,
                "hash": digest,
            },
        )
        prev = digest


def test_old_events_verify_and_new_ones_chain_on(engine: sqlalchemy.Engine) -> None:
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0008")
        _old_events(conn, 3)
    upgrade_to_head(engine)
    repos = Repositories(engine, TEST_ACTOR)
    assert repos.audit.verify_chain().ok
    old = repos.audit.entries()
    assert len(old) == 3 and all(e.on_behalf_of == "" for e in old)
    repos.on_behalf_of = "OBS De Linde"
    repos.children.create("Kim", "Jansen")
    report = repos.audit.verify_chain()
    assert report.ok and report.checked == 4
    assert repos.audit.entries()[-1].on_behalf_of == "OBS De Linde"
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0008")
        assert int(conn.exec_driver_sql("SELECT count(*) FROM audit_events").scalar_one()) == 4


def test_an_event_for_oneself_hashes_as_before_0009() -> None:
    """Without "namens" the hashed bytes are exactly the eight fields of old: had the new
    field always been hashed, every log written before 0009 would read as tampered with."""
    at = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    old = b'[7,"2026-11-01T09:00:00.000000+00:00","Juf","view","child","c","c",""]'
    assert canonical(7, at, "Juf", "view", "child", "c", "c", "") == old
    assert canonical(7, at, "Juf", "view", "child", "c", "c", "", "") == old
    assert canonical(7, at, "Juf", "view", "child", "c", "c", "", "CJG") != old
