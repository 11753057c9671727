//! [`Json`], a data file as written, and [`Step`] paths into it.
//!
//! `serde_json::Value` sorts object keys (its `preserve_order` feature would change the map type
//! for every crate of a build, the widget's included), so the editor keeps its own tree: objects
//! are lists of members in file order, duplicates included. Its text is serde_json's pretty
//! printer's (two spaces, `": "`, one value per line, UTF-8 as is) plus the final newline, which
//! is how the shipped data file is written: reading and writing it gives it back byte for byte.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
pub use serde_json::Number;

use crate::data::path::{JsonPath, Seg};

/// A JSON value with its object members in file order.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Json {
    /// `null`.
    #[default]
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number as serde_json read it (whole numbers stay whole).
    Number(Number),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Json>),
    /// An object: its members in file order (a duplicate key is kept, so it is still reported).
    Object(Vec<(String, Json)>),
}

/// One step of a path into a [`Json`]: an object member or an array element.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Step {
    /// The member with this key (the first, if the key is duplicated).
    Key(String),
    /// The element at this index.
    Index(usize),
}

impl Step {
    /// A key step.
    pub fn key(key: &str) -> Self {
        Step::Key(key.to_owned())
    }
}

/// `path` written as the validator writes JSON paths (`partners[3].region`,
/// `project.name["pt-BR"]`), so an error's path and a field's path compare as text.
pub fn path_text(path: &[Step]) -> String {
    let mut out = JsonPath::root();
    for step in path {
        match step {
            Step::Key(k) => out.push(Seg::Key(k)),
            Step::Index(i) => out.push(Seg::Index(*i)),
        }
    }
    out.into()
}

/// The steps of a path written as [`path_text`] writes it; `None` for text it does not write.
pub fn parse_path(text: &str) -> Option<Vec<Step>> {
    let mut steps = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('[') {
            if after.starts_with('"') {
                // A quoted key: a JSON string up to the closing `"]`.
                let mut de = serde_json::Deserializer::from_str(after).into_iter::<String>();
                let key = de.next()?.ok()?;
                let used = de.byte_offset();
                rest = after.get(used..)?.strip_prefix(']')?;
                steps.push(Step::Key(key));
            } else {
                let (digits, after) = after.split_once(']')?;
                steps.push(Step::Index(digits.parse().ok()?));
                rest = after;
            }
        } else {
            let plain = rest.strip_prefix('.').unwrap_or(rest);
            let end = plain.find(['.', '[']).unwrap_or(plain.len());
            let (key, after) = plain.split_at(end);
            if key.is_empty() {
                return None;
            }
            steps.push(Step::key(key));
            rest = after;
        }
    }
    Some(steps)
}

