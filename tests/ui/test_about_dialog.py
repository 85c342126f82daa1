""" "Over Kansencirkel": the real installed distributions with their licences, the licence
texts, the version, and SECURITY.md's text with a working link to the file."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialogButtonBox

from kansencirkel.ui import i18n
from kansencirkel.ui.about_dialog import AboutDialog

ROOT = Path(__file__).resolve().parents[2]


def _rows(dialog: AboutDialog) -> dict[str, list[str]]:
    tree = dialog.ui.componentsTree
    rows: dict[str, list[str]] = {}
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        rows.setdefault(item.text(0).lower(), [item.text(c) for c in range(4)])
    return rows


def test_lists_the_bundled_components_with_their_licences(qtbot: Any) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    rows = _rows(dialog)
    assert rows["pyside6_essentials"][1] == metadata.version("pyside6-essentials")
    assert "LGPL-3.0" in rows["pyside6_essentials"][2]
    assert rows["sqlcipher3"][1] == metadata.version("sqlcipher3")
    assert rows["reportlab"][1] == metadata.version("reportlab")
    assert "BSD" in rows["reportlab"][2]
    assert rows["matplotlib"][1] == metadata.version("matplotlib")
    assert "Python Software Foundation" in rows["matplotlib"][2]
    # Libraries compiled into a wheel, with the version the library itself reports.
    assert rows["sqlcipher"][2] == "BSD-3-Clause" and rows["sqlcipher"][3] == "sqlcipher3"
    assert rows["sqlcipher"][1][0].isdigit()
    assert rows["qt"][2] == "LGPL-3.0-only"
    assert rows["openssl"][1].startswith("OpenSSL ")
    assert rows["dejavu fonts"][3] == "matplotlib"
    assert "Kansencirkel" in dialog.ui.titleLabel.text()
    assert metadata.version("kansencirkel") in dialog.ui.titleLabel.text()


def test_choosing_a_component_shows_its_licence_text(qtbot: Any) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    tree = dialog.ui.componentsTree
    for name, expected in (
        ("SQLCipher", "ZETETIC LLC"),
        ("Qt", "GNU LESSER GENERAL PUBLIC LICENSE"),
        ("DejaVu fonts", "Bitstream"),
        ("reportlab", "ReportLab"),
    ):
        item = next(
            tree.topLevelItem(i)
            for i in range(tree.topLevelItemCount())
            if tree.topLevelItem(i).text(0) == name
        )
        tree.setCurrentItem(item)
        assert expected in dialog.ui.licenceText.toPlainText(), name


def test_shows_security_md_and_links_to_it(qtbot: Any) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    first_heading = (ROOT / "SECURITY.md").read_text(encoding="utf-8").splitlines()[0]
    assert first_heading.lstrip("# ").strip() in dialog.ui.securityText.toPlainText()
    link = dialog.ui.securityLink.text()
    href = link.split('href="', 1)[1].split('"', 1)[0]
    target = Path(QUrl(href).toLocalFile())
    assert target.resolve() == (ROOT / "SECURITY.md").resolve()
    assert target.is_file()
    assert dialog.ui.securityLink.openExternalLinks()


def test_speaks_english_and_closes(qtbot: Any) -> None:
    i18n.install_translators("en")
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "About Kansencirkel"
    assert dialog.ui.tabs.tabText(0) == "Components and licences"
    close = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        close.click()
