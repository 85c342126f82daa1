"""Real processes to kill for the crash proofs, started fast: a fork server.

``python -m tests.support.crash_server`` imports the app once (vault, command line), then for
every job it is sent forks a child that runs the job and ends. The test learns the child's pid
and kills it with a real SIGKILL after a random delay, or the child kills itself at a named
step (``KANSENCIRKEL_TEST_CRASH_AT``, :mod:`kansencirkel.core.crashpoint`). Forking skips the
half second of imports a fresh interpreter needs, so a proof can afford hundreds of kills.

The server sends the SIGKILL itself, through a pidfd (Linux), so the signal can only reach its
own child, never a process that happens to get a finished child's pid. The server never opens
a vault and starts no thread, so forking it is safe. Linux only (``os.pidfd_open``).

A job is one JSON line: ``{"kind": ..., "kill_after": seconds or null, "crash_at": step or
null, "umask": int or null, "env": {...}, "log": path, ...}``; the server answers
``{"exit": code}`` or ``{"signal": n}`` once the child is gone.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]


# --- the server (runs in its own process) --------------------------------------------------


def _run_job(job: dict[str, Any]) -> int:
    """In the child: do one key change and return an exit code."""
    if job["kind"] == "cli":
        from kansencirkel.cli import main

        return main(list(job["argv"]))
    from kansencirkel.vault.vault import Vault

    path = Path(job["path"])
    if job["kind"] == "rotate":
        with Vault.open(path, job["member_id"], job["passphrase"]) as vault:
            vault.keys.rotate(job["passphrases"], job["recovery_code"])
        return 0
    with Vault.open(path, job["member_id"], job["passphrase"]) as vault:
        if job["kind"] == "add_member":
            from kansencirkel.core.enums import Role

            vault.keys.add_member(job["name"], Role.LEERKRACHT, job["new_passphrase"])
        elif job["kind"] == "remove_member":
            vault.keys.remove_member(job["remove_id"])
        elif job["kind"] == "replace_recovery":
            vault.keys.replace_recovery_code(job["code"])
        elif job["kind"] == "backup":
            vault.backup(Path(job["folder"]))
        else:
            raise ValueError(job["kind"])
    return 0


def _child(job: dict[str, Any]) -> None:
    log = os.open(job["log"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(log, 1)
    os.dup2(log, 2)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    sys.stdin = open(0, closefd=False)  # noqa: SIM115 - the child ends with os._exit
    os.environ.update(job.get("env") or {})
    if job.get("crash_at"):
        os.environ["KANSENCIRKEL_TEST_CRASH_AT"] = job["crash_at"]
    if job.get("umask") is not None:
        os.umask(int(job["umask"]))
    code = 70
    try:
        code = _run_job(job)
    except BaseException as exc:  # reported through the log and the exit code
        print(f"job failed: {type(exc).__name__}: {exc}", file=sys.stderr)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def serve() -> None:
    # Everything a job needs, imported once here (the children inherit it).
    import kansencirkel.vault.vault  # noqa: F401
    from kansencirkel.cli import build_parser

    build_parser()  # imports every sub-command
    out = sys.stdout
    print(json.dumps({"ready": True}), file=out, flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _child(job)
        pidfd = os.pidfd_open(pid)
        try:
            ended, _, _ = select.select([pidfd], [], [], job.get("kill_after"))
            if not ended:  # still running after the delay: kill it, as a power cut would
                signal.pidfd_send_signal(pidfd, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
        finally:
            os.close(pidfd)
        if os.WIFSIGNALED(status):
            print(json.dumps({"signal": os.WTERMSIG(status)}), file=out, flush=True)
        else:
            print(json.dumps({"exit": os.WEXITSTATUS(status)}), file=out, flush=True)


# --- the client (the test) -----------------------------------------------------------------


@dataclass(frozen=True)
class Ended:
    """How a job's process ended: its exit code, or killed (by the test or a crash point)."""

    exit_code: int | None
    killed: bool
    seconds: float


class CrashServer:
    """Sends jobs to the fork server; ``run(job, kill_after=s)`` kills the job's process with
    SIGKILL if it is still running after ``s`` seconds."""

    def __init__(self, env: dict[str, str] | None = None) -> None:
        full = dict(os.environ, PYTHONPATH=str(REPO), **(env or {}))
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "tests.support.crash_server"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=full,
            cwd=REPO,
        )
        assert self._read(60) == {"ready": True}

    def _read(self, timeout: float) -> dict[str, Any] | None:
        out = self._proc.stdout
        assert out is not None
        ready, _, _ = select.select([out], [], [], timeout)
        if not ready:
            return None
        line = out.readline()
        if not line:
            raise RuntimeError("the crash server ended")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def run(self, job: dict[str, Any], *, kill_after: float | None = None) -> Ended:
        """Run ``job`` in a fresh child; SIGKILL it if it still runs after ``kill_after``."""
        assert self._proc.stdin is not None
        begin = time.monotonic()
        self._proc.stdin.write(json.dumps({**job, "kill_after": kill_after}) + "\n")
        self._proc.stdin.flush()
        ended = self._read(120)
        seconds = time.monotonic() - begin
        assert ended is not None, "a job did not end"
        if "signal" in ended:
            assert ended["signal"] == signal.SIGKILL
            return Ended(None, True, seconds)
        return Ended(int(ended["exit"]), False, seconds)

    def close(self) -> None:
        if self._proc.stdin is not None:
            self._proc.stdin.close()
        try:
            self._proc.wait(30)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait(30)


if __name__ == "__main__":
    serve()
