"""Member secrets from one passphrase, and SCRAM-SHA-256 verifiers PostgreSQL accepts for real.

The throw-away cluster below is private to this file (the shared fixture lives elsewhere):
initdb as `postgres` into a fresh temporary folder, SCRAM for every connection, TCP only on
127.0.0.1, the unix socket inside that folder.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from kansencirkel.vault.kdf import TEST_KDF, KdfParams
from kansencirkel.vault.team.login import (
    derive_member_secrets,
    member_salt,
    scram_sha256_verifier,
)

TEAM = "3b0c1f7e-team"
PG_BIN = Path("/usr/lib/postgresql/15/bin")

# --- derivation ------------------------------------------------------------------------------


def test_member_salt_is_deterministic_and_unambiguous() -> None:
    salt = member_salt(TEAM, "kc_juf_fatima")
    assert len(salt) == 16 and salt == member_salt(TEAM, "kc_juf_fatima")
    assert member_salt("ab", "c") != member_salt("a", "bc")
    assert salt != member_salt("other-team", "kc_juf_fatima")
    with pytest.raises(ValueError):
        member_salt("", "x")


def test_member_secrets_are_stable_and_independent() -> None:
    one = derive_member_secrets("correct horse", TEAM, "kc_m1", TEST_KDF)
    assert one == derive_member_secrets("correct horse", TEAM, "kc_m1", TEST_KDF)
    assert len(one.slot_secret) == 32
    assert len(one.login_password) == 43 and one.login_password.isascii()
    raw_password = base64.urlsafe_b64decode(one.login_password + "=")
    assert raw_password != one.slot_secret
    assert one.login_password not in repr(one) and one.slot_secret.hex() not in repr(one)
    others = [
        derive_member_secrets("correct horse!", TEAM, "kc_m1", TEST_KDF),
        derive_member_secrets("correct horse", TEAM, "kc_m2", TEST_KDF),
        derive_member_secrets("correct horse", "other-team", "kc_m1", TEST_KDF),
        derive_member_secrets("correct horse", TEAM, "kc_m1", KdfParams(2, 8 * 1024, 1)),
    ]
    for other in others:
        assert other.login_password != one.login_password
        assert other.slot_secret != one.slot_secret


def test_passphrase_is_nfc_normalised() -> None:
    composed = unicodedata.normalize("NFC", "café")
    decomposed = unicodedata.normalize("NFD", "café")
    assert composed != decomposed
    a = derive_member_secrets(composed, TEAM, "kc_m1", TEST_KDF)
    assert a == derive_member_secrets(decomposed, TEAM, "kc_m1", TEST_KDF)


def test_insane_kdf_params_refused() -> None:
    with pytest.raises(ValueError):
        derive_member_secrets("x", TEAM, "kc_m1", KdfParams(1, 1024, 1))


# --- SCRAM verifier against RFC 7677 -----------------------------------------------------------


def test_rfc7677_example() -> None:
    """The RFC's exchange for user "user", password "pencil": a server holding only our
    verifier accepts the client's proof and answers with the RFC's server signature."""
    salt = base64.b64decode("W22ZaJ0SNY7soEsUEjb6gQ==")
    verifier = scram_sha256_verifier("pencil", salt=salt, iterations=4096)
    head, keys = verifier.rsplit("$", 1)
    assert head == "SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ=="
    stored_key, server_key = (base64.b64decode(k) for k in keys.split(":"))
    nonce = "rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0"
    auth_message = (
        "n=user,r=rOprNGfwEbeRWgbNEkqO,"
        f"r={nonce},s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,"
        f"c=biws,r={nonce}"
    ).encode()
    proof = base64.b64decode("dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")
    signature = hmac.new(stored_key, auth_message, hashlib.sha256).digest()
    client_key = bytes(a ^ b for a, b in zip(proof, signature, strict=True))
    assert hashlib.sha256(client_key).digest() == stored_key
    server_signature = hmac.new(server_key, auth_message, hashlib.sha256).digest()
    assert base64.b64encode(server_signature) == b"6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="


def test_verifier_shape_and_input_checks() -> None:
    first = scram_sha256_verifier("abc")
    assert first.startswith("SCRAM-SHA-256$4096:") and first != scram_sha256_verifier("abc")
    assert len(base64.b64decode(first.split("$")[1].split(":")[1])) == 16
    for bad in ("", "café", "a\x00b", "tab\there"):
        with pytest.raises(ValueError):
            scram_sha256_verifier(bad)
    with pytest.raises(ValueError):
        scram_sha256_verifier("abc", iterations=0)


# --- a real PostgreSQL ---------------------------------------------------------------------


@dataclass(frozen=True)
class Cluster:
    port: int
    superuser_password: str

    def connect(self, user: str, password: str) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=user,
            password=password,
            dbname="postgres",
            connect_timeout=10,
            autocommit=True,
        )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["runuser", "-u", "postgres", "--", *args],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    if not (PG_BIN / "initdb").exists() or os.geteuid() != 0 or not shutil.which("runuser"):
        pytest.skip("needs PostgreSQL 15 binaries and root (to run initdb as postgres)")
    base = Path(tempfile.mkdtemp(prefix="kc-scram-"))
    shutil.chown(base, "postgres", "postgres")
    data = base / "data"
    pwfile = base / "pw"
    superuser_password = secrets.token_urlsafe(24)
    pwfile.write_text(superuser_password)
    shutil.chown(pwfile, "postgres", "postgres")
    started = False
    try:
        _as_postgres(
            str(PG_BIN / "initdb"),
            "-D", str(data),
            "-U", "postgres",
            "--auth=scram-sha-256",
            f"--pwfile={pwfile}",
            "--no-sync",
        )  # fmt: skip
        port = _free_port()
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={port} "
            f"-c unix_socket_directories={base} -c fsync=off"
        )
        _as_postgres(
            str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(base / "log"),
            "-o", options, "-w", "-t", "60", "start",
        )  # fmt: skip
        started = True
        yield Cluster(port=port, superuser_password=superuser_password)
    finally:
        if started:
            _as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(base, ignore_errors=True)


def test_postgres_accepts_our_verifier(cluster: Cluster) -> None:
    secrets_ = derive_member_secrets("Lange zin van juf Fatima", TEAM, "kc_m1", TEST_KDF)
    verifier = scram_sha256_verifier(secrets_.login_password)
    with cluster.connect("postgres", cluster.superuser_password) as admin:
        admin.execute(sql.SQL("CREATE ROLE kc_m1 LOGIN PASSWORD {}").format(sql.Literal(verifier)))
        stored = admin.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = 'kc_m1'"
        ).fetchone()
    assert stored == (verifier,)  # stored as sent: the server never saw the password
    with cluster.connect("kc_m1", secrets_.login_password) as member:
        assert member.execute("SELECT current_user").fetchone() == ("kc_m1",)
    wrong = derive_member_secrets("Lange zin van juf Fatima!", TEAM, "kc_m1", TEST_KDF)
    for password in (wrong.login_password, secrets_.login_password[:-1], "x"):
        with pytest.raises(psycopg.OperationalError):
            cluster.connect("kc_m1", password)


def test_same_verifier_as_postgres_computes(cluster: Cluster) -> None:
    """PostgreSQL hashing a plaintext password itself gives exactly our verifier for the
    same salt and iteration count."""
    password = derive_member_secrets("tweede", TEAM, "kc_m2", TEST_KDF).login_password
    with cluster.connect("postgres", cluster.superuser_password) as admin:
        admin.execute("SET password_encryption = 'scram-sha-256'")
        admin.execute(sql.SQL("CREATE ROLE kc_m2 PASSWORD {}").format(sql.Literal(password)))
        row = admin.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'kc_m2'").fetchone()
    assert row is not None and isinstance(row[0], str)
    theirs = row[0]
    iterations, salt_b64 = theirs.split("$")[1].split(":")
    ours = scram_sha256_verifier(
        password, salt=base64.b64decode(salt_b64), iterations=int(iterations)
    )
    assert ours == theirs
