"""Kinds of afspraken: the bundled list, a vault's own list, and what a bad list does."""

from __future__ import annotations

import json

import pytest

from kansencirkel.core.kinds import (
    KindsDataError,
    default_kinds,
    kinds_from_setting,
    kinds_to_setting,
    parse_kinds,
)


def test_the_bundled_list_has_the_issue_s_kinds_in_both_languages() -> None:
    kinds = default_kinds()
    assert "gesprek_ouders" in kinds.keys and kinds.keys[-1] == "anders"
    assert kinds.label("cjg_coach") == "Inzet CJG-coach"
    assert kinds.label("cjg_coach", "en") == "CJG coach involved"
    assert all(k.label("nl") and k.label("en") for k in kinds.kinds)


def test_a_vault_s_own_list_replaces_it_and_a_dropped_key_still_shows() -> None:
    own = kinds_to_setting(
        parse_kinds(
            {"kinds": [{"key": "huiswerk", "nl": "Huiswerkklas", "en": "Homework club"}]}
        ).kinds
    )
    kinds = kinds_from_setting(own)
    assert kinds.keys == ("huiswerk",)
    assert kinds.label("cjg_coach") == "cjg_coach"  # dropped from the list, not lost
    assert kinds.label(None) == ""


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"kinds": []},
        {"kinds": [{"key": "Hoofdletter", "nl": "a", "en": "a"}]},
        {"kinds": [{"key": "a", "nl": "a", "en": ""}]},
        {"kinds": [{"key": "a", "nl": "a", "en": "a"}, {"key": "a", "nl": "b", "en": "b"}]},
    ],
)
def test_a_bad_list_is_refused_and_a_stored_bad_list_falls_back(data: object) -> None:
    with pytest.raises(KindsDataError):
        parse_kinds(data)
    assert kinds_from_setting(json.dumps(data)) == default_kinds()
    assert kinds_from_setting("niet eens json") == default_kinds()
