"""Proof 8, importers: whatever a file holds, ``import`` takes it exactly or refuses it whole.

The files are real exports, made by ``kansencirkel export`` from a demo vault, then mutated:
edits anywhere in the JSON (any JSON value, or the near miss a hand edit makes: a date that
does not exist or lies ahead, a moment without time zone, an id of another record, NUL, half
a surrogate pair, a huge number), keys dropped, added or doubled, and damage to the bytes
(bits flipped, cut short, another encoding). Every outcome is one of two:

- refused: exit code 5 (``FileRejected`` / ``InputRejected`` below the CLI), one sentence
  first, and every table of the vault, audit log included, holds what it held;
- accepted: the child reads back exactly as the file has it (nothing dropped or bent).

Never another exit code, never a traceback; refusing takes at most 2 s per MB.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kansencirkel.cli import main
from kansencirkel.core.enums import AuditKind
from kansencirkel.exchange.casefile_json import MAX_BYTES, case_file_from_json, parse_json
from kansencirkel.vault.engine import make_engine
from kansencirkel.vault.errors import InputRejected
from kansencirkel.vault.meta import write_meta
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.validation import FileRejected
from kansencirkel.vault.vault import Vault
from tests.cli.conftest import Made, make_vault, real_errors, run_cli
from tests.cli.importing import canonical, damaged_bytes, encoded, mutated, rows
from tests.support.vaults import TEST_ACTOR, TEST_PASSPHRASE, bare_database

SECONDS_PER_MB = 2.0


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


@dataclass(frozen=True)
class Corpus:
    raw: bytes  # the export as `kansencirkel export` wrote it
    data: dict[str, Any]
    target: Made  # a demo vault (CLI-made) the file does not come from
    bare: Path  # a bare demo database at schema head, with its key, for quick copies
    key: bytes


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    folder = tmp_path_factory.mktemp("import-fuzz")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KANSENCIRKEL_TEST_KDF", "1")
        mp.setenv("KANSENCIRKEL_PASSPHRASE", TEST_PASSPHRASE)
        source = make_vault(folder, "bron", demo_children=6, seed=21)
        target = make_vault(folder, "doel", demo_children=1, seed=77)
        with contextlib.redirect_stdout(io.StringIO()) as listing:
            assert main(["children", str(source.path), "--json"]) == 0
        exports = []
        for child in json.loads(listing.getvalue()):
            out = folder / f"export-{child['id']}.json"
            with contextlib.redirect_stderr(io.StringIO()):
                args = ["export", str(source.path), "--child", child["id"], "--out", str(out)]
                args += ["--reason", "verzoek van de ouders (AVG)"]
                assert main(args) == 0
            exports.append(out.read_bytes())
    engine, key = bare_database(folder / "bare.kcv")
    write_meta(engine, vault_id="fuzz", team_name="Fuzz", is_demo=True, created_at="2026-01-01")
    engine.dispose()
    raw = max(exports, key=_richness)  # the file with the most kinds of records in it
    yield Corpus(raw, json.loads(raw), target, folder / "bare.kcv", key)


def _richness(raw: bytes) -> tuple[int, int]:
    case = json.loads(raw)["case_file"]
    return sum(1 for v in case.values() if isinstance(v, list) and v), len(raw)


@contextlib.contextmanager
def fresh_repos(corpus: Corpus, tmp_path: Path) -> Iterator[tuple[Repositories, Any]]:
    copy = tmp_path / f"db-{time.monotonic_ns()}.kcv"
    shutil.copyfile(corpus.bare, copy)
    engine = make_engine(copy, corpus.key)
    try:
        yield Repositories(engine, TEST_ACTOR), engine
    finally:
        engine.dispose()


def import_exactly_or_refuse(corpus: Corpus, tmp_path: Path, raw: bytes) -> str:
    """Import ``raw`` below the command line; returns "accepted" or "refused" after checking
    that outcome's promise."""
    with fresh_repos(corpus, tmp_path) as (repos, engine):
        with engine.connect() as conn:
            before = rows(conn)
        started = time.perf_counter()
        try:
            case = case_file_from_json(parse_json(raw))
            repos.bulk_import([case])
        except InputRejected as exc:
            elapsed = time.perf_counter() - started
            assert elapsed <= SECONDS_PER_MB * max(1.0, len(raw) / 1e6)
            assert exc.exit_code == 5
            for lang in ("nl", "en"):
                assert "\n" not in exc.message.text(lang)  # one sentence
            if isinstance(exc, FileRejected):
                assert exc.problems and all(p.message.text("en") for p in exc.problems)
            with engine.connect() as conn:
                assert rows(conn) == before
            return "refused"
        stored = repos.children.case_file(case.child.id, include_superseded=True)
        assert canonical(stored) == canonical(case)
        return "accepted"


