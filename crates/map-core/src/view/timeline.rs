//! The events timeline: the data file's events in date order, split into past and upcoming around
//! a given day, and the words the timeline shows for each (kind, place, one day or a range).
//!
//! Today is a parameter, never read from a clock here, so the split is tested natively; the browser
//! passes its own date (`js_sys::Date`). A region's panel lists its events with [`events_in_region`].

use std::cmp::Ordering;

use crate::data::date::Date;
use crate::data::ids::RegionId;
use crate::data::model::{DataFile, Event, EventKind, Region};
use crate::i18n::{Arg, Messages};

/// The events on either side of today, each list in date order (see [`in_date_order`]).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Timeline<'a> {
    /// Events that ended before today, newest first: the latest is what a visitor looks for.
    pub past: Vec<&'a Event>,
    /// Events that end today or later (an event under way counts as upcoming), soonest first.
    pub upcoming: Vec<&'a Event>,
}

/// Splits `events` around `today`: an event is past once its last day is before `today`, so a
/// meeting under way still shows as upcoming. Upcoming events are in date order, past ones in
/// reverse date order (newest first).
pub fn timeline(events: &[Event], today: Date) -> Timeline<'_> {
    let (mut past, upcoming): (Vec<_>, Vec<_>) = in_date_order(events)
        .into_iter()
        .partition(|event| event.end < today);
    past.reverse();
    Timeline { past, upcoming }
}

/// The events in date order: by first day, then (for events starting the same day) by English
/// title, then by id, so the order never depends on the order of the file.
pub fn in_date_order(events: &[Event]) -> Vec<&Event> {
    let mut ordered: Vec<&Event> = events.iter().collect();
    crate::view::order::sort_short_by(&mut ordered, |a, b| by_date_then_title(a, b));
    ordered
}

fn by_date_then_title(a: &Event, b: &Event) -> Ordering {
    a.start
        .cmp(&b.start)
        .then_with(|| a.title.resolve("en").cmp(b.title.resolve("en")))
        .then_with(|| a.id.as_str().cmp(b.id.as_str()))
}

/// The events that belong to `region`, in date order (for the region's panel). Empty for a region
/// with no events or an id that names no region.
pub fn events_in_region<'a>(data: &'a DataFile, region: &RegionId) -> Vec<&'a Event> {
    let mut events = in_date_order(&data.events);
    events.retain(|event| event.region.as_ref() == Some(region));
    events
}

/// The region an event belongs to, when it names one the file has: selecting the event selects
/// it on the map. `None` for an event of the whole project (e.g. an online discussion).
pub fn region_of<'a>(data: &'a DataFile, event: &Event) -> Option<&'a Region> {
    let id = event.region.as_ref()?;
    data.regions.iter().find(|region| &region.id == id)
}

/// The kind of an event in words, lower case, to follow or precede other text
/// ("stakeholder meeting"). Every kind has words: a new kind fails to compile until it has.
pub fn kind_label(m: &Messages, kind: EventKind) -> String {
    m.t(match kind {
        EventKind::KickOff => "event-kick-off",
        EventKind::InterregionalWorkshop => "event-workshop",
        EventKind::StudyVisit => "event-study-visit",
        EventKind::StakeholderMeeting => "event-stakeholder-meeting",
        EventKind::Conference => "event-conference",
        EventKind::Activity => "event-activity",
        EventKind::External => "event-external",
    })
}

/// Where an event took place, as the data says it; the timeline never leaves the place blank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place<'a> {
    /// In a city.
    City(&'a str),
    /// In a city, and online too.
    CityAndOnline(&'a str),
    /// Online only.
    Online,
    /// The sources do not say where.
    NotPublished,
}

impl Place<'_> {
    /// The place in words: "Kalamata", "Haskovo and online", "online" or "place not published".
    pub fn label(&self, m: &Messages) -> String {
        match self {
            Place::City(city) => (*city).to_owned(),
            Place::CityAndOnline(city) => {
                m.t_with("place-and-online", &[("city", Arg::Text(city))])
            }
            Place::Online => m.t("place-online"),
            Place::NotPublished => m.t("place-not-published"),
        }
    }
}

/// Where `event` took place. A blank city counts as no city.
pub fn place(event: &Event) -> Place<'_> {
    let city = event
        .city
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    match (city, event.online) {
        (Some(city), false) => Place::City(city),
        (Some(city), true) => Place::CityAndOnline(city),
        (None, true) => Place::Online,
        (None, false) => Place::NotPublished,
    }
}

