//! Reading one JSON object into a record ([`read_object`]): required, optional and meta fields,
//! and every key no field asked for reported as unknown.

use serde_json::{Map, Value};

use super::{FieldValue, Reader};
use crate::data::error::DataError;
use crate::data::ids::SourceId;
use crate::data::model::{Status, Text};
use crate::data::path::At;
use crate::data::suggest::did_you_mean;

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
