"""Audit as NEN 7513 asks: who, *on whose behalf*, when, which child, what — on both stores.

"Wie heeft dit dossier bekeken": every event of a child names the member and on whose
behalf they worked (their school or organisation, or, by role and never by name, the parent
whose paper form they typed in), and the hash chain covers that part like the rest.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy
from sqlalchemy import create_engine

from kansencirkel.core import clock
from kansencirkel.core.behalf import behalf_label
from kansencirkel.core.elements import ELEMENT_KEYS, catalog
from kansencirkel.core.enums import AuditKind, Perspective, Role
from kansencirkel.core.model import AssessmentInput, TeamMember
from kansencirkel.vault.models import AuditEventRow
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.team.fields import sealed_key_id
from tests.support.vaults import TEST_MEMBER


def _reading(child_id: str, given_by: str, role: Role) -> AssessmentInput:
    scores = {k: 3 for k in ELEMENT_KEYS}
    perspective = Perspective.OUDERS if role is Role.OUDER else Perspective.SCHOOL
    return AssessmentInput(
        child_id, perspective, clock.today(), given_by, role, scores, goes_well="Leest graag"
    )


def test_who_looked_at_this_file_and_on_whose_behalf(
    engine: sqlalchemy.Engine, repos: Repositories
) -> None:
    repos.on_behalf_of = "  OBS De Linde "
    kim = repos.children.create("Kim", "Jansen").value
    repos.children.case_file(kim.id)  # looking is logged too
    own = repos.assessments.save(_reading(kim.id, TEST_MEMBER, Role.LEERKRACHT)).value
    typed = repos.assessments.save(_reading(kim.id, "Mama Jansen", Role.OUDER)).value
    # A colleague on the same store who set nothing: their events name nobody else.
    colleague = Repositories(engine, TeamMember("m-2", "Meester Bas", Role.IB))
    colleague.children.case_file(kim.id)

    events = repos.audit.entries(child_id=kim.id)
    by = {(e.kind, e.record_id): e for e in events}
    assert by[AuditKind.CREATE, kim.id].on_behalf_of == "OBS De Linde"
    assert by[AuditKind.CREATE, own.id].on_behalf_of == "OBS De Linde"
    assert by[AuditKind.CREATE, typed.id].on_behalf_of == "role:ouder"  # a role, never a name
    assert behalf_label("role:ouder") == catalog().role_name(Role.OUDER)
    views = [(e.actor, e.on_behalf_of) for e in events if e.kind is AuditKind.VIEW]
    assert (TEST_MEMBER, "OBS De Linde") in views and ("Meester Bas", "") in views
    assert repos.audit.verify_chain().ok


def test_on_whose_behalf_is_part_of_the_chain(
    request: pytest.FixtureRequest, store: str, engine: sqlalchemy.Engine, repos: Repositories
) -> None:
    """Changing only "namens" of a stored event breaks the chain there: changed below the
    app (in the laptop file with its key, on the server as a superuser past the triggers)."""
    repos.on_behalf_of = "CJG Noord"
    repos.children.create("Kim", "Jansen")
    repos.on_behalf_of = ""
    repos.children.create("Sam", "Bakker")
    entries = repos.audit.entries()
    assert [e.on_behalf_of for e in entries[-2:]] == ["CJG Noord", ""]
    target = entries[-2].seq
    # The new value as the store holds that column: sealed with the team key on a server.
    bind = AuditEventRow.__table__.c.on_behalf_of.type.bind_processor(engine.dialect)
    other = bind("Iemand anders") if bind else "Iemand anders"
    below = (
        engine
        if store == "laptop"
        else create_engine(request.getfixturevalue("team_store").admin_url)
    )
    try:
        with below.begin() as conn:
            if store == "laptop":
                conn.exec_driver_sql("DROP TRIGGER audit_events_no_update")
            else:
                conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
            conn.execute(
                sqlalchemy.text("UPDATE audit_events SET on_behalf_of = :v WHERE seq = :s"),
                {"v": other, "s": target},
            )
    finally:
        if below is not engine:
            below.dispose()
    assert repos.audit.entries()[-2].on_behalf_of == "Iemand anders"  # it opens: a valid seal
    report = repos.audit.verify_chain()
    assert not report.ok and report.first_bad_seq == target


def test_namens_is_never_stored_in_the_clear(
    request: pytest.FixtureRequest,
    store: str,
    engine: sqlalchemy.Engine,
    repos: Repositories,
    tmp_path: Path,
) -> None:
    """On the team server "namens" is sealed like the actor, so the server never reads it;
    in the laptop vault it is inside the encrypted file (and its WAL)."""
    repos.on_behalf_of = "OBS De Linde"
    repos.children.create("Kim", "Jansen")
    if store == "laptop":
        files = list(tmp_path.glob("v.kcv*"))  # the engine fixture's vault file, WAL too
        assert files and not any(b"Linde" in f.read_bytes() for f in files)
        return
    admin = create_engine(request.getfixturevalue("team_store").admin_url)
    try:
        with admin.connect() as conn:
            stored = [r[0] for r in conn.exec_driver_sql("SELECT on_behalf_of FROM audit_events")]
    finally:
        admin.dispose()
    assert stored and all(sealed_key_id(v) for v in stored if v is not None)
    assert not any("Linde" in (v or "") for v in stored)
