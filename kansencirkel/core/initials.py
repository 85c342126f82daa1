"""Names reduced to initials, for a screen that others can see (meeting mode, DESIGN §7).

:meth:`NameMask.for_case` collects every name around one child — the child, the people
involved (parents too), the regiehouder, afspraak owners, meeting attendees and whoever gave a
reading — and :meth:`NameMask.mask` replaces each of them in a free text by initials:
"Sanne de Vries" → "S.V.", "Sanne" → "S.", "de Vries" and "Vries" → "V.".

The choices, privacy before prose:

- Whole words only, whatever the case and accents: "mai", "MAI" and "Maï" all match Mai,
  "Nguyen" matches Nguyễn, "Ozturk" matches Öztürk.
- Dutch forms of a name count as the name: "Sannes" and "Sanne's" (genitive) become "S.'s",
  "Sannetje", "Daantje", "Brammetje" (diminutives) become "S.", "D.", "B.".
- A name that is also an ordinary word ("Roos", "Fleur", "de Jong" → "jong", "Bakker", "Al")
  is replaced everywhere, also where the word is meant: a stray "J." in a sentence is better
  than a name on a projector.
- Never replaced on their own: tussenvoegsels and particles (de, van, der, 't, el, bin …,
  only together with the name they belong to: "van den Berg" → "B."), one-letter words (an
  initial already), and a "name" that is really one of the app's words for who gave a reading
  ("Kernteam", "moeder", "school"), which names nobody.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kansencirkel.core.model import CaseFile


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Lower-case name parts that are never a name on their own (Dutch tussenvoegsels and the
#: particles of other languages common in the Netherlands).
PARTICLES: frozenset[str] = _words(
    "de den der des d' het 't ter ten te van vande vanden in op aan bij uit voor onder "
    "la le les du da di del della dos das do el al ben bin ibn abu bint von zu zum mac "
    "st st. san santa"
)

#: Words people type as "who gave it" that name nobody: perspectives, kin and titles.
NOT_NAMES: frozenset[str] = _words(
    "kind ouders ouder school zorg kernteam team moeder vader mama papa mam pap oma opa "
    "juf juffrouw meester mevrouw meneer mw mevr dhr leerkracht leerkrachten ib ib'er "
    "ib-er intern begeleider cjg jeugdhulp verzorger verzorgers pleegouder pleegouders "
    "child parents parent care mother father teacher"
)

# Letters NFKD does not take apart.
_PLAIN = {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"}
_QUOTES = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"}
_DASHES = re.escape("-‐‑–")  # hyphen, non-breaking hyphen, en dash
_WORD = re.compile(r"[^\s" + _DASHES + r"]+")
_EDGE = "'.,;:!?()[]{}\"/"
# After a name: a Dutch diminutive (-je, -tje, -pje, -kje, -etje after a doubled consonant)
# and/or a genitive (-s, -'s).
_DIMINUTIVE = r"(?:[a-z]?etje|tje|pje|kje|je)?"
_GENITIVE = r"(?P<gen>'?s)?"
_SEP = r"[\s" + _DASHES + r"]+"


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` case-folded without accents, and per folded character its index in ``text``."""
    out: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        char = _QUOTES.get(char, char)
        for part in unicodedata.normalize("NFKD", char.casefold()):
            if unicodedata.combining(part):
                continue
            plain = _PLAIN.get(part, part)
            out.append(plain)
            where.extend([index] * len(plain))
    return "".join(out), where


def folded(text: str) -> str:
    return fold(text)[0]


def name_parts(name: str) -> list[str]:
    """The words of a name, without surrounding punctuation ('Jan-Willem' gives two)."""
    words = (w.strip(_EDGE) for w in _WORD.findall(name))
    return [w for w in words if w]


def initial(word: str) -> str:
    """'S.' for 'Sanne', 'Ö.' for 'Öztürk' (the first letter, capitalised)."""
    letters = [c for c in word if c.isalpha()]
    return (letters[0].upper() + ".") if letters else ""


def _is_particle(word: str) -> bool:
    return folded(word) in PARTICLES


def _core(words: list[str]) -> list[str]:
    """The words of a name that identify someone (no particles; at least the last word)."""
    core = [w for w in words if not _is_particle(w)]
    return core or words[-1:]


