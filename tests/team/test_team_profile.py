"""The team profile file: written and read back whole; anything else is one sentence, exit 5."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kansencirkel.vault.kdf import TEST_KDF
from kansencirkel.vault.team.membership import TeamProfile
from kansencirkel.vault.team.profile import (
    ProfileRejected,
    profile_from_json,
    profile_to_json,
    read_profile,
)
from kansencirkel.vault.team.store import ServerAddress

PROFILE = TeamProfile(
    ServerAddress("team.example.invalid", 5433, "kansencirkel", Path("/etc/kc/team-ca.crt")),
    "5b0c1a52-3a55-4d0e-9a3e-0c2f1d8a7b61",
    "kc_juf_fictief",
    TEST_KDF,
)


def test_a_profile_reads_back_as_written() -> None:
    assert profile_from_json(profile_to_json(PROFILE)) == PROFILE


def test_the_profile_holds_no_secret_and_names_the_ca_by_path() -> None:
    data = json.loads(profile_to_json(PROFILE))
    assert set(data) == {
        "format", "version", "host", "port", "database", "ca_file", "team_id", "login", "kdf",
    }  # fmt: skip
    assert data["ca_file"] == "/etc/kc/team-ca.crt"


def test_a_relative_ca_path_is_taken_from_the_profiles_folder(tmp_path: Path) -> None:
    data = json.loads(profile_to_json(PROFILE))
    data["ca_file"] = "team-ca.crt"
    file = tmp_path / "team.kcteam"
    file.write_text(json.dumps(data), encoding="utf-8")
    assert read_profile(file).address.ca_file == tmp_path / "team-ca.crt"


def _changed(**values: object) -> str:
    data = json.loads(profile_to_json(PROFILE))
    for key, value in values.items():
        if value is None:
            del data[key]
        else:
            data[key] = value
    return json.dumps(data)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{",
        "[]",
        '{"format": "something-else"}',
        json.dumps({"vault_id": "x", "team_name": "y"}),
        _changed(format="kansencirkel-vault"),
        _changed(version=2),
        _changed(port="5432"),
        _changed(port=True),
        _changed(port=70000),
        _changed(kdf={"t": 1}),
        _changed(kdf={"t": 1000, "m": 8192, "p": 1}),
        _changed(team_id=None),
        _changed(login=""),
        _changed(host=5),
        _changed(ca_file=None),
    ],
)
def test_a_damaged_or_foreign_file_is_one_sentence_exit_5(text: str) -> None:
    with pytest.raises(ProfileRejected) as caught:
        profile_from_json(text)
    assert caught.value.exit_code == 5
    assert caught.value.message.msgid == ProfileRejected.default


def test_a_binary_or_huge_file_is_refused(tmp_path: Path) -> None:
    binary = tmp_path / "a.kcteam"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    huge = tmp_path / "b.kcteam"
    huge.write_bytes(b" " * 70_000 + profile_to_json(PROFILE).encode())
    for file in (binary, huge):
        with pytest.raises(ProfileRejected):
            read_profile(file)
