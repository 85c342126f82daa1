"""Shared pieces of ``kansencirkel team …``: the administrator's connection, team profiles
and logins (no ``register``: not a command of its own).

The administrator names the server as ``postgresql://admin@host:port/db`` with ``--server``
and the team's CA with ``--ca``; the password comes from ``--admin-password-file`` or
``PGPASSWORD``, never from the command line. The connection always verifies the server's
certificate and name (``sslmode=verify-full``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kansencirkel.commands.common import (
    ENV_NEW_PASSPHRASE,
    EXIT_WRONG_PASSPHRASE,
    CliError,
    add_passphrase_file_argument,
    read_secret_file,
    require_parent_folder,
    usage_error,
)
from kansencirkel.core.i18n import N_, _

if TYPE_CHECKING:
    import sqlalchemy

    from kansencirkel.core.enums import AuditKind
    from kansencirkel.vault.team.membership import TeamProfile
    from kansencirkel.vault.team.store import ServerAddress

ENV_ADMIN_PASSWORD = "PGPASSWORD"
_LOGIN = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
PROFILE_EXISTS = N_("Het bestand {path} bestaat al; kies een nieuwe naam voor het teamprofiel.")
SERVER_FORM = N_("--server moet de vorm postgresql://beheerder@host:poort/database hebben.")
ADMIN_PASSWORD_WRONG = N_("Het wachtwoord van de beheerder klopt niet.")


def add_server_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--server",
        required=True,
        metavar="URL",
        help=_("de teamserver als beheerder: postgresql://beheerder@host:poort/database"),
    )
    parser.add_argument(
        "--ca",
        required=True,
        type=Path,
        metavar=_("BESTAND"),
        help=_("het CA-certificaat van het team (PEM)"),
    )
    parser.add_argument(
        "--admin-password-file",
        metavar=_("BESTAND"),
        help=_(
            "lees het wachtwoord van de beheerder uit dit bestand; anders {variable}",
            variable=ENV_ADMIN_PASSWORD,
        ),
    )


def add_team_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--team",
        required=True,
        type=Path,
        metavar=_("BESTAND"),
        help=_("het teamprofiel (.kcteam) van het teamlid dat dit doet"),
    )
    add_passphrase_file_argument(parser)


def add_new_passphrase_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-passphrase-file",
        metavar=_("BESTAND"),
        help=_(
            "wachtwoord van het nieuwe teamlid uit dit bestand; anders {variable} of een vraag",
            variable=ENV_NEW_PASSPHRASE,
        ),
    )


def login_arg(text: str) -> str:
    """argparse ``type=``: a login the server takes as a plain role name."""
    if not _LOGIN.match(text):
        raise argparse.ArgumentTypeError(
            _("'{text}' is geen login (kleine letters, cijfers en _, hooguit 63 tekens)", text=text)
        )
    return text


def server_address(args: argparse.Namespace) -> tuple[ServerAddress, str]:
    """The server named by ``--server``/``--ca`` and the administrator's login."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from kansencirkel.vault.team.store import ServerAddress

    try:
        url = make_url(args.server)
        port = url.port or 5432
    except (ArgumentError, ValueError):
        url = None
    if url is None or url.drivername not in ("postgresql", "postgres") or not url.host:
        raise usage_error(
            N_("--server moet de vorm postgresql://beheerder@host:poort/database hebben.")
        )
    if url.password is not None:
        raise usage_error(
            N_("Zet geen wachtwoord in --server; gebruik --admin-password-file of {variable}."),
            variable=ENV_ADMIN_PASSWORD,
        )
    if not url.username or not url.database:
        raise usage_error(
            N_("--server moet de vorm postgresql://beheerder@host:poort/database hebben.")
        )
    ca = Path(args.ca)
    if not ca.is_file():
        raise CliError(N_("Het CA-certificaat {path} bestaat niet."), path=ca)
    return ServerAddress(url.host, port, url.database, ca.resolve()), url.username


def _admin_password(args: argparse.Namespace) -> str | None:
    if args.admin_password_file is not None:
        return read_secret_file(args.admin_password_file)
    return os.environ.get(ENV_ADMIN_PASSWORD) or None


@contextlib.contextmanager
def admin_engine(args: argparse.Namespace) -> Iterator[tuple[sqlalchemy.Engine, ServerAddress]]:
    """The administrator's engine (connection checked once), disposed afterwards."""
    import sqlalchemy
    from sqlalchemy.exc import OperationalError

    from kansencirkel.vault.team.membership import connect_error

    address, user = server_address(args)
    url = address.url(user, _admin_password(args) or "")
    if not url.password:
        url = url.set(password=None)
    engine = sqlalchemy.create_engine(url)
    try:
        try:
            with engine.connect():
                pass
        except OperationalError as exc:
            error = connect_error(exc)
            if error.exit_code == EXIT_WRONG_PASSPHRASE:
                raise CliError(ADMIN_PASSWORD_WRONG, EXIT_WRONG_PASSPHRASE) from None
            raise error from None
        yield engine, address
    finally:
        engine.dispose()


def check_new_profile(path: Path) -> None:
    """Before any work: ``--out`` must be a new file in an existing folder."""
    if path.exists() or path.is_symlink():
        raise CliError(PROFILE_EXISTS, path=path)
    require_parent_folder(path)


def write_profile(path: Path, profile: TeamProfile) -> None:
    from kansencirkel.core.files import write_new_file
    from kansencirkel.vault.team.profile import profile_to_json

    try:
        write_new_file(path, profile_to_json(profile).encode("utf-8"))
    except FileExistsError:
        raise CliError(PROFILE_EXISTS, path=path) from None


def read_team(args: argparse.Namespace) -> TeamProfile:
    from kansencirkel.vault.team.profile import read_profile

    return read_profile(Path(args.team))


def log_team_change(
    profile: TeamProfile, passphrase: str, kind: AuditKind, record_type: str, record_id: str
) -> None:
    """Put a change to the team itself (a member added or removed, the key rotated) in the
    team's audit log, as the member whose passphrase made it. After the administrator's
    transaction: a member's transaction waits while that one holds the team's keys."""
    from kansencirkel.vault.repos.base import RepoContext
    from kansencirkel.vault.team import membership

    engine = membership.open_team(profile, passphrase)
    try:
        context = RepoContext(engine, membership.member_of(engine, profile.login))
        with context.tx() as session:
            context.audit(session, kind, record_type, record_id)
    finally:
        engine.dispose()
