//! How each field type is read from JSON ([`FieldValue`]): strings, texts, ids, links, dates,
//! counts, locations, choices and lists, each with its own check and error.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{Reader, read_object};
use crate::data::date::Date;
use crate::data::error::{DataError, MAX_COUNT};
use crate::data::ids::{
    EventId, IndicatorId, InstrumentId, NutsCode, PartnerId, PracticeId, RegionId, SourceId,
};
use crate::data::link::SafeUrl;
use crate::data::model::{Budget, EventKind, RecordList, Role, Status, Text, TourSeconds};
use crate::data::path::At;
use crate::data::suggest::did_you_mean;

/// A type a field can hold, with its own check that reports errors at the field's path.
pub(crate) trait FieldValue: Sized {
    /// What the field takes, for "missing" and "expected" messages.
    const EXPECTED: &'static str;
    /// Reads `v`, or reports why not and returns `None`.
    fn read(r: &mut Reader<'_>, v: &Value, at: &At<'_>) -> Option<Self>;
}

impl FieldValue for String {
    const EXPECTED: &'static str = "a string";
    fn read(r: &mut Reader<'_>, v: &Value, at: &At<'_>) -> Option<Self> {
        let Some(s) = v.as_str() else {
            r.wrong_type(at, Self::EXPECTED, v);
            return None;
        };
        if s.trim().is_empty() {
            let at = r.loc(at);
            r.errors.push(DataError::EmptyText { at });
            return None;
        }
        Some(s.to_owned())
    }
}

impl FieldValue for Text {
    const EXPECTED: &'static str = r#"a text: a string, or translations like {"en": "…"}"#;
    fn read(r: &mut Reader<'_>, v: &Value, at: &At<'_>) -> Option<Self> {
        if !(v.is_string() || v.is_object()) {
            r.wrong_type(at, Self::EXPECTED, v);
            return None;
        }
        match <Text as serde::Deserialize>::deserialize(v) {
            Ok(text) if text.is_blank() => {
                let at = r.loc(at);
                r.errors.push(DataError::EmptyText { at });
                None
            }
            Ok(text) => Some(text),
            Err(e) => {
                let at = r.loc(at);
                r.errors.push(DataError::InvalidValue {
                    at,
                    reason: e.to_string(),
                });
                None
            }
        }
    }
}

macro_rules! id_field {
    ($($ty:ty => $expected:literal),* $(,)?) => {$(
        impl FieldValue for $ty {
            const EXPECTED: &'static str = $expected;
            fn read(r: &mut Reader<'_>, v: &Value, at: &At<'_>) -> Option<Self> {
                let Some(s) = v.as_str() else {
                    r.wrong_type(at, Self::EXPECTED, v);
                    return None;
                };
                match <$ty>::parse(s) {
                    Ok(id) => Some(id),
                    Err(error) => {
                        let at = r.loc(at);
                        r.errors.push(DataError::InvalidId { at, error });
                        None
                    }
                }
            }
        }
    )*};
}

id_field!(
    RegionId => "a region id (a string like \"mazovia\")",
    PartnerId => "a partner id (a string like \"mazovia\")",
    SourceId => "a source id (a string like \"s1\")",
    IndicatorId => "an indicator id (a string like \"good-practices\")",
    InstrumentId => "a policy instrument id (a string like \"pi-mazovia\")",
    PracticeId => "a good practice id (a string like \"gp-drobin\")",
    EventId => "an event id (a string like \"ev-kick-off\")",
    NutsCode => "a NUTS code (a string like \"PL91\")",
);

impl FieldValue for SafeUrl {
    const EXPECTED: &'static str = "a link (a string like \"https://example.org\")";
    fn read(r: &mut Reader<'_>, v: &Value, at: &At<'_>) -> Option<Self> {
        let Some(s) = v.as_str() else {
            r.wrong_type(at, Self::EXPECTED, v);
            return None;
        };
        match SafeUrl::parse(s) {
            Ok(url) => Some(url),
            Err(error) => {
                let at = r.loc(at);
                r.errors.push(DataError::InvalidUrl { at, error });
                None
            }
        }
    }
}

