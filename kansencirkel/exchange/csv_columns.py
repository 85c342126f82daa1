"""The column layout of the spreadsheet CSV: Dutch headers, English accepted.

One row per meting, with the child's columns on every row (a spreadsheet's usual shape); a row
with only the child's columns filled adds the child without a meting. Columns, in the
template's order (:data:`TEMPLATE_HEADERS`); only ``Voornaam`` is required, and a file with
metingen needs ``Datum``, ``Perspectief``, ``Gegeven door`` and ``Wat gaat goed`` too:

===================  ===================================  ==================================
Dutch header         also accepted                        holds
===================  ===================================  ==================================
Voornaam             roepnaam, given name, first name     the child's given name
Achternaam           familienaam, family name, last name  the child's family name
Geboortedatum        date of birth, birth date            optional; matches existing children
School               school                               the school
Groep                klas, group, class                   the group (e.g. 6b)
Datum                datum meting, date                   the date of the meting
Perspectief          perspective                          kind, ouders, school, zorg, kernteam
Gegeven door         ingevuld door, given by              who gave the scores
Actief … Gekoesterd  English names, the element keys      a score 1–5, or ?/weet niet/empty
Wat gaat goed        goes well, what goes well            required with every meting
Wensen               hoop en wensen, wishes               optional
===================  ===================================  ==================================

Headers are compared without case, accents, underscores or extra spaces (:func:`normal`).
"""

from __future__ import annotations

from collections.abc import Mapping

from kansencirkel.core.elements import ELEMENT_KEYS, catalog, element_name
from kansencirkel.core.enums import Perspective
from kansencirkel.exchange.csv_text import normal

CHILD_FIELDS = ("given_name", "family_name", "date_of_birth", "school", "group")
MEETING_FIELDS = ("assessed_on", "perspective", "given_by", "goes_well", "wishes")
#: Without these a row's meting cannot be stored (a file with metingen has them all).
MEETING_REQUIRED = ("assessed_on", "perspective", "given_by", "goes_well")


def score_field(key: str) -> str:
    return f"score:{key}"


#: The template's header of each field.
DUTCH_HEADERS: dict[str, str] = {
    "given_name": "Voornaam",
    "family_name": "Achternaam",
    "date_of_birth": "Geboortedatum",
    "school": "School",
    "group": "Groep",
    "assessed_on": "Datum",
    "perspective": "Perspectief",
    "given_by": "Gegeven door",
    "goes_well": "Wat gaat goed",
    "wishes": "Wensen",
}

_OTHER_NAMES: dict[str, tuple[str, ...]] = {
    "given_name": ("roepnaam", "given name", "first name"),
    "family_name": ("familienaam", "family name", "last name", "surname"),
    "date_of_birth": ("geboortedag", "date of birth", "birth date", "birthdate", "dob"),
    "school": (),
    "group": ("klas", "group", "class"),
    "assessed_on": ("datum meting", "meetdatum", "date", "assessment date"),
    "perspective": ("perspective",),
    "given_by": ("ingevuld door", "given by"),
    "goes_well": ("goes well", "what goes well"),
    "wishes": ("hoop en wensen", "wishes", "hopes and wishes", "hopes wishes"),
}


def template_headers() -> tuple[str, ...]:
    """The template's first row: the Dutch headers in the documented order."""
    child = tuple(DUTCH_HEADERS[f] for f in CHILD_FIELDS)
    meeting = tuple(DUTCH_HEADERS[f] for f in ("assessed_on", "perspective", "given_by"))
    scores = tuple(element_name(k, "nl") for k in ELEMENT_KEYS)
    return (*child, *meeting, *scores, DUTCH_HEADERS["goes_well"], DUTCH_HEADERS["wishes"])


def header_names() -> Mapping[str, str]:
    """Every accepted header (normalised) and the field it names."""
    names: dict[str, str] = {}
    for field, dutch in DUTCH_HEADERS.items():
        for name in (dutch, *_OTHER_NAMES[field]):
            names[normal(name)] = field
    for key in ELEMENT_KEYS:
        for name in (key, element_name(key, "nl"), element_name(key, "en")):
            names[normal(name)] = score_field(key)
    return names


def perspective_names() -> Mapping[str, Perspective]:
    """Every accepted way of writing a perspective (normalised)."""
    names: dict[str, Perspective] = {"ouder": Perspective.OUDERS, "parent": Perspective.OUDERS}
    for p in Perspective:
        for name in (p.value, *catalog().perspectives[p.value].values()):
            names[normal(name)] = p
    return names
