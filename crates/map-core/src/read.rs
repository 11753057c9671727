//! Reading a parsed JSON value into the model, field by field, collecting every error.
//!
//! Why not `serde_json::from_value::<DataFile>`: serde stops at the first error and drops the
//! whole file, while the widget must draw every valid record and report all problems with their
//! JSON paths. So each record is read field by field: each field value goes through the field
//! type's own check ([`FieldValue`]), a missing or unknown field is reported by name, and a record
//! with any bad field is left out while its siblings are kept. The serde derives on the model stay
//! the reference (the JSON Schema comes from them); tests check both readings agree on valid files.
//!
//! Cross-record rules (unique ids, references, one lead partner) are in [`crate::validate`].

use std::collections::HashMap;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::date::Date;
use crate::error::{DataError, Location, MAX_COUNT};
use crate::ids::{
    EventId, IndicatorId, InstrumentId, NutsCode, PartnerId, PracticeId, RegionId, SourceId,
};
use crate::link::SafeUrl;
use crate::model::{
    Budget, Event, EventKind, GoodPractice, Indicator, Partner, PolicyInstrument, Project, Region,
    Role, Source, Status, Text, TourSeconds,
};
use crate::suggest::did_you_mean;

/// One step of a JSON path.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Seg<'a> {
    /// An object member.
    Key(&'a str),
    /// An array element.
    Index(usize),
}

/// A JSON path kept as a chain of borrowed steps on the stack, so that reading a valid file
/// allocates no path strings; it is rendered only when an error needs it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct At<'a> {
    parent: Option<&'a At<'a>>,
    seg: Option<Seg<'a>>,
}

impl<'a> At<'a> {
    /// The document root (renders as the empty path).
    pub(crate) const ROOT: At<'static> = At {
        parent: None,
        seg: None,
    };

    /// The member `key` of this value.
    pub(crate) fn key(&'a self, key: &'a str) -> At<'a> {
        At {
            parent: Some(self),
            seg: Some(Seg::Key(key)),
        }
    }

    /// The element `index` of this value.
    pub(crate) fn index(&'a self, index: usize) -> At<'a> {
        At {
            parent: Some(self),
            seg: Some(Seg::Index(index)),
        }
    }

    /// The path as text: `partners[3].region`.
    pub(crate) fn render(&self) -> String {
        let mut segs = Vec::new();
        let mut at = Some(self);
        while let Some(a) = at {
            if let Some(seg) = a.seg {
                segs.push(seg);
            }
            at = a.parent;
        }
        let mut out = String::new();
        for seg in segs.iter().rev() {
            push_segment(&mut out, *seg);
        }
        out
    }
}

/// Appends one path step: `.key` (or `key` first), `["odd key"]` for keys that are not plain
/// identifiers, `[3]` for indices. The span scanner uses the same function, so paths match.
pub(crate) fn push_segment(out: &mut String, seg: Seg<'_>) {
    match seg {
        Seg::Index(i) => out.push_str(&format!("[{i}]")),
        Seg::Key(k)
            if !k.is_empty()
                && k.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$') =>
        {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(k);
        }
        Seg::Key(k) => {
            out.push('[');
            out.push_str(&Value::from(k).to_string());
            out.push(']');
        }
    }
}

/// A short description of a JSON value for "found ..." messages.
pub(crate) fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => {
            let short: String = s.chars().take(40).collect();
            if short.len() < s.len() {
                format!("the string {short:?}…")
            } else {
                format!("the string {s:?}")
            }
        }
        Value::Array(a) => format!("a list of {} item(s)", a.len()),
        Value::Object(_) => "an object".into(),
    }
}

/// Collects errors while reading one file.
pub(crate) struct Reader<'f> {
    file: &'f str,
    /// Every error found so far, in reading order.
    pub(crate) errors: Vec<DataError>,
}

impl<'f> Reader<'f> {
    pub(crate) fn new(file: &'f str) -> Self {
        Self {
            file,
            errors: Vec::new(),
        }
    }

    /// A location at `at` in this file.
    pub(crate) fn loc(&self, at: &At<'_>) -> Location {
        Location::new(self.file, at.render())
    }

    fn wrong_type(&mut self, at: &At<'_>, expected: &str, found: &Value) {
        let at = self.loc(at);
        self.errors.push(DataError::WrongType {
            at,
            expected: expected.to_owned(),
            found: describe(found),
        });
    }
}

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

/// The fields of one JSON object being read into a record.
pub(crate) struct Fields<'a, 'r, 'f> {
    r: &'r mut Reader<'f>,
    obj: &'a Map<String, Value>,
    at: &'a At<'a>,
    /// Field names read so far: the record's allowed fields.
    seen: Vec<&'static str>,
    /// False once any field failed.
    ok: bool,
}

