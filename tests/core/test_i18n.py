"""The one language layer below the UI: every message translated, one date formatter, one
plural rule, and a catalogue that loads without Babel once compiled."""

from __future__ import annotations

import ast
import io
import string
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from kansencirkel.core import catalogue, i18n
from kansencirkel.core.dates import format_date, format_moment
from kansencirkel.core.i18n import N_, Message, gettext, ngettext

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "kansencirkel"
METHOD_MAP = [("ui/forms/**.py", "ignore"), ("**.py", "python")]


@pytest.fixture(autouse=True)
def dutch_afterwards() -> Iterator[None]:
    yield
    i18n.set_lang("nl")


@pytest.fixture(scope="module")
def extracted() -> dict[str | tuple[str, ...], str]:
    """Every message in the sources (msgid, or (singular, plural)) → where it is."""
    found: dict[str | tuple[str, ...], str] = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
        PACKAGE, METHOD_MAP, keywords=i18n.EXTRACT_KEYWORDS
    ):
        key = message if isinstance(message, str) else tuple(m for m in message if m)
        found.setdefault(key, f"kansencirkel/{filename}:{lineno}")
    return found


@pytest.fixture(scope="module")
def english() -> Catalog:
    with catalogue.po_file("en").open("rb") as fh:
        return read_po(fh, locale="en", domain=catalogue.DOMAIN)


def _first(message_id: str | tuple[str, ...]) -> str:
    return message_id if isinstance(message_id, str) else message_id[0]


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_the_sources_hold_many_messages(extracted: dict[str | tuple[str, ...], str]) -> None:
    # A broken extractor setup would make every check below pass vacuously.
    assert len(extracted) > 250
    assert "Het wachtwoord klopt niet." in extracted  # vault/errors.py
    assert ("{n} kind.", "{n} kinderen.") in extracted  # commands/children_cmd.py


def test_every_message_has_an_english_translation(
    extracted: dict[str | tuple[str, ...], str], english: Catalog
) -> None:
    missing = []
    for key, where in extracted.items():
        entry = english.get(key if isinstance(key, str) else key[0])
        strings = () if entry is None else entry.string
        strings = strings if isinstance(strings, tuple) else (strings,)
        if entry is None or entry.fuzzy or not strings or not all(s.strip() for s in strings):
            missing.append(f"{where}: {key!r}")
    assert missing == [], "run packaging/update_messages.py and translate:\n" + "\n".join(missing)


def test_english_holds_no_message_the_code_no_longer_uses(
    extracted: dict[str | tuple[str, ...], str], english: Catalog
) -> None:
    used = {k if isinstance(k, str) else k[0] for k in extracted}
    stale = [m.id for m in english if m.id and _first(m.id) not in used]
    stale += [m.id for m in english.obsolete.values()]
    assert stale == [], "run packaging/update_messages.py to drop them"


def test_translations_keep_the_placeholders(english: Catalog) -> None:
    wrong = []
    for m in english:
        if not m.id:
            continue
        ids = (m.id,) if isinstance(m.id, str) else tuple(m.id)
        strings = (m.string,) if isinstance(m.string, str) else tuple(m.string)
        # msgstr[0] answers the singular, every other form the plural
        for index, text in enumerate(strings):
            source = ids[min(index, len(ids) - 1)]
            if _fields(source) != _fields(text):
                wrong.append(f"{source!r} → {text!r}")
    assert wrong == []


def test_the_catalogue_states_the_one_plural_rule(english: Catalog) -> None:
    assert english.mime_headers is not None
    assert dict(english.mime_headers)["Plural-Forms"] == i18n.PLURAL_FORMS


def test_msgids_are_never_built_at_run_time() -> None:
    # The extractor skips f-strings and built strings silently, and a built msgid is never in
    # the catalogue. A name is fine: it refers to a msgid marked with N_ where it is defined.
    markers = set(i18n.EXTRACT_KEYWORDS)
    bad = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "forms" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id not in markers:
                continue
            count = 2 if node.func.id in ("ngettext", "N_plural") else 1
            if any(isinstance(a, (ast.JoinedStr, ast.BinOp, ast.Call)) for a in node.args[:count]):
                bad.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert bad == []


# --- looking up --------------------------------------------------------------------------


def test_dutch_is_the_msgid_and_english_comes_from_the_catalogue() -> None:
    msgid = "De herstelcode klopt niet."
    assert gettext(msgid, lang="nl") == msgid
    assert gettext(msgid, lang="en") == "The recovery code is not correct."
    i18n.set_lang("en")
    assert i18n._(msgid) == "The recovery code is not correct."


def test_values_are_filled_in_only_where_named() -> None:
    text = gettext("Het bestand {name} is leeg.", lang="en", name="x.txt")
    assert text == "The file x.txt is empty."


def test_an_unknown_message_shows_its_dutch_text() -> None:
    assert gettext("Zomaar een zin die nergens staat.", lang="en") == (
        "Zomaar een zin die nergens staat."
    )


def test_a_message_renders_later_in_any_language() -> None:
    message = Message(N_("Er staat geen kluis op {path}."), {"path": "/x.kcv"})
    assert message.text("nl") == "Er staat geen kluis op /x.kcv."
    assert message.text("en") == "There is no vault at /x.kcv."


def test_a_message_inside_a_message_renders_in_the_same_language() -> None:
    inner = Message(N_("Er staat geen kluis op {path}."), {"path": "/x.kcv"})
    outer = Message(N_("{record}: {reason}"), {"record": "x", "reason": inner})
    assert outer.text("en") == "x: There is no vault at /x.kcv."
    assert outer.text("nl") == "x: Er staat geen kluis op /x.kcv."
    i18n.set_lang("en")
    assert outer.text() == "x: There is no vault at /x.kcv."


