# The widget's interface in English: the complete catalogue, and the fallback for every other one.
# Format: Project Fluent (https://projectfluent.org). Keys on the left never change; translate the
# text on the right and keep every { $placeholder } as it is. Plurals:
#   { $count -> [one] … *[other] … } (use the forms your language has: one, few, many, other).
# Every key here must be in every other file (a test checks it, and the placeholders).

## Page
project-map = Project map
language = Language
showing-region = Showing { $region }
map-section = Map
errors-title = Some content could not be shown:
page-title = { $project } · partner regions and indicators
page-description = Interactive map of the partner regions of { $project } and the project's indicators
loading-map = Loading the map…
needs-script = Zooming, choosing on the map, the presentation and the downloads need JavaScript and WebAssembly, which are not running in this browser. Everything else on this page can be read as it is.
needs-script-data = This page was asked to show the data file { $file }. Showing it needs JavaScript and WebAssembly, which are not running in this browser.

## Map
map-label = Map of the partner regions
map-roledescription = map
zoom-controls = Zoom
zoom-in = Zoom in
zoom-in-hint = Zoom in (+)
zoom-out = Zoom out
zoom-out-hint = Zoom out (−)
zoom-reset = Show the whole map
zoom-reset-hint = Whole map (0)
lead-links = Show links to the lead partner
role-lead-partner = lead partner
role-partner = partner
marker-label = { $partner }, { $role }, { $city }
tooltip-lead = { $partner } (lead partner)
legend = Map legend
legend-region = Partner region
legend-country = Partner country
legend-seat = Partner's seat
legend-lead-seat = Lead partner's seat
attribution = © EuroGeographics for the administrative boundaries · Source: Eurostat GISCO

## Export
export-svg = Download SVG
export-png = Download PNG
export-label = Download the map

## Region panel
close-details = Close details
skip-map = Skip the map
partner-no-region = This partner represents no policy region in the project.
partners-without-region = Partners without a policy region
indicator-listed = { $listed } of { $total } listed here
zoom-hint = Use Ctrl + scroll to zoom the map
partner-organisations = Partner organisations
policy-instrument = Policy instrument
good-practices = Good practices
events = Events
other-regions = Other regions
previous-region = ← Previous region
next-region = Next region →
lead-partner = Lead partner
partner = Partner
website = Website
instrument-name = Name
managing-authority = Managing authority
status = Status
more = More
about-instrument = About this instrument
details-link = Details
not-yet-published = Not yet published
not-given = Not given
unconfirmed = unconfirmed
status-confirmed = confirmed
status-unconfirmed = unconfirmed
status-conflicting = sources disagree
status-not-found = not found in public sources
status-not-given = not given in the data
count-good-practices = { $count ->
    [0] no good practices published yet
    [one] { $count } good practice
   *[other] { $count } good practices
}
count-events = { $count ->
    [0] no events published yet
    [one] { $count } event
   *[other] { $count } events
}

## List of regions
list = List
partners = Partners
list-title = Regions, partners and good practices
show-on-map = Show { $region } on the map

## Indicators
indicators-title = Project indicators
no-indicators = No indicators are published in the data yet.
about-figures = About these figures:
source = Source:
figure-of = of { $target }

## Events
upcoming-events = Upcoming events
past-events = Past events
no-upcoming = No upcoming events yet.
no-past = No past events are listed in the data.
events-show-earlier = { $count ->
    [one] Show { $count } earlier event
   *[other] Show { $count } earlier events
}
events-show-fewer = Show fewer events
event-kick-off = kick-off meeting
event-workshop = interregional workshop
event-study-visit = study visit
event-stakeholder-meeting = stakeholder meeting
event-conference = conference
event-activity = project activity
event-external = event of others
place-and-online = { $city } and online
place-online = online
place-not-published = place not published

## Presentation
present = Present
presentation = Presentation
step-of = Step { $at } of { $of }
previous-step = Previous step
next-step = Next step
guided-tour = Guided tour
high-contrast = High contrast
leave-presentation = Leave presentation
find-out-more = Find out more
no-website = The data file names no project website.
qr-label = QR code of the address beside it
