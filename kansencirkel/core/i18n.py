"""One language layer for everything below ``ui``: vault errors, the command line, reports,
charts and conversation topics all take their sentences from here (DESIGN §4).

Messages are gettext messages whose msgid is the Dutch source text, the gettext convention:
Dutch is the default language, so the code reads in the language it shows, and Dutch needs no
catalogue at all. English comes from ``resources/locale/en/LC_MESSAGES/kansencirkel.po``
(committed); :mod:`kansencirkel.core.catalogue` loads it on the first English lookup.

Placeholders are ``str.format`` fields (``{name}``) and their values are always passed as
explicit keyword arguments, never taken from the caller's variables, so a message carries
exactly the values it names and nothing else (no child data by accident).

- ``_("…", **values)`` translates now, in the current language.
- ``N_("…")`` only marks a msgid to be translated later (class attributes, tables, errors that
  are shown in whichever language the reader uses); its result is a :data:`Msgid`.
- ``N_plural(singular, plural)`` marks a pair for :func:`ngettext` later.
- ``ngettext(singular, plural, n, **values)`` picks the form with the one plural rule that
  Dutch and English share (singular for exactly 1); ``n`` is a value of its own.
- :class:`Message` keeps a msgid and its values and renders them in any language later.

Widgets do not use this: they keep Qt's ``tr()`` and the ``.ts`` files. The UI sets the
language here whenever its own changes (``ui.i18n.install_translators``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, NewType

if TYPE_CHECKING:
    from gettext import NullTranslations

Lang = Literal["nl", "en"]
LANGUAGES: tuple[Lang, ...] = ("nl", "en")
DEFAULT_LANG: Lang = "nl"

#: A msgid marked for translation with :func:`N_`; what errors and status objects accept, so
#: mypy refuses a plain (unmarked, so untranslated) string literal.
Msgid = NewType("Msgid", str)

#: The plural rule of both languages, as the ``Plural-Forms`` header of every ``.po`` states it.
PLURAL_FORMS = "nplurals=2; plural=(n != 1);"

#: The markers Babel's extractor looks for (``packaging/update_messages.py`` and the tests).
EXTRACT_KEYWORDS: dict[str, tuple[int, ...] | None] = {
    "_": None,
    "N_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "N_plural": (1, 2),
}

_current: Lang = DEFAULT_LANG


def normalise_lang(value: object) -> Lang:
    """ "en…" is English; anything else (None, "", "nl_NL", "fr") is the default, Dutch."""
    text = str(value or "").strip().lower()[:2]
    return "en" if text == "en" else DEFAULT_LANG


def set_lang(lang: object) -> Lang:
    """Show messages in ``lang`` from now on (normalised); returns the language chosen."""
    global _current
    _current = normalise_lang(lang)
    return _current


def current_lang() -> Lang:
    return _current


def plural_index(n: int) -> int:
    """The one plural rule (:data:`PLURAL_FORMS`): 0 for exactly one, 1 for anything else."""
    return 0 if n == 1 else 1


def _translations(lang: Lang) -> NullTranslations | None:
    if lang == DEFAULT_LANG:
        return None  # the msgids are the Dutch text
    from kansencirkel.core.catalogue import translations

    return translations(lang)


def _fill(text: str, values: Mapping[str, object]) -> str:
    return text.format(**values) if values else text


def gettext(msgid: str, /, *, lang: Lang | None = None, **values: object) -> str:
    """``msgid`` in ``lang`` (default: the current language), placeholders filled in.

    A value that is itself a :class:`Message` is shown in the same language (a sentence that
    names a problem found elsewhere). A message without an English translation shows its
    Dutch text, which is always safe.
    """
    chosen = _current if lang is None else lang
    filled = {k: v.text(chosen) if isinstance(v, Message) else v for k, v in values.items()}
    return _fill(_lookup(msgid, chosen), filled)


def _(msgid: str, /, **values: object) -> str:
    """``msgid`` in the current language, placeholders filled in from ``values``."""
    return _fill(_lookup(msgid, _current), values)


def _lookup(msgid: str, lang: Lang) -> str:
    found = _translations(lang)
    return msgid if found is None else found.gettext(msgid)


def ngettext(
    singular: str, plural: str, n: int, /, *, lang: Lang | None = None, **values: object
) -> str:
    """'1 kind' / '2 kinderen': the form for ``n``; ``{n}`` is filled in with ``n``."""
    chosen = _current if lang is None else lang
    found = _translations(chosen)
    if found is None:
        text = (singular, plural)[plural_index(n)]
    else:
        text = found.ngettext(singular, plural, n)
    return text.format(n=n, **values)


def N_(msgid: str, /) -> Msgid:
    """Mark ``msgid`` for translation without translating it now."""
    return Msgid(msgid)


def N_plural(singular: str, plural: str, /) -> tuple[Msgid, Msgid]:
    """Mark a singular/plural pair for :func:`ngettext` without translating it now."""
    return Msgid(singular), Msgid(plural)


@dataclass(frozen=True, slots=True)
class Message:
    """A msgid with its values, shown later in the reader's language (vault errors, the
    keyring status). ``values`` are exactly the placeholders' values, nothing more."""

    msgid: Msgid
    values: Mapping[str, object] = field(default_factory=dict)

    def text(self, lang: Lang | None = None) -> str:
        return gettext(self.msgid, lang=lang, **self.values)
