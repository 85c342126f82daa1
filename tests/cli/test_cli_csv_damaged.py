"""Damaged spreadsheets of a few MB are refused whole by ``import VAULT --in FILE.csv``: exit 5,
the import's own sentence naming the problem, the vault's files byte for byte unchanged.
Behaviour only: how fast they are refused is measured in tests/benchmarks/bench_import.py.
(Smaller variants of each problem, one per cell, are in tests/exchange/test_csv_import.py.)"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from kansencirkel.cli import main
from kansencirkel.core.i18n import Message, Msgid, gettext
from kansencirkel.exchange import csv_text as t
from kansencirkel.exchange.csv_import import template_csv
from kansencirkel.vault.validation.problems import NOT_READ_ONE
from tests.cli.conftest import Made, digests, real_errors

TODAY = date(2026, 11, 20)
MB = 2**20
ROW = b"Sem;Bakker;;De Linde;7;;;;;;;;;;;;;\r\n"  # a child without metingen: valid on its own
READING = "Noor;de Vries;{born};De Linde;6;{day};school;Juf Anna;3;4;3;3;3;3;3;3;Helpt anderen;\r\n"


@pytest.fixture(autouse=True)
def fixed_today(today_is: Callable[[date], date]) -> None:
    today_is(TODAY)


def rows_of(megabytes: float) -> bytes:
    return ROW * int(megabytes * MB / len(ROW))


DAMAGED: dict[str, tuple[bytes, Msgid, dict[str, object]]] = {
    "a 10 MB field": (b'Sem;"' + b"x" * (10 * MB) + b'"\r\n', t.BAD_CSV, {}),
    "100,000 rows": (ROW * 100_000, t.TOO_MANY_ROWS, {"limit": t.MAX_ROWS}),
    "NUL bytes after 3 MB": (rows_of(3) + b"Sem\x00;Bakker\r\n", t.HAS_NUL, {}),
    "bad UTF-8 after 3 MB": (rows_of(3) + b"S\x81\x8d\x8fm;Bakker\r\n", t.NOT_TEXT, {}),
    "over 20 MB": (rows_of(20.5), t.TOO_BIG, {"megabytes": t.MAX_BYTES // MB}),
}


@pytest.mark.parametrize("name", list(DAMAGED))
def test_a_damaged_file_of_a_few_mb_is_refused_and_the_vault_unchanged(
    empty_vault: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    body, msgid, values = DAMAGED[name]
    folder = tmp_path / "in"
    folder.mkdir()
    source = folder / "groepen.csv"
    source.write_bytes(template_csv() + body)
    before = digests(empty_vault.path.parent)
    capsys.readouterr()
    assert main(["import", str(empty_vault.path), "--in", str(source)]) == 5
    err = real_errors(capsys.readouterr().err)
    problem = Message(msgid, values).text()
    assert problem in err[0] and gettext(NOT_READ_ONE, problem="") in err[0], err[:2]
    assert digests(empty_vault.path.parent) == before


def test_dates_in_the_future_or_before_1900_in_a_file_are_named(
    empty_vault: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The meting's own date in the future and a date of birth before 1900, each named with
    its row and column; nothing read in."""
    rows = READING.format(born="14-10-2016", day="21-11-2026") + READING.format(
        born="14-10-1899", day="14-10-2026"
    ).replace("Noor", "Lina")
    source = tmp_path / "data.csv"
    source.write_bytes(template_csv() + rows.encode())
    before = digests(empty_vault.path.parent)
    capsys.readouterr()
    assert main(["import", str(empty_vault.path), "--in", str(source)]) == 5
    err = real_errors(capsys.readouterr().err)
    assert any(
        line.startswith("  - Rij 2, kolom 'Datum': De datum 2026-11-21 ligt in de toekomst")
        for line in err
    ), err
    assert any(
        line.startswith("  - Rij 3, kolom 'Geboortedatum': De datum 14-10-1899 ligt voor 1900")
        for line in err
    ), err
    assert digests(empty_vault.path.parent) == before
