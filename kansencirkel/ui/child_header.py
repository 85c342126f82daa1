"""The line under a child's name on their page: age, school and group, the file's status
and who has regie ("10 jaar · OBS De Linde, groep 6 · Actief · Regiehouder: …")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from kansencirkel.core.enums import ChildStatus
from kansencirkel.core.model import Child
from kansencirkel.ui.i18n import counted
from kansencirkel.ui.sections.common import fmt_date, role_name


def meta_line(child: Child, today: date) -> str:
    """Translated in the child page's context, where these texts have always been."""
    parts = []
    age = child.age(today)
    parts.append(
        counted(
            age,
            QCoreApplication.translate("ChildPage", "{n} jaar", "age, one"),
            QCoreApplication.translate("ChildPage", "{n} jaar", "age, more"),
        )
        if age is not None
        else QCoreApplication.translate("ChildPage", "leeftijd onbekend")
    )
    group = QCoreApplication.translate("ChildPage", "groep %s") % child.group if child.group else ""
    school = ", ".join(p for p in (child.school, group) if p)
    if school:
        parts.append(school)
    if child.status is ChildStatus.AFGESLOTEN:
        status = QCoreApplication.translate("ChildPage", "Afgesloten op %s") % fmt_date(
            child.closed_on
        )
        if child.retention_until:
            status += QCoreApplication.translate("ChildPage", ", bewaren tot %s") % fmt_date(
                child.retention_until
            )
        parts.append(status)
    else:
        parts.append(QCoreApplication.translate("ChildPage", "Actief"))
    holder = child.regiehouder
    parts.append(
        QCoreApplication.translate("ChildPage", "Regiehouder: %s")
        % f"{holder.name} ({role_name(holder.role)})"
        if holder
        else QCoreApplication.translate("ChildPage", "Nog geen regiehouder")
    )
    return " · ".join(parts)
