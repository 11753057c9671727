//! Reading a parsed JSON value into the model by shape alone: the fields each record may have,
//! of the types the model gives them, and nothing else; `None` at the first thing that is not so.
//!
//! Not serde's derives: with serde_json they monomorphise a map visitor per record and a
//! sequence reader per list, which weighed 62 KB of the wasm against 7 KB for this (measured with
//! twiggy on the release build); the JSON is parsed into a `serde_json::Value` anyway for the
//! geometry. What a field must hold beyond its type (not blank, in range, references …) is the
//! caller's: `super::is_valid` for a data file; nothing more for the data a diagnosis returns,
//! which `load` already judged.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::data::date::Date;
use crate::data::ids::{
    EventId, IndicatorId, InstrumentId, NutsCode, PartnerId, PracticeId, RegionId, SourceId,
};
use crate::data::link::SafeUrl;
use crate::data::model::{
    Budget, DataFile, Event, EventKind, GoodPractice, Indicator, Partner, PolicyInstrument,
    Project, RecordList, Region, Role, Source, Status, Text, TourSeconds, is_language_tag,
};

/// The fields each record may have: the model's (a test compares them with the schema).
const BUDGET: &[&str] = &[
    "total_eur",
    "erdf_eur",
    "status",
    "unconfirmed",
    "note",
    "sources",
];
const PROJECT: &[&str] = &[
    "name",
    "acronym",
    "programme",
    "number",
    "start",
    "end",
    "website",
    "budget",
    "tour_seconds",
    "indicators_note",
    "languages",
    "status",
    "unconfirmed",
    "note",
    "sources",
];
const INDICATOR: &[&str] = &[
    "id",
    "label",
    "value",
    "target",
    "unit",
    "counts",
    "status",
    "unconfirmed",
    "note",
    "sources",
];
const PARTNER: &[&str] = &[
    "id",
    "name",
    "name_local",
    "short_name",
    "role",
    "city",
    "location",
    "website",
    "region",
    "status",
    "unconfirmed",
    "note",
    "sources",
];
const REGION: &[&str] = &[
    "id",
    "name",
    "country",
    "nuts",
    "geometry",
    "status",
    "unconfirmed",
    "note",
    "sources",
];
const POLICY_INSTRUMENT: &[&str] = &[
    "id",
    "name",
    "name_local",
    "region",
    "managing_authority",
    "url",
    "status",
    "unconfirmed",
    "note",
    "sources",
];
const GOOD_PRACTICE: &[&str] = &[
    "id",
    "title",
    "region",
    "organisation",
    "summary",
    "url",
    "status",
    "unconfirmed",
    "note",
    "sources",
];
const EVENT: &[&str] = &[
    "id",
    "title",
    "kind",
    "start",
    "end",
    "city",
    "location",
    "online",
    "region",
    "host",
    "url",
    "status",
    "unconfirmed",
    "note",
    "sources",
];
const SOURCE: &[&str] = &["id", "url", "title", "note"];

/// Each list above by the schema's name of its record, and the top level's (`""`).
#[cfg(all(test, feature = "schema"))]
const ALL: [(&str, &[&str]); 10] = [
    ("", &crate::data::read::TOP_LEVEL),
    ("Budget", BUDGET),
    ("Project", PROJECT),
    ("Indicator", INDICATOR),
    ("Partner", PARTNER),
    ("Region", REGION),
    ("PolicyInstrument", POLICY_INSTRUMENT),
    ("GoodPractice", GOOD_PRACTICE),
    ("Event", EVENT),
    ("Source", SOURCE),
];

/// A value of a field, read by its type alone.
pub(super) trait Shape: Sized {
    fn read(v: &Value) -> Option<Self>;
}

/// An object whose keys are all among `fields`.
fn object<'v>(v: &'v Value, fields: &[&str]) -> Option<&'v Map<String, Value>> {
    let o = v.as_object()?;
    o.keys().all(|k| fields.contains(&k.as_str())).then_some(o)
}

/// A required field: present, not `null`, of its type.
fn req<T: Shape>(o: &Map<String, Value>, name: &str) -> Option<T> {
    T::read(o.get(name)?)
}

/// An optional field: absent and `null` are `None` (as for the reader); `Some(None)` means none,
/// the outer `None` a value of the wrong type.
fn opt<T: Shape>(o: &Map<String, Value>, name: &str) -> Option<Option<T>> {
    match o.get(name) {
        None | Some(Value::Null) => Some(None),
        Some(v) => T::read(v).map(Some),
    }
}

/// An optional field with a default value when absent or `null`.
fn or_default<T: Shape + Default>(o: &Map<String, Value>, name: &str) -> Option<T> {
    opt(o, name).map(Option::unwrap_or_default)
}

impl Shape for String {
    fn read(v: &Value) -> Option<Self> {
        v.as_str().map(str::to_owned)
    }
}

