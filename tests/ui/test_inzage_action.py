""" "AVG-inzage maken…" on the child's page: a folder is chosen, both files are written off the
GUI thread, the message says where they are; a second time gets new names, never overwrites;
a folder that takes no file gives one sentence."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from kansencirkel.core.enums import AuditKind, Perspective
from tests.reports import pdfcheck
from tests.ui.child_fixtures import add_assessment, open_child


def _choose(monkeypatch: pytest.MonkeyPatch, folder: Path | None) -> list[str]:
    asked: list[str] = []

    def fake(parent: object, caption: str, directory: str = "") -> str:
        asked.append(caption)
        return "" if folder is None else str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(fake))
    return asked


def _click(qtbot: Any, page: Any) -> None:
    qtbot.mouseClick(page.ui.inzageButton, Qt.MouseButton.LeftButton)


def test_the_button_writes_both_files_and_says_where(
    qtbot: Any, page: Any, runner: Any, vault: Any, child: Any, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    add_assessment(vault, child.id, Perspective.KIND, None, goes_well="Tekent graag")
    open_child(page, runner, child.id)
    asked = _choose(monkeypatch, tmp_path)
    _click(qtbot, page)
    assert asked == ["Map kiezen voor de AVG-inzage"]
    flows = [f for f in page.findChildren(object) if type(f).__name__ == "InzageFlow"]
    assert len(flows) == 1
    flow = flows[0]
    qtbot.waitUntil(lambda: flow.files is not None, timeout=30_000)
    files = flow.files
    assert files.pdf.parent == tmp_path and files.json.parent == tmp_path
    assert stat.S_IMODE(files.pdf.stat().st_mode) == 0o600
    text = pdfcheck.body_flat(files.pdf.read_bytes())
    assert pdfcheck.flat("Tekent graag") in text
    assert pdfcheck.flat("? · Weet niet / niet besproken") in text
    message = flow.box.text()
    assert str(tmp_path) in message
    assert files.pdf.name in message and files.json.name in message
    assert "niet versleuteld" in message
    exports = [
        e
        for e in vault.repos.audit.entries(child.id)
        if e.kind is AuditKind.EXPORT and e.detail == "inzage"
    ]
    assert len(exports) == 1
    flow.box.close()

    # Again the same day into the same folder: new names, the first pair untouched.
    before = files.pdf.read_bytes()
    _click(qtbot, page)
    second = [f for f in page.findChildren(object) if type(f).__name__ == "InzageFlow"][-1]
    qtbot.waitUntil(lambda: second.files is not None, timeout=30_000)
    assert second.files.pdf != files.pdf and second.files.pdf.name.endswith("-2.pdf")
    assert files.pdf.read_bytes() == before
    second.box.close()


def test_cancelling_the_folder_choice_writes_nothing(
    qtbot: Any, page: Any, runner: Any, child: Any, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    open_child(page, runner, child.id)
    _choose(monkeypatch, None)
    assert page.open_inzage() is None
    assert list(tmp_path.glob("kansencirkel-inzage-*")) == []


def test_a_folder_that_is_gone_gives_one_sentence(
    qtbot: Any, page: Any, runner: Any, vault: Any, child: Any, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    open_child(page, runner, child.id)
    _choose(monkeypatch, tmp_path / "weg")
    flow = page.open_inzage()
    failed: list[BaseException] = []
    flow.failed.connect(failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=30_000)
    assert "bestaat niet" in flow.box.text()
    assert "Traceback" not in flow.box.text()
    assert not any(
        e.kind is AuditKind.EXPORT and e.detail == "inzage"
        for e in vault.repos.audit.entries(child.id)
    )
    flow.box.close()
