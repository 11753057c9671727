//! Errors found in a data file, one variant per rule.
//!
//! Every error knows where it is ([`Location`]: file, JSON path, the record's id, line and column)
//! and its `Display` is the complete line a person reads, in the widget's error notice and in
//! `cargo xtask validate` alike, e.g.
//! `data/secon.json: partners[3].region (partner "kmop", line 12, column 17): unknown region "foo"; expected one of: peloponnese, mazovia`.

use std::fmt;
use std::sync::Arc;

use crate::data::date::{Date, DateError};
use crate::data::ids::IdError;
use crate::data::link::UrlError;

/// Largest count accepted (2^53 − 1): beyond it JavaScript tools that edit JSON lose digits.
pub const MAX_COUNT: u64 = 9_007_199_254_740_991;

/// How many allowed values an error message lists before it says how many more there are.
const LIST_LIMIT: usize = 16;

/// A position in the file's text: 1-based line, and 1-based column counted in characters
/// (Unicode scalar values), as editors show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

/// Where an error is: the file, the JSON path, the record and the position in the text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Location {
    /// The file name as the caller gave it to [`crate::data::load`].
    pub file: String,
    /// JSON path such as `partners[3].region`; empty for the whole file.
    pub path: String,
    /// The record, e.g. `partner "kmop"`, when its id is known.
    pub record: Option<String>,
    /// Line and column of the value at `path` (of the key, for an unknown field; of the nearest
    /// enclosing value, for a missing one). `None` when the text is not at hand, as for
    /// [`crate::data::validate::check_geometry`].
    pub position: Option<Position>,
}

impl Location {
    /// A location without record or position (filled in later by the loader).
    pub fn new(file: &str, path: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            path: path.into(),
            record: None,
            position: None,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if !self.path.is_empty() {
            write!(f, ": {}", self.path)?;
        }
        let mut details: Vec<String> = Vec::new();
        if let Some(record) = &self.record {
            details.push(record.clone());
        }
        if let Some(p) = self.position {
            details.push(format!("line {}, column {}", p.line, p.column));
        }
        if !details.is_empty() {
            write!(f, " ({})", details.join(", "))?;
        }
        Ok(())
    }
}

/// `a, b, c` with at most [`LIST_LIMIT`] names, then `… (n more)`.
pub(crate) fn list(names: &[String]) -> String {
    let shown: Vec<&str> = names.iter().take(LIST_LIMIT).map(String::as_str).collect();
    let mut out = shown.join(", ");
    if names.len() > LIST_LIMIT {
        out.push_str(&format!(" … ({} more)", names.len() - LIST_LIMIT));
    }
    if out.is_empty() {
        out.push_str("(none)");
    }
    out
}

/// ` did you mean "x"?` or nothing.
fn maybe(suggestion: &Option<String>) -> String {
    suggestion
        .as_ref()
        .map(|s| format!(" did you mean {s:?}?"))
        .unwrap_or_default()
}

