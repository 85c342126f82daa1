"""Proof 7, "Model-based audit test": random sequences of creating, editing and deleting
children, notes and actions, refused writes, wrong passphrases, lock, unlock and exports (the
EXPORT record as the export dialog and ``kansencirkel report`` write it, and a real
``kansencirkel export`` run in this process) against an in-memory model.

After every step: the vault's rows equal the model; the audit log equals, event for event,
what the model says each step must have left (kind, record type, record id, child id, detail,
actor); no event holds any content (every text typed carries a unique marker, and no marker
is in the log); the hash chain verifies. Editing or deleting a logged row with raw SQL is
refused by the triggers; an attacker who drops the triggers is caught by ``vault check``
(tests/vault/test_audit_tamper.py).

Counts: ``proof_count(reduced, full)`` examples (``--full-proofs`` for the full run).
"""

from __future__ import annotations

import contextlib
import io
import itertools
import json
import shutil
import tempfile
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RULE_MARKER,
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from kansencirkel.cli import main as cli_main
from kansencirkel.core import clock
from kansencirkel.core.enums import ActionStatus, AuditKind, Visibility
from kansencirkel.core.handover import plain_export_detail
from kansencirkel.exchange.casefile_json import case_file_from_json
from kansencirkel.vault.errors import InputRejected, NotFound, WrongPassphrase
from kansencirkel.vault.models import ActionRow, AuditEventRow, ChildRow, NoteRow
from kansencirkel.vault.vault import Vault
from tests.support.vaults import TEST_MEMBER, TEST_PASSPHRASE, make_vault

pytestmark = pytest.mark.timeout(900)

#: (kind, record type, record id, child id, detail): one audit event as the model sees it.
Event = tuple[AuditKind, str, str | None, str | None, str]

MARK = "kcM"  # every text typed in this test holds MARK + a serial number + "x"
REPORT_KINDS = ("kernteam", "ouders")
EXPORT_REASON = "Verzoek van de ouders om hun gegevens (AVG)"
# Arbitrary text without NUL and surrogates, so anything the UI could pass in.
free_text = st.text(
    st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=20
)
fields_of_child = st.sets(
    st.sampled_from(("given_name", "family_name", "school", "group")), min_size=1
)
statuses = st.sampled_from(list(ActionStatus))


#: How often each rule ran in this process (the test checks every rule ran).
STEPS: Counter[str] = Counter()


