# The widget's interface in European Portuguese.
# Format: Project Fluent (https://projectfluent.org). Keys on the left never change; translate the
# text on the right and keep every { $placeholder } as it is. Plurals:
#   { $count -> [one] … *[other] … } (use the forms your language has: one, few, many, other).
# Every key here must be in every other file (a test checks it, and the placeholders).

## Página
project-map = Mapa do projeto
language = Idioma
showing-region = A mostrar { $region }
map-section = Mapa
errors-title = Não foi possível mostrar parte do conteúdo:
page-title = { $project } · regiões parceiras e indicadores
page-description = Mapa interativo das regiões parceiras do { $project } e dos indicadores do projeto
loading-map = A carregar o mapa…
needs-script = O zoom, a seleção no mapa, a apresentação e as transferências precisam de JavaScript e WebAssembly, que não estão a funcionar neste navegador. Tudo o resto nesta página pode ser lido.
needs-script-data = Esta página deve mostrar o ficheiro de dados { $file }. Para isso precisa de JavaScript e WebAssembly, que não estão a funcionar neste navegador.

## Mapa
map-label = Mapa das regiões parceiras
map-roledescription = mapa
zoom-controls = Zoom
zoom-in = Ampliar
zoom-in-hint = Ampliar (+)
zoom-out = Reduzir
zoom-out-hint = Reduzir (−)
zoom-reset = Ver o mapa inteiro
zoom-reset-hint = Mapa inteiro (0)
lead-links = Mostrar ligações ao parceiro líder
role-lead-partner = parceiro líder
role-partner = parceiro
marker-label = { $partner }, { $role }, { $city }
tooltip-lead = { $partner } (parceiro líder)
legend = Legenda do mapa
legend-region = Região parceira
legend-country = País parceiro
legend-seat = Sede de um parceiro
legend-lead-seat = Sede do parceiro líder
attribution = © EuroGeographics para os limites administrativos · Fonte: Eurostat GISCO

## Exportar
export-svg = Descarregar SVG
export-png = Descarregar PNG
export-label = Descarregar o mapa

## Painel da região
close-details = Fechar detalhes
skip-map = Saltar o mapa
partner-no-region = Este parceiro não representa nenhuma região de política no projeto.
partners-without-region = Parceiros sem região de política
indicator-listed = { $listed } de { $total } listados aqui
zoom-hint = Use Ctrl + deslocamento para ampliar o mapa
partner-organisations = Organizações parceiras
policy-instrument = Instrumento de política
good-practices = Boas práticas
events = Eventos
other-regions = Outras regiões
previous-region = ← Região anterior
next-region = Região seguinte →
lead-partner = Parceiro líder
partner = Parceiro
website = Sítio web
instrument-name = Nome
managing-authority = Autoridade de gestão
status = Estado
more = Mais
about-instrument = Sobre este instrumento
details-link = Detalhes
not-yet-published = Ainda por publicar
not-given = Não indicado
unconfirmed = por confirmar
status-confirmed = confirmado
status-unconfirmed = por confirmar
status-conflicting = fontes contraditórias
status-not-found = não consta de fontes públicas
status-not-given = não indicado nos dados
count-good-practices = { $count ->
    [0] ainda sem boas práticas publicadas
    [one] { $count } boa prática
   *[other] { $count } boas práticas
}
count-events = { $count ->
    [0] ainda sem eventos publicados
    [one] { $count } evento
   *[other] { $count } eventos
}

## Lista de regiões
list = Lista
partners = Parceiros
list-title = Regiões, parceiros e boas práticas
show-on-map = Mostrar { $region } no mapa

## Indicadores
indicators-title = Indicadores do projeto
no-indicators = Ainda não há indicadores publicados nos dados.
about-figures = Sobre estes números:
source = Fonte:
figure-of = de { $target }

## Eventos
upcoming-events = Próximos eventos
past-events = Eventos passados
no-upcoming = Ainda não há eventos previstos.
no-past = Os dados não indicam eventos passados.
events-show-earlier = { $count ->
    [one] Mostrar { $count } evento anterior
   *[other] Mostrar { $count } eventos anteriores
}
events-show-fewer = Mostrar menos eventos
event-kick-off = reunião de arranque
event-workshop = workshop inter-regional
event-study-visit = visita de estudo
event-stakeholder-meeting = reunião de partes interessadas
event-conference = conferência
event-activity = atividade do projeto
event-external = evento de terceiros
place-and-online = { $city } e online
place-online = online
place-not-published = local não publicado

## Apresentação
present = Apresentar
presentation = Apresentação
step-of = Passo { $at } de { $of }
previous-step = Passo anterior
next-step = Passo seguinte
guided-tour = Visita guiada
high-contrast = Alto contraste
leave-presentation = Sair da apresentação
find-out-more = Saiba mais
no-website = O ficheiro de dados não indica nenhum sítio web do projeto.
qr-label = Código QR do endereço ao lado