/// One problem in a data file. `Display` gives the full line shown to people.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DataError {
    /// The text is not JSON at all (or nests deeper than serde_json's limit of 128).
    #[error("{at}: not valid JSON: {message}")]
    Syntax {
        /// Where the parser stopped.
        at: Location,
        /// The parser's message, without its own position.
        message: String,
    },
    /// A value of the wrong JSON type.
    #[error("{at}: expected {expected}, found {found}")]
    WrongType {
        /// Where.
        at: Location,
        /// What the field takes.
        expected: String,
        /// What the file has, e.g. `the string "43"`.
        found: String,
    },
    /// A required field is absent.
    #[error("{at}: missing required field {field:?} ({expected})")]
    MissingField {
        /// The record (or file) that lacks the field; `path` ends with the field.
        at: Location,
        /// The field's name.
        field: String,
        /// What the field takes.
        expected: String,
    },
    /// A field the model does not have (often a typo).
    #[error(
        "{at}: unknown field {field:?};{} allowed fields: {}",
        maybe(suggestion),
        list(allowed)
    )]
    UnknownField {
        /// Where the key is.
        at: Location,
        /// The key.
        field: String,
        /// The closest allowed field, if plausible.
        suggestion: Option<String>,
        /// Every allowed field.
        allowed: Vec<String>,
    },
    /// A value outside a fixed list of choices (role, status, kind, a field name in `unconfirmed`).
    #[error(
        "{at}: unknown value {value:?};{} expected one of: {}",
        maybe(suggestion),
        list(allowed)
    )]
    UnknownChoice {
        /// Where.
        at: Location,
        /// The value found.
        value: String,
        /// The closest choice, if plausible.
        suggestion: Option<String>,
        /// Every allowed choice.
        allowed: Vec<String>,
    },
    /// A value of the right type that the model still refuses (e.g. a malformed translation map).
    #[error("{at}: {reason}")]
    InvalidValue {
        /// Where.
        at: Location,
        /// What is wrong and what would be valid.
        reason: String,
    },
    /// A malformed id, NUTS code or country code.
    #[error("{at}: {error}")]
    InvalidId {
        /// Where.
        at: Location,
        /// What is wrong with it.
        error: IdError,
    },
    /// A link that is not an absolute https:, http: or mailto: URL.
    #[error("{at}: {error}")]
    InvalidUrl {
        /// Where.
        at: Location,
        /// What is wrong with it.
        error: UrlError,
    },
    /// A malformed or impossible date.
    #[error("{at}: {error}")]
    InvalidDate {
        /// Where.
        at: Location,
        /// What is wrong with it.
        error: DateError,
    },
    /// A count that is negative, fractional or too large.
    #[error("{at}: {found} is not a count: use a whole number from 0 to {MAX_COUNT}")]
    InvalidCount {
        /// Where.
        at: Location,
        /// The number as written.
        found: String,
    },
    /// A longitude or latitude outside its range.
    #[error(
        "{at}: {axis} {value} is out of range; expected {min} to {max} (locations are [longitude, latitude]){hint}"
    )]
    CoordinateOutOfRange {
        /// Where (the array element).
        at: Location,
        /// `longitude` or `latitude`.
        axis: &'static str,
        /// The value found.
        value: f64,
        /// Smallest allowed value.
        min: f64,
        /// Largest allowed value.
        max: f64,
        /// A hint when the two look swapped, else empty.
        hint: &'static str,
    },
    /// A text that must say something is empty.
    #[error("{at}: must not be empty")]
    EmptyText {
        /// Where.
        at: Location,
    },
    /// A list that needs at least one entry is empty.
    #[error("{at}: must list at least one {what}")]
    EmptyList {
        /// Where.
        at: Location,
        /// What the list holds.
        what: &'static str,
    },
    /// An end date before its start date.
    #[error("{at}: end {end} is before start {start}")]
    DatesOutOfOrder {
        /// Where (the `end` field).
        at: Location,
        /// The start date.
        start: Date,
        /// The end date.
        end: Date,
    },
    /// Two records of one list share an id; the later one is left out.
    #[error("{at}: duplicate id {id:?}; {first} already uses it, so this record is left out")]
    DuplicateId {
        /// Where (the later record's `id`).
        at: Location,
        /// The id.
        id: String,
        /// Path of the first record with that id.
        first: String,
    },
    /// A reference to a record that does not exist.
    #[error(
        "{at}: unknown {kind} {id:?};{} expected one of: {}",
        maybe(suggestion),
        list(known)
    )]
    UnknownReference {
        /// Where.
        at: Location,
        /// What is referred to: `region`, `partner`, `source`.
        kind: &'static str,
        /// The id found.
        id: String,
        /// The closest existing id, if plausible.
        suggestion: Option<String>,
        /// Every existing id of that kind (shared: one list serves every error about it).
        known: Arc<[String]>,
    },
    /// A reference to a record that exists but was left out for its own errors.
    #[error(
        "{at}: {kind} {id:?} was left out because of its own errors (reported above), so this record is left out too"
    )]
    BrokenReference {
        /// Where.
        at: Location,
        /// What is referred to.
        kind: &'static str,
        /// The id.
        id: String,
    },
    /// No partner has `"role": "lead"`.
    #[error("{at}: no lead partner; give exactly one partner \"role\": \"lead\"")]
    NoLeadPartner {
        /// The `partners` list.
        at: Location,
    },
    /// More than one lead partner.
    #[error(
        "{at}: a second lead partner; {first} is already the lead; give the others \"role\": \"partner\""
    )]
    SecondLeadPartner {
        /// The later lead's `role`.
        at: Location,
        /// The first lead, e.g. `partners[0] "peloponnese"`.
        first: String,
    },
    /// A NUTS code outside the region's country.
    #[error(
        "{at}: NUTS code {code:?} is not in country {country:?}; NUTS codes start with their country code"
    )]
    NutsOutsideCountry {
        /// Where.
        at: Location,
        /// The code.
        code: String,
        /// The region's country.
        country: String,
    },
    /// A policy instrument without a name that does not say it was not found.
    #[error(
        "{at}: a policy instrument needs a \"name\", or \"status\": \"not_found\" when no source names it"
    )]
    UnnamedInstrument {
        /// Where (the record).
        at: Location,
    },
    /// A key written twice in one object (serde_json keeps the last silently).
    #[error(
        "{at}: the key {key:?} appears twice in one object; JSON keeps only the last, so remove one"
    )]
    DuplicateKey {
        /// Where the second occurrence is.
        at: Location,
        /// The key.
        key: String,
    },
    /// A translated text without a text (or with a blank one) in a language that
    /// `project.languages` declares. The record is kept: the text falls back to English.
    #[error(
        "{at}: {}; the file declares its texts in {} ({} or remove {lang:?} from project.languages)",
        if *blank { format!("the {lang:?} text is blank") } else { format!("no text in {lang:?}") },
        list(declared),
        if *blank { format!("write the {lang:?} text") } else { format!("add {lang:?}: \"…\"") }
    )]
    MissingTranslation {
        /// Where (the text field).
        at: Location,
        /// The declared language without a text.
        lang: String,
        /// True when the language is there with a blank text, false when it is absent.
        blank: bool,
        /// The languages `project.languages` declares (shared by every such error).
        declared: Arc<[String]>,
    },
    /// A translated text in a language that `project.languages` does not declare (often a typo
    /// of a declared code). The record is kept.
    #[error(
        "{at}: {lang:?} is not one of the file's languages;{} the file declares its texts in {} (add {lang:?} to project.languages or remove this text)",
        maybe(suggestion),
        list(declared)
    )]
    UndeclaredLanguage {
        /// Where (the language key inside the text).
        at: Location,
        /// The language code found.
        lang: String,
        /// The closest declared code, if plausible.
        suggestion: Option<String>,
        /// The languages `project.languages` declares (shared by every such error).
        declared: Arc<[String]>,
    },
    /// A region without a shape in the geometry file.
    #[error("{at}: no shape {id:?} in the geometry; shapes there: {}", list(known))]
    MissingGeometry {
        /// Where (the region's `id` or `geometry`).
        at: Location,
        /// The shape id looked for.
        id: String,
        /// The shape ids the geometry has (shared by every such error).
        known: Arc<[String]>,
    },
    /// A region's NUTS code that is not in NUTS 2024, with the nearest codes; see
    /// [`crate::data::nuts`].
    #[error("{0}")]
    UnknownNuts(crate::data::nuts::UnknownNuts),
}

