"""Names and text in any script come back exactly as typed, through every text field."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kansencirkel.core.enums import Audience, Consenter, MeetingKind, Perspective, Role, Visibility
from kansencirkel.core.model import AssessmentInput, TeamMember
from kansencirkel.vault.errors import InputRejected
from kansencirkel.vault.repos import Repositories

NAMES = [
    "Şükrü",
    "Łucja",
    "Zoë",
    "Nguyễn Văn Anh",
    "محمد",
    "Ærøskøbing-Øster",
    "李小龙",
    "Ἀλέξανδρος",
    "Ренат",
    "👩🏽‍🏫 Juf Fatima 🌈",
    "d'Artagnan O'Brien-van der Zee",
    "e\u0301 (combining)",
    "x" * 2000,
]
ACTOR = TeamMember("m-1", "Łucja Şükrü 🦉", Role.IB)


@pytest.fixture
def repos(engine: sqlalchemy.Engine) -> Repositories:
    return Repositories(engine, ACTOR)


def _every_field(r: Repositories, t: str, nm: str) -> None:
    """Write ``t`` (or the name ``nm``) into every text field and check it reads back."""
    child = r.children.create(nm, nm, school=t, group=t).value
    person = r.people.create(nm, Role.OUDER, organisation=t, phone=t, email=t).value
    r.people.involve(child.id, person.id, Role.OUDER, remark=t)
    a = r.assessments.save(
        AssessmentInput(
            child.id,
            Perspective.OUDERS,
            date(2026, 1, 1),
            nm,
            Role.OUDER,
            {"actief": 3},
            {"actief": t, "gekoesterd": t},
            goes_well=t,
            wishes=t,
        )
    ).value
    r.assessments.save(
        AssessmentInput(
            child.id,
            Perspective.OUDERS,
            date(2026, 1, 1),
            nm,
            Role.OUDER,
            {"actief": 3},
            goes_well=t,
            corrects_id=a.id,
            correction_reason=t,
        )
    )
    r.actions.create(child.id, t, [], person.id, None, None, evaluation=t)
    r.meetings.create(child.id, date(2026, 1, 2), MeetingKind.KERNTEAM, [nm, nm], t, t)
    r.notes.create(child.id, date(2026, 1, 3), t, [], Visibility.DEELBAAR)
    r.consents.create(
        child.id, Consenter.OUDERS, nm, ["ouders"], [Audience.SCHOOL], date(2026, 1, 1), remark=t
    )
    d = r.drafts.save(None, child.id, None, {t: [t, {"n": nm}]}).value
    r.settings.set("free_text", t)

    case = r.children.case_file(child.id)
    c = case.child
    assert (c.given_name, c.family_name, c.school, c.group) == (nm, nm, t, t)
    [inv] = case.involvements
    p = inv.person
    assert (p.name, p.organisation, p.phone, p.email, inv.remark) == (nm, t, t, t, t)
    [cur] = case.assessments
    assert (cur.given_by, cur.goes_well, cur.correction_reason) == (nm, t, t)
    [old] = [x for x in r.assessments.versions(a.lineage_id) if x.version == 1]
    assert (old.notes["actief"], old.notes["gekoesterd"], old.wishes) == (t, t, t)
    assert old.recorded_by == ACTOR.name
    [act] = case.actions
    assert (act.what, act.evaluation, act.owner) == (t, t, p)
    [m] = case.meetings
    assert (m.attendees, m.summary, m.decisions) == ((nm, nm), t, t)
    [n] = case.notes
    assert (n.text, n.author) == (t, ACTOR.name)
    [con] = case.consents
    assert (con.given_by, con.remark) == (nm, t)
    assert r.drafts.get(d.id).payload == {t: [t, {"n": nm}]}
    assert r.settings.get("free_text") == t


@pytest.mark.parametrize("blank", ["", " \t\n", "\x00", "\u200b\x00 ", "\x00Kim", "\x08"])
def test_blank_or_control_only_names_are_refused(repos: Repositories, blank: str) -> None:
    with pytest.raises(InputRejected):
        repos.children.create(blank, "Jansen")
    with pytest.raises(InputRejected):
        repos.people.create(blank, Role.OUDER)


@pytest.mark.parametrize("name", NAMES)
def test_names_in_any_script_round_trip(repos: Repositories, name: str) -> None:
    _every_field(repos, f"{name}\n{name}  ", name)
    assert repos.audit.verify_chain().ok


def _visible(text: str) -> bool:
    """Required fields need something visible and no NUL (both are refused, tested above)."""
    return "\x00" not in text and any(c.isprintable() and not c.isspace() for c in text)


# Names: any script, emoji, combining marks; control characters are no name (they are refused).
names = (
    st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=40)
    .map(str.strip)
    .filter(_visible)
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=200).filter(_visible), name=names)
def test_random_text_round_trips(repos: Repositories, text: str, name: str) -> None:
    _every_field(repos, text, name)
