"""Spreadsheet import benchmarks: a 10,000-row CSV read and applied, against writing the same
kind of rows through the repositories (``children.create`` + ``assessments.save``) in the same
run; and how fast a damaged file of a few MB is refused (the issue asks ≤ 2 s per MB).

The repositories write one transaction (and one audit event) per call, so that path is run on
fewer rows; compare the rows/s column, and the note that divides the two.
"""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from kansencirkel.core import clock
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import Perspective, Role
from kansencirkel.core.import_plan import ROLE_OF_PERSPECTIVE
from kansencirkel.core.model import AssessmentInput
from kansencirkel.exchange.csv_import import plan_from_csv, template_csv
from kansencirkel.vault.validation import FileRejected
from tests.benchmarks import harness
from tests.benchmarks.harness import Harness

PER_CHILD = 4
PERSPECTIVES = (Perspective.SCHOOL, Perspective.OUDERS, Perspective.KIND, Perspective.ZORG)
GIVEN_BY = {
    Perspective.SCHOOL: "Juf Anna",
    Perspective.OUDERS: "Moeder",
    Perspective.KIND: "Kind",
    Perspective.ZORG: "Iris Coach",
}


def rows_of(n_rows: int, today: date) -> list[tuple[Any, ...]]:
    """Fictional rows: (given, family, born, school, group, day, perspective, scores)."""
    out = []
    for i in range(n_rows):
        child, k = divmod(i, PER_CHILD)
        p = PERSPECTIVES[k]
        born = date(2014, 1, 1) + timedelta(days=child % 1500)
        day = today - timedelta(days=1 + (child % 300))
        scores = tuple(1 + (child + k + j) % 5 for j in range(len(ELEMENT_KEYS)))
        school = ("De Linde", "Het Kompas", "De Regenboog")[child % 3]
        out.append(
            (f"Kind{child}", f"Bench {child}", born, school, str(3 + child % 6), day, p, scores)
        )
    return out


def csv_bytes(rows: list[tuple[Any, ...]]) -> bytes:
    lines = [template_csv().decode("utf-8-sig").rstrip("\r\n")]
    for given, family, born, school, group, day, p, scores in rows:
        cells = [given, family, born.strftime("%d-%m-%Y"), school, group, day.isoformat()]
        cells += [p.value, GIVEN_BY[p], *map(str, scores), "Gaat met plezier naar school", ""]
        lines.append(";".join(cells))
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def through_repositories(vault: Any, rows: list[tuple[Any, ...]]) -> int:
    """The same rows as a user would enter them one by one: a child, then its metingen."""
    repos = vault.repos
    ids: dict[str, str] = {}
    for given, family, born, school, group, day, p, scores in rows:
        key = f"{given} {family}"
        if key not in ids:
            child = repos.children.create(
                given, family, date_of_birth=born, school=school, group=group
            ).value
            ids[key] = child.id
        repos.assessments.save(
            AssessmentInput(
                child_id=ids[key],
                perspective=p,
                assessed_on=day,
                given_by=GIVEN_BY[p],
                given_by_role=ROLE_OF_PERSPECTIVE.get(p, Role.IB),
                scores=dict(zip(ELEMENT_KEYS, scores, strict=True)),
                goes_well="Gaat met plezier naar school",
            )
        )
    return len(rows)


def preview_in_app(vault: Any, folder: Path, raw: bytes) -> int:
    """What the user waits for after choosing the file: the preview dialog, filled."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kansencirkel.ui.operations import OperationRunner
    from kansencirkel.ui.spreadsheet_import import SpreadsheetImportDialog
    from kansencirkel.ui.vault_ops import VaultOps

    app = QApplication.instance() or QApplication([])
    path = folder / "preview.csv"
    path.write_bytes(raw)
    runner = OperationRunner()
    dialog = SpreadsheetImportDialog(vault.repos, VaultOps(runner), path)
    try:
        if not runner.wait_idle(120_000) or dialog.counts is None:
            raise AssertionError("the preview did not come")
        app.processEvents()
        return dialog.ui.newTable.rowCount()
    finally:
        dialog.deleteLater()
        runner.shutdown()
        app.processEvents()


def damaged(megabytes: int) -> dict[str, bytes]:
    """Files of about ``megabytes`` MB that must be refused whole."""
    size = megabytes * 2**20
    header = template_csv()
    row = b"Sem;Bakker;;De Linde;7;;;;;;;;;;;;;\r\n"
    return {
        f"{megabytes} MB field": header + b'Sem;"' + b"x" * size + b'"\r\n',
        f"NUL bytes ({megabytes} MB)": header + row * (size // len(row)) + b"\x00",
        f"bad UTF-8 ({megabytes} MB)": header + row * (size // len(row)) + b"\x81\x8d\x8f",
        "100,000 rows": header + row * 100_000,
    }


def refuse(raw: bytes) -> None:
    try:
        plan_from_csv(raw)
    except FileRejected:
        return
    raise AssertionError("a damaged file was read")


def run(h: Harness) -> None:
    folder = h.tmp_dir()
    today = clock.today()
    n_csv = h.size(10_000, 400)
    n_repos = h.size(1_000, 80)
    raw = csv_bytes(rows_of(n_csv, today))
    h.note(f"CSV of {n_csv} rows", len(raw) / 2**20, "MiB")
    vaults: list[Any] = []

    def fresh() -> Any:
        vault = harness.create_vault(folder / f"import-{len(vaults)}.kcv")
        vaults.append(vault)
        return vault

    try:
        parse = h.measure(
            f"parse {n_csv} rows (plan_from_csv)",
            lambda: plan_from_csv(raw),
            group="csv",
            repeat=h.size(3, 1),
            items=n_csv,
        )
        whole = h.measure(
            f"parse + apply {n_csv} rows (import_plan)",
            lambda vault: vault.repos.import_plan(plan_from_csv(raw)),
            group="csv",
            baseline=parse.name,
            setup=fresh,
            repeat=h.size(3, 1),
            items=n_csv,
        )
        rows = rows_of(n_repos, today)
        one_by_one = h.measure(
            f"{n_repos} rows via children.create + assessments.save",
            lambda vault: through_repositories(vault, rows),
            group="repositories",
            setup=fresh,
            repeat=1,
            items=n_repos,
        )
        preview_in_app(fresh(), folder, csv_bytes(rows_of(8, today)))  # Qt loaded, untimed
        h.measure(
            f"app preview of {n_csv} rows (read, plan, tables filled)",
            lambda vault: preview_in_app(vault, folder, raw),
            group="csv",
            baseline=parse.name,
            setup=fresh,
            repeat=h.size(3, 1),
            items=n_csv,
        )
        fast, slow = whole.items_per_s, one_by_one.items_per_s
        if fast and slow:
            h.note("CSV import rows/s ÷ repositories rows/s", fast / slow, "x")
        mb = 10
        for name, bad in damaged(mb).items():
            m = h.measure(f"refuse {name}", lambda bad=bad: refuse(bad), group="damaged", repeat=3)
            if m.times_s:
                h.note(f"refuse {name}", 1000 * m.median_s / (len(bad) / 2**20), "ms/MB")
    finally:
        for vault in vaults:
            vault.close()
