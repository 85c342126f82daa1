"""Which pages make up one SQLite b-tree (a table or an index), read from decrypted pages.

The erasure check uses it to tell the audit log's pages from all others: the log keeps the
ids of an erased child by design (NEN 7513), anywhere else an id is a trace. Follows the
SQLite file format ("B-tree Pages", "Cell Payload Overflow Pages"): interior pages point to
their children, cells whose payload does not fit spill into a chain of overflow pages.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping

_INTERIOR_INDEX, _INTERIOR_TABLE, _LEAF_INDEX, _LEAF_TABLE = 2, 5, 10, 13


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    """SQLite's big-endian varint at ``pos``: (value, position after it)."""
    value = 0
    for i in range(8):
        byte = data[pos + i]
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, pos + i + 1
    return (value << 8) | data[pos + 8], pos + 9


def _local_size(payload: int, usable: int, table_leaf: bool) -> int:
    """How much of a cell's payload sits on its own page (the rest overflows)."""
    max_local = usable - 35 if table_leaf else ((usable - 12) * 64 // 255) - 23
    if payload <= max_local:
        return payload
    min_local = ((usable - 12) * 32 // 255) - 23
    k = min_local + (payload - min_local) % (usable - 4)
    return k if k <= max_local else min_local


def tree_pages(image: Mapping[int, bytes], root: int, usable: int) -> set[int]:
    """Every page of the b-tree rooted at ``root``: interior, leaf and overflow pages.
    Pages missing from ``image`` (unreadable) are skipped; a loop cannot run forever."""
    seen: set[int] = set()
    todo = [root]
    while todo:
        number = todo.pop()
        page = image.get(number)
        if number in seen or page is None:
            continue
        seen.add(number)
        base = 100 if number == 1 else 0
        kind = page[base]
        if kind not in (_INTERIOR_INDEX, _INTERIOR_TABLE, _LEAF_INDEX, _LEAF_TABLE):
            continue
        interior = kind in (_INTERIOR_INDEX, _INTERIOR_TABLE)
        cells = struct.unpack(">H", page[base + 3 : base + 5])[0]
        header = 12 if interior else 8
        if interior:
            todo.append(struct.unpack(">I", page[base + 8 : base + 12])[0])
        for i in range(cells):
            at = base + header + 2 * i
            pos = struct.unpack(">H", page[at : at + 2])[0]
            if interior:
                todo.append(struct.unpack(">I", page[pos : pos + 4])[0])
                pos += 4
                if kind == _INTERIOR_TABLE:
                    continue  # a rowid key only, no payload
            payload, pos = _varint(page, pos)
            if kind == _LEAF_TABLE:
                _rowid, pos = _varint(page, pos)
            local = _local_size(payload, usable, kind == _LEAF_TABLE)
            if local < payload:
                overflow = struct.unpack(">I", page[pos + local : pos + local + 4])[0]
                while overflow and overflow not in seen and overflow in image:
                    seen.add(overflow)
                    overflow = struct.unpack(">I", image[overflow][:4])[0]
    return seen