impl Shape for Text {
    fn read(v: &Value) -> Option<Self> {
        match v {
            Value::String(s) => Some(Text::Plain(s.clone())),
            Value::Object(o) if !o.is_empty() => {
                let mut map = BTreeMap::new();
                for (lang, text) in o {
                    if !is_language_tag(lang) {
                        return None;
                    }
                    map.insert(lang.clone(), text.as_str()?.to_owned());
                }
                Some(Text::Translated(map))
            }
            _ => None,
        }
    }
}

macro_rules! parsed {
    ($($ty:ty),*) => {$(
        impl Shape for $ty {
            fn read(v: &Value) -> Option<Self> {
                <$ty>::parse(v.as_str()?).ok()
            }
        }
    )*};
}

parsed!(
    RegionId,
    PartnerId,
    SourceId,
    IndicatorId,
    InstrumentId,
    PracticeId,
    EventId,
    NutsCode,
    SafeUrl,
    Date
);

impl Shape for u64 {
    fn read(v: &Value) -> Option<Self> {
        v.as_u64()
    }
}

impl Shape for bool {
    fn read(v: &Value) -> Option<Self> {
        v.as_bool()
    }
}

impl Shape for [f64; 2] {
    fn read(v: &Value) -> Option<Self> {
        match v.as_array()?.as_slice() {
            [lon, lat] => Some([lon.as_f64()?, lat.as_f64()?]),
            _ => None,
        }
    }
}

impl Shape for TourSeconds {
    fn read(v: &Value) -> Option<Self> {
        u32::try_from(v.as_u64()?).ok().map(TourSeconds)
    }
}

impl Shape for Status {
    fn read(v: &Value) -> Option<Self> {
        Some(match v.as_str()? {
            "confirmed" => Status::Confirmed,
            "unconfirmed" => Status::Unconfirmed,
            "conflicting" => Status::Conflicting,
            "not_found" => Status::NotFound,
            _ => return None,
        })
    }
}

impl Shape for Role {
    fn read(v: &Value) -> Option<Self> {
        Some(match v.as_str()? {
            "lead" => Role::Lead,
            "partner" => Role::Partner,
            _ => return None,
        })
    }
}

impl Shape for EventKind {
    fn read(v: &Value) -> Option<Self> {
        Some(match v.as_str()? {
            "kick_off" => EventKind::KickOff,
            "interregional_workshop" => EventKind::InterregionalWorkshop,
            "study_visit" => EventKind::StudyVisit,
            "stakeholder_meeting" => EventKind::StakeholderMeeting,
            "conference" => EventKind::Conference,
            "activity" => EventKind::Activity,
            "external" => EventKind::External,
            _ => return None,
        })
    }
}

impl Shape for RecordList {
    fn read(v: &Value) -> Option<Self> {
        Some(match v.as_str()? {
            "partners" => RecordList::Partners,
            "regions" => RecordList::Regions,
            "policy_instruments" => RecordList::PolicyInstruments,
            "good_practices" => RecordList::GoodPractices,
            "events" => RecordList::Events,
            _ => return None,
        })
    }
}

impl<T: Shape> Shape for Vec<T> {
    fn read(v: &Value) -> Option<Self> {
        v.as_array()?.iter().map(T::read).collect()
    }
}

impl Shape for Budget {
    fn read(v: &Value) -> Option<Self> {
        let o = object(v, BUDGET)?;
        Some(Budget {
            total_eur: opt(o, "total_eur")?,
            erdf_eur: opt(o, "erdf_eur")?,
            status: or_default(o, "status")?,
            unconfirmed: or_default(o, "unconfirmed")?,
            note: opt(o, "note")?,
            sources: or_default(o, "sources")?,
        })
    }
}

impl Shape for Project {
    fn read(v: &Value) -> Option<Self> {
        let o = object(v, PROJECT)?;
        Some(Project {
            name: req(o, "name")?,
            acronym: req(o, "acronym")?,
            programme: req(o, "programme")?,
            number: opt(o, "number")?,
            start: opt(o, "start")?,
            end: opt(o, "end")?,
            website: opt(o, "website")?,
            budget: opt(o, "budget")?,
            tour_seconds: opt(o, "tour_seconds")?,
            indicators_note: opt(o, "indicators_note")?,
            languages: or_default(o, "languages")?,
            status: or_default(o, "status")?,
            unconfirmed: or_default(o, "unconfirmed")?,
            note: opt(o, "note")?,
            sources: or_default(o, "sources")?,
        })
    }
}

impl Shape for Indicator {
    fn read(v: &Value) -> Option<Self> {
        let o = object(v, INDICATOR)?;
        Some(Indicator {
            id: req(o, "id")?,
            label: req(o, "label")?,
            value: req(o, "value")?,
            target: opt(o, "target")?,
            unit: opt(o, "unit")?,
            counts: opt(o, "counts")?,
            status: or_default(o, "status")?,
            unconfirmed: or_default(o, "unconfirmed")?,
            note: opt(o, "note")?,
            sources: or_default(o, "sources")?,
        })
    }
}

