"""Erasure leaves no row and no byte of the child behind, not even in freed pages or the WAL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import sqlalchemy
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from kansencirkel.core.enums import (
    Audience,
    AuditKind,
    Consenter,
    MeetingKind,
    Perspective,
    Role,
    Visibility,
)
from kansencirkel.core.model import AssessmentInput
from kansencirkel.vault.engine import make_engine
from kansencirkel.vault.repos import Repositories
from tests.support.vaults import TEST_ACTOR, bare_database

PAGE, RESERVE = 4096, 80  # SQLCipher 4 defaults: 16-byte IV + 64-byte HMAC per page
SECRETS = (
    "Şükrüzade",
    "Wiktorówna",
    "Zwembadles-XYZ",
    "Oma-Grietje",
    "Geheimnotitie-QRS",
    "Concepttekst-KLM",
    "Mama-Wiktorówna",
)


def decrypted_pages(path: Path, key: bytes) -> bytes:
    """Every page of the file decrypted with the raw key, including free pages."""
    raw = path.read_bytes()
    out = bytearray()
    for n in range(len(raw) // PAGE):
        page = raw[n * PAGE : (n + 1) * PAGE]
        start = 16 if n == 0 else 0  # page 1 starts with the salt
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += dec.update(page[start : PAGE - RESERVE]) + dec.finalize()
    return bytes(out)


def _fill(r: Repositories) -> tuple[str, str, str, str]:
    """One child with everything linked, plus a second child sharing a team member."""
    kid = r.children.create("Şükrüzade", "Wiktorówna", school="De Linde").value
    other = r.children.create("Anna", "Bakker").value
    mum = r.people.create("Mama-Wiktorówna", Role.OUDER, email="mama@example.org").value
    coach_only_here = r.people.create("Oma-Grietje", Role.ANDERS).value
    team = r.people.create("Juf Team", Role.LEERKRACHT).value
    r.people.involve(kid.id, mum.id, Role.OUDER, is_regiehouder=True)
    r.people.involve(kid.id, coach_only_here.id, Role.ANDERS)
    r.people.involve(kid.id, team.id, Role.LEERKRACHT)
    r.people.involve(other.id, team.id, Role.LEERKRACHT)
    for i in range(3):
        a = r.assessments.save(
            AssessmentInput(
                kid.id,
                Perspective.KIND,
                date(2026, 1, 1 + i),
                "Şükrüzade",
                Role.KIND,
                {"actief": 4},
                {"actief": "Zwembadles-XYZ"},
                goes_well="Zwembadles-XYZ",
            )
        ).value
    r.assessments.save(
        AssessmentInput(
            kid.id,
            Perspective.KIND,
            date(2026, 1, 3),
            "Şükrüzade",
            Role.KIND,
            {"actief": 5},
            goes_well="Zwembadles-XYZ",
            corrects_id=a.id,
            correction_reason="typo",
        )
    )
    m = r.meetings.create(
        kid.id,
        date(2026, 2, 1),
        MeetingKind.OUDERGESPREK,
        ["Oma-Grietje"],
        summary="Geheimnotitie-QRS",
    ).value
    r.actions.create(
        kid.id, "Zwembadles-XYZ", ["actief"], coach_only_here.id, None, None, meeting_id=m.id
    )
    r.actions.create(other.id, "Lezen", [], team.id, None, None)
    r.notes.create(kid.id, date(2026, 2, 2), "Geheimnotitie-QRS", ["veilig"], Visibility.INTERN)
    r.consents.create(
        kid.id,
        Consenter.OUDERS,
        "Mama-Wiktorówna",
        ["school"],
        [Audience.OUDERS],
        date(2026, 1, 1),
        remark="Geheimnotitie-QRS",
    )
    r.drafts.save(None, kid.id, Perspective.OUDERS, {"goes_well": "Concepttekst-KLM"})
    return kid.id, other.id, team.id, mum.id


def test_erase_removes_every_row_and_every_byte(tmp_path: Path) -> None:
    path = tmp_path / "v.kcv"
    engine, key = bare_database(path)
    r = Repositories(engine, TEST_ACTOR)
    kid, other, team, _mum = _fill(r)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").all()
    before = decrypted_pages(path, key)
    assert all(s.encode() in before for s in SECRETS)  # the check below can see them

    r.children.erase(kid)

    tables = [t for t in sqlalchemy.inspect(engine).get_table_names() if t != "audit_events"]
    with engine.connect() as conn:
        for table in tables:
            rows = conn.exec_driver_sql(f"SELECT * FROM {table}").all()
            text = repr(rows)
            assert kid not in text, table
            for secret in SECRETS:
                assert secret not in text, (table, secret)
    assert r.children.count() == 1
    assert {p.id for p in r.people.team()} == {team}  # shared team member stays
    assert [a.what for a in r.actions.for_child(other)] == ["Lezen"]

    [last] = [e for e in r.audit.entries() if e.kind is AuditKind.ERASE]
    assert (last.kind, last.record_id, last.child_id) == (AuditKind.ERASE, kid, kid)
    assert last.detail == "persons:2"  # the parent and the person linked only to this child
    assert r.audit.verify_chain().ok
    engine.dispose()

    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    plain = decrypted_pages(path, key)
    assert b"Anna" in plain  # the decryption works: the other child is there
    for secret in SECRETS:
        assert secret.encode() not in plain, secret

    fresh = make_engine(path, key)  # and a fresh connection sees the same
    with fresh.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM children").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    fresh.dispose()
