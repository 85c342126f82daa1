"""Vault benchmarks: open after the key is known, bulk seeding, and the cost of encryption.

The encryption overhead is measured by running the same repositories and workload on two
databases in one run: SQLCipher with a key, and the *same* SQLite build (sqlcipher3) with no key,
i.e. a plain file. Same pragmas (WAL, synchronous=FULL, foreign keys), same models, same data.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import Perspective, Role
from kansencirkel.core.model import AssessmentInput, TeamMember
from kansencirkel.demo import generate_case_files
from kansencirkel.vault.engine import make_engine
from kansencirkel.vault.meta import write_meta
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.schema import upgrade_to_head
from tests.benchmarks import harness
from tests.benchmarks.harness import Harness
from tests.support.vaults import TEST_PASSPHRASE

TODAY = date(2026, 11, 25)
ACTOR = TeamMember(id="00000000-0000-4000-8000-000000000001", name="Bench IB'er", role=Role.IB)


def plain_engine(db_path: Path) -> sqlalchemy.Engine:
    """The same SQLite library and pragmas as the vault engine, without a key (plaintext)."""
    from sqlcipher3 import dbapi2

    def creator() -> Any:
        conn = dbapi2.connect(str(db_path), check_same_thread=False)
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA busy_timeout = 10000")
        return conn

    return sqlalchemy.create_engine(
        "sqlite+pysqlite://", module=dbapi2, creator=creator, poolclass=sqlalchemy.pool.QueuePool
    )


@dataclass
class Db:
    path: Path
    key: bytes | None
    engine: sqlalchemy.Engine
    repos: Any

    def reopen(self) -> sqlalchemy.Engine:
        return make_engine(self.path, self.key) if self.key else plain_engine(self.path)


def new_db(folder: Path, name: str, *, encrypted: bool) -> Db:
    path = folder / f"{name}.kcv"
    key = os.urandom(32) if encrypted else None
    engine = make_engine(path, key) if key else plain_engine(path)
    upgrade_to_head(engine)
    write_meta(engine, vault_id=name, team_name="Bench", is_demo=True, created_at="2026-11-25")
    return Db(path, key, engine, Repositories(engine, ACTOR))


def seed(db: Db, children: int, *, per_child: int | None = None, seed_: int = 1) -> int:
    """Bulk-import fictional children; returns the number of assessments written."""
    written = 0

    def counted() -> Any:
        nonlocal written
        for cf in generate_case_files(children, seed_, TODAY, assessments_per_child=per_child):
            written += len(cf.assessments)
            yield cf

    db.repos.bulk_import(counted())
    return written


def workload(
    db: Db, child_ids: list[str], inserts: int, reads: int
) -> dict[str, Callable[[], None]]:
    """Typical use: type in assessments, look at the list, open children's pages."""
    rng = random.Random(42)

    def insert_assessments() -> None:
        for i in range(inserts):
            db.repos.assessments.save(
                AssessmentInput(
                    child_id=child_ids[i % len(child_ids)],
                    perspective=rng.choice(list(Perspective)),
                    assessed_on=TODAY,
                    given_by="Juf Bench",
                    given_by_role=Role.LEERKRACHT,
                    scores={k: rng.choice((2, 3, 4, 5, None)) for k in ELEMENT_KEYS},
                    goes_well="Gaat met plezier naar school.",
                )
            )

    def summaries() -> None:
        db.repos.children.summaries(TODAY)

    def case_files() -> None:
        for cid in child_ids[:reads]:
            db.repos.children.case_file(cid)

    def everything() -> None:
        insert_assessments()
        summaries()
        case_files()

    return {
        "insert": insert_assessments,
        "summaries": summaries,
        "case files": case_files,
        "workload": everything,
    }


