"""Blank forms, the meeting agenda, and saving: atomic and under a neutral name."""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest

from kansencirkel.core.elements import catalog
from kansencirkel.core.enums import Perspective
from kansencirkel.core.write_errors import (
    FILE_IS_FOLDER,
    FILE_NOT_SAVED,
    FOLDER_MISSING,
    FileNotSaved,
)
from kansencirkel.reports import (
    neutral_file_name,
    render_agenda,
    render_blank_form,
    render_child_report,
    save_pdf_atomically,
)
from kansencirkel.reports.texts import t
from tests.reports import pdfcheck
from tests.reports.conftest import TODAY, make_case


def test_blank_form_for_parents_has_elements_prompts_and_boxes() -> None:
    data = render_blank_form(Perspective.OUDERS, printed_by="IB", today=TODAY)
    text = pdfcheck.text(data)
    assert "Blik: Ouders" in text
    for el in catalog().elements:
        assert el.name("nl") in text
        assert pdfcheck.flat(el.prompts("nl")[1]) in pdfcheck.flat(text)
    assert t("nl", "b.goes_well") in text
    assert "DEMO" not in text


def test_blank_form_for_the_child_is_worded_for_children() -> None:
    data = render_blank_form(Perspective.KIND, printed_by="IB", today=TODAY, lang="nl")
    text = pdfcheck.text(data)
    for el in catalog().elements:
        assert pdfcheck.flat(el.child_sentence("nl")) in pdfcheck.flat(text)
    assert t("nl", "b.mid.goes_well") in text


def test_blank_report_for_a_child_has_one_form_per_perspective() -> None:
    data = render_child_report(make_case(), "blanco", printed_by="IB", today=TODAY)
    text = pdfcheck.text(data)
    for name in ("Mijn ster (8 tot 12 jaar)", "Blik: Ouders", "Blik: School", "Blik: Zorg"):
        assert name in text
    assert "Elif Şebnem Kowalczyk-Trần" in text
    assert all(f["emb"] == "yes" for f in pdfcheck.fonts(data))


def test_agenda_lists_children_open_actions_missing_views_and_topics() -> None:
    a = make_case()
    b = make_case(history=0, actions=0)
    data = render_agenda(TODAY, [a, b], printed_by="IB", today=TODAY)
    text = pdfcheck.text(data)
    assert t("nl", "title.agenda") in text
    assert "16 maart 2026" in text
    assert "2 kinderen op de agenda" in text
    assert t("nl", "a.open") in text
    assert "(verstreken)" in text  # overdue: said in words, not with a colour
    assert "Afgerond" not in text  # finished actions are not on the agenda
    assert "Kind, Ouders, School, Zorg" in text  # b has no views yet
    assert "Veilig: school ziet 2" in text
    assert t("nl", "demo") in text


def test_empty_agenda_says_so() -> None:
    text = pdfcheck.text(render_agenda(TODAY, [], printed_by="IB", today=TODAY, lang="en"))
    assert "No children are on the agenda for this date." in text


def test_neutral_file_name_never_holds_a_name() -> None:
    assert neutral_file_name("ouders", date(2026, 3, 16)) == "kansencirkel-ouders-2026-03-16.pdf"
    with pytest.raises(ValueError):
        neutral_file_name("Elif", date(2026, 3, 16))


def test_save_replaces_atomically_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "overzicht.pdf"
    target.write_bytes(b"old")
    save_pdf_atomically(b"%PDF-new", target)
    assert target.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == ["overzicht.pdf"]


def test_failed_save_keeps_the_old_file_and_removes_the_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "overzicht.pdf"
    target.write_bytes(b"old")

    def refuse(src: object, dst: object) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(FileNotSaved) as info:
        save_pdf_atomically(b"%PDF-new", target)
    assert info.value.message.msgid == FILE_NOT_SAVED
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["overzicht.pdf"]


def test_save_into_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(FileNotSaved) as info:
        save_pdf_atomically(b"x", tmp_path / "nope" / "a.pdf")
    assert info.value.message.msgid == FOLDER_MISSING


def test_save_onto_a_folder_is_one_sentence(tmp_path: Path) -> None:
    (tmp_path / "map.pdf").mkdir()
    with pytest.raises(FileNotSaved) as info:
        save_pdf_atomically(b"x", tmp_path / "map.pdf")
    assert info.value.message.msgid == FILE_IS_FOLDER
    assert [p.name for p in tmp_path.iterdir()] == ["map.pdf"]
