"""``kansencirkel team check`` as a member: schema at head, row-level security enabled and
forced with a policy on every table, the team's audit chain, every sealed value opens.
``kansencirkel team upgrade`` as the administrator: the server's schema to this app's
version (after an update of the app), in one transaction."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field

from kansencirkel.commands.common import CliError, echo
from kansencirkel.core.i18n import N_, _
from kansencirkel.vault.team.membership import TeamProfile

NOT_A_TEAM_SERVER = N_(
    "Op deze database staat nog geen team; maak er een met 'kansencirkel team init'."
)
SERVER_NEWER = N_(
    "De teamserver is al bijgewerkt voor een nieuwere versie van Kansencirkel; werk deze app bij."
)

#: Tables without team rows (the schema version only).
NOT_PER_TEAM = frozenset({"alembic_version"})

RLS_QUERY = (
    "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, "
    "(SELECT count(*) FROM pg_policies p WHERE p.schemaname = n.nspname "
    "AND p.tablename = c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname"
)


@dataclass
class TeamReport:
    schema_ok: bool = False
    rls_problems: list[str] = field(default_factory=list)
    audit_ok: bool = False
    audit_checked: int = 0
    unreadable: list[str] = field(default_factory=list)


def check_team(profile: TeamProfile, passphrase: str) -> TeamReport:
    from kansencirkel.vault import schema
    from kansencirkel.vault.audit import verify_chain
    from kansencirkel.vault.team import members, membership
    from kansencirkel.vault.team.fields import FieldUnreadable
    from kansencirkel.vault.team.ring_follow import key_ring_of

    engine = membership.open_team(profile, passphrase)
    report = TeamReport()
    try:
        report.schema_ok = schema.current_revision(engine) == schema.head_revision()
        ring = key_ring_of(engine)
        with engine.connect() as conn:
            for table, rls, forced, policies in conn.exec_driver_sql(RLS_QUERY):
                if table not in NOT_PER_TEAM and not (rls and forced and policies):
                    report.rls_problems.append(str(table))
            report.unreadable = members.unreadable_values(conn, ring)
            try:
                chain = verify_chain(conn)
            except FieldUnreadable:
                report.audit_ok = False
            else:
                report.audit_ok, report.audit_checked = chain.ok, chain.checked
    finally:
        engine.dispose()
    return report


def run_upgrade(args: argparse.Namespace) -> int:
    """Bring the server's schema to this app's head: all of it or, on any error, none."""
    from alembic.util import CommandError

    from kansencirkel.commands.team_admin import admin_engine
    from kansencirkel.vault import schema

    with admin_engine(args) as (engine, _address):
        before = schema.current_revision(engine)
        if before is None:
            raise CliError(NOT_A_TEAM_SERVER)
        if before == schema.head_revision():
            echo(_("De teamserver is al bij (versie {version}).", version=before))
            return 0
        try:
            schema.upgrade_to_head(engine)
        except CommandError:
            raise CliError(SERVER_NEWER) from None
    echo(
        _(
            "De teamserver is bijgewerkt van versie {old} naar {new}.",
            old=before,
            new=schema.head_revision(),
        )
    )
    return 0