def bench_encryption_overhead(h: Harness) -> None:
    folder = h.tmp_dir()
    prefill = h.size(2000, 200)
    inserts = h.size(1000, 100)
    reads = h.size(100, 20)
    dbs: dict[str, tuple[Db, dict[str, Callable[[], None]]]] = {}
    for label, encrypted in (("plain sqlite", False), ("sqlcipher", True)):
        db = new_db(folder, label.replace(" ", "-"), encrypted=encrypted)
        seed(db, prefill)
        ids = [s.child.id for s in db.repos.children.summaries(TODAY)]
        dbs[label] = (db, workload(db, ids, inserts, reads))
    for part in ("insert", "summaries", "case files", "workload"):
        n = {"insert": inserts, "summaries": 1, "case files": reads, "workload": None}[part]
        h.compare(
            {f"{part} ({label})": work[part] for label, (_db, work) in dbs.items()},
            group=f"enc:{part}",
            baseline=f"{part} (plain sqlite)",
            repeat=5 if part != "workload" else 3,
            items=n,
        )
    for _db, _ in dbs.values():
        _db.engine.dispose()


@dataclass
class MadeVault:
    path: Path
    member_id: str
    key: bytes


def create_vault(folder: Path, name: str) -> Any:
    """A demo bench vault ``folder/name.kcv``, returned open."""
    return harness.create_vault(folder / f"{name}.kcv", demo=True)


def close_made(vault: Any) -> MadeVault:
    from kansencirkel.vault.unlock import unlock_member

    key = unlock_member(vault.path, vault.keys.keyfile, vault.actor.id, TEST_PASSPHRASE)
    made = MadeVault(vault.path, vault.actor.id, key)
    vault.close()
    return made


def bench_seed_and_open(h: Harness) -> None:
    from kansencirkel.vault.vault import Vault

    folder = h.tmp_dir()
    children = h.size(10_000, 500)
    per_child = 40

    h.measure(
        f"generate {children}x{per_child} (no database)",
        lambda: sum(
            len(cf.assessments)
            for cf in generate_case_files(children, 1, TODAY, assessments_per_child=per_child)
        ),
        group="seed",
        repeat=1,
        items=children * per_child,
    )
    opened: list[Any] = []

    def fresh() -> Any:
        vault = create_vault(folder, f"seed-{len(opened)}")
        opened.append(vault)
        return vault

    m = h.measure(
        f"bulk_import {children}x{per_child} (sqlcipher)",
        lambda vault: vault.repos.bulk_import(
            generate_case_files(children, 1, TODAY, assessments_per_child=per_child)
        ),
        group="seed",
        setup=fresh,
        repeat=1,
        items=children * per_child,
    )
    for extra in opened[:-1]:
        extra.close()
    if m.error or not opened:
        for vault in opened:
            vault.close()
        return
    big = close_made(opened[-1])
    h.note(
        f"vault file size, {children} children x {per_child}",
        big.path.stat().st_size / 2**20,
        "MiB",
    )
    small_n = h.size(1000, 100)
    small_vault = create_vault(folder, "open-small")
    small_vault.repos.bulk_import(generate_case_files(small_n, 2, TODAY))
    small = close_made(small_vault)
    empty = close_made(create_vault(folder, "open-empty"))

    def open_only(made: MadeVault) -> Callable[[], None]:
        def run() -> None:
            engine = make_engine(made.path, made.key)
            Repositories(engine, ACTOR).children.count()
            engine.dispose()

        return run

    def open_and_list(made: MadeVault) -> Callable[[], None]:
        def run() -> None:
            engine = make_engine(made.path, made.key)
            Repositories(engine, ACTOR).children.summaries(TODAY)
            engine.dispose()

        return run

    def full_unlock(made: MadeVault) -> Callable[[], None]:
        def run() -> None:
            with Vault.open(made.path, made.member_id, TEST_PASSPHRASE) as vault:
                vault.repos.children.count()

        return run

    sizes = (
        ("empty", empty),
        (f"{small_n} children", small),
        (f"{children} children", big),
    )
    kinds: list[tuple[str, Callable[[MadeVault], Callable[[], None]], str, int]] = [
        ("open, key known", open_only, "open", 5),
        ("Vault.open+close, TEST_KDF", full_unlock, "unlock", 5),
        ("open + children list", open_and_list, "open+list", 3),
    ]
    for title, make_run, group, repeat in kinds:
        for label, made in sizes:
            h.measure(
                f"{title} ({label})",
                make_run(made),
                group=group,
                baseline=f"{title} (empty)",
                repeat=repeat,
            )


def run(h: Harness) -> None:
    bench_encryption_overhead(h)
    bench_seed_and_open(h)
