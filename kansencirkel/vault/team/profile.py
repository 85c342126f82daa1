"""The team profile file (``*.kcteam``): what a member's app needs to reach and open a team,
and no secret: server, port, database, the team's CA certificate, team id, login, KDF cost.

The CA is named by its path, not copied in: libpq reads the CA from a file anyway, the school
IT hands out that one file for every team on its server, and a renewed CA is then replaced in
one place. A relative path is taken from the profile's own folder, so a profile and its CA
can travel together in one folder.
"""

from __future__ import annotations

import json
from pathlib import Path

from kansencirkel.core.i18n import N_
from kansencirkel.vault.errors import VaultError
from kansencirkel.vault.kdf import KdfParams
from kansencirkel.vault.team.membership import TeamProfile
from kansencirkel.vault.team.store import ServerAddress

FORMAT = "kansencirkel-team"
VERSION = 1
SUFFIX = ".kcteam"
_MAX_BYTES = 64 * 1024


class ProfileRejected(VaultError):
    """The file is not a (readable, complete) team profile."""

    exit_code = 5
    default = N_("Dit bestand is geen (volledig) teamprofiel van Kansencirkel.")


def profile_to_json(profile: TeamProfile) -> str:
    address = profile.address
    return (
        json.dumps(
            {
                "format": FORMAT,
                "version": VERSION,
                "host": address.host,
                "port": address.port,
                "database": address.database,
                "ca_file": str(address.ca_file),
                "team_id": profile.team_id,
                "login": profile.login,
                "kdf": profile.kdf.to_json(),
            },
            indent=2,
        )
        + "\n"
    )


def _text(data: dict[str, object], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value or len(value) > 1000:
        raise ProfileRejected()
    return value


def profile_from_json(text: str, base: Path | None = None) -> TeamProfile:
    """The profile in ``text``; a relative CA path is taken from ``base`` (the profile's
    folder). `ProfileRejected` (exit 5, one sentence) for anything else."""
    try:
        data = json.loads(text)
    except ValueError:
        raise ProfileRejected() from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ProfileRejected()
    if data.get("version") != VERSION:
        raise ProfileRejected()
    port = data.get("port")
    if not isinstance(port, int) or isinstance(port, bool) or not 0 < port < 65536:
        raise ProfileRejected()
    try:
        kdf = KdfParams.from_json(data.get("kdf"))
    except (ValueError, TypeError):
        raise ProfileRejected() from None
    ca_file = Path(_text(data, "ca_file"))
    if not ca_file.is_absolute() and base is not None:
        ca_file = base / ca_file
    address = ServerAddress(_text(data, "host"), port, _text(data, "database"), ca_file)
    return TeamProfile(address, _text(data, "team_id"), _text(data, "login"), kdf)


def read_profile(path: Path) -> TeamProfile:
    """The profile in the file at ``path`` (not there: OSError, for the command line)."""
    with open(path, "rb") as fh:
        raw = fh.read(_MAX_BYTES + 1)
    if len(raw) > _MAX_BYTES:
        raise ProfileRejected()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProfileRejected() from None
    return profile_from_json(text, path.parent)