impl Json {
    /// Reads a JSON text (a leading byte-order mark is ignored, as the validator ignores it).
    /// The error is serde_json's message with its line and column.
    pub fn parse(text: &str) -> Result<Json, String> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    /// The file's text: two-space indentation, members in order, a final newline.
    pub fn to_text(&self) -> String {
        // Serialising this tree cannot fail (keys are strings, numbers are finite).
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// A string value.
    pub fn str(s: &str) -> Json {
        Json::String(s.to_owned())
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// The elements, if this is an array.
    pub fn as_array(&self) -> Option<&Vec<Json>> {
        match self {
            Json::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The elements, if this is an array, to change.
    pub fn as_array_mut(&mut self) -> Option<&mut Vec<Json>> {
        match self {
            Json::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The members, if this is an object.
    pub fn as_object(&self) -> Option<&Vec<(String, Json)>> {
        match self {
            Json::Object(o) => Some(o),
            _ => None,
        }
    }

    /// The first member named `key`, if this is an object that has one.
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.as_object()?
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// The value at `path`, if there is one.
    pub fn at(&self, path: &[Step]) -> Option<&Json> {
        path.iter().try_fold(self, |value, step| match step {
            Step::Key(k) => value.get(k),
            Step::Index(i) => value.as_array()?.get(*i),
        })
    }

    /// The value at `path`, to change.
    pub fn at_mut(&mut self, path: &[Step]) -> Option<&mut Json> {
        path.iter()
            .try_fold(self, |value, step| match (step, value) {
                (Step::Key(k), Json::Object(members)) => {
                    members.iter_mut().find(|(key, _)| key == k).map(|(_, v)| v)
                }
                (Step::Index(i), Json::Array(items)) => items.get_mut(*i),
                _ => None,
            })
    }

    /// Sets the value at `path`. A missing member is added, and missing objects on the way are
    /// created; the new member goes before the first member that comes after it in `order`
    /// (the record's field order), else at the end. Returns false, changing nothing, when the
    /// path runs through something that is neither an object nor an array element that exists.
    pub fn set(&mut self, path: &[Step], value: Json, order: &[String]) -> bool {
        let Some((last, parents)) = path.split_last() else {
            *self = value;
            return true;
        };
        let mut parent = self;
        for step in parents {
            let next = match (step, parent) {
                (Step::Key(k), Json::Object(members)) => {
                    if !members.iter().any(|(key, _)| key == k) {
                        members.push((k.clone(), Json::Object(Vec::new())));
                    }
                    members.iter_mut().find(|(key, _)| key == k).map(|(_, v)| v)
                }
                (Step::Index(i), Json::Array(items)) => items.get_mut(*i),
                _ => None,
            };
            match next {
                Some(next) => parent = next,
                None => return false,
            }
        }
        match (last, parent) {
            (Step::Key(k), Json::Object(members)) => {
                if let Some((_, v)) = members.iter_mut().find(|(key, _)| key == k) {
                    *v = value;
                } else {
                    let rank = |key: &str| order.iter().position(|o| o == key);
                    let at = rank(k)
                        .and_then(|mine| {
                            members
                                .iter()
                                .position(|(key, _)| rank(key).is_some_and(|r| r > mine))
                        })
                        .unwrap_or(members.len());
                    members.insert(at, (k.clone(), value));
                }
                true
            }
            (Step::Index(i), Json::Array(items)) => match items.get_mut(*i) {
                Some(slot) => {
                    *slot = value;
                    true
                }
                None => false,
            },
            _ => false,
        }
    }

    /// Removes the member or element at `path` and returns it; `None` when there is none.
    pub fn remove(&mut self, path: &[Step]) -> Option<Json> {
        let (last, parents) = path.split_last()?;
        match (last, self.at_mut(parents)?) {
            (Step::Key(k), Json::Object(members)) => {
                let at = members.iter().position(|(key, _)| key == k)?;
                Some(members.remove(at).1)
            }
            (Step::Index(i), Json::Array(items)) => (*i < items.len()).then(|| items.remove(*i)),
            _ => None,
        }
    }
}

impl fmt::Display for Json {
    /// The value as compact JSON (for one-line views of a value).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&serde_json::to_string(self).unwrap_or_default())
    }
}

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Null => serializer.serialize_unit(),
            Json::Bool(b) => serializer.serialize_bool(*b),
            Json::Number(n) => n.serialize(serializer),
            Json::String(s) => serializer.serialize_str(s),
            Json::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Json::Object(members) => {
                let mut map = serializer.serialize_map(Some(members.len()))?;
                for (k, v) in members {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Json, E> {
        Ok(Json::Number(v.into()))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Json, E> {
        Ok(Json::Number(v.into()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Json, E> {
        Ok(Number::from_f64(v).map_or(Json::Null, Json::Number))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Json, E> {
        Ok(Json::str(v))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Json, E> {
        Ok(Json::String(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut members = Vec::new();
        while let Some((k, v)) = map.next_entry::<String, Json>()? {
            members.push((k, v));
        }
        Ok(Json::Object(members))
    }
}
