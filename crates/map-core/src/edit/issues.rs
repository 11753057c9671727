//! The validator's messages, placed where the editor shows them: at the record and field each
//! concerns, and in a summary whose entries lead to those fields.

use crate::data::error::DataError;
use crate::edit::doc::{Json, Step, parse_path, path_text};
use crate::edit::ops;

/// One problem of the edited file, with where it belongs in the forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// The complete message, as `cargo xtask validate` prints it.
    pub message: String,
    /// The JSON path of the value it concerns (`events[3].start`; empty for the whole file).
    pub path: String,
    /// The record kind (`events`), if the path is inside one.
    pub kind: Option<String>,
    /// The record's index in its list (0 for the project); `None` for the file or a whole list.
    pub index: Option<usize>,
    /// The record's field the message is shown at (`start`, `budget`); `None` for the record.
    pub field: Option<String>,
    /// What is wrong, without where (the message after its location): `must not be empty`.
    pub what: String,
    /// True when the problem is that the field is empty or missing (said as "… is empty").
    pub empty: bool,
    /// The record's name for people (`Lapland`), filled by [`name_records`].
    pub record: Option<String>,
}

/// The issues of `errors`, each placed by its path.
pub fn place(errors: &[DataError]) -> Vec<Issue> {
    errors
        .iter()
        .map(|error| {
            let path = error.location().path.clone();
            let steps = parse_path(&path).unwrap_or_default();
            let (kind, index, field) = match steps.as_slice() {
                [Step::Key(list), Step::Index(i), rest @ ..] => {
                    (Some(list.clone()), Some(*i), first_key(rest))
                }
                // A whole list (`partners`: "exactly one lead partner").
                [Step::Key(list)] => (Some(list.clone()), None, None),
                // The single project record.
                [Step::Key(kind), rest @ ..] => (Some(kind.clone()), Some(0), first_key(rest)),
                _ => (None, None, None),
            };
            let message = error.to_string();
            let prefix = format!("{}: ", error.location());
            let what = message.strip_prefix(&prefix).unwrap_or(&message).to_owned();
            let empty = matches!(
                error,
                DataError::MissingField { .. } | DataError::EmptyText { .. }
            );
            Issue {
                message,
                path,
                kind,
                index,
                field,
                what,
                empty,
                record: None,
            }
        })
        .collect()
}

/// Names each issue's record as people know it (its name in `lang`, else its id) from `doc`.
pub fn name_records(issues: &mut [Issue], doc: &Json, lang: &str) {
    for issue in issues {
        let (Some(kind), Some(index)) = (&issue.kind, issue.index) else {
            continue;
        };
        let record = match doc.get(kind) {
            Some(Json::Array(items)) => items.get(index),
            other => other,
        };
        issue.record = record.map(|r| ops::record_name(r, lang));
    }
}

fn first_key(steps: &[Step]) -> Option<String> {
    match steps.first() {
        Some(Step::Key(k)) => Some(k.clone()),
        _ => None,
    }
}

/// The id of the form control of a field (`ed-events-3-start`), from its path; the summary links
/// to it. Letters, digits and `-` only, so it is a valid id and URL fragment.
pub fn field_anchor(path: &[Step]) -> String {
    let mut id = String::from("ed-");
    for c in path_text(path).chars() {
        match c.is_ascii_alphanumeric() {
            true => id.push(c.to_ascii_lowercase()),
            false if !id.ends_with('-') => id.push('-'),
            false => {}
        }
    }
    if id.ends_with('-') {
        id.pop();
    }
    id
}
