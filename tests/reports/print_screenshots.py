"""Page 1 of every kind of printout, as PNG, for the README and for looking at them.

    .venv/bin/python -m tests.reports.print_screenshots [OUT]

Writes report-kernteam.png, report-ouders.png, report-blanco.png, report-agenda.png and
report-inzage.png (the AVG inzage) for a generated demo child, and
report-kernteam-arabisch.png and report-kernteam-weet-niet.png for the edge cases of issue 11
(default: resources/screenshots/). Fictional data only; the PDFs live in a temporary folder
that is removed afterwards. Needs poppler's pdftoppm.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from kansencirkel.core.model import CaseFile
from kansencirkel.demo import generate_case_files
from kansencirkel.paths import resource
from kansencirkel.reports import render_agenda, render_child_report
from kansencirkel.reports.inzage import render_inzage

TODAY = date(2026, 11, 25)
DPI = 80


def _typical() -> list[CaseFile]:
    """Demo children with at least three perspectives and an afspraak: what a kernteam sees."""
    cases = list(generate_case_files(12, 7, TODAY))
    typical = [c for c in cases if len({a.perspective for a in c.assessments}) >= 3 and c.actions]
    return typical or cases


def main(argv: list[str]) -> int:
    from tests.reports.conftest import TODAY as CASE_DAY
    from tests.reports.test_rtl import arabic_case

    out = Path(argv[0]) if argv else resource("screenshots")
    out.mkdir(parents=True, exist_ok=True)
    cases = _typical()
    child = cases[0]
    unknown = replace(
        child,
        assessments=tuple(replace(a, scores=dict.fromkeys(a.scores)) for a in child.assessments),
    )

    def report(case: CaseFile, kind: str, today: date = TODAY) -> bytes:
        return render_child_report(case, kind, printed_by="Demo IB'er", today=today)  # type: ignore[arg-type]

    pdfs = {
        "report-kernteam": report(child, "kernteam"),
        "report-ouders": report(child, "ouders"),
        "report-blanco": report(child, "blanco"),
        "report-agenda": render_agenda(TODAY, cases[:4], printed_by="Demo IB'er", today=TODAY),
        "report-inzage": render_inzage(
            child, [], printed_by="Demo IB'er", today=TODAY, json_name="inzage.json"
        ),
        "report-kernteam-arabisch": report(arabic_case(), "kernteam", CASE_DAY),
        "report-kernteam-weet-niet": report(unknown, "kernteam"),
    }
    with tempfile.TemporaryDirectory(prefix="kc-print-shots-") as folder:
        for name, data in pdfs.items():
            pdf = Path(folder) / f"{name}.pdf"
            pdf.write_bytes(data)
            target = out / name
            subprocess.run(
                ["pdftoppm", "-r", str(DPI), "-f", "1", "-l", "1", "-singlefile", "-png",
                 str(pdf), str(target)],
                check=True,
            )  # fmt: skip
            print(f"{target}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
