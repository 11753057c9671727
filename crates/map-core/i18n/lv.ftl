# The widget's interface in Latvian.
# Format: Project Fluent (https://projectfluent.org). Keys on the left never change; translate the
# text on the right and keep every { $placeholder } as it is. Plurals:
#   { $count -> [one] … *[other] … } (use the forms your language has: one, few, many, other).
# Every key here must be in every other file (a test checks it, and the placeholders).

## Lapa
project-map = Projekta karte
language = Valoda
showing-region = Rāda: { $region }
map-section = Karte
errors-title = Daļu satura neizdevās parādīt:
page-title = { $project } · partneru reģioni un rādītāji
page-description = Interaktīva { $project } partneru reģionu un projekta rādītāju karte
loading-map = Karte tiek ielādēta…
needs-script = Tālummaiņai, izvēlei kartē, prezentācijai un lejupielādēm vajadzīgs JavaScript un WebAssembly, kas šajā pārlūkā nedarbojas. Viss pārējais šajā lapā ir lasāms.
needs-script-data = Šai lapai jārāda datu fails { $file }. Tam vajadzīgs JavaScript un WebAssembly, kas šajā pārlūkā nedarbojas.

## Karte
map-label = Partneru reģionu karte
map-roledescription = karte
zoom-controls = Tālummaiņa
zoom-in = Tuvināt
zoom-in-hint = Tuvināt (+)
zoom-out = Tālināt
zoom-out-hint = Tālināt (−)
zoom-reset = Rādīt visu karti
zoom-reset-hint = Visa karte (0)
lead-links = Rādīt saites ar vadošo partneri
role-lead-partner = vadošais partneris
role-partner = partneris
marker-label = { $partner }, { $role }, { $city }
tooltip-lead = { $partner } (vadošais partneris)
legend = Kartes apzīmējumi
legend-region = Partnerreģions
legend-country = Partnervalsts
legend-seat = Partnera atrašanās vieta
legend-lead-seat = Vadošā partnera atrašanās vieta
attribution = © EuroGeographics par administratīvajām robežām · Avots: Eurostat GISCO

## Eksports
export-svg = Lejupielādēt SVG
export-png = Lejupielādēt PNG
export-label = Lejupielādēt karti

## Reģiona panelis
close-details = Aizvērt informāciju
skip-map = Izlaist karti
partner-no-region = Šis partneris projektā nepārstāv nevienu politikas reģionu.
partners-without-region = Partneri bez politikas reģiona
indicator-listed = { $listed } no { $total } norādīti šeit
zoom-hint = Izmantojiet Ctrl + ritināšanu, lai tuvinātu karti
partner-organisations = Partnerorganizācijas
policy-instrument = Politikas instruments
good-practices = Labā prakse
events = Pasākumi
other-regions = Citi reģioni
previous-region = ← Iepriekšējais reģions
next-region = Nākamais reģions →
lead-partner = Vadošais partneris
partner = Partneris
website = Tīmekļvietne
instrument-name = Nosaukums
managing-authority = Vadošā iestāde
status = Statuss
more = Vairāk
about-instrument = Par šo instrumentu
details-link = Sīkāk
not-yet-published = Vēl nav publicēts
not-given = Nav norādīts
unconfirmed = bez apstiprinājuma
status-confirmed = apstiprināts
status-unconfirmed = nav apstiprināts
status-conflicting = avoti nesaskan
status-not-found = nav atrasts publiskos avotos
status-not-given = datos nav norādīts
count-good-practices = { $count ->
    [0] vēl nav publicēta neviena labā prakse
    [zero] { $count } labās prakses
    [one] { $count } labā prakse
   *[other] { $count } labās prakses
}
count-events = { $count ->
    [0] vēl nav publicēts neviens pasākums
    [zero] { $count } pasākumi
    [one] { $count } pasākums
   *[other] { $count } pasākumi
}

## Reģionu saraksts
list = Saraksts
partners = Partneri
list-title = Reģioni, partneri un labā prakse
show-on-map = Rādīt kartē: { $region }

## Rādītāji
indicators-title = Projekta rādītāji
no-indicators = Datos vēl nav publicēts neviens rādītājs.
about-figures = Par šiem skaitļiem:
source = Avots:
figure-of = no { $target }

## Pasākumi
upcoming-events = Gaidāmie pasākumi
past-events = Notikušie pasākumi
no-upcoming = Gaidāmu pasākumu vēl nav.
no-past = Datos nav norādīti notikušie pasākumi.
events-show-earlier = { $count ->
    [zero] Rādīt { $count } agrākus pasākumus
    [one] Rādīt { $count } agrāku pasākumu
   *[other] Rādīt { $count } agrākus pasākumus
}
events-show-fewer = Rādīt mazāk pasākumu
event-kick-off = atklāšanas sanāksme
event-workshop = starpreģionu seminārs
event-study-visit = mācību vizīte
event-stakeholder-meeting = ieinteresēto pušu sanāksme
event-conference = konference
event-activity = projekta aktivitāte
event-external = citu organizēts pasākums
place-and-online = { $city } un tiešsaistē
place-online = tiešsaistē
place-not-published = vieta nav publicēta

## Prezentācija
present = Prezentēt
presentation = Prezentācija
step-of = { $at }. solis no { $of }
previous-step = Iepriekšējais solis
next-step = Nākamais solis
guided-tour = Vadīta tūre
high-contrast = Augsts kontrasts
leave-presentation = Iziet no prezentācijas
find-out-more = Uzzināt vairāk
no-website = Datu datnē nav norādīta projekta tīmekļvietne.
qr-label = Blakus esošās adreses QR kods