impl FieldValue for Date {
    const EXPECTED: &'static str = "a date (a string like \"2023-05-24\")";
    fn read(r: &mut Reader<'_>, v: &Value, at: &At<'_>) -> Option<Self> {
        let Some(s) = v.as_str() else {
            r.wrong_type(at, Self::EXPECTED, v);
            return None;
        };
        match Date::parse(s) {
            Ok(date) => Some(date),
            Err(error) => {
                let at = r.loc(at);
                r.errors.push(DataError::InvalidDate { at, error });
                None
            }
        }
    }
}

/// The guided tour's seconds per step: a whole number from 1 to 600.
impl FieldValue for TourSeconds {
    const EXPECTED: &'static str = "a whole number of seconds from 1 to 600";
    fn read(r: &mut Reader<'_>, v: &Value, at: &At<'_>) -> Option<Self> {
        let Some(n) = v.as_number() else {
            r.wrong_type(at, Self::EXPECTED, v);
            return None;
        };
        match n.as_u64().and_then(|s| u32::try_from(s).ok()) {
            Some(seconds @ 1..=600) => Some(TourSeconds(seconds)),
            _ => {
                let at = r.loc(at);
                r.errors.push(DataError::InvalidValue {
                    at,
                    reason: format!("{n} is not a whole number of seconds from 1 to 600"),
                });
                None
            }
        }
    }
}

/// Counts (`value`, `target`, budget figures): whole numbers from 0 to [`MAX_COUNT`].
impl FieldValue for u64 {
    const EXPECTED: &'static str = "a count (a whole number, 0 or more)";
    fn read(r: &mut Reader<'_>, v: &Value, at: &At<'_>) -> Option<Self> {
        let Some(n) = v.as_number() else {
            r.wrong_type(at, Self::EXPECTED, v);
            return None;
        };
        match n.as_u64() {
            Some(count) if count <= MAX_COUNT => Some(count),
            _ => {
                let at = r.loc(at);
                r.errors.push(DataError::InvalidCount {
                    at,
                    found: n.to_string(),
                });
                None
            }
        }
    }
}

impl FieldValue for bool {
    const EXPECTED: &'static str = "true or false";
    fn read(r: &mut Reader<'_>, v: &Value, at: &At<'_>) -> Option<Self> {
        let b = v.as_bool();
        if b.is_none() {
            r.wrong_type(at, Self::EXPECTED, v);
        }
        b
    }
}

/// Locations `[longitude, latitude]` in degrees.
impl FieldValue for [f64; 2] {
    const EXPECTED: &'static str = "a location [longitude, latitude] (two numbers)";
    fn read(r: &mut Reader<'_>, v: &Value, at: &At<'_>) -> Option<Self> {
        let pair = v.as_array().and_then(|a| match a.as_slice() {
            [lon, lat] => Some((lon.as_f64()?, lat.as_f64()?)),
            _ => None,
        });
        let Some((lon, lat)) = pair else {
            r.wrong_type(at, Self::EXPECTED, v);
            return None;
        };
        let swapped = lat.abs() > 90.0 && lon.abs() <= 90.0;
        let hint = if swapped {
            "; the two look swapped"
        } else {
            ""
        };
        let mut ok = true;
        for (i, axis, value, limit) in [(0, "longitude", lon, 180.0), (1, "latitude", lat, 90.0)] {
            if !(-limit..=limit).contains(&value) {
                let at = r.loc(&at.index(i));
                r.errors.push(DataError::CoordinateOutOfRange {
                    at,
                    axis,
                    value,
                    min: -limit,
                    max: limit,
                    hint,
                });
                ok = false;
            }
        }
        ok.then_some([lon, lat])
    }
}

/// Enums written as one of a fixed list of strings.
pub(crate) trait Choice: Copy + Serialize + DeserializeOwned + 'static {
    /// Every value.
    const ALL: &'static [Self];
    /// What the field takes.
    const WHAT: &'static str;
}

