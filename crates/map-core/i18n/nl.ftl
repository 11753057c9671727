# The widget's interface in Dutch.
# Format: Project Fluent (https://projectfluent.org). Keys on the left never change; translate the
# text on the right and keep every { $placeholder } as it is. Plurals:
#   { $count -> [one] … *[other] … } (use the forms your language has: one, few, many, other).
# Every key here must be in every other file (a test checks it, and the placeholders).

## Pagina
project-map = Projectkaart
language = Taal
showing-region = { $region } wordt getoond
map-section = Kaart
errors-title = Sommige inhoud kon niet worden getoond:
page-title = { $project } · partnerregio's en indicatoren
page-description = Interactieve kaart van de partnerregio's van { $project } en de indicatoren van het project
loading-map = De kaart wordt geladen…
needs-script = Zoomen, kiezen op de kaart, de presentatie en de downloads hebben JavaScript en WebAssembly nodig, die in deze browser niet draaien. Al het andere op deze pagina is te lezen.
needs-script-data = Deze pagina moet het gegevensbestand { $file } tonen. Daarvoor zijn JavaScript en WebAssembly nodig, die in deze browser niet draaien.

## Kaart
map-label = Kaart van de partnerregio's
map-roledescription = kaart
zoom-controls = Zoomen
zoom-in = Inzoomen
zoom-in-hint = Inzoomen (+)
zoom-out = Uitzoomen
zoom-out-hint = Uitzoomen (−)
zoom-reset = Hele kaart tonen
zoom-reset-hint = Hele kaart (0)
lead-links = Verbindingen met de hoofdpartner tonen
role-lead-partner = hoofdpartner
role-partner = partner
marker-label = { $partner }, { $role }, { $city }
tooltip-lead = { $partner } (hoofdpartner)
legend = Kaartlegenda
legend-region = Partnerregio
legend-country = Partnerland
legend-seat = Zetel van een partner
legend-lead-seat = Zetel van de hoofdpartner
attribution = © EuroGeographics voor de bestuurlijke grenzen · Bron: Eurostat GISCO

## Exporteren
export-svg = SVG downloaden
export-png = PNG downloaden
export-label = Kaart downloaden

## Regiopaneel
close-details = Details sluiten
skip-map = Kaart overslaan
partner-no-region = Deze partner vertegenwoordigt in het project geen beleidsregio.
partners-without-region = Partners zonder beleidsregio
indicator-listed = { $listed } van { $total } hier vermeld
zoom-hint = Gebruik Ctrl + scrollen om in te zoomen op de kaart
partner-organisations = Partnerorganisaties
policy-instrument = Beleidsinstrument
good-practices = Goede praktijken
events = Evenementen
other-regions = Andere regio's
previous-region = ← Vorige regio
next-region = Volgende regio →
lead-partner = Hoofdpartner
partner = Partner
website = Website
instrument-name = Naam
managing-authority = Managementautoriteit
status = Status
more = Meer
about-instrument = Over dit instrument
details-link = Details
not-yet-published = Nog niet gepubliceerd
not-given = Niet opgegeven
unconfirmed = onbevestigd
status-confirmed = bevestigd
status-unconfirmed = onbevestigd
status-conflicting = bronnen spreken elkaar tegen
status-not-found = niet gevonden in openbare bronnen
status-not-given = niet opgegeven in de gegevens
count-good-practices = { $count ->
    [0] nog geen goede praktijken gepubliceerd
    [one] { $count } goede praktijk
   *[other] { $count } goede praktijken
}
count-events = { $count ->
    [0] nog geen evenementen gepubliceerd
    [one] { $count } evenement
   *[other] { $count } evenementen
}

## Lijst van regio's
list = Lijst
partners = Partners
list-title = Regio's, partners en goede praktijken
show-on-map = { $region } op de kaart tonen

## Indicatoren
indicators-title = Projectindicatoren
no-indicators = Er zijn nog geen indicatoren gepubliceerd in de gegevens.
about-figures = Over deze cijfers:
source = Bron:
figure-of = van { $target }

## Evenementen
upcoming-events = Komende evenementen
past-events = Afgelopen evenementen
no-upcoming = Nog geen komende evenementen.
no-past = Er staan geen afgelopen evenementen in de gegevens.
events-show-earlier = { $count ->
    [one] { $count } eerder evenement tonen
   *[other] { $count } eerdere evenementen tonen
}
events-show-fewer = Minder evenementen tonen
event-kick-off = startbijeenkomst
event-workshop = interregionale workshop
event-study-visit = studiebezoek
event-stakeholder-meeting = stakeholdersbijeenkomst
event-conference = conferentie
event-activity = projectactiviteit
event-external = evenement van derden
place-and-online = { $city } en online
place-online = online
place-not-published = locatie niet gepubliceerd

## Presentatie
present = Presenteren
presentation = Presentatie
step-of = Stap { $at } van { $of }
previous-step = Vorige stap
next-step = Volgende stap
guided-tour = Rondleiding
high-contrast = Hoog contrast
leave-presentation = Presentatie sluiten
find-out-more = Meer informatie
no-website = Het gegevensbestand vermeldt geen projectwebsite.
qr-label = QR-code van het adres ernaast
