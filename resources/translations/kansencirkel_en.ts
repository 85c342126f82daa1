<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name />
        <message>
            <source>Gepland</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Loopt</source>
            <translation>Ongoing</translation>
        </message>
        <message>
            <source>Afgerond</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Gestopt</source>
            <translation>Stopped</translation>
        </message>
        <message>
            <source>Ouders</source>
            <translation>Parents</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Zorg</source>
            <translation>Care</translation>
        </message>
        <message>
            <source>Kernteam</source>
            <translation>Core team</translation>
        </message>
        <message>
            <source>eerder %s</source>
            <translation>earlier %s</translation>
        </message>
        <message>
            <source>Andere gezichtspunten</source>
            <translation>Other perspectives</translation>
        </message>
        <message>
            <source>Er zijn nog geen andere metingen.</source>
            <translation>There are no other assessments yet.</translation>
        </message>
        <message>
            <source>Eerder dit gezichtspunt: %s</source>
            <translation>Earlier from this perspective: %s</translation>
        </message>
        <message>
            <source>Het kind zelf</source>
            <translation>The child</translation>
        </message>
        <message>
            <source>Deelbare notities</source>
            <translation>Shareable notes</translation>
        </message>
        <message>
            <source>Afspraken</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Meting %s</source>
            <translation>Assessment %s</translation>
        </message>
        <message>
            <source>de ouders</source>
            <translation>the parents</translation>
        </message>
        <message>
            <source>het kind zelf</source>
            <translation>the child</translation>
        </message>
        <message>
            <source>de ouders én het kind</source>
            <translation>the parents and the child</translation>
        </message>
        <message>
            <source>Geboortedatum onbekend: voor de zekerheid is toestemming nodig van %s.</source>
            <translation>Date of birth unknown: to be safe, consent is needed from %s.</translation>
        </message>
        <message>
            <source>Kernteamoverleg</source>
            <translation>Core team meeting</translation>
        </message>
        <message>
            <source>Oudergesprek</source>
            <translation>Parent meeting</translation>
        </message>
        <message>
            <source>MDO</source>
            <translation>MDM</translation>
        </message>
        <message>
            <source>Evaluatie</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>Over tijd — %s</source>
            <translation>Overdue — %s</translation>
        </message>
        <message>
            <source>&amp;Wijzigen…</source>
            <translation>Ed&amp;it…</translation>
        </message>
        <message>
            <source>Nieuwe &amp;afspraak…</source>
            <translation>New &amp;agreement…</translation>
        </message>
        <message>
            <source>nog niet geëvalueerd</source>
            <translation>not evaluated yet</translation>
        </message>
        <message>
            <source>(een meting is sindsdien gewijzigd)</source>
            <translation>(a reading has changed since)</translation>
        </message>
        <message>
            <source>Stat&amp;us en evaluatie…</source>
            <translation>Stat&amp;us and evaluation…</translation>
        </message>
        <message>
            <source>Actief</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Afgesloten</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Voornaam</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Achternaam</source>
            <translation>Family name</translation>
        </message>
        <message>
            <source>Geboortedatum</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Groep</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Dossier geopend op</source>
            <translation>File opened on</translation>
        </message>
        <message>
            <source>Afgesloten op</source>
            <translation>Closed on</translation>
        </message>
        <message>
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Ontwikkelgebied</source>
            <translation>Development area</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Uiterlijk</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Heeft het geholpen?</source>
            <translation>Has it helped?</translation>
        </message>
        <message>
            <source>In één zin</source>
            <translation>In one sentence</translation>
        </message>
        <message>
            <source>Bij overleg</source>
            <translation>For meeting</translation>
        </message>
        <message>
            <source>Tekst</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Corrigeren…</source>
            <translation>&amp;Correct…</translation>
        </message>
        <message>
            <source>Intr&amp;ekken…</source>
            <translation>&amp;Withdraw…</translation>
        </message>
        <message>
            <source>Toon gezichtspunt</source>
            <translation>Show perspective</translation>
        </message>
        <message>
            <source>Alle gezichtspunten</source>
            <translation>All perspectives</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Gezichtspunt</source>
            <translation>Perspective</translation>
        </message>
        <message>
            <source>Gegeven door</source>
            <translation>Given by</translation>
        </message>
        <message>
            <source>Versie</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Meting</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>%d (ingetrokken)</source>
            <translation>%d (withdrawn)</translation>
        </message>
        <message>
            <source>%d (vervangen)</source>
            <translation>%d (replaced)</translation>
        </message>
        <message>
            <source>ingevoerd door</source>
            <translation>entered by</translation>
        </message>
        <message>
            <source>Wat gaat goed</source>
            <translation>What goes well</translation>
        </message>
        <message>
            <source>Wensen / hoop</source>
            <translation>Wishes / hopes</translation>
        </message>
        <message>
            <source>Ingetrokken op %s door %s</source>
            <translation>Withdrawn on %s by %s</translation>
        </message>
        <message>
            <source>Telt niet mee in de ster, de gespreksonderwerpen en de overzichten.</source>
            <translation>Not counted in the star, the conversation topics or the overviews.</translation>
        </message>
        <message>
            <source>huidig</source>
            <translation>current</translation>
        </message>
        <message>
            <source>vervangen op %s</source>
            <translation>replaced on %s</translation>
        </message>
        <message>
            <source>Versie %d</source>
            <translation>Version %d</translation>
        </message>
        <message>
            <source>door</source>
            <translation>by</translation>
        </message>
        <message>
            <source>Geschiedenis van correcties</source>
            <translation>History of corrections</translation>
        </message>
        <message>
            <source>Toestemming vastle&amp;ggen…</source>
            <translation>Re&amp;cord consent…</translation>
        </message>
        <message>
            <source>Intr&amp;ekken</source>
            <translation>&amp;Withdraw</translation>
        </message>
        <message>
            <source>Met wie</source>
            <translation>With whom</translation>
        </message>
        <message>
            <source>Gegeven op</source>
            <translation>Given on</translation>
        </message>
        <message>
            <source>Geldig tot</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Ingetrokken op</source>
            <translation>Withdrawn on</translation>
        </message>
        <message>
            <source>Nu geldig</source>
            <translation>Valid now</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>nee</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Die toestemming is vastgelegd.</source>
            <translation>That consent has been recorded.</translation>
        </message>
        <message>
            <source>het kind</source>
            <translation>the child</translation>
        </message>
        <message>
            <source>en</source>
            <translation>and</translation>
        </message>
        <message>
            <source>Nog geen geldige toestemming van %s.</source>
            <translation>No valid consent yet from %s.</translation>
        </message>
        <message>
            <source>Bekeken</source>
            <translation>Viewed</translation>
        </message>
        <message>
            <source>Toegevoegd</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Gewijzigd</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Verwijderd</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Geëxporteerd</source>
            <translation>Exported</translation>
        </message>
        <message>
            <source>Afgedrukt</source>
            <translation>Printed</translation>
        </message>
        <message>
            <source>Gewist</source>
            <translation>Erased</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Concept</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Afspraak</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Overleg</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Toestemming</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Betrokkene</source>
            <translation>Person involved</translation>
        </message>
        <message>
            <source>Persoon</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Rapport</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>verwijderd (bewaard voor de geschiedenis)</source>
            <extracomment>Audit qualifiers of the mends (issue 10), in the user's words; others show as stored.</extracomment>
            <translation>removed (kept for the history)</translation>
        </message>
        <message>
            <source>ingetrokken</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <source>gepland</source>
            <translation>planned</translation>
        </message>
        <message>
            <source>gemarkeerd als gehouden</source>
            <translation>marked as held</translation>
        </message>
        <message>
            <source>geschiedenis bekeken</source>
            <translation>history viewed</translation>
        </message>
        <message>
            <source>intern → deelbaar</source>
            <translation>internal → shareable</translation>
        </message>
        <message>
            <source>deelbaar → intern</source>
            <translation>shareable → internal</translation>
        </message>
        <message>
            <source>gewijzigd: %s</source>
            <translation>changed: %s</translation>
        </message>
        <message>
            <source>Wie wanneer iets van dit kind bekeek of wijzigde, en namens wie (de school of organisatie, of de ouder voor wie een meting werd ingevoerd). De inhoud staat hier nooit in.</source>
            <translation>Who looked at or changed something of this child, when, and on whose behalf (the school or organisation, or the parent an assessment was entered for). The content is never shown here.</translation>
        </message>
        <message>
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Namens</source>
            <translation>On behalf of</translation>
        </message>
        <message>
            <source>Onderdeel</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Overleg &amp;plannen…</source>
            <translation>Pla&amp;n meeting…</translation>
        </message>
        <message>
            <source>Overleg &amp;vastleggen…</source>
            <translation>&amp;Record meeting…</translation>
        </message>
        <message>
            <source>Markeren als &amp;gehouden…</source>
            <translation>Mark as hel&amp;d…</translation>
        </message>
        <message>
            <source>&amp;Afspraak bij dit overleg…</source>
            <translation>&amp;Agreement for this meeting…</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Terugblik &amp;samenwerking…</source>
            <translation>Look back on &amp;cooperation…</translation>
        </message>
        <message>
            <source>Aanwezig</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Volgend overleg</source>
            <translation>Next meeting</translation>
        </message>
        <message>
            <source>Gekozen overleg</source>
            <translation>Selected meeting</translation>
        </message>
        <message>
            <source>Geen afspraken vastgelegd bij dit overleg.</source>
            <translation>No agreements recorded for this meeting.</translation>
        </message>
        <message>
            <source>Markeer het als gehouden als het overleg heeft plaatsgevonden.</source>
            <translation>Mark it as held once the meeting has taken place.</translation>
        </message>
        <message>
            <source>Samenvatting</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Besluiten</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Terugblik samenwerking</source>
            <translation>Look back on cooperation</translation>
        </message>
        <message>
            <source>Gehouden</source>
            <translation>Held</translation>
        </message>
        <message>
            <source>Notitie toevoe&amp;gen…</source>
            <translation>Add &amp;note…</translation>
        </message>
        <message>
            <source>B&amp;ewerken…</source>
            <translation>Ed&amp;it…</translation>
        </message>
        <message>
            <source>&amp;Zichtbaarheid wijzigen…</source>
            <translation>Chan&amp;ge visibility…</translation>
        </message>
        <message>
            <source>Ver&amp;wijderen…</source>
            <translation>&amp;Remove…</translation>
        </message>
        <message>
            <source>Ges&amp;chiedenis…</source>
            <translation>Hist&amp;ory…</translation>
        </message>
        <message>
            <source>Zichtbaar</source>
            <translation>Visible</translation>
        </message>
        <message>
            <source>Door</source>
            <translation>By</translation>
        </message>
        <message>
            <source>(bewerkt)</source>
            <translation>(edited)</translation>
        </message>
        <message>
            <source>Vervangen op %s door %s</source>
            <translation>Replaced on %s by %s</translation>
        </message>
        <message>
            <source>Deelbaar</source>
            <translation>Shareable</translation>
        </message>
        <message>
            <source>Intern</source>
            <translation>Internal</translation>
        </message>
        <message>
            <source>Overzicht</source>
            <extracomment>Links in the text that show all topics of a kind, or the first handful again.</extracomment>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Nog geen metingen.</source>
            <translation>No assessments yet.</translation>
        </message>
        <message>
            <source>Wensen en hoop</source>
            <translation>Wishes and hopes</translation>
        </message>
        <message>
            <source>Nog geen meting van: %s.</source>
            <translation>No assessment yet from: %s.</translation>
        </message>
        <message>
            <source>Gespreksonderwerpen</source>
            <translation>Conversation topics</translation>
        </message>
        <message>
            <source>Geen grote verschillen tussen de gezichtspunten.</source>
            <translation>No large differences between the perspectives.</translation>
        </message>
        <message>
            <source>Open afspraken</source>
            <translation>Open agreements</translation>
        </message>
        <message>
            <source>Nog niet gepland.</source>
            <translation>Not planned yet.</translation>
        </message>
        <message>
            <source>Nog niet ingevuld.</source>
            <translation>Not filled in yet.</translation>
        </message>
        <message>
            <source>nog niemand</source>
            <translation>nobody yet</translation>
        </message>
        <message>
            <source>uiterlijk %1</source>
            <translation>by %1</translation>
        </message>
        <message>
            <source>%1 — over tijd</source>
            <translation>%1 — overdue</translation>
        </message>
        <message>
            <source>uiterlijk %s</source>
            <translation>by %s</translation>
        </message>
        <message>
            <source>geen einddatum</source>
            <translation>no due date</translation>
        </message>
        <message>
            <source>over tijd</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>Geen open afspraken.</source>
            <translation>No open agreements.</translation>
        </message>
        <message>
            <source>Betrokkene toe&amp;voegen…</source>
            <translation>&amp;Add person involved…</translation>
        </message>
        <message>
            <source>&amp;Regiehouder maken</source>
            <translation>Make case &amp;coordinator</translation>
        </message>
        <message>
            <source>&amp;Niet meer betrokken</source>
            <translation>&amp;No longer involved</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Regie</source>
            <translation>Coordination</translation>
        </message>
        <message>
            <source>Regiehouder</source>
            <translation>Case coordinator</translation>
        </message>
        <message>
            <source>Regie ligt bij %s.</source>
            <translation>%s coordinates the case.</translation>
        </message>
        <message>
            <source>Er is nog geen regiehouder gekozen.</source>
            <translation>No case coordinator has been chosen yet.</translation>
        </message>
        <message>
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Geen verbinding met de teamserver: het concept staat versleuteld op deze laptop.</source>
            <translation>No connection to the team server: the draft is kept encrypted on this laptop.</translation>
        </message>
        <message>
            <source>Concept bewaard om %s</source>
            <translation>Draft saved at %s</translation>
        </message>
        <message>
            <source>De verbinding is terug: het concept staat op de teamserver.</source>
            <translation>The connection is back: the draft is on the team server.</translation>
        </message>
        <message>
            <source>Concept niet bewaard: %s</source>
            <translation>Draft not saved: %s</translation>
        </message>
        <message>
            <source>Er is een concept van %s (%s): verder gaan of weggooien?</source>
            <translation>There is a draft from %s (%s): continue or throw away?</translation>
        </message>
        <message>
            <source>Voor het kind:</source>
            <translation>For the child:</translation>
        </message>
        <message>
            <source>Vragen</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Verberg andere gezichtspunten</source>
            <translation>Hide other perspectives</translation>
        </message>
        <message>
            <source>Toon andere gezichtspunten</source>
            <translation>Show other perspectives</translation>
        </message>
        <message>
            <source>Vul in wat er goed gaat: dat hoort bij elke meting, ook als het weinig is.</source>
            <translation>Fill in what goes well: it belongs to every assessment, even when it is little.</translation>
        </message>
        <message>
            <source>Vul in wie deze scores gaf.</source>
            <translation>Fill in who gave these scores.</translation>
        </message>
        <message>
            <source>Schrijf kort op waarom je deze meting corrigeert.</source>
            <translation>Briefly write down why you are correcting this assessment.</translation>
        </message>
        <message>
            <source>Nog niet ingevuld</source>
            <translation>Not filled in yet</translation>
        </message>
        <message>
            <source>Opslaan als 'weet niet'</source>
            <translation>Save as 'don't know'</translation>
        </message>
        <message>
            <source>Terug naar de meting</source>
            <translation>Back to the assessment</translation>
        </message>
        <message>
            <source>meting</source>
            <translation>assessment</translation>
        </message>
        <message>
            <source>Er wordt een meting ingevoerd; de andere gezichtspunten zijn even verborgen.</source>
            <translation>An assessment is being entered; the other perspectives are hidden for now.</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>%1
