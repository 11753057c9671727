//! The unsaved edits the browser keeps between visits, and what the editor must say about them.
//!
//! A draft records which file it belongs to: the file's path and a hash of the text it was made
//! from. On the next visit the editor compares that hash with the site's file as it is now: a file
//! changed since (a colleague published new figures) is not silently overwritten by the draft nor
//! the draft by it; the officer sees which records changed and chooses ([`changes`]).

use serde::{Deserialize, Serialize};

use crate::edit::doc::Json;
use crate::edit::form::Form;
use crate::edit::ops;

/// Unsaved edits kept in the browser's storage (stored as one JSON text, so a draft is written
/// whole or not at all).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// The file's path as the editor names it (`data/secon.json`, or a chosen file's name).
    pub file: String,
    /// [`hash`] of the text the draft was made from.
    pub base_hash: String,
    /// The text the draft was made from: the base of "what changed".
    pub base: String,
    /// The edited text.
    pub text: String,
}

impl Draft {
    /// A draft of `text`, made from `base`, for `file`.
    pub fn new(file: &str, base: &str, text: &str) -> Self {
        Draft {
            file: file.to_owned(),
            base_hash: hash(base),
            base: base.to_owned(),
            text: text.to_owned(),
        }
    }

    /// The text stored in the browser.
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The draft stored as `text`; `None` for text that is not one (an older editor's, or damaged).
    pub fn parse(text: &str) -> Option<Self> {
        serde_json::from_str(text).ok()
    }

    /// True when `site` (the file at the draft's path as it is now) is the text the draft was made
    /// from, so the draft can be restored over it without losing anything of the site's.
    pub fn made_from(&self, site: &str) -> bool {
        hash(site) == self.base_hash
    }
}

/// A short fingerprint of a text: 64-bit FNV-1a, in hex. It only has to tell a changed file from
/// an unchanged one (not resist forgery), and the 12 lines below do that without a dependency.
pub fn hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        h ^= u64::from(byte);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// How one record differs between two versions of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The record is only in the newer version.
    Added,
    /// The record is only in the older version.
    Removed,
    /// These fields differ (their JSON keys, in the record's order).
    Fields(Vec<String>),
}

/// One changed record: its kind (`partners`), its name for people (see [`ops::record_label`]) and
/// what changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordChange {
    /// The record kind (the file's member: `project`, `indicators` …).
    pub kind: String,
    /// The record's name and id, as lists show it.
    pub record: String,
    /// What changed.
    pub change: Change,
}

/// Every record of `after` that differs from `before`, kind by kind in the form's order; records of
/// a list are matched by id, so a reordered list shows no change. Never panics on any document.
pub fn changes(before: &Json, after: &Json, form: &Form, lang: &str) -> Vec<RecordChange> {
    let mut out = Vec::new();
    for kind in &form.kinds {
        if !kind.list {
            if let (Some(b), Some(a)) = (before.get(&kind.key), after.get(&kind.key)) {
                let fields = changed_fields(b, a);
                if !fields.is_empty() {
                    out.push(RecordChange {
                        kind: kind.key.clone(),
                        record: ops::record_label(a, lang),
                        change: Change::Fields(fields),
                    });
                }
            }
            continue;
        }
        let (old, new) = (
            ops::records(before, &kind.key),
            ops::records(after, &kind.key),
        );
        let find = |list: &[Json], id: &str| list.iter().find(|r| ops::record_id(r) == id).cloned();
        for record in new {
            let change = match find(old, ops::record_id(record)) {
                None => Change::Added,
                Some(was) => match changed_fields(&was, record) {
                    f if f.is_empty() => continue,
                    f => Change::Fields(f),
                },
            };
            out.push(RecordChange {
                kind: kind.key.clone(),
                record: ops::record_label(record, lang),
                change,
            });
        }
        for record in old {
            if find(new, ops::record_id(record)).is_none() {
                out.push(RecordChange {
                    kind: kind.key.clone(),
                    record: ops::record_label(record, lang),
                    change: Change::Removed,
                });
            }
        }
    }
    out
}

/// The keys whose values differ between two versions of a record (in `after`'s order, then the
/// keys only `before` has).
fn changed_fields(before: &Json, after: &Json) -> Vec<String> {
    let empty = Vec::new();
    let (b, a) = (
        before.as_object().unwrap_or(&empty),
        after.as_object().unwrap_or(&empty),
    );
    let value = |members: &[(String, Json)], key: &str| {
        members
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    };
    let mut keys: Vec<String> = a
        .iter()
        .filter(|(k, v)| value(b, k).as_ref() != Some(v))
        .map(|(k, _)| k.clone())
        .collect();
    for (k, _) in b {
        if value(a, k).is_none() && !keys.contains(k) {
            keys.push(k.clone());
        }
    }
    keys
}