/// Meta fields every record has, which `unconfirmed` may not name.
const META: [&str; 4] = ["status", "unconfirmed", "note", "sources"];

impl<'a> Fields<'a, '_, '_> {
    /// A required field: reports it missing or bad, and returns `None` then.
    pub(crate) fn req<T: FieldValue>(&mut self, name: &'static str) -> Option<T> {
        self.seen.push(name);
        let at = self.at.key(name);
        let Some(v) = self.obj.get(name) else {
            let loc = self.r.loc(&at);
            self.r.errors.push(DataError::MissingField {
                at: loc,
                field: name.to_owned(),
                expected: T::EXPECTED.to_owned(),
            });
            self.ok = false;
            return None;
        };
        let x = T::read(self.r, v, &at);
        self.ok &= x.is_some();
        x
    }

    /// An optional field: absent or `null` is `None`; a bad value is reported.
    pub(crate) fn opt<T: FieldValue>(&mut self, name: &'static str) -> Option<T> {
        self.seen.push(name);
        let at = self.at.key(name);
        let v = self.obj.get(name).filter(|v| !v.is_null())?;
        let x = T::read(self.r, v, &at);
        self.ok &= x.is_some();
        x
    }

    /// An optional field with a default value when absent or `null`.
    pub(crate) fn or_default<T: FieldValue + Default>(&mut self, name: &'static str) -> T {
        self.opt(name).unwrap_or_default()
    }

    /// The meta fields `status`, `unconfirmed`, `note`, `sources`. Call it after every other
    /// field: `unconfirmed` may only name fields read before.
    #[allow(clippy::type_complexity)]
    pub(crate) fn meta(&mut self) -> (Status, Vec<String>, Option<Text>, Vec<SourceId>) {
        let status = self.or_default("status");
        let facts: Vec<String> = self
            .seen
            .iter()
            .filter(|name| **name != "id" && !META.contains(name))
            .map(|name| (*name).to_owned())
            .collect();
        let unconfirmed: Vec<String> = self.or_default("unconfirmed");
        for (i, name) in unconfirmed.iter().enumerate() {
            if !facts.contains(name) {
                let suggestion =
                    did_you_mean(name, facts.iter().map(String::as_str)).map(str::to_owned);
                let at = self.r.loc(&self.at.key("unconfirmed").index(i));
                self.r.errors.push(DataError::UnknownChoice {
                    at,
                    value: name.clone(),
                    suggestion,
                    allowed: facts.clone(),
                });
                self.ok = false;
            }
        }
        let note = self.opt("note");
        let sources = self.or_default("sources");
        (status, unconfirmed, note, sources)
    }

    /// Reports keys that no `req`/`opt` call asked for. Unknown fields are errors, but they do
    /// not make the record unusable: it is still kept if every known field is good.
    fn report_unknown(&mut self) {
        for key in self.obj.keys() {
            if self.seen.contains(&key.as_str()) {
                continue;
            }
            let suggestion = did_you_mean(key, self.seen.iter().copied()).map(str::to_owned);
            let at = self.r.loc(&self.at.key(key));
            self.r.errors.push(DataError::UnknownField {
                at,
                field: key.clone(),
                suggestion,
                allowed: self.seen.iter().map(|s| (*s).to_owned()).collect(),
            });
        }
    }
}

/// Reads an object with `build`; `None` if `v` is not an object or any field failed.
pub(crate) fn read_object<'a, T>(
    r: &mut Reader<'_>,
    v: &'a Value,
    at: &'a At<'a>,
    expected: &str,
    build: impl FnOnce(&mut Fields<'a, '_, '_>) -> Option<T>,
) -> Option<T> {
    let Some(obj) = v.as_object() else {
        r.wrong_type(at, expected, v);
        return None;
    };
    let mut fields = Fields {
        r,
        obj,
        at,
        seen: Vec::new(),
        ok: true,
    };
    let record = build(&mut fields);
    fields.report_unknown();
    if fields.ok { record } else { None }
}

/// What the reader found: every good record with its index in the file, and facts about the raw
/// file that cross-record checks need even for records that were left out.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    pub schema: Option<String>,
    pub project: Option<Project>,
    pub indicators: Vec<(usize, Indicator)>,
    pub partners: Vec<(usize, Partner)>,
    pub regions: Vec<(usize, Region)>,
    pub policy_instruments: Vec<(usize, PolicyInstrument)>,
    pub good_practices: Vec<(usize, GoodPractice)>,
    pub events: Vec<(usize, Event)>,
    pub sources: Vec<(usize, Source)>,
    /// For each list name, `(index, id)` of every string id written in the file, good records
    /// or not.
    pub declared: HashMap<&'static str, Vec<(usize, String)>>,
    /// Whether the `partners` list is present (the lead partner check needs it).
    pub has_partners: bool,
    /// `(index, id)` of every partner whose raw `role` is `"lead"`.
    pub leads: Vec<(usize, String)>,
}

