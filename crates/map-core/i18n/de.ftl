# The widget's interface in German.
# Format: Project Fluent (https://projectfluent.org). Keys on the left never change; translate the
# text on the right and keep every { $placeholder } as it is. Plurals:
#   { $count -> [one] … *[other] … } (use the forms your language has: one, few, many, other).
# Every key here must be in every other file (a test checks it, and the placeholders).

## Seite
project-map = Projektkarte
language = Sprache
showing-region = Angezeigt: { $region }
map-section = Karte
errors-title = Einige Inhalte konnten nicht angezeigt werden:
page-title = { $project } · Partnerregionen und Indikatoren
page-description = Interaktive Karte der Partnerregionen von { $project } und der Indikatoren des Projekts
loading-map = Die Karte wird geladen …
needs-script = Zoomen, die Auswahl auf der Karte, die Präsentation und die Downloads brauchen JavaScript und WebAssembly, die in diesem Browser nicht laufen. Alles andere auf dieser Seite ist lesbar.
needs-script-data = Diese Seite soll die Datendatei { $file } zeigen. Dafür braucht sie JavaScript und WebAssembly, die in diesem Browser nicht laufen.

## Karte
map-label = Karte der Partnerregionen
map-roledescription = Karte
zoom-controls = Zoom
zoom-in = Vergrößern
zoom-in-hint = Vergrößern (+)
zoom-out = Verkleinern
zoom-out-hint = Verkleinern (−)
zoom-reset = Ganze Karte zeigen
zoom-reset-hint = Ganze Karte (0)
lead-links = Verbindungen zum Lead-Partner zeigen
role-lead-partner = Lead-Partner
role-partner = Partner
marker-label = { $partner }, { $role }, { $city }
tooltip-lead = { $partner } (Lead-Partner)
legend = Kartenlegende
legend-region = Partnerregion
legend-country = Partnerland
legend-seat = Sitz eines Partners
legend-lead-seat = Sitz des Lead-Partners
attribution = © EuroGeographics für die Verwaltungsgrenzen · Quelle: Eurostat GISCO

## Export
export-svg = SVG herunterladen
export-png = PNG herunterladen
export-label = Karte herunterladen

## Regionsfenster
close-details = Details schließen
skip-map = Karte überspringen
partner-no-region = Dieser Partner vertritt im Projekt keine Politikregion.
partners-without-region = Partner ohne Politikregion
indicator-listed = { $listed } von { $total } hier aufgeführt
zoom-hint = Strg + Scrollen zum Zoomen der Karte
partner-organisations = Partnerorganisationen
policy-instrument = Politikinstrument
good-practices = Gute Praxisbeispiele
events = Veranstaltungen
other-regions = Weitere Regionen
previous-region = ← Vorherige Region
next-region = Nächste Region →
lead-partner = Lead-Partner
partner = Partner
website = Website
instrument-name = Name
managing-authority = Verwaltungsbehörde
status = Status
more = Mehr
about-instrument = Über dieses Instrument
details-link = Details
not-yet-published = Noch nicht veröffentlicht
not-given = Nicht angegeben
unconfirmed = unbestätigt
status-confirmed = bestätigt
status-unconfirmed = unbestätigt
status-conflicting = Quellen widersprechen sich
status-not-found = in öffentlichen Quellen nicht gefunden
status-not-given = in den Daten nicht angegeben
count-good-practices = { $count ->
    [0] noch keine guten Praxisbeispiele veröffentlicht
    [one] { $count } gutes Praxisbeispiel
   *[other] { $count } gute Praxisbeispiele
}
count-events = { $count ->
    [0] noch keine Veranstaltungen veröffentlicht
    [one] { $count } Veranstaltung
   *[other] { $count } Veranstaltungen
}

## Liste der Regionen
list = Liste
partners = Partner
list-title = Regionen, Partner und gute Praxisbeispiele
show-on-map = { $region } auf der Karte zeigen

## Indikatoren
indicators-title = Projektindikatoren
no-indicators = In den Daten sind noch keine Indikatoren veröffentlicht.
about-figures = Zu diesen Zahlen:
source = Quelle:
figure-of = von { $target }

## Veranstaltungen
upcoming-events = Kommende Veranstaltungen
past-events = Vergangene Veranstaltungen
no-upcoming = Noch keine anstehenden Veranstaltungen.
no-past = In den Daten sind keine vergangenen Veranstaltungen aufgeführt.
events-show-earlier = { $count ->
    [one] { $count } frühere Veranstaltung zeigen
   *[other] { $count } frühere Veranstaltungen zeigen
}
events-show-fewer = Weniger Veranstaltungen zeigen
event-kick-off = Auftakttreffen
event-workshop = interregionaler Workshop
event-study-visit = Studienbesuch
event-stakeholder-meeting = Stakeholder-Treffen
event-conference = Konferenz
event-activity = Projektaktivität
event-external = Veranstaltung Dritter
place-and-online = { $city } und online
place-online = online
place-not-published = Ort nicht veröffentlicht

## Präsentation
present = Präsentieren
presentation = Präsentation
step-of = Schritt { $at } von { $of }
previous-step = Vorheriger Schritt
next-step = Nächster Schritt
guided-tour = Geführte Tour
high-contrast = Hoher Kontrast
leave-presentation = Präsentation beenden
find-out-more = Mehr erfahren
no-website = Die Datendatei nennt keine Projektwebsite.
qr-label = QR-Code der nebenstehenden Adresse
