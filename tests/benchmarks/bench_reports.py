"""Report benchmarks: the kernteam overview for a child with 40 assessments and 20 actions,
and the AVG inzage of the same child with 200 audit events, against a one-page reportlab
document built in the same run (the floor any PDF pays)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from kansencirkel.core.enums import ActionStatus, AuditKind
from kansencirkel.core.model import Action, AuditEntry, CaseFile
from kansencirkel.demo import generate_case_files
from kansencirkel.reports import render_agenda, render_child_report
from kansencirkel.reports.inzage import render_inzage
from tests.benchmarks.harness import Harness

TODAY = date(2026, 11, 25)


def big_case() -> CaseFile:
    """A demo child with exactly 40 assessments and 20 actions."""
    case = next(generate_case_files(1, 7, TODAY, assessments_per_child=40))
    owner = next((a.owner for a in case.actions if a.owner), None)
    actions = tuple(
        Action(f"bench-{i}", case.child.id, f"Afspraak {i}: samen oefenen met plannen",
               (("actief", "veilig", "gezond")[i % 3],), owner,
               TODAY - timedelta(days=90 - i), TODAY + timedelta(days=i - 10),
               (ActionStatus.LOPEND, ActionStatus.GEPLAND, ActionStatus.AFGEROND)[i % 3])
        for i in range(20)
    )  # fmt: skip
    return replace(case, actions=actions)


def audit_log(case: CaseFile, n: int = 200) -> list[AuditEntry]:
    """``n`` views, changes and prints of the child's file, one an hour."""
    start = datetime(2026, 1, 5, 8, tzinfo=UTC)
    kinds = (AuditKind.VIEW, AuditKind.CHANGE, AuditKind.EXPORT, AuditKind.PRINT)
    return [
        AuditEntry(i, start + timedelta(hours=i), "Bench", kinds[i % 4], "case_file",
                   case.child.id, case.child.id, "ouders" if i % 4 == 3 else "")
        for i in range(1, n + 1)
    ]  # fmt: skip


def one_page() -> bytes:
    buf = io.BytesIO()
    styles = getSampleStyleSheet()
    SimpleDocTemplate(buf, pagesize=A4).build(
        [Paragraph("Eén pagina met wat tekst. " * 40, styles["BodyText"])]
    )
    return buf.getvalue()


def run(h: Harness) -> None:
    case = big_case()
    assert len(case.assessments) == 40 and len(case.actions) == 20
    render_child_report(case, "kernteam", printed_by="Bench", today=TODAY)  # warm caches
    repeat = h.size(5, 2)
    h.measure("one-page reportlab document", one_page, group="pdf", repeat=repeat)
    h.measure("kernteam 40 assessments, 20 actions",
              lambda: render_child_report(case, "kernteam", printed_by="Bench", today=TODAY),
              group="pdf", baseline="one-page reportlab document", repeat=repeat)  # fmt: skip
    h.measure("ouders (same child)",
              lambda: render_child_report(case, "ouders", printed_by="Bench", today=TODAY),
              group="pdf", baseline="one-page reportlab document", repeat=repeat)  # fmt: skip
    h.measure("blanco, 4 forms",
              lambda: render_child_report(case, "blanco", printed_by="Bench", today=TODAY),
              group="pdf", baseline="one-page reportlab document", repeat=repeat)  # fmt: skip
    log = audit_log(case)
    h.measure("inzage 40 readings, 20 actions, 200 log events",
              lambda: render_inzage(case, log, printed_by="Bench", today=TODAY),
              group="pdf", baseline="one-page reportlab document", repeat=repeat)  # fmt: skip
    cases = list(generate_case_files(h.size(10, 3), 8, TODAY))
    h.measure(f"agenda, {len(cases)} children",
              lambda: render_agenda(TODAY, cases, printed_by="Bench", today=TODAY),
              group="pdf", baseline="one-page reportlab document", repeat=repeat)  # fmt: skip