/// The top-level keys and how to read each list.
pub(crate) const TOP_LEVEL: [&str; 9] = [
    "$schema",
    "project",
    "indicators",
    "partners",
    "regions",
    "policy_instruments",
    "good_practices",
    "events",
    "sources",
];

/// Reads a whole document. Never panics; every problem ends up in `r.errors`.
pub(crate) fn read_document(r: &mut Reader<'_>, root: &Value) -> Parsed {
    let mut parsed = Parsed::default();
    let at = At::ROOT;
    let Some(obj) = root.as_object() else {
        r.wrong_type(
            &at,
            "an object with \"project\", \"partners\", \"regions\" … at the top of the file",
            root,
        );
        return parsed;
    };
    for key in obj.keys() {
        if !TOP_LEVEL.contains(&key.as_str()) {
            let suggestion = did_you_mean(key, TOP_LEVEL).map(str::to_owned);
            let loc = r.loc(&at.key(key));
            r.errors.push(DataError::UnknownField {
                at: loc,
                field: key.clone(),
                suggestion,
                allowed: TOP_LEVEL.iter().map(|s| (*s).to_owned()).collect(),
            });
        }
    }
    if let Some(v) = obj.get("$schema") {
        parsed.schema = String::read(r, v, &at.key("$schema"));
    }
    match obj.get("project") {
        Some(v) => parsed.project = read_project(r, v, &at.key("project")),
        None => missing(r, &at, "project", "an object describing the project"),
    }
    parsed.indicators = read_list(r, obj, &mut parsed.declared, "indicators", read_indicator);
    parsed.partners = read_list(r, obj, &mut parsed.declared, "partners", read_partner);
    parsed.regions = read_list(r, obj, &mut parsed.declared, "regions", read_region);
    parsed.policy_instruments = read_list(
        r,
        obj,
        &mut parsed.declared,
        "policy_instruments",
        read_instrument,
    );
    parsed.good_practices = read_list(
        r,
        obj,
        &mut parsed.declared,
        "good_practices",
        read_practice,
    );
    parsed.events = read_list(r, obj, &mut parsed.declared, "events", read_event);
    parsed.sources = read_list(r, obj, &mut parsed.declared, "sources", read_source);
    if let Some(partners) = obj.get("partners").and_then(Value::as_array) {
        parsed.has_partners = true;
        for (i, p) in partners.iter().enumerate() {
            if p.get("role").and_then(Value::as_str) == Some("lead") {
                let id = p.get("id").and_then(Value::as_str).unwrap_or_default();
                parsed.leads.push((i, id.to_owned()));
            }
        }
    }
    parsed
}

fn missing(r: &mut Reader<'_>, at: &At<'_>, field: &str, expected: &str) {
    let loc = r.loc(&at.key(field));
    r.errors.push(DataError::MissingField {
        at: loc,
        field: field.to_owned(),
        expected: expected.to_owned(),
    });
}

type RecordFn<T> = for<'a> fn(&mut Reader<'_>, &'a Value, &'a At<'a>) -> Option<T>;

fn read_list<T>(
    r: &mut Reader<'_>,
    obj: &Map<String, Value>,
    declared: &mut HashMap<&'static str, Vec<(usize, String)>>,
    name: &'static str,
    read: RecordFn<T>,
) -> Vec<(usize, T)> {
    let root = At::ROOT;
    let at = root.key(name);
    let Some(v) = obj.get(name) else {
        missing(r, &root, name, "a list; write [] if there are none");
        return Vec::new();
    };
    let Some(items) = v.as_array() else {
        r.wrong_type(&at, "a list", v);
        return Vec::new();
    };
    let ids = declared.entry(name).or_default();
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        if let Some(id) = item.get("id").and_then(Value::as_str) {
            ids.push((i, id.to_owned()));
        }
        if let Some(record) = read(r, item, &at.index(i)) {
            out.push((i, record));
        }
    }
    out
}

fn read_project<'a>(r: &mut Reader<'_>, v: &'a Value, at: &'a At<'a>) -> Option<Project> {
    read_object(r, v, at, "an object describing the project", |f| {
        let name = f.req("name");
        let acronym = f.req("acronym");
        let programme = f.req("programme");
        let number = f.opt("number");
        let start = f.opt("start");
        let end = f.opt("end");
        let website = f.opt("website");
        let budget = f.opt("budget");
        let tour_seconds = f.opt("tour_seconds");
        // Codes are checked in `validate` (a bad declaration is cleared, the project kept).
        let languages = f.or_default("languages");
        let (status, unconfirmed, note, sources) = f.meta();
        Some(Project {
            name: name?,
            acronym: acronym?,
            programme: programme?,
            number,
            start,
            end,
            website,
            budget,
            tour_seconds,
            languages,
            status,
            unconfirmed,
            note,
            sources,
        })
    })
}

