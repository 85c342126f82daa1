"""The inzage's notities (intern ones marked, with every earlier version), afspraken (with
their terugblik) and overleggen: all of them, nothing left out. Notes and overleggen in the
order they happened; afspraken open first, as on the other reports."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether

from kansencirkel.core.elements import Lang, catalog
from kansencirkel.core.kinds import KindList
from kansencirkel.core.model import Action, CaseFile, Meeting, NoteVersion, ReadingRef
from kansencirkel.core.pulse import Pulse
from kansencirkel.reports.casedata import element_names, sorted_actions
from kansencirkel.reports.common import flowing_section, labelled, para
from kansencirkel.reports.inzage_extra import pulse_lines
from kansencirkel.reports.inzage_readings import moment, score_text
from kansencirkel.reports.inzage_texts import it
from kansencirkel.reports.styles import Styles
from kansencirkel.reports.texts import long_date, t


def _visibility(value: str, lang: Lang) -> str:
    return it(lang, f"visibility.{value}")


def notes_part(
    case: CaseFile, s: Styles, lang: Lang, removed: Sequence[NoteVersion] = ()
) -> list[Flowable]:
    """Every note, and under it its earlier versions; then the removed notes (``removed``:
    their versions, the last one replaced by the removal itself)."""
    out = flowing_section(it(lang, "sec.notes"), s)
    out.append(para(it(lang, "notes.explain"), s.body))
    older: dict[str, list[NoteVersion]] = {}
    for v in case.note_versions:
        older.setdefault(v.note_id, []).append(v)
    gone: dict[str, list[NoteVersion]] = {}
    for v in removed:
        gone.setdefault(v.note_id, []).append(v)
    if not case.notes and not older and not gone:
        return [*out, para(it(lang, "notes.none"), s.body)]
    for n in sorted(case.notes, key=lambda n: (n.written_on, n.id)):
        head = it(
            lang,
            "note.head",
            date=long_date(n.written_on, lang),
            author=n.author,
            visibility=_visibility(n.visibility.value, lang),
        )
        top: list[Flowable] = [para(head, s.h2)]
        if n.elements:
            about = it(lang, "note.about", elements=element_names(n.elements, lang))
            top.append(para(about, s.small))
        # The text outside the KeepTogether: a very long note flows on over pages.
        out += [KeepTogether(top), para(n.text, s.body)]
        out += _versions(older.pop(n.id, []), s, lang)
    # Removed notes: taken off every screen, but their text is still held, so shown here.
    for versions in [*older.values(), *gone.values()]:
        versions.sort(key=lambda v: v.version)
    leftovers = [(vs, False) for vs in older.values()] + [(vs, True) for vs in gone.values()]
    for versions, by_removal in sorted(leftovers, key=lambda x: x[0][-1].replaced_at):
        last = versions[-1]
        head = it(
            lang,
            "note.removed",
            date=long_date(last.written_on, lang),
            visibility=_visibility(last.visibility.value, lang),
        )
        out.append(para(head, s.h2))
        out += _versions(versions, s, lang, removal=by_removal)
    return out


def _versions(
    versions: Sequence[NoteVersion], s: Styles, lang: Lang, *, removal: bool = False
) -> list[Flowable]:
    """Newest first; with ``removal`` the newest is the text the note had when removed."""
    out: list[Flowable] = []
    newest = max((v.version for v in versions), default=0)
    for v in sorted(versions, key=lambda v: v.version, reverse=True):
        head = it(
            lang,
            "note.gone" if removal and v.version == newest else "note.old",
            n=v.version,
            visibility=_visibility(v.visibility.value, lang),
            when=moment(v.replaced_at, lang),
            who=v.replaced_by,
        )
        out.append(para(head, s.small))
        if v.reason.strip():
            out.append(para(it(lang, "note.old.reason", reason=v.reason), s.small))
        out.append(para(f"{long_date(v.written_on, lang)}: {v.text}", s.body))
    return out


def actions_part(
    case: CaseFile, s: Styles, lang: Lang, kinds: KindList | None = None
) -> list[Flowable]:
    out = flowing_section(it(lang, "sec.actions"), s)
    if not case.actions:
        return [*out, para(it(lang, "actions.none"), s.body)]
    for a in sorted_actions(case.actions):
        out += _action(a, s, lang, kinds)
    return out


def _action(a: Action, s: Styles, lang: Lang, kinds: KindList | None) -> list[Flowable]:
    none = t(lang, "none")
    rows = [
        ("action.who", a.owner.name if a.owner else none),
        ("action.areas", element_names(a.elements, lang) or none),
        ("action.start", long_date(a.start_on, lang) if a.start_on else none),
        ("action.due", long_date(a.due_on, lang) if a.due_on else none),
        ("action.status", t(lang, f"status.{a.status.value}")),
    ]
    if a.kind:
        rows.append(("action.kind", kinds.label(a.kind, lang) if kinds else a.kind))
    if a.evaluation.strip():
        rows.append(("action.evaluation", a.evaluation))
    out: list[Flowable] = [para(a.what, s.h2)]
    for key, value in rows:
        out += labelled(it(lang, key), value, s.body)
    ev = a.evaluated
    if ev is not None:
        answer = it(lang, f"helped.{ev.helped.value}")
        out.append(
            para(
                it(lang, "action.helped", answer=answer, date=long_date(ev.evaluated_on, lang)),
                s.body,
            )
        )
        if ev.sentence.strip() and ev.sentence.strip() != a.evaluation.strip():
            out.append(para(ev.sentence, s.body))
        cat = catalog()
        for r in ev.readings:
            line = it(
                lang,
                "action.reading",
                area=cat.element(r.element).name(lang),
                perspective=cat.perspective_name(r.perspective, lang),
                before=_ref(r.before, lang),
                after=_ref(r.after, lang),
            )
            out.append(para(line, s.small))
    return [KeepTogether(out[:3]), *out[3:]]


def _ref(ref: ReadingRef | None, lang: Lang) -> str:
    if ref is None:
        return it(lang, "action.no_reading")
    return f"{score_text(ref.score, lang)} ({long_date(ref.assessed_on, lang)})"


def meetings_part(
    case: CaseFile, s: Styles, lang: Lang, pulses: Sequence[Pulse] = ()
) -> list[Flowable]:
    """Every overleg, held and planned, with the terugblik on the cooperation under it."""
    out = flowing_section(it(lang, "sec.meetings"), s)
    if not case.meetings:
        return [*out, para(it(lang, "meetings.none"), s.body)]
    for m in sorted(case.meetings, key=lambda m: (m.held_on, m.id)):
        out += _meeting(m, s, lang)
        out += pulse_lines([p for p in pulses if p.meeting_id == m.id], s, lang)
    return out


def _meeting(m: Meeting, s: Styles, lang: Lang) -> list[Flowable]:
    kind = t(lang, f"meeting.{m.kind.value}")
    key = "meeting.planned" if m.is_planned else "meeting.held"
    out: list[Flowable] = [para(it(lang, key, kind=kind, date=long_date(m.held_on, lang)), s.h2)]
    fields = [
        ("meeting.attendees", ", ".join(m.attendees)),
        ("meeting.summary", m.summary),
        ("meeting.decisions", m.decisions),
        ("meeting.next", long_date(m.next_on, lang) if m.next_on else ""),
    ]
    for label, value in fields:
        if value.strip():
            out += labelled(it(lang, label), value, s.body)
    return [KeepTogether(out[:2]), *out[2:]]
