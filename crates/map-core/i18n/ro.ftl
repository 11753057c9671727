# The widget's interface in Romanian.
# Format: Project Fluent (https://projectfluent.org). Keys on the left never change; translate the
# text on the right and keep every { $placeholder } as it is. Plurals:
#   { $count -> [one] … *[other] … } (use the forms your language has: one, few, many, other).
# Every key here must be in every other file (a test checks it, and the placeholders).

## Pagina
project-map = Harta proiectului
language = Limba
showing-region = Se afișează { $region }
map-section = Hartă
errors-title = Unele conținuturi nu au putut fi afișate:
page-title = { $project } · regiunile partenere și indicatorii
page-description = Hartă interactivă a regiunilor partenere ale { $project } și a indicatorilor proiectului
loading-map = Se încarcă harta…
needs-script = Mărirea, selecția pe hartă, prezentarea și descărcările au nevoie de JavaScript și WebAssembly, care nu rulează în acest browser. Restul paginii se poate citi.
needs-script-data = Această pagină trebuie să arate fișierul de date { $file }. Pentru asta are nevoie de JavaScript și WebAssembly, care nu rulează în acest browser.

## Hartă
map-label = Harta regiunilor partenere
map-roledescription = hartă
zoom-controls = Zoom
zoom-in = Mărește
zoom-in-hint = Mărește (+)
zoom-out = Micșorează
zoom-out-hint = Micșorează (−)
zoom-reset = Afișează toată harta
zoom-reset-hint = Toată harta (0)
lead-links = Arată legăturile cu partenerul lider
role-lead-partner = partener lider
role-partner = partener
marker-label = { $partner }, { $role }, { $city }
tooltip-lead = { $partner } (partener lider)
legend = Legenda hărții
legend-region = Regiune parteneră
legend-country = Țară parteneră
legend-seat = Sediul unui partener
legend-lead-seat = Sediul partenerului lider
attribution = © EuroGeographics pentru limitele administrative · Sursa: Eurostat GISCO

## Export
export-svg = Descarcă SVG
export-png = Descarcă PNG
export-label = Descarcă harta

## Panoul regiunii
close-details = Închide detaliile
skip-map = Sari peste hartă
partner-no-region = Acest partener nu reprezintă nicio regiune de politică în proiect.
partners-without-region = Parteneri fără regiune de politică
indicator-listed = { $listed } din { $total } prezentate aici
zoom-hint = Folosiți Ctrl + derulare pentru a mări harta
partner-organisations = Organizații partenere
policy-instrument = Instrument de politică
good-practices = Bune practici
events = Evenimente
other-regions = Alte regiuni
previous-region = ← Regiunea anterioară
next-region = Regiunea următoare →
lead-partner = Partener lider
partner = Partener
website = Site web
instrument-name = Denumire
managing-authority = Autoritate de management
status = Stare
more = Mai mult
about-instrument = Despre acest instrument
details-link = Detalii
not-yet-published = Încă nepublicat
not-given = Nespecificat
unconfirmed = fără confirmare
status-confirmed = confirmat
status-unconfirmed = fără confirmare
status-conflicting = surse contradictorii
status-not-found = nu apare în surse publice
status-not-given = nespecificat în date
count-good-practices = { $count ->
    [0] nicio bună practică publicată încă
    [one] { $count } bună practică
    [few] { $count } bune practici
   *[other] { $count } de bune practici
}
count-events = { $count ->
    [0] niciun eveniment publicat încă
    [one] { $count } eveniment
    [few] { $count } evenimente
   *[other] { $count } de evenimente
}

## Lista regiunilor
list = Listă
partners = Parteneri
list-title = Regiuni, parteneri și bune practici
show-on-map = Afișează { $region } pe hartă

## Indicatori
indicators-title = Indicatorii proiectului
no-indicators = Datele nu conțin încă indicatori publicați.
about-figures = Despre aceste cifre:
source = Sursa:
figure-of = din { $target }

## Evenimente
upcoming-events = Evenimente viitoare
past-events = Evenimente trecute
no-upcoming = Încă nu sunt evenimente viitoare.
no-past = Datele nu conțin evenimente trecute.
events-show-earlier = { $count ->
    [one] Afișează { $count } eveniment anterior
    [few] Afișează { $count } evenimente anterioare
   *[other] Afișează { $count } de evenimente anterioare
}
events-show-fewer = Afișează mai puține evenimente
event-kick-off = reuniune de lansare
event-workshop = atelier interregional
event-study-visit = vizită de studiu
event-stakeholder-meeting = întâlnire cu părțile interesate
event-conference = conferință
event-activity = activitate de proiect
event-external = eveniment organizat de terți
place-and-online = { $city } și online
place-online = online
place-not-published = loc nepublicat

## Prezentare
present = Prezintă
presentation = Prezentare
step-of = Pasul { $at } din { $of }
previous-step = Pasul anterior
next-step = Pasul următor
guided-tour = Tur ghidat
high-contrast = Contrast ridicat
leave-presentation = Închide prezentarea
find-out-more = Află mai multe
no-website = Fișierul de date nu indică niciun site web al proiectului.
qr-label = Codul QR al adresei de alături
