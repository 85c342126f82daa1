"""Where things are in a SQLCipher 4 vault file, for the damage proof: the salt, the encrypted
SQLite header, page bodies, each page's IV and HMAC, and which pages are free.

SQLCipher 4 (defaults, as the vault uses them): 4096-byte pages; page 1 starts with the
16-byte plaintext salt; the last 80 bytes of every page are its reserve: a 16-byte IV, then a
64-byte HMAC-SHA512 over the encrypted data, the IV and the page number. Everything else is
AES-256-CBC under the raw database key. The free pages are read from the SQLite header and
the freelist trunk pages, decrypted here with the key (the vault never needs this).
"""

from __future__ import annotations

import struct

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
SALT = 16
RESERVE = 80
IV = 16
BODY = PAGE - RESERVE  # encrypted bytes of a page (page 1: after the salt)
HEADER_END = 100  # the SQLite database header, encrypted like the rest of page 1


def decrypt_page(data: bytes, key: bytes, page_no: int) -> bytes:
    """The plaintext of page ``page_no`` (1-based); page 1 without its salt."""
    start = (page_no - 1) * PAGE
    first = SALT if page_no == 1 else 0
    body = data[start + first : start + BODY]
    iv = data[start + BODY : start + BODY + IV]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def free_pages(data: bytes, key: bytes) -> list[int]:
    """The pages on the freelist (1-based): trunk pages and their leaves."""
    header = decrypt_page(data, key, 1)  # header byte N is at N - SALT here
    (trunk,) = struct.unpack_from(">I", header, 32 - SALT)
    found: list[int] = []
    while trunk:
        found.append(trunk)
        page = decrypt_page(data, key, trunk)
        next_trunk, count = struct.unpack_from(">II", page, 0)
        found.extend(struct.unpack_from(f">{count}I", page, 8))
        trunk = next_trunk
    return sorted(found)


def regions(data: bytes, key: bytes) -> dict[str, list[tuple[int, int]]]:
    """Byte ranges [start, end) of the file by what they hold."""
    pages = len(data) // PAGE
    free = set(free_pages(data, key))
    used = [p for p in range(1, pages + 1) if p not in free]

    def at(p: int, lo: int, hi: int) -> tuple[int, int]:
        return ((p - 1) * PAGE + lo, (p - 1) * PAGE + hi)

    return {
        "salt": [(0, SALT)],
        "header": [(SALT, HEADER_END)],
        "page bodies": [at(1, HEADER_END, BODY)] + [at(p, 0, BODY) for p in used if p > 1],
        "IVs": [at(p, BODY, BODY + IV) for p in used],
        "HMACs": [at(p, BODY + IV, PAGE) for p in used],
        "free pages": [at(p, 0, PAGE) for p in sorted(free)],
    }
