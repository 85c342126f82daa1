"""Every page of a vault, decrypted in memory: the database file and each frame of its `-wal`.

Used by the erasure check (:mod:`.erase_check`), which must see free pages and old WAL frames
too, not just what SQL can reach. The bundled SQLCipher has neither ``sqlite_dbpage`` nor
``dbstat``, so the pages are read from the files and decrypted here with the vault's key,
following SQLCipher 4's published page format (defaults, which the vault never changes):

- the vault keys SQLCipher with a raw 32-byte key (``x'…'``, see :mod:`.engine`), so that key
  *is* the AES-256 key: no PBKDF2 with the passphrase is involved;
- the HMAC key is PBKDF2-HMAC-SHA512 of that key over the file's 16-byte salt XOR 0x3a
  (``hmac_salt_mask``), 2 iterations (``fast_kdf_iter``), 32 bytes;
- each 4096-byte page ends in 80 reserved bytes: a 16-byte IV and a 64-byte HMAC-SHA512 over
  the ciphertext, the IV and the page number (4 bytes, little-endian);
- page 1 starts with the salt in the clear; its ciphertext starts after it.

Each page's HMAC is verified before it counts as read: a page that fails is reported, never
guessed at. Nothing decrypted is written anywhere; the pages live in memory only. AES and
HMAC come from `cryptography`.
"""

from __future__ import annotations

import hmac
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.hmac import HMAC
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from kansencirkel.vault import layout

PAGE_SIZE = 4096
SALT_BYTES = 16
IV_BYTES = 16
HMAC_BYTES = 64
RESERVE = 80  # IV + HMAC, rounded up to the AES block size
HMAC_SALT_MASK = 0x3A
FAST_KDF_ITER = 2
SQLITE_HEADER = b"SQLite format 3\x00"
WAL_HEADER = 32
FRAME_HEADER = 24


@dataclass(frozen=True, slots=True)
class Page:
    """One decrypted page: where it came from, its number, and its bytes (None when its
    HMAC did not verify)."""

    source: str  # "db" or "wal"
    index: int  # position in its file: page index, or WAL frame index
    number: int  # the database page number it holds
    data: bytes | None


def hmac_key(key: bytes, salt: bytes) -> bytes:
    masked = bytes(b ^ HMAC_SALT_MASK for b in salt)
    kdf = PBKDF2HMAC(hashes.SHA512(), length=len(key), salt=masked, iterations=FAST_KDF_ITER)
    return kdf.derive(key)


def decrypt_page(raw: bytes, number: int, key: bytes, mac_key: bytes) -> bytes | None:
    """The plaintext of one encrypted page up to its reserved bytes, or None when the HMAC
    fails or the page is cut short. Page 1 gets SQLite's own 16-byte header in place of the
    salt, as SQLCipher does, so offsets inside it are SQLite's."""
    if len(raw) != PAGE_SIZE:
        return None
    start = SALT_BYTES if number == 1 else 0
    end = PAGE_SIZE - RESERVE
    body, iv = raw[start:end], raw[end : end + IV_BYTES]
    tag = raw[end + IV_BYTES : end + IV_BYTES + HMAC_BYTES]
    mac = HMAC(mac_key, hashes.SHA512())
    mac.update(body + iv + struct.pack("<I", number))
    if not hmac.compare_digest(mac.finalize(), tag):
        return None
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(body) + decryptor.finalize()
    return SQLITE_HEADER + plain if number == 1 else plain


def _salt(db_path: Path) -> bytes:
    with open(db_path, "rb") as fh:
        return fh.read(SALT_BYTES)


def db_pages(db_path: Path, key: bytes) -> Iterator[Page]:
    """Every page of the database file, free pages included, in file order."""
    data = Path(db_path).read_bytes()
    mac_key = hmac_key(key, data[:SALT_BYTES])
    count = (len(data) + PAGE_SIZE - 1) // PAGE_SIZE
    for i in range(count):
        raw = data[i * PAGE_SIZE : (i + 1) * PAGE_SIZE]
        yield Page("db", i, i + 1, decrypt_page(raw, i + 1, key, mac_key))


@dataclass(frozen=True, slots=True)
class WalFrames:
    """The frames of a `-wal`: ``current`` are those of its present generation (their salt
    matches the header's), the rest are older frames SQLite would no longer replay."""

    frames: tuple[Page, ...]
    current: frozenset[int]  # frame indexes


def wal_frames(db_path: Path, key: bytes) -> WalFrames:
    """Every frame of the `-wal` (none when it is missing or empty), whatever its generation;
    a cut-short last frame is reported as unreadable."""
    wal = layout.wal_path(Path(db_path))
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return WalFrames((), frozenset())
    if not data:
        return WalFrames((), frozenset())
    mac_key = hmac_key(key, _salt(db_path))
    header_salts = data[16:24]
    frames: list[Page] = []
    current: set[int] = set()
    pos, index = WAL_HEADER, 0
    while pos < len(data):
        head = data[pos : pos + FRAME_HEADER]
        raw = data[pos + FRAME_HEADER : pos + FRAME_HEADER + PAGE_SIZE]
        number = struct.unpack(">I", head[:4])[0] if len(head) == FRAME_HEADER else 0
        frames.append(Page("wal", index, number, decrypt_page(raw, number, key, mac_key)))
        if head[8:16] == header_salts:
            current.add(index)
        pos += FRAME_HEADER + PAGE_SIZE
        index += 1
    if len(data) < WAL_HEADER:  # a header cut short: nothing readable, say so
        frames.append(Page("wal", 0, 0, None))
    return WalFrames(tuple(frames), frozenset(current))


def current_image(db: list[Page], wal: WalFrames) -> dict[int, bytes]:
    """Page number → plaintext as SQLite sees the database now: the file's pages with the
    present WAL generation's frames laid over them."""
    image = {p.number: p.data for p in db if p.data is not None}
    for frame in wal.frames:
        if frame.index in wal.current and frame.data is not None:
            image[frame.number] = frame.data
    return image
