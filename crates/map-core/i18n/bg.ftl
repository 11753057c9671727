# The widget's interface in Bulgarian.
# Format: Project Fluent (https://projectfluent.org). Keys on the left never change; translate the
# text on the right and keep every { $placeholder } as it is. Plurals:
#   { $count -> [one] … *[other] … } (use the forms your language has: one, few, many, other).
# Every key here must be in every other file (a test checks it, and the placeholders).

## Страница
project-map = Карта на проекта
language = Език
showing-region = Показва се: { $region }
map-section = Карта
errors-title = Част от съдържанието не можа да бъде показана:
page-title = { $project } · партньорски региони и показатели
page-description = Интерактивна карта на партньорските региони на { $project } и показателите на проекта
loading-map = Картата се зарежда…
needs-script = Мащабирането, изборът на картата, презентацията и изтеглянията изискват JavaScript и WebAssembly, които не работят в този браузър. Всичко останало на тази страница може да се прочете.
needs-script-data = Тази страница трябва да покаже файла с данни { $file }. За това са нужни JavaScript и WebAssembly, които не работят в този браузър.

## Карта
map-label = Карта на партньорските региони
map-roledescription = карта
zoom-controls = Мащаб
zoom-in = Увеличаване
zoom-in-hint = Увеличаване (+)
zoom-out = Намаляване
zoom-out-hint = Намаляване (−)
zoom-reset = Показване на цялата карта
zoom-reset-hint = Цялата карта (0)
lead-links = Покажи връзките с водещия партньор
role-lead-partner = водещ партньор
role-partner = партньор
marker-label = { $partner }, { $role }, { $city }
tooltip-lead = { $partner } (водещ партньор)
legend = Легенда на картата
legend-region = Партньорски регион
legend-country = Партньорска държава
legend-seat = Седалище на партньор
legend-lead-seat = Седалище на водещия партньор
attribution = © EuroGeographics за административните граници · Източник: Eurostat GISCO

## Изтегляне
export-svg = Изтегляне на SVG
export-png = Изтегляне на PNG
export-label = Изтегляне на картата

## Панел на региона
close-details = Затваряне на подробностите
skip-map = Прескачане на картата
partner-no-region = Този партньор не представлява регион на политика в проекта.
partners-without-region = Партньори без регион на политика
indicator-listed = { $listed } от { $total } са показани тук
zoom-hint = Използвайте Ctrl + колелцето, за да мащабирате картата
partner-organisations = Партньорски организации
policy-instrument = Инструмент на политиката
good-practices = Добри практики
events = Събития
other-regions = Други региони
previous-region = ← Предишен регион
next-region = Следващ регион →
lead-partner = Водещ партньор
partner = Партньор
website = Уебсайт
instrument-name = Наименование
managing-authority = Управляващ орган
status = Статус
more = Още
about-instrument = За този инструмент
details-link = Подробности
not-yet-published = Все още не е публикувано
not-given = Не е посочено
unconfirmed = без потвърждение
status-confirmed = потвърден
status-unconfirmed = непотвърден
status-conflicting = източниците се разминават
status-not-found = не е открит в публични източници
status-not-given = не е посочено в данните
count-good-practices = { $count ->
    [0] все още няма публикувани добри практики
    [one] { $count } добра практика
   *[other] { $count } добри практики
}
count-events = { $count ->
    [0] все още няма публикувани събития
    [one] { $count } събитие
   *[other] { $count } събития
}

## Списък на регионите
list = Списък
partners = Партньори
list-title = Региони, партньори и добри практики
show-on-map = Показване на { $region } на картата

## Показатели
indicators-title = Показатели на проекта
no-indicators = В данните все още няма публикувани показатели.
about-figures = За тези данни:
source = Източник:
figure-of = от { $target }

## Събития
upcoming-events = Предстоящи събития
past-events = Минали събития
no-upcoming = Все още няма предстоящи събития.
no-past = В данните няма минали събития.
events-show-earlier = { $count ->
    [one] Показване на { $count } по-ранно събитие
   *[other] Показване на { $count } по-ранни събития
}
events-show-fewer = Показване на по-малко събития
event-kick-off = начална среща
event-workshop = междурегионален семинар
event-study-visit = учебно посещение
event-stakeholder-meeting = среща със заинтересованите страни
event-conference = конференция
event-activity = дейност по проекта
event-external = събитие на други организатори
place-and-online = { $city } и онлайн
place-online = онлайн
place-not-published = мястото не е публикувано

## Презентация
present = Представяне
presentation = Презентация
step-of = Стъпка { $at } от { $of }
previous-step = Предишна стъпка
next-step = Следваща стъпка
guided-tour = Обиколка с водач
high-contrast = Висок контраст
leave-presentation = Изход от презентацията
find-out-more = Научете повече
no-website = Файлът с данни не посочва уебсайт на проекта.
qr-label = QR код на адреса до него
