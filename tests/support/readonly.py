"""A real read-only medium for tests: a small tmpfs mounted on a test folder, filled while
writable, then remounted read-only (``mount -o remount,ro``), as a locked USB stick or a CD.

Needs root (CAP_SYS_ADMIN) and ``mount``; :func:`read_only_medium` skips the test otherwise.
Nothing may hold a file open for writing on it when it is remounted: close vaults first.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, timeout=30)


@contextmanager
def read_only_medium(folder: Path, fill: Callable[[Path], object]) -> Iterator[Path]:
    """``folder`` as a fresh tmpfs; ``fill(folder)`` runs while it is writable, then it is
    read-only for the block; unmounted afterwards."""
    if shutil.which("mount") is None or shutil.which("umount") is None:
        pytest.skip("mount is not installed")
    folder.mkdir(parents=True, exist_ok=True)
    made = _mount("-t", "tmpfs", "-o", "size=32m,mode=0700", "tmpfs", str(folder))
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (root needed): {made.stderr.strip()}")
    try:
        fill(folder)
        remounted = _mount("-o", "remount,ro", str(folder))
        assert remounted.returncode == 0, remounted.stderr
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True, timeout=30, check=False)
