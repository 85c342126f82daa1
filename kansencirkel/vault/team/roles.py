"""The server side of a team: its role, its members' logins (run with an administrator's
connection; the app's own logins cannot do any of this).

A team is a NOLOGIN role granted ``kc_app``; a member is a LOGIN role granted the team's
role, with a SCRAM-SHA-256 verifier as its password, so the server never receives the
password itself. Role names are cluster-wide; the team's role carries its id.
"""

from __future__ import annotations

from psycopg import sql
from sqlalchemy import Connection

from kansencirkel.core import clock


def team_role(team_id: str) -> str:
    return "kc_team_" + team_id.replace("-", "")


def _run(conn: Connection, statement: sql.Composed) -> None:
    raw = conn.connection.driver_connection
    if raw is None:
        raise RuntimeError("no driver connection")
    conn.exec_driver_sql(statement.as_string(raw))


def create_team(conn: Connection, team_id: str) -> str:
    """The team's role and row; returns the role's name."""
    role = team_role(team_id)
    _run(conn, sql.SQL("CREATE ROLE {} NOLOGIN IN ROLE kc_app").format(sql.Identifier(role)))
    conn.exec_driver_sql(
        "INSERT INTO kc_teams (id, role_name, created_at) VALUES (%(id)s, %(role)s, %(at)s)",
        {"id": team_id, "role": role, "at": clock.now().replace(tzinfo=None)},
    )
    return role


def create_login(conn: Connection, team_id: str, login: str, verifier: str) -> None:
    """A member's login role in the team, its password given as a SCRAM verifier."""
    _run(
        conn,
        sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(login), sql.Literal(verifier), sql.Identifier(team_role(team_id))
        ),
    )


def drop_login(conn: Connection, login: str) -> None:
    """The member's login is gone: open sessions of it are ended too."""
    conn.exec_driver_sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %(login)s",
        {"login": login},
    )
    _run(conn, sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(login)))


def login_exists(conn: Connection, login: str) -> bool:
    found = conn.exec_driver_sql(
        "SELECT 1 FROM pg_roles WHERE rolname = %(login)s", {"login": login}
    ).first()
    return found is not None
