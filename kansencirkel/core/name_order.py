"""The order of children by name, as a Dutch school files them: "de Vries" under V.

One rule for the children list's sort and for the vault's first screen of that list
(``children.first_screen``), so the rows painted first are exactly the rows the whole list
starts with.
"""

from __future__ import annotations

#: Dutch surname prefixes (tussenvoegsels) that sorting skips: "de Vries" files under V.
_PREFIXES = frozenset(
    {
        "de",
        "den",
        "der",
        "van",
        "ten",
        "ter",
        "te",
        "'t",
        "het",
        "in",
        "op",
        "aan",
        "bij",
        "la",
        "le",
        "du",
        "da",
        "di",
        "von",
        "vom",
        "zu",
    }
)


def surname_key(family_name: str) -> str:
    words = family_name.casefold().split()
    while len(words) > 1 and words[0] in _PREFIXES:
        words.pop(0)
    return " ".join(words)


def name_key(family_name: str, given_name: str) -> tuple[str, str]:
    """Sort key: surname without its prefix, then given name, both without case."""
    return surname_key(family_name), given_name.casefold()
