"""The demo's word lists are data (resources/demo/words.json), read once and checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import Role
from kansencirkel.demo.names import load_words, words
from kansencirkel.paths import resource


def test_bundled_words_cover_every_element_and_care_role() -> None:
    w = words()
    assert set(w.element_notes) == set(ELEMENT_KEYS) == set(w.actions)
    assert all(good and attention for good, attention in w.element_notes.values())
    assert {Role(role) for role in w.organisations}  # every key is a real role
    assert len(w.schools) >= 8
    assert any(b.gendered_family for b in w.backgrounds)
    assert all(b.weight > 0 and b.families for b in w.backgrounds)


def test_words_are_read_once() -> None:
    assert words() is words()


def test_a_broken_word_file_is_refused(tmp_path: Path) -> None:
    data = json.loads(resource("demo", "words.json").read_text(encoding="utf-8"))
    del data["actions"]["veilig"]
    broken = tmp_path / "words.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="actions"):
        load_words(broken)
    data = json.loads(resource("demo", "words.json").read_text(encoding="utf-8"))
    data["schools"] = []
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="schools"):
        load_words(broken)
