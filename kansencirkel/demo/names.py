"""Word lists for fictional demo data. Every name here is invented for demo vaults only.

Names are common first and family names in the Netherlands' many communities, combined at
random, so no combination refers to a real child. Sentences are mild, everyday observations
of the kind a kernteam writes down; nothing alarming.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Background:
    key: str
    weight: int
    boys: tuple[str, ...]
    girls: tuple[str, ...]
    men: tuple[str, ...]
    women: tuple[str, ...]
    families: tuple[str, ...]
    gendered_family: bool = False  # Polish -ski/-cki become -ska/-cka for girls and women


def _t(words: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in words.split(",") if w.strip())


BACKGROUNDS: tuple[Background, ...] = (
    Background(
        "nederlands",
        40,
        _t(
            "Daan, Sem, Lucas, Finn, Levi, Bram, Jesse, Thijs, Ruben, Stijn, Noah, Luuk, Milan, "
            "Gijs, Teun, Jasper, Floris, Siem"
        ),
        _t(
            "Anouk, Emma, Julia, Sophie, Tess, Zoë, Fleur, Lotte, Sanne, Isa, Noor, Evi, Femke, "
            "Roos, Lieke, Maud, Jente, Saar"
        ),
        _t("Mark, Jeroen, Bas, Martijn, Erik, Sander, Niels, Wouter"),
        _t("Marieke, Esther, Linda, Inge, Ilse, Wendy, Karin, Marloes"),
        _t(
            "de Vries, Jansen, van den Berg, Bakker, Visser, Smit, Meijer, de Boer, Mulder, "
            "de Groot, Bos, Vos, Peters, Hendriks, van Dijk, Dekker, Brouwer, Kok, Verhoeven, "
            "van der Linden, IJzerman, van 't Hof, Schouten, Koster"
        ),
    ),
    Background(
        "marokkaans",
        10,
        _t("Mohammed, Ayoub, Bilal, Yassin, Amine, Ilias, Rayan, Anas, Adam, Zakaria"),
        _t("Fatima, Aya, Nour, Salma, Yasmina, Imane, Douae, Malak, Hiba, Rania"),
        _t("Said, Mustafa, Abdelkader, Hassan, Rachid"),
        _t("Khadija, Naima, Samira, Latifa, Hafsa"),
        _t(
            "El Amrani, Bouzid, El Idrissi, Ait Taleb, Benali, Ouali, El Khatib, Ziani, "
            "Azzouz, Boukhari"
        ),
    ),
    Background(
        "turks",
        9,
        _t("Şükrü, Emre, Yusuf, Mert, Burak, Çağan, Kerem, Eymen, Ömer, Barış"),
        _t("Elif, Zeynep, Ecem, Büşra, Ayşe, Dilara, Nisa, Gülsüm, Beren, Sümeyye"),
        _t("Mehmet, Hüseyin, İbrahim, Murat, Serkan"),
        _t("Fatma, Hatice, Emine, Gül, Özlem"),
        _t("Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın, Doğan, Arslan, Koç, Güneş"),
    ),
    Background(
        "surinaams",
        8,
        _t("Jayden, Dinesh, Rishi, Jermaine, Quincy, Ravi, Shaquille, Nishant"),
        _t("Priya, Shanti, Kimberley, Anjali, Chenice, Sharita, Naomi, Kavita"),
        _t("Roy, Anand, Clyde, Ramon, Sunil"),
        _t("Sandra, Reshma, Gracia, Shirley, Sita"),
        _t(
            "Ramdin, Sewnandan, Jagessar, Pinas, Mahabier, Kanhai, Biharie, Tjin-A-Tsoi, "
            "Wongsodikromo, Kromodimedjo"
        ),
    ),
    Background(
        "antilliaans",
        5,
        _t("Jurick, Shurandy, Giandro, Kenley, Jeremy, Ruëndel"),
        _t("Shudaisy, Kimberly, Chanel, Jurmaine, Gianna, Xiomara"),
        _t("Eugene, Ivan, Richenel, Edsel"),
        _t("Suhaily, Gisela, Rignalda, Jacqueline"),
        _t("Martina, Statia, Rosaria, Isenia, Felida, Maduro, Sambo, Juliana, Cijntje"),
    ),
    Background(
        "pools",
        6,
        _t("Jakub, Kacper, Szymon, Michał, Bartosz, Mikołaj, Wojciech, Filip"),
        _t("Łucja, Zuzanna, Maja, Hanna, Wiktoria, Małgorzata, Zofia, Agnieszka"),
        _t("Tomasz, Paweł, Krzysztof, Łukasz"),
        _t("Katarzyna, Joanna, Dorota, Magdalena"),
        _t(
            "Nowak, Kowalski, Wiśniewski, Wójcik, Kamiński, Lewandowski, Zieliński, "
            "Mazur, Krawczyk, Dąbrowski, Wróblewski, Piotrowski"
        ),
        gendered_family=True,
    ),
    Background(
        "syrisch",
        6,
        _t("Omar, Ahmad, Khaled, Mahmoud, Hamza, Karim, Tarek, Yamen"),
        _t("Lana, Rama, Hala, Joud, Sidra, Leen, Rasha, Maya"),
        _t("Mohammad, Bashar, Fadi, Samer"),
        _t("Rania, Manal, Huda, Lina"),
        _t("Al-Hassan, Haddad, Khalil, Al-Ahmad, Darwish, Sabbagh, Nasser, Hamwi"),
    ),
    Background(
        "vietnamees",
        3,
        _t("Minh, Huy, Khoa, Bảo, Đức, Tuấn"),
        _t("Linh, Mai, Thảo, Ngọc, Vy, Hương"),
        _t("Hùng, Dũng, Quang"),
        _t("Lan, Hạnh, Thủy"),
        _t("Nguyễn, Trần, Lê, Phạm, Hoàng, Võ, Đặng"),
    ),
    Background(
        "eritrees",
        4,
        _t("Yonas, Daniel, Filmon, Merhawi, Abel, Natnael"),
        _t("Senait, Helen, Luwam, Saba, Rahel, Winta"),
        _t("Tesfay, Mebrahtu, Yohannes"),
        _t("Selam, Tsega, Hiwet"),
        _t("Tesfay, Gebremedhin, Haile, Tekle, Berhane, Kidane, Weldemariam"),
    ),
    Background(
        "indiaas",
        3,
        _t("Arjun, Aarav, Vihaan, Rohan, Ishaan"),
        _t("Priya, Ananya, Diya, Saanvi, Aadhya"),
        _t("Rajesh, Vikram, Suresh"),
        _t("Deepa, Lakshmi, Kavya"),
        _t("Sharma, Patel, Iyer, Reddy, Kumar, Menon"),
    ),
    Background(
        "oekraïens",
        3,
        _t("Oleksandr, Maksym, Artem, Bohdan, Dmytro"),
        _t("Sofiia, Anastasiia, Mariia, Yeva, Solomiia"),
        _t("Andrii, Serhii, Volodymyr"),
        _t("Olena, Iryna, Tetiana"),
        _t("Shevchenko, Bondarenko, Kovalenko, Tkachenko, Melnyk, Kravchuk"),
    ),
)


def female_family(name: str, background: Background) -> str:
    if background.gendered_family and name.endswith(("ski", "cki")):
        return name[:-1] + "a"
    return name


#: Fictional schools; any likeness to a real school's name is a coincidence of common words.
SCHOOLS: tuple[str, ...] = (
    "OBS De Regenboog",
    "CBS Het Kompas",
    "IKC De Vlinder",
    "RKBS De Wegwijzer",
    "OBS De Springplank",
    "Montessorischool De Ontdekking",
    "CBS De Fontein",
    "IKC Het Palet",
    "Daltonschool De Sterrenkijker",
    "OBS Het Klaverblad",
    "Jenaplanschool De Boomgaard",
    "Brede School De Horizon",
)

ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "cjg_coach": ("CJG Rivierenwijk", "CJG Noord", "CJG Oost"),
    "jeugdhulp": ("Jeugdhulp Samen Verder", "Stichting Opgroeien", "Jeugdteam Centrum"),
    "smw": ("Schoolmaatschappelijk werk regio Midden",),
    "jeugdarts": ("GGD Jeugdgezondheidszorg",),
    "leerplicht": ("Bureau Leerplicht gemeente",),
}

# --- Sentences (Dutch, B1, mild). "{naam}" is the child's first name. ------------------------

#: Per element: (what goes well, what could use attention) observations.
ELEMENT_NOTES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "actief": (
        (
            "{naam} zit sinds kort op voetbal en vertelt er graag over.",
            "Speelt in de pauze met een vaste groep kinderen tikkertje.",
            "Gaat op woensdag naar de muziekschool en oefent thuis trouw.",
            "Doet enthousiast mee met gym en de naschoolse sportlessen.",
            "Is graag buiten en bouwt hutten in de speeltuin bij huis.",
        ),
        (
            "Weet in de vrije tijd niet goed wat te doen; zit veel binnen.",
            "Wil graag op zwemles, maar dat is nog niet geregeld.",
            "Speelt in de pauze vaak alleen; we zoeken samen naar een club.",
        ),
    ),
    "gerespecteerd": (
        (
            "Vertelt in de kring wat {naam} vindt en wordt gehoord.",
            "Denkt mee over de afspraken in de klas.",
            "Voelt zich serieus genomen door de leerkracht.",
        ),
        (
            "Heeft het gevoel dat volwassenen soms over {naam} praten in plaats van mét.",
            "Vindt het lastig om te zeggen wat {naam} wil.",
        ),
    ),
    "verantwoordelijk": (
        (
            "Zorgt goed voor de klassenplanten deze maand.",
            "Maakt het huiswerk zelfstandig en op tijd.",
            "Helpt jongere kinderen bij het lezen.",
            "Houdt de eigen spullen netjes bij.",
        ),
        (
            "Vergeet regelmatig de gymtas; een lijstje op de deur helpt misschien.",
            "Vindt het moeilijk om te beginnen aan een taak zonder hulp.",
        ),
    ),
    "erbij_horen": (
        (
            "Heeft een goede vriend in de klas en speelt ook na school samen.",
            "Hoort er bij de scouting helemaal bij.",
            "Wordt vaak gevraagd om mee te doen met spelletjes.",
        ),
        (
            "Is nieuw in de klas en zoekt nog aansluiting.",
            "Voelt zich soms buitengesloten bij groepswerk.",
        ),
    ),
    "veilig": (
        (
            "Voelt zich op school op het gemak.",
            "Weet bij wie {naam} terecht kan als er iets is.",
            "Gaat met plezier naar de BSO.",
        ),
        (
            "Vindt de drukte op het plein lastig; een rustige plek helpt.",
            "Is gespannen bij veranderingen in het rooster.",
        ),
    ),
    "gezond": (
        (
            "Neemt een gezonde lunch mee en eet goed.",
            "Slaapt beter sinds er een vast avondritme is.",
            "Fietst elke dag naar school.",
        ),
        (
            "Is 's ochtends vaak moe; ouders kijken naar de bedtijd.",
            "Heeft een afspraak bij de jeugdarts over het zicht (nieuwe bril).",
        ),
    ),
    "ontplooiing": (
        (
            "Leest met veel plezier en gaat vooruit met technisch lezen.",
            "Is sterk in rekenen en helpt graag anderen.",
            "Tekent prachtig; de tekeningen hangen in de gang.",
            "Leert snel Nederlands en durft steeds meer te vertellen.",
        ),
        (
            "Heeft extra oefening nodig bij spelling.",
            "Raakt snel afgeleid bij zelfstandig werken.",
        ),
    ),
    "gekoesterd": (
        (
            "Vertelt warm over opa en oma, bij wie {naam} vaak is.",
            "Thuis is er veel aandacht en gezelligheid.",
            "Heeft een fijne band met de juf.",
        ),
        (
            "Mist een broer die uit huis is gegaan.",
            "Ouders hebben het druk met werk; samen eten lukt niet altijd.",
        ),
    ),
}

GOES_WELL: tuple[str, ...] = (
    "{naam} is vrolijk en behulpzaam in de klas.",
    "{naam} heeft goede vrienden en speelt veel buiten.",
    "{naam} doet goed mee met lezen en vertelt graag over boeken.",
    "{naam} is nieuwsgierig en stelt goede vragen.",
    "{naam} zorgt goed voor een jonger broertje.",
    "Het contact tussen school en ouders is open en prettig.",
    "{naam} heeft veel plezier in sport en bewegen.",
    "{naam} durft steeds vaker hulp te vragen.",
    "{naam} is creatief: tekenen, knutselen en bouwen met lego.",
    "{naam} gaat met plezier naar school.",
    "{naam} is geduldig en helpt andere kinderen.",
    "{naam} heeft een fijne plek gevonden bij de scouting.",
)

GOES_WELL_EXTRA: tuple[str, ...] = (
    "Thuis wordt veel samen gedaan.",
    "De leerkracht ziet duidelijk groei sinds de vorige keer.",
    "Er is een fijne klik met de BSO-leiding.",
    "De afspraken van de vorige keer werken goed.",
    "",
    "",
)

WISHES: tuple[str, ...] = (
    "Graag op zwemles.",
    "Meer vriendjes om mee af te spreken.",
    "Een rustig plekje om huiswerk te maken.",
    "Vaker samen iets leuks doen in het weekend.",
    "Beter leren lezen, net als de rest van de klas.",
    "Een sportclub vinden die past.",
    "Minder ruzie op het plein.",
    "Wat meer ruimte om zelf te kiezen.",
    "",
)

#: Per element: afspraken (actions) the team might agree on.
ACTIONS: dict[str, tuple[str, ...]] = {
    "actief": (
        "Samen met ouders een sportclub in de wijk zoeken",
        "Aanmelden voor de naschoolse sportlessen",
    ),
    "gerespecteerd": (
        "Elke week een kort gesprekje met de leerkracht over hoe het gaat",
        "Kind vooraf vragen wat het in het overleg wil inbrengen",
    ),
    "verantwoordelijk": (
        "Een weektaak met plaatjes maken voor thuis en school",
        "Dagritmekaart in de klas gebruiken",
    ),
    "erbij_horen": (
        "Maatje in de klas koppelen voor de eerste weken",
        "Samenwerkopdrachten in vaste tweetallen",
    ),
    "veilig": (
        "Rustige plek in de klas afspreken voor als het te druk wordt",
        "Vaste aanspreekpersoon op het plein afspreken",
    ),
    "gezond": ("Afspraak bij de jeugdarts maken", "Samen met ouders een avondritme afspreken"),
    "ontplooiing": ("Extra leesbegeleiding twee keer per week", "Plusklas voor rekenen proberen"),
    "gekoesterd": (
        "Oudergesprek over wat thuis goed werkt",
        "Ouders informeren over opvoedondersteuning van het CJG",
    ),
}

EVALUATIONS: tuple[str, ...] = (
    "Werkt goed; het kind geeft zelf aan dat het helpt.",
    "Afgerond; ouders en school zijn tevreden.",
    "Gedeeltelijk gelukt; we kijken bij het volgende overleg verder.",
    "Gestopt omdat het niet meer nodig was.",
)

MEETING_SUMMARIES: tuple[str, ...] = (
    "Samen gekeken naar de ster; er is vooral veel goed nieuws.",
    "Ouders vertellen dat het thuis rustiger gaat.",
    "Het kind heeft zelf verteld wat goed gaat en wat lastig is.",
    "Perspectieven verschillen bij een paar elementen; daar praten we verder over.",
    "Kennismaking met de CJG-coach en afspraken gemaakt.",
    "Terugblik op de afspraken van de vorige keer.",
)

MEETING_DECISIONS: tuple[str, ...] = (
    "Afspraken lopen door; evaluatie over zes weken.",
    "De leerkracht houdt contact met ouders via de app van school.",
    "Nieuwe afspraak gemaakt over extra leesbegeleiding.",
    "Over drie maanden opnieuw de ster invullen met alle perspectieven.",
    "",
)

FREE_NOTES: tuple[str, ...] = (
    "Moeder belde: het gaat thuis goed met de nieuwe avondroutine.",
    "{naam} vertelde vandaag trots over de spreekbeurt.",
    "Op het plein speelde {naam} fijn samen met klasgenoten.",
    "Vader komt voortaan mee naar de oudergesprekken.",
    "Gesprekje gehad over de overgang naar de volgende groep.",
    "Leerkracht merkt dat {naam} meer durft in de kring.",
    "Afspraak met de jeugdarts staat gepland.",
    "{naam} had een rustige week en was goed geconcentreerd.",
)
