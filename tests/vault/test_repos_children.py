"""Children: list, life cycle, retention, summaries' attention flags, bulk import."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kansencirkel.core import clock
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import (
    ActionStatus,
    AuditKind,
    ChildStatus,
    MeetingKind,
    Perspective,
    Role,
)
from kansencirkel.core.model import (
    Assessment,
    AssessmentInput,
    CaseFile,
    Child,
    Involvement,
    Person,
)
from kansencirkel.vault.engine import make_engine
from kansencirkel.vault.errors import InputRejected, NotFound, VaultDamaged, VaultError
from kansencirkel.vault.meta import write_meta
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.validation import records
from tests.support.vaults import TEST_ACTOR, bare_database

TODAY = clock.today()


def _assess(r: Repositories, child_id: str, p: Perspective, on: date) -> Assessment:
    return r.assessments.save(
        AssessmentInput(child_id, p, on, "Iemand", Role.ANDERS, {"actief": 3}, goes_well="Veel")
    ).value


def test_create_list_update_close_reopen(repos: Repositories) -> None:
    kim = repos.children.create(
        "Kim",
        "Jansen",
        school="De Linde",
        group="6",
        date_of_birth=date(2016, 3, 1),
        opened_on=date(2026, 1, 10),
    ).value
    repos.children.create("Anna", "Bakker")
    assert repos.children.count() == 2
    assert [s.child.given_name for s in repos.children.summaries(TODAY)] == ["Anna", "Kim"]
    assert repos.children.get(kim.id) == kim
    assert kim.status is ChildStatus.ACTIEF and kim.opened_on == date(2026, 1, 10)

    kim2 = repos.children.update(kim.id, group="7", family_name="Jansen-de Boer").value
    assert (kim2.group, kim2.family_name, kim2.school) == ("7", "Jansen-de Boer", "De Linde")

    closed = repos.children.close(kim.id, date(2026, 7, 15)).value
    assert closed.status is ChildStatus.AFGESLOTEN and closed.closed_on == date(2026, 7, 15)
    assert closed.retention_until == date(2028, 7, 15)  # default: two years after closing
    repos.settings.set("retention_years", 5)
    assert repos.children.get(kim.id).retention_until == date(2031, 7, 15)

    reopened = repos.children.reopen(kim.id).value
    assert reopened.status is ChildStatus.ACTIEF
    assert reopened.closed_on is None and reopened.retention_until is None


@pytest.mark.parametrize(
    ("kwargs", "msgid"),
    [
        ({"given_name": "", "family_name": "Jansen"}, records.NO_CHILD_NAME),
        ({"given_name": "   ", "family_name": ""}, records.NO_CHILD_NAME),
        (
            {"given_name": "Kim", "family_name": "J", "date_of_birth": TODAY + timedelta(days=1)},
            records.BORN_IN_THE_FUTURE,
        ),
    ],
)
def test_bad_child_input_is_rejected_in_one_sentence(
    repos: Repositories, kwargs: dict[str, object], msgid: str
) -> None:
    with pytest.raises(InputRejected) as info:
        repos.children.create(**kwargs)  # type: ignore[arg-type]
    assert info.value.message.msgid == msgid
    assert info.value.message_nl.endswith(".") and info.value.message_en.endswith(".")
    assert info.value.message_en != info.value.message_nl
    assert repos.children.count() == 0


def test_update_rejects_empty_name_and_unknown_fields(repos: Repositories) -> None:
    kim = repos.children.create("Kim", "Jansen").value
    with pytest.raises(InputRejected):
        repos.children.update(kim.id, given_name=" ")
    with pytest.raises(InputRejected):
        repos.children.update(kim.id, status="weg")
    with pytest.raises(InputRejected):
        repos.children.close(kim.id, kim.opened_on - timedelta(days=1))
    assert repos.children.get(kim.id).given_name == "Kim"


def test_child_dates_follow_the_app_clock(
    repos: Repositories, today_is: Callable[[date], date]
) -> None:
    """Birth date check and default opening date both read the one clock."""
    day = today_is(date(2031, 1, 1))  # a date the wall clock cannot give while this test runs
    kim = repos.children.create("Kim", "Jansen", date_of_birth=day).value
    assert kim.opened_on == day
    with pytest.raises(InputRejected):
        repos.children.create("Sem", "Bakker", date_of_birth=day + timedelta(days=1))
    with pytest.raises(InputRejected):
        repos.children.update(kim.id, date_of_birth=day + timedelta(days=1))


def test_unknown_child_is_not_found(repos: Repositories) -> None:
    with pytest.raises(NotFound):
        repos.children.get("nope")
    with pytest.raises(NotFound):
        repos.children.case_file("nope")


def test_reads_of_a_child_are_audited(repos: Repositories) -> None:
    kim = repos.children.create("Kim", "Jansen").value
    repos.children.get(kim.id)
    repos.children.case_file(kim.id)
    kinds = [(e.kind, e.record_type) for e in repos.audit.entries(child_id=kim.id)]
    assert kinds == [
        (AuditKind.CREATE, "child"),
        (AuditKind.VIEW, "child"),
        (AuditKind.VIEW, "case_file"),
    ]


def test_regiehouder_and_involvements(repos: Repositories) -> None:
    kim = repos.children.create("Kim", "Jansen").value
    coach = repos.people.create("Sanne Coach", Role.CJG_COACH, organisation="CJG").value
    mum = repos.people.create("Mama Jansen", Role.OUDER, phone="06-12345678").value
    repos.people.involve(kim.id, mum.id, Role.OUDER)
    child = repos.children.set_regiehouder(kim.id, coach.id).value
    assert child.regiehouder == coach
    invs = {i.person.id: i for i in repos.people.involvements(kim.id)}
    assert invs[coach.id].is_regiehouder and not invs[mum.id].is_regiehouder
    repos.people.involve(kim.id, mum.id, Role.OUDER, is_regiehouder=True)
    assert repos.children.get(kim.id).regiehouder == mum
    assert [i.is_regiehouder for i in repos.people.involvements(kim.id)] == [True, False]
    assert [p.name for p in repos.people.team()] == ["Sanne Coach"]  # parents are not team
    repos.children.set_regiehouder(kim.id, None)
    assert repos.children.get(kim.id).regiehouder is None
    repos.people.uninvolve(kim.id, coach.id)
    assert [i.person.name for i in repos.people.involvements(kim.id)] == ["Mama Jansen"]


def test_the_list_holds_each_childs_version_and_regiehouder(repos: Repositories) -> None:
    """An edit started from the children list is based on the version the store has: a
    list that said "version 1" after someone's change would turn every edit into a
    conflict (or, without versions, a silent overwrite)."""
    kim = repos.children.create("Kim", "Jansen").value
    sam = repos.children.create("Sam", "Bakker").value
    coach = repos.people.create("Sanne Coach", Role.CJG_COACH, organisation="CJG").value
    repos.children.set_regiehouder(kim.id, coach.id)
    repos.children.update(kim.id, group="6b")
    coach = repos.people.update(coach.id, phone="010-1234567").value
    listed = {s.child.id: s.child for s in repos.children.summaries(clock.today())}
    assert listed[kim.id] == repos.children.get(kim.id)
    assert listed[kim.id].version == 3 and listed[kim.id].regiehouder == coach
    assert listed[sam.id].regiehouder is None and listed[sam.id].version == 1


def test_case_file_holds_everything(engine: sqlalchemy.Engine, repos: Repositories) -> None:
    write_meta(engine, is_demo=True)
    kim = repos.children.create("Kim", "Jansen").value
    _assess(repos, kim.id, Perspective.KIND, TODAY)
    repos.actions.create(kim.id, "Oefenen", ["actief"], None, TODAY, None)
    repos.meetings.create(kim.id, TODAY, MeetingKind.KERNTEAM, ["A"])
    case = repos.children.case_file(kim.id)
    assert case.child == kim and case.is_demo
    assert (len(case.assessments), len(case.actions), len(case.meetings)) == (1, 1, 1)


def test_summaries_flag_what_needs_attention(
    repos: Repositories, today_is: Callable[[date], date]
) -> None:
    today = today_is(date(2026, 11, 25))  # every child below is opened on this day
    quiet = repos.children.create("Quiet", "A").value
    for p in (Perspective.KIND, Perspective.OUDERS, Perspective.SCHOOL):
        _assess(repos, quiet.id, p, today - timedelta(days=10))

    busy = repos.children.create("Busy", "B").value
    _assess(repos, busy.id, Perspective.KIND, date(2026, 1, 5))  # > 6 months old
    _assess(repos, busy.id, Perspective.SCHOOL, today - timedelta(days=3))
    repos.actions.create(busy.id, "Te laat", [], None, date(2026, 9, 1), date(2026, 11, 1))
    repos.actions.create(
        busy.id, "Loopt", [], None, None, date(2026, 12, 31), status=ActionStatus.LOPEND
    )
    repos.actions.create(
        busy.id, "Klaar", [], None, None, date(2026, 1, 1), status=ActionStatus.AFGEROND
    )
    repos.meetings.create(
        busy.id, date(2026, 9, 1), MeetingKind.KERNTEAM, [], next_on=date(2026, 12, 2)
    )
    coach = repos.people.create("Coach", Role.JEUGDHULP).value
    repos.people.involve(busy.id, coach.id, Role.JEUGDHULP)

    late = repos.children.create("Late", "C").value
    repos.meetings.create(
        late.id, date(2026, 6, 1), MeetingKind.EVALUATIE, [], next_on=date(2026, 10, 1)
    )
    closed = repos.children.create("Closed", "D").value
    repos.children.close(closed.id, today)

    by_name = {s.child.given_name: s for s in repos.children.summaries(today)}
    q, b, lt, c = by_name["Quiet"], by_name["Busy"], by_name["Late"], by_name["Closed"]
    assert not q.needs_attention and q.last_assessment == today - timedelta(days=10)
    assert (b.open_actions, b.overdue_actions) == (2, 1)
    assert b.next_meeting == date(2026, 12, 2) and b.meeting_due  # within 14 days
    assert b.missing_perspectives == (Perspective.OUDERS, Perspective.ZORG)  # care involved
    assert b.stale_perspectives == (Perspective.KIND,)
    assert lt.meeting_due and lt.next_meeting is None  # planned date passed, nothing held
    assert lt.missing_perspectives == (Perspective.KIND, Perspective.OUDERS, Perspective.SCHOOL)
    assert not c.needs_attention and c.child.retention_until == date(2028, 11, 25)

    repos.settings.set("attention_meeting_days", 3)
    assert not {s.child.given_name: s for s in repos.children.summaries(today)}["Busy"].meeting_due


def uid(tag: str) -> str:
    """A fixed UUID per tag: an imported file's ids are UUIDs, as the app makes them."""
    return str(uuid.uuid5(uuid.NAMESPACE_OID, tag))


