"""A full disk is a full disk: said as such (not "check the drive", not "the key file cannot be
saved"), and the vault on it can still be opened, listed and checked. Run on a real, full
tmpfs in a private mount namespace (:mod:`tests.support.full_disk`)."""

from __future__ import annotations

from typing import Any

import pytest

from kansencirkel.vault.backup import BACKUP_FOLDER_FULL
from kansencirkel.vault.errors import DiskFull
from kansencirkel.vault.unlocked import DISK_FULL_READ_ONLY
from tests.support import full_disk

pytestmark = [
    pytest.mark.timeout(300),
    pytest.mark.skipif(not full_disk.available(), reason="needs unshare and tmpfs (Linux)"),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return full_disk.run_on_full_disk(tmp_path_factory.mktemp("full"))


def full(msgid: str = DiskFull.default) -> str:
    return f"DiskFull: {msgid}"


def test_the_disk_is_really_full(found: dict[str, Any]) -> None:
    assert found["free"] == 0


def test_a_vault_on_a_full_disk_opens_and_reads(found: dict[str, Any]) -> None:
    assert found["notices"] == [DISK_FULL_READ_ONLY]
    assert found["count"] == 1 and found["list"] == 1
    assert found["check"] is True
    for command in ("cli children", "cli check"):
        assert found[command]["exit"] == 0, found[command]
        assert found[command]["stderr"] == [DISK_FULL_READ_ONLY]


def test_what_needs_room_says_the_disk_is_full(found: dict[str, Any]) -> None:
    # Opening a child's file is logged, so it waits for room too (fail closed).
    assert found["open child"] == full()
    assert found["write"] == full()
    assert found["backup"] == full()  # the consistent copy is made next to the vault first
    assert found["passphrase"].startswith("DiskFull: De schijf is vol; het sleutelbestand")


def test_a_full_backup_folder_is_named_as_such(found: dict[str, Any]) -> None:
    result = found["cli backup to full disk"]
    assert result["exit"] == 1
    assert result["stderr"] == [BACKUP_FOLDER_FULL]
    assert found["backup folder left"] == []  # no half backup


def test_with_room_again_everything_works_and_the_unlock_is_logged_late(
    found: dict[str, Any],
) -> None:
    assert found["after: write"] == "ok"
    # The unlock on the full disk could not be logged then; it is now, with this one.
    assert found["after: unlocks logged"] == ["unlock", "unlock"]
