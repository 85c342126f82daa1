"""What a child marked "hier wil ik over praten" in samen invullen comes first among the
conversation topics on the child's overview and in meeting mode's side text."""

from __future__ import annotations

from typing import Any

from kansencirkel.core import clock
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import Perspective, Role
from kansencirkel.core.model import AssessmentInput
from kansencirkel.ui.meeting_side import SideText
from tests.ui.child_fixtures import add_assessment, open_child

SAID = "Het kind wil hierover praten: Veilig."


def _samen_reading(vault: Any, child_id: str) -> None:
    vault.repos.assessments.save(
        AssessmentInput(
            child_id,
            Perspective.KIND,
            clock.today(),
            "Sanne",
            Role.KIND,
            dict.fromkeys(ELEMENT_KEYS, 2),
            goes_well="Tekenen",
            talk=frozenset({"veilig"}),
            samen=True,
        )
    )


def test_the_overview_shows_it_before_the_differences(
    qtbot: Any, page: Any, runner: Any, vault: Any, child: Any
) -> None:
    add_assessment(vault, child.id, Perspective.SCHOOL, 5)
    _samen_reading(vault, child.id)
    open_child(page, runner, child.id)
    text = page.overview_section.text.toPlainText()
    assert SAID in text
    assert text.index("Gespreksonderwerpen") < text.index(SAID) < text.index("bespreek")


def test_meeting_mode_shows_it_first_even_with_initials(vault: Any, child: Any) -> None:
    add_assessment(vault, child.id, Perspective.SCHOOL, 5)
    _samen_reading(vault, child.id)
    case = vault.repos.children.case_file(child.id)
    html = SideText(case, "nl", clock.today(), None).html()
    assert SAID in html and html.index(SAID) < html.index("bespreek")