def test_the_real_export_goes_in_exactly(corpus: Corpus, tmp_path: Path) -> None:
    assert import_exactly_or_refuse(corpus, tmp_path, corpus.raw) == "accepted"
    case = corpus.data["case_file"]
    assert all(case[k] for k in ("involvements", "assessments", "meetings", "notes", "consents"))


def test_edited_exports_go_in_exactly_or_not_at_all(
    corpus: Corpus, tmp_path: Path, proof_count: Callable[[int, int], int]
) -> None:
    seen: dict[str, int] = {"accepted": 0, "refused": 0}

    @fuzz(proof_count(300, 5000))
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        edited = data.draw(mutated(corpus.data))
        raw = encoded(data.draw, edited)
        seen[import_exactly_or_refuse(corpus, tmp_path, raw)] += 1

    run()
    assert seen["refused"] > seen["accepted"] > 0, seen  # both outcomes really happen


def test_damaged_exports_are_refused_whole(
    corpus: Corpus, tmp_path: Path, proof_count: Callable[[int, int], int]
) -> None:
    seen: dict[str, int] = {"accepted": 0, "refused": 0}

    @fuzz(proof_count(300, 5000))
    @given(raw=damaged_bytes(corpus.raw))
    def run(raw: bytes) -> None:
        seen[import_exactly_or_refuse(corpus, tmp_path, raw)] += 1

    run()
    assert seen["refused"] > 0, seen


# --- through the command line ---------------------------------------------------------------


State = tuple[dict[str, int], list[AuditKind]]


@dataclass(frozen=True)
class Ran:
    rc: int
    err: list[str]  # stderr lines, test-only warnings left out
    path: Path  # the copy of the vault imported into
    before: State
    seconds: float  # how long the command took


def vault_state(path: Path) -> State:
    """Rows per table (the audit log apart) and the audit kinds, opened as the test member."""
    [member] = Vault.members(path)
    with Vault.open(path, member.id, TEST_PASSPHRASE) as vault, vault.repos.engine.connect() as c:
        counts = rows(c)
        kinds = [e.kind for e in vault.repos.audit.entries()]
    counts.pop("audit_events")
    return counts, kinds


def cli_import(target: Made, folder: Path, raw: bytes) -> Ran:
    """``kansencirkel import`` of ``raw`` into a fresh copy of ``target``."""
    folder.mkdir()
    for file in target.path.parent.glob(f"{target.path.name}*"):
        shutil.copyfile(file, folder / file.name)
    path = folder / target.path.name
    before = vault_state(path)
    source = folder / "in.json"
    source.write_bytes(raw)
    err = io.StringIO()
    started = time.perf_counter()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        rc = main(["import", str(path), "--in", str(source)])
    seconds = time.perf_counter() - started
    return Ran(rc, real_errors(err.getvalue()), path, before, seconds)


def assert_refused_and_unchanged(ran: Ran) -> None:
    assert ran.rc == 5, ran.err
    assert ran.err and "Traceback" not in "\n".join(ran.err), ran.err
    assert "onverwachts" not in ran.err[0]
    before_rows, before_audit = ran.before
    after_rows, after_audit = vault_state(ran.path)
    assert after_rows == before_rows
    # Opening and closing the vault (the import, this check) are logged; nothing else is.
    new = after_audit[len(before_audit) :]
    assert set(new) <= {AuditKind.UNLOCK, AuditKind.LOCK}, new


