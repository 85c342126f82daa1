"""A real, tiny file system that can be filled to the last page: a 2 MiB tmpfs.

Root may mount one (``mount -t tmpfs -o size=2m``); elsewhere the fixture skips with the
reason. :meth:`TinyDisk.fill` leaves exactly ``leave`` bytes (rounded down to whole 4 KiB
pages, tmpfs's unit) by writing a filler file until ENOSPC and then cutting it back.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

PAGE = 4096
SIZE = "2m"


class TinyDisk:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.filler = root / ".filler"

    def free_bytes(self) -> int:
        return shutil.disk_usage(self.root).free

    def fill(self, leave: int = 0) -> None:
        """Take all space but ``leave`` bytes (0: completely full)."""
        self.empty()
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            for chunk in (1 << 16, PAGE):
                with contextlib.suppress(OSError):  # ENOSPC: this chunk size is done
                    while True:
                        os.write(fd, b"\0" * chunk)
            size = os.fstat(fd).st_size
            os.ftruncate(fd, max(0, size - (leave // PAGE) * PAGE))
        finally:
            os.close(fd)

    def empty(self) -> None:
        """Give all the space back."""
        self.filler.unlink(missing_ok=True)


@contextlib.contextmanager
def tiny_disk(mount_point: Path) -> Iterator[TinyDisk | str]:
    """Mount a tiny tmpfs at ``mount_point`` (made if needed); yields it, or the reason it
    cannot be mounted here. Always unmounted afterwards."""
    mount_point.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={SIZE},mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        yield f"cannot mount a tmpfs here ({done.stderr.strip() or done.returncode})"
        return
    try:
        yield TinyDisk(mount_point)
    finally:
        if subprocess.run(["umount", str(mount_point)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(mount_point)], check=True)  # still busy
