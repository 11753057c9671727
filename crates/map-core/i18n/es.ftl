# The widget's interface in Spanish.
# Format: Project Fluent (https://projectfluent.org). Keys on the left never change; translate the
# text on the right and keep every { $placeholder } as it is. Plurals:
#   { $count -> [one] … *[other] … } (use the forms your language has: one, few, many, other).
# Every key here must be in every other file (a test checks it, and the placeholders).

## Página
project-map = Mapa del proyecto
language = Idioma
showing-region = Mostrando { $region }
map-section = Mapa
errors-title = No se ha podido mostrar parte del contenido:
page-title = { $project } · regiones socias e indicadores
page-description = Mapa interactivo de las regiones socias de { $project } y de los indicadores del proyecto
loading-map = Cargando el mapa…
needs-script = El zoom, la selección en el mapa, la presentación y las descargas necesitan JavaScript y WebAssembly, que no se están ejecutando en este navegador. Todo lo demás de esta página se puede leer tal como está.
needs-script-data = Esta página debe mostrar el archivo de datos { $file }. Para ello necesita JavaScript y WebAssembly, que no se están ejecutando en este navegador.

## Mapa
map-label = Mapa de las regiones socias
map-roledescription = mapa
zoom-controls = Zoom
zoom-in = Acercar
zoom-in-hint = Acercar (+)
zoom-out = Alejar
zoom-out-hint = Alejar (−)
zoom-reset = Ver todo el mapa
zoom-reset-hint = Todo el mapa (0)
lead-links = Mostrar vínculos con el socio principal
role-lead-partner = socio principal
role-partner = socio
marker-label = { $partner }, { $role }, { $city }
tooltip-lead = { $partner } (socio principal)
legend = Leyenda del mapa
legend-region = Región socia
legend-country = País socio
legend-seat = Sede de un socio
legend-lead-seat = Sede del socio principal
attribution = © EuroGeographics por los límites administrativos · Fuente: Eurostat GISCO

## Exportar
export-svg = Descargar SVG
export-png = Descargar PNG
export-label = Descargar el mapa

## Panel de la región
close-details = Cerrar detalles
skip-map = Saltar el mapa
partner-no-region = Este socio no representa ninguna región de política en el proyecto.
partners-without-region = Socios sin región de política
indicator-listed = { $listed } de { $total } listados aquí
zoom-hint = Use Ctrl + desplazamiento para hacer zoom en el mapa
partner-organisations = Organizaciones socias
policy-instrument = Instrumento de política
good-practices = Buenas prácticas
events = Eventos
other-regions = Otras regiones
previous-region = ← Región anterior
next-region = Región siguiente →
lead-partner = Socio principal
partner = Socio
website = Sitio web
instrument-name = Nombre
managing-authority = Autoridad de gestión
status = Estado
more = Más
about-instrument = Sobre este instrumento
details-link = Detalles
not-yet-published = Aún sin publicar
not-given = No indicado
unconfirmed = sin confirmar
status-confirmed = confirmado
status-unconfirmed = sin confirmar
status-conflicting = fuentes contradictorias
status-not-found = no figura en fuentes públicas
status-not-given = no indicado en los datos
count-good-practices = { $count ->
    [0] aún no hay buenas prácticas publicadas
    [one] { $count } buena práctica
   *[other] { $count } buenas prácticas
}
count-events = { $count ->
    [0] aún no hay eventos publicados
    [one] { $count } evento
   *[other] { $count } eventos
}

## Lista de regiones
list = Lista
partners = Socios
list-title = Regiones, socios y buenas prácticas
show-on-map = Mostrar { $region } en el mapa

## Indicadores
indicators-title = Indicadores del proyecto
no-indicators = Aún no hay indicadores publicados en los datos.
about-figures = Sobre estas cifras:
source = Fuente:
figure-of = de { $target }

## Eventos
upcoming-events = Próximos eventos
past-events = Eventos pasados
no-upcoming = Todavía no hay próximos eventos.
no-past = Los datos no incluyen eventos pasados.
events-show-earlier = { $count ->
    [one] Mostrar { $count } evento anterior
   *[other] Mostrar { $count } eventos anteriores
}
events-show-fewer = Mostrar menos eventos
event-kick-off = reunión de lanzamiento
event-workshop = taller interregional
event-study-visit = visita de estudio
event-stakeholder-meeting = reunión de partes interesadas
event-conference = conferencia
event-activity = actividad del proyecto
event-external = evento de terceros
place-and-online = { $city } y en línea
place-online = en línea
place-not-published = lugar no publicado

## Presentación
present = Presentar
presentation = Presentación
step-of = Paso { $at } de { $of }
previous-step = Paso anterior
next-step = Paso siguiente
guided-tour = Visita guiada
high-contrast = Alto contraste
leave-presentation = Salir de la presentación
find-out-more = Más información
no-website = El archivo de datos no indica ningún sitio web del proyecto.
qr-label = Código QR de la dirección que aparece al lado