@pytest.mark.parametrize(
    ("given", "lang"), [("en", "en"), ("EN_gb", "en"), ("nl", "nl"), ("fr", "nl"), (None, "nl")]
)
def test_set_lang_normalises(given: object, lang: str) -> None:
    assert i18n.set_lang(given) == lang
    assert i18n.current_lang() == lang


# --- the one plural rule -----------------------------------------------------------------


def test_plural_rule_in_dutch() -> None:
    agenda = ("{n} kind op de agenda", "{n} kinderen op de agenda")
    assert ngettext(*agenda, 1, lang="nl") == "1 kind op de agenda"
    assert ngettext(*agenda, 2, lang="nl") == "2 kinderen op de agenda"
    assert ngettext(*agenda, 0, lang="nl") == "0 kinderen op de agenda"
    minutes = (" minuut niets doen", " minuten niets doen")
    assert f"1{ngettext(*minutes, 1, lang='nl')}" == "1 minuut niets doen"
    assert f"5{ngettext(*minutes, 5, lang='nl')}" == "5 minuten niets doen"


def test_plural_rule_in_english() -> None:
    assert ngettext("{n} kind.", "{n} kinderen.", 1, lang="en") == "1 child."
    assert ngettext("{n} kind.", "{n} kinderen.", 2, lang="en") == "2 children."
    # (the auto-lock minutes are a widget's: Qt's .ts, tests/ui/test_settings.py)
    agenda = ("{n} kind op de agenda", "{n} kinderen op de agenda")
    assert ngettext(*agenda, 1, lang="en") == "1 child on the agenda"
    assert ngettext(*agenda, 5, lang="en") == "5 children on the agenda"


def test_plural_index_is_the_rule_of_the_header() -> None:
    assert [i18n.plural_index(n) for n in (0, 1, 2, 5, 21)] == [1, 0, 1, 1, 1]


# --- the one date formatter --------------------------------------------------------------

DAY = date(2026, 10, 14)


@pytest.mark.parametrize(
    ("style", "nl", "en"),
    [
        ("long", "14 oktober 2026", "14 October 2026"),
        ("day_month", "14 oktober", "14 October"),
        ("numeric", "14-10-2026", "14/10/2026"),
        ("short", "14 okt 2026", "14 Oct 2026"),
        ("short_day_month", "14 okt", "14 Oct"),
        ("month_year", "okt '26", "Oct '26"),
    ],
)
def test_date_styles(style: str, nl: str, en: str) -> None:
    assert format_date(DAY, style, "nl") == nl  # type: ignore[arg-type]
    assert format_date(DAY, style, "en") == en  # type: ignore[arg-type]


def test_short_months_are_three_letters_without_a_dot() -> None:
    assert format_date(date(2026, 3, 3), "short", "nl") == "3 mrt 2026"
    assert format_date(date(2026, 9, 3), "short", "en") == "3 Sep 2026"
    assert format_date(date(2026, 9, 3), "long", "en") == "3 September 2026"


def test_dates_follow_the_current_language() -> None:
    assert format_date(DAY, "numeric") == "14-10-2026"
    i18n.set_lang("en")
    assert format_date(DAY, "numeric") == "14/10/2026"


def test_a_moment_is_the_numeric_date_and_the_clock_time() -> None:
    moment = datetime(2026, 10, 14, 9, 5, tzinfo=UTC)
    assert format_moment(moment, "nl") == "14-10-2026 09:05"
    assert format_moment(moment, "en") == "14/10/2026 09:05"


# --- loading the catalogue ---------------------------------------------------------------


def test_the_compiled_catalogue_is_cached_and_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KANSENCIRKEL_HOME", str(tmp_path))
    catalogue.forget()
    try:
        assert gettext("Afgebroken.", lang="en") == "Cancelled."
        cached = list((tmp_path / "cache").glob("kansencirkel_en-*.mo"))
        assert len(cached) == 1
        catalogue.forget()
        monkeypatch.setattr(catalogue, "compile_po", _no_compiling)
        assert gettext("Afgebroken.", lang="en") == "Cancelled."
    finally:
        catalogue.forget()


def _no_compiling(source: bytes) -> bytes:
    raise AssertionError("the cached .mo should have been used")


def test_without_a_writable_cache_the_catalogue_is_used_from_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("KANSENCIRKEL_HOME", str(blocked))
    catalogue.forget()
    try:
        assert gettext("Afgebroken.", lang="en") == "Cancelled."
    finally:
        catalogue.forget()


def test_compiling_leaves_out_fuzzy_guesses() -> None:
    po = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
        '#, fuzzy\nmsgid "Ja"\nmsgstr "Yes"\n\nmsgid "Nee"\nmsgstr "No"\n'
    )
    from gettext import GNUTranslations

    found = GNUTranslations(io.BytesIO(catalogue.compile_po(po.encode())))
    assert (found.gettext("Ja"), found.gettext("Nee")) == ("Ja", "No")


def test_english_lookups_need_no_babel_once_compiled(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from kansencirkel.core.i18n import gettext\n"
        "assert gettext('Afgebroken.', lang='en') == 'Cancelled.'\n"
        "print(sorted(m for m in sys.modules if m.startswith('babel')))\n"
    )
    env = {"KANSENCIRKEL_HOME": str(tmp_path), "PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}
    first = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    second = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip() == "[]"
