"""The team store against the laptop vault, in the same run (issue #15).

- the children list (``summaries``) of 10,000 children, read over loopback TLS with every name
  decrypted in the app (the issue aims at ≤ 0.5 s), against the same list from SQLCipher;
- the first screen of that list (what the window paints right after unlock, before the rest);
- opening a child with 40 readings (``case_file``);
- seeding those children (``bulk_import``);
- 5 clients, each on its own connection, saving 100 assessments at once: no error, no lost
  write, and the throughput.

The server is a throw-away PostgreSQL cluster (tests/team/pg_cluster.py) on this machine.
"""

from __future__ import annotations

import itertools
import threading
from typing import Any

from kansencirkel.core import clock
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import Perspective, Role, Visibility
from kansencirkel.core.model import AssessmentInput
from kansencirkel.demo.children import generate_case_files
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.team.store import team_engine
from tests.benchmarks.harness import Harness
from tests.support.team_store import TeamStores
from tests.support.vaults import TEST_ACTOR, bare_database
from tests.team.pg_cluster import PgCluster

CLIENTS = 5


def _reading(child_id: str, i: int) -> AssessmentInput:
    scores = {k: (i + j) % 5 + 1 for j, k in enumerate(ELEMENT_KEYS)}
    return AssessmentInput(
        child_id,
        Perspective.SCHOOL,
        clock.today(),
        "Juf Fictief",
        Role.LEERKRACHT,
        scores,
        goes_well="Helpt anderen in de klas",
    )


def _clients_saving(make_repos: Any, child_ids: list[str], per_client: int) -> int:
    """CLIENTS threads, each with its own engine, saving ``per_client`` readings each."""
    errors: list[BaseException] = []

    def client(k: int) -> None:
        repos = make_repos()
        try:
            for i in range(per_client):
                repos.assessments.save(_reading(child_ids[(k + i) % len(child_ids)], i))
        except BaseException as exc:  # reported below: a benchmark must not hide errors
            errors.append(exc)
        finally:
            repos.engine.dispose()

    threads = [threading.Thread(target=client, args=(k,)) for k in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return CLIENTS * per_client


def run(h: Harness) -> None:
    n = h.size(10_000, 300)
    today = clock.today()
    cases = list(generate_case_files(n, seed=15, today=today, assessments_per_child=4))
    big = next(generate_case_files(1, seed=40, today=today, assessments_per_child=40))
    cluster = PgCluster()
    cluster.start()
    stores = TeamStores(cluster)
    try:
        store = stores.add_team()
        laptop_engine, _key = bare_database(h.tmp_dir() / "bench.kcv")
        laptop = Repositories(laptop_engine, TEST_ACTOR)
        team = Repositories(store.engine, TEST_ACTOR)

        h.measure(
            "laptop vault",
            lambda: laptop.bulk_import([*cases, big]),
            group="seed",
            repeat=1,
            items=n + 1,
        )
        h.measure(
            "team store",
            lambda: team.bulk_import([*cases, big]),
            group="seed",
            repeat=1,
            baseline="laptop vault",
            items=n + 1,
        )

        for name, repos in (("laptop vault", laptop), ("team store", team)):
            h.measure(
                name,
                lambda r=repos: r.children.summaries(today),
                group="children list",
                baseline="laptop vault",
                repeat=h.size(5, 3),
                items=n + 1,
            )
        for name, repos in (("laptop vault", laptop), ("team store", team)):
            h.measure(
                name,
                lambda r=repos: r.children.first_screen(today, 60),
                group="first screen of the list (60 rows)",
                baseline="laptop vault",
                repeat=h.size(5, 3),
            )
        for name, repos in (("laptop vault", laptop), ("team store", team)):
            h.measure(
                name,
                lambda r=repos: r.children.case_file(big.child.id),
                group="child with 40 readings",
                baseline="laptop vault",
                repeat=h.size(9, 3),
            )

        edits = itertools.count()
        for name, repos in (("laptop vault", laptop), ("team store", team)):
            note = repos.notes.create(
                big.child.id, today, "Speelt buiten", ["actief"], Visibility.INTERN
            ).value
            h.measure(
                name,
                lambda r=repos, n=note: r.notes.edit(
                    n.id, reason="Aangevuld", text=f"Speelt buiten ({next(edits)})"
                ),
                group="editing a note (its version claimed, the old one kept)",
                baseline="laptop vault",
                repeat=h.size(20, 5),
            )

        ids = [c.child.id for c in cases[:CLIENTS]]
        per_client = h.size(100, 10)
        before = sum(len(team.children.case_file(i).assessments) for i in ids)
        url, team_id, cipher = store.engine.url, store.team_id, store.cipher
        h.measure(
            "team store",
            lambda: _clients_saving(
                lambda: Repositories(team_engine(url, team_id, cipher), TEST_ACTOR),
                ids,
                per_client,
            ),
            group=f"{CLIENTS} clients saving",
            repeat=1,
            items=CLIENTS * per_client,
        )
        saved = sum(len(team.children.case_file(i).assessments) for i in ids) - before
        h.note(
            f"readings saved by {CLIENTS} clients (none lost: {CLIENTS * per_client})",
            saved,
            "readings",
        )
        laptop_engine.dispose()
    finally:
        stores.close()
        stores.drop_template()
        cluster.close()
