//! Loading a data file: parse, read, validate, locate, in one call that never panics.

use serde_json::Value;

use crate::data::error::{DataError, Location};
use crate::data::model::DataFile;
use crate::data::read::{Reader, read_document};
use crate::data::span::{label_records, locate_all, syntax_position};
use crate::data::validate::validate;

/// What [`load`] found: everything valid in the file, and every problem.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Loaded {
    /// The valid records, in file order. Every id in it resolves (regions, partners, sources),
    /// whatever the file held; see [`crate::data::validate`] for which records are left out.
    pub data: DataFile,
    /// Every problem found, in reading order; empty for a valid file.
    pub errors: Vec<DataError>,
}

impl Loaded {
    /// True when the file has no problem at all.
    pub fn is_valid(&self) -> bool {
        self.errors.is_empty()
    }
}

/// Reads the data file `text`, named `file` in messages (e.g. `"data/secon.json"`).
///
/// Never panics, whatever the text. A leading byte-order mark is ignored. Unparseable JSON gives an empty [`DataFile`] and one
/// [`DataError::Syntax`] with line and column; otherwise every broken record is reported and
/// left out while the rest is kept. Each error's `Display` is the complete line to show.
pub fn load(file: &str, text: &str) -> Loaded {
    // Some editors save UTF-8 with a byte-order mark, which serde_json refuses. It is invisible
    // in the editor, so dropping it also keeps the columns of line 1 as the editor shows them.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let message = e.to_string();
            let message = message
                .rsplit_once(" at line ")
                .map_or(message.as_str(), |(m, _)| m)
                .to_owned();
            let mut at = Location::new(file, "");
            at.position = Some(syntax_position(text, e.line(), e.column()));
            return Loaded {
                data: DataFile::default(),
                errors: vec![DataError::Syntax { at, message }],
            };
        }
    };
    let mut reader = Reader::new(file);
    let parsed = read_document(&mut reader, &root);
    let mut errors = reader.errors;
    let data = validate(file, parsed, &mut errors);
    let duplicates = locate_all(file, text, &mut errors);
    errors.extend(duplicates);
    label_records(&root, &mut errors);
    Loaded { data, errors }
}
