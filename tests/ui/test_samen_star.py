"""The thank-you screen's star speaks the filler's language, not the app's: its axis labels
and its note come from the language file they chose (English, or a region's own file), read
back from the figure as drawn, while the app itself stays Dutch."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from kansencirkel.charts.radar import GID_ELEMENT
from kansencirkel.core.bidi_text import visual
from kansencirkel.core.elements import ELEMENT_KEYS, catalog
from kansencirkel.core.samen import Filler, SamenTexts, load_languages
from kansencirkel.core.samen_answers import UNKNOWN, SamenAnswers
from kansencirkel.paths import resource
from kansencirkel.ui.i18n import current_lang
from kansencirkel.ui.samen_window import SamenWindow
from kansencirkel.vault.vault import Vault
from tests.ui.child_fixtures import add_child

#: A region's third language, with names no bundled file has.
POLISH = {
    "actief": "Aktywny",
    "gerespecteerd": "Szanowany",
    "verantwoordelijk": "Odpowiedzialny",
    "erbij_horen": "Przynależny",
    "veilig": "Bezpieczny",
    "gezond": "Zdrowy",
    "ontplooiing": "Rozwój",
    "gekoesterd": "Otoczony troską",
}
POLISH_GAP = "Puste miejsce: tu jeszcze nie wiesz."
#: A right-to-left one: its names must be drawn joined and in reading order.
ARABIC = {
    "actief": "نشيط",
    "gerespecteerd": "محترم",
    "verantwoordelijk": "مسؤول",
    "erbij_horen": "منتمٍ",
    "veilig": "آمن",
    "gezond": "بصحة جيدة",
    "ontplooiing": "نمو",
    "gekoesterd": "محبوب",
}
ARABIC_GAP = "مكان فارغ: لا تعرف بعد."


def _region(folder: Path, lang: str) -> SamenTexts:
    names, gap, name, direction = {
        "pl": (POLISH, POLISH_GAP, "Polski", "ltr"),
        "ar": (ARABIC, ARABIC_GAP, "العربية", "rtl"),
    }[lang]
    for file in ("nl.json", "en.json"):
        shutil.copy(resource("samen") / file, folder / file)
    data = json.loads((resource("samen") / "nl.json").read_text(encoding="utf-8"))
    data.update(language=lang, language_name=name, direction=direction)
    for key, element in names.items():
        data["elements"][key]["name"] = element
    data["words"]["kind"]["star_gap"] = gap
    (folder / f"{lang}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return load_languages(folder)[lang]


def _drawn(window: SamenWindow) -> tuple[list[str], list[str]]:
    """(axis labels, figure texts) of the star as drawn on the thank-you screen."""
    fig = window.thanks.chart.figure
    assert fig is not None
    [ax] = fig.axes
    labels = [t.get_text() for t in ax.texts if t.get_gid() == GID_ELEMENT]
    return labels, [t.get_text() for t in fig.texts]


@pytest.mark.parametrize("lang", ["en", "pl", "ar"])
def test_the_thank_you_star_is_labelled_in_the_fillers_language(
    qtbot: Any, vault: Vault, ui_ops: Any, tmp_path: Path, lang: str
) -> None:
    assert current_lang() == "nl"  # the team member's app stays Dutch
    texts = load_languages()["en"] if lang == "en" else _region(tmp_path, lang)
    child = add_child(vault)
    scores: dict[str, int] = dict.fromkeys(ELEMENT_KEYS, 4)
    scores["gezond"] = UNKNOWN  # a gap, so the note is drawn too
    answers = SamenAnswers(
        child.id, Filler.KIND, "Sanne", lang, answers=scores, step=len(ELEMENT_KEYS) + 1
    )
    window = SamenWindow(vault.repos, ui_ops, answers, texts)

    def release(w: SamenWindow) -> None:
        w.clear()
        ui_ops.runner.wait_idle(10_000)

    qtbot.addWidget(window, before_close_func=release)
    window.GUARD_MS = 0
    window.show()
    qtbot.waitExposed(window)
    window.end.goes_well.setPlainText("Fietsen")
    with qtbot.waitSignal(window.saved, timeout=10_000):
        window.next_button.click()
    qtbot.waitUntil(lambda: bool(_drawn(window)[0]), timeout=10_000)
    labels, notes = _drawn(window)
    # Drawn as shown: right-to-left names joined and in visual order (matplotlib itself
    # would draw them mirrored and unjoined); the others as they are.
    expected = [visual(texts.element_names()[k]) for k in ELEMENT_KEYS]
    assert labels == expected
    if lang == "pl":
        assert labels == list(POLISH.values())
    elif lang == "ar":
        assert labels != list(ARABIC.values())  # shaped, not the letters as typed
        assert visual("آمن") in labels and visual("آمن") == "\ufee6\ufee3\ufe81"
    else:
        assert labels == [catalog().element(k).name("en") for k in ELEMENT_KEYS]
    dutch = {catalog().element(k).name("nl") for k in ELEMENT_KEYS}
    assert not dutch & set(labels)  # not one Dutch name on their star
    note = visual(texts.word(Filler.KIND, "star_gap"))
    assert note in notes and (lang != "pl" or note == POLISH_GAP)
    assert not [t for t in notes if "weet niet" in t.lower()]  # the app's Dutch note is gone
