//! References between records: whether an id resolves to a kept record, to one left out for its
//! own errors, or to nothing; and what each outcome does to the record that refers.

use std::collections::HashSet;
use std::sync::Arc;

use crate::data::error::{DataError, Location};
use crate::data::ids::SourceId;
use crate::data::path::JsonPath;
use crate::data::suggest::did_you_mean;

/// Largest id list that "did you mean" suggestions search.
const SUGGEST_LIMIT: usize = 1_000;

/// Outcome of resolving one reference.
enum Resolved {
    Ok,
    Unknown,
    Broken,
}

/// The ids of one list, to check references to it: the records kept, and every id written in the file.
pub(super) struct Ids {
    kind: &'static str,
    kept: Arc<[String]>,
    kept_set: HashSet<String>,
    declared: HashSet<String>,
}

impl Ids {
    pub(super) fn new<'a>(
        kind: &'static str,
        kept: impl Iterator<Item = &'a str>,
        declared: Option<&Vec<(usize, String)>>,
    ) -> Self {
        let kept: Arc<[String]> = kept.map(str::to_owned).collect();
        Self {
            kind,
            kept_set: kept.iter().cloned().collect(),
            kept,
            declared: declared
                .into_iter()
                .flatten()
                .map(|(_, id)| id.clone())
                .collect(),
        }
    }

    fn resolve(&self, id: &str) -> Resolved {
        if self.kept_set.contains(id) {
            Resolved::Ok
        } else if self.declared.contains(id) {
            Resolved::Broken
        } else {
            Resolved::Unknown
        }
    }

    fn unknown(&self, file: &str, path: JsonPath, id: &str) -> DataError {
        DataError::UnknownReference {
            at: Location::new(file, path),
            kind: self.kind,
            id: id.to_owned(),
            // Suggestions cost an edit distance per id; past SUGGEST_LIMIT ids (a generated file,
            // not a hand-written one) they are skipped so many errors cannot cost quadratic time.
            suggestion: (self.kept.len() <= SUGGEST_LIMIT)
                .then(|| did_you_mean(id, self.kept.iter().map(String::as_str)))
                .flatten()
                .map(str::to_owned),
            known: Arc::clone(&self.kept),
        }
    }

    /// Checks a reference the record cannot do without; false means leave the record out.
    pub(super) fn required(
        &self,
        file: &str,
        path: JsonPath,
        id: &str,
        errors: &mut Vec<DataError>,
    ) -> bool {
        match self.resolve(id) {
            Resolved::Ok => true,
            Resolved::Unknown => {
                errors.push(self.unknown(file, path, id));
                false
            }
            Resolved::Broken => {
                errors.push(DataError::BrokenReference {
                    at: Location::new(file, path),
                    kind: self.kind,
                    id: id.to_owned(),
                });
                false
            }
        }
    }

    /// Checks an optional reference: clears it if its target was left out; false (leave the
    /// record out) if the target does not exist at all.
    pub(super) fn optional<T: AsRef<str>>(
        &self,
        file: &str,
        path: JsonPath,
        id: &mut Option<T>,
        errors: &mut Vec<DataError>,
    ) -> bool {
        let Some(target) = id.as_ref() else {
            return true;
        };
        match self.resolve(target.as_ref()) {
            Resolved::Ok => true,
            Resolved::Broken => {
                *id = None;
                true
            }
            Resolved::Unknown => {
                errors.push(self.unknown(file, path, target.as_ref()));
                false
            }
        }
    }

    /// Removes citations of sources that are not kept; reports those that do not exist.
    pub(super) fn cite(
        &self,
        file: &str,
        record: &JsonPath,
        sources: &mut Vec<SourceId>,
        errors: &mut Vec<DataError>,
    ) {
        let mut j = 0;
        sources.retain(|s| {
            let keep = match self.resolve(s.as_str()) {
                Resolved::Ok => true,
                Resolved::Broken => false,
                Resolved::Unknown => {
                    let at = record.clone().key("sources").index(j);
                    errors.push(self.unknown(file, at, s.as_str()));
                    false
                }
            };
            j += 1;
            keep
        });
    }
}
