""" "Hier wil ik over praten": the elements a child or parent marked while filling in their own
star (samen invullen). They are their own words about what matters, so every view that lists
conversation topics shows them first, before any difference between perspectives.

Only the latest current reading of each perspective counts: a newer reading without the mark
means it was talked about, or no longer matters.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from kansencirkel.core.elements import ELEMENT_KEYS, catalog
from kansencirkel.core.enums import PERSPECTIVE_ORDER, Perspective
from kansencirkel.core.i18n import N_, Lang, gettext
from kansencirkel.core.model import Assessment

_SUBJECT = {
    Perspective.KIND: N_("Het kind wil hierover praten: {elements}."),
    Perspective.OUDERS: N_("De ouders willen hierover praten: {elements}."),
}
_OTHER = N_("{perspective} wil hierover praten: {elements}.")


@dataclass(frozen=True, slots=True)
class TalkRequest:
    """One perspective's marked elements (NJi order) in its latest reading of ``on``."""

    perspective: Perspective
    elements: tuple[str, ...]
    on: date


def talk_requests(latest: Mapping[Perspective, Assessment]) -> tuple[TalkRequest, ...]:
    """Per perspective (the child first), the elements marked in its latest reading."""
    out = []
    for p in PERSPECTIVE_ORDER:
        a = latest.get(p)
        if a is None or not a.talk:
            continue
        out.append(TalkRequest(p, tuple(k for k in ELEMENT_KEYS if k in a.talk), a.assessed_on))
    return tuple(out)


def talk_text(request: TalkRequest, lang: Lang) -> str:
    """'Het kind wil hierover praten: Veilig, Gezond.'"""
    cat = catalog()
    names = ", ".join(cat.element(k).name(lang) for k in request.elements)
    msgid = _SUBJECT.get(request.perspective)
    if msgid is not None:
        return gettext(msgid, lang=lang, elements=names)
    who = cat.perspective_name(request.perspective, lang)
    return gettext(_OTHER, lang=lang, perspective=who, elements=names)
