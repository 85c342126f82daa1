"""A realistic fictional spreadsheet for the import dialog's tests and screenshots: three new
children, two that are in the vault already (same name and date of birth), ten metingen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.support.vaults import Kid

TODAY = date(2026, 11, 20)
HEADER = (
    "Voornaam;Achternaam;Geboortedatum;School;Groep;Datum;Perspectief;Gegeven door;Actief;"
    "Gerespecteerd;Verantwoordelijk;Erbij horen;Veilig;Gezond;Ontplooiing;Gekoesterd;"
    "Wat gaat goed;Wensen"
)
#: In the vault before the file is read in (matched by name and date of birth).
IN_VAULT = (
    Kid("Sanne", "de Vries", "De Linde", "5", date(2017, 3, 4), date(2026, 9, 1)),
    Kid("Daan", "Bakker", "De Linde", "7", date(2015, 9, 12), date(2026, 9, 1)),
)
ROWS = (
    "Lotte;Visser;02-05-2016;De Linde;6;14-10-2026;school;Juf Anna;4;3;3;4;5;4;3;4;"
    "Helpt anderen graag;Meer rust in de klas",
    "Lotte;Visser;02-05-2016;De Linde;6;15-10-2026;ouders;Moeder;3;3;?;4;4;4;3;5;Lacht veel;",
    "Finn;de Graaf;21-11-2014;Het Kompas;8;2026-10-14;school;Meester Joost;2;3;3;2;3;4;3;3;"
    "Goed in rekenen;Een maatje in de pauze",
    "Finn;de Graaf;21-11-2014;Het Kompas;8;2026-10-16;kind;Finn;3;2;3;2;3;4;4;3;Voetbal;",
    "Yara;Mulder;30-01-2018;Het Kompas;3;14/10/2026;school;Juf Anna;4;4;4;5;5;4;4;4;"
    "Speelt fijn samen;",
    "Yara;Mulder;30-01-2018;Het Kompas;3;16/10/2026;ouders;Vader;4;weet niet;4;4;5;4;4;5;"
    "Zingt de hele dag;",
    "Sanne;de Vries;04-03-2017;De Linde;5;14-10-2026;school;Juf Anna;3;3;3;3;4;4;3;3;"
    "Werkt netjes;Meer uitdaging",
    "Sanne;de Vries;04-03-2017;De Linde;5;17-10-2026;ouders;Moeder;3;4;3;3;4;4;3;4;"
    "Zorgt goed voor de hond;",
    "Daan;Bakker;12-09-2015;De Linde;7;14-10-2026;school;Meester Joost;2;2;3;2;3;3;2;3;"
    "Komt op tijd;Hulp bij plannen",
    "Daan;Bakker;12-09-2015;De Linde;7;18-10-2026;zorg;Iris Coach;2;3;3;2;3;3;3;3;Komt elke week;",
)
PROBLEM_ROWS = (
    "Lotte;Visser;02-05-2016;De Linde;6;14-10-2026;school;Juf Anna;7;3;3;4;5;4;3;4;Helpt anderen;",
    "Finn;de Graaf;21-11-2014;Het Kompas;8;14-12-2026;school;Meester Joost;2;3;3;2;3;4;3;3;"
    "Goed in rekenen;",
    '"=HYPERLINK(""http://x"")";Mulder;30-01-2018;Het Kompas;3;;;;;;;;;;;;;',
    "Sem;Bakker;31-02-1890;Het Kompas;3;;;;;;;;;;;;;",
)


def write_csv(folder: Path, name: str = "groepen-najaar.csv", rows: tuple[str, ...] = ROWS) -> Path:
    path = folder / name
    path.write_bytes(("\ufeff" + "\r\n".join((HEADER, *rows)) + "\r\n").encode("utf-8"))
    return path