TEAM = Person(uid("p-team"), "Juf Team", Role.IB)


def _case(i: int, team: Person) -> CaseFile:
    child = Child(
        uid(f"c-{i}"),
        f"Kind{i}",
        "Demo",
        None,
        "School",
        "5",
        ChildStatus.ACTIEF,
        date(2025, 9, 1),
        regiehouder=team,
    )
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assessments = tuple(
        Assessment(
            uid(f"a-{i}-{j}"),
            child.id,
            Perspective.SCHOOL,
            date(2025, 10, 1 + j),
            "Juf",
            Role.LEERKRACHT,
            {k: (j % 5) + 1 if k != "veilig" else None for k in ELEMENT_KEYS},
            {"actief": "n"},
            "Goed",
            "",
            "Demo",
            now,
            uid(f"l-{i}-{j}"),
        )
        for j in range(3)
    )
    return CaseFile(child, (Involvement(team, Role.IB, True),), assessments, (), (), (), ())


def test_bulk_import_seeds_whole_case_files(repos: Repositories) -> None:
    team = TEAM
    assert repos.bulk_import(_case(i, team) for i in range(30)) == 30
    assert repos.bulk_import([_case(99, team)]) == 1  # the team person recurs: no clash
    assert repos.children.count() == 31
    case = repos.children.case_file(uid("c-7"))
    assert case.child.regiehouder == team
    assert [a.id for a in case.assessments] == [uid(f"a-7-{j}") for j in range(3)]
    assert (
        case.assessments[1].scores["actief"] == 2 and case.assessments[1].scores["veilig"] is None
    )
    imports = [e for e in repos.audit.entries() if e.detail.startswith("import:")]
    assert [e.detail for e in imports] == ["import:30", "import:1"]
    assert repos.audit.verify_chain().ok


