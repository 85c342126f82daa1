"""The sealed hand-over file: a lossless round trip, and every damaged file refused whole."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kansencirkel.core import clock
from kansencirkel.core.enums import Audience
from kansencirkel.demo import generate_case_files
from kansencirkel.exchange import handover_code as hc
from kansencirkel.exchange import handover_file as hf
from kansencirkel.vault.kdf import PRODUCTION_KDF, TEST_KDF

TODAY = date(2026, 11, 25)


@pytest.fixture(autouse=True)
def fixed_today() -> Iterator[None]:
    previous = clock.set_clock(clock.ShiftedClock(TODAY))
    yield
    clock.set_clock(previous)


def _handover(seed: int, count: int = 1) -> hf.Handover:
    cases = tuple(generate_case_files(count, seed=seed, today=TODAY))
    return hf.Handover(
        cases,
        Audience.ZORG,
        date(2026, 12, 9),
        datetime(2026, 11, 25, 10, tzinfo=UTC),
        "vault-1",
        cases[0].is_demo,
    )


SEALED = _handover(5, 2)
SMALL = _handover(6)
CODE = hc.new_code()
RAW = hf.seal_handover(SEALED, CODE, kdf=TEST_KDF)
SMALL_RAW = hf.seal_handover(SMALL, CODE, kdf=TEST_KDF)


@settings(max_examples=25, deadline=None, database=None)
@given(seed=st.integers(min_value=0, max_value=10_000), count=st.integers(1, 3))
def test_random_case_files_round_trip_exactly(seed: int, count: int) -> None:
    h = _handover(seed, count)
    code = hc.new_code()
    assert hf.open_handover(hf.seal_handover(h, code, kdf=TEST_KDF), code) == h


@st.composite
def damaged(draw: st.DrawFn, raw: bytes) -> bytes:
    """``raw`` damaged as files get damaged: bits flipped (header or body), cut short, bytes
    put in or taken out, two stretches swapped."""
    op = draw(st.sampled_from(["flip", "flip_header", "cut", "insert", "remove", "swap"]))
    data = bytearray(raw)
    at = draw(st.integers(min_value=0, max_value=len(data) - 1))
    if op in ("flip", "flip_header"):
        top = hf.HEADER_LEN - 1 if op == "flip_header" else len(data) - 1
        for _ in range(draw(st.integers(min_value=1, max_value=8))):
            i = draw(st.integers(min_value=0, max_value=top))
            data[i] ^= 1 << draw(st.integers(min_value=0, max_value=7))
    elif op == "cut":
        del data[at:]
    elif op == "insert":
        data[at:at] = draw(st.binary(min_size=1, max_size=16))
    elif op == "remove":
        del data[at : at + draw(st.integers(min_value=1, max_value=64))]
    else:
        other = draw(st.integers(min_value=0, max_value=len(data) - 8))
        size = draw(st.integers(min_value=1, max_value=8))
        data[at : at + size], data[other : other + size] = (
            data[other : other + size],
            data[at : at + size],
        )
    return bytes(data)


@settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_damaged_files_are_refused_whole_with_the_imports_error(data: st.DataObject) -> None:
    raw = data.draw(damaged(SMALL_RAW), label="damaged file")
    if raw == SMALL_RAW:
        return
    with pytest.raises(hf.HandoverRejected) as info:
        hf.open_handover(raw, CODE)
    assert info.value.exit_code == 5
    assert "\n" not in info.value.message.text("nl")


def test_the_code_is_long_grouped_and_typos_are_caught_before_the_key() -> None:
    code = hc.new_code()
    assert hc.RANDOM_CHARS * 5 >= 100
    groups = hc.shown(code).split(" ")
    assert len(groups) == 6 and all(len(g) == 4 for g in groups)
    assert hc.parse_code(f"  {hc.shown(code).lower().replace(' ', '-')} ") == code
    assert hc.parse_code(code.replace("0", "O").replace("1", "l")) == code
    typo = code[:3] + hc.ALPHABET[(hc.ALPHABET.index(code[3]) + 1) % 32] + code[4:]
    with pytest.raises(hc.CodeRejected) as info:
        hf.open_handover(RAW, typo)
    assert info.value.message.msgid == hc.CODE_TYPO
    with pytest.raises(hc.CodeRejected) as info:
        hc.parse_code(code[:-1])
    assert info.value.message.msgid == hc.CODE_WRONG_LENGTH
    with pytest.raises(hc.CodeRejected):
        hc.parse_code(code[:-1] + "U")
    assert len({hc.new_code() for _ in range(200)}) == 200


def test_a_code_of_another_file_is_a_wrong_code_not_damage() -> None:
    with pytest.raises(hf.HandoverRejected) as info:
        hf.open_handover(RAW, hc.new_code())
    assert info.value.message.msgid == hf.WRONG_CODE


@pytest.mark.parametrize(
    ("raw", "msgid"),
    [
        (b"", hf.EMPTY),
        (b'{"format": "kansencirkel-child"}', hf.NOT_KCX),
        (RAW[:5], hf.TRUNCATED),
        (RAW[: hf.HEADER_LEN + 40], hf.TRUNCATED),
        (RAW + b"\x00", hf.TAMPERED),
        (RAW[:-1] + bytes([RAW[-1] ^ 1]), hf.TAMPERED),
        (RAW[:8] + b"\x00\x02" + RAW[10:], hf.OTHER_VERSION),
    ],
)
def test_each_bad_file_gets_its_own_sentence(raw: bytes, msgid: str) -> None:
    with pytest.raises(hf.HandoverRejected) as info:
        hf.open_handover(raw, CODE)
    assert info.value.message.msgid == msgid


def test_an_expired_hand_over_is_refused_by_the_injected_clock() -> None:
    assert hf.open_handover(RAW, CODE).expires_on == date(2026, 12, 9)
    clock.set_clock(clock.ShiftedClock(date(2026, 12, 9)))
    hf.open_handover(RAW, CODE)  # the last day still counts
    clock.set_clock(clock.ShiftedClock(date(2026, 12, 10)))
    with pytest.raises(hf.HandoverRejected) as info:
        hf.open_handover(RAW, CODE)
    assert info.value.message.msgid == hf.EXPIRED


def test_the_file_holds_no_plain_text_and_uses_the_vaults_cost() -> None:
    name = SEALED.case_files[0].child.given_name.encode()
    assert name not in RAW and b"kansencirkel-child" not in RAW
    import inspect

    assert inspect.signature(hf.seal_handover).parameters["kdf"].default == PRODUCTION_KDF


def test_files_and_folders_that_are_no_hand_over(tmp_path: Path) -> None:
    folder = tmp_path
    with pytest.raises(hf.HandoverRejected) as info:
        hf.read_kcx_file(folder)
    assert info.value.message.msgid == hf.IS_A_FOLDER
    with pytest.raises(hf.HandoverRejected) as info:
        hf.read_kcx_file(folder / "er-niet.kcx")
    assert info.value.message.msgid == hf.MISSING
    (folder / "leeg.kcx").write_bytes(b"")
    with pytest.raises(hf.HandoverRejected) as info:
        hf.open_handover(hf.read_kcx_file(folder / "leeg.kcx"), CODE)
    assert info.value.message.msgid == hf.EMPTY