/// The line under an event's title: its kind, its place and the name of the region it belongs to,
/// joined by " · " ("stakeholder meeting · place not published · Mazovia"). The region is left out
/// when it has the place's name, so a line never reads "Haskovo · Haskovo".
pub fn summary(event: &Event, region_name: Option<&str>, m: &Messages) -> String {
    let place = place(event);
    let city = match place {
        Place::City(city) | Place::CityAndOnline(city) => Some(city),
        Place::Online | Place::NotPublished => None,
    };
    let mut line = format!("{} · {}", kind_label(m, event.kind), place.label(m));
    if let Some(name) = region_name.filter(|name| Some(*name) != city) {
        line.push_str(" · ");
        line.push_str(name);
    }
    line
}

/// The days an event covers, for formatting: one day, or a range when it lasts longer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSpan {
    /// A one-day event.
    Day(Date),
    /// From the first to the last day (the last is after the first).
    Range(Date, Date),
}

/// One day when the event starts and ends the same day (or, in a file the validator would refuse,
/// ends before it starts), else the range of its days.
pub fn date_span(event: &Event) -> DateSpan {
    if event.end > event.start {
        DateSpan::Range(event.start, event.end)
    } else {
        DateSpan::Day(event.start)
    }
}

/// The calendar day of a clock reading: `month` is 1 to 12. `None` for a day that does not exist
/// or a year outside 1000..=9999 (see [`Date`]).
pub fn date_from_calendar(year: u32, month: u32, day: u32) -> Option<Date> {
    Date::parse(&format!("{year:04}-{month:02}-{day:02}")).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn event(id: &str, title: &str, start: &str, end: &str) -> serde_json::Value {
        json!({"id": id, "title": title, "kind": "stakeholder_meeting", "start": start, "end": end})
    }

    fn events(values: Vec<serde_json::Value>) -> Vec<Event> {
        serde_json::from_value(serde_json::Value::Array(values)).unwrap()
    }

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn ids(events: &[&Event]) -> Vec<String> {
        events.iter().map(|e| e.id.to_string()).collect()
    }

    #[test]
    fn events_are_in_date_order_with_ties_by_title() {
        let list = events(vec![
            event("c", "Workshop", "2024-04-16", "2024-04-18"),
            event("b", "Survey", "2023-05-24", "2023-05-25"),
            event("a", "Kick-off", "2023-05-24", "2023-05-24"),
            event("d", "Kick-off", "2023-05-24", "2023-05-24"),
        ]);
        assert_eq!(ids(&in_date_order(&list)), ["a", "d", "b", "c"]);
    }

    #[test]
    fn no_events_give_an_empty_timeline() {
        assert_eq!(timeline(&[], day("2025-01-01")), Timeline::default());
    }

    #[test]
    fn events_split_into_past_and_upcoming_around_today() {
        let list = events(vec![
            event("later", "Later", "2025-03-01", "2025-03-01"),
            event("ended", "Ended", "2024-12-01", "2024-12-02"),
            event("under-way", "Under way", "2024-12-31", "2025-01-02"),
            event("today", "Today", "2025-01-01", "2025-01-01"),
            event("yesterday", "Yesterday", "2024-12-31", "2024-12-31"),
        ]);
        let split = timeline(&list, day("2025-01-01"));
        assert_eq!(ids(&split.past), ["yesterday", "ended"], "newest first");
        assert_eq!(ids(&split.upcoming), ["under-way", "today", "later"]);
    }

    #[test]
    fn events_in_region_are_only_that_regions_in_date_order() {
        let mut list = vec![
            event("m2", "Second", "2023-06-16", "2023-06-16"),
            event("p1", "Kick-off", "2023-05-24", "2023-05-25"),
            event("m1", "First", "2023-04-21", "2023-04-21"),
            event("online", "Online", "2023-06-15", "2023-06-15"),
        ];
        for (value, region) in list.iter_mut().zip(["mazovia", "peloponnese", "mazovia"]) {
            value["region"] = json!(region);
        }
        let data = DataFile {
            events: events(list),
            ..DataFile::default()
        };
        let mazovia = RegionId::parse("mazovia").unwrap();
        assert_eq!(ids(&events_in_region(&data, &mazovia)), ["m1", "m2"]);
        let nowhere = RegionId::parse("nowhere").unwrap();
        assert!(events_in_region(&data, &nowhere).is_empty());
    }

    #[test]
    fn a_missing_place_reads_place_not_published_never_blank() {
        let mut values = vec![
            event("a", "A", "2023-05-24", "2023-05-24"),
            event("b", "B", "2023-05-24", "2023-05-24"),
            event("c", "C", "2023-05-24", "2023-05-24"),
            event("d", "D", "2023-05-24", "2023-05-24"),
            event("e", "E", "2023-05-24", "2023-05-24"),
        ];
        values[0]["city"] = json!("Kalamata");
        values[1]["online"] = json!(true);
        values[2]["city"] = json!("Haskovo");
        values[2]["online"] = json!(true);
        values[4]["city"] = json!("  ");
        let list = events(values);
        let labels: Vec<String> = list
            .iter()
            .map(|e| place(e).label(&Messages::english()))
            .collect();
        assert_eq!(
            labels,
            [
                "Kalamata",
                "online",
                "Haskovo and online",
                "place not published",
                "place not published"
            ]
        );
    }

    #[test]
    fn summary_names_kind_place_and_region_once() {
        let mut values = vec![
            event("a", "A", "2023-11-13", "2023-11-14"),
            event("b", "B", "2023-04-21", "2023-04-21"),
        ];
        values[0]["kind"] = json!("interregional_workshop");
        values[0]["city"] = json!("Haskovo");
        let list = events(values);
        assert_eq!(
            summary(&list[0], Some("Haskovo"), &Messages::english()),
            "interregional workshop · Haskovo"
        );
        assert_eq!(
            summary(&list[1], Some("Mazovia"), &Messages::english()),
            "stakeholder meeting · place not published · Mazovia"
        );
        assert_eq!(
            summary(&list[1], None, &Messages::english()),
            "stakeholder meeting · place not published"
        );
    }

    #[test]
    fn one_day_events_have_one_date_and_longer_ones_a_range() {
        let list = events(vec![
            event("a", "A", "2023-05-24", "2023-05-24"),
            event("b", "B", "2023-05-24", "2023-05-25"),
        ]);
        assert_eq!(date_span(&list[0]), DateSpan::Day(day("2023-05-24")));
        assert_eq!(
            date_span(&list[1]),
            DateSpan::Range(day("2023-05-24"), day("2023-05-25"))
        );
    }

    #[test]
    fn every_event_kind_has_words() {
        for kind in EventKind::ALL {
            assert!(
                !kind_label(&Messages::english(), *kind).is_empty(),
                "{kind:?}"
            );
        }
        assert_eq!(
            kind_label(&Messages::english(), EventKind::InterregionalWorkshop),
            "interregional workshop"
        );
    }

    #[test]
    fn a_clock_reading_becomes_a_calendar_day() {
        assert_eq!(date_from_calendar(2026, 11, 25), Some(day("2026-11-25")));
        assert_eq!(date_from_calendar(2024, 2, 29), Some(day("2024-02-29")));
        assert_eq!(date_from_calendar(2023, 2, 29), None);
        assert_eq!(date_from_calendar(2023, 13, 1), None);
        assert_eq!(date_from_calendar(12_345, 1, 1), None);
    }

    #[test]
    fn an_event_leads_to_its_region_only_when_the_file_has_that_region() {
        let data: DataFile = serde_json::from_value(json!({
            "project": {"name": "P", "acronym": "P", "programme": "I"},
            "indicators": [], "partners": [], "policy_instruments": [], "good_practices": [],
            "sources": [],
            "regions": [{"id": "mazovia", "name": "Mazovia", "country": "PL", "nuts": ["PL91"]}],
            "events": [
                {"id": "a", "title": "A", "kind": "kick_off", "start": "2023-05-24", "end": "2023-05-24", "region": "mazovia"},
                {"id": "b", "title": "B", "kind": "kick_off", "start": "2023-05-24", "end": "2023-05-24", "region": "atlantis"},
                {"id": "c", "title": "C", "kind": "kick_off", "start": "2023-05-24", "end": "2023-05-24"}
            ]
        }))
        .unwrap();
        let names: Vec<Option<&str>> = data
            .events
            .iter()
            .map(|e| region_of(&data, e).map(|r| r.id.as_str()))
            .collect();
        assert_eq!(names, [Some("mazovia"), None, None]);
    }
}