def test_bulk_import_is_all_or_nothing(repos: Repositories) -> None:
    team = TEAM
    good = _case(1, team)
    bad = _case(2, team)
    broken = replace(bad.assessments[0], scores={"actief": 0})
    bad = CaseFile(bad.child, bad.involvements, (broken,), (), (), (), ())
    with pytest.raises(InputRejected):
        repos.bulk_import([good, bad])
    assert repos.children.count() == 0


def test_a_damaged_file_gives_vault_damaged_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "v.kcv"
    engine, key = bare_database(path)
    repos = Repositories(engine, TEST_ACTOR)
    for i in range(200):
        repos.children.create(f"Kind {i}", "Demo", school="x" * 200)
    engine.dispose()
    data = bytearray(path.read_bytes())
    for offset in range(len(data) - 5 * 4096, len(data), 4096):  # the children's last pages
        data[offset + 100] ^= 0xFF
    path.write_bytes(bytes(data))

    damaged = Repositories(make_engine(path, key), TEST_ACTOR)
    with pytest.raises(VaultDamaged):
        damaged.children.summaries(TODAY)
    with pytest.raises(VaultError):  # SQLCipher then refuses writes ("readonly")
        damaged.children.create("Nieuw", "Kind")


def _statements(engine: sqlalchemy.Engine, fn: Callable[[], object]) -> int:
    seen: list[str] = []

    def count(*args: object) -> None:
        seen.append(str(args[2]))

    sqlalchemy.event.listen(engine, "before_cursor_execute", count)
    try:
        fn()
    finally:
        sqlalchemy.event.remove(engine, "before_cursor_execute", count)
    return len(seen)


