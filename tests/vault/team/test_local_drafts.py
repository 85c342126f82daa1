"""Drafts kept on the laptop while the team server is away: they come back as typed, the file
shows nothing of them, only this team's ring as this login opens it, a damaged file is one
sentence and stays, and a crash in the middle of a write leaves the previous file."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kansencirkel.core.crashpoint import ENV_CRASH_AT
from kansencirkel.core.enums import Perspective
from kansencirkel.vault.errors import InputRejected
from kansencirkel.vault.team.keyring_cipher import KeyRing
from kansencirkel.vault.team.local_drafts import (
    UNREADABLE,
    LocalDrafts,
    LocalDraftsUnreadable,
    drafts_path,
)

TEAM = "5b0c1a52-3a55-4d0e-9a3e-0c2f1d8a7b61"
CHILD = "0f6c2d6e-8d0a-4d52-9f1e-2a8d1c3b4e5f"
WORD = "Zwemdiploma"  # what is typed: must never stand in the file
REPO = Path(__file__).resolve().parents[3]


def payload(text: str = f"{WORD} gehaald, trots") -> dict[str, object]:
    return {"goes_well": text, "scores": {"veiligheid": 3}, "given_by": "Juf Émilie"}


@pytest.fixture
def ring() -> KeyRing:
    return KeyRing.new(TEAM)


@pytest.fixture
def local(ring: KeyRing, tmp_path: Path) -> LocalDrafts:
    return LocalDrafts(
        ring, "juf_fictief", "Juf Fictief", path=drafts_path(TEAM, "juf_fictief", tmp_path)
    )


def test_drafts_round_trip_per_child_and_go_with_their_last_one(local: LocalDrafts) -> None:
    assert local.all() == [] and not local.has_any()
    first = local.put(None, CHILD, Perspective.KIND, payload())
    other = local.put(None, "another-child", None, {"goes_well": "iets"})
    again = local.put(first.id, CHILD, Perspective.KIND, payload("verder getypt"))
    assert again.id == first.id and again.author == "Juf Fictief"
    (mine,) = local.for_child(CHILD)
    assert mine.payload == payload("verder getypt") and mine.perspective is Perspective.KIND
    assert {d.id for d in local.all()} == {first.id, other.id}
    assert local.remove(first.id) and not local.remove(first.id)
    assert local.remove(other.id)
    assert not local.has_any() and not local.path.exists()  # no empty file left behind


def test_the_file_shows_nothing_that_was_typed_and_is_the_users_alone(
    local: LocalDrafts, tmp_path: Path
) -> None:
    local.put(None, CHILD, Perspective.OUDERS, payload())
    raw = local.path.read_bytes()
    for needle in (WORD, "Émilie", "veiligheid", CHILD, "Juf Fictief"):
        assert needle.encode("utf-8") not in raw
        assert needle.encode("utf-16-le") not in raw
    assert base64.b64encode(WORD.encode()) not in raw
    if os.name != "nt":
        assert local.path.stat().st_mode & 0o077 == 0
    assert [p.name for p in local.path.parent.iterdir()] == [local.path.name]  # no temp files


def test_another_key_team_or_login_cannot_open_the_file(
    local: LocalDrafts, ring: KeyRing, tmp_path: Path
) -> None:
    local.put(None, CHILD, Perspective.KIND, payload())
    before = local.path.read_bytes()
    strangers = [
        LocalDrafts(KeyRing.new(TEAM), "juf_fictief", "X", path=local.path),  # another key
        LocalDrafts(KeyRing.new("other-team"), "juf_fictief", "X", path=local.path),
        LocalDrafts(ring, "meester_ander", "X", path=local.path),  # same ring, other login
    ]
    for stranger in strangers:
        with pytest.raises(LocalDraftsUnreadable) as caught:
            stranger.all()
        assert caught.value.message.msgid == UNREADABLE
        with pytest.raises(LocalDraftsUnreadable):  # nor is it overwritten
            stranger.put(None, CHILD, None, {"goes_well": "x"})
    assert local.path.read_bytes() == before
    assert local.for_child(CHILD)[0].payload == payload()
    # Each team and login has a file of its own.
    assert len({drafts_path(TEAM, "a"), drafts_path(TEAM, "b"), drafts_path("t2", "a")}) == 3


def test_a_damaged_file_is_one_sentence_and_is_never_deleted(local: LocalDrafts) -> None:
    local.put(None, CHILD, Perspective.KIND, payload())
    raw = bytearray(local.path.read_bytes())
    raw[len(raw) // 2] ^= 0x01  # one bit inside the sealed drafts
    for damaged in (bytes(raw), b"", b"\x00\xffgeen json", b'{"format": "iets anders"}'):
        local.path.write_bytes(damaged)
        with pytest.raises(LocalDraftsUnreadable) as caught:
            local.for_child(CHILD)
        sentence = caught.value.message_nl
        assert str(local.path.parent) in sentence and "\n" not in sentence
        assert "Traceback" not in sentence and WORD not in sentence
        with pytest.raises(LocalDraftsUnreadable):
            local.remove("whatever")
        assert local.path.read_bytes() == damaged  # still there, exactly as it was


def test_something_that_is_no_json_is_refused_before_the_file(local: LocalDrafts) -> None:
    with pytest.raises(InputRejected):
        local.put(None, CHILD, None, {"when": datetime(2026, 3, 2, tzinfo=UTC)})
    assert not local.path.exists()


CRASHING_WRITER = """
import base64, os, sys
from pathlib import Path
from kansencirkel.core.crashpoint import ENV_CRASH_AT
from kansencirkel.core.enums import Perspective
from kansencirkel.vault.team.keyring_cipher import KeyRing
from kansencirkel.vault.team.local_drafts import LocalDrafts

ring = KeyRing.new(sys.argv[2])
print(base64.b64encode(ring.to_payload()).decode(), flush=True)
local = LocalDrafts(ring, "juf_fictief", "Juf Fictief", path=Path(sys.argv[1]))
first = local.put(None, sys.argv[3], Perspective.KIND, {"goes_well": "eerste versie"})
print(first.id, flush=True)
os.environ[ENV_CRASH_AT] = "local-drafts:staged"
local.put(first.id, sys.argv[3], Perspective.KIND, {"goes_well": "tweede versie"})
print("not killed", flush=True)
"""


def test_a_crash_in_the_middle_of_a_write_leaves_the_previous_file(tmp_path: Path) -> None:
    path = drafts_path(TEAM, "juf_fictief", tmp_path / "offline")
    env = {k: v for k, v in os.environ.items() if k != ENV_CRASH_AT}
    run = subprocess.run(
        [sys.executable, "-c", CRASHING_WRITER, str(path), TEAM, CHILD],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode != 0 and "not killed" not in run.stdout, run.stderr
    ring_line, draft_id = run.stdout.split()[:2]
    ring = KeyRing.from_payload(TEAM, base64.b64decode(ring_line))
    local = LocalDrafts(ring, "juf_fictief", "Juf Fictief", path=path)
    (kept,) = local.all()
    assert kept.id == draft_id and kept.payload == {"goes_well": "eerste versie"}
    # The killed write's temp file (encrypted) goes at the next write.
    assert len(list(path.parent.iterdir())) == 2
    local.put(kept.id, CHILD, Perspective.KIND, {"goes_well": "derde versie"})
    assert [p.name for p in path.parent.iterdir()] == [path.name]
