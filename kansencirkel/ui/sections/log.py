"""Logboek: this child's audit history — who looked at or changed what, when; never content."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QLabel, QTreeWidgetItem, QWidget

from kansencirkel.core.behalf import behalf_label
from kansencirkel.core.enums import AuditKind
from kansencirkel.ui.conflict_fields import field_label
from kansencirkel.ui.sections.common import Section, fmt_moment, lang, tr

KIND_NAMES = {
    AuditKind.VIEW: QT_TR_NOOP("Bekeken"),
    AuditKind.CREATE: QT_TR_NOOP("Toegevoegd"),
    AuditKind.CHANGE: QT_TR_NOOP("Gewijzigd"),
    AuditKind.DELETE: QT_TR_NOOP("Verwijderd"),
    AuditKind.EXPORT: QT_TR_NOOP("Geëxporteerd"),
    AuditKind.PRINT: QT_TR_NOOP("Afgedrukt"),
    AuditKind.ERASE: QT_TR_NOOP("Gewist"),
}

RECORD_NAMES = {
    "child": QT_TR_NOOP("Dossier"),
    "case_file": QT_TR_NOOP("Dossier"),
    "assessment": QT_TR_NOOP("Meting"),
    "draft": QT_TR_NOOP("Concept"),
    "action": QT_TR_NOOP("Afspraak"),
    "meeting": QT_TR_NOOP("Overleg"),
    "note": QT_TR_NOOP("Notitie"),
    "consent": QT_TR_NOOP("Toestemming"),
    "involvement": QT_TR_NOOP("Betrokkene"),
    "person": QT_TR_NOOP("Persoon"),
    "report": QT_TR_NOOP("Rapport"),
}


#: Audit qualifiers of the mends (issue 10), in the user's words; others show as stored.
DETAIL_NAMES = {
    "removed": QT_TR_NOOP("verwijderd (bewaard voor de geschiedenis)"),
    "withdrawn": QT_TR_NOOP("ingetrokken"),
    "planned": QT_TR_NOOP("gepland"),
    "held": QT_TR_NOOP("gemarkeerd als gehouden"),
    "history": QT_TR_NOOP("geschiedenis bekeken"),
    "intern→deelbaar": QT_TR_NOOP("intern → deelbaar"),
    "deelbaar→intern": QT_TR_NOOP("deelbaar → intern"),
}


def detail_text(record_type: str, detail: str) -> str:
    """The event's qualifier in words: a known one by name, changed fields by their labels
    ("gewijzigd: Wat, Uiterlijk"), anything else as stored (never content)."""
    if detail in DETAIL_NAMES:
        return tr(DETAIL_NAMES[detail])
    prefix, _sep, keys = detail.partition(":")
    if prefix == "fields" and keys:
        labels = [field_label(record_type, k).lower() for k in keys.split(",")]
        return tr("gewijzigd: %s") % ", ".join(labels)
    return detail


class LogSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = QLabel()
        self.keep(
            self.info.setText,
            QT_TR_NOOP(
                "Wie wanneer iets van dit kind bekeek of wijzigde, en namens wie (de school of "
                "organisatie, of de ouder voor wie een meting werd ingevoerd). De inhoud staat "
                "hier nooit in."
            ),
        )
        self.info.setWordWrap(True)
        self.layout_.addWidget(self.info)
        self.tree = self.new_tree(
            [
                QT_TR_NOOP("Wanneer"),
                QT_TR_NOOP("Wie"),
                QT_TR_NOOP("Namens"),
                QT_TR_NOOP("Wat"),
                QT_TR_NOOP("Onderdeel"),
                QT_TR_NOOP("Details"),
            ],
            "logTree",
        )
        self.layout_.addWidget(self.tree)

    def refresh(self) -> None:
        self.tree.clear()
        if self.data is None:
            return
        items = []
        for e in sorted(self.data.audit, key=lambda e: e.seq, reverse=True):
            kind = tr(KIND_NAMES.get(e.kind, str(e.kind)))
            record = tr(RECORD_NAMES.get(e.record_type, e.record_type))
            detail = detail_text(e.record_type, e.detail)
            behalf = behalf_label(e.on_behalf_of, lang())
            row = [fmt_moment(e.at), e.actor, behalf, kind, record, detail]
            items.append(QTreeWidgetItem(row))
        self.tree.addTopLevelItems(items)
        for i in range(5):
            self.tree.resizeColumnToContents(i)
