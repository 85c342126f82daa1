"""A real, throw-away PostgreSQL server for the team-store tests (issue #15).

The cluster speaks only what the app will speak: TLS with a certificate of its own test CA
(``sslmode=verify-full``) and SCRAM-SHA-256 passwords; pg_hba.conf has no trust and no plain
``host`` line. Every cluster gets a fresh folder and a fresh port, so a leftover of a crashed
run never gets in the way; :func:`reap_leftovers` stops such leftovers once their test
process is gone. Durability settings stay at PostgreSQL's safe defaults (``fsync=on``):
the tests kill the server mid-save and expect committed rows back.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import re
import secrets
import shutil
import signal
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import psycopg
from psycopg import sql
from psycopg.conninfo import make_conninfo
from sqlalchemy.engine import URL

from tests.team import pg_procs, pg_tls
from tests.team.pg_procs import PREFIX, reap_leftovers

__all__ = ["PREFIX", "PgCluster", "PgDatabase", "PgError", "PgMissing", "reap_leftovers"]

_SERVER_USER = "postgres"  # Debian's system user; initdb refuses to run as root
_DB_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class PgMissing(RuntimeError):
    """No PostgreSQL server binaries (initdb, pg_ctl, postgres) on this machine."""


class PgError(RuntimeError):
    """The throw-away server could not be set up, started or stopped."""


@dataclass(frozen=True)
class PgDatabase:
    """One fresh database of the cluster, for one test."""

    name: str
    admin_url: str
    cluster: PgCluster


def find_bindir() -> Path:
    """The newest ``/usr/lib/postgresql/N/bin`` with initdb, pg_ctl and postgres, else PATH."""

    def complete(d: Path) -> bool:
        return all((d / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres"))

    versions = [d for d in Path("/usr/lib/postgresql").glob("*/bin") if complete(d)]
    versions.sort(key=lambda d: [int(p) for p in re.findall(r"\d+", d.parent.name)] or [0])
    if versions:
        return versions[-1]
    initdb = shutil.which("initdb")
    if initdb and complete(Path(initdb).resolve().parent):
        return Path(initdb).resolve().parent
    raise PgMissing(
        "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found in "
        "/usr/lib/postgresql/*/bin or on PATH: install them (Debian: apt-get install postgresql)"
    )


class PgCluster:
    """A throw-away PostgreSQL cluster on 127.0.0.1, TLS and SCRAM-SHA-256 only."""

    host = "127.0.0.1"
    admin_user = "kc_admin"

    def __init__(self, *, start_timeout: float = 60.0) -> None:
        self.bindir = find_bindir()
        self.start_timeout = start_timeout
        self._as_root = os.geteuid() == 0
        try:
            self._account = pwd.getpwuid(os.getuid())
            if self._as_root:
                self._account = pwd.getpwnam(_SERVER_USER)
        except KeyError:
            raise PgMissing(
                f"running as root, but there is no {_SERVER_USER!r} system user to run the "
                "server as (Debian's postgresql package creates it)"
            ) from None
        self.folder = Path(tempfile.mkdtemp(prefix=PREFIX))
        (self.folder / "owner").write_text(str(os.getpid()))
        self.datadir = self.folder / "data"
        self.logfile = self.folder / "server.log"
        self.port = pg_procs.free_port()
        self.admin_password = secrets.token_urlsafe(24)
        self._other_ca: Path | None = None
        self.start_seconds = 0.0  # set by the session fixture: initdb and first start
        atexit.register(self.close)
        try:
            self._own(self.folder, 0o700)
            self._write_tls()
            self._initdb()
        except BaseException:
            self.close()
            raise

    # -- files and processes ---------------------------------------------------------------

    def _own(self, path: Path, mode: int) -> None:
        path.chmod(mode)
        if self._as_root:
            os.chown(path, self._account.pw_uid, self._account.pw_gid)

    def _write(self, name: str, data: bytes, mode: int) -> Path:
        path = self.folder / name
        path.write_bytes(data)
        self._own(path, mode)
        return path

    def _run(self, *args: str, timeout: float = 60.0) -> subprocess.CompletedProcess[str]:
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C", "TZ": "UTC"}
        extra: dict[str, Any] = {}
        if self._as_root:
            extra = {"user": self._account.pw_uid, "group": self._account.pw_gid}
            extra["extra_groups"] = []
        return subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            cwd=self.folder,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            **extra,
        )

    def _write_tls(self) -> None:
        ca_key, ca = pg_tls.make_ca("Kansencirkel test CA")
        key, cert = pg_tls.make_server_cert(ca_key, ca)
        self.ca_cert_pem = pg_tls.cert_pem(ca)
        self.ca_file = self._write("ca.crt", self.ca_cert_pem, 0o644)
        self._write("server.crt", pg_tls.cert_pem(cert), 0o644)
        self._write("server.key", pg_tls.key_pem(key), 0o600)

    def _initdb(self) -> None:
        pwfile = self._write("pwfile", self.admin_password.encode() + b"\n", 0o600)
        try:
            # --no-sync only skips flushing initdb's own files; the running server fsyncs.
            done = self._run(
                "initdb", "-D", str(self.datadir), "-U", self.admin_user,
                "--auth=scram-sha-256", f"--pwfile={pwfile}", "--encoding=UTF8",
                "--no-locale", "--no-sync", "--no-instructions",
            )  # fmt: skip
        finally:
            pwfile.unlink()
        if done.returncode != 0:
            raise PgError(f"initdb failed: {done.stderr.strip() or done.stdout.strip()}")
        settings = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(self.port),
            "unix_socket_directories": f"'{self.folder}'",
            "ssl": "on",
            "ssl_cert_file": f"'{self.folder / 'server.crt'}'",
            "ssl_key_file": f"'{self.folder / 'server.key'}'",
            "ssl_min_protocol_version": "'TLSv1.2'",
            "password_encryption": "'scram-sha-256'",
            "fsync": "on",
            "synchronous_commit": "on",
            "full_page_writes": "on",
            "shared_buffers": "16MB",
            "max_connections": "100",
            "timezone": "'UTC'",
        }
        with (self.datadir / "postgresql.conf").open("a") as conf:
            conf.write("\n# kansencirkel test cluster\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
        hba = "# TLS and SCRAM only: no trust, no plain host, no local socket\n"
        hba += "hostssl all all 127.0.0.1/32 scram-sha-256\n"
        (self.datadir / "pg_hba.conf").write_text(hba)

    # -- server life -----------------------------------------------------------------------

    def postmaster_pid(self) -> int | None:
        try:
            pid = int((self.datadir / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None
        return pid if pg_procs.alive(pid) else None

    def start(self) -> None:
        timeout = str(int(self.start_timeout))
        done = self._run(
            "pg_ctl", "start", "-w", "-t", timeout, "-D", str(self.datadir), "-l",
            str(self.logfile), timeout=self.start_timeout + 10,
        )  # fmt: skip
        if done.returncode != 0:
            raise PgError(f"pg_ctl start failed: {done.stderr.strip()}\n{self.log_tail()}")

    def stop(self) -> None:
        if self.postmaster_pid() is None:
            return
        timeout = str(int(self.start_timeout))
        done = self._run(
            "pg_ctl", "stop", "-w", "-m", "fast", "-t", timeout, "-D", str(self.datadir)
        )
        if done.returncode != 0:
            raise PgError(f"pg_ctl stop failed: {done.stderr.strip()}\n{self.log_tail()}")

    def kill(self) -> None:
        """SIGKILL the postmaster and its backends at once, like a crash mid-save.

        Waits until all of them are gone, so :meth:`start` can follow right away."""
        pid = self.postmaster_pid()
        if pid is None:
            raise PgError("the server is not running")
        victims = [pid, *pg_procs.children(pid)]
        for victim in victims:
            pg_procs.kill(victim)
        try:
            pg_procs.wait_until(lambda: not any(map(pg_procs.alive, victims)), 30, "it is gone")
        except TimeoutError as slow:
            raise PgError(f"killed server lingers: {slow}") from None
        if Path(f"/proc/{pid}").exists():
            # A zombie that init has not reaped yet still "exists" for the next postmaster's
            # lock-file check; it is dead and its backends too, so the lock file is stale.
            for lock in (
                self.datadir / "postmaster.pid",
                self.folder / f".s.PGSQL.{self.port}.lock",
            ):
                lock.unlink(missing_ok=True)

    @contextlib.contextmanager
    def frozen(self, at_most_s: float = 30) -> Iterator[None]:
        """SIGSTOP the postmaster and its backends, SIGCONT them on leaving: a server that
        stalls (a paused VM, a hung disk) while its connections stay open. Its kernel still
        accepts and acknowledges what is sent; nothing is answered. After ``at_most_s`` it
        runs on by itself, so code that waits for it makes its test fail, not hang."""
        pid = self.postmaster_pid()
        if pid is None:
            raise PgError("the server is not running")
        stopped = [pid, *pg_procs.children(pid)]

        def thaw() -> None:
            for one in stopped:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(one, signal.SIGCONT)

        timer = threading.Timer(at_most_s, thaw)
        try:
            for one in stopped:
                with contextlib.suppress(ProcessLookupError):  # a backend that just ended
                    os.kill(one, signal.SIGSTOP)
            timer.start()
            yield
        finally:
            timer.cancel()
            thaw()

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        """Stop the server (kill it if it will not stop) and remove the folder."""
        atexit.unregister(self.close)
        try:
            self.stop()
        except (PgError, OSError, subprocess.TimeoutExpired, TimeoutError):
            if self.postmaster_pid() is not None:
                self.kill()
        shutil.rmtree(self.folder, ignore_errors=True)

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.logfile.read_text(errors="replace")
        except OSError:
            return "(no server log)"
        return "\n".join(text.splitlines()[-lines:])

    def __enter__(self) -> PgCluster:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- connecting ------------------------------------------------------------------------

    def admin_url(self, dbname: str = "postgres") -> str:
        url = URL.create(
            "postgresql+psycopg",
            username=self.admin_user,
            password=self.admin_password,
            host=self.host,
            port=self.port,
            database=dbname,
            query={"sslmode": "verify-full", "sslrootcert": str(self.ca_file)},
        )
        return url.render_as_string(hide_password=False)

    def conninfo(
        self,
        dbname: str = "postgres",
        user: str | None = None,
        password: str | None = None,
        **extra: str,
    ) -> str:
        """libpq conninfo, verify-full against the cluster's CA; ``extra`` overrides."""
        params = {
            "host": self.host,
            "port": str(self.port),
            "dbname": dbname,
            "user": user or self.admin_user,
            "password": self.admin_password if password is None else password,
            "sslmode": "verify-full",
            "sslrootcert": str(self.ca_file),
            "connect_timeout": "10",
        }
        return make_conninfo("", **(params | extra))

    def create_database(self, name: str) -> None:
        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(_checked(name))))

    def drop_database(self, name: str) -> None:
        """Drop ``name`` even while clients still hold connections to it."""
        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                (_checked(name),),
            )
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    def other_ca_file(self) -> Path:
        """A second, unrelated CA: the server's certificate must not verify against it."""
        if self._other_ca is None:
            _, ca = pg_tls.make_ca("Some other CA")
            self._other_ca = self._write("other-ca.crt", pg_tls.cert_pem(ca), 0o644)
        return self._other_ca


def _checked(name: str) -> str:
    if not _DB_NAME.match(name):
        raise ValueError(f"not a plain database name: {name!r}")
    return name