def test_the_command_refuses_edited_exports_whole(
    corpus: Corpus, tmp_path: Path, proof_count: Callable[[int, int], int]
) -> None:
    runs = iter(range(10**6))
    outcomes: list[int] = []

    @fuzz(proof_count(40, 500))
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        edited = data.draw(mutated(corpus.data))
        if data.draw(st.booleans()):
            raw = encoded(data.draw, edited)
        else:
            raw = data.draw(damaged_bytes(corpus.raw))
        ran = cli_import(corpus.target, tmp_path / f"run{next(runs)}", raw)
        outcomes.append(ran.rc)
        if ran.rc == 0:
            assert not ran.err
            assert vault_state(ran.path)[0]["children"] == ran.before[0]["children"] + 1
        else:
            assert_refused_and_unchanged(ran)

    run()
    assert 5 in outcomes, outcomes


# The malformed files of probe finding 3 and their kin: each one clear sentence, exit 5.
MALFORMED: dict[str, Callable[[dict[str, Any], bytes], bytes]] = {
    "score out of range": lambda d, r: _edit(d, ["assessments", 0, "scores", "actief"], 9),
    "huge score": lambda d, r: _edit(d, ["assessments", 0, "scores", "actief"], 10**30),
    "huge version": lambda d, r: _edit(d, ["assessments", 0, "version"], 2**63),
    "moment without time zone": lambda d, r: _edit(
        d, ["assessments", 0, "recorded_at"], "2026-01-01T10:00:00"
    ),
    "moment before year 1 in UTC": lambda d, r: _edit(
        d, ["assessments", 0, "recorded_at"], "0001-01-01T00:00:00+01:00"
    ),
    "a date that does not exist": lambda d, r: _edit(d, ["child", "opened_on"], "2026-02-30"),
    "half a surrogate pair, escaped": lambda d, r: _edit(d, ["child", "family_name"], "\ud800"),
    "half a surrogate pair, raw": lambda d, r: r.replace(
        b'"family_name": "', b'"family_name": "\xed\xa0\x80', 1
    ),
    "latin-1 text": lambda d, r: r.replace(b'"given_name": "', b'"given_name": "\xe9', 1),
    "utf-16": lambda d, r: r.decode("utf-8").encode("utf-16"),
    "nested too deep": lambda d, r: b"[" * 100_000 + b"]" * 100_000,
    "a number of 5000 digits": lambda d, r: r.replace(
        b'"version": 1', b'"version": ' + b"1" * 5000, 1
    ),
    "a key twice": lambda d, r: r.replace(b'"given_name"', b'"given_name": "A", "given_name"', 1),
    "a list where a record goes": lambda d, r: _edit(d, ["child"], []),
    "text where a list goes": lambda d, r: _edit(d, ["notes"], "geen"),
    "NaN as a score": lambda d, r: _edit(d, ["assessments", 0, "scores", "actief"], float("nan")),
    "unknown key": lambda d, r: _edit(d, ["child", "date_of_brith"], "2015-01-01"),
    "missing key": lambda d, r: _drop(d, ["child", "opened_on"]),
    "another version": lambda d, r: json.dumps({**d, "version": 2}).encode(),
    "not an export": lambda d, r: b'{"format": "iets anders"}',
    "empty": lambda d, r: b"",
    "cut short": lambda d, r: r[: len(r) // 2],
}


def _edit(data: dict[str, Any], path: list[Any], value: Any) -> bytes:
    data = json.loads(json.dumps(data))
    place: Any = data["case_file"]
    for step in path[:-1]:
        place = place[step]
    place[path[-1]] = value
    return json.dumps(data).encode()


def _drop(data: dict[str, Any], path: list[Any]) -> bytes:
    data = json.loads(json.dumps(data))
    place: Any = data["case_file"]
    for step in path[:-1]:
        place = place[step]
    del place[path[-1]]
    return json.dumps(data).encode()


@pytest.mark.parametrize("name", list(MALFORMED))
def test_each_malformed_file_gets_one_clear_sentence(
    corpus: Corpus, tmp_path: Path, name: str
) -> None:
    raw = MALFORMED[name](corpus.data, corpus.raw)
    ran = cli_import(corpus.target, tmp_path / "run", raw)
    assert_refused_and_unchanged(ran)
    assert len(ran.err) == 1 and len(ran.err[0]) < 400 and ran.err[0].endswith("."), ran.err


def test_a_real_process_prints_no_traceback(corpus: Corpus, tmp_path: Path) -> None:
    for name in ("nested too deep", "half a surrogate pair, escaped", "moment without time zone"):
        source = tmp_path / f"{len(name)}.json"
        source.write_bytes(MALFORMED[name](corpus.data, corpus.raw))
        done = run_cli("import", str(corpus.target.path), "--in", str(source))
        err = real_errors(done.stderr)
        assert done.returncode == 5 and len(err) == 1 and "Traceback" not in done.stderr, err


def test_the_command_lists_every_problem(corpus: Corpus, tmp_path: Path) -> None:
    data = json.loads(corpus.raw)
    child = data["case_file"]["child"]
    child["given_name"], child["date_of_birth"] = "", "2999-01-01"
    for note in data["case_file"]["notes"]:
        note["text"] = "\x00"
    ran = cli_import(corpus.target, tmp_path / "run", json.dumps(data).encode())
    assert_refused_and_unchanged(ran)
    count = 2 + len(data["case_file"]["notes"])
    assert f"{count} problemen" in ran.err[0]
    assert [line.startswith("  - ") for line in ran.err[1:]] == [True] * count
    assert "given_name" in ran.err[1] and "date_of_birth" in ran.err[2]


def test_refusing_a_big_file_takes_at_most_2_s_per_mb(
    corpus: Corpus, tmp_path: Path, proof_count: Callable[[int, int], int]
) -> None:
    """An export grown to many megabytes (thousands of assessments), one problem at its end:
    found, and the whole file refused, within the time."""
    megabytes = proof_count(8, 45)
    data = json.loads(corpus.raw)
    case = data["case_file"]
    template = case["assessments"][0]
    one = len(json.dumps(template))
    case["assessments"] = [
        {
            **template,
            "id": f"{i:08x}-0000-4000-8000-{i:012x}",
            "lineage_id": f"{i:08x}-1111-4000-8000-{i:012x}",
        }
        for i in range(megabytes * 1_000_000 // one)
    ]
    case["assessments"][-1]["assessed_on"] = "2999-01-01"
    raw = json.dumps(data).encode()
    assert megabytes * 0.9e6 < len(raw) < MAX_BYTES
    source = tmp_path / "big.json"
    source.write_bytes(raw)
    started = time.perf_counter()
    with pytest.raises(FileRejected) as rejected:
        case_file = case_file_from_json(parse_json(source.read_bytes()))
        with fresh_repos(corpus, tmp_path) as (repos, _engine):
            repos.bulk_import([case_file])
    elapsed = time.perf_counter() - started
    assert elapsed <= SECONDS_PER_MB * len(raw) / 1e6, elapsed
    [problem] = rejected.value.problems
    assert (problem.record, problem.field) == ("assessments", "assessed_on")
    ran = cli_import(corpus.target, tmp_path / "run", raw)  # the command, vault opened too
    assert_refused_and_unchanged(ran)
    assert "assessed_on" in ran.err[0]
    assert ran.seconds <= SECONDS_PER_MB * len(raw) / 1e6, ran.seconds


def test_a_file_over_the_limit_is_refused(corpus: Corpus, tmp_path: Path) -> None:
    ran = cli_import(corpus.target, tmp_path / "run", b" " * (MAX_BYTES + 1))
    assert_refused_and_unchanged(ran)
    assert "50 MB" in ran.err[0]
