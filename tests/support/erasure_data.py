"""A child with a distinctive name and a full file, for the erasure and retention tests."""

from __future__ import annotations

from datetime import date

from kansencirkel.core.enums import Audience, Consenter, MeetingKind, Perspective, Role, Visibility
from kansencirkel.core.model import AssessmentInput
from kansencirkel.vault.repos import Repositories

GIVEN, FAMILY = "Şükrüzade", "Wiktorówna-Quallenberg"
PARENT = "Mama Xanthippe Wiktorówna"
NOTE = "Geheimnotitie over de zwemles van Şükrüzade bij het Oosterbad"
LONG_NOTE = "Lang verhaal: " + " ".join(f"zin{i} over de Pelikaanstraat" for i in range(250))
OLD_NOTE = "Eerste versie: oma Grietje-Valkenier haalt op"
GOES_WELL = "Bouwt graag kastelen van Kapla-blokken"
DRAFT = "Concepttekst-KLM over de logopedist"
#: Distinctive strings of the file, as the tests look for them.
SECRETS = (GIVEN, FAMILY, PARENT, NOTE, OLD_NOTE, GOES_WELL, DRAFT)


def fill_child(r: Repositories, closed_on: date | None = date(2020, 6, 30)) -> tuple[str, str]:
    """One child with everything linked (and closed on ``closed_on``), and a second child
    sharing a team member; returns both ids."""
    kid = r.children.create(GIVEN, FAMILY, school="De Linde", opened_on=date(2019, 8, 20)).value
    other = r.children.create("Anna", "Bakker", opened_on=date(2019, 8, 20)).value
    mum = r.people.create(PARENT, Role.OUDER, email="xanthippe@example.org").value
    team = r.people.create("Juf Team", Role.LEERKRACHT).value
    r.people.involve(kid.id, mum.id, Role.OUDER, is_regiehouder=True)
    r.people.involve(kid.id, team.id, Role.LEERKRACHT)
    r.people.involve(other.id, team.id, Role.LEERKRACHT)
    first = None
    for i in range(3):
        saved = r.assessments.save(
            AssessmentInput(
                kid.id,
                Perspective.KIND,
                date(2020, 1, 1 + i),
                GIVEN,
                Role.KIND,
                {"actief": 3 + (i % 2)},
                {"actief": f"Zwembadles-{i}-XYZ"},
                goes_well=GOES_WELL,
                wishes="Wil graag naar de Efteling-Droomvlucht",
            )
        ).value
        first = first or saved
    assert first is not None
    r.assessments.save(
        AssessmentInput(
            kid.id,
            Perspective.KIND,
            date(2020, 1, 1),
            GIVEN,
            Role.KIND,
            {"actief": 5},
            goes_well=GOES_WELL,
            corrects_id=first.id,
            correction_reason="tikfout",
        )
    )
    r.meetings.create(
        kid.id, date(2020, 2, 1), MeetingKind.OUDERGESPREK, [PARENT], summary="Overleg-QRS-Wolk"
    )
    note = r.notes.create(kid.id, date(2020, 2, 2), OLD_NOTE, ["veilig"], Visibility.INTERN)
    r.notes.edit(note.value.id, reason="aangevuld", text=NOTE)
    r.notes.create(kid.id, date(2020, 2, 3), LONG_NOTE, [], Visibility.DEELBAAR)
    r.consents.create(
        kid.id, Consenter.OUDERS, PARENT, ["school"], [Audience.OUDERS], date(2020, 1, 1)
    )
    r.drafts.save(None, kid.id, Perspective.OUDERS, {"goes_well": DRAFT})
    if closed_on is not None:
        r.children.close(kid.id, closed_on)
    return kid.id, other.id
