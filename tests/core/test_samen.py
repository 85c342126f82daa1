"""Samen invullen texts as data: every bundled language is complete; a region's file is
picked up; age decides the child's wording (from the one clock, never today's date)."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.samen import Filler, filler_for_child, load_languages
from kansencirkel.paths import resource


def test_dutch_and_english_ship_complete() -> None:
    langs = load_languages()
    assert list(langs)[:1] == ["nl"] and "en" in langs
    for texts in langs.values():
        for filler in Filler:
            assert len(texts.point_words(filler)) == 5
            for key in ELEMENT_KEYS:
                words = texts.element(key, filler)
                assert words.sentence.strip() and words.prompt.strip()
        assert not texts.right_to_left


def test_parents_read_u_form_and_children_jij() -> None:
    nl = load_languages()["nl"]
    assert "u" in nl.word(Filler.OUDER, "welcome").split()
    assert "jouw" in nl.word(Filler.KIND, "welcome")


def test_young_children_get_fewer_words() -> None:
    nl = load_languages()["nl"]
    for key in ELEMENT_KEYS:
        young = nl.element(key, Filler.JONG).sentence
        older = nl.element(key, Filler.KIND).sentence
        assert len(young.split()) < len(older.split())


def _third_language(folder: Path, code: str, rtl: bool) -> None:
    data = json.loads((resource("samen") / "nl.json").read_text(encoding="utf-8"))
    data["language"], data["language_name"] = code, "العربية"
    data["direction"] = "rtl" if rtl else "ltr"
    data["words"]["kind"]["welcome"] = "مرحبا! هذه نجمتك."
    (folder / f"{code}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_a_third_language_file_is_picked_up(tmp_path: Path) -> None:
    for name in ("nl.json", "en.json"):
        shutil.copy(resource("samen") / name, tmp_path / name)
    _third_language(tmp_path, "ar", rtl=True)
    langs = load_languages(tmp_path)
    assert list(langs) == ["nl", "ar", "en"]
    assert langs["ar"].right_to_left
    assert langs["ar"].word(Filler.JONG, "welcome") == "مرحبا! هذه نجمتك."


def test_a_broken_file_is_left_out_and_the_others_stay(tmp_path: Path) -> None:
    shutil.copy(resource("samen") / "nl.json", tmp_path / "nl.json")
    (tmp_path / "pl.json").write_text('{"language": "pl"}', encoding="utf-8")
    (tmp_path / "tr.json").write_text("{not json", encoding="utf-8")
    assert list(load_languages(tmp_path)) == ["nl"]


@pytest.mark.parametrize(
    ("born", "filler"),
    [
        (date(2020, 6, 2), Filler.JONG),  # 5, a day before 6
        (date(2019, 6, 1), Filler.JONG),  # 7 today: still young
        (date(2018, 6, 1), Filler.KIND),  # 8 today
        (date(2013, 1, 1), Filler.KIND),  # 13
        (None, None),  # unknown: the team member is asked
    ],
)
def test_wording_follows_age(born: date | None, filler: Filler | None) -> None:
    assert filler_for_child(born, date(2026, 6, 1)) == filler


def test_every_language_names_the_elements_of_its_star(tmp_path: Path) -> None:
    """The thank-you star's axis labels come from the file; a file without them is left out."""
    langs = load_languages()
    assert langs["nl"].element_names()["erbij_horen"] == "Erbij horen"
    assert langs["en"].element_names()["erbij_horen"] == "Included"
    for texts in langs.values():
        assert list(texts.element_names()) == list(ELEMENT_KEYS)
    data = json.loads((resource("samen") / "nl.json").read_text(encoding="utf-8"))
    data["language"] = "pl"
    del data["elements"]["veilig"]["name"]
    (tmp_path / "pl.json").write_text(json.dumps(data), encoding="utf-8")
    assert load_languages(tmp_path) == {}