(gespreksonderwerp)</source>
            <translation>%1
(conversation topic)</translation>
        </message>
        <message>
            <source>%s (het kind)</source>
            <translation>%s (the child)</translation>
        </message>
        <message>
            <source>%s (ouder/verzorger)</source>
            <translation>%s (parent/carer)</translation>
        </message>
        <message>
            <source>4 tot en met 7 jaar</source>
            <translation>4 to 7 years</translation>
        </message>
        <message>
            <source>8 jaar of ouder</source>
            <translation>8 years or older</translation>
        </message>
        <message>
            <source>%s — jouw wachtwoord is nodig om terug te gaan.</source>
            <translation>%s — your passphrase is needed to come back.</translation>
        </message>
        <message>
            <source>Beginnen</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>nog geen nieuwe meting</source>
            <translation>no new reading yet</translation>
        </message>
        <message>
            <source>geen meting vooraf</source>
            <translation>no reading before</translation>
        </message>
        <message>
            <source>Sinds de evaluatie van %1 is een meting gecorrigeerd of ingetrokken: %2.</source>
            <translation>Since the evaluation of %1 a reading has been corrected or withdrawn: %2.</translation>
        </message>
        <message>
            <source>Afgeronde afspraak evalueren</source>
            <translation>Evaluate a completed agreement</translation>
        </message>
        <message>
            <source>Gestopte afspraak evalueren</source>
            <translation>Evaluate a stopped agreement</translation>
        </message>
        <message>
            <source>Geen metingen bij de ontwikkelgebieden van deze afspraak.</source>
            <translation>No readings for this agreement's areas.</translation>
        </message>
        <message>
            <source>(kies)</source>
            <translation>(choose)</translation>
        </message>
        <message>
            <source>1 – helemaal niet</source>
            <translation>1 – not at all</translation>
        </message>
        <message>
            <source>5 – helemaal wel</source>
            <translation>5 – completely</translation>
        </message>
        <message>
            <source>weet niet</source>
            <translation>don't know</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Versie {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>Vrije software onder de MIT-licentie.</source>
            <translation>Free software under the MIT licence.</translation>
        </message>
        <message>
            <source>De acht ontwikkelgebieden van een kind, samen bekeken door school, ouders, zorg en het kind zelf. Geen risico-instrument: er is geen totaalscore en geen stoplicht. Alle gegevens staan versleuteld in de kluis op deze computer.</source>
            <translation>The eight development areas of a child, seen together by school, parents, care and the child. Not a risk instrument: there is no total score and no traffic light. All data is kept encrypted in the vault on this computer.</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>{name} levert geen licentietekst mee; de licentie is: {licence}</source>
            <translation>{name} ships no licence text; its licence is: {licence}</translation>
        </message>
        <message>
            <source>Deze installatie heeft geen kopie van {file}; die staat bij de broncode van Kansencirkel.</source>
            <translation>This installation has no copy of {file}; it comes with Kansencirkel's source code.</translation>
        </message>
        <message>
            <source>Hoe Kansencirkel de gegevens beschermt, uit {file}:</source>
            <translation>How Kansencirkel protects the data, from {file}:</translation>
        </message>
        <message>
            <source>Over Kansencirkel</source>
            <translation>About Kansencirkel</translation>
        </message>
        <message>
            <source>Onderdelen en licenties</source>
            <translation>Components and licences</translation>
        </message>
        <message>
            <source>Kansencirkel is gemaakt met deze vrije software. De lijst komt uit de gegevens van de geïnstalleerde onderdelen; kies een onderdeel om zijn licentietekst te zien.</source>
            <translation>Kansencirkel is built with this free software. The list comes from the installed components' own metadata; choose a component to see its licence text.</translation>
        </message>
        <message>
            <source>Onderdelen</source>
            <translation>Components</translation>
        </message>
        <message>
            <source>Onderdeel</source>
            <translation>Component</translation>
        </message>
        <message>
            <source>Versie</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licentie</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Zit in</source>
            <translation>Part of</translation>
        </message>
        <message>
            <source>Licentietekst</source>
            <translation>Licence text</translation>
        </message>
        <message>
            <source>Veiligheid</source>
            <translation>Security</translation>
        </message>
        <message>
            <source>Tekst van SECURITY.md</source>
            <translation>Text of SECURITY.md</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>(nog niemand)</source>
            <translation>(nobody yet)</translation>
        </message>
        <message>
            <source>(geen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>(geen soort)</source>
            <translation>(no kind)</translation>
        </message>
        <message>
            <source>Nieuwe afspraak</source>
            <translation>New agreement</translation>
        </message>
        <message>
            <source>Afspraak</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Schrijf op wat er gedaan wordt.</source>
            <translation>Write down what will be done.</translation>
        </message>
        <message>
            <source>De einddatum ligt vóór de startdatum; kies een latere datum.</source>
            <translation>The due date is before the start date; choose a later date.</translation>
        </message>
        <message>
            <source>&amp;Wat wordt er gedaan?</source>
            <translation>&amp;What will be done?</translation>
        </message>
        <message>
            <source>Wat wordt er gedaan</source>
            <translation>What will be done</translation>
        </message>
        <message>
            <source>Wie doet het</source>
            <translation>Who does it</translation>
        </message>
        <message>
            <source>Ontwikkelgebied(en)</source>
            <translation>Development area(s)</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>S&amp;tart</translation>
        </message>
        <message>
            <source>Startdatum</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>Uiterlijk &amp;klaar op</source>
            <translation>Done &amp;by</translation>
        </message>
        <message>
            <source>Uiterlijk klaar op</source>
            <translation>Done by</translation>
        </message>
        <message>
            <source>Wie &amp;doet het?</source>
            <translation>W&amp;ho does it?</translation>
        </message>
        <message>
            <source>S&amp;tatus</source>
            <translation>St&amp;atus</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Evaluatie</source>
            <translation>&amp;Evaluation</translation>
        </message>
        <message>
            <source>Evaluatie</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>&amp;Bij overleg</source>
            <translation>For &amp;meeting</translation>
        </message>
        <message>
            <source>Bij overleg</source>
            <translation>For meeting</translation>
        </message>
        <message>
            <source>Soo&amp;rt afspraak</source>
            <translation>&amp;Kind of agreement</translation>
        </message>
        <message>
            <source>Soort afspraak</source>
            <translation>Kind of agreement</translation>
        </message>
    </context>
    <context>
        <name>AgendaExportDialog</name>
        <message>
            <source>&amp;Opslaan als PDF…</source>
            <translation>&amp;Save as PDF…</translation>
        </message>
        <message>
            <source>Er staan geen kinderen op de agenda voor deze datum; vink aan wie je wilt bespreken.</source>
            <translation>There are no children on the agenda for this date; tick whom you want to discuss.</translation>
        </message>
        <message>
            <source>Toch &amp;opslaan</source>
            <translation>&amp;Save anyway</translation>
        </message>
        <message>
            <source>Agenda maken (PDF)</source>
            <translation>Make agenda (PDF)</translation>
        </message>
        <message>
            <source>&amp;Datum van het overleg</source>
            <translation>&amp;Date of the meeting</translation>
        </message>
        <message>
            <source>Datum van het overleg</source>
            <translation>Date of the meeting</translation>
        </message>
        <message>
            <source>&amp;Kinderen op de agenda (vink aan met de spatiebalk; de volgorde is die op papier)</source>
            <translation>&amp;Children on the agenda (tick with the space bar; the order here is the order on paper)</translation>
        </message>
        <message>
            <source>Kinderen op de agenda</source>
            <translation>Children on the agenda</translation>
        </message>
        <message>
            <source>Aangevinkte kinderen komen op de agenda, in deze volgorde.</source>
            <translation>Ticked children go on the agenda, in this order.</translation>
        </message>
        <message>
            <source>Om&amp;hoog</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <source>Het gekozen kind een plaats eerder op de agenda</source>
            <translation>The chosen child one place earlier on the agenda</translation>
        </message>
        <message>
            <source>Om&amp;laag</source>
            <translation>Move do&amp;wn</translation>
        </message>
        <message>
            <source>Het gekozen kind een plaats later op de agenda</source>
            <translation>The chosen child one place later on the agenda</translation>
        </message>
    </context>
    <context>
        <name>AssessmentForm</name>
        <message>
            <source>Meting voor %s</source>
            <translation>Assessment for %s</translation>
        </message>
        <message>
            <source>Meting corrigeren (versie %d)</source>
            <translation>Correct assessment (version %d)</translation>
        </message>
        <message>
            <source>Toon andere gezichtspunten</source>
            <translation>Show other perspectives</translation>
        </message>
        <message>
            <source>Meting opslaan…</source>
            <translation>Saving assessment…</translation>
        </message>
        <message>
            <source>Meting invoeren</source>
            <translation>Enter assessment</translation>
        </message>
        <message>
            <source>&amp;Gezichtspunt</source>
            <translation>&amp;Perspective</translation>
        </message>
        <message>
            <source>Gezichtspunt</source>
            <translation>Perspective</translation>
        </message>
        <message>
            <source>&amp;Datum</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>Datum van de meting</source>
            <translation>Date of the assessment</translation>
        </message>
        <message>
            <source>Gegeve&amp;n door</source>
            <translation>Given &amp;by</translation>
        </message>
        <message>
            <source>Gegeven door (naam)</source>
            <translation>Given by (name)</translation>
        </message>
        <message>
            <source>Rol van wie de scores gaf</source>
            <translation>Role of who gave the scores</translation>
        </message>
        <message>
            <source>&amp;Verder gaan</source>
            <translation>&amp;Continue</translation>
        </message>
        <message>
            <source>&amp;Weggooien</source>
            <translation>&amp;Discard</translation>
        </message>
        <message>
            <source>&amp;Reden van de correctie</source>
            <translation>&amp;Reason for the correction</translation>
        </message>
        <message>
            <source>Reden van de correctie</source>
            <translation>Reason for the correction</translation>
        </message>
        <message>
            <source>Kies per gebied met de toetsen 1–5, of 0 voor ‘weet niet’. Tab of Enter gaat naar het volgende gebied; Ctrl+Enter slaat op.</source>
            <translation>Choose per area with the keys 1–5, or 0 for ‘don’t know’. Tab or Enter goes to the next area; Ctrl+Enter saves.</translation>
        </message>
        <message>
            <source>W&amp;at gaat goed? (verplicht)</source>
            <translation>What goes &amp;well? (required)</translation>
        </message>
        <message>
            <source>W&amp;ensen / hoop</source>
            <translation>W&amp;ishes / hopes</translation>
        </message>
        <message>
            <source>Wat gaat goed</source>
            <translation>What goes well</translation>
        </message>
        <message>
            <source>Wensen en hoop</source>
            <translation>Wishes and hopes</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Wat je typt, wordt steeds als concept bewaard; sluiten kan dus altijd.</source>
            <translation>What you type is saved as a draft all the time, so you can always close.</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsSection</name>
        <message>
            <source>Meting intrekken</source>
            <translation>Withdraw assessment</translation>
        </message>
        <message>
            <source>Trek een meting alleen in als ze niet bij dit kind hoort of niet had mogen worden ingevoerd. Ze blijft met de reden in de geschiedenis staan, maar telt niet meer mee in de ster, de gespreksonderwerpen en de overzichten. Een verkeerde score verbeter je met Corrigeren.</source>
            <translation>Withdraw an assessment only when it does not belong to this child or should not have been entered. It stays in the history with the reason, but no longer counts in the star, the conversation topics or the overviews. To fix a wrong score, use Correct.</translation>
        </message>
        <message>
            <source>Meting &amp;intrekken</source>
            <translation>&amp;Withdraw assessment</translation>
        </message>
        <message>
            <source>Meting van %1, %2, gegeven door %3</source>
            <translation>Assessment from %1, %2, given by %3</translation>
        </message>
    </context>
    <context>
        <name>ChildDialog</name>
        <message>
            <source>Kind wijzigen</source>
            <translation>Edit child</translation>
        </message>
        <message>
            <source>Kind toevoegen</source>
            <translation>Add child</translation>
        </message>
        <message>
            <source>Vul de voornaam van het kind in.</source>
            <translation>Fill in the child's first name.</translation>
        </message>
        <message>
            <source>Vul de achternaam van het kind in.</source>
            <translation>Fill in the child's family name.</translation>
        </message>
        <message>
            <source>De geboortedatum is geen geldige datum; schrijf hem als dd-mm-jjjj of laat het vak leeg.</source>
            <translation>The date of birth is not a valid date; write it as dd-mm-yyyy or leave the field empty.</translation>
        </message>
        <message>
            <source>De geboortedatum ligt in de toekomst of te ver terug; controleer het jaar.</source>
            <translation>The date of birth is in the future or too long ago; check the year.</translation>
        </message>
        <message>
            <source>Vul bij 'Dossier geopend op' een datum in, niet later dan vandaag (dd-mm-jjjj).</source>
            <translation>Fill in a date for 'File opened on', not later than today (dd-mm-yyyy).</translation>
        </message>
        <message>
            <source>Kind — Kansencirkel</source>
            <translation>Child — Kansencirkel</translation>
        </message>
        <message>
            <source>Leg alleen vast wat het team nodig heeft. De geboortedatum is niet verplicht; die bepaalt wel wie toestemming geeft.</source>
            <translation>Record only what the team needs. The date of birth is optional; it does decide who gives consent.</translation>
        </message>
        <message>
            <source>&amp;Voornaam:</source>
            <translation>&amp;First name:</translation>
        </message>
        <message>
            <source>Voornaam</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>&amp;Achternaam:</source>
            <translation>Famil&amp;y name:</translation>
        </message>
        <message>
            <source>Achternaam</source>
            <translation>Family name</translation>
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
            <translation>&amp;Class:</translation>
        </message>
        <message>
            <source>Groep</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Geboorte&amp;datum:</source>
            <translation>&amp;Date of birth:</translation>
        </message>
        <message>
            <source>Dossier geopend o&amp;p:</source>
            <translation>File &amp;opened on:</translation>
        </message>
        <message>
            <source>Geboortedatum</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Dossier geopend op</source>
            <translation>File opened on</translation>
        </message>
        <message>
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-yyyy</translation>
        </message>
        <message>
            <source>bijv. 6 of 7B</source>
            <translation>e.g. 6 or 7B</translation>
        </message>
        <message>
            <source>Mag leeg blijven. Wel nodig om te weten wie toestemming geeft (ouders, het kind of samen).</source>
            <translation>May stay empty. It is needed to know who gives consent (the parents, the child, or both).</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Message</translation>
        </message>
    </context>
    <context>
        <name>ChildPage</name>
        <message>
            <source>Gegevens worden geladen…</source>
            <translation>Loading data…</translation>
        </message>
        <message>
            <source>{n} jaar</source>
            <comment>age, one</comment>
            <translation>{n} year</translation>
        </message>
        <message>
            <source>{n} jaar</source>
            <comment>age, more</comment>
            <translation>{n} years</translation>
        </message>
        <message>
            <source>leeftijd onbekend</source>
            <translation>age unknown</translation>
        </message>
        <message>
            <source>groep %s</source>
            <translation>class %s</translation>
        </message>
        <message>
            <source>Afgesloten op %s</source>
            <translation>Closed on %s</translation>
        </message>
        <message>
            <source>, bewaren tot %s</source>
            <translation>, keep until %s</translation>
        </message>
        <message>
            <source>Actief</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Regiehouder: %s</source>
            <translation>Case coordinator: %s</translation>
        </message>
        <message>
            <source>Nog geen regiehouder</source>
            <translation>No case coordinator yet</translation>
        </message>
        <message>
            <source>Opslaan…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>&amp;Meting invoeren</source>
            <translation>&amp;Enter assessment</translation>
        </message>
        <message>
            <source>Samen invu&amp;llen…</source>
            <translation>Fi&amp;ll in together…</translation>
        </message>
        <message>
            <source>Het kind of een ouder vult de eigen ster in op deze laptop</source>
            <translation>The child or a parent fills in their own star on this laptop</translation>
        </message>
        <message>
            <source>Af&amp;drukken…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>AVG-inzage maken…</source>
            <translation>GDPR access copy…</translation>
        </message>
        <message>
            <source>Alles wat de kluis over dit kind bewaart, in een PDF en een JSON-bestand (voor een verzoek om inzage)</source>
            <translation>Everything the vault holds about this child, in a PDF and a JSON file (for a subject access request)</translation>
        </message>
        <message>
            <source>Delen…</source>
            <translation>Share…</translation>
        </message>
        <message>
            <source>Versleuteld overdragen aan school of zorg, of exporteren voor een AVG-verzoek</source>
            <translation>Hand over encrypted to school or care, or export for a GDPR request</translation>
        </message>
        <message>
            <source>&amp;Terug</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>Verder gaan</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Weggooien</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Overzicht</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Metingen</source>
            <translation>Assessments</translation>
        </message>
        <message>
            <source>Afspraken</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Overleggen</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Betrokkenen</source>
            <translation>People involved</translation>
        </message>
        <message>
            <source>Toestemming</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Notities</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Logboek</source>
            <translation>Log</translation>
        </message>
    </context>
    <context>
        <name>ChildrenList</name>
        <message>
            <source>Kinderen laden…</source>
            <translation>Loading children…</translation>
        </message>
        <message>
            <source>Nog geen kinderen. Kies 'Kind toevoegen' om te beginnen.</source>
            <translation>No children yet. Choose 'Add child' to begin.</translation>
        </message>
        <message>
            <source>{n} kinderen</source>
            <translation>{n} children</translation>
        </message>
        <message>
            <source>{n} kind</source>
            <translation>{n} child</translation>
        </message>
        <message>
            <source>{shown} van {n} kind</source>
            <translation>{shown} of {n} child</translation>
        </message>
        <message>
            <source>{shown} van {n} kinderen</source>
            <translation>{shown} of {n} children</translation>
        </message>
        <message>
            <source>Het dossier van {name} afsluiten? Het kind staat dan niet meer bij de actieve kinderen. Je kunt het later weer heropenen; na de bewaartermijn kan het worden gewist.</source>
            <translation>Close {name}'s case file? The child is then no longer among the active children. You can reopen the file later; after the retention period it can be erased.</translation>
        </message>
        <message>
            <source>Dossier h&amp;eropenen</source>
            <translation>Reo&amp;pen case file</translation>
        </message>
        <message>
            <source>Het kind staat dan weer bij de actieve kinderen.</source>
            <translation>The child is then among the active children again.</translation>
        </message>
        <message>
            <source>Dossier a&amp;fsluiten</source>
            <translation>Close &amp;case file</translation>
        </message>
        <message>
            <source>Het kind gaat naar de afgesloten dossiers; je kunt het later heropenen. Er wordt niets gewist.</source>
            <translation>The child moves to the closed case files; you can reopen it later. Nothing is erased.</translation>
        </message>
        <message>
            <source>Dossier afsluiten</source>
            <translation>Close case file</translation>
        </message>
        <message>
            <source>&amp;Zoeken:</source>
            <translation>Sea&amp;rch:</translation>
        </message>
        <message>
            <source>Zoeken op naam, school of groep</source>
            <translation>Search by name, school or class</translation>
        </message>
        <message>
            <source>Naam, school of groep</source>
            <translation>Name, school or class</translation>
        </message>
        <message>
            <source>&amp;Toon:</source>
            <translation>Sho&amp;w:</translation>
        </message>
        <message>
            <source>Welke kinderen tonen</source>
            <translation>Which children to show</translation>
        </message>
        <message>
            <source>Actief</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Afgesloten</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Alle</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Alleen kinderen die aandacht nodig hebben</source>
            <translation>Only children who need attention</translation>
        </message>
        <message>
            <source>Alleen &amp;aandacht nodig</source>
            <translation>Only needing a&amp;ttention</translation>
        </message>
        <message>
            <source>Kind toevoegen</source>
            <translation>Add child</translation>
        </message>
        <message>
            <source>Kind toe&amp;voegen…</source>
            <translation>&amp;Add child…</translation>
        </message>
        <message>
            <source>O&amp;penen</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Lijst met kinderen</source>
            <translation>List of children</translation>
        </message>
        <message>
            <source>Afspraken over de datum, een overleg dat eraan komt of een gezichtspunt dat ontbreekt of lang niet is gescoord</source>
            <translation>Actions past their date, a meeting coming up, or a perspective that is missing or was scored long ago</translation>
        </message>
        <message>
            <source>Aantal kinderen</source>
            <translation>Number of children</translation>
        </message>
        <message>
            <source>Gekozen kind openen</source>
            <translation>Open the chosen child</translation>
        </message>
        <message>
            <source>Gegevens van het gekozen kind wijzigen</source>
            <translation>Edit the chosen child's details</translation>
        </message>
        <message>
            <source>&amp;Wijzigen…</source>
            <translation>Ed&amp;it…</translation>
        </message>
        <message>
            <source>Dossier afsluiten of heropenen</source>
            <translation>Close or reopen the case file</translation>
        </message>
    </context>
    <context>
        <name>ChildrenModel</name>
        <message>
            <source>Naam</source>
            <extracomment>Letters that Unicode does not decompose into a base letter plus an accent.</extracomment>
            <translation>Name</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Groep</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Afspraken</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Volgend overleg</source>
            <translation>Next meeting</translation>
        </message>
        <message>
            <source>Gezichtspunten</source>
            <translation>Perspectives</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>File</translation>
        </message>
        <message>
            <source>afspraken over de datum: {n}</source>
            <translation>agreements past their date: {n}</translation>
        </message>
        <message>
            <source>overleg komt eraan of is nodig</source>
            <translation>a meeting is coming up or is needed</translation>
        </message>
        <message>
            <source>Aandacht nodig: {why}</source>
            <translation>Needs attention: {why}</translation>
        </message>
        <message>
            <source>geen open</source>
            <translation>none open</translation>
        </message>
        <message>
            <source>{open} open, {late} over de datum</source>
            <translation>{open} open, {late} overdue</translation>
        </message>
        <message>
            <source>{open} open</source>
            <translation>{open} open</translation>
        </message>
        <message>
            <source>nog niet gepland</source>
            <translation>not planned yet</translation>
        </message>
        <message>
            <source>vandaag</source>
            <translation>today</translation>
        </message>
        <message>
            <source>afgesloten {day}</source>
            <translation>closed {day}</translation>
        </message>
        <message>
            <source>actief</source>
            <translation>active</translation>
        </message>
        <message>
            <source>ontbreekt: {names}</source>
            <translation>missing: {names}</translation>
        </message>
        <message>
            <source>lang geleden: {names}</source>
            <translation>long ago: {names}</translation>
        </message>
        <message>
            <source>compleet</source>
            <translation>complete</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Wat jij opsloeg is nog niet bewaard. Hieronder staat wat verschilt met wat nu is opgeslagen. Kies welke versie blijft.</source>
            <translation>What you saved has not been stored yet. Below is what differs from what is stored now. Choose which version stays.</translation>
        </message>
        <message>
            <source>Blijft</source>
            <translation>Stays</translation>
        </message>
        <message>
            <source>Welke versie blijft: %s</source>
            <translation>Which version stays: %s</translation>
        </message>
        <message>
            <source>&amp;Mijn versie opslaan</source>
            <translation>Save &amp;my version</translation>
        </message>
        <message>
            <source>&amp;Opslaan zoals gekozen</source>
            <translation>&amp;Save as chosen</translation>
        </message>
        <message>
            <source>De opgeslagen versie &amp;houden</source>
            <translation>&amp;Keep the stored version</translation>
        </message>
        <message>
            <source>Wat jij opsloeg is nog niet bewaard. Hieronder staat wat verschilt met wat nu is opgeslagen. Kies per gegeven wat blijft, of in één keer een van beide versies.</source>
            <translation>What you saved has not been stored yet. Below is what differs from what is stored now. Choose per detail what stays, or one of the two versions at once.</translation>
        </message>
        <message>
            <source>&amp;Terug naar mijn invoer</source>
            <translation>&amp;Back to what I typed</translation>
        </message>
        <message>
            <source>Intussen veranderd</source>
            <translation>Changed in the meantime</translation>
        </message>
        <message>
            <source>Iemand anders heeft dit intussen veranderd</source>
            <translation>Someone else has changed this in the meantime</translation>
        </message>
        <message>
            <source>Verschillen tussen de twee versies</source>
            <translation>Differences between the two versions</translation>
        </message>
        <message>
            <source>Gegeven</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Wat jij opsloeg</source>
            <translation>What you saved</translation>
        </message>
        <message>
            <source>Wat nu is opgeslagen</source>
            <translation>What is stored now</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Vul in wie de toestemming gaf.</source>
            <translation>Fill in who gave consent.</translation>
        </message>
        <message>
            <source>Vink aan wat er gedeeld mag worden.</source>
            <translation>Tick what may be shared.</translation>
        </message>
        <message>
            <source>Vink aan met wie het gedeeld mag worden.</source>
            <translation>Tick with whom it may be shared.</translation>
        </message>
        <message>
            <source>De einddatum moet na de datum van geven liggen.</source>
            <translation>The end date must be after the date it was given.</translation>
        </message>
        <message>
            <source>Toestemming vastleggen</source>
            <translation>Record consent</translation>
        </message>
        <message>
            <source>&amp;Wie geeft toestemming</source>
            <translation>&amp;Who gives consent</translation>
        </message>
        <message>
            <source>Wie geeft toestemming</source>
            <translation>Who gives consent</translation>
        </message>
        <message>
            <source>&amp;Naam</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>Naam van wie toestemming geeft</source>
            <translation>Name of who gives consent</translation>
        </message>
        <message>
            <source>Wat mag gedeeld worden</source>
            <translation>What may be shared</translation>
        </message>
        <message>
            <source>Met wie</source>
            <translation>With whom</translation>
        </message>
        <message>
            <source>&amp;Gegeven op</source>
            <translation>&amp;Given on</translation>
        </message>
        <message>
            <source>Gegeven op</source>
            <translation>Given on</translation>
        </message>
        <message>
            <source>Geldig &amp;tot</source>
            <translation>Valid &amp;until</translation>
        </message>
        <message>
            <source>Geldig tot</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Op&amp;merking</source>
            <translation>&amp;Remark</translation>
        </message>
        <message>
            <source>Opmerking</source>
            <translation>Remark</translation>
        </message>
    </context>
    <context>
        <name>ElementRow</name>
        <message>
            <source>%s (toets 0)</source>
            <translation>%s (key 0)</translation>
        </message>
        <message>
            <source>%s (toets %d)</source>
            <translation>%s (key %d)</translation>
        </message>
        <message>
            <source>Toelichting bij %s</source>
            <translation>Explanation for %s</translation>
        </message>
        <message>
            <source>nog niet ingevuld</source>
            <translation>not filled in yet</translation>
        </message>
        <message>
            <source>Toelichting</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <source>Toelichting bij dit gebied (mag leeg)</source>
            <translation>A note on this area (may be empty)</translation>
        </message>
    </context>
    <context>
        <name>EraseConfirmDialog</name>
        <message>
            <source>Alles over dit kind gaat uit de kluis: metingen, notities, afspraken, overleggen en toestemmingen. Dit kan niet ongedaan worden gemaakt. In het auditlog blijft alleen staan dat het dossier is gewist.</source>
            <translation>Everything about this child leaves the vault: assessments, notes, agreements, meetings and consents. This cannot be undone. The audit log only keeps that the file was erased.</translation>
        </message>
        <message>
            <source>&amp;Definitief wissen</source>
            <translation>Erase for &amp;good</translation>
        </message>
        <message>
            <source>Dossier wissen</source>
            <translation>Erase file</translation>
        </message>
        <message>
            <source>&amp;Ik begrijp dat wissen niet ongedaan kan worden gemaakt</source>
            <translation>&amp;I understand that erasing cannot be undone</translation>
        </message>
    </context>
    <context>
        <name>EvaluationDialog</name>
        <message>
            <source>Kies of het geholpen heeft (of: weet nog niet).</source>
            <translation>Choose whether it helped (or: not sure yet).</translation>
        </message>
        <message>
            <source>Schrijf in één zin wat het team zag.</source>
            <translation>Write in one sentence what the team saw.</translation>
        </message>
        <message>
            <source>Afspraak evalueren</source>
            <translation>Evaluate agreement</translation>
        </message>
        <message>
            <source>&amp;Metingen vóór de start en sindsdien</source>
            <translation>&amp;Readings before the start and since</translation>
        </message>
        <message>
            <source>Metingen vóór de start en sindsdien</source>
            <translation>Readings before the start and since</translation>
        </message>
        <message>
            <source>Ontwikkelgebied</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Vóór de start</source>
            <translation>Before the start</translation>
        </message>
        <message>
            <source>Sindsdien</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Gezichtspunt</source>
            <translation>Perspective</translation>
        </message>
        <message>
            <source>Heeft het geholpen?</source>
            <translation>Has it helped?</translation>
        </message>
        <message>
            <source>&amp;Ja</source>
            <translation>&amp;Yes</translation>
        </message>
        <message>
            <source>D&amp;eels</source>
            <translation>&amp;Partly</translation>
        </message>
        <message>
            <source>&amp;Nee</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>&amp;Weet nog niet</source>
            <translation>No&amp;t sure yet</translation>
        </message>
        <message>
            <source>&amp;In één zin</source>
            <translation>&amp;In one sentence</translation>
        </message>
        <message>
            <source>In één zin: wat zag het team?</source>
            <translation>In one sentence: what did the team see?</translation>
        </message>
        <message>
            <source>Wat zag het team? Bijvoorbeeld: ze speelt nu vaker buiten.</source>
            <translation>What did the team see? For example: she now plays outside more often.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>4 tot 7 jaar (wordt voorgelezen)</source>
            <translation>4 to 7 years (read aloud)</translation>
        </message>
        <message>
            <source>8 tot 12 jaar</source>
            <translation>8 to 12 years</translation>
        </message>
        <message>
            <source>12 jaar en ouder</source>
            <translation>12 years and older</translation>
        </message>
        <message>
            <source>&amp;Opslaan als PDF…</source>
            <translation>&amp;Save as PDF…</translation>
        </message>
        <message>
            <source>Gegevens laden…</source>
            <translation>Loading data…</translation>
        </message>
        <message>
            <source>Gekozen uit de geboortedatum van het kind.</source>
            <translation>Chosen from the child's date of birth.</translation>
        </message>
        <message>
            <source>Voor het kernteam: alle gekozen blikken, afspraken en notities, ook interne.</source>
            <translation>For the core team: all chosen views, agreements and notes, including internal ones.</translation>
        </message>
        <message>
            <source>Voor ouders, in eenvoudige taal: alleen wat de vastgelegde toestemming toelaat. Interne notities staan er nooit in.</source>
            <translation>For parents, in plain language: only what the recorded consent allows. Internal notes are never included.</translation>
        </message>
        <message>
            <source>Lege formulieren per blik, om vóór het overleg op papier in te vullen.</source>
            <translation>Empty forms per view, to fill in on paper before the meeting.</translation>
        </message>
        <message>
            <source>Geen toestemming om deze blik met ouders te delen.</source>
            <translation>No consent to share this view with parents.</translation>
        </message>
        <message>
            <source>Alle metingen (nieuwste per blik)</source>
            <translation>All assessments (latest per view)</translation>
        </message>
        <message>
            <source>Tot en met %1</source>
            <translation>Up to and including %1</translation>
        </message>
        <message>
            <source>Overzicht maken (PDF)</source>
            <translation>Make overview (PDF)</translation>
        </message>
        <message>
            <source>Soort overzicht</source>
            <translation>Type of overview</translation>
        </message>
        <message>
            <source>&amp;Kernteamoverzicht</source>
            <translation>&amp;Core team overview</translation>
        </message>
        <message>
            <source>Overzicht voor het o&amp;udergesprek</source>
            <translation>Overview for the &amp;parent meeting</translation>
        </message>
        <message>
            <source>&amp;Blanco invulformulier</source>
            <translation>&amp;Blank form</translation>
        </message>
        <message>
            <source>&amp;Leeftijd op het formulier van het kind</source>
            <translation>&amp;Age on the child's form</translation>
        </message>
        <message>
            <source>Leeftijd op het formulier van het kind</source>
            <translation>Age on the child's form</translation>
        </message>
        <message>
            <source>Blikken</source>
            <translation>Views</translation>
        </message>
        <message>
            <source>Metingen</source>
            <translation>Assessments</translation>
        </message>
        <message>
            <source>Metingen tot en met</source>
            <translation>Assessments up to and including</translation>
        </message>
        <message>
            <source>A&amp;rchiefversie (PDF/A)</source>
            <translation>A&amp;rchival copy (PDF/A)</translation>
        </message>
        <message>
            <source>Voor het groeidocument of OPP: een PDF die over jaren nog net zo te openen en af te drukken is (PDF/A-2b).</source>
            <translation>For the groeidocument or OPP: a PDF that opens and prints the same in years to come (PDF/A-2b).</translation>
        </message>
        <message>
            <source>Toestemming</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Voorbeeld wordt gemaakt…</source>
            <translation>Making preview…</translation>
        </message>
        <message>
            <source>Voorbeeld van de eerste pagina</source>
            <translation>Preview of the first page</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Vul de naam van het team in.</source>
            <extracomment>Roles a kernteam member typically has (parents and children never unlock the vault).</extracomment>
            <translation>Fill in the name of the team.</translation>
        </message>
        <message>
            <source>Vul je eigen naam in.</source>
            <translation>Fill in your own name.</translation>
        </message>
        <message>
            <source>De kluis wordt gemaakt…</source>
            <translation>Creating the vault…</translation>
        </message>
        <message>
            <source>&amp;Klaar, open Kansencirkel</source>
            <translation>&amp;Done, open Kansencirkel</translation>
        </message>
        <message>
            <source>Typ de laatste groep van de herstelcode over en vink het vakje aan.</source>
            <translation>Type the last group of the recovery code and tick the box.</translation>
        </message>
        <message>
            <source>Nieuwe kluis — Kansencirkel</source>
            <translation>New vault — Kansencirkel</translation>
        </message>
        <message>
            <source>Welkom bij Kansencirkel</source>
            <translation>Welcome to Kansencirkel</translation>
        </message>
        <message>
            <source>Alle gegevens over kinderen staan versleuteld in een kluis op deze computer. Maak de kluis voor jullie kernteam en kies een wachtwoord voor jezelf; andere teamleden voeg je later toe.</source>
            <translation>All data about children is kept encrypted in a vault on this computer. Create the vault for your core team and choose a passphrase for yourself; you add other team members later.</translation>
        </message>
        <message>
            <source>Waarschuwing over de plek van de kluis</source>
            <translation>Warning about where the vault is</translation>
        </message>
        <message>
            <source>Naam van het &amp;team:</source>
            <translation>Name of the &amp;team:</translation>
        </message>
        <message>
            <source>Naam van het team</source>
            <translation>Name of the team</translation>
        </message>
        <message>
            <source>bijvoorbeeld Kernteam De Regenboog</source>
            <translation>for example Core team De Regenboog</translation>
        </message>
        <message>
            <source>&amp;Jouw naam:</source>
            <translation>&amp;Your name:</translation>
        </message>
        <message>
            <source>Jouw naam</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Jouw &amp;rol:</source>
            <translation>Your &amp;role:</translation>
        </message>
        <message>
            <source>Jouw rol</source>
            <translation>Your role</translation>
        </message>
        <message>
            <source>&amp;Wachtwoord:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>Wachtwoord</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>&amp;Nog een keer:</source>
            <translation>&amp;Once more:</translation>
        </message>
        <message>
            <source>Wachtwoord herhalen</source>
            <translation>Repeat passphrase</translation>
        </message>
        <message>
            <source>Sterkte van het wachtwoord</source>
            <translation>Strength of the passphrase</translation>
        </message>
        <message>
            <source>Wachtwoordbeheer van het systeem</source>
            <translation>System password manager</translation>
        </message>
        <message>
            <source>laatste 4 tekens</source>
            <translation>last 4 characters</translation>
        </message>
        <message>
            <source>Jullie herstelcode</source>
            <translation>Your recovery code</translation>
        </message>
        <message>
            <source>Met deze code open je de kluis als iemand het wachtwoord vergeet of als de computer vervangen wordt. De code wordt maar één keer getoond. Druk hem af of schrijf hem op, en geef hem aan de privacyverantwoordelijke van de school.</source>
            <translation>This code opens the vault when someone forgets their passphrase or the computer is replaced. The code is shown only once. Print it or write it down, and give it to the school's privacy officer.</translation>
        </message>
        <message>
            <source>Herstelcode</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <source>Herstelcode afdrukken</source>
            <translation>Print recovery code</translation>
        </message>
        <message>
            <source>A&amp;fdrukken…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Herstelcode kopiëren</source>
            <translation>Copy recovery code</translation>
        </message>
        <message>
            <source>Ko&amp;piëren</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>&amp;Laatste groep ter controle:</source>
            <translation>&amp;Last group, as a check:</translation>
        </message>
        <message>
            <source>Laatste groep van de herstelcode</source>
            <translation>Last group of the recovery code</translation>
        </message>
        <message>
            <source>Ik heb de herstelcode afgedrukt of opgeschreven en bewaar hem op een veilige plek.</source>
            <translation>I have printed or written down the recovery code and keep it in a safe place.</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>&amp;Annuleren</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <source>&amp;Kluis maken</source>
            <translation>Create &amp;vault</translation>
        </message>
    </context>
    <context>
        <name>HandoverImportDialog</name>
        <message>
            <source>Het kind</source>
            <translation>The child</translation>
        </message>
        <message>
            <source>Betrokkene</source>
            <translation>Person involved</translation>
        </message>
        <message>
            <source>Meting</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Overleg</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Afspraak</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Toestemming</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>&amp;Inlezen</source>
            <translation>&amp;Read in</translation>
        </message>
        <message>
            <source>Kies het overdrachtsbestand en typ de code die je telefonisch kreeg.</source>
            <translation>Choose the hand-over file and type the code you were given by phone.</translation>
        </message>
        <message>
            <source>Overdracht kiezen</source>
            <translation>Choose hand-over</translation>
        </message>
        <message>
            <source>Overdracht (*.kcx)</source>
            <translation>Hand-over (*.kcx)</translation>
        </message>
        <message>
            <source>Kies eerst het overdrachtsbestand.</source>
            <translation>First choose the hand-over file.</translation>
        </message>
        <message>
            <source>Overdracht openen…</source>
            <translation>Opening the hand-over…</translation>
        </message>
        <message>
            <source>{name}: nieuw in deze kluis.</source>
            <translation>{name}: new in this vault.</translation>
        </message>
        <message>
            <source>{name}: {added} toegevoegd, {updated} bijgewerkt, {kept} blijft zoals hier (hier nieuwer).</source>
            <translation>{name}: {added} added, {updated} updated, {kept} stay as here (newer here).</translation>
        </message>
        <message>
            <source>Alles uit deze overdracht staat al in de kluis.</source>
            <translation>Everything in this hand-over is in the vault already.</translation>
        </message>
        <message>
            <source>Welke versie blijft</source>
            <translation>Which version stays</translation>
        </message>
        <message>
            <source>Deze kluis</source>
            <translation>This vault</translation>
        </message>
        <message>
            <source>De overdracht</source>
            <translation>The hand-over</translation>
        </message>
        <message>
            <source>Kies…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Kies bij elk conflict welke versie blijft.</source>
            <translation>Choose for each conflict which version stays.</translation>
        </message>
        <message>
            <source>Overdracht inlezen…</source>
            <translation>Reading the hand-over in…</translation>
        </message>
        <message>
            <source>Overdracht inlezen — Kansencirkel</source>
            <translation>Read a hand-over in — Kansencirkel</translation>
        </message>
        <message>
            <source>&amp;Bestand:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>Gekozen overdrachtsbestand</source>
            <translation>Chosen hand-over file</translation>
        </message>
        <message>
            <source>&amp;Kiezen…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Code:</translation>
        </message>
        <message>
            <source>Code van de overdracht</source>
            <translation>Code of the hand-over</translation>
        </message>
        <message>
            <source>zes groepjes van vier tekens, zoals doorgegeven</source>
            <translation>six groups of four characters, as passed on</translation>
        </message>
        <message>
            <source>&amp;Openen</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Op beide plekken gewijzigd; kies per regel welke versie blijft:</source>
            <translation>Changed in both places; choose per line which version stays:</translation>
        </message>
        <message>
            <source>Conflicten</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <source>In deze kluis</source>
            <translation>In this vault</translation>
        </message>
        <message>
            <source>In de overdracht</source>
            <translation>In the hand-over</translation>
        </message>
        <message>
            <source>Blijft</source>
            <translation>Stays</translation>
        </message>
    </context>
    <context>
        <name>HandoverMenu</name>
        <message>
            <source>Overdracht &amp;inlezen…</source>
            <translation>&amp;Read hand-over in…</translation>
        </message>
        <message>
            <source>Een versleuteld overdrachtsbestand (.kcx) inlezen</source>
            <translation>Read an encrypted hand-over file (.kcx) in</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>Handleiding — Kansencirkel</source>
            <translation>Guide — Kansencirkel</translation>
        </message>
        <message>
            <source>Onderwerpen van de handleiding</source>
            <translation>Topics of the guide</translation>
        </message>
        <message>
            <source>Tekst van de handleiding</source>
            <translation>Text of the guide</translation>
        </message>
        <message>
            <source>← &amp;Terug</source>
            <translation>← &amp;Back</translation>
        </message>
        <message>
            <source>Vorige pagina (Alt+←)</source>
            <translation>Previous page (Alt+←)</translation>
        </message>
        <message>
            <source>&amp;Vooruit →</source>
            <translation>&amp;Forward →</translation>
        </message>
        <message>
            <source>Volgende pagina (Alt+→)</source>
            <translation>Next page (Alt+→)</translation>
        </message>
        <message>
            <source>&amp;Sluiten</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Handleiding sluiten (Esc)</source>
            <translation>Close the guide (Esc)</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Geschiedenis</source>
            <translation>History</translation>
        </message>
    </context>
    <context>
        <name>InzageFlow</name>
        <message>
            <source>Map kiezen voor de AVG-inzage</source>
            <translation>Choose a folder for the GDPR access copy</translation>
        </message>
        <message>
            <source>AVG-inzage wordt gemaakt…</source>
            <translation>Making the GDPR access copy…</translation>
        </message>
        <message>
            <source>AVG-inzage gemaakt</source>
            <translation>GDPR access copy made</translation>
        </message>
        <message>
            <source>De AVG-inzage is opgeslagen in deze map:
%1

De twee bestanden:
%2
%3

Deze bestanden zijn niet versleuteld en bevatten persoonsgegevens van een kind. Geef ze alleen aan wie erom vroeg, en verwijder ze daarna.</source>
            <translation>The GDPR access copy was saved in this folder:
%1

The two files:
%2
%3

These files are not encrypted and hold a child's personal data. Give them only to whoever asked for them, and delete them afterwards.</translation>
        </message>
        <message>
            <source>PDF &amp;openen</source>
            <translation>&amp;Open PDF</translation>
        </message>
        <message>
            <source>AVG-inzage niet gemaakt</source>
            <translation>GDPR access copy not made</translation>
        </message>
    </context>
    <context>
        <name>KindsDialog</name>
        <message>
            <source>&amp;Sluiten</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>%1 (uit gebruik)</source>
            <translation>%1 (out of use)</translation>
        </message>
        <message>
            <source>&amp;Weer in gebruik nemen</source>
            <translation>Put &amp;back in use</translation>
        </message>
        <message>
            <source>&amp;Uit gebruik nemen</source>
            <translation>&amp;Take out of use</translation>
        </message>
        <message>
            <source>Soorten afspraken</source>
            <translation>Kinds of agreements</translation>
        </message>
        <message>
            <source>De soorten afspraken van deze kluis. Een soort die uit gebruik is, blijft staan bij de afspraken die hem al hebben en telt mee in Wat werkt, maar is niet meer te kiezen voor een nieuwe afspraak.</source>
            <translation>The kinds of agreements in this vault. A kind taken out of use stays on the agreements that already have it and still counts in What works, but can no longer be chosen for a new agreement.</translation>
        </message>
        <message>
            <source>Soorten in deze &amp;kluis</source>
            <translation>Kinds in this &amp;vault</translation>
        </message>
        <message>
            <source>&amp;Naam</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>Naam van de soort afspraak</source>
            <translation>Name of the kind of agreement</translation>
        </message>
        <message>
            <source>Bijvoorbeeld: Inzet buurtcoach</source>
            <translation>For example: Neighbourhood coach involved</translation>
        </message>
        <message>
            <source>&amp;Toevoegen</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>&amp;Hernoemen</source>
            <translation>&amp;Rename</translation>
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <source>Kansencirkel is vergrendeld.</source>
            <translation>Kansencirkel is locked.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Ingelogd teamlid</source>
            <translation>Signed-in team member</translation>
        </message>
        <message>
            <source>{team} — Kansencirkel</source>
            <translation>{team} — Kansencirkel</translation>
        </message>
        <message>
            <source>Ingelogd als {name} ({role})</source>
            <translation>Signed in as {name} ({role})</translation>
        </message>
        <message>
            <source>Wachtwoordbeheer van het systeem</source>
            <translation>System password manager</translation>
        </message>
        <message>
            <source>Teamserver</source>
            <translation>Team server</translation>
        </message>
        <message>
            <source>Op een teamserver beheert de beheerder de leden en wachtwoordzinnen met 'kansencirkel team member'.</source>
            <translation>On a team server the administrator manages members and passphrases with 'kansencirkel team member'.</translation>
        </message>
        <message>
            <source>De verbinding met de teamserver is weg; de app maakt hem vanzelf weer. Wat je typt blijft bewaard (een meting versleuteld op deze laptop); opslaan kan weer zodra de verbinding terug is.</source>
            <translation>The connection to the team server is gone; the app restores it by itself. What you type is kept (an assessment encrypted on this laptop); saving works again once the connection is back.</translation>
        </message>
        <message>
            <source>Er staan vandaag geen kinderen op de agenda; kies eerst een kind in de lijst.</source>
            <translation>There are no children on the agenda today; choose a child in the list first.</translation>
        </message>
        <message>
            <source>Je nieuwe wachtwoord is opgeslagen.</source>
            <translation>Your new passphrase has been saved.</translation>
        </message>
        <message>
            <source>Reservekopie gemaakt in {folder}</source>
            <translation>Backup made in {folder}</translation>
        </message>
        <message>
            <source>Reservekopie maken…</source>
            <translation>Making backup…</translation>
        </message>
        <message>
            <source>Demo-melding</source>
            <translation>Demo notice</translation>
        </message>
        <message>
            <source>DEMO — fictieve gegevens</source>
            <translation>DEMO — fictional data</translation>
        </message>
        <message>
            <source>Inhoud</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Kluis</source>
            <translation>&amp;Vault</translation>
        </message>
        <message>
            <source>&amp;Overleg</source>
            <translation>&amp;Meeting</translation>
        </message>
        <message>
            <source>&amp;Instellingen</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Statusbalk</source>
            <translation>Status bar</translation>
        </message>
        <message>
            <source>&amp;Nieuw kind…</source>
            <translation>&amp;New child…</translation>
        </message>
        <message>
            <source>Kind &amp;openen</source>
            <translation>&amp;Open child</translation>
        </message>
        <message>
            <source>&amp;Afsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Vergrendelen</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>&amp;Team…</source>
            <translation>&amp;Team…</translation>
        </message>
        <message>
            <source>&amp;Mijn wachtwoord wijzigen…</source>
            <translation>Change my &amp;passphrase…</translation>
        </message>
        <message>
            <source>Nieuwe &amp;herstelcode maken…</source>
            <translation>Make a new &amp;recovery code…</translation>
        </message>
        <message>
            <source>Maak een nieuwe herstelcode; de oude werkt daarna niet meer</source>
            <translation>Make a new recovery code; the old one stops working</translation>
        </message>
        <message>
            <source>&amp;Reservekopie maken</source>
            <translation>Make &amp;backup</translation>
        </message>
        <message>
            <source>&amp;Overlegmodus</source>
            <translation>&amp;Meeting mode</translation>
        </message>
        <message>
            <source>&amp;Agenda afdrukken…</source>
            <translation>Print &amp;agenda…</translation>
        </message>
        <message>
            <source>&amp;Wat werkt…</source>
            <translation>&amp;What works…</translation>
        </message>
        <message>
            <source>&amp;Instellingen…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Handleiding</source>
            <translation>&amp;Guide</translation>
        </message>
        <message>
            <source>&amp;Over Kansencirkel</source>
            <translation>&amp;About Kansencirkel</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>Overleg plannen</source>
            <translation>Plan a meeting</translation>
        </message>
        <message>
            <source>Overleg markeren als gehouden</source>
            <translation>Mark meeting as held</translation>
        </message>
        <message>
            <source>Overleg</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Overleg vastleggen</source>
            <translation>Record a meeting</translation>
        </message>
        <message>
            <source>Vink aan of vul in wie er bij waren.</source>
            <translation>Tick or fill in who was there.</translation>
        </message>
        <message>
            <source>Het volgende overleg ligt vóór dit overleg; kies een latere datum.</source>
            <translation>The next meeting is before this meeting; choose a later date.</translation>
        </message>
        <message>
            <source>&amp;Datum</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>Datum van het overleg</source>
            <translation>Date of the meeting</translation>
        </message>
        <message>
            <source>&amp;Soort</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>Soort overleg</source>
            <translation>Type of meeting</translation>
        </message>
        <message>
            <source>A&amp;anwezig</source>
            <translation>&amp;Present</translation>
        </message>
        <message>
            <source>Aanwezig</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Namen, gescheiden door komma's</source>
            <translation>Names, separated by commas</translation>
        </message>
        <message>
            <source>Andere aanwezigen</source>
            <translation>Others present</translation>
        </message>
        <message>
            <source>Sa&amp;menvatting</source>
            <translation>Su&amp;mmary</translation>
        </message>
        <message>
            <source>Samenvatting</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>&amp;Besluiten</source>
            <translation>D&amp;ecisions</translation>
        </message>
        <message>
            <source>Besluiten</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>&amp;Volgend overleg op</source>
            <translation>&amp;Next meeting on</translation>
        </message>
        <message>
            <source>Volgend overleg op</source>
            <translation>Next meeting on</translation>
        </message>
        <message>
            <source>Ande&amp;ren</source>
            <translation>&amp;Others</translation>
        </message>
    </context>
    <context>
        <name>MeetingMode</name>
        <message>
            <source>Overlegmodus</source>
            <translation>Meeting mode</translation>
        </message>
        <message>
            <source>← Vorige</source>
            <translation>← Previous</translation>
        </message>
        <message>
            <source>Vorig kind (pijl links)</source>
            <translation>Previous child (left arrow)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>Volgende →</source>
            <translation>Next →</translation>
        </message>
        <message>
            <source>Volgend kind (pijl rechts)</source>
            <translation>Next child (right arrow)</translation>
        </message>
        <message>
            <source>Wat gaat goed, gespreksonderwerpen en open afspraken</source>
            <translation>What goes well, conversation topics and open agreements</translation>
        </message>
        <message>
            <source>← → vorig of volgend kind · ↑ ↓ tekst schuiven · I initialen · Esc sluiten</source>
            <translation>← → previous or next child · ↑ ↓ scroll the text · I initials · Esc close</translation>
        </message>
        <message>
            <source>Alleen &amp;initialen (I)</source>
            <translation>&amp;Initials only (I)</translation>
        </message>
        <message>
            <source>Sluiten (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
    </context>
    <context>
        <name>MeetingModeWindow</name>
        <message>
            <source>Er staan vandaag geen kinderen op de agenda.</source>
            <translation>There are no children on the agenda today.</translation>
        </message>
        <message>
            <source>Kind %1 van %2</source>
            <translation>Child %1 of %2</translation>
        </message>
        <message>
            <source>Bezig met laden…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Kind laden…</source>
            <translation>Loading child…</translation>
        </message>
    </context>
    <context>
        <name>MenuExtras</name>
        <message>
            <source>De nieuwe herstelcode is in gebruik; de oude werkt niet meer.</source>
            <translation>The new recovery code is in use; the old one no longer works.</translation>
        </message>
    </context>
    <context>
        <name>NewRecoveryDialog</name>
        <message>
            <source>Typ eerst je wachtwoord.</source>
            <translation>Type your passphrase first.</translation>
        </message>
        <message>
            <source>Bezig…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <source>&amp;Nieuwe code in gebruik nemen</source>
            <translation>&amp;Start using the new code</translation>
        </message>
        <message>
            <source>Typ de laatste groep van de herstelcode over en vink het vakje aan.</source>
            <translation>Type the last group of the recovery code and tick the box.</translation>
        </message>
        <message>
            <source>Nieuwe herstelcode opslaan…</source>
            <translation>Saving the new recovery code…</translation>
        </message>
        <message>
            <source>Nieuwe herstelcode — Kansencirkel</source>
            <translation>New recovery code — Kansencirkel</translation>
        </message>
        <message>
            <source>Nieuwe herstelcode maken</source>
            <translation>Make a new recovery code</translation>
        </message>
        <message>
            <source>Je krijgt een nieuwe herstelcode. Zodra je hem hebt bewaard, werkt de oude herstelcode niet meer: vernietig dan het oude blad. Doe dit als de oude code kwijt is of als iemand anders hem heeft gezien.</source>
            <translation>You get a new recovery code. As soon as you have kept it, the old recovery code no longer works: then destroy the old sheet. Do this when the old code is lost or someone else has seen it.</translation>
        </message>
        <message>
            <source>Je &amp;wachtwoord:</source>
            <translation>Your &amp;passphrase:</translation>
        </message>
        <message>
            <source>Je wachtwoord, ter controle</source>
            <translation>Your passphrase, to check it is you</translation>
        </message>
        <message>
            <source>Ter controle dat jij het bent die de herstelcode vervangt.</source>
            <translation>To check that it is you who replaces the recovery code.</translation>
        </message>
        <message>
            <source>Jullie nieuwe herstelcode</source>
            <translation>Your team's new recovery code</translation>
        </message>
        <message>
            <source>De code wordt maar één keer getoond. Druk hem af of schrijf hem op, en geef hem aan de privacyverantwoordelijke van de school. Pas als je hieronder bevestigt, vervangt hij de oude code.</source>
            <translation>The code is shown only once. Print it or write it down, and give it to the school's privacy officer. Only when you confirm below does it replace the old code.</translation>
        </message>
        <message>
            <source>Nieuwe herstelcode</source>
            <translation>New recovery code</translation>
        </message>
        <message>
            <source>Herstelcode afdrukken</source>
            <translation>Print the recovery code</translation>
        </message>
        <message>
            <source>A&amp;fdrukken…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Herstelcode kopiëren</source>
            <translation>Copy the recovery code</translation>
        </message>
        <message>
            <source>&amp;Kopiëren</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>&amp;Laatste groep ter controle:</source>
            <translation>&amp;Last group, to check:</translation>
        </message>
        <message>
            <source>Laatste groep van de herstelcode</source>
            <translation>Last group of the recovery code</translation>
        </message>
        <message>
            <source>laatste 4 tekens</source>
            <translation>last 4 characters</translation>
        </message>
        <message>
            <source>Ik heb de nieuwe herstelcode afgedrukt of opgeschreven en bewaar hem op een veilige plek.</source>
            <translation>I have printed or written down the new recovery code and keep it in a safe place.</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>&amp;Annuleren</source>
            <translation>Ca&amp;ncel</translation>
        </message>
        <message>
            <source>&amp;Nieuwe code maken</source>
            <translation>&amp;Make new code</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Notitie bewerken</source>
            <translation>Edit note</translation>
        </message>
        <message>
            <source>Schrijf eerst de notitie.</source>
            <translation>Write the note first.</translation>
        </message>
        <message>
            <source>Er is niets gewijzigd aan de notitie.</source>
            <translation>Nothing in the note was changed.</translation>
        </message>
        <message>
            <source>Vul in waarom de notitie verandert; de oude versie blijft bewaard.</source>
            <translation>Fill in why the note changes; the old version is kept.</translation>
        </message>
        <message>
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>&amp;Datum</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>&amp;Tekst</source>
            <translation>&amp;Text</translation>
        </message>
        <message>
            <source>Tekst van de notitie</source>
            <translation>Text of the note</translation>
        </message>
        <message>
            <source>Ontwikkelgebied(en)</source>
            <translation>Development area(s)</translation>
        </message>
        <message>
            <source>&amp;Intern (alleen het team)</source>
            <translation>&amp;Internal (team only)</translation>
        </message>
        <message>
            <source>De&amp;elbaar (mag met ouders gedeeld worden)</source>
            <translation>S&amp;hareable (may be shared with parents)</translation>
        </message>
        <message>
            <source>&amp;Reden van de wijziging</source>
            <translation>&amp;Reason for the change</translation>
        </message>
        <message>
            <source>Reden van de wijziging</source>
            <translation>Reason for the change</translation>
        </message>
        <message>
            <source>Waarom? Dit blijft bij de geschiedenis bewaard.</source>
            <translation>Why? This is kept with the history.</translation>
        </message>
    </context>
    <context>
        <name>NotesSection</name>
        <message>
            <source>De notitie wordt intern: alleen het team ziet haar nog, en ze staat niet meer in het overzicht voor ouders.</source>
            <translation>The note becomes internal: only the team sees it, and it is no longer in the overview for parents.</translation>
        </message>
        <message>
            <source>De notitie wordt deelbaar: ze mag in het overzicht voor ouders staan (als er toestemming is).</source>
            <translation>The note becomes shareable: it may appear in the overview for parents (when there is consent).</translation>
        </message>
        <message>
            <source>Zichtbaarheid wijzigen</source>
            <translation>Change visibility</translation>
        </message>
        <message>
            <source>Maak intern</source>
            <translation>Make internal</translation>
        </message>
        <message>
            <source>Maak deelbaar</source>
            <translation>Make shareable</translation>
        </message>
        <message>
            <source>Notitie van %1: “%2”</source>
            <translation>Note of %1: “%2”</translation>
        </message>
        <message>
            <source>Notitie verwijderen</source>
            <translation>Remove note</translation>
        </message>
        <message>
            <source>De notitie verdwijnt uit het dossier en uit de overzichten. In het logboek blijft staan wie haar verwijderde, wanneer.</source>
            <translation>The note disappears from the case file and the overviews. The log keeps who removed it, and when.</translation>
        </message>
        <message>
            <source>&amp;Verwijderen</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Geschiedenis van de notitie</source>
            <translation>History of the note</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Typ eerst je huidige wachtwoord.</source>
            <translation>Type your current passphrase first.</translation>
        </message>
        <message>
            <source>Bezig…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <source>Nieuw wachtwoord opslaan…</source>
            <translation>Saving new passphrase…</translation>
        </message>
        <message>
            <source>Mijn wachtwoord wijzigen — Kansencirkel</source>
            <translation>Change my passphrase — Kansencirkel</translation>
        </message>
        <message>
            <source>&amp;Huidig wachtwoord:</source>
            <translation>&amp;Current passphrase:</translation>
        </message>
        <message>
            <source>Huidig wachtwoord</source>
            <translation>Current passphrase</translation>
        </message>
        <message>
            <source>&amp;Nieuw wachtwoord:</source>
            <translation>&amp;New passphrase:</translation>
        </message>
        <message>
            <source>Nieuw wachtwoord</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <source>N&amp;og een keer:</source>
            <translation>Once &amp;more:</translation>
        </message>
        <message>
            <source>Nieuw wachtwoord herhalen</source>
            <translation>Repeat new passphrase</translation>
        </message>
        <message>
            <source>Sterkte van het wachtwoord</source>
            <translation>Strength of the passphrase</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Message</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Nieuwe persoon</source>
            <translation>New person</translation>
        </message>
        <message>
            <source>Betrokkene wijzigen</source>
            <translation>Edit person involved</translation>
        </message>
        <message>
            <source>Betrokkene toevoegen</source>
            <translation>Add person involved</translation>
        </message>
        <message>
            <source>Vul een naam in.</source>
            <translation>Fill in a name.</translation>
        </message>
        <message>
            <source>Dit e-mailadres klopt niet; controleer het apenstaartje (@).</source>
            <translation>This e-mail address is not right; check the at sign (@).</translation>
        </message>
        <message>
            <source>Betrokkene</source>
            <translation>Person involved</translation>
        </message>
        <message>
            <source>Bestaande persoon of nieuw</source>
            <translation>Existing person or new</translation>
        </message>
        <message>
            <source>&amp;Naam</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>&amp;Rol</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Or&amp;ganisatie</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>Regie&amp;houder voor dit kind</source>
            <translation>Case coordinator for this c&amp;hild</translation>
        </message>
        <message>
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>&amp;Telefoon</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <source>Telefoon</source>
            <translation>Phone</translation>
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
            <translation>&amp;Choose someone</translation>
        </message>
    </context>
    <context>
        <name>PulseDialog</name>
        <message>
            <source>Kies bij elke vraag een antwoord (of: weet niet).</source>
            <translation>Choose an answer for every question (or: don't know).</translation>
        </message>
        <message>
            <source>Hoe ging de samenwerking?</source>
            <translation>How did the cooperation go?</translation>
        </message>
        <message>
            <source>Een korte terugblik op dit overleg, per kant — nooit per persoon. Alles is vrijwillig.</source>
            <translation>A short look back on this meeting, per side — never per person. Everything is optional.</translation>
        </message>
        <message>
            <source>&amp;Kant</source>
            <translation>Si&amp;de</translation>
        </message>
        <message>
            <source>Kant</source>
            <translation>Side</translation>
        </message>
        <message>
            <source>Waren de &amp;juiste mensen erbij?</source>
            <translation>Were the &amp;right people there?</translation>
        </message>
        <message>
            <source>Waren de juiste mensen erbij</source>
            <translation>Were the right people there</translation>
        </message>
        <message>
            <source>Toelichting: waren de juiste mensen erbij</source>
            <translation>Why: were the right people there</translation>
        </message>
        <message>
            <source>In één zin: waarom?</source>
            <translation>In one sentence: why?</translation>
        </message>
        <message>
            <source>Is duidelijk wie wat doet (&amp;regie)?</source>
            <translation>Is it clear who does &amp;what (coordination)?</translation>
        </message>
        <message>
            <source>Is duidelijk wie wat doet</source>
            <translation>Is it clear who does what</translation>
        </message>
        <message>
            <source>Toelichting: is duidelijk wie wat doet</source>
            <translation>Why: is it clear who does what</translation>
        </message>
        <message>
            <source>Hebben we volgende &amp;stappen afgesproken?</source>
            <translation>Did we agree on &amp;next steps?</translation>
        </message>
        <message>
            <source>Hebben we volgende stappen afgesproken</source>
            <translation>Did we agree on next steps</translation>
        </message>
        <message>
            <source>Toelichting: hebben we volgende stappen afgesproken</source>
            <translation>Why: did we agree on next steps</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Vul een reden in; die blijft bij de geschiedenis.</source>
            <translation>Fill in a reason; it is kept with the history.</translation>
        </message>
        <message>
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>&amp;Reden</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <source>Waarom? Dit blijft bij de geschiedenis bewaard.</source>
            <translation>Why? This is kept with the history.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeCheck</name>
        <message>
            <source>Gekopieerd. Plak de code niet in een mail of chat; print of schrijf hem op.</source>
            <translation>Copied. Do not paste the code into an e-mail or chat; print it or write it down.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Typ eerst de herstelcode.</source>
            <translation>Type the recovery code first.</translation>
        </message>
        <message>
            <source>&amp;Opslaan en openen</source>
            <translation>&amp;Save and open</translation>
        </message>
        <message>
            <source>Nieuw wachtwoord opslaan…</source>
            <translation>Saving new passphrase…</translation>
        </message>
        <message>
            <source>Openen met de herstelcode — Kansencirkel</source>
            <translation>Open with the recovery code — Kansencirkel</translation>
        </message>
        <message>
            <source>Typ de herstelcode die bij het maken van de kluis is afgedrukt of opgeschreven. Daarna kies je een nieuw wachtwoord.</source>
            <translation>Type the recovery code that was printed or written down when the vault was created. Then you choose a new passphrase.</translation>
        </message>
        <message>
            <source>&amp;Herstelcode:</source>
            <translation>&amp;Recovery code:</translation>
        </message>
        <message>
            <source>Herstelcode</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <source>bijvoorbeeld ABCD-EFGH-…</source>
            <translation>for example ABCD-EFGH-…</translation>
        </message>
        <message>
            <source>De kluis is open. Kies nu een nieuw wachtwoord; het oude werkt daarna niet meer.</source>
            <translation>The vault is open. Now choose a new passphrase; the old one will no longer work.</translation>
        </message>
        <message>
            <source>&amp;Voor:</source>
            <translation>&amp;For:</translation>
        </message>
        <message>
            <source>Teamlid</source>
            <translation>Team member</translation>
        </message>
        <message>
            <source>&amp;Nieuw wachtwoord:</source>
            <translation>&amp;New passphrase:</translation>
        </message>
        <message>
            <source>Nieuw wachtwoord</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <source>Nog een &amp;keer:</source>
            <translation>&amp;Once more:</translation>
        </message>
        <message>
            <source>Nieuw wachtwoord herhalen</source>
            <translation>Repeat new passphrase</translation>
        </message>
        <message>
            <source>Sterkte van het wachtwoord</source>
            <translation>Strength of the passphrase</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>&amp;Annuleren</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <source>&amp;Verder</source>
            <translation>&amp;Next</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Er is geen afgesloten dossier meer over zijn bewaartermijn.</source>
            <translation>No closed file is past its retention period any more.</translation>
        </message>
        <message>
            <source>Dossier wissen en controleren…</source>
            <translation>Erasing and checking the file…</translation>
        </message>
        <message>
            <source>De controle na het wissen kon {n} pagina's niet lezen en kan dus niet bevestigen dat er geen spoor van het kind over is; laat de kluis controleren.</source>
            <translation>The check after erasing could not read {n} pages, so it cannot confirm that no trace of the child is left; have the vault checked.</translation>
        </message>
        <message>
            <source>De controle na het wissen vond op {n} van de {total} pagina's nog sporen van het kind; geef de kluis niet door en neem contact op met de beheerder.</source>
            <translation>The check after erasing still found traces of the child on {n} of the {total} pages; do not pass the vault on and contact your administrator.</translation>
        </message>
        <message>
            <source>Het dossier van {name} is gewist.</source>
            <translation>The file of {name} has been erased.</translation>
        </message>
        <message>
            <source>Controle: geen spoor van het kind gevonden in {db} pagina's van de kluis en {wal} van het logbestand.</source>
            <translation>Check: no trace of the child found in {db} pages of the vault and {wal} of the log file.</translation>
        </message>
        <message>
            <source>Alleen het nummer van het dossier staat nog in het auditlog, zoals de wet vraagt.</source>
            <translation>Only the file's number is still in the audit log, as the law requires.</translation>
        </message>
        <message>
            <source>Er zijn geen eerdere reservekopieën waarin dit kind nog staat.</source>
            <translation>There are no earlier backups that still hold this child.</translation>
        </message>
        <message>
            <source>{n} reservekopie is gemaakt toen het kind nog in de kluis stond en bevat het nog. Maak een nieuwe reservekopie en verwijder deze oude:</source>
            <translation>{n} backup was made while the child was in the vault and still holds it. Make a new backup and delete this old one:</translation>
        </message>
        <message>
            <source>{n} reservekopieën zijn gemaakt toen het kind nog in de kluis stond en bevatten het nog. Maak een nieuwe reservekopie en verwijder deze oude:</source>
            <translation>{n} backups were made while the child was in the vault and still hold it. Make a new backup and delete these old ones:</translation>
        </message>
        <message>
            <source>(niet in de map voor reservekopieën)</source>
            <translation>(not in the backup folder)</translation>
        </message>
        <message>
            <source>Bewaartermijn verlopen</source>
            <translation>Retention period over</translation>
        </message>
        <message>
            <source>Van deze afgesloten dossiers is de bewaartermijn voorbij. Maak een AVG-kopie als de ouders of de jongere daarom vroegen, en wis het dossier daarna.</source>
            <translation>These closed files are past their retention period. Make a GDPR copy if the parents or the young person asked for one, then erase the file.</translation>
        </message>
        <message>
            <source>Dossiers over de bewaartermijn</source>
            <translation>Files past their retention period</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Afgesloten op</source>
            <translation>Closed on</translation>
        </message>
        <message>
            <source>Bewaren tot</source>
            <translation>Keep until</translation>
        </message>
        <message>
            <source>&amp;AVG-kopie maken…</source>
            <translation>Make &amp;GDPR copy…</translation>
        </message>
        <message>
            <source>&amp;Wissen…</source>
            <translation>&amp;Erase…</translation>
        </message>
        <message>
            <source>Uitkomst van het wissen</source>
            <translation>Outcome of the erasure</translation>
        </message>
    </context>
    <context>
        <name>RetentionReminder</name>
        <message>
            <source>Melding bewaartermijn</source>
            <translation>Retention notice</translation>
        </message>
        <message>
            <source>&amp;Lijst bekijken…</source>
            <translation>View &amp;list…</translation>
        </message>
        <message>
            <source>Van {n} afgesloten dossier is de bewaartermijn voorbij. Maak zo nodig een AVG-kopie en wis het dan.</source>
            <translation>{n} closed file is past its retention period. Make a GDPR copy if needed, then erase it.</translation>
        </message>
        <message>
            <source>Van {n} afgesloten dossiers is de bewaartermijn voorbij. Maak zo nodig een AVG-kopie en wis ze dan.</source>
            <translation>{n} closed files are past their retention period. Make GDPR copies if needed, then erase them.</translation>
        </message>
    </context>
    <context>
        <name>SamenStartDialog</name>
        <message>
            <source>Samen invullen</source>
            <translation>Fill in together</translation>
        </message>
        <message>
            <source>Draai de laptop naar het kind of de ouder. Die vult de eigen ster in; verder is niets van de kluis te zien. Elke manier om te stoppen vergrendelt de kluis: daarna is jouw wachtwoord nodig.</source>
            <translation>Turn the laptop to the child or the parent. They fill in their own star; nothing else of the vault can be seen. Every way of stopping locks the vault: then your passphrase is needed.</translation>
        </message>
        <message>
            <source>&amp;Wie vult in</source>
            <translation>&amp;Who fills in</translation>
        </message>
        <message>
            <source>Wie vult in</source>
            <translation>Who fills in</translation>
        </message>
        <message>
            <source>&amp;Leeftijd</source>
            <translation>&amp;Age</translation>
        </message>
        <message>
            <source>Leeftijd van het kind</source>
            <translation>Age of the child</translation>
        </message>
        <message>
            <source>T&amp;aal</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Taal van het invullen</source>
            <translation>Language for filling in</translation>
        </message>
        <message>
            <source>Ernaast zit</source>
            <translation>Sitting beside</translation>
        </message>
        <message>
            <source>Teamlid ernaast</source>
            <translation>Team member beside</translation>
        </message>
    </context>
    <context>
        <name>SavingDialog</name>
        <message>
            <source>Overzicht opslaan</source>
            <translation>Save overview</translation>
        </message>
        <message>
            <source>PDF-bestanden (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>PDF wordt gemaakt…</source>
            <translation>Making PDF…</translation>
        </message>
        <message>
            <source>Opgeslagen als %1.</source>
            <translation>Saved as %1.</translation>
        </message>
        <message>
            <source>Opgeslagen</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>Het overzicht is opgeslagen als %1. Nu openen?</source>
            <translation>The overview has been saved as %1. Open it now?</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Map voor reservekopieën</source>
            <extracomment>Language names are shown in their own language, never translated.</extracomment>
            <translation>Folder for backups</translation>
        </message>
        <message>
            <source>Kies eerst een map.</source>
            <translation>Choose a folder first.</translation>
        </message>
        <message>
            <source>Bezig…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <source>Reservekopie maken…</source>
            <translation>Making backup…</translation>
        </message>
        <message>
            <source>Gemaakt: {name}</source>
            <translation>Made: {name}</translation>
        </message>
        <message>
            <source> minuut niets doen</source>
            <translation> minute of inactivity</translation>
        </message>
        <message>
            <source> nieuwste kopie</source>
            <translation> newest copy</translation>
        </message>
        <message>
            <source> jaar na afsluiten</source>
            <comment>one</comment>
            <translation> year after closing</translation>
        </message>
        <message>
            <source> jaar na afsluiten</source>
            <comment>more</comment>
            <translation> years after closing</translation>
        </message>
        <message>
            <source> maand (voor 'aandacht nodig')</source>
            <translation> month (for 'needs attention')</translation>
        </message>
        <message>
            <source> maand van de nieuwste meting</source>
            <translation> month of the newest reading</translation>
        </message>
        <message>
            <source> maanden van de nieuwste meting</source>
            <translation> months of the newest reading</translation>
        </message>
        <message>
            <source>Instellingen — Kansencirkel</source>
            <translation>Settings — Kansencirkel</translation>
        </message>
        <message>
            <source>Weergave (deze computer)</source>
            <translation>Display (this computer)</translation>
        </message>
        <message>
            <source>&amp;Taal:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Taal</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Beveiliging (deze computer)</source>
            <translation>Security (this computer)</translation>
        </message>
        <message>
            <source>&amp;Vergrendelen na:</source>
            <translation>Loc&amp;k after:</translation>
        </message>
        <message>
            <source>Automatisch vergrendelen na zoveel minuten</source>
            <translation>Lock automatically after this many minutes</translation>
        </message>
        <message>
            <source>Ik werk nam&amp;ens:</source>
            <translation>I work on be&amp;half of:</translation>
        </message>
        <message>
            <source>Metingen ver&amp;gelijken binnen:</source>
            <translation>Co&amp;mpare readings within:</translation>
        </message>
        <message>
            <source>Metingen vergelijken binnen zoveel maanden van de nieuwste meting</source>
            <translation>Compare readings within this many months of the newest reading</translation>
        </message>
        <message>
            <source>Gespreksonderwerpen vergelijken alleen metingen die zo dicht bij de nieuwste liggen; een oudere meting staat er lichter bij, met haar leeftijd.</source>
            <translation>Conversation topics compare only readings this close to the newest one; an older reading is shown lighter, with its age.</translation>
        </message>
        <message>
            <source> minuten niets doen</source>
            <translation> minutes of inactivity</translation>
        </message>
        <message>
            <source>Reservekopieën (deze computer)</source>
            <translation>Backups (this computer)</translation>
        </message>
        <message>
            <source>&amp;Map:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <source>Map voor reservekopieën kiezen</source>
            <translation>Choose folder for backups</translation>
        </message>
        <message>
            <source>Bla&amp;deren…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>Be&amp;waartermijn:</source>
            <translation>&amp;Retention period:</translation>
        </message>
        <message>
            <source>&amp;Bewaren:</source>
            <translation>K&amp;eep:</translation>
        </message>
        <message>
            <source>Namens wie je werkt</source>
            <translation>On whose behalf you work</translation>
        </message>
        <message>
            <source>Je school of organisatie; het logboek noemt dit bij alles wat je doet.</source>
            <translation>Your school or organisation; the log names it with everything you do.</translation>
        </message>
        <message>
            <source>je school of organisatie, bijv. OBS De Linde</source>
            <translation>your school or organisation, e.g. OBS De Linde</translation>
        </message>
        <message>
            <source>Het logboek van elk dossier noemt bij alles wat je doet namens wie je werkt (NEN 7513).</source>
            <translation>The log of every file names, with everything you do, on whose behalf you work (NEN 7513).</translation>
        </message>
        <message>
            <source>Aantal reservekopieën dat bewaard blijft</source>
            <translation>Number of backups to keep</translation>
        </message>
        <message>
            <source> nieuwste kopieën</source>
            <translation> newest copies</translation>
        </message>
        <message>
            <source>&amp;Nu reservekopie maken</source>
            <translation>Make a backup &amp;now</translation>
        </message>
        <message>
            <source>Resultaat van de reservekopie</source>
            <translation>Result of the backup</translation>
        </message>
        <message>
            <source>Kluis (voor het hele team)</source>
            <translation>Vault (for the whole team)</translation>
        </message>
        <message>
            <source>Bewaartermijn van een afgesloten dossier in jaren</source>
            <translation>Retention period of a closed file in years</translation>
        </message>
        <message>
            <source> jaar na afsluiten</source>
            <translation> years after closing</translation>
        </message>
        <message>
            <source>Gezichtspunt &amp;opnieuw vragen na:</source>
            <translation>Ask a perspective &amp;again after:</translation>
        </message>
        <message>
            <source>Na zoveel maanden wordt een gezichtspunt opnieuw gevraagd</source>
            <translation>After this many months a perspective is asked for again</translation>
        </message>
        <message>
            <source> maanden (voor 'aandacht nodig')</source>
            <translation> months (for 'needs attention')</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Message</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <source>de zorg (jeugdhulp, CJG)</source>
            <translation>care (youth care, CJG)</translation>
        </message>
        <message>
            <source>de school</source>
            <translation>the school</translation>
        </message>
        <message>
            <source>Toestemming wordt gelezen…</source>
            <translation>Reading consent…</translation>
        </message>
        <message>
            <source>Dossier lezen…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <source>Geen toestemming om {parts} met {side} te delen.</source>
            <translation>No consent to share {parts} with {side}.</translation>
        </message>
        <message>
            <source>De toestemming staat delen met {side} toe voor alles in dit dossier.</source>
            <translation>Consent allows sharing everything in this file with {side}.</translation>
        </message>
        <message>
            <source>Geef een reden van minstens {n} tekens om toch te delen.</source>
            <translation>Give a reason of at least {n} characters to share anyway.</translation>
        </message>
        <message>
            <source>Overdracht opslaan</source>
            <translation>Save hand-over</translation>
        </message>
        <message>
            <source>Overdracht (*.kcx)</source>
            <translation>Hand-over (*.kcx)</translation>
        </message>
        <message>
            <source>Overdracht versleutelen…</source>
            <translation>Encrypting the hand-over…</translation>
        </message>
        <message>
            <source>Opgeslagen als {name}. Geef deze code telefonisch door, niet in dezelfde mail als het bestand; hij werkt tot en met {day}.</source>
            <translation>Saved as {name}. Pass this code on by phone, not in the same e-mail as the file; it works until {day} inclusive.</translation>
        </message>
        <message>
            <source>Geef een reden van minstens {n} tekens; een export zonder versleuteling wordt met de reden gelogd.</source>
            <translation>Give a reason of at least {n} characters; an export without encryption is logged with its reason.</translation>
        </message>
        <message>
            <source>Onversleutelde export opslaan</source>
            <translation>Save unencrypted export</translation>
        </message>
        <message>
            <source>JSON-bestand (*.json)</source>
            <translation>JSON file (*.json)</translation>
        </message>
        <message>
            <source>Exporteren…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Opgeslagen als {name}. Dit bestand is niet versleuteld: bewaar het alleen zo lang als nodig en verwijder het daarna.</source>
            <translation>Saved as {name}. This file is not encrypted: keep it only as long as needed and delete it afterwards.</translation>
        </message>
        <message>
            <source>Delen — Kansencirkel</source>
            <translation>Share — Kansencirkel</translation>
        </message>
        <message>
            <source>Versleutelde overdracht naar school of zorg (aanbevolen)</source>
            <translation>Encrypted hand-over to school or care (recommended)</translation>
        </message>
        <message>
            <source>&amp;Naar:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>Ontvangende kant</source>
            <translation>Receiving side</translation>
        </message>
        <message>
            <source>&amp;Geldig:</source>
            <translation>&amp;Valid:</translation>
        </message>
        <message>
            <source>Aantal dagen dat het bestand opent</source>
            <translation>Number of days the file opens</translation>
        </message>
        <message>
            <source> dagen</source>
            <translation> days</translation>
        </message>
        <message>
            <source>&amp;Toch delen zonder toestemming voor alles (de reden komt in het logboek)</source>
            <translation>Share an&amp;yway without consent for everything (the reason goes into the log)</translation>
        </message>
        <message>
            <source>Reden om zonder toestemming te delen</source>
            <translation>Reason to share without consent</translation>
        </message>
        <message>
            <source>Waarom moet dit toch gedeeld worden?</source>
            <translation>Why must this be shared anyway?</translation>
        </message>
        <message>
            <source>Overdracht &amp;opslaan…</source>
            <translation>&amp;Save hand-over…</translation>
        </message>
        <message>
            <source>Code van de overdracht</source>
            <translation>Code of the hand-over</translation>
        </message>
        <message>
            <source>Geef deze code telefonisch door, niet in dezelfde mail als het bestand.</source>
            <translation>Pass this code on by phone, not in the same e-mail as the file.</translation>
        </message>
        <message>
            <source>Onversleutelde export (JSON), voor een AVG-verzoek</source>
            <translation>Unencrypted export (JSON), for a GDPR request</translation>
        </message>
        <message>
            <source>Dit bestand is NIET versleuteld en bevat persoonsgegevens van een kind. Gebruik het alleen voor gegevensoverdraagbaarheid (AVG); deel met school of zorg via de overdracht hierboven.</source>
            <translation>This file is NOT encrypted and holds a child's personal data. Use it only for data portability (GDPR); share with school or care through the hand-over above.</translation>
        </message>
        <message>
            <source>&amp;Reden:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Reden voor de onversleutelde export</source>
            <translation>Reason for the unencrypted export</translation>
        </message>
        <message>
            <source>Bijvoorbeeld: verzoek van de ouders om hun gegevens</source>
            <translation>For example: the parents asked for their data</translation>
        </message>
        <message>
            <source>&amp;JSON exporteren…</source>
            <translation>Export &amp;JSON…</translation>
        </message>
    </context>
    <context>
        <name>SpreadsheetImportDialog</name>
        <message>
            <source>Bestand: %1</source>
            <translation>File: %1</translation>
        </message>
        <message>
            <source>Het bestand wordt gelezen…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <source>Spreadsheet lezen…</source>
            <translation>Reading the spreadsheet…</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Geboortedatum</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Groep</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Metingen</source>
            <translation>Assessments</translation>
        </message>
        <message>
            <source>Alles uit dit bestand staat al in de kluis; er is niets in te lezen.</source>
            <translation>Everything in this file is in the vault already; there is nothing to import.</translation>
        </message>
        <message>
            <source>Nieuwe kinderen: %1. Kinderen die al in de kluis staan: %2. Metingen die erbij komen: %3.</source>
            <translation>New children: %1. Children already in the vault: %2. Assessments to add: %3.</translation>
        </message>
        <message>
            <source>{n} meting uit dit bestand staat al precies zo in de kluis en wordt overgeslagen.</source>
            <translation>{n} assessment in this file is in the vault already, exactly so, and is skipped.</translation>
        </message>
        <message>
            <source>{n} metingen uit dit bestand staan al precies zo in de kluis en worden overgeslagen.</source>
            <translation>{n} assessments in this file are in the vault already, exactly so, and are skipped.</translation>
        </message>
        <message>
            <source>Er wordt niets opgeslagen tot je op Inlezen drukt.</source>
            <translation>Nothing is saved until you press Import.</translation>
        </message>
        <message>
            <source>%1 is een map; kies het bestand zelf.</source>
            <translation>%1 is a folder; choose the file itself.</translation>
        </message>
        <message>
            <source>&amp;Problemen in het bestand ({n}):</source>
            <comment>one</comment>
            <translation>&amp;Problems in the file ({n}):</translation>
        </message>
        <message>
            <source>&amp;Problemen in het bestand ({n}):</source>
            <comment>more</comment>
            <translation>&amp;Problems in the file ({n}):</translation>
        </message>
        <message>
            <source>Bezig met inlezen…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Spreadsheet inlezen…</source>
            <translation>Importing the spreadsheet…</translation>
        </message>
        <message>
            <source>&amp;Inlezen</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Spreadsheet inlezen</source>
            <translation>Import a spreadsheet</translation>
        </message>
        <message>
            <source>&amp;Nieuwe kinderen</source>
            <translation>&amp;New children</translation>
        </message>
        <message>
            <source>Nieuwe kinderen</source>
            <translation>New children</translation>
        </message>
        <message>
            <source>&amp;Kinderen die al in de kluis staan</source>
            <translation>&amp;Children already in the vault</translation>
        </message>
        <message>
            <source>Kinderen die al in de kluis staan</source>
            <translation>Children already in the vault</translation>
        </message>
        <message>
            <source>&amp;Problemen in het bestand</source>
            <translation>&amp;Problems in the file</translation>
        </message>
        <message>
            <source>Problemen in het bestand</source>
            <translation>Problems in the file</translation>
        </message>
        <message>
            <source>Sja&amp;bloon opslaan…</source>
            <translation>Save &amp;template…</translation>
        </message>
        <message>
            <source>Sla een leeg spreadsheet op met de kolommen die Kansencirkel leest</source>
            <translation>Save an empty spreadsheet with the columns Kansencirkel reads</translation>
        </message>
    </context>
    <context>
        <name>SpreadsheetMenu</name>
        <message>
            <source>&amp;Spreadsheet inlezen…</source>
            <translation>&amp;Import spreadsheet…</translation>
        </message>
        <message>
            <source>Lees kinderen en metingen in uit een spreadsheet (.csv); je ziet eerst wat erbij komt</source>
            <translation>Import children and assessments from a spreadsheet (.csv); you first see what will be added</translation>
        </message>
        <message>
            <source>Spreadsheet-sja&amp;bloon opslaan…</source>
            <translation>Save spreadsheet &amp;template…</translation>
        </message>
        <message>
            <source>Sla een leeg spreadsheet op met de kolommen die Kansencirkel leest</source>
            <translation>Save an empty spreadsheet with the columns Kansencirkel reads</translation>
        </message>
        <message>
            <source>Spreadsheet kiezen</source>
            <translation>Choose a spreadsheet</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv);;Alle bestanden (*)</source>
            <translation>Spreadsheets (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>Spreadsheet ingelezen. Nieuwe kinderen: %1; metingen toegevoegd: %2.</source>
            <translation>Spreadsheet imported. New children: %1; assessments added: %2.</translation>
        </message>
        <message>
            <source>Spreadsheet-sjabloon opslaan</source>
            <translation>Save spreadsheet template</translation>
        </message>
        <message>
            <source>Spreadsheetbestanden (*.csv)</source>
            <translation>Spreadsheet files (*.csv)</translation>
        </message>
        <message>
            <source>Sjabloon opgeslagen als %1.</source>
            <translation>Template saved as %1.</translation>
        </message>
    </context>
    <context>
        <name>StarView</name>
        <message>
            <source>PNG-afbeelding (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <source>SVG (*.svg)</source>
            <translation>SVG (*.svg)</translation>
        </message>
        <message>
            <source>Grafiek bewaren</source>
            <translation>Save chart</translation>
        </message>
        <message>
            <source>PNG-afbeelding…</source>
            <translation>PNG image…</translation>
        </message>
        <message>
            <source>SVG (vector, voor drukwerk)…</source>
            <translation>SVG (vector, for print)…</translation>
        </message>
        <message>
            <source>Kansencirkel-ster</source>
            <translation>Kansencirkel star</translation>
        </message>
        <message>
            <source>Weer&amp;gave</source>
            <translation>Vie&amp;w</translation>
        </message>
        <message>
            <source>Weergave van de ster</source>
            <translation>View of the star</translation>
        </message>
        <message>
            <source>Per gezichtspunt</source>
            <translation>Per perspective</translation>
        </message>
        <message>
            <source>In de tijd</source>
            <translation>Over time</translation>
        </message>
        <message>
            <source>Verloop per element</source>
            <translation>Course per element</translation>
        </message>
        <message>
            <source>&amp;Gezichtspunt</source>
            <translation>&amp;Perspective</translation>
        </message>
        <message>
            <source>Gezichtspunt in de tijd</source>
            <translation>Perspective over time</translation>
        </message>
        <message>
            <source>Mom&amp;ent</source>
            <translation>M&amp;oment</translation>
        </message>
        <message>
            <source>Moment van de metingen</source>
            <translation>Moment of the assessments</translation>
        </message>
        <message>
            <source>&amp;Als tabel</source>
            <translation>As &amp;table</translation>
        </message>
        <message>
            <source>Scores als tabel tonen</source>
            <translation>Show the scores as a table</translation>
        </message>
        <message>
            <source>Toon de scores van de ster als tabel (ook voor schermlezers)</source>
            <translation>Show the star's scores as a table (also for screen readers)</translation>
        </message>
        <message>
            <source>Bewaar deze grafiek als PNG-afbeelding of SVG</source>
            <translation>Save this chart as a PNG image or SVG</translation>
        </message>
        <message>
            <source>Be&amp;waren als…</source>
            <translation>Save &amp;as…</translation>
        </message>
        <message>
            <source>Gezichtspunten tonen of verbergen</source>
            <translation>Show or hide perspectives</translation>
        </message>
        <message>
            <source>Scores van de ster als tabel</source>
            <translation>The star's scores as a table</translation>
        </message>
        <message>
            <source>Per element de score van elk gezichtspunt; een oudere meting staat schuin met haar leeftijd</source>
            <translation>Per element the score of each perspective; an older reading is in italics with its age</translation>
        </message>
        <message>
            <source>Nog geen metingen om te tonen.</source>
            <translation>No assessments to show yet.</translation>
        </message>
    </context>
    <context>
        <name>StoreChoiceDialog</name>
        <message>
            <source>Kansencirkel — Beginnen</source>
            <translation>Kansencirkel — Getting started</translation>
        </message>
        <message>
            <source>Waar bewaart je team de gegevens?</source>
            <translation>Where does your team keep its data?</translation>
        </message>
        <message>
            <source>Op deze &amp;laptop</source>
            <translation>On this &amp;laptop</translation>
        </message>
        <message>
            <source>Een nieuwe, versleutelde kluis op deze computer.</source>
            <translation>A new, encrypted vault on this computer.</translation>
        </message>
        <message>
            <source>&amp;Teamserver…</source>
            <translation>&amp;Team server…</translation>
        </message>
        <message>
            <source>Kies het teamprofiel (.kcteam) dat je van de ICT van de school kreeg.</source>
            <translation>Choose the team profile (.kcteam) the school's IT gave you.</translation>
        </message>
        <message>
            <source>&amp;Afsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Teamprofiel kiezen</source>
            <translation>Choose team profile</translation>
        </message>
        <message>
            <source>Teamprofiel (*.kcteam)</source>
            <translation>Team profile (*.kcteam)</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>Te kort: gebruik minstens {n} tekens, bijvoorbeeld een paar losse woorden.</source>
            <translation>Too short: use at least {n} characters, for example a few separate words.</translation>
        </message>
        <message>
            <source>Zwak: maak het langer of gebruik meer verschillende tekens.</source>
            <translation>Weak: make it longer or use more different characters.</translation>
        </message>
        <message>
            <source>Redelijk: nog een woord erbij maakt het sterker.</source>
            <translation>Fair: one more word makes it stronger.</translation>
        </message>
        <message>
            <source>Goed.</source>
            <translation>Good.</translation>
        </message>
        <message>
            <source>Sterk.</source>
            <translation>Strong.</translation>
        </message>
        <message>
            <source>Tip: een zin van vier of meer woorden is sterk en goed te onthouden.</source>
            <translation>Tip: a sentence of four or more words is strong and easy to remember.</translation>
        </message>
        <message>
            <source>Het wachtwoord is te kort; gebruik minstens {n} tekens.</source>
            <translation>The passphrase is too short; use at least {n} characters.</translation>
        </message>
        <message>
            <source>Dit wachtwoord is te makkelijk te raden; kies een langer wachtwoord.</source>
            <translation>This passphrase is too easy to guess; choose a longer one.</translation>
        </message>
        <message>
            <source>De twee wachtwoorden zijn niet gelijk.</source>
            <translation>The two passphrases are not the same.</translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>(jij)</source>
            <translation>(you)</translation>
        </message>
        <message>
            <source>Vul de naam van het teamlid in.</source>
            <translation>Fill in the name of the team member.</translation>
        </message>
        <message>
            <source>Bezig met toevoegen…</source>
            <translation>Adding…</translation>
        </message>
        <message>
            <source>Teamlid toevoegen…</source>
            <translation>Adding team member…</translation>
        </message>
        <message>
            <source>{name} is toegevoegd en kan de kluis nu openen.</source>
            <translation>{name} has been added and can now open the vault.</translation>
        </message>
        <message>
            <source>Teamlid verwijderen</source>
            <translation>Remove team member</translation>
        </message>
        <message>
            <source>{member} verwijderen? Die persoon kan de kluis daarna niet meer openen; de gegevens in de kluis blijven.</source>
            <translation>Remove {member}? That person can then no longer open the vault; the data in the vault stays.</translation>
        </message>
        <message>
            <source>&amp;Verwijderen</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Team — Kansencirkel</source>
            <translation>Team — Kansencirkel</translation>
        </message>
        <message>
            <source>&amp;Teamleden met een eigen wachtwoord:</source>
            <translation>&amp;Team members with their own passphrase:</translation>
        </message>
        <message>
            <source>Teamleden</source>
            <translation>Team members</translation>
        </message>
        <message>
            <source>Gekozen teamlid verwijderen</source>
            <translation>Remove the chosen team member</translation>
        </message>
        <message>
            <source>Teamlid &amp;verwijderen…</source>
            <translation>Remo&amp;ve team member…</translation>
        </message>
        <message>
            <source>Teamlid toevoegen</source>
            <translation>Add team member</translation>
        </message>
        <message>
            <source>Laat het nieuwe teamlid zelf het wachtwoord typen.</source>
            <translation>Let the new team member type the passphrase themselves.</translation>
        </message>
        <message>
            <source>&amp;Naam:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Naam van het nieuwe teamlid</source>
            <translation>Name of the new team member</translation>
        </message>
        <message>
            <source>&amp;Rol:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>Rol van het nieuwe teamlid</source>
            <translation>Role of the new team member</translation>
        </message>
        <message>
            <source>&amp;Wachtwoord:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>Wachtwoord van het nieuwe teamlid</source>
            <translation>Passphrase of the new team member</translation>
        </message>
        <message>
            <source>N&amp;og een keer:</source>
            <translation>Once &amp;more:</translation>
        </message>
        <message>
            <source>Wachtwoord herhalen</source>
            <translation>Repeat passphrase</translation>
        </message>
        <message>
            <source>Sterkte van het wachtwoord</source>
            <translation>Strength of the passphrase</translation>
        </message>
        <message>
            <source>To&amp;evoegen</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Message</translation>
        </message>
    </context>
    <context>
        <name>TeamUnlockDialog</name>
        <message>
            <source>Kansencirkel — Teamserver</source>
            <translation>Kansencirkel — Team server</translation>
        </message>
        <message>
            <source>&amp;Wachtwoordzin:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>Ander teamprofiel kiezen…</source>
            <translation>Choose another team profile…</translation>
        </message>
        <message>
            <source>&amp;Afsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Openen</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Teamprofiel: {name}</source>
            <translation>Team profile: {name}</translation>
        </message>
        <message>
            <source>Team: {team} · inlognaam: {login}</source>
            <translation>Team: {team} · login name: {login}</translation>
        </message>
        <message>
            <source>Teamserver openen…</source>
            <translation>Opening team server…</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Kluis: {name}</source>
            <extracomment>Seconds to wait after the n-th consecutive failure (index = failures - 1), then capped.</extracomment>
            <translation>Vault: {name}</translation>
        </message>
        <message>
            <source>Bezig met openen…</source>
            <translation>Opening…</translation>
        </message>
        <message>
            <source>Openen ({s})</source>
            <translation>Open ({s})</translation>
        </message>
        <message>
            <source>&amp;Openen</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Kluis openen…</source>
            <translation>Opening vault…</translation>
        </message>
        <message>
            <source>Probeer het over {n} seconde opnieuw.</source>
            <translation>Try again in {n} second.</translation>
        </message>
        <message>
            <source>Probeer het over {n} seconden opnieuw.</source>
            <translation>Try again in {n} seconds.</translation>
        </message>
        <message>
            <source>Kluis openen — Kansencirkel</source>
            <translation>Open vault — Kansencirkel</translation>
        </message>
        <message>
            <source>Naam van het team</source>
            <translation>Name of the team</translation>
        </message>
        <message>
            <source>Demo-melding</source>
            <translation>Demo notice</translation>
        </message>
        <message>
            <source>DEMO — fictieve gegevens. Het wachtwoord is: demo</source>
            <translation>DEMO — fictional data. The passphrase is: demo</translation>
        </message>
        <message>
            <source>Waarschuwing over de plek van de kluis</source>
            <translation>Warning about where the vault is</translation>
        </message>
        <message>
            <source>Wie &amp;ben je:</source>
            <translation>&amp;Who are you:</translation>
        </message>
        <message>
            <source>Teamlid</source>
            <translation>Team member</translation>
        </message>
        <message>
            <source>&amp;Wachtwoord:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>Wachtwoord</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Wachtwoordbeheer van het systeem</source>
            <translation>System password manager</translation>
        </message>
        <message>
            <source>Wachtwoord vergeten: open met de herstelcode</source>
            <translation>Forgot passphrase: open with the recovery code</translation>
        </message>
        <message>
            <source>Wachtwoord &amp;vergeten?</source>
            <translation>&amp;Forgot passphrase?</translation>
        </message>
        <message>
            <source>&amp;Stoppen</source>
            <translation>&amp;Quit</translation>
        </message>
    </context>
    <context>
        <name>WhatWorksDialog</name>
        <message>
            <source>Dit schooljaar (%1), tot vandaag</source>
            <translation>This school year (%1), up to today</translation>
        </message>
        <message>
            <source>Schooljaar %1</source>
            <translation>School year %1</translation>
        </message>
        <message>
            <source>&amp;Sluiten</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Wat werkt opslaan</source>
            <translation>Save what works</translation>
        </message>
        <message>
            <source>PDF-bestanden (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>CSV-bestanden (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Wordt opgeslagen…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Opgeslagen als %1.</source>
            <translation>Saved as %1.</translation>
        </message>
        <message>
            <source>Wat werkt</source>
            <translation>What works</translation>
        </message>
        <message>
            <source>Pe&amp;riode</source>
            <translation>Pe&amp;riod</translation>
        </message>
        <message>
            <source>Periode</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Aantallen per soort afspraak</source>
            <translation>Counts per kind of agreement</translation>
        </message>
        <message>
            <source>Hoe ging de samen&amp;werking (per trimester en per kant, na overleggen in deze periode)</source>
            <translation>How co&amp;operation went (per term and per side, after meetings in this period)</translation>
        </message>
        <message>
            <source>Terugblik op de samenwerking per kant</source>
            <translation>Look back on the cooperation per side</translation>
        </message>
        <message>
            <source>Opslaan als &amp;PDF…</source>
            <translation>Save as &amp;PDF…</translation>
        </message>
        <message>
            <source>Opslaan als &amp;CSV…</source>
            <translation>Save as CS&amp;V…</translation>
        </message>
        <message>
            <source>Soorten afspraken &amp;bewerken…</source>
            <translation>Edit &amp;kinds of agreements…</translation>
        </message>
    </context>
    <context>
        <name>confirm</name>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>consent_dialog</name>
        <message>
            <source>Het kind is {n} jaar: toestemming nodig van %s.</source>
            <comment>age, one</comment>
            <translation>The child is {n} year old: consent needed from %s.</translation>
        </message>
        <message>
            <source>Het kind is {n} jaar: toestemming nodig van %s.</source>
            <comment>age, more</comment>
            <translation>The child is {n} years old: consent needed from %s.</translation>
        </message>
    </context>
    <context>
        <name>consent_warning</name>
        <message>
            <source>Wat de toestemming nu toelaat; alles erover op de tab Toestemming (%s).</source>
            <extracomment>The consent section's tab on the child page (Alt+6 opens it).</extracomment>
            <translation>What consent allows now; all about it on the Consent tab (%s).</translation>
        </message>
        <message>
            <source>Let op, toestemming:</source>
            <translation>Please note, consent:</translation>
        </message>
        <message>
            <source>Toestemming</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Terug</source>
            <translation>Back</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Geen toegang tot het bestand of de map; kies een andere plek.</source>
            <translation>No access to the file or folder; choose another place.</translation>
        </message>
        <message>
            <source>Het bestand of de map bestaat niet (meer).</source>
            <translation>The file or folder does not exist (any more).</translation>
        </message>
        <message>
            <source>Het bestand kon niet gelezen of geschreven worden; is de schijf vol?</source>
            <translation>The file could not be read or written; is the disk full?</translation>
        </message>
        <message>
            <source>Er is niet genoeg geheugen voor deze actie.</source>
            <translation>There is not enough memory for this action.</translation>
        </message>
        <message>
            <source>Er ging iets onverwachts mis; de actie is niet uitgevoerd.</source>
            <translation>Something unexpected went wrong; the action was not carried out.</translation>
        </message>
        <message>
            <source>Kansencirkel</source>
            <extracomment>Open boxes without a Python owner; kept alive here until they are closed.</extracomment>
            <translation>Kansencirkel</translation>
        </message>
        <message>
            <source>Foutmelding</source>
            <translation>Error message</translation>
        </message>
        <message>
            <source>Het wachtwoordbeheer is de plek waar Windows, macOS of Linux wachtwoorden veilig bewaart. Kansencirkel zet daar een extra sleutel van deze computer in, zodat gestolen bestanden alleen niet genoeg zijn om de kluis te openen.</source>
            <translation>The password manager is where Windows, macOS or Linux keeps passwords safe. Kansencirkel puts an extra key of this computer there, so stolen files alone are not enough to open the vault.</translation>
        </message>
        <message>
            <source>Wachtwoordbeheer: in gebruik</source>
            <translation>Password manager: in use</translation>
        </message>
        <message>
            <source>Wachtwoordbeheer: niet beschikbaar, alleen wachtwoord</source>
            <translation>Password manager: not available, passphrase only</translation>
        </message>
    </context>
    <context>
        <name>recovery_print</name>
        <message>
            <source>Herstelcode Kansencirkel</source>
            <translation>Kansencirkel recovery code</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Gemaakt op</source>
            <translation>Made on</translation>
        </message>
        <message>
            <source>Met deze code opent iemand de kluis zonder wachtwoord. Bewaar dit blad op een veilige, afgesloten plek, bijvoorbeeld bij de privacyverantwoordelijke van de school.</source>
            <translation>With this code anyone can open the vault without a passphrase. Keep this sheet in a safe, locked place, for example with the school's privacy officer.</translation>
        </message>
        <message>
            <source>Herstelcode afdrukken</source>
            <translation>Print recovery code</translation>
        </message>
    </context>
    <context>
        <name>save_path</name>
        <message>
            <source>Bestand bestaat al</source>
            <translation>File already exists</translation>
        </message>
        <message>
            <source>%1 bestaat al. Wil je het vervangen?</source>
            <translation>%1 already exists. Do you want to replace it?</translation>
        </message>
    </context>
    <context>
        <name>versioned_save</name>
        <message>
            <source>Niet opgeslagen: iemand anders had dit intussen veranderd. Pas aan wat nodig is en sla opnieuw op; je ziet dan weer wat verschilt.</source>
            <extracomment>``save(version, taken)``: store the edit based on ``version``, with the fields in ``taken`` (chosen per field in the conflict dialog) as they are stored now instead of as typed.</extracomment>
            <translation>Not saved: someone else had changed this in the meantime. Adjust what is needed and save again; you will then see again what differs.</translation>
        </message>
        <message>
            <source>Nu opgeslagen: {stored}.</source>
            <translation>Stored now: {stored}.</translation>
        </message>
    </context>
</TS>