def test_summaries_use_a_fixed_handful_of_queries(
    engine: sqlalchemy.Engine, repos: Repositories
) -> None:
    """No query per child: 20 or 220 children cost the same number of statements."""
    team = TEAM
    repos.bulk_import(_case(i, team) for i in range(20))
    small = _statements(engine, lambda: repos.children.summaries(TODAY))
    repos.bulk_import(_case(i, team) for i in range(20, 220))
    big = _statements(engine, lambda: repos.children.summaries(TODAY))
    assert small == big <= 10
    assert len(repos.children.summaries(TODAY)) == 220


FAMILY = ["de Vries", "Vries", "van den Berg", "Berg", "Öztürk", "El Amrani", "'t Hart", "Ødegaard"]
GIVEN = ["Anna", "anna", "Émile", "Bo", "Zoë", "Daan"]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    people=st.lists(
        st.tuples(st.sampled_from(FAMILY), st.sampled_from(GIVEN), st.booleans()),
        min_size=0,
        max_size=14,
    ),
    n=st.integers(1, 8),
    status=st.sampled_from([ChildStatus.ACTIEF, ChildStatus.AFGESLOTEN, None]),
)
def test_first_screen_is_the_start_of_the_list_in_name_order(
    repos: Repositories,
    people: list[tuple[str, str, bool]],
    n: int,
    status: ChildStatus | None,
) -> None:
    """What is painted first after unlock is exactly what the whole list starts with."""
    from kansencirkel.core.name_order import name_key

    for old in repos.children.summaries(TODAY):  # one example's children only
        repos.children.erase(old.child.id)
    for family, first_name, closed in people:
        child = repos.children.create(first_name, family).value
        if closed:
            repos.children.close(child.id, TODAY)
    whole = [
        s for s in repos.children.summaries(TODAY) if status is None or s.child.status is status
    ]
    # The list sorts the vault's order by name; Python's sort is stable, so ties keep it.
    expected = sorted(whole, key=lambda s: name_key(s.child.family_name, s.child.given_name))
    assert repos.children.first_screen(TODAY, n, status) == expected[:n]