def person_initials(name: str) -> str:
    """'I.C.' for 'Iris Coach', 'J.B.' for 'Jan van den Berg', 'L.' for 'Linda'."""
    words = name_parts(name)
    core = _core(words) if words else []
    if not core:
        return ""
    picked = core if len(core) == 1 else [core[0], core[-1]]
    return "".join(initial(w) for w in picked)


@dataclass
class NameMask:
    """Replaces known names in free text by initials; an empty mask changes nothing."""

    _replacements: dict[str, str] = field(default_factory=dict)  # folded phrase → initials
    _pattern: re.Pattern[str] | None = None

    # -- building ----------------------------------------------------------------------------

    @classmethod
    def for_case(cls, case: CaseFile) -> NameMask:
        """Every name around one child (see the module text for what counts)."""
        mask = cls()
        child = case.child
        mask.add_child(child.given_name, child.family_name)
        people = [i.person.name for i in case.involvements]
        if child.regiehouder is not None:
            people.append(child.regiehouder.name)
        people += [a.owner.name for a in case.actions if a.owner is not None]
        people += [name for m in case.meetings for name in m.attendees]
        people += [a.given_by for a in (*case.assessments, *case.superseded)]
        people += [n.author for n in case.notes]
        mask.add_people(people)
        return mask

    def add_child(self, given: str, family: str) -> None:
        given_words, family_words = name_parts(given), name_parts(family)
        whole = [*given_words, *family_words]
        core = _core(family_words) if family_words else []
        child_initials = "".join(
            initial(w) for w in ([given_words[0]] if given_words else []) + core[-1:]
        )
        self._add(whole, child_initials)
        if family_words:
            self._add(family_words, initial(core[-1]))
        self._add(given_words, initial(given_words[0]) if given_words else "")
        for word in given_words:  # the child's own given names, even 'Van' or 'Roos'
            self._add([word], initial(word))
        for word in core:
            self._add([word], initial(word))

    def add_people(self, names: Iterable[str]) -> None:
        for name in names:
            self.add_person(name)

    def add_person(self, name: str) -> None:
        words = name_parts(name)
        if not words or all(folded(w) in NOT_NAMES for w in words):
            return
        self._add(words, person_initials(name))
        if len(words) > 1:  # the family part, with its particles: "van den Berg"
            self._add(words[1:], initial(_core(words[1:])[-1]))
        for word in _core(words):
            if folded(word) not in NOT_NAMES:
                self._add([word], initial(word))

    def _add(self, words: list[str], initials: str) -> None:
        phrase = " ".join(folded(w) for w in words)
        if not initials or len(phrase.replace(" ", "")) < 2:
            return
        self._replacements.setdefault(phrase, initials)
        self._pattern = None

    # -- use ---------------------------------------------------------------------------------

    @property
    def names(self) -> list[str]:
        """The folded phrases this mask replaces (longest first)."""
        return sorted(self._replacements, key=lambda p: (-len(p), p))

    def mask(self, text: str) -> str:
        """``text`` with every known name replaced by initials."""
        if not text or not self._replacements:
            return text
        pattern = self._compiled()
        flat, where = fold(text)
        pieces: list[str] = []
        done = 0
        for match in pattern.finditer(flat):
            start, end = where[match.start()], where[match.end() - 1] + 1
            name = " ".join(re.split(_SEP, match.group("name")))
            pieces.append(text[done:start])
            pieces.append(self._replacements[name] + ("'s" if match.group("gen") else ""))
            done = end
        pieces.append(text[done:])
        return "".join(pieces)

    def _compiled(self) -> re.Pattern[str]:
        if self._pattern is None:
            # Longest first, so "sanne de vries" wins over "sanne" where both start.
            alternatives = "|".join(
                _SEP.join(re.escape(w) for w in phrase.split(" ")) for phrase in self.names
            )
            self._pattern = re.compile(
                rf"(?<!\w)(?P<full>(?P<name>{alternatives}){_DIMINUTIVE}{_GENITIVE})(?!\w)"
            )
        return self._pattern

    def __bool__(self) -> bool:
        return bool(self._replacements)
