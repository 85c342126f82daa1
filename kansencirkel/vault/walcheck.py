"""Before opening: did a crashed session leave committed changes in a `-wal` that is now
missing, cut short or damaged?

Committed changes live in the write-ahead log (`<vault>.kcv-wal`) until a checkpoint copies
them into the database file. SQLite replays the log's valid frames and silently ignores the
rest; with the log gone it simply opens the older database file. Either way changes are lost
without a word. After a crash, SQLite's index of the log (`<vault>.kcv-shm`) still says how
many frames were committed (``mxFrame``) and how many are already in the database file
(``nBackfill``), so this module checks, reading only, that the log still holds every frame
the index promises, each with the right salt and checksum (the SQLite file format,
sections "WAL File Format" and "The WAL-Index Format"). A clean close removes both files, so
this only ever reads anything after a crash.

What it cannot see: a crash whose `-wal` *and* `-shm` were both removed (say, only the
`.kcv` and key files were copied). The database file is then a consistent older state.
"""

from __future__ import annotations

import struct
from pathlib import Path

from kansencirkel.vault.errors import VaultDamaged

_SHM_HEADER = 136  # two copies of the 48-byte index header, then the checkpoint info
_SHM_VERSION = 3007000
_WAL_HEADER = 32
_FRAME_HEADER = 24
_WAL_MAGIC = (0x377F0682, 0x377F0683)  # last bit: checksums in big-endian words
_MASK = 0xFFFFFFFF


def _checksum(data: bytes, big_endian: bool, s1: int = 0, s2: int = 0) -> tuple[int, int]:
    """SQLite's WAL checksum: Fibonacci-weighted sums of 32-bit word pairs."""
    for x0, x1 in struct.iter_unpack(">II" if big_endian else "<II", data):
        s1 = (s1 + x0 + s2) & _MASK
        s2 = (s2 + x1 + s1) & _MASK
    return s1, s2


def promised_frames(shm: bytes) -> tuple[int, int] | None:
    """(committed frames, frames already copied into the database), or None when the index
    is not a valid SQLite 3.7+ header (then there is nothing to hold SQLite to)."""
    if len(shm) < _SHM_HEADER:
        return None
    native_big = struct.pack("=I", 1) == struct.pack(">I", 1)
    frames = []
    for offset in (0, 48):  # the writer updates both copies; a crash may split them
        version, _, _, is_init, _, _, mx_frame = struct.unpack_from("=IIIBBHI", shm, offset)
        stored = struct.unpack_from("=II", shm, offset + 40)
        if version != _SHM_VERSION or not is_init:
            return None
        if _checksum(shm[offset : offset + 40], native_big) != stored:
            return None
        frames.append(mx_frame)
    (backfilled,) = struct.unpack_from("=I", shm, 96)
    return min(frames), backfilled


def _valid_frames(wal: Path, wanted: int) -> int:
    """How many frames from the start of the log SQLite would accept (up to ``wanted``)."""
    try:
        with open(wal, "rb") as fh:
            header = fh.read(_WAL_HEADER)
            if len(header) < _WAL_HEADER:
                return 0
            magic, _, page_size, _, salt1, salt2, c1, c2 = struct.unpack(">8I", header)
            if magic not in _WAL_MAGIC:
                return 0
            big = magic & 1 == 1
            sums = _checksum(header[:24], big)
            if sums != (c1, c2):
                return 0
            for n in range(wanted):
                frame = fh.read(_FRAME_HEADER + page_size)
                if len(frame) < _FRAME_HEADER + page_size:
                    return n
                _, _, f_salt1, f_salt2, f1, f2 = struct.unpack_from(">6I", frame)
                sums = _checksum(frame[_FRAME_HEADER:], big, *_checksum(frame[:8], big, *sums))
                if (f_salt1, f_salt2) != (salt1, salt2) or sums != (f1, f2):
                    return n
    except OSError:
        return 0
    return wanted


def check_wal(db_path: Path) -> None:
    """`VaultDamaged` when committed changes that are not yet in the database file are
    missing from its write-ahead log. Reads only; run before SQLite opens the vault (SQLite
    rebuilds the index on open)."""
    db_path = Path(db_path)
    shm = db_path.with_name(db_path.name + "-shm")
    wal = db_path.with_name(db_path.name + "-wal")
    try:
        with open(shm, "rb") as fh:
            index = fh.read(_SHM_HEADER)
    except OSError:  # no index: a clean close, or nothing to compare with
        return
    promised = promised_frames(index)
    if promised is None:
        return
    committed, backfilled = promised
    if committed > backfilled and _valid_frames(wal, committed) < committed:
        raise VaultDamaged()