impl DataError {
    /// Where the error is.
    pub fn location(&self) -> &Location {
        match self {
            Self::Syntax { at, .. }
            | Self::WrongType { at, .. }
            | Self::MissingField { at, .. }
            | Self::UnknownField { at, .. }
            | Self::UnknownChoice { at, .. }
            | Self::InvalidValue { at, .. }
            | Self::InvalidId { at, .. }
            | Self::InvalidUrl { at, .. }
            | Self::InvalidDate { at, .. }
            | Self::InvalidCount { at, .. }
            | Self::CoordinateOutOfRange { at, .. }
            | Self::EmptyText { at }
            | Self::EmptyList { at, .. }
            | Self::DatesOutOfOrder { at, .. }
            | Self::DuplicateId { at, .. }
            | Self::UnknownReference { at, .. }
            | Self::BrokenReference { at, .. }
            | Self::NoLeadPartner { at }
            | Self::SecondLeadPartner { at, .. }
            | Self::NutsOutsideCountry { at, .. }
            | Self::UnnamedInstrument { at }
            | Self::DuplicateKey { at, .. }
            | Self::MissingTranslation { at, .. }
            | Self::UndeclaredLanguage { at, .. }
            | Self::MissingGeometry { at, .. } => at,
            Self::UnknownNuts(unknown) => &unknown.at,
        }
    }

