"""The key ring: seals with the current key, opens by the key id a value names; reaches a
holder only through the box sealed to that holder's public key."""

from __future__ import annotations

import json
from datetime import date

import pytest

from kansencirkel.vault.team.fields import FieldCipher, FieldUnreadable, sealed_key_id
from kansencirkel.vault.team.keyring_cipher import (
    KeyRing,
    RingUnreadable,
    new_holder_key,
    public_of,
)

TEAM = "5b0c1a52-3a55-4d0e-9a3e-0c2f1d8a7b61"
PLACE = {"table": "children", "column": "given_name"}


def test_after_a_rotation_old_values_still_open_and_new_ones_use_the_new_key() -> None:
    ring = KeyRing.new(TEAM)
    old_value = ring.seal("Sanne", **PLACE)
    rotated = ring.rotated()
    new_value = rotated.seal("Daan", **PLACE)
    assert sealed_key_id(old_value) == ring.current
    assert sealed_key_id(new_value) == rotated.current != ring.current
    assert rotated.open(old_value, **PLACE) == "Sanne"
    assert rotated.open(new_value, **PLACE) == "Daan"
    with pytest.raises(FieldUnreadable):  # the old key alone opens nothing new
        FieldCipher(TEAM, ring.current_key).open(new_value, **PLACE)
    with pytest.raises(FieldUnreadable):
        ring.open(new_value, **PLACE)


def test_values_stay_bound_to_their_place_and_dates_round_trip() -> None:
    ring = KeyRing.new(TEAM)
    with pytest.raises(FieldUnreadable):
        ring.open(ring.seal("Sanne", **PLACE), table="children", column="school")
    day = date(2018, 3, 4)
    assert ring.open_date(ring.seal_date(day, **PLACE), **PLACE) == day
    assert ring.current_key.hex() not in repr(ring) and str(ring.current_key) not in repr(ring)


def test_a_box_opens_only_for_its_holder_and_team() -> None:
    private, public = new_holder_key()
    other, other_public = new_holder_key()
    assert public_of(private) == public
    ring = KeyRing.new(TEAM, {"kc_juf": public, "kc_meester": other_public}).rotated()
    box = ring.box_for("kc_juf")
    opened = KeyRing.open_box(TEAM, "kc_juf", box, private)
    assert opened.keys == ring.keys and opened.current == ring.current
    assert opened.holders == ring.holders
    for team, holder, key in (
        (TEAM, "kc_juf", other),
        (TEAM, "kc_meester", private),
        ("00000000-0000-0000-0000-000000000000", "kc_juf", private),
    ):
        with pytest.raises(RingUnreadable):
            KeyRing.open_box(team, holder, box, key)


@pytest.mark.parametrize(
    "box", ["", "[]", '{"v": 2}', '{"v": 1, "eph": "!", "nonce": "", "ct": ""}']
)
def test_a_malformed_box_is_unreadable(box: str) -> None:
    with pytest.raises(RingUnreadable):
        KeyRing.open_box(TEAM, "kc_juf", box, new_holder_key()[0])


def test_a_payload_whose_key_does_not_match_its_id_is_refused() -> None:
    ring = KeyRing.new(TEAM)
    data = json.loads(ring.to_payload())
    data["keys"] = {"deadbeef": next(iter(data["keys"].values()))}
    data["current"] = "deadbeef"
    with pytest.raises(RingUnreadable):
        KeyRing.from_payload(TEAM, json.dumps(data).encode())
    with pytest.raises(RingUnreadable):
        KeyRing.from_payload("another-team", ring.to_payload())
    assert KeyRing.from_payload(TEAM, ring.to_payload()).keys == ring.keys