fn read_indicator<'a>(r: &mut Reader<'_>, v: &'a Value, at: &'a At<'a>) -> Option<Indicator> {
    read_object(r, v, at, "an indicator object", |f| {
        let id = f.req("id");
        let label = f.req("label");
        let value = f.req("value");
        let target = f.opt("target");
        let unit = f.opt("unit");
        let (status, unconfirmed, note, sources) = f.meta();
        Some(Indicator {
            id: id?,
            label: label?,
            value: value?,
            target,
            unit,
            status,
            unconfirmed,
            note,
            sources,
        })
    })
}

fn read_partner<'a>(r: &mut Reader<'_>, v: &'a Value, at: &'a At<'a>) -> Option<Partner> {
    read_object(r, v, at, "a partner object", |f| {
        let id = f.req("id");
        let name = f.req("name");
        let name_local = f.opt("name_local");
        let short_name = f.req("short_name");
        let role = f.req("role");
        let city = f.req("city");
        let location = f.req("location");
        let website = f.opt("website");
        let region = f.opt("region");
        let (status, unconfirmed, note, sources) = f.meta();
        Some(Partner {
            id: id?,
            name: name?,
            name_local,
            short_name: short_name?,
            role: role?,
            city: city?,
            location: location?,
            website,
            region,
            status,
            unconfirmed,
            note,
            sources,
        })
    })
}

fn read_region<'a>(r: &mut Reader<'_>, v: &'a Value, at: &'a At<'a>) -> Option<Region> {
    read_object(r, v, at, "a region object", |f| {
        let id = f.req("id");
        let name = f.req("name");
        let country = f.req("country");
        let nuts = f.req("nuts");
        let geometry = f.opt("geometry");
        let (status, unconfirmed, note, sources) = f.meta();
        Some(Region {
            id: id?,
            name: name?,
            country: country?,
            nuts: nuts?,
            geometry,
            status,
            unconfirmed,
            note,
            sources,
        })
    })
}

fn read_instrument<'a>(
    r: &mut Reader<'_>,
    v: &'a Value,
    at: &'a At<'a>,
) -> Option<PolicyInstrument> {
    read_object(r, v, at, "a policy instrument object", |f| {
        let id = f.req("id");
        let name = f.opt("name");
        let name_local = f.opt("name_local");
        let region = f.req("region");
        let managing_authority = f.opt("managing_authority");
        let url = f.opt("url");
        let (status, unconfirmed, note, sources) = f.meta();
        Some(PolicyInstrument {
            id: id?,
            name,
            name_local,
            region: region?,
            managing_authority,
            url,
            status,
            unconfirmed,
            note,
            sources,
        })
    })
}

fn read_practice<'a>(r: &mut Reader<'_>, v: &'a Value, at: &'a At<'a>) -> Option<GoodPractice> {
    read_object(r, v, at, "a good practice object", |f| {
        let id = f.req("id");
        let title = f.req("title");
        let region = f.req("region");
        let organisation = f.opt("organisation");
        let summary = f.opt("summary");
        let url = f.opt("url");
        let (status, unconfirmed, note, sources) = f.meta();
        Some(GoodPractice {
            id: id?,
            title: title?,
            region: region?,
            organisation,
            summary,
            url,
            status,
            unconfirmed,
            note,
            sources,
        })
    })
}

fn read_event<'a>(r: &mut Reader<'_>, v: &'a Value, at: &'a At<'a>) -> Option<Event> {
    read_object(r, v, at, "an event object", |f| {
        let id = f.req("id");
        let title = f.req("title");
        let kind = f.req("kind");
        let start = f.req("start");
        let end = f.req("end");
        let city = f.opt("city");
        let location = f.opt("location");
        let online = f.or_default("online");
        let region = f.opt("region");
        let host = f.opt("host");
        let url = f.opt("url");
        let (status, unconfirmed, note, sources) = f.meta();
        Some(Event {
            id: id?,
            title: title?,
            kind: kind?,
            start: start?,
            end: end?,
            city,
            location,
            online,
            region,
            host,
            url,
            status,
            unconfirmed,
            note,
            sources,
        })
    })
}

fn read_source<'a>(r: &mut Reader<'_>, v: &'a Value, at: &'a At<'a>) -> Option<Source> {
    read_object(r, v, at, "a source object", |f| {
        let id = f.req("id");
        let url = f.opt("url");
        let title = f.req("title");
        let note = f.opt("note");
        Some(Source {
            id: id?,
            url,
            title: title?,
            note,
        })
    })
}
