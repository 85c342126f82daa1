"""One unambiguous byte encoding for a sequence of labels and strings (associated data, salts).

Each part is written as a 4-byte big-endian length followed by its bytes (strings as UTF-8), so
("ab", "c") and ("a", "bc") never encode alike, as they would with plain concatenation or a
separator that may occur inside a part.
"""

from __future__ import annotations

_MAX_PART = 2**32 - 1


def encode_parts(*parts: bytes | str) -> bytes:
    out = bytearray()
    for part in parts:
        raw = part.encode("utf-8") if isinstance(part, str) else bytes(part)
        if len(raw) > _MAX_PART:
            raise ValueError("part too long to encode")
        out += len(raw).to_bytes(4, "big")
        out += raw
    return bytes(out)