impl Shape for Partner {
    fn read(v: &Value) -> Option<Self> {
        let o = object(v, PARTNER)?;
        Some(Partner {
            id: req(o, "id")?,
            name: req(o, "name")?,
            name_local: opt(o, "name_local")?,
            short_name: req(o, "short_name")?,
            role: req(o, "role")?,
            city: req(o, "city")?,
            location: req(o, "location")?,
            website: opt(o, "website")?,
            region: opt(o, "region")?,
            status: or_default(o, "status")?,
            unconfirmed: or_default(o, "unconfirmed")?,
            note: opt(o, "note")?,
            sources: or_default(o, "sources")?,
        })
    }
}

impl Shape for Region {
    fn read(v: &Value) -> Option<Self> {
        let o = object(v, REGION)?;
        Some(Region {
            id: req(o, "id")?,
            name: req(o, "name")?,
            country: req(o, "country")?,
            nuts: req(o, "nuts")?,
            geometry: opt(o, "geometry")?,
            status: or_default(o, "status")?,
            unconfirmed: or_default(o, "unconfirmed")?,
            note: opt(o, "note")?,
            sources: or_default(o, "sources")?,
        })
    }
}

impl Shape for PolicyInstrument {
    fn read(v: &Value) -> Option<Self> {
        let o = object(v, POLICY_INSTRUMENT)?;
        Some(PolicyInstrument {
            id: req(o, "id")?,
            name: opt(o, "name")?,
            name_local: opt(o, "name_local")?,
            region: req(o, "region")?,
            managing_authority: opt(o, "managing_authority")?,
            url: opt(o, "url")?,
            status: or_default(o, "status")?,
            unconfirmed: or_default(o, "unconfirmed")?,
            note: opt(o, "note")?,
            sources: or_default(o, "sources")?,
        })
    }
}

impl Shape for GoodPractice {
    fn read(v: &Value) -> Option<Self> {
        let o = object(v, GOOD_PRACTICE)?;
        Some(GoodPractice {
            id: req(o, "id")?,
            title: req(o, "title")?,
            region: req(o, "region")?,
            organisation: opt(o, "organisation")?,
            summary: opt(o, "summary")?,
            url: opt(o, "url")?,
            status: or_default(o, "status")?,
            unconfirmed: or_default(o, "unconfirmed")?,
            note: opt(o, "note")?,
            sources: or_default(o, "sources")?,
        })
    }
}

impl Shape for Event {
    fn read(v: &Value) -> Option<Self> {
        let o = object(v, EVENT)?;
        Some(Event {
            id: req(o, "id")?,
            title: req(o, "title")?,
            kind: req(o, "kind")?,
            start: req(o, "start")?,
            end: req(o, "end")?,
            city: opt(o, "city")?,
            location: opt(o, "location")?,
            online: or_default(o, "online")?,
            region: opt(o, "region")?,
            host: opt(o, "host")?,
            url: opt(o, "url")?,
            status: or_default(o, "status")?,
            unconfirmed: or_default(o, "unconfirmed")?,
            note: opt(o, "note")?,
            sources: or_default(o, "sources")?,
        })
    }
}

impl Shape for Source {
    fn read(v: &Value) -> Option<Self> {
        let o = object(v, SOURCE)?;
        Some(Source {
            id: req(o, "id")?,
            url: opt(o, "url")?,
            title: req(o, "title")?,
            note: opt(o, "note")?,
        })
    }
}

impl Shape for DataFile {
    fn read(v: &Value) -> Option<Self> {
        let o = object(v, &crate::data::read::TOP_LEVEL)?;
        Some(DataFile {
            schema: opt(o, "$schema")?,
            project: req(o, "project")?,
            indicators: req(o, "indicators")?,
            partners: req(o, "partners")?,
            regions: req(o, "regions")?,
            policy_instruments: req(o, "policy_instruments")?,
            good_practices: req(o, "good_practices")?,
            events: req(o, "events")?,
            sources: req(o, "sources")?,
        })
    }
}

#[cfg(all(test, feature = "schema"))]
mod tests {
    use super::ALL;

    #[test]
    fn every_record_takes_exactly_the_fields_of_the_schema() {
        let schema: serde_json::Value =
            serde_json::from_str(&crate::data::schema::schema_json()).unwrap();
        for (definition, fields) in ALL {
            let object = match definition {
                "" => &schema,
                _ => &schema["$defs"][definition],
            };
            let mut expected: Vec<&str> = object["properties"]
                .as_object()
                .unwrap_or_else(|| panic!("no properties for {definition:?}"))
                .keys()
                .map(String::as_str)
                .collect();
            let mut fields = fields.to_vec();
            expected.sort_unstable();
            fields.sort_unstable();
            assert_eq!(fields, expected, "{definition:?}");
        }
    }
}
