<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
    <context>
        <name />
        <message>
            <source>Gepland</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Loopt</source>
            <translation>Loopt</translation>
        </message>
        <message>
            <source>Afgerond</source>
            <translation>Afgerond</translation>
        </message>
        <message>
            <source>Gestopt</source>
            <translation>Gestopt</translation>
        </message>
        <message>
            <source>Ouders</source>
            <translation>Ouders</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Zorg</source>
            <translation>Zorg</translation>
        </message>
        <message>
            <source>Kernteam</source>
            <translation>Kernteam</translation>
        </message>
        <message>
            <source>eerder %s</source>
            <translation>eerder %s</translation>
        </message>
        <message>
            <source>Andere gezichtspunten</source>
            <translation>Andere gezichtspunten</translation>
        </message>
        <message>
            <source>Er zijn nog geen andere metingen.</source>
            <translation>Er zijn nog geen andere metingen.</translation>
        </message>
        <message>
            <source>Eerder dit gezichtspunt: %s</source>
            <translation>Eerder dit gezichtspunt: %s</translation>
        </message>
        <message>
            <source>Het kind zelf</source>
            <translation>Het kind zelf</translation>
        </message>
        <message>
            <source>Deelbare notities</source>
            <translation>Deelbare notities</translation>
        </message>
        <message>
            <source>Afspraken</source>
            <translation>Afspraken</translation>
        </message>
        <message>
            <source>Meting %s</source>
            <translation>Meting %s</translation>
        </message>
        <message>
            <source>de ouders</source>
            <translation>de ouders</translation>
        </message>
        <message>
            <source>het kind zelf</source>
            <translation>het kind zelf</translation>
        </message>
        <message>
            <source>de ouders én het kind</source>
            <translation>de ouders én het kind</translation>
        </message>
        <message>
            <source>Geboortedatum onbekend: voor de zekerheid is toestemming nodig van %s.</source>
            <translation>Geboortedatum onbekend: voor de zekerheid is toestemming nodig van %s.</translation>
        </message>
        <message>
            <source>Kernteamoverleg</source>
            <translation>Kernteamoverleg</translation>
        </message>
        <message>
            <source>Oudergesprek</source>
            <translation>Oudergesprek</translation>
        </message>
        <message>
            <source>MDO</source>
            <translation>MDO</translation>
        </message>
        <message>
            <source>Evaluatie</source>
            <translation>Evaluatie</translation>
        </message>
        <message>
            <source>Over tijd — %s</source>
            <translation>Over tijd — %s</translation>
        </message>
        <message>
            <source>&amp;Wijzigen…</source>
            <translation>&amp;Wijzigen…</translation>
        </message>
        <message>
            <source>Nieuwe &amp;afspraak…</source>
            <translation>Nieuwe &amp;afspraak…</translation>
        </message>
        <message>
            <source>nog niet geëvalueerd</source>
            <translation>nog niet geëvalueerd</translation>
        </message>
        <message>
            <source>(een meting is sindsdien gewijzigd)</source>
            <translation>(een meting is sindsdien gewijzigd)</translation>
        </message>
        <message>
            <source>Stat&amp;us en evaluatie…</source>
            <translation>Stat&amp;us en evaluatie…</translation>
        </message>
        <message>
            <source>Actief</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Afgesloten</source>
            <translation>Afgesloten</translation>
        </message>
        <message>
            <source>Voornaam</source>
            <translation>Voornaam</translation>
        </message>
        <message>
            <source>Achternaam</source>
            <translation>Achternaam</translation>
        </message>
        <message>
            <source>Geboortedatum</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <source>Groep</source>
            <translation>Groep</translation>
        </message>
        <message>
            <source>Dossier geopend op</source>
            <translation>Dossier geopend op</translation>
        </message>
        <message>
            <source>Afgesloten op</source>
            <translation>Afgesloten op</translation>
        </message>
        <message>
            <source>Wat</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>Wie</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>Ontwikkelgebied</source>
            <translation>Ontwikkelgebied</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Uiterlijk</source>
            <translation>Uiterlijk</translation>
        </message>
        <message>
            <source>Heeft het geholpen?</source>
            <translation>Heeft het geholpen?</translation>
        </message>
        <message>
            <source>In één zin</source>
            <translation>In één zin</translation>
        </message>
        <message>
            <source>Bij overleg</source>
            <translation>Bij overleg</translation>
        </message>
        <message>
            <source>Tekst</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Corrigeren…</source>
            <translation>&amp;Corrigeren…</translation>
        </message>
        <message>
            <source>Intr&amp;ekken…</source>
            <translation>Intr&amp;ekken…</translation>
        </message>
        <message>
            <source>Toon gezichtspunt</source>
            <translation>Toon gezichtspunt</translation>
        </message>
        <message>
            <source>Alle gezichtspunten</source>
            <translation>Alle gezichtspunten</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Gezichtspunt</source>
            <translation>Gezichtspunt</translation>
        </message>
        <message>
            <source>Gegeven door</source>
            <translation>Gegeven door</translation>
        </message>
        <message>
            <source>Versie</source>
            <translation>Versie</translation>
        </message>
        <message>
            <source>Meting</source>
            <translation>Meting</translation>
        </message>
        <message>
            <source>%d (ingetrokken)</source>
            <translation>%d (ingetrokken)</translation>
        </message>
        <message>
            <source>%d (vervangen)</source>
            <translation>%d (vervangen)</translation>
        </message>
        <message>
            <source>ingevoerd door</source>
            <translation>ingevoerd door</translation>
        </message>
        <message>
            <source>Wat gaat goed</source>
            <translation>Wat gaat goed</translation>
        </message>
        <message>
            <source>Wensen / hoop</source>
            <translation>Wensen / hoop</translation>
        </message>
        <message>
            <source>Ingetrokken op %s door %s</source>
            <translation>Ingetrokken op %s door %s</translation>
        </message>
        <message>
            <source>Telt niet mee in de ster, de gespreksonderwerpen en de overzichten.</source>
            <translation>Telt niet mee in de ster, de gespreksonderwerpen en de overzichten.</translation>
        </message>
        <message>
            <source>huidig</source>
            <translation>huidig</translation>
        </message>
        <message>
            <source>vervangen op %s</source>
            <translation>vervangen op %s</translation>
        </message>
        <message>
            <source>Versie %d</source>
            <translation>Versie %d</translation>
        </message>
        <message>
            <source>door</source>
            <translation>door</translation>
        </message>
        <message>
            <source>Geschiedenis van correcties</source>
            <translation>Geschiedenis van correcties</translation>
        </message>
        <message>
            <source>Toestemming vastle&amp;ggen…</source>
            <translation>Toestemming vastle&amp;ggen…</translation>
        </message>
        <message>
            <source>Intr&amp;ekken</source>
            <translation>Intr&amp;ekken</translation>
        </message>
        <message>
            <source>Met wie</source>
            <translation>Met wie</translation>
        </message>
        <message>
            <source>Gegeven op</source>
            <translation>Gegeven op</translation>
        </message>
        <message>
            <source>Geldig tot</source>
            <translation>Geldig tot</translation>
        </message>
        <message>
            <source>Ingetrokken op</source>
            <translation>Ingetrokken op</translation>
        </message>
        <message>
            <source>Nu geldig</source>
            <translation>Nu geldig</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>nee</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>Die toestemming is vastgelegd.</source>
            <translation>Die toestemming is vastgelegd.</translation>
        </message>
        <message>
            <source>het kind</source>
            <translation>het kind</translation>
        </message>
        <message>
            <source>en</source>
            <translation>en</translation>
        </message>
        <message>
            <source>Nog geen geldige toestemming van %s.</source>
            <translation>Nog geen geldige toestemming van %s.</translation>
        </message>
        <message>
            <source>Bekeken</source>
            <translation>Bekeken</translation>
        </message>
        <message>
            <source>Toegevoegd</source>
            <translation>Toegevoegd</translation>
        </message>
        <message>
            <source>Gewijzigd</source>
            <translation>Gewijzigd</translation>
        </message>
        <message>
            <source>Verwijderd</source>
            <translation>Verwijderd</translation>
        </message>
        <message>
            <source>Geëxporteerd</source>
            <translation>Geëxporteerd</translation>
        </message>
        <message>
            <source>Afgedrukt</source>
            <translation>Afgedrukt</translation>
        </message>
        <message>
            <source>Gewist</source>
            <translation>Gewist</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Concept</source>
            <translation>Concept</translation>
        </message>
        <message>
            <source>Afspraak</source>
            <translation>Afspraak</translation>
        </message>
        <message>
            <source>Overleg</source>
            <translation>Overleg</translation>
        </message>
        <message>
            <source>Notitie</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Toestemming</source>
            <translation>Toestemming</translation>
        </message>
        <message>
            <source>Betrokkene</source>
            <translation>Betrokkene</translation>
        </message>
        <message>
            <source>Persoon</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Rapport</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>verwijderd (bewaard voor de geschiedenis)</source>
            <extracomment>Audit qualifiers of the mends (issue 10), in the user's words; others show as stored.</extracomment>
            <translation>verwijderd (bewaard voor de geschiedenis)</translation>
        </message>
        <message>
            <source>ingetrokken</source>
            <translation>ingetrokken</translation>
        </message>
        <message>
            <source>gepland</source>
            <translation>gepland</translation>
        </message>
        <message>
            <source>gemarkeerd als gehouden</source>
            <translation>gemarkeerd als gehouden</translation>
        </message>
        <message>
            <source>geschiedenis bekeken</source>
            <translation>geschiedenis bekeken</translation>
        </message>
        <message>
            <source>intern → deelbaar</source>
            <translation>intern → deelbaar</translation>
        </message>
        <message>
            <source>deelbaar → intern</source>
            <translation>deelbaar → intern</translation>
        </message>
        <message>
            <source>gewijzigd: %s</source>
            <translation>gewijzigd: %s</translation>
        </message>
        <message>
            <source>Wie wanneer iets van dit kind bekeek of wijzigde, en namens wie (de school of organisatie, of de ouder voor wie een meting werd ingevoerd). De inhoud staat hier nooit in.</source>
            <translation>Wie wanneer iets van dit kind bekeek of wijzigde, en namens wie (de school of organisatie, of de ouder voor wie een meting werd ingevoerd). De inhoud staat hier nooit in.</translation>
        </message>
        <message>
            <source>Wanneer</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>Namens</source>
            <translation>Namens</translation>
        </message>
        <message>
            <source>Onderdeel</source>
            <translation>Onderdeel</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Overleg &amp;plannen…</source>
            <translation>Overleg &amp;plannen…</translation>
        </message>
        <message>
            <source>Overleg &amp;vastleggen…</source>
            <translation>Overleg &amp;vastleggen…</translation>
        </message>
        <message>
            <source>Markeren als &amp;gehouden…</source>
            <translation>Markeren als &amp;gehouden…</translation>
        </message>
        <message>
            <source>&amp;Afspraak bij dit overleg…</source>
            <translation>&amp;Afspraak bij dit overleg…</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Terugblik &amp;samenwerking…</source>
            <translation>Terugblik &amp;samenwerking…</translation>
        </message>
        <message>
            <source>Aanwezig</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <source>Volgend overleg</source>
            <translation>Volgend overleg</translation>
        </message>
        <message>
            <source>Gekozen overleg</source>
            <translation>Gekozen overleg</translation>
        </message>
        <message>
            <source>Geen afspraken vastgelegd bij dit overleg.</source>
            <translation>Geen afspraken vastgelegd bij dit overleg.</translation>
        </message>
        <message>
            <source>Markeer het als gehouden als het overleg heeft plaatsgevonden.</source>
            <translation>Markeer het als gehouden als het overleg heeft plaatsgevonden.</translation>
        </message>
        <message>
            <source>Samenvatting</source>
            <translation>Samenvatting</translation>
        </message>
        <message>
            <source>Besluiten</source>
            <translation>Besluiten</translation>
        </message>
        <message>
            <source>Terugblik samenwerking</source>
            <translation>Terugblik samenwerking</translation>
        </message>
        <message>
            <source>Gehouden</source>
            <translation>Gehouden</translation>
        </message>
        <message>
            <source>Notitie toevoe&amp;gen…</source>
            <translation>Notitie toevoe&amp;gen…</translation>
        </message>
        <message>
            <source>B&amp;ewerken…</source>
            <translation>B&amp;ewerken…</translation>
        </message>
        <message>
            <source>&amp;Zichtbaarheid wijzigen…</source>
            <translation>&amp;Zichtbaarheid wijzigen…</translation>
        </message>
        <message>
            <source>Ver&amp;wijderen…</source>
            <translation>Ver&amp;wijderen…</translation>
        </message>
        <message>
            <source>Ges&amp;chiedenis…</source>
            <translation>Ges&amp;chiedenis…</translation>
        </message>
        <message>
            <source>Zichtbaar</source>
            <translation>Zichtbaar</translation>
        </message>
        <message>
            <source>Door</source>
            <translation>Door</translation>
        </message>
        <message>
            <source>(bewerkt)</source>
            <translation>(bewerkt)</translation>
        </message>
        <message>
            <source>Vervangen op %s door %s</source>
            <translation>Vervangen op %s door %s</translation>
        </message>
        <message>
            <source>Deelbaar</source>
            <translation>Deelbaar</translation>
        </message>
        <message>
            <source>Intern</source>
            <translation>Intern</translation>
        </message>
        <message>
            <source>Overzicht</source>
            <extracomment>Links in the text that show all topics of a kind, or the first handful again.</extracomment>
            <translation>Overzicht</translation>
        </message>
        <message>
            <source>Nog geen metingen.</source>
            <translation>Nog geen metingen.</translation>
        </message>
        <message>
            <source>Wensen en hoop</source>
            <translation>Wensen en hoop</translation>
        </message>
        <message>
            <source>Nog geen meting van: %s.</source>
            <translation>Nog geen meting van: %s.</translation>
        </message>
        <message>
            <source>Gespreksonderwerpen</source>
            <translation>Gespreksonderwerpen</translation>
        </message>
        <message>
            <source>Geen grote verschillen tussen de gezichtspunten.</source>
            <translation>Geen grote verschillen tussen de gezichtspunten.</translation>
        </message>
        <message>
            <source>Open afspraken</source>
            <translation>Open afspraken</translation>
        </message>
        <message>
            <source>Nog niet gepland.</source>
            <translation>Nog niet gepland.</translation>
        </message>
        <message>
            <source>Nog niet ingevuld.</source>
            <translation>Nog niet ingevuld.</translation>
        </message>
        <message>
            <source>nog niemand</source>
            <translation>nog niemand</translation>
        </message>
        <message>
            <source>uiterlijk %1</source>
            <translation>uiterlijk %1</translation>
        </message>
        <message>
            <source>%1 — over tijd</source>
            <translation>%1 — over tijd</translation>
        </message>
        <message>
            <source>uiterlijk %s</source>
            <translation>uiterlijk %s</translation>
        </message>
        <message>
            <source>geen einddatum</source>
            <translation>geen einddatum</translation>
        </message>
        <message>
            <source>over tijd</source>
            <translation>over tijd</translation>
        </message>
        <message>
            <source>Geen open afspraken.</source>
            <translation>Geen open afspraken.</translation>
        </message>
        <message>
            <source>Betrokkene toe&amp;voegen…</source>
            <translation>Betrokkene toe&amp;voegen…</translation>
        </message>
        <message>
            <source>&amp;Regiehouder maken</source>
            <translation>&amp;Regiehouder maken</translation>
        </message>
        <message>
            <source>&amp;Niet meer betrokken</source>
            <translation>&amp;Niet meer betrokken</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Rol</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Organisatie</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Telefoon</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Regie</source>
            <translation>Regie</translation>
        </message>
        <message>
            <source>Regiehouder</source>
            <translation>Regiehouder</translation>
        </message>
        <message>
            <source>Regie ligt bij %s.</source>
            <translation>Regie ligt bij %s.</translation>
        </message>
        <message>
            <source>Er is nog geen regiehouder gekozen.</source>
            <translation>Er is nog geen regiehouder gekozen.</translation>
        </message>
        <message>
            <source>&amp;Opslaan</source>
            <translation>&amp;Opslaan</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Geen verbinding met de teamserver: het concept staat versleuteld op deze laptop.</source>
            <translation>Geen verbinding met de teamserver: het concept staat versleuteld op deze laptop.</translation>
        </message>
        <message>
            <source>Concept bewaard om %s</source>
            <translation>Concept bewaard om %s</translation>
        </message>
        <message>
            <source>De verbinding is terug: het concept staat op de teamserver.</source>
            <translation>De verbinding is terug: het concept staat op de teamserver.</translation>
        </message>
        <message>
            <source>Concept niet bewaard: %s</source>
            <translation>Concept niet bewaard: %s</translation>
        </message>
        <message>
            <source>Er is een concept van %s (%s): verder gaan of weggooien?</source>
            <translation>Er is een concept van %s (%s): verder gaan of weggooien?</translation>
        </message>
        <message>
            <source>Voor het kind:</source>
            <translation>Voor het kind:</translation>
        </message>
        <message>
            <source>Vragen</source>
            <translation>Vragen</translation>
        </message>
        <message>
            <source>Verberg andere gezichtspunten</source>
            <translation>Verberg andere gezichtspunten</translation>
        </message>
        <message>
            <source>Toon andere gezichtspunten</source>
            <translation>Toon andere gezichtspunten</translation>
        </message>
        <message>
            <source>Vul in wat er goed gaat: dat hoort bij elke meting, ook als het weinig is.</source>
            <translation>Vul in wat er goed gaat: dat hoort bij elke meting, ook als het weinig is.</translation>
        </message>
        <message>
            <source>Vul in wie deze scores gaf.</source>
            <translation>Vul in wie deze scores gaf.</translation>
        </message>
        <message>
            <source>Schrijf kort op waarom je deze meting corrigeert.</source>
            <translation>Schrijf kort op waarom je deze meting corrigeert.</translation>
        </message>
        <message>
            <source>Nog niet ingevuld</source>
            <translation>Nog niet ingevuld</translation>
        </message>
        <message>
            <source>Opslaan als 'weet niet'</source>
            <translation>Opslaan als 'weet niet'</translation>
        </message>
        <message>
            <source>Terug naar de meting</source>
            <translation>Terug naar de meting</translation>
        </message>
        <message>
            <source>meting</source>
            <translation>meting</translation>
        </message>
        <message>
            <source>Er wordt een meting ingevoerd; de andere gezichtspunten zijn even verborgen.</source>
            <translation>Er wordt een meting ingevoerd; de andere gezichtspunten zijn even verborgen.</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>%1