    /// Where the error is, to fill in the record and position after the fact.
    pub fn location_mut(&mut self) -> &mut Location {
        match self {
            Self::Syntax { at, .. }
            | Self::WrongType { at, .. }
            | Self::MissingField { at, .. }
            | Self::UnknownField { at, .. }
            | Self::UnknownChoice { at, .. }
            | Self::InvalidValue { at, .. }
            | Self::InvalidId { at, .. }
            | Self::InvalidUrl { at, .. }
            | Self::InvalidDate { at, .. }
            | Self::InvalidCount { at, .. }
            | Self::CoordinateOutOfRange { at, .. }
            | Self::EmptyText { at }
            | Self::EmptyList { at, .. }
            | Self::DatesOutOfOrder { at, .. }
            | Self::DuplicateId { at, .. }
            | Self::UnknownReference { at, .. }
            | Self::BrokenReference { at, .. }
            | Self::NoLeadPartner { at }
            | Self::SecondLeadPartner { at, .. }
            | Self::NutsOutsideCountry { at, .. }
            | Self::UnnamedInstrument { at }
            | Self::DuplicateKey { at, .. }
            | Self::MissingTranslation { at, .. }
            | Self::UndeclaredLanguage { at, .. }
            | Self::MissingGeometry { at, .. } => at,
            Self::UnknownNuts(unknown) => &mut unknown.at,
        }
    }

    /// True when the error points at a key rather than its value (unknown fields, undeclared
    /// languages), so its position is the key's.
    pub fn is_about_key(&self) -> bool {
        matches!(
            self,
            Self::UnknownField { .. } | Self::DuplicateKey { .. } | Self::UndeclaredLanguage { .. }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(path: &str) -> Location {
        Location {
            file: "data/secon.json".into(),
            path: path.into(),
            record: Some("partner \"kmop\"".into()),
            position: Some(Position {
                line: 12,
                column: 17,
            }),
        }
    }

    #[test]
    fn unknown_region_message_names_file_path_record_position_and_choices() {
        let e = DataError::UnknownReference {
            at: at("partners[3].region"),
            kind: "region",
            id: "foo".into(),
            suggestion: None,
            known: vec!["peloponnese".to_owned(), "mazovia".to_owned()].into(),
        };
        assert_eq!(
            e.to_string(),
            "data/secon.json: partners[3].region (partner \"kmop\", line 12, column 17): unknown region \"foo\"; expected one of: peloponnese, mazovia"
        );
    }

    #[test]
    fn location_without_path_or_position_shows_only_what_it_has() {
        assert_eq!(Location::new("x.json", "").to_string(), "x.json");
        assert_eq!(
            Location::new("x.json", "regions[0]").to_string(),
            "x.json: regions[0]"
        );
    }

    #[test]
    fn long_choice_lists_are_cut_with_a_count() {
        let names: Vec<String> = (0..20).map(|i| format!("r{i}")).collect();
        assert!(list(&names).ends_with("r15 … (4 more)"));
        assert_eq!(list(&[]), "(none)");
    }

    #[test]
    fn unknown_field_message_offers_the_closest_field() {
        let e = DataError::UnknownField {
            at: at("partners[3].nmae"),
            field: "nmae".into(),
            suggestion: Some("name".into()),
            allowed: vec!["id".into(), "name".into()],
        };
        assert!(
            e.to_string().ends_with(
                "unknown field \"nmae\"; did you mean \"name\"? allowed fields: id, name"
            ),
            "{e}"
        );
    }
}