impl Choice for Role {
    const ALL: &'static [Self] = Role::ALL;
    const WHAT: &'static str = "a role (\"lead\" or \"partner\")";
}
impl Choice for Status {
    const ALL: &'static [Self] = Status::ALL;
    const WHAT: &'static str =
        "a status (\"confirmed\", \"unconfirmed\", \"conflicting\" or \"not_found\")";
}
impl Choice for EventKind {
    const ALL: &'static [Self] = EventKind::ALL;
    const WHAT: &'static str = "an event kind (a string like \"stakeholder_meeting\")";
}

impl Choice for RecordList {
    const ALL: &'static [Self] = RecordList::ALL;
    const WHAT: &'static str = "a list of the file (\"partners\", \"regions\", \"policy_instruments\", \"good_practices\" or \"events\")";
}

/// The JSON names of every value of a [`Choice`].
pub(crate) fn choice_names<C: Choice>() -> Vec<String> {
    C::ALL
        .iter()
        .filter_map(|c| match serde_json::to_value(c) {
            Ok(Value::String(s)) => Some(s),
            _ => None,
        })
        .collect()
}

fn read_choice<C: Choice>(r: &mut Reader<'_>, v: &Value, at: &At<'_>) -> Option<C> {
    let Some(s) = v.as_str() else {
        r.wrong_type(at, C::WHAT, v);
        return None;
    };
    if let Ok(c) = C::deserialize(v) {
        return Some(c);
    }
    let allowed = choice_names::<C>();
    let suggestion = did_you_mean(s, allowed.iter().map(String::as_str)).map(str::to_owned);
    let at = r.loc(at);
    r.errors.push(DataError::UnknownChoice {
        at,
        value: s.to_owned(),
        suggestion,
        allowed,
    });
    None
}

impl FieldValue for Role {
    const EXPECTED: &'static str = <Role as Choice>::WHAT;
    fn read(r: &mut Reader<'_>, v: &Value, at: &At<'_>) -> Option<Self> {
        read_choice(r, v, at)
    }
}
impl FieldValue for Status {
    const EXPECTED: &'static str = <Status as Choice>::WHAT;
    fn read(r: &mut Reader<'_>, v: &Value, at: &At<'_>) -> Option<Self> {
        read_choice(r, v, at)
    }
}
impl FieldValue for EventKind {
    const EXPECTED: &'static str = <EventKind as Choice>::WHAT;
    fn read(r: &mut Reader<'_>, v: &Value, at: &At<'_>) -> Option<Self> {
        read_choice(r, v, at)
    }
}

impl FieldValue for RecordList {
    const EXPECTED: &'static str = <RecordList as Choice>::WHAT;
    fn read(r: &mut Reader<'_>, v: &Value, at: &At<'_>) -> Option<Self> {
        read_choice(r, v, at)
    }
}

/// Lists: every element is read (and every bad one reported); the list is kept only if all are good.
impl<T: FieldValue> FieldValue for Vec<T> {
    const EXPECTED: &'static str = "a list";
    fn read(r: &mut Reader<'_>, v: &Value, at: &At<'_>) -> Option<Self> {
        let Some(items) = v.as_array() else {
            let expected = format!("a list of {}", T::EXPECTED);
            r.wrong_type(at, &expected, v);
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            match T::read(r, item, &at.index(i)) {
                Some(x) => out.push(x),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }
}

impl FieldValue for Budget {
    const EXPECTED: &'static str = "a budget object";
    fn read(r: &mut Reader<'_>, v: &Value, at: &At<'_>) -> Option<Self> {
        read_object(r, v, at, Self::EXPECTED, |f| {
            let total_eur = f.opt("total_eur");
            let erdf_eur = f.opt("erdf_eur");
            let (status, unconfirmed, note, sources) = f.meta();
            Some(Budget {
                total_eur,
                erdf_eur,
                status,
                unconfirmed,
                note,
                sources,
            })
        })
    }
}
