# The widget's interface in Polish.
# Format: Project Fluent (https://projectfluent.org). Keys on the left never change; translate the
# text on the right and keep every { $placeholder } as it is. Plurals:
#   { $count -> [one] … *[other] … } (use the forms your language has: one, few, many, other).
# Every key here must be in every other file (a test checks it, and the placeholders).

## Strona
project-map = Mapa projektu
language = Język
showing-region = Wyświetlono: { $region }
map-section = Mapa
errors-title = Nie udało się wyświetlić części treści:
page-title = { $project } · regiony partnerskie i wskaźniki
page-description = Interaktywna mapa regionów partnerskich projektu { $project } i jego wskaźników
loading-map = Ładowanie mapy…
needs-script = Powiększanie, wybór na mapie, prezentacja i pobieranie wymagają JavaScriptu i WebAssembly, które nie działają w tej przeglądarce. Wszystko inne na tej stronie można przeczytać.
needs-script-data = Ta strona ma pokazać plik danych { $file }. Wymaga to JavaScriptu i WebAssembly, które nie działają w tej przeglądarce.

## Mapa
map-label = Mapa regionów partnerskich
map-roledescription = mapa
zoom-controls = Powiększenie
zoom-in = Powiększ
zoom-in-hint = Powiększ (+)
zoom-out = Pomniejsz
zoom-out-hint = Pomniejsz (−)
zoom-reset = Pokaż całą mapę
zoom-reset-hint = Cała mapa (0)
lead-links = Pokaż połączenia z partnerem wiodącym
role-lead-partner = partner wiodący
role-partner = partner
marker-label = { $partner }, { $role }, { $city }
tooltip-lead = { $partner } (partner wiodący)
legend = Legenda mapy
legend-region = Region partnerski
legend-country = Kraj partnerski
legend-seat = Siedziba partnera
legend-lead-seat = Siedziba partnera wiodącego
attribution = © EuroGeographics w zakresie granic administracyjnych · Źródło: Eurostat GISCO

## Eksport
export-svg = Pobierz SVG
export-png = Pobierz PNG
export-label = Pobierz mapę

## Panel regionu
close-details = Zamknij szczegóły
skip-map = Pomiń mapę
partner-no-region = Ten partner nie reprezentuje w projekcie żadnego regionu polityki.
partners-without-region = Partnerzy bez regionu polityki
indicator-listed = { $listed } z { $total } wymienionych tutaj
zoom-hint = Użyj Ctrl + przewijania, aby powiększyć mapę
partner-organisations = Organizacje partnerskie
policy-instrument = Instrument polityki
good-practices = Dobre praktyki
events = Wydarzenia
other-regions = Inne regiony
previous-region = ← Poprzedni region
next-region = Następny region →
lead-partner = Partner wiodący
partner = Partner
website = Strona internetowa
instrument-name = Nazwa
managing-authority = Instytucja zarządzająca
status = Status
more = Więcej
about-instrument = O tym instrumencie
details-link = Szczegóły
not-yet-published = Jeszcze nie opublikowano
not-given = Nie podano
unconfirmed = bez potwierdzenia
status-confirmed = potwierdzony
status-unconfirmed = niepotwierdzony
status-conflicting = źródła są sprzeczne
status-not-found = brak w źródłach publicznych
status-not-given = nie podano w danych
count-good-practices = { $count ->
    [0] brak opublikowanych dobrych praktyk
    [one] { $count } dobra praktyka
    [few] { $count } dobre praktyki
    [many] { $count } dobrych praktyk
   *[other] { $count } dobrej praktyki
}
count-events = { $count ->
    [0] brak opublikowanych wydarzeń
    [one] { $count } wydarzenie
    [few] { $count } wydarzenia
    [many] { $count } wydarzeń
   *[other] { $count } wydarzenia
}

## Lista regionów
list = Lista
partners = Partnerzy
list-title = Regiony, partnerzy i dobre praktyki
show-on-map = Pokaż na mapie: { $region }

## Wskaźniki
indicators-title = Wskaźniki projektu
no-indicators = W danych nie opublikowano jeszcze żadnych wskaźników.
about-figures = O tych liczbach:
source = Źródło:
figure-of = z { $target }

## Wydarzenia
upcoming-events = Nadchodzące wydarzenia
past-events = Minione wydarzenia
no-upcoming = Brak nadchodzących wydarzeń.
no-past = W danych nie ma minionych wydarzeń.
events-show-earlier = { $count ->
    [one] Pokaż { $count } wcześniejsze wydarzenie
    [few] Pokaż { $count } wcześniejsze wydarzenia
    [many] Pokaż { $count } wcześniejszych wydarzeń
   *[other] Pokaż { $count } wcześniejszego wydarzenia
}
events-show-fewer = Pokaż mniej wydarzeń
event-kick-off = spotkanie inauguracyjne
event-workshop = warsztaty międzyregionalne
event-study-visit = wizyta studyjna
event-stakeholder-meeting = spotkanie z interesariuszami
event-conference = konferencja
event-activity = działanie projektowe
event-external = wydarzenie innych organizatorów
place-and-online = { $city } i online
place-online = online
place-not-published = nie podano miejsca

## Prezentacja
present = Prezentuj
presentation = Prezentacja
step-of = Krok { $at } z { $of }
previous-step = Poprzedni krok
next-step = Następny krok
guided-tour = Oprowadzanie
high-contrast = Wysoki kontrast
leave-presentation = Zakończ prezentację
find-out-more = Dowiedz się więcej
no-website = Plik danych nie podaje strony internetowej projektu.
qr-label = Kod QR adresu obok
