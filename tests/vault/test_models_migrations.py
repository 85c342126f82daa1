"""The Alembic migrations build exactly the schema the models describe, on real SQLCipher."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.exc import IntegrityError

from kansencirkel.vault.engine import make_engine
from kansencirkel.vault.meta import read_meta, write_meta
from kansencirkel.vault.models import AUDIT_TRIGGERS, LATEST_TRIGGERS, Base
from kansencirkel.vault.schema import current_revision, head_revision, upgrade_to_head


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[sqlalchemy.Engine]:
    eng = make_engine(tmp_path / "v.kcv", os.urandom(32))
    yield eng
    eng.dispose()


def test_upgrade_from_empty_matches_models(engine: sqlalchemy.Engine) -> None:
    assert current_revision(engine) is None
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision() == "0010"
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(ctx, Base.metadata) == []


def test_upgrade_is_idempotent_and_creates_the_triggers(engine: sqlalchemy.Engine) -> None:
    upgrade_to_head(engine)
    upgrade_to_head(engine)
    with engine.connect() as conn:
        names = set(
            conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'").scalars()
        )
    assert names == set(AUDIT_TRIGGERS) | set(LATEST_TRIGGERS)


def _insert_assessment(conn: sqlalchemy.Connection, score: int | None) -> None:
    conn.exec_driver_sql(
        "INSERT INTO children (id, given_name, family_name, school, school_group, status,"
        " opened_on) VALUES ('c', 'Kim', '', '', '', 'actief', '2026-01-01')"
    )
    conn.exec_driver_sql(
        "INSERT INTO assessments (id, child_id, perspective, assessed_on, given_by, given_by_role,"
        " goes_well, wishes, recorded_by, recorded_at, lineage_id, version, correction_reason)"
        " VALUES ('a', 'c', 'kind', '2026-01-02', 'Kim', 'kind', 'lezen', '', 'x',"
        " '2026-01-02 10:00:00.000000', 'l', 1, '')"
    )
    conn.exec_driver_sql(
        "INSERT INTO element_scores (assessment_id, element_key, score, note)"
        " VALUES ('a', 'actief', ?, '')",
        (score,),
    )


@pytest.mark.parametrize("score", [0, 6, -1])
def test_database_refuses_scores_outside_the_scale(engine: sqlalchemy.Engine, score: int) -> None:
    upgrade_to_head(engine)
    with pytest.raises(IntegrityError), engine.begin() as conn:
        _insert_assessment(conn, score)


@pytest.mark.parametrize("score", [None, 1, 5])
def test_database_accepts_scale_and_null(engine: sqlalchemy.Engine, score: int | None) -> None:
    upgrade_to_head(engine)
    with engine.begin() as conn:
        _insert_assessment(conn, score)
        assert conn.exec_driver_sql("SELECT score FROM element_scores").scalar() == score


def test_meta_round_trip(engine: sqlalchemy.Engine) -> None:
    upgrade_to_head(engine)
    created = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
    write_meta(engine, vault_id="v-1", team_name="Kernteam Şükrü", is_demo=True, created_at=created)
    write_meta(engine, team_name="Kernteam Zoë")
    meta = read_meta(engine)
    assert meta["vault_id"] == "v-1"
    assert meta["team_name"] == "Kernteam Zoë"
    assert meta["is_demo"] == "1"
    assert datetime.fromisoformat(meta["created_at"]) == created
    assert meta["schema_revision"] == meta["schema_head"] == head_revision()
