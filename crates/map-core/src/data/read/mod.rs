//! Reading a parsed JSON value into the model, field by field, collecting every error.
//!
//! Why not `serde_json::from_value::<DataFile>`: serde stops at the first error and drops the
//! whole file, while the widget must draw every valid record and report all problems with their
//! JSON paths. So each record is read field by field: each field value goes through the field
//! type's own check ([`FieldValue`]), a missing or unknown field is reported by name, and a record
//! with any bad field is left out while its siblings are kept. The serde derives on the model stay
//! the reference (the JSON Schema comes from them); tests check both readings agree on valid files.
//!
//! Cross-record rules (unique ids, references, one lead partner) are in [`crate::data::validate`].

mod object;
mod records;
mod value;

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::data::error::{DataError, Location};
use crate::data::model::{
    Event, GoodPractice, Indicator, Partner, PolicyInstrument, Project, Region, Source,
};
use crate::data::path::At;
use crate::data::suggest::did_you_mean;

use object::read_object;
use value::FieldValue;

use records::{
    read_event, read_indicator, read_instrument, read_partner, read_practice, read_project,
    read_region, read_source,
};

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

/// For each list name, `(index, id)` of every string id written in the file.
pub(crate) type Declared = HashMap<&'static str, Vec<(usize, String)>>;

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
    pub declared: Declared,
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
    // `null` is an absent `$schema`, as it is for every optional field (and for serde, which
    // the fast path of `strict` reads with).
    if let Some(v) = obj.get("$schema").filter(|v| !v.is_null()) {
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
    declared: &mut Declared,
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
