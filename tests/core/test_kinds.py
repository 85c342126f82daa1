"""Kinds of afspraken: the bundled list, a vault's own list, and what a bad list does."""

from __future__ import annotations

import json

import pytest

from kansencirkel.core.kinds import (
    KEY_PATTERN,
    KindEditRefused,
    KindsDataError,
    default_kinds,
    find_kind,
    kinds_from_setting,
    kinds_to_setting,
    new_key,
    parse_kinds,
    with_added,
    with_renamed,
    with_retired,
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


def test_adding_makes_a_stable_key_and_keeps_anders_last() -> None:
    kinds = with_added(default_kinds(), "  Inzet   buurtcoach ")
    added = kinds.kinds[-2]
    assert (added.key, added.label("nl"), added.label("en")) == (
        "inzet_buurtcoach",
        "Inzet buurtcoach",
        "Inzet buurtcoach",  # no English yet: the Dutch name until someone translates it
    )
    assert kinds.keys[-1] == "anders"
    assert new_key("Één-op-één gesprek!", ["een_op_een_gesprek"]) == "een_op_een_gesprek_2"
    assert new_key("123", []) == "soort_123"
    assert KEY_PATTERN.match(new_key("x" * 100, []))


@pytest.mark.parametrize(
    "name", ["", "   ", "Inzet CJG-coach", "inzet cjg-coach", "Other", "x" * 81]
)
def test_an_empty_long_or_existing_name_is_refused(name: str) -> None:
    with pytest.raises(KindEditRefused):
        with_added(default_kinds(), name)


def test_renaming_keeps_the_key_and_a_retired_kind_stays_listed_but_not_offered() -> None:
    kinds = with_renamed(default_kinds(), "anders", "Iets anders")
    assert kinds.get("anders").labels == {"nl": "Iets anders", "en": "Other"}
    own = with_renamed(with_added(kinds, "Huiswerkklas"), "huiswerkklas", "Huiswerk")
    assert own.get("huiswerkklas").labels == {"nl": "Huiswerk", "en": "Huiswerk"}
    with pytest.raises(KindEditRefused):
        with_renamed(kinds, "anders", "Inzet CJG-coach")
    assert with_renamed(kinds, "anders", "iets ANDERS").label("anders") == "iets ANDERS"
    retired = with_retired(kinds, "cjg_coach")
    assert "cjg_coach" in retired.keys and retired.label("cjg_coach") == "Inzet CJG-coach"
    assert "cjg_coach" not in [k.key for k in retired.offered]
    stored = kinds_from_setting(kinds_to_setting(retired.kinds))
    assert stored == retired and stored.get("cjg_coach").retired
    assert '"retired": true' in kinds_to_setting(retired.kinds)
    assert "retired" not in kinds_to_setting(kinds.kinds)  # only where it is so
    back = with_retired(retired, "cjg_coach", retired=False)
    assert back == kinds
    with pytest.raises(KindEditRefused):
        with_retired(kinds, "geen_soort")


def test_the_last_kind_in_use_cannot_be_retired() -> None:
    kinds = default_kinds()
    for key in kinds.keys[:-1]:
        kinds = with_retired(kinds, key)
    with pytest.raises(KindEditRefused):
        with_retired(kinds, "anders")
    assert find_kind(kinds, " inzet CJG-coach ").key == "cjg_coach"
    assert find_kind(kinds, "Other").key == "anders" and find_kind(kinds, "x") is None