(gespreksonderwerp)</source>
            <translation>%1
(gespreksonderwerp)</translation>
        </message>
        <message>
            <source>%s (het kind)</source>
            <translation>%s (het kind)</translation>
        </message>
        <message>
            <source>%s (ouder/verzorger)</source>
            <translation>%s (ouder/verzorger)</translation>
        </message>
        <message>
            <source>4 tot en met 7 jaar</source>
            <translation>4 tot en met 7 jaar</translation>
        </message>
        <message>
            <source>8 jaar of ouder</source>
            <translation>8 jaar of ouder</translation>
        </message>
        <message>
            <source>%s — jouw wachtwoord is nodig om terug te gaan.</source>
            <translation>%s — jouw wachtwoord is nodig om terug te gaan.</translation>
        </message>
        <message>
            <source>Beginnen</source>
            <translation>Beginnen</translation>
        </message>
        <message>
            <source>nog geen nieuwe meting</source>
            <translation>nog geen nieuwe meting</translation>
        </message>
        <message>
            <source>geen meting vooraf</source>
            <translation>geen meting vooraf</translation>
        </message>
        <message>
            <source>Sinds de evaluatie van %1 is een meting gecorrigeerd of ingetrokken: %2.</source>
            <translation>Sinds de evaluatie van %1 is een meting gecorrigeerd of ingetrokken: %2.</translation>
        </message>
        <message>
            <source>Afgeronde afspraak evalueren</source>
            <translation>Afgeronde afspraak evalueren</translation>
        </message>
        <message>
            <source>Gestopte afspraak evalueren</source>
            <translation>Gestopte afspraak evalueren</translation>
        </message>
        <message>
            <source>Geen metingen bij de ontwikkelgebieden van deze afspraak.</source>
            <translation>Geen metingen bij de ontwikkelgebieden van deze afspraak.</translation>
        </message>
        <message>
            <source>(kies)</source>
            <translation>(kies)</translation>
        </message>
        <message>
            <source>1 – helemaal niet</source>
            <translation>1 – helemaal niet</translation>
        </message>
        <message>
            <source>5 – helemaal wel</source>
            <translation>5 – helemaal wel</translation>
        </message>
        <message>
            <source>weet niet</source>
            <translation>weet niet</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Versie {version}</source>
            <translation>Versie {version}</translation>
        </message>
        <message>
            <source>Vrije software onder de MIT-licentie.</source>
            <translation>Vrije software onder de MIT-licentie.</translation>
        </message>
        <message>
            <source>De acht ontwikkelgebieden van een kind, samen bekeken door school, ouders, zorg en het kind zelf. Geen risico-instrument: er is geen totaalscore en geen stoplicht. Alle gegevens staan versleuteld in de kluis op deze computer.</source>
            <translation>De acht ontwikkelgebieden van een kind, samen bekeken door school, ouders, zorg en het kind zelf. Geen risico-instrument: er is geen totaalscore en geen stoplicht. Alle gegevens staan versleuteld in de kluis op deze computer.</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>{name} levert geen licentietekst mee; de licentie is: {licence}</source>
            <translation>{name} levert geen licentietekst mee; de licentie is: {licence}</translation>
        </message>
        <message>
            <source>Deze installatie heeft geen kopie van {file}; die staat bij de broncode van Kansencirkel.</source>
            <translation>Deze installatie heeft geen kopie van {file}; die staat bij de broncode van Kansencirkel.</translation>
        </message>
        <message>
            <source>Hoe Kansencirkel de gegevens beschermt, uit {file}:</source>
            <translation>Hoe Kansencirkel de gegevens beschermt, uit {file}:</translation>
        </message>
        <message>
            <source>Over Kansencirkel</source>
            <translation>Over Kansencirkel</translation>
        </message>
        <message>
            <source>Onderdelen en licenties</source>
            <translation>Onderdelen en licenties</translation>
        </message>
        <message>
            <source>Kansencirkel is gemaakt met deze vrije software. De lijst komt uit de gegevens van de geïnstalleerde onderdelen; kies een onderdeel om zijn licentietekst te zien.</source>
            <translation>Kansencirkel is gemaakt met deze vrije software. De lijst komt uit de gegevens van de geïnstalleerde onderdelen; kies een onderdeel om zijn licentietekst te zien.</translation>
        </message>
        <message>
            <source>Onderdelen</source>
            <translation>Onderdelen</translation>
        </message>
        <message>
            <source>Onderdeel</source>
            <translation>Onderdeel</translation>
        </message>
        <message>
            <source>Versie</source>
            <translation>Versie</translation>
        </message>
        <message>
            <source>Licentie</source>
            <translation>Licentie</translation>
        </message>
        <message>
            <source>Zit in</source>
            <translation>Zit in</translation>
        </message>
        <message>
            <source>Licentietekst</source>
            <translation>Licentietekst</translation>
        </message>
        <message>
            <source>Veiligheid</source>
            <translation>Veiligheid</translation>
        </message>
        <message>
            <source>Tekst van SECURITY.md</source>
            <translation>Tekst van SECURITY.md</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>(nog niemand)</source>
            <translation>(nog niemand)</translation>
        </message>
        <message>
            <source>(geen)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <source>(geen soort)</source>
            <translation>(geen soort)</translation>
        </message>
        <message>
            <source>Nieuwe afspraak</source>
            <translation>Nieuwe afspraak</translation>
        </message>
        <message>
            <source>Afspraak</source>
            <translation>Afspraak</translation>
        </message>
        <message>
            <source>Schrijf op wat er gedaan wordt.</source>
            <translation>Schrijf op wat er gedaan wordt.</translation>
        </message>
        <message>
            <source>De einddatum ligt vóór de startdatum; kies een latere datum.</source>
            <translation>De einddatum ligt vóór de startdatum; kies een latere datum.</translation>
        </message>
        <message>
            <source>&amp;Wat wordt er gedaan?</source>
            <translation>&amp;Wat wordt er gedaan?</translation>
        </message>
        <message>
            <source>Wat wordt er gedaan</source>
            <translation>Wat wordt er gedaan</translation>
        </message>
        <message>
            <source>Wie doet het</source>
            <translation>Wie doet het</translation>
        </message>
        <message>
            <source>Ontwikkelgebied(en)</source>
            <translation>Ontwikkelgebied(en)</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>Startdatum</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>Uiterlijk &amp;klaar op</source>
            <translation>Uiterlijk &amp;klaar op</translation>
        </message>
        <message>
            <source>Uiterlijk klaar op</source>
            <translation>Uiterlijk klaar op</translation>
        </message>
        <message>
            <source>Wie &amp;doet het?</source>
            <translation>Wie &amp;doet het?</translation>
        </message>
        <message>
            <source>S&amp;tatus</source>
            <translation>S&amp;tatus</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Evaluatie</source>
            <translation>&amp;Evaluatie</translation>
        </message>
        <message>
            <source>Evaluatie</source>
            <translation>Evaluatie</translation>
        </message>
        <message>
            <source>&amp;Bij overleg</source>
            <translation>&amp;Bij overleg</translation>
        </message>
        <message>
            <source>Bij overleg</source>
            <translation>Bij overleg</translation>
        </message>
        <message>
            <source>Soo&amp;rt afspraak</source>
            <translation>Soo&amp;rt afspraak</translation>
        </message>
        <message>
            <source>Soort afspraak</source>
            <translation>Soort afspraak</translation>
        </message>
    </context>
    <context>
        <name>AgendaExportDialog</name>
        <message>
            <source>&amp;Opslaan als PDF…</source>
            <translation>&amp;Opslaan als PDF…</translation>
        </message>
        <message>
            <source>Er staan geen kinderen op de agenda voor deze datum; vink aan wie je wilt bespreken.</source>
            <translation>Er staan geen kinderen op de agenda voor deze datum; vink aan wie je wilt bespreken.</translation>
        </message>
        <message>
            <source>Toch &amp;opslaan</source>
            <translation>Toch &amp;opslaan</translation>
        </message>
        <message>
            <source>Agenda maken (PDF)</source>
            <translation>Agenda maken (PDF)</translation>
        </message>
        <message>
            <source>&amp;Datum van het overleg</source>
            <translation>&amp;Datum van het overleg</translation>
        </message>
        <message>
            <source>Datum van het overleg</source>
            <translation>Datum van het overleg</translation>
        </message>
        <message>
            <source>&amp;Kinderen op de agenda (vink aan met de spatiebalk; de volgorde is die op papier)</source>
            <translation>&amp;Kinderen op de agenda (vink aan met de spatiebalk; de volgorde is die op papier)</translation>
        </message>
        <message>
            <source>Kinderen op de agenda</source>
            <translation>Kinderen op de agenda</translation>
        </message>
        <message>
            <source>Aangevinkte kinderen komen op de agenda, in deze volgorde.</source>
            <translation>Aangevinkte kinderen komen op de agenda, in deze volgorde.</translation>
        </message>
        <message>
            <source>Om&amp;hoog</source>
            <translation>Om&amp;hoog</translation>
        </message>
        <message>
            <source>Het gekozen kind een plaats eerder op de agenda</source>
            <translation>Het gekozen kind een plaats eerder op de agenda</translation>
        </message>
        <message>
            <source>Om&amp;laag</source>
            <translation>Om&amp;laag</translation>
        </message>
        <message>
            <source>Het gekozen kind een plaats later op de agenda</source>
            <translation>Het gekozen kind een plaats later op de agenda</translation>
        </message>
    </context>
    <context>
        <name>AssessmentForm</name>
        <message>
            <source>Meting voor %s</source>
            <translation>Meting voor %s</translation>
        </message>
        <message>
            <source>Meting corrigeren (versie %d)</source>
            <translation>Meting corrigeren (versie %d)</translation>
        </message>
        <message>
            <source>Toon andere gezichtspunten</source>
            <translation>Toon andere gezichtspunten</translation>
        </message>
        <message>
            <source>Meting opslaan…</source>
            <translation>Meting opslaan…</translation>
        </message>
        <message>
            <source>Meting invoeren</source>
            <translation>Meting invoeren</translation>
        </message>
        <message>
            <source>&amp;Gezichtspunt</source>
            <translation>&amp;Gezichtspunt</translation>
        </message>
        <message>
            <source>Gezichtspunt</source>
            <translation>Gezichtspunt</translation>
        </message>
        <message>
            <source>&amp;Datum</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>Datum van de meting</source>
            <translation>Datum van de meting</translation>
        </message>
        <message>
            <source>Gegeve&amp;n door</source>
            <translation>Gegeve&amp;n door</translation>
        </message>
        <message>
            <source>Gegeven door (naam)</source>
            <translation>Gegeven door (naam)</translation>
        </message>
        <message>
            <source>Rol van wie de scores gaf</source>
            <translation>Rol van wie de scores gaf</translation>
        </message>
        <message>
            <source>&amp;Verder gaan</source>
            <translation>&amp;Verder gaan</translation>
        </message>
        <message>
            <source>&amp;Weggooien</source>
            <translation>&amp;Weggooien</translation>
        </message>
        <message>
            <source>&amp;Reden van de correctie</source>
            <translation>&amp;Reden van de correctie</translation>
        </message>
        <message>
            <source>Reden van de correctie</source>
            <translation>Reden van de correctie</translation>
        </message>
        <message>
            <source>Kies per gebied met de toetsen 1–5, of 0 voor ‘weet niet’. Tab of Enter gaat naar het volgende gebied; Ctrl+Enter slaat op.</source>
            <translation>Kies per gebied met de toetsen 1–5, of 0 voor ‘weet niet’. Tab of Enter gaat naar het volgende gebied; Ctrl+Enter slaat op.</translation>
        </message>
        <message>
            <source>W&amp;at gaat goed? (verplicht)</source>
            <translation>W&amp;at gaat goed? (verplicht)</translation>
        </message>
        <message>
            <source>W&amp;ensen / hoop</source>
            <translation>W&amp;ensen / hoop</translation>
        </message>
        <message>
            <source>Wat gaat goed</source>
            <translation>Wat gaat goed</translation>
        </message>
        <message>
            <source>Wensen en hoop</source>
            <translation>Wensen en hoop</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Melding</translation>
        </message>
        <message>
            <source>Wat je typt, wordt steeds als concept bewaard; sluiten kan dus altijd.</source>
            <translation>Wat je typt, wordt steeds als concept bewaard; sluiten kan dus altijd.</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>&amp;Opslaan</source>
            <translation>&amp;Opslaan</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsSection</name>
        <message>
            <source>Meting intrekken</source>
            <translation>Meting intrekken</translation>
        </message>
        <message>
            <source>Trek een meting alleen in als ze niet bij dit kind hoort of niet had mogen worden ingevoerd. Ze blijft met de reden in de geschiedenis staan, maar telt niet meer mee in de ster, de gespreksonderwerpen en de overzichten. Een verkeerde score verbeter je met Corrigeren.</source>
            <translation>Trek een meting alleen in als ze niet bij dit kind hoort of niet had mogen worden ingevoerd. Ze blijft met de reden in de geschiedenis staan, maar telt niet meer mee in de ster, de gespreksonderwerpen en de overzichten. Een verkeerde score verbeter je met Corrigeren.</translation>
        </message>
        <message>
            <source>Meting &amp;intrekken</source>
            <translation>Meting &amp;intrekken</translation>
        </message>
        <message>
            <source>Meting van %1, %2, gegeven door %3</source>
            <translation>Meting van %1, %2, gegeven door %3</translation>
        </message>
    </context>
    <context>
        <name>ChildDialog</name>
        <message>
            <source>Kind wijzigen</source>
            <translation>Kind wijzigen</translation>
        </message>
        <message>
            <source>Kind toevoegen</source>
            <translation>Kind toevoegen</translation>
        </message>
        <message>
            <source>Vul de voornaam van het kind in.</source>
            <translation>Vul de voornaam van het kind in.</translation>
        </message>
        <message>
            <source>Vul de achternaam van het kind in.</source>
            <translation>Vul de achternaam van het kind in.</translation>
        </message>
        <message>
            <source>De geboortedatum is geen geldige datum; schrijf hem als dd-mm-jjjj of laat het vak leeg.</source>
            <translation>De geboortedatum is geen geldige datum; schrijf hem als dd-mm-jjjj of laat het vak leeg.</translation>
        </message>
        <message>
            <source>De geboortedatum ligt in de toekomst of te ver terug; controleer het jaar.</source>
            <translation>De geboortedatum ligt in de toekomst of te ver terug; controleer het jaar.</translation>
        </message>
        <message>
            <source>Vul bij 'Dossier geopend op' een datum in, niet later dan vandaag (dd-mm-jjjj).</source>
            <translation>Vul bij 'Dossier geopend op' een datum in, niet later dan vandaag (dd-mm-jjjj).</translation>
        </message>
        <message>
            <source>Kind — Kansencirkel</source>
            <translation>Kind — Kansencirkel</translation>
        </message>
        <message>
            <source>Leg alleen vast wat het team nodig heeft. De geboortedatum is niet verplicht; die bepaalt wel wie toestemming geeft.</source>
            <translation>Leg alleen vast wat het team nodig heeft. De geboortedatum is niet verplicht; die bepaalt wel wie toestemming geeft.</translation>
        </message>
        <message>
            <source>&amp;Voornaam:</source>
            <translation>&amp;Voornaam:</translation>
        </message>
        <message>
            <source>Voornaam</source>
            <translation>Voornaam</translation>
        </message>
        <message>
            <source>&amp;Achternaam:</source>
            <translation>&amp;Achternaam:</translation>
        </message>
        <message>
            <source>Achternaam</source>
            <translation>Achternaam</translation>
        </message>
        <message>
            <source>&amp;School:</source>
            <translation>&amp;School:</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>&amp;Groep:</source>
            <translation>&amp;Groep:</translation>
        </message>
        <message>
            <source>Groep</source>
            <translation>Groep</translation>
        </message>
        <message>
            <source>Geboorte&amp;datum:</source>
            <translation>Geboorte&amp;datum:</translation>
        </message>
        <message>
            <source>Dossier geopend o&amp;p:</source>
            <translation>Dossier geopend o&amp;p:</translation>
        </message>
        <message>
            <source>Geboortedatum</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <source>Dossier geopend op</source>
            <translation>Dossier geopend op</translation>
        </message>
        <message>
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-jjjj</translation>
        </message>
        <message>
            <source>bijv. 6 of 7B</source>
            <translation>bijv. 6 of 7B</translation>
        </message>
        <message>
            <source>Mag leeg blijven. Wel nodig om te weten wie toestemming geeft (ouders, het kind of samen).</source>
            <translation>Mag leeg blijven. Wel nodig om te weten wie toestemming geeft (ouders, het kind of samen).</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Melding</translation>
        </message>
    </context>
    <context>
        <name>ChildPage</name>
        <message>
            <source>Gegevens worden geladen…</source>
            <translation>Gegevens worden geladen…</translation>
        </message>
        <message>
            <source>{n} jaar</source>
            <comment>age, one</comment>
            <translation>{n} jaar</translation>
        </message>
        <message>
            <source>{n} jaar</source>
            <comment>age, more</comment>
            <translation>{n} jaar</translation>
        </message>
        <message>
            <source>leeftijd onbekend</source>
            <translation>leeftijd onbekend</translation>
        </message>
        <message>
            <source>groep %s</source>
            <translation>groep %s</translation>
        </message>
        <message>
            <source>Afgesloten op %s</source>
            <translation>Afgesloten op %s</translation>
        </message>
        <message>
            <source>, bewaren tot %s</source>
            <translation>, bewaren tot %s</translation>
        </message>
        <message>
            <source>Actief</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Regiehouder: %s</source>
            <translation>Regiehouder: %s</translation>
        </message>
        <message>
            <source>Nog geen regiehouder</source>
            <translation>Nog geen regiehouder</translation>
        </message>
        <message>
            <source>Opslaan…</source>
            <translation>Opslaan…</translation>
        </message>
        <message>
            <source>&amp;Meting invoeren</source>
            <translation>&amp;Meting invoeren</translation>
        </message>
        <message>
            <source>Het kind of een ouder vult de eigen ster in op deze laptop</source>
            <translation>Het kind of een ouder vult de eigen ster in op deze laptop</translation>
        </message>
        <message>
            <source>Samen invu&amp;llen…</source>
            <translation>Samen invu&amp;llen…</translation>
        </message>
        <message>
            <source>Af&amp;drukken…</source>
            <translation>Af&amp;drukken…</translation>
        </message>
        <message>
            <source>AVG-inzage maken…</source>
            <translation>AVG-inzage maken…</translation>
        </message>
        <message>
            <source>Alles wat de kluis over dit kind bewaart, in een PDF en een JSON-bestand (voor een verzoek om inzage)</source>
            <translation>Alles wat de kluis over dit kind bewaart, in een PDF en een JSON-bestand (voor een verzoek om inzage)</translation>
        </message>
        <message>
            <source>Versleuteld overdragen aan school of zorg, of exporteren voor een AVG-verzoek</source>
            <translation>Versleuteld overdragen aan school of zorg, of exporteren voor een AVG-verzoek</translation>
        </message>
        <message>
            <source>Delen…</source>
            <translation>Delen…</translation>
        </message>
        <message>
            <source>&amp;Terug</source>
            <translation>&amp;Terug</translation>
        </message>
        <message>
            <source>Verder gaan</source>
            <translation>Verder gaan</translation>
        </message>
        <message>
            <source>Weggooien</source>
            <translation>Weggooien</translation>
        </message>
        <message>
            <source>Overzicht</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <source>Metingen</source>
            <translation>Metingen</translation>
        </message>
        <message>
            <source>Afspraken</source>
            <translation>Afspraken</translation>
        </message>
        <message>
            <source>Overleggen</source>
            <translation>Overleggen</translation>
        </message>
        <message>
            <source>Betrokkenen</source>
            <translation>Betrokkenen</translation>
        </message>
        <message>
            <source>Toestemming</source>
            <translation>Toestemming</translation>
        </message>
        <message>
            <source>Notities</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>Logboek</source>
            <translation>Logboek</translation>
        </message>
    </context>
    <context>
        <name>ChildrenList</name>
        <message>
            <source>Kinderen laden…</source>
            <translation>Kinderen laden…</translation>
        </message>
        <message>
            <source>Nog geen kinderen. Kies 'Kind toevoegen' om te beginnen.</source>
            <translation>Nog geen kinderen. Kies 'Kind toevoegen' om te beginnen.</translation>
        </message>
        <message>
            <source>{n} kinderen</source>
            <translation>{n} kinderen</translation>
        </message>
        <message>
            <source>{n} kind</source>
            <translation>{n} kind</translation>
        </message>
        <message>
            <source>{shown} van {n} kind</source>
            <translation>{shown} van {n} kind</translation>
        </message>
        <message>
            <source>{shown} van {n} kinderen</source>
            <translation>{shown} van {n} kinderen</translation>
        </message>
        <message>
            <source>Het dossier van {name} afsluiten? Het kind staat dan niet meer bij de actieve kinderen. Je kunt het later weer heropenen; na de bewaartermijn kan het worden gewist.</source>
            <translation>Het dossier van {name} afsluiten? Het kind staat dan niet meer bij de actieve kinderen. Je kunt het later weer heropenen; na de bewaartermijn kan het worden gewist.</translation>
        </message>
        <message>
            <source>Dossier h&amp;eropenen</source>
            <translation>Dossier h&amp;eropenen</translation>
        </message>
        <message>
            <source>Het kind staat dan weer bij de actieve kinderen.</source>
            <translation>Het kind staat dan weer bij de actieve kinderen.</translation>
        </message>
        <message>
            <source>Dossier a&amp;fsluiten</source>
            <translation>Dossier a&amp;fsluiten</translation>
        </message>
        <message>
            <source>Het kind gaat naar de afgesloten dossiers; je kunt het later heropenen. Er wordt niets gewist.</source>
            <translation>Het kind gaat naar de afgesloten dossiers; je kunt het later heropenen. Er wordt niets gewist.</translation>
        </message>
        <message>
            <source>Dossier afsluiten</source>
            <translation>Dossier afsluiten</translation>
        </message>
        <message>
            <source>&amp;Zoeken:</source>
            <translation>&amp;Zoeken:</translation>
        </message>
        <message>
            <source>Zoeken op naam, school of groep</source>
            <translation>Zoeken op naam, school of groep</translation>
        </message>
        <message>
            <source>Naam, school of groep</source>
            <translation>Naam, school of groep</translation>
        </message>
        <message>
            <source>&amp;Toon:</source>
            <translation>&amp;Toon:</translation>
        </message>
        <message>
            <source>Welke kinderen tonen</source>
            <translation>Welke kinderen tonen</translation>
        </message>
        <message>
            <source>Actief</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Afgesloten</source>
            <translation>Afgesloten</translation>
        </message>
        <message>
            <source>Alle</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Alleen kinderen die aandacht nodig hebben</source>
            <translation>Alleen kinderen die aandacht nodig hebben</translation>
        </message>
        <message>
            <source>Alleen &amp;aandacht nodig</source>
            <translation>Alleen &amp;aandacht nodig</translation>
        </message>
        <message>
            <source>Kind toevoegen</source>
            <translation>Kind toevoegen</translation>
        </message>
        <message>
            <source>Kind toe&amp;voegen…</source>
            <translation>Kind toe&amp;voegen…</translation>
        </message>
        <message>
            <source>O&amp;penen</source>
            <translation>O&amp;penen</translation>
        </message>
        <message>
            <source>Lijst met kinderen</source>
            <translation>Lijst met kinderen</translation>
        </message>
        <message>
            <source>Afspraken over de datum, een overleg dat eraan komt of een gezichtspunt dat ontbreekt of lang niet is gescoord</source>
            <translation>Afspraken over de datum, een overleg dat eraan komt of een gezichtspunt dat ontbreekt of lang niet is gescoord</translation>
        </message>
        <message>
            <source>Aantal kinderen</source>
            <translation>Aantal kinderen</translation>
        </message>
        <message>
            <source>Gekozen kind openen</source>
            <translation>Gekozen kind openen</translation>
        </message>
        <message>
            <source>Gegevens van het gekozen kind wijzigen</source>
            <translation>Gegevens van het gekozen kind wijzigen</translation>
        </message>
        <message>
            <source>&amp;Wijzigen…</source>
            <translation>&amp;Wijzigen…</translation>
        </message>
        <message>
            <source>Dossier afsluiten of heropenen</source>
            <translation>Dossier afsluiten of heropenen</translation>
        </message>
    </context>
    <context>
        <name>ChildrenModel</name>
        <message>
            <source>Naam</source>
            <extracomment>Letters that Unicode does not decompose into a base letter plus an accent.</extracomment>
            <translation>Naam</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Groep</source>
            <translation>Groep</translation>
        </message>
        <message>
            <source>Afspraken</source>
            <translation>Afspraken</translation>
        </message>
        <message>
            <source>Volgend overleg</source>
            <translation>Volgend overleg</translation>
        </message>
        <message>
            <source>Gezichtspunten</source>
            <translation>Gezichtspunten</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>afspraken over de datum: {n}</source>
            <translation>afspraken over de datum: {n}</translation>
        </message>
        <message>
            <source>overleg komt eraan of is nodig</source>
            <translation>overleg komt eraan of is nodig</translation>
        </message>
        <message>
            <source>Aandacht nodig: {why}</source>
            <translation>Aandacht nodig: {why}</translation>
        </message>
        <message>
            <source>geen open</source>
            <translation>geen open</translation>
        </message>
        <message>
            <source>{open} open, {late} over de datum</source>
            <translation>{open} open, {late} over de datum</translation>
        </message>
        <message>
            <source>{open} open</source>
            <translation>{open} open</translation>
        </message>
        <message>
            <source>nog niet gepland</source>
            <translation>nog niet gepland</translation>
        </message>
        <message>
            <source>vandaag</source>
            <translation>vandaag</translation>
        </message>
        <message>
            <source>afgesloten {day}</source>
            <translation>afgesloten {day}</translation>
        </message>
        <message>
            <source>actief</source>
            <translation>actief</translation>
        </message>
        <message>
            <source>ontbreekt: {names}</source>
            <translation>ontbreekt: {names}</translation>
        </message>
        <message>
            <source>lang geleden: {names}</source>
            <translation>lang geleden: {names}</translation>
        </message>
        <message>
            <source>compleet</source>
            <translation>compleet</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Wat jij opsloeg is nog niet bewaard. Hieronder staat wat verschilt met wat nu is opgeslagen. Kies welke versie blijft.</source>
            <translation>Wat jij opsloeg is nog niet bewaard. Hieronder staat wat verschilt met wat nu is opgeslagen. Kies welke versie blijft.</translation>
        </message>
        <message>
            <source>Blijft</source>
            <translation>Blijft</translation>
        </message>
        <message>
            <source>Welke versie blijft: %s</source>
            <translation>Welke versie blijft: %s</translation>
        </message>
        <message>
            <source>&amp;Mijn versie opslaan</source>
            <translation>&amp;Mijn versie opslaan</translation>
        </message>
        <message>
            <source>&amp;Opslaan zoals gekozen</source>
            <translation>&amp;Opslaan zoals gekozen</translation>
        </message>
        <message>
            <source>De opgeslagen versie &amp;houden</source>
            <translation>De opgeslagen versie &amp;houden</translation>
        </message>
        <message>
            <source>Wat jij opsloeg is nog niet bewaard. Hieronder staat wat verschilt met wat nu is opgeslagen. Kies per gegeven wat blijft, of in één keer een van beide versies.</source>
            <translation>Wat jij opsloeg is nog niet bewaard. Hieronder staat wat verschilt met wat nu is opgeslagen. Kies per gegeven wat blijft, of in één keer een van beide versies.</translation>
        </message>
        <message>
            <source>&amp;Terug naar mijn invoer</source>
            <translation>&amp;Terug naar mijn invoer</translation>
        </message>
        <message>
            <source>Intussen veranderd</source>
            <translation>Intussen veranderd</translation>
        </message>
        <message>
            <source>Iemand anders heeft dit intussen veranderd</source>
            <translation>Iemand anders heeft dit intussen veranderd</translation>
        </message>
        <message>
            <source>Verschillen tussen de twee versies</source>
            <translation>Verschillen tussen de twee versies</translation>
        </message>
        <message>
            <source>Gegeven</source>
            <translation>Gegeven</translation>
        </message>
        <message>
            <source>Wat jij opsloeg</source>
            <translation>Wat jij opsloeg</translation>
        </message>
        <message>
            <source>Wat nu is opgeslagen</source>
            <translation>Wat nu is opgeslagen</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Vul in wie de toestemming gaf.</source>
            <translation>Vul in wie de toestemming gaf.</translation>
        </message>
        <message>
            <source>Vink aan wat er gedeeld mag worden.</source>
            <translation>Vink aan wat er gedeeld mag worden.</translation>
        </message>
        <message>
            <source>Vink aan met wie het gedeeld mag worden.</source>
            <translation>Vink aan met wie het gedeeld mag worden.</translation>
        </message>
        <message>
            <source>De einddatum moet na de datum van geven liggen.</source>
            <translation>De einddatum moet na de datum van geven liggen.</translation>
        </message>
        <message>
            <source>Toestemming vastleggen</source>
            <translation>Toestemming vastleggen</translation>
        </message>
        <message>
            <source>&amp;Wie geeft toestemming</source>
            <translation>&amp;Wie geeft toestemming</translation>
        </message>
        <message>
            <source>Wie geeft toestemming</source>
            <translation>Wie geeft toestemming</translation>
        </message>
        <message>
            <source>&amp;Naam</source>
            <translation>&amp;Naam</translation>
        </message>
        <message>
            <source>Naam van wie toestemming geeft</source>
            <translation>Naam van wie toestemming geeft</translation>
        </message>
        <message>
            <source>Wat mag gedeeld worden</source>
            <translation>Wat mag gedeeld worden</translation>
        </message>
        <message>
            <source>Met wie</source>
            <translation>Met wie</translation>
        </message>
        <message>
            <source>&amp;Gegeven op</source>
            <translation>&amp;Gegeven op</translation>
        </message>
        <message>
            <source>Gegeven op</source>
            <translation>Gegeven op</translation>
        </message>
        <message>
            <source>Geldig &amp;tot</source>
            <translation>Geldig &amp;tot</translation>
        </message>
        <message>
            <source>Geldig tot</source>
            <translation>Geldig tot</translation>
        </message>
        <message>
            <source>Op&amp;merking</source>
            <translation>Op&amp;merking</translation>
        </message>
        <message>
            <source>Opmerking</source>
            <translation>Opmerking</translation>
        </message>
    </context>
    <context>
        <name>ElementRow</name>
        <message>
            <source>%s (toets 0)</source>
            <translation>%s (toets 0)</translation>
        </message>
        <message>
            <source>%s (toets %d)</source>
            <translation>%s (toets %d)</translation>
        </message>
        <message>
            <source>Toelichting bij %s</source>
            <translation>Toelichting bij %s</translation>
        </message>
        <message>
            <source>nog niet ingevuld</source>
            <translation>nog niet ingevuld</translation>
        </message>
        <message>
            <source>Toelichting</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <source>Toelichting bij dit gebied (mag leeg)</source>
            <translation>Toelichting bij dit gebied (mag leeg)</translation>
        </message>
    </context>
    <context>
        <name>EraseConfirmDialog</name>
        <message>
            <source>Alles over dit kind gaat uit de kluis: metingen, notities, afspraken, overleggen en toestemmingen. Dit kan niet ongedaan worden gemaakt. In het auditlog blijft alleen staan dat het dossier is gewist.</source>
            <translation>Alles over dit kind gaat uit de kluis: metingen, notities, afspraken, overleggen en toestemmingen. Dit kan niet ongedaan worden gemaakt. In het auditlog blijft alleen staan dat het dossier is gewist.</translation>
        </message>
        <message>
            <source>&amp;Definitief wissen</source>
            <translation>&amp;Definitief wissen</translation>
        </message>
        <message>
            <source>Dossier wissen</source>
            <translation>Dossier wissen</translation>
        </message>
        <message>
            <source>&amp;Ik begrijp dat wissen niet ongedaan kan worden gemaakt</source>
            <translation>&amp;Ik begrijp dat wissen niet ongedaan kan worden gemaakt</translation>
        </message>
    </context>
    <context>
        <name>EvaluationDialog</name>
        <message>
            <source>Kies of het geholpen heeft (of: weet nog niet).</source>
            <translation>Kies of het geholpen heeft (of: weet nog niet).</translation>
        </message>
        <message>
            <source>Schrijf in één zin wat het team zag.</source>
            <translation>Schrijf in één zin wat het team zag.</translation>
        </message>
        <message>
            <source>Afspraak evalueren</source>
            <translation>Afspraak evalueren</translation>
        </message>
        <message>
            <source>&amp;Metingen vóór de start en sindsdien</source>
            <translation>&amp;Metingen vóór de start en sindsdien</translation>
        </message>
        <message>
            <source>Metingen vóór de start en sindsdien</source>
            <translation>Metingen vóór de start en sindsdien</translation>
        </message>
        <message>
            <source>Ontwikkelgebied</source>
            <translation>Ontwikkelgebied</translation>
        </message>
        <message>
            <source>Vóór de start</source>
            <translation>Vóór de start</translation>
        </message>
        <message>
            <source>Sindsdien</source>
            <translation>Sindsdien</translation>
        </message>
        <message>
            <source>Gezichtspunt</source>
            <translation>Gezichtspunt</translation>
        </message>
        <message>
            <source>Heeft het geholpen?</source>
            <translation>Heeft het geholpen?</translation>
        </message>
        <message>
            <source>&amp;Ja</source>
            <translation>&amp;Ja</translation>
        </message>
        <message>
            <source>D&amp;eels</source>
            <translation>D&amp;eels</translation>
        </message>
        <message>
            <source>&amp;Nee</source>
            <translation>&amp;Nee</translation>
        </message>
        <message>
            <source>&amp;Weet nog niet</source>
            <translation>&amp;Weet nog niet</translation>
        </message>
        <message>
            <source>&amp;In één zin</source>
            <translation>&amp;In één zin</translation>
        </message>
        <message>
            <source>In één zin: wat zag het team?</source>
            <translation>In één zin: wat zag het team?</translation>
        </message>
        <message>
            <source>Wat zag het team? Bijvoorbeeld: ze speelt nu vaker buiten.</source>
            <translation>Wat zag het team? Bijvoorbeeld: ze speelt nu vaker buiten.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>4 tot 7 jaar (wordt voorgelezen)</source>
            <translation>4 tot 7 jaar (wordt voorgelezen)</translation>
        </message>
        <message>
            <source>8 tot 12 jaar</source>
            <translation>8 tot 12 jaar</translation>
        </message>
        <message>
            <source>12 jaar en ouder</source>
            <translation>12 jaar en ouder</translation>
        </message>
        <message>
            <source>&amp;Opslaan als PDF…</source>
            <translation>&amp;Opslaan als PDF…</translation>
        </message>
        <message>
            <source>Gegevens laden…</source>
            <translation>Gegevens laden…</translation>
        </message>
        <message>
            <source>Gekozen uit de geboortedatum van het kind.</source>
            <translation>Gekozen uit de geboortedatum van het kind.</translation>
        </message>
        <message>
            <source>Voor het kernteam: alle gekozen blikken, afspraken en notities, ook interne.</source>
            <translation>Voor het kernteam: alle gekozen blikken, afspraken en notities, ook interne.</translation>
        </message>
        <message>
            <source>Voor ouders, in eenvoudige taal: alleen wat de vastgelegde toestemming toelaat. Interne notities staan er nooit in.</source>
            <translation>Voor ouders, in eenvoudige taal: alleen wat de vastgelegde toestemming toelaat. Interne notities staan er nooit in.</translation>
        </message>
        <message>
            <source>Lege formulieren per blik, om vóór het overleg op papier in te vullen.</source>
            <translation>Lege formulieren per blik, om vóór het overleg op papier in te vullen.</translation>
        </message>
        <message>
            <source>Geen toestemming om deze blik met ouders te delen.</source>
            <translation>Geen toestemming om deze blik met ouders te delen.</translation>
        </message>
        <message>
            <source>Alle metingen (nieuwste per blik)</source>
            <translation>Alle metingen (nieuwste per blik)</translation>
        </message>
        <message>
            <source>Tot en met %1</source>
            <translation>Tot en met %1</translation>
        </message>
        <message>
            <source>Overzicht maken (PDF)</source>
            <translation>Overzicht maken (PDF)</translation>
        </message>
        <message>
            <source>Soort overzicht</source>
            <translation>Soort overzicht</translation>
        </message>
        <message>
            <source>&amp;Kernteamoverzicht</source>
            <translation>&amp;Kernteamoverzicht</translation>
        </message>
        <message>
            <source>Overzicht voor het o&amp;udergesprek</source>
            <translation>Overzicht voor het o&amp;udergesprek</translation>
        </message>
        <message>
            <source>&amp;Blanco invulformulier</source>
            <translation>&amp;Blanco invulformulier</translation>
        </message>
        <message>
            <source>&amp;Leeftijd op het formulier van het kind</source>
            <translation>&amp;Leeftijd op het formulier van het kind</translation>
        </message>
        <message>
            <source>Leeftijd op het formulier van het kind</source>
            <translation>Leeftijd op het formulier van het kind</translation>
        </message>
        <message>
            <source>Blikken</source>
            <translation>Blikken</translation>
        </message>
        <message>
            <source>Metingen</source>
            <translation>Metingen</translation>
        </message>
        <message>
            <source>Metingen tot en met</source>
            <translation>Metingen tot en met</translation>
        </message>
        <message>
            <source>A&amp;rchiefversie (PDF/A)</source>
            <translation>A&amp;rchiefversie (PDF/A)</translation>
        </message>
        <message>
            <source>Voor het groeidocument of OPP: een PDF die over jaren nog net zo te openen en af te drukken is (PDF/A-2b).</source>
            <translation>Voor het groeidocument of OPP: een PDF die over jaren nog net zo te openen en af te drukken is (PDF/A-2b).</translation>
        </message>
        <message>
            <source>Toestemming</source>
            <translation>Toestemming</translation>
        </message>
        <message>
            <source>Voorbeeld wordt gemaakt…</source>
            <translation>Voorbeeld wordt gemaakt…</translation>
        </message>
        <message>
            <source>Voorbeeld van de eerste pagina</source>
            <translation>Voorbeeld van de eerste pagina</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Vul de naam van het team in.</source>
            <extracomment>Roles a kernteam member typically has (parents and children never unlock the vault).</extracomment>
            <translation>Vul de naam van het team in.</translation>
        </message>
        <message>
            <source>Vul je eigen naam in.</source>
            <translation>Vul je eigen naam in.</translation>
        </message>
        <message>
            <source>De kluis wordt gemaakt…</source>
            <translation>De kluis wordt gemaakt…</translation>
        </message>
        <message>
            <source>&amp;Klaar, open Kansencirkel</source>
            <translation>&amp;Klaar, open Kansencirkel</translation>
        </message>
        <message>
            <source>Typ de laatste groep van de herstelcode over en vink het vakje aan.</source>
            <translation>Typ de laatste groep van de herstelcode over en vink het vakje aan.</translation>
        </message>
        <message>
            <source>Nieuwe kluis — Kansencirkel</source>
            <translation>Nieuwe kluis — Kansencirkel</translation>
        </message>
        <message>
            <source>Welkom bij Kansencirkel</source>
            <translation>Welkom bij Kansencirkel</translation>
        </message>
        <message>
            <source>Alle gegevens over kinderen staan versleuteld in een kluis op deze computer. Maak de kluis voor jullie kernteam en kies een wachtwoord voor jezelf; andere teamleden voeg je later toe.</source>
            <translation>Alle gegevens over kinderen staan versleuteld in een kluis op deze computer. Maak de kluis voor jullie kernteam en kies een wachtwoord voor jezelf; andere teamleden voeg je later toe.</translation>
        </message>
        <message>
            <source>Waarschuwing over de plek van de kluis</source>
            <translation>Waarschuwing over de plek van de kluis</translation>
        </message>
        <message>
            <source>Naam van het &amp;team:</source>
            <translation>Naam van het &amp;team:</translation>
        </message>
        <message>
            <source>Naam van het team</source>
            <translation>Naam van het team</translation>
        </message>
        <message>
            <source>bijvoorbeeld Kernteam De Regenboog</source>
            <translation>bijvoorbeeld Kernteam De Regenboog</translation>
        </message>
        <message>
            <source>&amp;Jouw naam:</source>
            <translation>&amp;Jouw naam:</translation>
        </message>
        <message>
            <source>Jouw naam</source>
            <translation>Jouw naam</translation>
        </message>
        <message>
            <source>Jouw &amp;rol:</source>
            <translation>Jouw &amp;rol:</translation>
        </message>
        <message>
            <source>Jouw rol</source>
            <translation>Jouw rol</translation>
        </message>
        <message>
            <source>&amp;Wachtwoord:</source>
            <translation>&amp;Wachtwoord:</translation>
        </message>
        <message>
            <source>Wachtwoord</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <source>&amp;Nog een keer:</source>
            <translation>&amp;Nog een keer:</translation>
        </message>
        <message>
            <source>Wachtwoord herhalen</source>
            <translation>Wachtwoord herhalen</translation>
        </message>
        <message>
            <source>Sterkte van het wachtwoord</source>
            <translation>Sterkte van het wachtwoord</translation>
        </message>
        <message>
            <source>Wachtwoordbeheer van het systeem</source>
            <translation>Wachtwoordbeheer van het systeem</translation>
        </message>
        <message>
            <source>laatste 4 tekens</source>
            <translation>laatste 4 tekens</translation>
        </message>
        <message>
            <source>Jullie herstelcode</source>
            <translation>Jullie herstelcode</translation>
        </message>
        <message>
            <source>Met deze code open je de kluis als iemand het wachtwoord vergeet of als de computer vervangen wordt. De code wordt maar één keer getoond. Druk hem af of schrijf hem op, en geef hem aan de privacyverantwoordelijke van de school.</source>
            <translation>Met deze code open je de kluis als iemand het wachtwoord vergeet of als de computer vervangen wordt. De code wordt maar één keer getoond. Druk hem af of schrijf hem op, en geef hem aan de privacyverantwoordelijke van de school.</translation>
        </message>
        <message>
            <source>Herstelcode</source>
            <translation>Herstelcode</translation>
        </message>
        <message>
            <source>Herstelcode afdrukken</source>
            <translation>Herstelcode afdrukken</translation>
        </message>
        <message>
            <source>A&amp;fdrukken…</source>
            <translation>A&amp;fdrukken…</translation>
        </message>
        <message>
            <source>Herstelcode kopiëren</source>
            <translation>Herstelcode kopiëren</translation>
        </message>
        <message>
            <source>Ko&amp;piëren</source>
            <translation>Ko&amp;piëren</translation>
        </message>
        <message>
            <source>&amp;Laatste groep ter controle:</source>
            <translation>&amp;Laatste groep ter controle:</translation>
        </message>
        <message>
            <source>Laatste groep van de herstelcode</source>
            <translation>Laatste groep van de herstelcode</translation>
        </message>
        <message>
            <source>Ik heb de herstelcode afgedrukt of opgeschreven en bewaar hem op een veilige plek.</source>
            <translation>Ik heb de herstelcode afgedrukt of opgeschreven en bewaar hem op een veilige plek.</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Melding</translation>
        </message>
        <message>
            <source>&amp;Annuleren</source>
            <translation>&amp;Annuleren</translation>
        </message>
        <message>
            <source>&amp;Kluis maken</source>
            <translation>&amp;Kluis maken</translation>
        </message>
    </context>
    <context>
        <name>HandoverImportDialog</name>
        <message>
            <source>Het kind</source>
            <translation>Het kind</translation>
        </message>
        <message>
            <source>Betrokkene</source>
            <translation>Betrokkene</translation>
        </message>
        <message>
            <source>Meting</source>
            <translation>Meting</translation>
        </message>
        <message>
            <source>Overleg</source>
            <translation>Overleg</translation>
        </message>
        <message>
            <source>Afspraak</source>
            <translation>Afspraak</translation>
        </message>
        <message>
            <source>Notitie</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Toestemming</source>
            <translation>Toestemming</translation>
        </message>
        <message>
            <source>&amp;Inlezen</source>
            <translation>&amp;Inlezen</translation>
        </message>
        <message>
            <source>Kies het overdrachtsbestand en typ de code die je telefonisch kreeg.</source>
            <translation>Kies het overdrachtsbestand en typ de code die je telefonisch kreeg.</translation>
        </message>
        <message>
            <source>Overdracht kiezen</source>
            <translation>Overdracht kiezen</translation>
        </message>
        <message>
            <source>Overdracht (*.kcx)</source>
            <translation>Overdracht (*.kcx)</translation>
        </message>
        <message>
            <source>Kies eerst het overdrachtsbestand.</source>
            <translation>Kies eerst het overdrachtsbestand.</translation>
        </message>
        <message>
            <source>Overdracht openen…</source>
            <translation>Overdracht openen…</translation>
        </message>
        <message>
            <source>{name}: nieuw in deze kluis.</source>
            <translation>{name}: nieuw in deze kluis.</translation>
        </message>
        <message>
            <source>{name}: {added} toegevoegd, {updated} bijgewerkt, {kept} blijft zoals hier (hier nieuwer).</source>
            <translation>{name}: {added} toegevoegd, {updated} bijgewerkt, {kept} blijft zoals hier (hier nieuwer).</translation>
        </message>
        <message>
            <source>Alles uit deze overdracht staat al in de kluis.</source>
            <translation>Alles uit deze overdracht staat al in de kluis.</translation>
        </message>
        <message>
            <source>Welke versie blijft</source>
            <translation>Welke versie blijft</translation>
        </message>
        <message>
            <source>Deze kluis</source>
            <translation>Deze kluis</translation>
        </message>
        <message>
            <source>De overdracht</source>
            <translation>De overdracht</translation>
        </message>
        <message>
            <source>Kies…</source>
            <translation>Kies…</translation>
        </message>
        <message>
            <source>Kies bij elk conflict welke versie blijft.</source>
            <translation>Kies bij elk conflict welke versie blijft.</translation>
        </message>
        <message>
            <source>Overdracht inlezen…</source>
            <translation>Overdracht inlezen…</translation>
        </message>
        <message>
            <source>Overdracht inlezen — Kansencirkel</source>
            <translation>Overdracht inlezen — Kansencirkel</translation>
        </message>
        <message>
            <source>&amp;Bestand:</source>
            <translation>&amp;Bestand:</translation>
        </message>
        <message>
            <source>Gekozen overdrachtsbestand</source>
            <translation>Gekozen overdrachtsbestand</translation>
        </message>
        <message>
            <source>&amp;Kiezen…</source>
            <translation>&amp;Kiezen…</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Code:</translation>
        </message>
        <message>
            <source>Code van de overdracht</source>
            <translation>Code van de overdracht</translation>
        </message>
        <message>
            <source>zes groepjes van vier tekens, zoals doorgegeven</source>
            <translation>zes groepjes van vier tekens, zoals doorgegeven</translation>
        </message>
        <message>
            <source>&amp;Openen</source>
            <translation>&amp;Openen</translation>
        </message>
        <message>
            <source>Op beide plekken gewijzigd; kies per regel welke versie blijft:</source>
            <translation>Op beide plekken gewijzigd; kies per regel welke versie blijft:</translation>
        </message>
        <message>
            <source>Conflicten</source>
            <translation>Conflicten</translation>
        </message>
        <message>
            <source>Wat</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>In deze kluis</source>
            <translation>In deze kluis</translation>
        </message>
        <message>
            <source>In de overdracht</source>
            <translation>In de overdracht</translation>
        </message>
        <message>
            <source>Blijft</source>
            <translation>Blijft</translation>
        </message>
    </context>
    <context>
        <name>HandoverMenu</name>
        <message>
            <source>Overdracht &amp;inlezen…</source>
            <translation>Overdracht &amp;inlezen…</translation>
        </message>
        <message>
            <source>Een versleuteld overdrachtsbestand (.kcx) inlezen</source>
            <translation>Een versleuteld overdrachtsbestand (.kcx) inlezen</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>Handleiding — Kansencirkel</source>
            <translation>Handleiding — Kansencirkel</translation>
        </message>
        <message>
            <source>Onderwerpen van de handleiding</source>
            <translation>Onderwerpen van de handleiding</translation>
        </message>
        <message>
            <source>Tekst van de handleiding</source>
            <translation>Tekst van de handleiding</translation>
        </message>
        <message>
            <source>← &amp;Terug</source>
            <translation>← &amp;Terug</translation>
        </message>
        <message>
            <source>Vorige pagina (Alt+←)</source>
            <translation>Vorige pagina (Alt+←)</translation>
        </message>
        <message>
            <source>&amp;Vooruit →</source>
            <translation>&amp;Vooruit →</translation>
        </message>
        <message>
            <source>Volgende pagina (Alt+→)</source>
            <translation>Volgende pagina (Alt+→)</translation>
        </message>
        <message>
            <source>&amp;Sluiten</source>
            <translation>&amp;Sluiten</translation>
        </message>
        <message>
            <source>Handleiding sluiten (Esc)</source>
            <translation>Handleiding sluiten (Esc)</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Geschiedenis</source>
            <translation>Geschiedenis</translation>
        </message>
    </context>
    <context>
        <name>InzageFlow</name>
        <message>
            <source>Map kiezen voor de AVG-inzage</source>
            <translation>Map kiezen voor de AVG-inzage</translation>
        </message>
        <message>
            <source>AVG-inzage wordt gemaakt…</source>
            <translation>AVG-inzage wordt gemaakt…</translation>
        </message>
        <message>
            <source>AVG-inzage gemaakt</source>
            <translation>AVG-inzage gemaakt</translation>
        </message>
        <message>
            <source>De AVG-inzage is opgeslagen in deze map:
%1

De twee bestanden:
%2
%3

Deze bestanden zijn niet versleuteld en bevatten persoonsgegevens van een kind. Geef ze alleen aan wie erom vroeg, en verwijder ze daarna.</source>
            <translation>De AVG-inzage is opgeslagen in deze map:
%1

De twee bestanden:
%2
%3

Deze bestanden zijn niet versleuteld en bevatten persoonsgegevens van een kind. Geef ze alleen aan wie erom vroeg, en verwijder ze daarna.</translation>
        </message>
        <message>
            <source>PDF &amp;openen</source>
            <translation>PDF &amp;openen</translation>
        </message>
        <message>
            <source>AVG-inzage niet gemaakt</source>
            <translation>AVG-inzage niet gemaakt</translation>
        </message>
    </context>
    <context>
        <name>KindsDialog</name>
        <message>
            <source>&amp;Sluiten</source>
            <translation>&amp;Sluiten</translation>
        </message>
        <message>
            <source>%1 (uit gebruik)</source>
            <translation>%1 (uit gebruik)</translation>
        </message>
        <message>
            <source>&amp;Weer in gebruik nemen</source>
            <translation>&amp;Weer in gebruik nemen</translation>
        </message>
        <message>
            <source>&amp;Uit gebruik nemen</source>
            <translation>&amp;Uit gebruik nemen</translation>
        </message>
        <message>
            <source>Soorten afspraken</source>
            <translation>Soorten afspraken</translation>
        </message>
        <message>
            <source>De soorten afspraken van deze kluis. Een soort die uit gebruik is, blijft staan bij de afspraken die hem al hebben en telt mee in Wat werkt, maar is niet meer te kiezen voor een nieuwe afspraak.</source>
            <translation>De soorten afspraken van deze kluis. Een soort die uit gebruik is, blijft staan bij de afspraken die hem al hebben en telt mee in Wat werkt, maar is niet meer te kiezen voor een nieuwe afspraak.</translation>
        </message>
        <message>
            <source>Soorten in deze &amp;kluis</source>
            <translation>Soorten in deze &amp;kluis</translation>
        </message>
        <message>
            <source>&amp;Naam</source>
            <translation>&amp;Naam</translation>
        </message>
        <message>
            <source>Naam van de soort afspraak</source>
            <translation>Naam van de soort afspraak</translation>
        </message>
        <message>
            <source>Bijvoorbeeld: Inzet buurtcoach</source>
            <translation>Bijvoorbeeld: Inzet buurtcoach</translation>
        </message>
        <message>
            <source>&amp;Toevoegen</source>
            <translation>&amp;Toevoegen</translation>
        </message>
        <message>
            <source>&amp;Hernoemen</source>
            <translation>&amp;Hernoemen</translation>
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <source>Kansencirkel is vergrendeld.</source>
            <translation>Kansencirkel is vergrendeld.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Ingelogd teamlid</source>
            <translation>Ingelogd teamlid</translation>
        </message>
        <message>
            <source>{team} — Kansencirkel</source>
            <translation>{team} — Kansencirkel</translation>
        </message>
        <message>
            <source>Ingelogd als {name} ({role})</source>
            <translation>Ingelogd als {name} ({role})</translation>
        </message>
        <message>
            <source>Wachtwoordbeheer van het systeem</source>
            <translation>Wachtwoordbeheer van het systeem</translation>
        </message>
        <message>
            <source>Teamserver</source>
            <translation>Teamserver</translation>
        </message>
        <message>
            <source>Op een teamserver beheert de beheerder de leden en wachtwoordzinnen met 'kansencirkel team member'.</source>
            <translation>Op een teamserver beheert de beheerder de leden en wachtwoordzinnen met 'kansencirkel team member'.</translation>
        </message>
        <message>
            <source>De verbinding met de teamserver is weg; de app maakt hem vanzelf weer. Wat je typt blijft bewaard (een meting versleuteld op deze laptop); opslaan kan weer zodra de verbinding terug is.</source>
            <translation>De verbinding met de teamserver is weg; de app maakt hem vanzelf weer. Wat je typt blijft bewaard (een meting versleuteld op deze laptop); opslaan kan weer zodra de verbinding terug is.</translation>
        </message>
        <message>
            <source>Er staan vandaag geen kinderen op de agenda; kies eerst een kind in de lijst.</source>
            <translation>Er staan vandaag geen kinderen op de agenda; kies eerst een kind in de lijst.</translation>
        </message>
        <message>
            <source>Je nieuwe wachtwoord is opgeslagen.</source>
            <translation>Je nieuwe wachtwoord is opgeslagen.</translation>
        </message>
        <message>
            <source>Reservekopie gemaakt in {folder}</source>
            <translation>Reservekopie gemaakt in {folder}</translation>
        </message>
        <message>
            <source>Reservekopie maken…</source>
            <translation>Reservekopie maken…</translation>
        </message>
        <message>
            <source>Demo-melding</source>
            <translation>Demo-melding</translation>
        </message>
        <message>
            <source>DEMO — fictieve gegevens</source>
            <translation>DEMO — fictieve gegevens</translation>
        </message>
        <message>
            <source>Inhoud</source>
            <translation>Inhoud</translation>
        </message>
        <message>
            <source>&amp;Bestand</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Kluis</source>
            <translation>&amp;Kluis</translation>
        </message>
        <message>
            <source>&amp;Overleg</source>
            <translation>&amp;Overleg</translation>
        </message>
        <message>
            <source>&amp;Instellingen</source>
            <translation>&amp;Instellingen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Statusbalk</source>
            <translation>Statusbalk</translation>
        </message>
        <message>
            <source>&amp;Nieuw kind…</source>
            <translation>&amp;Nieuw kind…</translation>
        </message>
        <message>
            <source>Kind &amp;openen</source>
            <translation>Kind &amp;openen</translation>
        </message>
        <message>
            <source>&amp;Afsluiten</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Vergrendelen</source>
            <translation>&amp;Vergrendelen</translation>
        </message>
        <message>
            <source>&amp;Team…</source>
            <translation>&amp;Team…</translation>
        </message>
        <message>
            <source>&amp;Mijn wachtwoord wijzigen…</source>
            <translation>&amp;Mijn wachtwoord wijzigen…</translation>
        </message>
        <message>
            <source>Nieuwe &amp;herstelcode maken…</source>
            <translation>Nieuwe &amp;herstelcode maken…</translation>
        </message>
        <message>
            <source>Maak een nieuwe herstelcode; de oude werkt daarna niet meer</source>
            <translation>Maak een nieuwe herstelcode; de oude werkt daarna niet meer</translation>
        </message>
        <message>
            <source>&amp;Reservekopie maken</source>
            <translation>&amp;Reservekopie maken</translation>
        </message>
        <message>
            <source>&amp;Overlegmodus</source>
            <translation>&amp;Overlegmodus</translation>
        </message>
        <message>
            <source>&amp;Agenda afdrukken…</source>
            <translation>&amp;Agenda afdrukken…</translation>
        </message>
        <message>
            <source>&amp;Wat werkt…</source>
            <translation>&amp;Wat werkt…</translation>
        </message>
        <message>
            <source>&amp;Instellingen…</source>
            <translation>&amp;Instellingen…</translation>
        </message>
        <message>
            <source>&amp;Handleiding</source>
            <translation>&amp;Handleiding</translation>
        </message>
        <message>
            <source>&amp;Over Kansencirkel</source>
            <translation>&amp;Over Kansencirkel</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>Overleg plannen</source>
            <translation>Overleg plannen</translation>
        </message>
        <message>
            <source>Overleg markeren als gehouden</source>
            <translation>Overleg markeren als gehouden</translation>
        </message>
        <message>
            <source>Overleg</source>
            <translation>Overleg</translation>
        </message>
        <message>
            <source>Overleg vastleggen</source>
            <translation>Overleg vastleggen</translation>
        </message>
        <message>
            <source>Vink aan of vul in wie er bij waren.</source>
            <translation>Vink aan of vul in wie er bij waren.</translation>
        </message>
        <message>
            <source>Het volgende overleg ligt vóór dit overleg; kies een latere datum.</source>
            <translation>Het volgende overleg ligt vóór dit overleg; kies een latere datum.</translation>
        </message>
        <message>
            <source>&amp;Datum</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>Datum van het overleg</source>
            <translation>Datum van het overleg</translation>
        </message>
        <message>
            <source>&amp;Soort</source>
            <translation>&amp;Soort</translation>
        </message>
        <message>
            <source>Soort overleg</source>
            <translation>Soort overleg</translation>
        </message>
        <message>
            <source>A&amp;anwezig</source>
            <translation>A&amp;anwezig</translation>
        </message>
        <message>
            <source>Aanwezig</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <source>Namen, gescheiden door komma's</source>
            <translation>Namen, gescheiden door komma's</translation>
        </message>
        <message>
            <source>Andere aanwezigen</source>
            <translation>Andere aanwezigen</translation>
        </message>
        <message>
            <source>Sa&amp;menvatting</source>
            <translation>Sa&amp;menvatting</translation>
        </message>
        <message>
            <source>Samenvatting</source>
            <translation>Samenvatting</translation>
        </message>
        <message>
            <source>&amp;Besluiten</source>
            <translation>&amp;Besluiten</translation>
        </message>
        <message>
            <source>Besluiten</source>
            <translation>Besluiten</translation>
        </message>
        <message>
            <source>&amp;Volgend overleg op</source>
            <translation>&amp;Volgend overleg op</translation>
        </message>
        <message>
            <source>Volgend overleg op</source>
            <translation>Volgend overleg op</translation>
        </message>
        <message>
            <source>Ande&amp;ren</source>
            <translation>Ande&amp;ren</translation>
        </message>
    </context>
    <context>
        <name>MeetingMode</name>
        <message>
            <source>Overlegmodus</source>
            <translation>Overlegmodus</translation>
        </message>
        <message>
            <source>← Vorige</source>
            <translation>← Vorige</translation>
        </message>
        <message>
            <source>Vorig kind (pijl links)</source>
            <translation>Vorig kind (pijl links)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Volgende →</source>
            <translation>Volgende →</translation>
        </message>
        <message>
            <source>Volgend kind (pijl rechts)</source>
            <translation>Volgend kind (pijl rechts)</translation>
        </message>
        <message>
            <source>Wat gaat goed, gespreksonderwerpen en open afspraken</source>
            <translation>Wat gaat goed, gespreksonderwerpen en open afspraken</translation>
        </message>
        <message>
            <source>← → vorig of volgend kind · ↑ ↓ tekst schuiven · I initialen · Esc sluiten</source>
            <translation>← → vorig of volgend kind · ↑ ↓ tekst schuiven · I initialen · Esc sluiten</translation>
        </message>
        <message>
            <source>Alleen &amp;initialen (I)</source>
            <translation>Alleen &amp;initialen (I)</translation>
        </message>
        <message>
            <source>Sluiten (Esc)</source>
            <translation>Sluiten (Esc)</translation>
        </message>
    </context>
    <context>
        <name>MeetingModeWindow</name>
        <message>
            <source>Er staan vandaag geen kinderen op de agenda.</source>
            <translation>Er staan vandaag geen kinderen op de agenda.</translation>
        </message>
        <message>
            <source>Kind %1 van %2</source>
            <translation>Kind %1 van %2</translation>
        </message>
        <message>
            <source>Bezig met laden…</source>
            <translation>Bezig met laden…</translation>
        </message>
        <message>
            <source>Kind laden…</source>
            <translation>Kind laden…</translation>
        </message>
    </context>
    <context>
        <name>MenuExtras</name>
        <message>
            <source>De nieuwe herstelcode is in gebruik; de oude werkt niet meer.</source>
            <translation>De nieuwe herstelcode is in gebruik; de oude werkt niet meer.</translation>
        </message>
    </context>
    <context>
        <name>NewRecoveryDialog</name>
        <message>
            <source>Typ eerst je wachtwoord.</source>
            <translation>Typ eerst je wachtwoord.</translation>
        </message>
        <message>
            <source>Bezig…</source>
            <translation>Bezig…</translation>
        </message>
        <message>
            <source>&amp;Nieuwe code in gebruik nemen</source>
            <translation>&amp;Nieuwe code in gebruik nemen</translation>
        </message>
        <message>
            <source>Typ de laatste groep van de herstelcode over en vink het vakje aan.</source>
            <translation>Typ de laatste groep van de herstelcode over en vink het vakje aan.</translation>
        </message>
        <message>
            <source>Nieuwe herstelcode opslaan…</source>
            <translation>Nieuwe herstelcode opslaan…</translation>
        </message>
        <message>
            <source>Nieuwe herstelcode — Kansencirkel</source>
            <translation>Nieuwe herstelcode — Kansencirkel</translation>
        </message>
        <message>
            <source>Nieuwe herstelcode maken</source>
            <translation>Nieuwe herstelcode maken</translation>
        </message>
        <message>
            <source>Je krijgt een nieuwe herstelcode. Zodra je hem hebt bewaard, werkt de oude herstelcode niet meer: vernietig dan het oude blad. Doe dit als de oude code kwijt is of als iemand anders hem heeft gezien.</source>
            <translation>Je krijgt een nieuwe herstelcode. Zodra je hem hebt bewaard, werkt de oude herstelcode niet meer: vernietig dan het oude blad. Doe dit als de oude code kwijt is of als iemand anders hem heeft gezien.</translation>
        </message>
        <message>
            <source>Je &amp;wachtwoord:</source>
            <translation>Je &amp;wachtwoord:</translation>
        </message>
        <message>
            <source>Je wachtwoord, ter controle</source>
            <translation>Je wachtwoord, ter controle</translation>
        </message>
        <message>
            <source>Ter controle dat jij het bent die de herstelcode vervangt.</source>
            <translation>Ter controle dat jij het bent die de herstelcode vervangt.</translation>
        </message>
        <message>
            <source>Jullie nieuwe herstelcode</source>
            <translation>Jullie nieuwe herstelcode</translation>
        </message>
        <message>
            <source>De code wordt maar één keer getoond. Druk hem af of schrijf hem op, en geef hem aan de privacyverantwoordelijke van de school. Pas als je hieronder bevestigt, vervangt hij de oude code.</source>
            <translation>De code wordt maar één keer getoond. Druk hem af of schrijf hem op, en geef hem aan de privacyverantwoordelijke van de school. Pas als je hieronder bevestigt, vervangt hij de oude code.</translation>
        </message>
        <message>
            <source>Nieuwe herstelcode</source>
            <translation>Nieuwe herstelcode</translation>
        </message>
        <message>
            <source>Herstelcode afdrukken</source>
            <translation>Herstelcode afdrukken</translation>
        </message>
        <message>
            <source>A&amp;fdrukken…</source>
            <translation>A&amp;fdrukken…</translation>
        </message>
        <message>
            <source>Herstelcode kopiëren</source>
            <translation>Herstelcode kopiëren</translation>
        </message>
        <message>
            <source>&amp;Kopiëren</source>
            <translation>&amp;Kopiëren</translation>
        </message>
        <message>
            <source>&amp;Laatste groep ter controle:</source>
            <translation>&amp;Laatste groep ter controle:</translation>
        </message>
        <message>
            <source>Laatste groep van de herstelcode</source>
            <translation>Laatste groep van de herstelcode</translation>
        </message>
        <message>
            <source>laatste 4 tekens</source>
            <translation>laatste 4 tekens</translation>
        </message>
        <message>
            <source>Ik heb de nieuwe herstelcode afgedrukt of opgeschreven en bewaar hem op een veilige plek.</source>
            <translation>Ik heb de nieuwe herstelcode afgedrukt of opgeschreven en bewaar hem op een veilige plek.</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Melding</translation>
        </message>
        <message>
            <source>&amp;Annuleren</source>
            <translation>&amp;Annuleren</translation>
        </message>
        <message>
            <source>&amp;Nieuwe code maken</source>
            <translation>&amp;Nieuwe code maken</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Notitie bewerken</source>
            <translation>Notitie bewerken</translation>
        </message>
        <message>
            <source>Schrijf eerst de notitie.</source>
            <translation>Schrijf eerst de notitie.</translation>
        </message>
        <message>
            <source>Er is niets gewijzigd aan de notitie.</source>
            <translation>Er is niets gewijzigd aan de notitie.</translation>
        </message>
        <message>
            <source>Vul in waarom de notitie verandert; de oude versie blijft bewaard.</source>
            <translation>Vul in waarom de notitie verandert; de oude versie blijft bewaard.</translation>
        </message>
        <message>
            <source>Notitie</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>&amp;Datum</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>&amp;Tekst</source>
            <translation>&amp;Tekst</translation>
        </message>
        <message>
            <source>Tekst van de notitie</source>
            <translation>Tekst van de notitie</translation>
        </message>
        <message>
            <source>Ontwikkelgebied(en)</source>
            <translation>Ontwikkelgebied(en)</translation>
        </message>
        <message>
            <source>&amp;Intern (alleen het team)</source>
            <translation>&amp;Intern (alleen het team)</translation>
        </message>
        <message>
            <source>De&amp;elbaar (mag met ouders gedeeld worden)</source>
            <translation>De&amp;elbaar (mag met ouders gedeeld worden)</translation>
        </message>
        <message>
            <source>&amp;Reden van de wijziging</source>
            <translation>&amp;Reden van de wijziging</translation>
        </message>
        <message>
            <source>Reden van de wijziging</source>
            <translation>Reden van de wijziging</translation>
        </message>
        <message>
            <source>Waarom? Dit blijft bij de geschiedenis bewaard.</source>
            <translation>Waarom? Dit blijft bij de geschiedenis bewaard.</translation>
        </message>
    </context>
    <context>
        <name>NotesSection</name>
        <message>
            <source>De notitie wordt intern: alleen het team ziet haar nog, en ze staat niet meer in het overzicht voor ouders.</source>
            <translation>De notitie wordt intern: alleen het team ziet haar nog, en ze staat niet meer in het overzicht voor ouders.</translation>
        </message>
        <message>
            <source>De notitie wordt deelbaar: ze mag in het overzicht voor ouders staan (als er toestemming is).</source>
            <translation>De notitie wordt deelbaar: ze mag in het overzicht voor ouders staan (als er toestemming is).</translation>
        </message>
        <message>
            <source>Zichtbaarheid wijzigen</source>
            <translation>Zichtbaarheid wijzigen</translation>
        </message>
        <message>
            <source>Maak intern</source>
            <translation>Maak intern</translation>
        </message>
        <message>
            <source>Maak deelbaar</source>
            <translation>Maak deelbaar</translation>
        </message>
        <message>
            <source>Notitie van %1: “%2”</source>
            <translation>Notitie van %1: “%2”</translation>
        </message>
        <message>
            <source>Notitie verwijderen</source>
            <translation>Notitie verwijderen</translation>
        </message>
        <message>
            <source>De notitie verdwijnt uit het dossier en uit de overzichten. In het logboek blijft staan wie haar verwijderde, wanneer.</source>
            <translation>De notitie verdwijnt uit het dossier en uit de overzichten. In het logboek blijft staan wie haar verwijderde, wanneer.</translation>
        </message>
        <message>
            <source>&amp;Verwijderen</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <source>Geschiedenis van de notitie</source>
            <translation>Geschiedenis van de notitie</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Typ eerst je huidige wachtwoord.</source>
            <translation>Typ eerst je huidige wachtwoord.</translation>
        </message>
        <message>
            <source>Bezig…</source>
            <translation>Bezig…</translation>
        </message>
        <message>
            <source>Nieuw wachtwoord opslaan…</source>
            <translation>Nieuw wachtwoord opslaan…</translation>
        </message>
        <message>
            <source>Mijn wachtwoord wijzigen — Kansencirkel</source>
            <translation>Mijn wachtwoord wijzigen — Kansencirkel</translation>
        </message>
        <message>
            <source>&amp;Huidig wachtwoord:</source>
            <translation>&amp;Huidig wachtwoord:</translation>
        </message>
        <message>
            <source>Huidig wachtwoord</source>
            <translation>Huidig wachtwoord</translation>
        </message>
        <message>
            <source>&amp;Nieuw wachtwoord:</source>
            <translation>&amp;Nieuw wachtwoord:</translation>
        </message>
        <message>
            <source>Nieuw wachtwoord</source>
            <translation>Nieuw wachtwoord</translation>
        </message>
        <message>
            <source>N&amp;og een keer:</source>
            <translation>N&amp;og een keer:</translation>
        </message>
        <message>
            <source>Nieuw wachtwoord herhalen</source>
            <translation>Nieuw wachtwoord herhalen</translation>
        </message>
        <message>
            <source>Sterkte van het wachtwoord</source>
            <translation>Sterkte van het wachtwoord</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Melding</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Nieuwe persoon</source>
            <translation>Nieuwe persoon</translation>
        </message>
        <message>
            <source>Betrokkene wijzigen</source>
            <translation>Betrokkene wijzigen</translation>
        </message>
        <message>
            <source>Betrokkene toevoegen</source>
            <translation>Betrokkene toevoegen</translation>
        </message>
        <message>
            <source>Vul een naam in.</source>
            <translation>Vul een naam in.</translation>
        </message>
        <message>
            <source>Dit e-mailadres klopt niet; controleer het apenstaartje (@).</source>
            <translation>Dit e-mailadres klopt niet; controleer het apenstaartje (@).</translation>
        </message>
        <message>
            <source>Betrokkene</source>
            <translation>Betrokkene</translation>
        </message>
        <message>
            <source>Bestaande persoon of nieuw</source>
            <translation>Bestaande persoon of nieuw</translation>
        </message>
        <message>
            <source>&amp;Naam</source>
            <translation>&amp;Naam</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>&amp;Rol</source>
            <translation>&amp;Rol</translation>
        </message>
        <message>
            <source>Rol</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Or&amp;ganisatie</source>
            <translation>Or&amp;ganisatie</translation>
        </message>
        <message>
            <source>Regie&amp;houder voor dit kind</source>
            <translation>Regie&amp;houder voor dit kind</translation>
        </message>
        <message>
            <source>Organisatie</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>&amp;Telefoon</source>
            <translation>&amp;Telefoon</translation>
        </message>
        <message>
            <source>Telefoon</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>&amp;Kies iemand</source>
            <translation>&amp;Kies iemand</translation>
        </message>
    </context>
    <context>
        <name>PulseDialog</name>
        <message>
            <source>Kies bij elke vraag een antwoord (of: weet niet).</source>
            <translation>Kies bij elke vraag een antwoord (of: weet niet).</translation>
        </message>
        <message>
            <source>Hoe ging de samenwerking?</source>
            <translation>Hoe ging de samenwerking?</translation>
        </message>
        <message>
            <source>Een korte terugblik op dit overleg, per kant — nooit per persoon. Alles is vrijwillig.</source>
            <translation>Een korte terugblik op dit overleg, per kant — nooit per persoon. Alles is vrijwillig.</translation>
        </message>
        <message>
            <source>&amp;Kant</source>
            <translation>&amp;Kant</translation>
        </message>
        <message>
            <source>Kant</source>
            <translation>Kant</translation>
        </message>
        <message>
            <source>Waren de &amp;juiste mensen erbij?</source>
            <translation>Waren de &amp;juiste mensen erbij?</translation>
        </message>
        <message>
            <source>Waren de juiste mensen erbij</source>
            <translation>Waren de juiste mensen erbij</translation>
        </message>
        <message>
            <source>Toelichting: waren de juiste mensen erbij</source>
            <translation>Toelichting: waren de juiste mensen erbij</translation>
        </message>
        <message>
            <source>In één zin: waarom?</source>
            <translation>In één zin: waarom?</translation>
        </message>
        <message>
            <source>Is duidelijk wie wat doet (&amp;regie)?</source>
            <translation>Is duidelijk wie wat doet (&amp;regie)?</translation>
        </message>
        <message>
            <source>Is duidelijk wie wat doet</source>
            <translation>Is duidelijk wie wat doet</translation>
        </message>
        <message>
            <source>Toelichting: is duidelijk wie wat doet</source>
            <translation>Toelichting: is duidelijk wie wat doet</translation>
        </message>
        <message>
            <source>Hebben we volgende &amp;stappen afgesproken?</source>
            <translation>Hebben we volgende &amp;stappen afgesproken?</translation>
        </message>
        <message>
            <source>Hebben we volgende stappen afgesproken</source>
            <translation>Hebben we volgende stappen afgesproken</translation>
        </message>
        <message>
            <source>Toelichting: hebben we volgende stappen afgesproken</source>
            <translation>Toelichting: hebben we volgende stappen afgesproken</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Vul een reden in; die blijft bij de geschiedenis.</source>
            <translation>Vul een reden in; die blijft bij de geschiedenis.</translation>
        </message>
        <message>
            <source>Reden</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>&amp;Reden</source>
            <translation>&amp;Reden</translation>
        </message>
        <message>
            <source>Waarom? Dit blijft bij de geschiedenis bewaard.</source>
            <translation>Waarom? Dit blijft bij de geschiedenis bewaard.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeCheck</name>
        <message>
            <source>Gekopieerd. Plak de code niet in een mail of chat; print of schrijf hem op.</source>
            <translation>Gekopieerd. Plak de code niet in een mail of chat; print of schrijf hem op.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Typ eerst de herstelcode.</source>
            <translation>Typ eerst de herstelcode.</translation>
        </message>
        <message>
            <source>&amp;Opslaan en openen</source>
            <translation>&amp;Opslaan en openen</translation>
        </message>
        <message>
            <source>Nieuw wachtwoord opslaan…</source>
            <translation>Nieuw wachtwoord opslaan…</translation>
        </message>
        <message>
            <source>Openen met de herstelcode — Kansencirkel</source>
            <translation>Openen met de herstelcode — Kansencirkel</translation>
        </message>
        <message>
            <source>Typ de herstelcode die bij het maken van de kluis is afgedrukt of opgeschreven. Daarna kies je een nieuw wachtwoord.</source>
            <translation>Typ de herstelcode die bij het maken van de kluis is afgedrukt of opgeschreven. Daarna kies je een nieuw wachtwoord.</translation>
        </message>
        <message>
            <source>&amp;Herstelcode:</source>
            <translation>&amp;Herstelcode:</translation>
        </message>
        <message>
            <source>Herstelcode</source>
            <translation>Herstelcode</translation>
        </message>
        <message>
            <source>bijvoorbeeld ABCD-EFGH-…</source>
            <translation>bijvoorbeeld ABCD-EFGH-…</translation>
        </message>
        <message>
            <source>De kluis is open. Kies nu een nieuw wachtwoord; het oude werkt daarna niet meer.</source>
            <translation>De kluis is open. Kies nu een nieuw wachtwoord; het oude werkt daarna niet meer.</translation>
        </message>
        <message>
            <source>&amp;Voor:</source>
            <translation>&amp;Voor:</translation>
        </message>
        <message>
            <source>Teamlid</source>
            <translation>Teamlid</translation>
        </message>
        <message>
            <source>&amp;Nieuw wachtwoord:</source>
            <translation>&amp;Nieuw wachtwoord:</translation>
        </message>
        <message>
            <source>Nieuw wachtwoord</source>
            <translation>Nieuw wachtwoord</translation>
        </message>
        <message>
            <source>Nog een &amp;keer:</source>
            <translation>Nog een &amp;keer:</translation>
        </message>
        <message>
            <source>Nieuw wachtwoord herhalen</source>
            <translation>Nieuw wachtwoord herhalen</translation>
        </message>
        <message>
            <source>Sterkte van het wachtwoord</source>
            <translation>Sterkte van het wachtwoord</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Melding</translation>
        </message>
        <message>
            <source>&amp;Annuleren</source>
            <translation>&amp;Annuleren</translation>
        </message>
        <message>
            <source>&amp;Verder</source>
            <translation>&amp;Verder</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Er is geen afgesloten dossier meer over zijn bewaartermijn.</source>
            <translation>Er is geen afgesloten dossier meer over zijn bewaartermijn.</translation>
        </message>
        <message>
            <source>Dossier wissen en controleren…</source>
            <translation>Dossier wissen en controleren…</translation>
        </message>
        <message>
            <source>De controle na het wissen kon {n} pagina's niet lezen en kan dus niet bevestigen dat er geen spoor van het kind over is; laat de kluis controleren.</source>
            <translation>De controle na het wissen kon {n} pagina's niet lezen en kan dus niet bevestigen dat er geen spoor van het kind over is; laat de kluis controleren.</translation>
        </message>
        <message>
            <source>De controle na het wissen vond op {n} van de {total} pagina's nog sporen van het kind; geef de kluis niet door en neem contact op met de beheerder.</source>
            <translation>De controle na het wissen vond op {n} van de {total} pagina's nog sporen van het kind; geef de kluis niet door en neem contact op met de beheerder.</translation>
        </message>
        <message>
            <source>Het dossier van {name} is gewist.</source>
            <translation>Het dossier van {name} is gewist.</translation>
        </message>
        <message>
            <source>Controle: geen spoor van het kind gevonden in {db} pagina's van de kluis en {wal} van het logbestand.</source>
            <translation>Controle: geen spoor van het kind gevonden in {db} pagina's van de kluis en {wal} van het logbestand.</translation>
        </message>
        <message>
            <source>Alleen het nummer van het dossier staat nog in het auditlog, zoals de wet vraagt.</source>
            <translation>Alleen het nummer van het dossier staat nog in het auditlog, zoals de wet vraagt.</translation>
        </message>
        <message>
            <source>Er zijn geen eerdere reservekopieën waarin dit kind nog staat.</source>
            <translation>Er zijn geen eerdere reservekopieën waarin dit kind nog staat.</translation>
        </message>
        <message>
            <source>{n} reservekopie is gemaakt toen het kind nog in de kluis stond en bevat het nog. Maak een nieuwe reservekopie en verwijder deze oude:</source>
            <translation>{n} reservekopie is gemaakt toen het kind nog in de kluis stond en bevat het nog. Maak een nieuwe reservekopie en verwijder deze oude:</translation>
        </message>
        <message>
            <source>{n} reservekopieën zijn gemaakt toen het kind nog in de kluis stond en bevatten het nog. Maak een nieuwe reservekopie en verwijder deze oude:</source>
            <translation>{n} reservekopieën zijn gemaakt toen het kind nog in de kluis stond en bevatten het nog. Maak een nieuwe reservekopie en verwijder deze oude:</translation>
        </message>
        <message>
            <source>(niet in de map voor reservekopieën)</source>
            <translation>(niet in de map voor reservekopieën)</translation>
        </message>
        <message>
            <source>Bewaartermijn verlopen</source>
            <translation>Bewaartermijn verlopen</translation>
        </message>
        <message>
            <source>Van deze afgesloten dossiers is de bewaartermijn voorbij. Maak een AVG-kopie als de ouders of de jongere daarom vroegen, en wis het dossier daarna.</source>
            <translation>Van deze afgesloten dossiers is de bewaartermijn voorbij. Maak een AVG-kopie als de ouders of de jongere daarom vroegen, en wis het dossier daarna.</translation>
        </message>
        <message>
            <source>Dossiers over de bewaartermijn</source>
            <translation>Dossiers over de bewaartermijn</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Afgesloten op</source>
            <translation>Afgesloten op</translation>
        </message>
        <message>
            <source>Bewaren tot</source>
            <translation>Bewaren tot</translation>
        </message>
        <message>
            <source>&amp;AVG-kopie maken…</source>
            <translation>&amp;AVG-kopie maken…</translation>
        </message>
        <message>
            <source>&amp;Wissen…</source>
            <translation>&amp;Wissen…</translation>
        </message>
        <message>
            <source>Uitkomst van het wissen</source>
            <translation>Uitkomst van het wissen</translation>
        </message>
    </context>
    <context>
        <name>RetentionReminder</name>
        <message>
            <source>Melding bewaartermijn</source>
            <translation>Melding bewaartermijn</translation>
        </message>
        <message>
            <source>&amp;Lijst bekijken…</source>
            <translation>&amp;Lijst bekijken…</translation>
        </message>
        <message>
            <source>Van {n} afgesloten dossier is de bewaartermijn voorbij. Maak zo nodig een AVG-kopie en wis het dan.</source>
            <translation>Van {n} afgesloten dossier is de bewaartermijn voorbij. Maak zo nodig een AVG-kopie en wis het dan.</translation>
        </message>
        <message>
            <source>Van {n} afgesloten dossiers is de bewaartermijn voorbij. Maak zo nodig een AVG-kopie en wis ze dan.</source>
            <translation>Van {n} afgesloten dossiers is de bewaartermijn voorbij. Maak zo nodig een AVG-kopie en wis ze dan.</translation>
        </message>
    </context>
    <context>
        <name>SamenStartDialog</name>
        <message>
            <source>Samen invullen</source>
            <translation>Samen invullen</translation>
        </message>
        <message>
            <source>Draai de laptop naar het kind of de ouder. Die vult de eigen ster in; verder is niets van de kluis te zien. Elke manier om te stoppen vergrendelt de kluis: daarna is jouw wachtwoord nodig.</source>
            <translation>Draai de laptop naar het kind of de ouder. Die vult de eigen ster in; verder is niets van de kluis te zien. Elke manier om te stoppen vergrendelt de kluis: daarna is jouw wachtwoord nodig.</translation>
        </message>
        <message>
            <source>&amp;Wie vult in</source>
            <translation>&amp;Wie vult in</translation>
        </message>
        <message>
            <source>Wie vult in</source>
            <translation>Wie vult in</translation>
        </message>
        <message>
            <source>&amp;Leeftijd</source>
            <translation>&amp;Leeftijd</translation>
        </message>
        <message>
            <source>Leeftijd van het kind</source>
            <translation>Leeftijd van het kind</translation>
        </message>
        <message>
            <source>T&amp;aal</source>
            <translation>T&amp;aal</translation>
        </message>
        <message>
            <source>Taal van het invullen</source>
            <translation>Taal van het invullen</translation>
        </message>
        <message>
            <source>Ernaast zit</source>
            <translation>Ernaast zit</translation>
        </message>
        <message>
            <source>Teamlid ernaast</source>
            <translation>Teamlid ernaast</translation>
        </message>
    </context>
    <context>
        <name>SavingDialog</name>
        <message>
            <source>Overzicht opslaan</source>
            <translation>Overzicht opslaan</translation>
        </message>
        <message>
            <source>PDF-bestanden (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>PDF wordt gemaakt…</source>
            <translation>PDF wordt gemaakt…</translation>
        </message>
        <message>
            <source>Opgeslagen als %1.</source>
            <translation>Opgeslagen als %1.</translation>
        </message>
        <message>
            <source>Opgeslagen</source>
            <translation>Opgeslagen</translation>
        </message>
        <message>
            <source>Het overzicht is opgeslagen als %1. Nu openen?</source>
            <translation>Het overzicht is opgeslagen als %1. Nu openen?</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Map voor reservekopieën</source>
            <extracomment>Language names are shown in their own language, never translated.</extracomment>
            <translation>Map voor reservekopieën</translation>
        </message>
        <message>
            <source>Kies eerst een map.</source>
            <translation>Kies eerst een map.</translation>
        </message>
        <message>
            <source>Bezig…</source>
            <translation>Bezig…</translation>
        </message>
        <message>
            <source>Reservekopie maken…</source>
            <translation>Reservekopie maken…</translation>
        </message>
        <message>
            <source>Gemaakt: {name}</source>
            <translation>Gemaakt: {name}</translation>
        </message>
        <message>
            <source> minuut niets doen</source>
            <translation> minuut niets doen</translation>
        </message>
        <message>
            <source> nieuwste kopie</source>
            <translation> nieuwste kopie</translation>
        </message>
        <message>
            <source> jaar na afsluiten</source>
            <comment>one</comment>
            <translation> jaar na afsluiten</translation>
        </message>
        <message>
            <source> jaar na afsluiten</source>
            <comment>more</comment>
            <translation> jaar na afsluiten</translation>
        </message>
        <message>
            <source> maand (voor 'aandacht nodig')</source>
            <translation> maand (voor 'aandacht nodig')</translation>
        </message>
        <message>
            <source> maand van de nieuwste meting</source>
            <translation> maand van de nieuwste meting</translation>
        </message>
        <message>
            <source> maanden van de nieuwste meting</source>
            <translation> maanden van de nieuwste meting</translation>
        </message>
        <message>
            <source>Instellingen — Kansencirkel</source>
            <translation>Instellingen — Kansencirkel</translation>
        </message>
        <message>
            <source>Weergave (deze computer)</source>
            <translation>Weergave (deze computer)</translation>
        </message>
        <message>
            <source>&amp;Taal:</source>
            <translation>&amp;Taal:</translation>
        </message>
        <message>
            <source>Taal</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>Beveiliging (deze computer)</source>
            <translation>Beveiliging (deze computer)</translation>
        </message>
        <message>
            <source>&amp;Vergrendelen na:</source>
            <translation>&amp;Vergrendelen na:</translation>
        </message>
        <message>
            <source>Automatisch vergrendelen na zoveel minuten</source>
            <translation>Automatisch vergrendelen na zoveel minuten</translation>
        </message>
        <message>
            <source>Ik werk nam&amp;ens:</source>
            <translation>Ik werk nam&amp;ens:</translation>
        </message>
        <message>
            <source>Metingen ver&amp;gelijken binnen:</source>
            <translation>Metingen ver&amp;gelijken binnen:</translation>
        </message>
        <message>
            <source>Metingen vergelijken binnen zoveel maanden van de nieuwste meting</source>
            <translation>Metingen vergelijken binnen zoveel maanden van de nieuwste meting</translation>
        </message>
        <message>
            <source>Gespreksonderwerpen vergelijken alleen metingen die zo dicht bij de nieuwste liggen; een oudere meting staat er lichter bij, met haar leeftijd.</source>
            <translation>Gespreksonderwerpen vergelijken alleen metingen die zo dicht bij de nieuwste liggen; een oudere meting staat er lichter bij, met haar leeftijd.</translation>
        </message>
        <message>
            <source> minuten niets doen</source>
            <translation> minuten niets doen</translation>
        </message>
        <message>
            <source>Reservekopieën (deze computer)</source>
            <translation>Reservekopieën (deze computer)</translation>
        </message>
        <message>
            <source>&amp;Map:</source>
            <translation>&amp;Map:</translation>
        </message>
        <message>
            <source>Map voor reservekopieën kiezen</source>
            <translation>Map voor reservekopieën kiezen</translation>
        </message>
        <message>
            <source>Bla&amp;deren…</source>
            <translation>Bla&amp;deren…</translation>
        </message>
        <message>
            <source>Be&amp;waartermijn:</source>
            <translation>Be&amp;waartermijn:</translation>
        </message>
        <message>
            <source>&amp;Bewaren:</source>
            <translation>&amp;Bewaren:</translation>
        </message>
        <message>
            <source>Namens wie je werkt</source>
            <translation>Namens wie je werkt</translation>
        </message>
        <message>
            <source>Je school of organisatie; het logboek noemt dit bij alles wat je doet.</source>
            <translation>Je school of organisatie; het logboek noemt dit bij alles wat je doet.</translation>
        </message>
        <message>
            <source>je school of organisatie, bijv. OBS De Linde</source>
            <translation>je school of organisatie, bijv. OBS De Linde</translation>
        </message>
        <message>
            <source>Het logboek van elk dossier noemt bij alles wat je doet namens wie je werkt (NEN 7513).</source>
            <translation>Het logboek van elk dossier noemt bij alles wat je doet namens wie je werkt (NEN 7513).</translation>
        </message>
        <message>
            <source>Aantal reservekopieën dat bewaard blijft</source>
            <translation>Aantal reservekopieën dat bewaard blijft</translation>
        </message>
        <message>
            <source> nieuwste kopieën</source>
            <translation> nieuwste kopieën</translation>
        </message>
        <message>
            <source>&amp;Nu reservekopie maken</source>
            <translation>&amp;Nu reservekopie maken</translation>
        </message>
        <message>
            <source>Resultaat van de reservekopie</source>
            <translation>Resultaat van de reservekopie</translation>
        </message>
        <message>
            <source>Kluis (voor het hele team)</source>
            <translation>Kluis (voor het hele team)</translation>
        </message>
        <message>
            <source>Bewaartermijn van een afgesloten dossier in jaren</source>
            <translation>Bewaartermijn van een afgesloten dossier in jaren</translation>
        </message>
        <message>
            <source> jaar na afsluiten</source>
            <translation> jaar na afsluiten</translation>
        </message>
        <message>
            <source>Gezichtspunt &amp;opnieuw vragen na:</source>
            <translation>Gezichtspunt &amp;opnieuw vragen na:</translation>
        </message>
        <message>
            <source>Na zoveel maanden wordt een gezichtspunt opnieuw gevraagd</source>
            <translation>Na zoveel maanden wordt een gezichtspunt opnieuw gevraagd</translation>
        </message>
        <message>
            <source> maanden (voor 'aandacht nodig')</source>
            <translation> maanden (voor 'aandacht nodig')</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Melding</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <source>de zorg (jeugdhulp, CJG)</source>
            <translation>de zorg (jeugdhulp, CJG)</translation>
        </message>
        <message>
            <source>de school</source>
            <translation>de school</translation>
        </message>
        <message>
            <source>Toestemming wordt gelezen…</source>
            <translation>Toestemming wordt gelezen…</translation>
        </message>
        <message>
            <source>Dossier lezen…</source>
            <translation>Dossier lezen…</translation>
        </message>
        <message>
            <source>Geen toestemming om {parts} met {side} te delen.</source>
            <translation>Geen toestemming om {parts} met {side} te delen.</translation>
        </message>
        <message>
            <source>De toestemming staat delen met {side} toe voor alles in dit dossier.</source>
            <translation>De toestemming staat delen met {side} toe voor alles in dit dossier.</translation>
        </message>
        <message>
            <source>Geef een reden van minstens {n} tekens om toch te delen.</source>
            <translation>Geef een reden van minstens {n} tekens om toch te delen.</translation>
        </message>
        <message>
            <source>Overdracht opslaan</source>
            <translation>Overdracht opslaan</translation>
        </message>
        <message>
            <source>Overdracht (*.kcx)</source>
            <translation>Overdracht (*.kcx)</translation>
        </message>
        <message>
            <source>Overdracht versleutelen…</source>
            <translation>Overdracht versleutelen…</translation>
        </message>
        <message>
            <source>Opgeslagen als {name}. Geef deze code telefonisch door, niet in dezelfde mail als het bestand; hij werkt tot en met {day}.</source>
            <translation>Opgeslagen als {name}. Geef deze code telefonisch door, niet in dezelfde mail als het bestand; hij werkt tot en met {day}.</translation>
        </message>
        <message>
            <source>Geef een reden van minstens {n} tekens; een export zonder versleuteling wordt met de reden gelogd.</source>
            <translation>Geef een reden van minstens {n} tekens; een export zonder versleuteling wordt met de reden gelogd.</translation>
        </message>
        <message>
            <source>Onversleutelde export opslaan</source>
            <translation>Onversleutelde export opslaan</translation>
        </message>
        <message>
            <source>JSON-bestand (*.json)</source>
            <translation>JSON-bestand (*.json)</translation>
        </message>
        <message>
            <source>Exporteren…</source>
            <translation>Exporteren…</translation>
        </message>
        <message>
            <source>Opgeslagen als {name}. Dit bestand is niet versleuteld: bewaar het alleen zo lang als nodig en verwijder het daarna.</source>
            <translation>Opgeslagen als {name}. Dit bestand is niet versleuteld: bewaar het alleen zo lang als nodig en verwijder het daarna.</translation>
        </message>
        <message>
            <source>Delen — Kansencirkel</source>
            <translation>Delen — Kansencirkel</translation>
        </message>
        <message>
            <source>Versleutelde overdracht naar school of zorg (aanbevolen)</source>
            <translation>Versleutelde overdracht naar school of zorg (aanbevolen)</translation>
        </message>
        <message>
            <source>&amp;Naar:</source>
            <translation>&amp;Naar:</translation>
        </message>
        <message>
            <source>Ontvangende kant</source>
            <translation>Ontvangende kant</translation>
        </message>
        <message>
            <source>&amp;Geldig:</source>
            <translation>&amp;Geldig:</translation>
        </message>
        <message>
            <source>Aantal dagen dat het bestand opent</source>
            <translation>Aantal dagen dat het bestand opent</translation>
        </message>
        <message>
            <source> dagen</source>
            <translation> dagen</translation>
        </message>
        <message>
            <source>&amp;Toch delen zonder toestemming voor alles (de reden komt in het logboek)</source>
            <translation>&amp;Toch delen zonder toestemming voor alles (de reden komt in het logboek)</translation>
        </message>
        <message>
            <source>Reden om zonder toestemming te delen</source>
            <translation>Reden om zonder toestemming te delen</translation>
        </message>
        <message>
            <source>Waarom moet dit toch gedeeld worden?</source>
            <translation>Waarom moet dit toch gedeeld worden?</translation>
        </message>
        <message>
            <source>Overdracht &amp;opslaan…</source>
            <translation>Overdracht &amp;opslaan…</translation>
        </message>
        <message>
            <source>Code van de overdracht</source>
            <translation>Code van de overdracht</translation>
        </message>
        <message>
            <source>Geef deze code telefonisch door, niet in dezelfde mail als het bestand.</source>
            <translation>Geef deze code telefonisch door, niet in dezelfde mail als het bestand.</translation>
        </message>
        <message>
            <source>Onversleutelde export (JSON), voor een AVG-verzoek</source>
            <translation>Onversleutelde export (JSON), voor een AVG-verzoek</translation>
        </message>
        <message>
            <source>Dit bestand is NIET versleuteld en bevat persoonsgegevens van een kind. Gebruik het alleen voor gegevensoverdraagbaarheid (AVG); deel met school of zorg via de overdracht hierboven.</source>
            <translation>Dit bestand is NIET versleuteld en bevat persoonsgegevens van een kind. Gebruik het alleen voor gegevensoverdraagbaarheid (AVG); deel met school of zorg via de overdracht hierboven.</translation>
        </message>
        <message>
            <source>&amp;Reden:</source>
            <translation>&amp;Reden:</translation>
        </message>
        <message>
            <source>Reden voor de onversleutelde export</source>
            <translation>Reden voor de onversleutelde export</translation>
        </message>
        <message>
            <source>Bijvoorbeeld: verzoek van de ouders om hun gegevens</source>
            <translation>Bijvoorbeeld: verzoek van de ouders om hun gegevens</translation>
        </message>
        <message>
            <source>&amp;JSON exporteren…</source>
            <translation>&amp;JSON exporteren…</translation>
        </message>
    </context>
    <context>
        <name>SpreadsheetImportDialog</name>
        <message>
            <source>Bestand: %1</source>
            <translation>Bestand: %1</translation>
        </message>
        <message>
            <source>Het bestand wordt gelezen…</source>
            <translation>Het bestand wordt gelezen…</translation>
        </message>
        <message>
            <source>Spreadsheet lezen…</source>
            <translation>Spreadsheet lezen…</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Geboortedatum</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Groep</source>
            <translation>Groep</translation>
        </message>
        <message>
            <source>Metingen</source>
            <translation>Metingen</translation>
        </message>
        <message>
            <source>Alles uit dit bestand staat al in de kluis; er is niets in te lezen.</source>
            <translation>Alles uit dit bestand staat al in de kluis; er is niets in te lezen.</translation>
        </message>
        <message>
            <source>Nieuwe kinderen: %1. Kinderen die al in de kluis staan: %2. Metingen die erbij komen: %3.</source>
            <translation>Nieuwe kinderen: %1. Kinderen die al in de kluis staan: %2. Metingen die erbij komen: %3.</translation>
        </message>
        <message>
            <source>{n} meting uit dit bestand staat al precies zo in de kluis en wordt overgeslagen.</source>
            <translation>{n} meting uit dit bestand staat al precies zo in de kluis en wordt overgeslagen.</translation>
        </message>
        <message>
            <source>{n} metingen uit dit bestand staan al precies zo in de kluis en worden overgeslagen.</source>
            <translation>{n} metingen uit dit bestand staan al precies zo in de kluis en worden overgeslagen.</translation>
        </message>
        <message>
            <source>Er wordt niets opgeslagen tot je op Inlezen drukt.</source>
            <translation>Er wordt niets opgeslagen tot je op Inlezen drukt.</translation>
        </message>
        <message>
            <source>%1 is een map; kies het bestand zelf.</source>
            <translation>%1 is een map; kies het bestand zelf.</translation>
        </message>
        <message>
            <source>&amp;Problemen in het bestand ({n}):</source>
            <comment>one</comment>
            <translation>&amp;Problemen in het bestand ({n}):</translation>
        </message>
        <message>
            <source>&amp;Problemen in het bestand ({n}):</source>
            <comment>more</comment>
            <translation>&amp;Problemen in het bestand ({n}):</translation>
        </message>
        <message>
            <source>Bezig met inlezen…</source>
            <translation>Bezig met inlezen…</translation>
        </message>
        <message>
            <source>Spreadsheet inlezen…</source>
            <translation>Spreadsheet inlezen…</translation>
        </message>
        <message>
            <source>&amp;Inlezen</source>
            <translation>&amp;Inlezen</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Spreadsheet inlezen</source>
            <translation>Spreadsheet inlezen</translation>
        </message>
        <message>
            <source>&amp;Nieuwe kinderen</source>
            <translation>&amp;Nieuwe kinderen</translation>
        </message>
        <message>
            <source>Nieuwe kinderen</source>
            <translation>Nieuwe kinderen</translation>
        </message>
        <message>
            <source>&amp;Kinderen die al in de kluis staan</source>
            <translation>&amp;Kinderen die al in de kluis staan</translation>
        </message>
        <message>
            <source>Kinderen die al in de kluis staan</source>
            <translation>Kinderen die al in de kluis staan</translation>
        </message>
        <message>
            <source>&amp;Problemen in het bestand</source>
            <translation>&amp;Problemen in het bestand</translation>
        </message>
        <message>
            <source>Problemen in het bestand</source>
            <translation>Problemen in het bestand</translation>
        </message>
        <message>
            <source>Sja&amp;bloon opslaan…</source>
            <translation>Sja&amp;bloon opslaan…</translation>
        </message>
        <message>
            <source>Sla een leeg spreadsheet op met de kolommen die Kansencirkel leest</source>
            <translation>Sla een leeg spreadsheet op met de kolommen die Kansencirkel leest</translation>
        </message>
    </context>
    <context>
        <name>SpreadsheetMenu</name>
        <message>
            <source>&amp;Spreadsheet inlezen…</source>
            <translation>&amp;Spreadsheet inlezen…</translation>
        </message>
        <message>
            <source>Lees kinderen en metingen in uit een spreadsheet (.csv); je ziet eerst wat erbij komt</source>
            <translation>Lees kinderen en metingen in uit een spreadsheet (.csv); je ziet eerst wat erbij komt</translation>
        </message>
        <message>
            <source>Spreadsheet-sja&amp;bloon opslaan…</source>
            <translation>Spreadsheet-sja&amp;bloon opslaan…</translation>
        </message>
        <message>
            <source>Sla een leeg spreadsheet op met de kolommen die Kansencirkel leest</source>
            <translation>Sla een leeg spreadsheet op met de kolommen die Kansencirkel leest</translation>
        </message>
        <message>
            <source>Spreadsheet kiezen</source>
            <translation>Spreadsheet kiezen</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv);;Alle bestanden (*)</source>
            <translation>Spreadsheets (*.csv);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Spreadsheet ingelezen. Nieuwe kinderen: %1; metingen toegevoegd: %2.</source>
            <translation>Spreadsheet ingelezen. Nieuwe kinderen: %1; metingen toegevoegd: %2.</translation>
        </message>
        <message>
            <source>Spreadsheet-sjabloon opslaan</source>
            <translation>Spreadsheet-sjabloon opslaan</translation>
        </message>
        <message>
            <source>Spreadsheetbestanden (*.csv)</source>
            <translation>Spreadsheetbestanden (*.csv)</translation>
        </message>
        <message>
            <source>Sjabloon opgeslagen als %1.</source>
            <translation>Sjabloon opgeslagen als %1.</translation>
        </message>
    </context>
    <context>
        <name>StarView</name>
        <message>
            <source>PNG-afbeelding (*.png)</source>
            <translation>PNG-afbeelding (*.png)</translation>
        </message>
        <message>
            <source>SVG (*.svg)</source>
            <translation>SVG (*.svg)</translation>
        </message>
        <message>
            <source>Grafiek bewaren</source>
            <translation>Grafiek bewaren</translation>
        </message>
        <message>
            <source>PNG-afbeelding…</source>
            <translation>PNG-afbeelding…</translation>
        </message>
        <message>
            <source>SVG (vector, voor drukwerk)…</source>
            <translation>SVG (vector, voor drukwerk)…</translation>
        </message>
        <message>
            <source>Kansencirkel-ster</source>
            <translation>Kansencirkel-ster</translation>
        </message>
        <message>
            <source>Weer&amp;gave</source>
            <translation>Weer&amp;gave</translation>
        </message>
        <message>
            <source>Weergave van de ster</source>
            <translation>Weergave van de ster</translation>
        </message>
        <message>
            <source>Per gezichtspunt</source>
            <translation>Per gezichtspunt</translation>
        </message>
        <message>
            <source>In de tijd</source>
            <translation>In de tijd</translation>
        </message>
        <message>
            <source>Verloop per element</source>
            <translation>Verloop per element</translation>
        </message>
        <message>
            <source>&amp;Gezichtspunt</source>
            <translation>&amp;Gezichtspunt</translation>
        </message>
        <message>
            <source>Gezichtspunt in de tijd</source>
            <translation>Gezichtspunt in de tijd</translation>
        </message>
        <message>
            <source>Mom&amp;ent</source>
            <translation>Mom&amp;ent</translation>
        </message>
        <message>
            <source>Moment van de metingen</source>
            <translation>Moment van de metingen</translation>
        </message>
        <message>
            <source>&amp;Als tabel</source>
            <translation>&amp;Als tabel</translation>
        </message>
        <message>
            <source>Scores als tabel tonen</source>
            <translation>Scores als tabel tonen</translation>
        </message>
        <message>
            <source>Toon de scores van de ster als tabel (ook voor schermlezers)</source>
            <translation>Toon de scores van de ster als tabel (ook voor schermlezers)</translation>
        </message>
        <message>
            <source>Bewaar deze grafiek als PNG-afbeelding of SVG</source>
            <translation>Bewaar deze grafiek als PNG-afbeelding of SVG</translation>
        </message>
        <message>
            <source>Be&amp;waren als…</source>
            <translation>Be&amp;waren als…</translation>
        </message>
        <message>
            <source>Gezichtspunten tonen of verbergen</source>
            <translation>Gezichtspunten tonen of verbergen</translation>
        </message>
        <message>
            <source>Scores van de ster als tabel</source>
            <translation>Scores van de ster als tabel</translation>
        </message>
        <message>
            <source>Per element de score van elk gezichtspunt; een oudere meting staat schuin met haar leeftijd</source>
            <translation>Per element de score van elk gezichtspunt; een oudere meting staat schuin met haar leeftijd</translation>
        </message>
        <message>
            <source>Nog geen metingen om te tonen.</source>
            <translation>Nog geen metingen om te tonen.</translation>
        </message>
    </context>
    <context>
        <name>StoreChoiceDialog</name>
        <message>
            <source>Kansencirkel — Beginnen</source>
            <translation>Kansencirkel — Beginnen</translation>
        </message>
        <message>
            <source>Waar bewaart je team de gegevens?</source>
            <translation>Waar bewaart je team de gegevens?</translation>
        </message>
        <message>
            <source>Op deze &amp;laptop</source>
            <translation>Op deze &amp;laptop</translation>
        </message>
        <message>
            <source>Een nieuwe, versleutelde kluis op deze computer.</source>
            <translation>Een nieuwe, versleutelde kluis op deze computer.</translation>
        </message>
        <message>
            <source>&amp;Teamserver…</source>
            <translation>&amp;Teamserver…</translation>
        </message>
        <message>
            <source>Kies het teamprofiel (.kcteam) dat je van de ICT van de school kreeg.</source>
            <translation>Kies het teamprofiel (.kcteam) dat je van de ICT van de school kreeg.</translation>
        </message>
        <message>
            <source>&amp;Afsluiten</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>Teamprofiel kiezen</source>
            <translation>Teamprofiel kiezen</translation>
        </message>
        <message>
            <source>Teamprofiel (*.kcteam)</source>
            <translation>Teamprofiel (*.kcteam)</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>Te kort: gebruik minstens {n} tekens, bijvoorbeeld een paar losse woorden.</source>
            <translation>Te kort: gebruik minstens {n} tekens, bijvoorbeeld een paar losse woorden.</translation>
        </message>
        <message>
            <source>Zwak: maak het langer of gebruik meer verschillende tekens.</source>
            <translation>Zwak: maak het langer of gebruik meer verschillende tekens.</translation>
        </message>
        <message>
            <source>Redelijk: nog een woord erbij maakt het sterker.</source>
            <translation>Redelijk: nog een woord erbij maakt het sterker.</translation>
        </message>
        <message>
            <source>Goed.</source>
            <translation>Goed.</translation>
        </message>
        <message>
            <source>Sterk.</source>
            <translation>Sterk.</translation>
        </message>
        <message>
            <source>Tip: een zin van vier of meer woorden is sterk en goed te onthouden.</source>
            <translation>Tip: een zin van vier of meer woorden is sterk en goed te onthouden.</translation>
        </message>
        <message>
            <source>Het wachtwoord is te kort; gebruik minstens {n} tekens.</source>
            <translation>Het wachtwoord is te kort; gebruik minstens {n} tekens.</translation>
        </message>
        <message>
            <source>Dit wachtwoord is te makkelijk te raden; kies een langer wachtwoord.</source>
            <translation>Dit wachtwoord is te makkelijk te raden; kies een langer wachtwoord.</translation>
        </message>
        <message>
            <source>De twee wachtwoorden zijn niet gelijk.</source>
            <translation>De twee wachtwoorden zijn niet gelijk.</translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>(jij)</source>
            <translation>(jij)</translation>
        </message>
        <message>
            <source>Vul de naam van het teamlid in.</source>
            <translation>Vul de naam van het teamlid in.</translation>
        </message>
        <message>
            <source>Bezig met toevoegen…</source>
            <translation>Bezig met toevoegen…</translation>
        </message>
        <message>
            <source>Teamlid toevoegen…</source>
            <translation>Teamlid toevoegen…</translation>
        </message>
        <message>
            <source>{name} is toegevoegd en kan de kluis nu openen.</source>
            <translation>{name} is toegevoegd en kan de kluis nu openen.</translation>
        </message>
        <message>
            <source>Teamlid verwijderen</source>
            <translation>Teamlid verwijderen</translation>
        </message>
        <message>
            <source>{member} verwijderen? Die persoon kan de kluis daarna niet meer openen; de gegevens in de kluis blijven.</source>
            <translation>{member} verwijderen? Die persoon kan de kluis daarna niet meer openen; de gegevens in de kluis blijven.</translation>
        </message>
        <message>
            <source>&amp;Verwijderen</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <source>Team — Kansencirkel</source>
            <translation>Team — Kansencirkel</translation>
        </message>
        <message>
            <source>&amp;Teamleden met een eigen wachtwoord:</source>
            <translation>&amp;Teamleden met een eigen wachtwoord:</translation>
        </message>
        <message>
            <source>Teamleden</source>
            <translation>Teamleden</translation>
        </message>
        <message>
            <source>Gekozen teamlid verwijderen</source>
            <translation>Gekozen teamlid verwijderen</translation>
        </message>
        <message>
            <source>Teamlid &amp;verwijderen…</source>
            <translation>Teamlid &amp;verwijderen…</translation>
        </message>
        <message>
            <source>Teamlid toevoegen</source>
            <translation>Teamlid toevoegen</translation>
        </message>
        <message>
            <source>Laat het nieuwe teamlid zelf het wachtwoord typen.</source>
            <translation>Laat het nieuwe teamlid zelf het wachtwoord typen.</translation>
        </message>
        <message>
            <source>&amp;Naam:</source>
            <translation>&amp;Naam:</translation>
        </message>
        <message>
            <source>Naam van het nieuwe teamlid</source>
            <translation>Naam van het nieuwe teamlid</translation>
        </message>
        <message>
            <source>&amp;Rol:</source>
            <translation>&amp;Rol:</translation>
        </message>
        <message>
            <source>Rol van het nieuwe teamlid</source>
            <translation>Rol van het nieuwe teamlid</translation>
        </message>
        <message>
            <source>&amp;Wachtwoord:</source>
            <translation>&amp;Wachtwoord:</translation>
        </message>
        <message>
            <source>Wachtwoord van het nieuwe teamlid</source>
            <translation>Wachtwoord van het nieuwe teamlid</translation>
        </message>
        <message>
            <source>N&amp;og een keer:</source>
            <translation>N&amp;og een keer:</translation>
        </message>
        <message>
            <source>Wachtwoord herhalen</source>
            <translation>Wachtwoord herhalen</translation>
        </message>
        <message>
            <source>Sterkte van het wachtwoord</source>
            <translation>Sterkte van het wachtwoord</translation>
        </message>
        <message>
            <source>To&amp;evoegen</source>
            <translation>To&amp;evoegen</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Melding</translation>
        </message>
    </context>
    <context>
        <name>TeamUnlockDialog</name>
        <message>
            <source>Kansencirkel — Teamserver</source>
            <translation>Kansencirkel — Teamserver</translation>
        </message>
        <message>
            <source>&amp;Wachtwoordzin:</source>
            <translation>&amp;Wachtwoordzin:</translation>
        </message>
        <message>
            <source>Ander teamprofiel kiezen…</source>
            <translation>Ander teamprofiel kiezen…</translation>
        </message>
        <message>
            <source>&amp;Afsluiten</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Openen</source>
            <translation>&amp;Openen</translation>
        </message>
        <message>
            <source>Teamprofiel: {name}</source>
            <translation>Teamprofiel: {name}</translation>
        </message>
        <message>
            <source>Team: {team} · inlognaam: {login}</source>
            <translation>Team: {team} · inlognaam: {login}</translation>
        </message>
        <message>
            <source>Teamserver openen…</source>
            <translation>Teamserver openen…</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Kluis: {name}</source>
            <extracomment>Seconds to wait after the n-th consecutive failure (index = failures - 1), then capped.</extracomment>
            <translation>Kluis: {name}</translation>
        </message>
        <message>
            <source>Bezig met openen…</source>
            <translation>Bezig met openen…</translation>
        </message>
        <message>
            <source>Openen ({s})</source>
            <translation>Openen ({s})</translation>
        </message>
        <message>
            <source>&amp;Openen</source>
            <translation>&amp;Openen</translation>
        </message>
        <message>
            <source>Kluis openen…</source>
            <translation>Kluis openen…</translation>
        </message>
        <message>
            <source>Probeer het over {n} seconde opnieuw.</source>
            <translation>Probeer het over {n} seconde opnieuw.</translation>
        </message>
        <message>
            <source>Probeer het over {n} seconden opnieuw.</source>
            <translation>Probeer het over {n} seconden opnieuw.</translation>
        </message>
        <message>
            <source>Kluis openen — Kansencirkel</source>
            <translation>Kluis openen — Kansencirkel</translation>
        </message>
        <message>
            <source>Naam van het team</source>
            <translation>Naam van het team</translation>
        </message>
        <message>
            <source>Demo-melding</source>
            <translation>Demo-melding</translation>
        </message>
        <message>
            <source>DEMO — fictieve gegevens. Het wachtwoord is: demo</source>
            <translation>DEMO — fictieve gegevens. Het wachtwoord is: demo</translation>
        </message>
        <message>
            <source>Waarschuwing over de plek van de kluis</source>
            <translation>Waarschuwing over de plek van de kluis</translation>
        </message>
        <message>
            <source>Wie &amp;ben je:</source>
            <translation>Wie &amp;ben je:</translation>
        </message>
        <message>
            <source>Teamlid</source>
            <translation>Teamlid</translation>
        </message>
        <message>
            <source>&amp;Wachtwoord:</source>
            <translation>&amp;Wachtwoord:</translation>
        </message>
        <message>
            <source>Wachtwoord</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Melding</translation>
        </message>
        <message>
            <source>Wachtwoordbeheer van het systeem</source>
            <translation>Wachtwoordbeheer van het systeem</translation>
        </message>
        <message>
            <source>Wachtwoord vergeten: open met de herstelcode</source>
            <translation>Wachtwoord vergeten: open met de herstelcode</translation>
        </message>
        <message>
            <source>Wachtwoord &amp;vergeten?</source>
            <translation>Wachtwoord &amp;vergeten?</translation>
        </message>
        <message>
            <source>&amp;Stoppen</source>
            <translation>&amp;Stoppen</translation>
        </message>
    </context>
    <context>
        <name>WhatWorksDialog</name>
        <message>
            <source>Dit schooljaar (%1), tot vandaag</source>
            <translation>Dit schooljaar (%1), tot vandaag</translation>
        </message>
        <message>
            <source>Schooljaar %1</source>
            <translation>Schooljaar %1</translation>
        </message>
        <message>
            <source>&amp;Sluiten</source>
            <translation>&amp;Sluiten</translation>
        </message>
        <message>
            <source>Wat werkt opslaan</source>
            <translation>Wat werkt opslaan</translation>
        </message>
        <message>
            <source>PDF-bestanden (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>CSV-bestanden (*.csv)</source>
            <translation>CSV-bestanden (*.csv)</translation>
        </message>
        <message>
            <source>Wordt opgeslagen…</source>
            <translation>Wordt opgeslagen…</translation>
        </message>
        <message>
            <source>Opgeslagen als %1.</source>
            <translation>Opgeslagen als %1.</translation>
        </message>
        <message>
            <source>Wat werkt</source>
            <translation>Wat werkt</translation>
        </message>
        <message>
            <source>Pe&amp;riode</source>
            <translation>Pe&amp;riode</translation>
        </message>
        <message>
            <source>Periode</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Aantallen per soort afspraak</source>
            <translation>Aantallen per soort afspraak</translation>
        </message>
        <message>
            <source>Hoe ging de samen&amp;werking (per trimester en per kant, na overleggen in deze periode)</source>
            <translation>Hoe ging de samen&amp;werking (per trimester en per kant, na overleggen in deze periode)</translation>
        </message>
        <message>
            <source>Terugblik op de samenwerking per kant</source>
            <translation>Terugblik op de samenwerking per kant</translation>
        </message>
        <message>
            <source>Opslaan als &amp;PDF…</source>
            <translation>Opslaan als &amp;PDF…</translation>
        </message>
        <message>
            <source>Opslaan als &amp;CSV…</source>
            <translation>Opslaan als &amp;CSV…</translation>
        </message>
        <message>
            <source>Soorten afspraken &amp;bewerken…</source>
            <translation>Soorten afspraken &amp;bewerken…</translation>
        </message>
    </context>
    <context>
        <name>confirm</name>
        <message>
            <source>Annuleren</source>
            <translation>Annuleren</translation>
        </message>
    </context>
    <context>
        <name>consent_dialog</name>
        <message>
            <source>Het kind is {n} jaar: toestemming nodig van %s.</source>
            <comment>age, one</comment>
            <translation>Het kind is {n} jaar: toestemming nodig van %s.</translation>
        </message>
        <message>
            <source>Het kind is {n} jaar: toestemming nodig van %s.</source>
            <comment>age, more</comment>
            <translation>Het kind is {n} jaar: toestemming nodig van %s.</translation>
        </message>
    </context>
    <context>
        <name>consent_warning</name>
        <message>
            <source>Wat de toestemming nu toelaat; alles erover op de tab Toestemming (%s).</source>
            <extracomment>The consent section's tab on the child page (Alt+6 opens it).</extracomment>
            <translation>Wat de toestemming nu toelaat; alles erover op de tab Toestemming (%s).</translation>
        </message>
        <message>
            <source>Let op, toestemming:</source>
            <translation>Let op, toestemming:</translation>
        </message>
        <message>
            <source>Toestemming</source>
            <translation>Toestemming</translation>
        </message>
        <message>
            <source>Terug</source>
            <translation>Terug</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Geen toegang tot het bestand of de map; kies een andere plek.</source>
            <translation>Geen toegang tot het bestand of de map; kies een andere plek.</translation>
        </message>
        <message>
            <source>Het bestand of de map bestaat niet (meer).</source>
            <translation>Het bestand of de map bestaat niet (meer).</translation>
        </message>
        <message>
            <source>Het bestand kon niet gelezen of geschreven worden; is de schijf vol?</source>
            <translation>Het bestand kon niet gelezen of geschreven worden; is de schijf vol?</translation>
        </message>
        <message>
            <source>Er is niet genoeg geheugen voor deze actie.</source>
            <translation>Er is niet genoeg geheugen voor deze actie.</translation>
        </message>
        <message>
            <source>Er ging iets onverwachts mis; de actie is niet uitgevoerd.</source>
            <translation>Er ging iets onverwachts mis; de actie is niet uitgevoerd.</translation>
        </message>
        <message>
            <source>Kansencirkel</source>
            <extracomment>Open boxes without a Python owner; kept alive here until they are closed.</extracomment>
            <translation>Kansencirkel</translation>
        </message>
        <message>
            <source>Foutmelding</source>
            <translation>Foutmelding</translation>
        </message>
        <message>
            <source>Het wachtwoordbeheer is de plek waar Windows, macOS of Linux wachtwoorden veilig bewaart. Kansencirkel zet daar een extra sleutel van deze computer in, zodat gestolen bestanden alleen niet genoeg zijn om de kluis te openen.</source>
            <translation>Het wachtwoordbeheer is de plek waar Windows, macOS of Linux wachtwoorden veilig bewaart. Kansencirkel zet daar een extra sleutel van deze computer in, zodat gestolen bestanden alleen niet genoeg zijn om de kluis te openen.</translation>
        </message>
        <message>
            <source>Wachtwoordbeheer: in gebruik</source>
            <translation>Wachtwoordbeheer: in gebruik</translation>
        </message>
        <message>
            <source>Wachtwoordbeheer: niet beschikbaar, alleen wachtwoord</source>
            <translation>Wachtwoordbeheer: niet beschikbaar, alleen wachtwoord</translation>
        </message>
    </context>
    <context>
        <name>recovery_print</name>
        <message>
            <source>Herstelcode Kansencirkel</source>
            <translation>Herstelcode Kansencirkel</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Gemaakt op</source>
            <translation>Gemaakt op</translation>
        </message>
        <message>
            <source>Met deze code opent iemand de kluis zonder wachtwoord. Bewaar dit blad op een veilige, afgesloten plek, bijvoorbeeld bij de privacyverantwoordelijke van de school.</source>
            <translation>Met deze code opent iemand de kluis zonder wachtwoord. Bewaar dit blad op een veilige, afgesloten plek, bijvoorbeeld bij de privacyverantwoordelijke van de school.</translation>
        </message>
        <message>
            <source>Herstelcode afdrukken</source>
            <translation>Herstelcode afdrukken</translation>
        </message>
    </context>
    <context>
        <name>save_path</name>
        <message>
            <source>Bestand bestaat al</source>
            <translation>Bestand bestaat al</translation>
        </message>
        <message>
            <source>%1 bestaat al. Wil je het vervangen?</source>
            <translation>%1 bestaat al. Wil je het vervangen?</translation>
        </message>
    </context>
    <context>
        <name>versioned_save</name>
        <message>
            <source>Niet opgeslagen: iemand anders had dit intussen veranderd. Pas aan wat nodig is en sla opnieuw op; je ziet dan weer wat verschilt.</source>
            <extracomment>``save(version, taken)``: store the edit based on ``version``, with the fields in ``taken`` (chosen per field in the conflict dialog) as they are stored now instead of as typed.</extracomment>
            <translation>Niet opgeslagen: iemand anders had dit intussen veranderd. Pas aan wat nodig is en sla opnieuw op; je ziet dan weer wat verschilt.</translation>
        </message>
        <message>
            <source>Nu opgeslagen: {stored}.</source>
            <translation>Nu opgeslagen: {stored}.</translation>
        </message>
    </context>
</TS>