class AuditModel(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="kc-audit-model-"))
        made = make_vault(self.folder / "team.kcv")
        self.path, self.member_id = made.path, made.member_id
        self.vault: Vault | None = made.vault
        self.vault_id = made.vault.info.vault_id
        self.serial = itertools.count(1)
        self.children: dict[str, dict[str, str]] = {}
        self.notes: dict[str, tuple[str, str, str]] = {}  # id → child, text, visibility
        self.actions: dict[str, dict[str, Any]] = {}
        self.events: list[Event] = [(AuditKind.CREATE, "vault", self.vault_id, None, "")]
        self.failed_attempts = 0  # wrong passphrases not yet written to the log
        self.exports = 0

    # -- helpers ---------------------------------------------------------------------------

    def text(self, extra: str) -> str:
        """Typed text: a unique marker, then anything (trailing spaces included)."""
        return f"{MARK}{next(self.serial)}x{extra}"

    @property
    def open(self) -> Vault:
        assert self.vault is not None
        return self.vault

    def log(
        self, kind: AuditKind, rtype: str, rid: str | None, child: str | None, detail: str = ""
    ) -> None:
        self.events.append((kind, rtype, rid, child, detail))

    def unlock_events(self) -> None:
        for _ in range(self.failed_attempts):
            self.log(AuditKind.FAILED_UNLOCK, "vault", self.member_id, None)
        self.failed_attempts = 0
        self.log(AuditKind.UNLOCK, "vault", self.vault_id, None)

    # -- lock, wrong passphrases, the command line, unlock ---------------------------------

    @initialize(data=st.data(), names=st.lists(free_text, min_size=1, max_size=3))
    def some_children(self, data: st.DataObject, names: list[str]) -> None:
        """Start with a few children, each with a note and an action, so every rule has
        something to work on from the first step."""
        for name in names:
            self.create_child(name, name, "", "")
            self.create_note(data, name, shared=False)
            self.create_action(data, name, ActionStatus.GEPLAND, 14)
        for setup in ("create_child", "create_note", "create_action"):
            STEPS[setup] -= len(names)  # not steps of the run

    @precondition(lambda self: self.vault is not None)
    @rule(data=st.data(), wrong=st.lists(free_text, max_size=2), export=st.booleans())
    def lock_and_come_back(self, data: st.DataObject, wrong: list[str], export: bool) -> None:
        """Lock; maybe type wrong passphrases; maybe run ``kansencirkel export`` on the locked
        vault; unlock. Failed attempts are logged at the next successful unlock, by whoever
        unlocks (the command line, here, when it runs)."""
        STEPS["lock_and_come_back"] += 1
        self.open.close()
        self.vault = None
        self.log(AuditKind.LOCK, "vault", self.vault_id, None)
        for typed in wrong:
            with pytest.raises(WrongPassphrase):
                Vault.open(self.path, self.member_id, TEST_PASSPHRASE + "!" + typed)
            self.failed_attempts += 1
        if export and self.children:
            STEPS["export_with_the_cli"] += 1
            self.export_with_the_cli(data.draw(st.sampled_from(list(self.children))))
        self.vault = Vault.open(self.path, self.member_id, TEST_PASSPHRASE)
        self.unlock_events()

    # -- children --------------------------------------------------------------------------

    @precondition(lambda self: self.vault is not None)
    @rule(given=free_text, family=free_text, school=free_text, group=free_text)
    def create_child(self, given: str, family: str, school: str, group: str) -> None:
        STEPS["create_child"] += 1  # also by some_children, at the start of each run
        values = {
            "given_name": self.text(given).strip(),
            "family_name": self.text(family).strip(),
            "school": self.text(school),
            "group": self.text(group),
        }
        child = self.open.repos.children.create(**values).value
        self.children[child.id] = {**values, "status": "actief"}
        self.log(AuditKind.CREATE, "child", child.id, child.id)

    @precondition(lambda self: self.vault is not None and self.children)
    @rule(data=st.data(), fields=fields_of_child, value=free_text)
    def edit_child(self, data: st.DataObject, fields: set[str], value: str) -> None:
        STEPS["edit_child"] += 1
        child_id = data.draw(st.sampled_from(list(self.children)))
        changes = {f: self.text(value) for f in fields}
        self.open.repos.children.update(child_id, **changes)
        for f, v in changes.items():
            self.children[child_id][f] = v.strip() if f.endswith("_name") else v
        self.log(
            AuditKind.CHANGE, "child", child_id, child_id, "fields:" + ",".join(sorted(fields))
        )

    @precondition(lambda self: self.vault is not None and self.children)
    @rule(data=st.data())
    def close_or_reopen_child(self, data: st.DataObject) -> None:
        STEPS["close_or_reopen_child"] += 1
        child_id = data.draw(st.sampled_from(list(self.children)))
        child = self.children[child_id]
        if child["status"] == "actief":
            self.open.repos.children.close(child_id, clock.today())
            child["status"], detail = "afgesloten", "close"
        else:
            self.open.repos.children.reopen(child_id)
            child["status"], detail = "actief", "reopen"
        self.log(AuditKind.CHANGE, "child", child_id, child_id, detail)

    @precondition(lambda self: self.vault is not None and self.children)
    @rule(data=st.data())
    def erase_child(self, data: st.DataObject) -> None:
        STEPS["erase_child"] += 1
        child_id = data.draw(st.sampled_from(list(self.children)))
        self.open.repos.children.erase(child_id)
        del self.children[child_id]
        self.notes = {k: v for k, v in self.notes.items() if v[0] != child_id}
        self.actions = {k: v for k, v in self.actions.items() if v["child_id"] != child_id}
        self.log(AuditKind.ERASE, "child", child_id, child_id, "persons:0")

    # -- notes -----------------------------------------------------------------------------

    @precondition(lambda self: self.vault is not None and self.children)
    @rule(data=st.data(), body=free_text, shared=st.booleans())
    def create_note(self, data: st.DataObject, body: str, shared: bool) -> None:
        STEPS["create_note"] += 1
        child_id = data.draw(st.sampled_from(list(self.children)))
        visibility = Visibility.DEELBAAR if shared else Visibility.INTERN
        text = self.text(body)
        note = self.open.repos.notes.create(child_id, clock.today(), text, [], visibility).value
        self.notes[note.id] = (child_id, text, visibility.value)
        self.log(AuditKind.CREATE, "note", note.id, child_id)

    @precondition(lambda self: self.vault is not None and self.notes)
    @rule(data=st.data())
    def delete_note(self, data: st.DataObject) -> None:
        STEPS["delete_note"] += 1
        note_id = data.draw(st.sampled_from(list(self.notes)))
        self.open.repos.notes.delete(note_id)
        child_id = self.notes.pop(note_id)[0]
        self.log(AuditKind.DELETE, "note", note_id, child_id)

    # -- actions ---------------------------------------------------------------------------

    @precondition(lambda self: self.vault is not None and self.children)
    @rule(data=st.data(), what=free_text, status=statuses, days=st.integers(0, 60))
    def create_action(
        self, data: st.DataObject, what: str, status: ActionStatus, days: int
    ) -> None:
        STEPS["create_action"] += 1
        child_id = data.draw(st.sampled_from(list(self.children)))
        start = clock.today()
        values = {
            "what": self.text(what),
            "status": status.value,
            "start_on": start,
            "due_on": start + timedelta(days=days),
        }
        action = self.open.repos.actions.create(
            child_id, values["what"], [], None, start, values["due_on"], status
        ).value
        self.actions[action.id] = {"child_id": child_id, **values}
        self.log(AuditKind.CREATE, "action", action.id, child_id)

    @precondition(lambda self: self.vault is not None and self.actions)
    @rule(
        data=st.data(),
        what=free_text,
        status=statuses,
        days=st.integers(0, 60),
        fields=st.sets(st.sampled_from(("what", "status", "due_on")), min_size=1),
    )
    def edit_action(
        self, data: st.DataObject, what: str, status: ActionStatus, days: int, fields: set[str]
    ) -> None:
        STEPS["edit_action"] += 1
        action_id = data.draw(st.sampled_from(list(self.actions)))
        action = self.actions[action_id]
        proposed = {
            "what": self.text(what),
            "status": status.value,
            "due_on": action["start_on"] + timedelta(days=days),
        }
        changes = {f: proposed[f] for f in fields}
        self.open.repos.actions.update(action_id, **changes)
        action.update(changes)
        self.log(
            AuditKind.CHANGE,
            "action",
            action_id,
            action["child_id"],
            "fields:" + ",".join(sorted(fields)),
        )

    @precondition(lambda self: self.vault is not None and self.actions)
    @rule(data=st.data())
    def delete_action(self, data: st.DataObject) -> None:
        STEPS["delete_action"] += 1
        action_id = data.draw(st.sampled_from(list(self.actions)))
        self.open.repos.actions.delete(action_id)
        self.log(AuditKind.DELETE, "action", action_id, self.actions.pop(action_id)["child_id"])

    # -- refused writes leave nothing ------------------------------------------------------

    @precondition(lambda self: self.vault is not None)
    @rule(
        data=st.data(),
        how=st.sampled_from(("empty note", "due before start", "gone child", "gone note")),
    )
    def refused_write(self, data: st.DataObject, how: str) -> None:
        STEPS["refused_write"] += 1
        repos, today = self.open.repos, clock.today()
        gone = "00000000-0000-4000-8000-000000000000"
        child_id = data.draw(st.sampled_from(list(self.children))) if self.children else gone
        if how == "empty note" and self.children:
            with pytest.raises(InputRejected):
                repos.notes.create(child_id, today, " \t ", [], Visibility.INTERN)
        elif how == "due before start" and self.children:
            with pytest.raises(InputRejected):
                repos.actions.create(
                    child_id, self.text(""), [], None, today, today - timedelta(days=1)
                )
        elif how == "gone note":
            with pytest.raises(NotFound):
                repos.notes.delete(gone)
        else:
            with pytest.raises(NotFound):
                repos.children.update(gone, school=self.text(""))

    # -- exports ---------------------------------------------------------------------------

    @precondition(lambda self: self.vault is not None and self.children)
    @rule(data=st.data(), kind=st.sampled_from(REPORT_KINDS))
    def export_report_record(self, data: st.DataObject, kind: str) -> None:
        """The record the export dialog and ``kansencirkel report`` write after a saved PDF."""
        STEPS["export_report_record"] += 1
        child_id = data.draw(st.sampled_from(list(self.children)))
        self.open.repos.audit.record(AuditKind.EXPORT, "report", child_id, child_id, detail=kind)
        self.log(AuditKind.EXPORT, "report", child_id, child_id, kind)

    def export_with_the_cli(self, child_id: str) -> None:
        """``kansencirkel export`` on the locked vault: unlock, read, write, log, lock."""
        self.exports += 1
        out = self.folder / f"export-{self.exports}.json"
        secret = self.folder / "wachtwoord.txt"
        secret.write_text(TEST_PASSPHRASE + "\n", encoding="utf-8")
        args = [
            "export",
            str(self.path),
            "--child",
            child_id,
            "--out",
            str(out),
            "--passphrase-file",
            str(secret),
            "--reason",
            EXPORT_REASON,
        ]
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            assert cli_main(args) == 0
        self.unlock_events()
        self.log(AuditKind.VIEW, "case_file", child_id, child_id)
        self.log(
            AuditKind.EXPORT, "case_file", child_id, child_id, plain_export_detail(EXPORT_REASON)
        )
        self.log(AuditKind.LOCK, "vault", self.vault_id, None)
        case = case_file_from_json(json.loads(out.read_text(encoding="utf-8")))
        model = self.children[child_id]
        assert (case.child.given_name, case.child.family_name) == (
            model["given_name"],
            model["family_name"],
        )
        notes = {(n.id, n.text) for n in case.notes}
        assert notes == {(k, t) for k, (c, t, _v) in self.notes.items() if c == child_id}
        assert {a.id for a in case.actions} == {
            k for k, a in self.actions.items() if a["child_id"] == child_id
        }

    # -- what must always hold -------------------------------------------------------------

    @invariant()
    def vault_equals_model_and_log_equals_events(self) -> None:
        if self.vault is None:
            return
        engine = self.vault.engine
        with Session(engine) as s:
            children = {
                r.id: {
                    "given_name": r.given_name,
                    "family_name": r.family_name,
                    "school": r.school,
                    "group": r.school_group,
                    "status": r.status,
                }
                for r in s.scalars(select(ChildRow))
            }
            notes = {r.id: (r.child_id, r.text, r.visibility) for r in s.scalars(select(NoteRow))}
            actions = {
                r.id: {
                    "child_id": r.child_id,
                    "what": r.what,
                    "status": r.status,
                    "start_on": r.start_on,
                    "due_on": r.due_on,
                }
                for r in s.scalars(select(ActionRow))
            }
            rows = s.scalars(select(AuditEventRow).order_by(AuditEventRow.seq)).all()
            logged = [
                (AuditKind(r.kind), r.record_type, r.record_id, r.child_id, r.detail) for r in rows
            ]
            leaked = [r.seq for r in rows if MARK in f"{r.actor}|{r.record_type}|{r.detail}"]
            actors = {r.actor for r in rows}
        assert children == self.children
        assert notes == self.notes
        assert actions == self.actions
        assert logged == self.events
        assert leaked == []  # ids and field names only, never what was typed
        assert actors == {TEST_MEMBER}
        assert self.vault.check().audit_ok

    @precondition(lambda self: self.vault is not None)
    @rule(data=st.data(), delete=st.booleans())
    def tamper_is_refused(self, data: st.DataObject, delete: bool) -> None:
        """Raw SQL on the engine cannot change or remove a logged event (SQL triggers)."""
        STEPS["tamper_is_refused"] += 1
        seq = data.draw(st.integers(1, len(self.events)))
        sql = (
            "DELETE FROM audit_events WHERE seq = ?"
            if delete
            else "UPDATE audit_events SET detail = 'verborgen' WHERE seq = ?"
        )
        with pytest.raises(DBAPIError, match="append-only"), self.open.engine.begin() as conn:
            conn.exec_driver_sql(sql, (seq,))

    def teardown(self) -> None:
        if self.vault is not None:
            self.vault.close()
        shutil.rmtree(self.folder, ignore_errors=True)


RULES = {name for name, value in vars(AuditModel).items() if hasattr(value, RULE_MARKER)}
RULES.add("export_with_the_cli")  # a part of lock_and_come_back


def test_audit_log_follows_the_model(proof_count: Any) -> None:
    """The reduced run (CI) is derandomized, so the same sequences run every time and the
    check that every rule ran cannot flake; ``--full-proofs`` explores new ones each run."""
    full = proof_count(0, 1) == 1
    STEPS.clear()
    run_state_machine_as_test(
        AuditModel,
        settings=settings(
            max_examples=proof_count(12, 400),
            stateful_step_count=proof_count(25, 60),
            derandomize=not full,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
    ran = +STEPS
    print(f"audit model: {sum(ran.values())} steps", dict(sorted(ran.items())))
    assert set(ran) == RULES, f"never ran: {sorted(RULES - set(ran))}"
