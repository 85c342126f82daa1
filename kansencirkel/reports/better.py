"""The "Wat is beter geworden" part of a printed report, first where a child is discussed.

Left out entirely when nothing rose by a point or more (no "nothing got better" line). A
handful is printed, then one line saying how many more. The
parents' sheet passes only the perspectives consent allows and asks for the "u" wording.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from reportlab.platypus import Flowable, Paragraph

from kansencirkel.core.better import BETTER_HEADING, better_lines, better_rest_text
from kansencirkel.core.elements import Lang
from kansencirkel.core.enums import Perspective
from kansencirkel.core.i18n import gettext
from kansencirkel.core.model import CaseFile
from kansencirkel.reports.common import esc, para


def better_part(
    case: CaseFile,
    today: date,
    lang: Lang,
    heading: Any,
    body: Any,
    *,
    parents: bool = False,
    perspectives: Iterable[Perspective] | None = None,
) -> list[Flowable]:
    lines = better_lines(case, today, lang, parents=parents, perspectives=perspectives)
    if not lines:
        return []
    out: list[Flowable] = [Paragraph(esc(gettext(BETTER_HEADING, lang=lang)), heading)]
    out += [para(f"• {line}", body) for line in lines.shown]
    if lines.more:  # paper cannot expand: one line says how many more
        out.append(para(better_rest_text(lines, lang), body))
    return out
