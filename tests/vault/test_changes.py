"""Every repository write says what it changed, so views refresh only what concerns them."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy

from kansencirkel.core.changes import Changes
from kansencirkel.core.enums import MeetingKind, Perspective, Role, Visibility
from kansencirkel.core.model import AssessmentInput, TeamMember
from kansencirkel.vault.errors import NotFound
from kansencirkel.vault.repos import Repositories

DAY = date(2026, 3, 2)


@pytest.fixture
def repos(engine: sqlalchemy.Engine) -> Repositories:
    return Repositories(engine, TeamMember("m-1", "Test IB'er", Role.IB))


def test_each_write_names_the_child_it_changed(repos: Repositories) -> None:
    made = repos.children.create("Kim", "Jansen", opened_on=date(2026, 1, 5))
    kid = made.value.id
    assert made.changes == Changes.child(kid)
    person = repos.people.create("Juf Anna", Role.LEERKRACHT)
    assert person.changes.people and not person.changes.children
    pid = person.value.id
    writes = {
        "update": repos.children.update(kid, school="De Linde").changes,
        "involve": repos.people.involve(kid, pid, Role.LEERKRACHT).changes,
        "regiehouder": repos.children.set_regiehouder(kid, pid).changes,
        "assessment": repos.assessments.save(
            AssessmentInput(
                kid, Perspective.KIND, DAY, "Kim", Role.KIND, {"actief": 3}, goes_well="Veel"
            )
        ).changes,
        "action": repos.actions.create(kid, "Oefenen", ["actief"], pid, DAY, None).changes,
        "meeting": repos.meetings.create(kid, DAY, MeetingKind.KERNTEAM, ["Anna"]).changes,
        "note": repos.notes.create(kid, DAY, "Tekent graag", [], Visibility.INTERN).changes,
        "uninvolve": repos.people.uninvolve(kid, pid),
        "close": repos.children.close(kid, date(2026, 7, 1)).changes,
        "reopen": repos.children.reopen(kid).changes,
    }
    assert {name for name, c in writes.items() if kid not in c.children} == set()
    # what the children list shows moved with these, but not with a note
    assert not writes["note"].child_list and writes["action"].child_list
    assert repos.children.erase(kid).children == {kid}


def test_drafts_change_drafts_only_and_a_saved_assessment_takes_its_draft(
    repos: Repositories,
) -> None:
    kid = repos.children.create("Kim", "Jansen").value.id
    draft = repos.drafts.save(None, kid, Perspective.OUDERS, {"goes_well": "Veel"})
    assert draft.changes == Changes(drafts=frozenset({kid}))
    saved = repos.assessments.save(
        AssessmentInput(
            kid, Perspective.OUDERS, DAY, "Moeder", Role.OUDER, {"gezond": 4}, goes_well="Eet"
        ),
        draft_id=draft.value.id,
    )
    assert kid in saved.changes.children and kid in saved.changes.drafts
    assert repos.drafts.for_child(kid) == []  # one transaction: the draft went with it


def test_a_refused_involvement_leaves_no_person_behind(repos: Repositories) -> None:
    before = len(repos.people.team())
    with pytest.raises(NotFound):
        repos.people.save_involvement("no-such-child", None, Role.JEUGDHULP, name="Coach Iris")
    assert len(repos.people.team()) == before
    kid = repos.children.create("Kim", "Jansen").value.id
    part = repos.people.save_involvement(kid, None, Role.JEUGDHULP, name="Coach Iris")
    assert part.value.person.name == "Coach Iris"
    assert part.changes.people and kid in part.changes.children


def test_settings_and_merge() -> None:
    a, b = Changes.child("a"), Changes(settings=True)
    merged = a.merge(b)
    assert merged.children == {"a"} and merged.settings and merged.child_list
    assert not Changes() and merged
    assert merged.concerns_child("a") and not merged.concerns_child("b")
