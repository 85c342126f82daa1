"""Names reduced to initials in free texts (meeting mode on a projector)."""

from __future__ import annotations

import pytest

from kansencirkel.core.initials import NameMask, fold, person_initials


def mask_for(child: tuple[str, str], *people: str) -> NameMask:
    mask = NameMask()
    mask.add_child(*child)
    mask.add_people(people)
    return mask


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sanne de Vries gaat met plezier naar school.", "S.V. gaat met plezier naar school."),
        ("sanne is blij; SANNE ook", "S. is blij; S. ook"),  # any case
        ("De Vries, Sanne", "V., S."),  # family name with its tussenvoegsel, then given name
        ("Vries", "V."),
        ("Sanne's fiets en Sannes jas", "S.'s fiets en S.'s jas"),  # genitive
        ("Sannetje en Sanne\u2019s moeder", "S. en S.'s moeder"),  # diminutive, curly quote
        ("'Sanne' zei het zelf", "'S.' zei het zelf"),
        ("Sanne\nde  Vries", "S.V."),  # spread over lines and spaces
        ("Sannemarie en Vriesland", "Sannemarie en Vriesland"),  # whole words only
        ("de kinderen van de klas", "de kinderen van de klas"),  # particles stay
    ],
)
def test_child_names_become_initials(text: str, expected: str) -> None:
    assert mask_for(("Sanne", "de Vries")).mask(text) == expected


def test_accents_do_not_hide_a_name() -> None:
    mask = mask_for(("Mai", "Nguyễn"), "Gülsüm Öztürk")
    assert mask.mask("Mai Nguyen en mai en Maï") == "M.N. en M. en M."
    assert mask.mask("Gulsum Ozturk belde; ÖZTÜRK ook") == "G.Ö. belde; Ö. ook"


def test_people_around_the_child_by_their_parts() -> None:
    mask = mask_for(("Daan", "Bakker"), "Jan van den Berg", "Iris Coach", "Linda")
    assert mask.mask("Jan van den Berg belt") == "J.B. belt"
    assert mask.mask("meneer Van den Berg en Berg") == "meneer B. en B."
    assert mask.mask("Iris en Linda, en Daantje") == "I. en L., en D."
    assert mask.mask("Brammetje") == "Brammetje"  # not a name here


def test_names_that_are_ordinary_words_are_masked_too() -> None:
    """Privacy before prose: 'Roos' and 'de Jong' also go where the word is meant."""
    mask = mask_for(("Roos", "de Jong"), "Al Bakker")
    assert mask.mask("Een roos voor Roos, nog jong") == "Een R. voor R., nog J."
    assert mask.mask("Al Bakker komt; de bakker ook, al is het laat") == (
        "B. komt; de B. ook, al is het laat"  # a particle-like "Al" never goes alone
    )


def test_short_names_and_a_given_name_that_is_a_particle() -> None:
    mask = mask_for(("Bo", "Li"), "J. de Vries")
    assert mask.mask("Bo en Li; bo") == "B. en L.; B."
    assert mask.mask("J. de Vries") == "J. V."  # the initial stays, the name goes
    assert mask.mask("Jan") == "Jan"  # a one-letter initial matches no other word
    van = mask_for(("Van", "Tran"))
    assert van.mask("Van is blij, van harte") == "V. is blij, V. harte"  # the child's own name


def test_words_for_who_gave_a_reading_are_not_names() -> None:
    mask = mask_for(("Noor", "El Amrani"), "Kernteam", "moeder", "School", "moeder (Fatima)")
    text = "Het kernteam, de moeder en school; El Amrani en Fatima"
    assert mask.mask(text) == "Het kernteam, de moeder en school; A. en F."


def test_person_initials() -> None:
    assert person_initials("Iris Coach") == "I.C."
    assert person_initials("Jan van den Berg") == "J.B."
    assert person_initials("Linda") == "L."
    assert person_initials("van Dijk") == "D."
    assert person_initials("") == ""


def test_fold_keeps_positions() -> None:
    flat, where = fold("Ærø Ł")
    assert flat == "aero l"
    assert [where[i] for i in range(len(flat))] == [0, 0, 1, 2, 3, 4]


def test_an_empty_mask_changes_nothing() -> None:
    assert NameMask().mask("Sanne") == "Sanne"
    assert not NameMask()
