"""Search files for secrets and names: the "never in plaintext" and "nothing leaks" proofs.

A needle is looked for as bytes in every regular file under the roots (symlinks, sockets and
pipes are skipped; a pipe would block the read). Secrets are searched in every encoding a
careless program would write them in; text in UTF-8 and both UTF-16 byte orders.
"""

from __future__ import annotations

import base64
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

CHUNK = 4 * 1024 * 1024


def secret_forms(secret: bytes) -> list[bytes]:
    """The raw bytes, hex (both cases), base64 (standard, URL-safe, unpadded) and base32."""
    b64 = base64.b64encode(secret)
    forms = [
        secret,
        secret.hex().encode("ascii"),
        secret.hex().upper().encode("ascii"),
        b64,
        b64.rstrip(b"="),
        base64.urlsafe_b64encode(secret).rstrip(b"="),
        base64.b32encode(secret).rstrip(b"="),
    ]
    return list(dict.fromkeys(forms))


def text_forms(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def regular_files(
    roots: Iterable[Path], *, exclude: Iterable[Path] = (), newer_than: float | None = None
) -> Iterator[Path]:
    """Regular files under ``roots`` (not under an ``exclude`` path), optionally only those
    changed at or after the time ``newer_than``. Files that vanish meanwhile are skipped."""
    excluded = {os.path.realpath(p) for p in exclude}
    seen: set[str] = set()
    for root in roots:
        for folder, dirs, files in os.walk(root):
            real = os.path.realpath(folder)
            if real in excluded or real in seen:
                dirs[:] = []
                continue
            seen.add(real)
            dirs[:] = [d for d in dirs if os.path.realpath(os.path.join(folder, d)) not in excluded]
            for name in files:
                path = os.path.join(folder, name)
                if os.path.realpath(path) in excluded:
                    continue
                try:
                    info = os.lstat(path)
                except OSError:
                    continue
                if not stat.S_ISREG(info.st_mode):
                    continue
                if newer_than is not None and max(info.st_mtime, info.st_ctime) < newer_than:
                    continue
                yield Path(path)


def file_contains(path: Path, needles: list[bytes]) -> list[bytes]:
    """The needles found in ``path`` (read in chunks that overlap by the longest needle)."""
    overlap = max((len(n) for n in needles), default=1)
    found: set[bytes] = set()
    tail = b""
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(CHUNK):
                window = tail + chunk
                found.update(n for n in needles if n in window)
                tail = window[-overlap:]
    except OSError:
        return []
    return [n for n in needles if n in found]


def scan(
    roots: Iterable[Path],
    needles: list[bytes],
    *,
    exclude: Iterable[Path] = (),
    newer_than: float | None = None,
) -> tuple[dict[Path, list[bytes]], int]:
    """Files under ``roots`` holding any needle (with the needles found), and how many files
    were read."""
    hits: dict[Path, list[bytes]] = {}
    count = 0
    for path in regular_files(roots, exclude=exclude, newer_than=newer_than):
        count += 1
        found = file_contains(path, needles)
        if found:
            hits[path] = found
    return hits, count
