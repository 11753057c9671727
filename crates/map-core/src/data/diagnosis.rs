//! What the diagnostic wasm module (`crates/diagnose`) answers for a file that
//! [`read_valid`](crate::data::read_valid) refused: the messages [`load`] gives, and the data it
//! kept, as one JSON text: written with the model's serde derives (in the module), read back by
//! shape (in the widget's wasm, which carries no serde derive: see `strict/shape.rs`).

use serde::Serialize;
use serde_json::Value;

use crate::data::load;
use crate::data::model::DataFile;

/// A broken file's messages (each the whole line `cargo xtask validate` prints) and its valid part.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Diagnosis {
    /// Every problem, in the order [`load`] found them.
    pub errors: Vec<String>,
    /// The records [`load`] kept.
    pub data: DataFile,
}

impl Diagnosis {
    /// [`load`]'s findings for the file `text`, named `file` in the messages.
    pub fn of(file: &str, text: &str) -> Self {
        let loaded = load(file, text);
        Self {
            errors: loaded.errors.iter().map(ToString::to_string).collect(),
            data: loaded.data,
        }
    }

    /// As JSON (what the diagnostic module returns to the widget).
    pub fn to_json(&self) -> String {
        // Serialising the model cannot fail (string keys; its numbers came from JSON, so finite);
        // if it ever did, the widget would still get the messages.
        serde_json::to_string(self).unwrap_or_else(|_| {
            let errors = Diagnosis {
                errors: self.errors.clone(),
                data: DataFile::default(),
            };
            serde_json::to_string(&errors).unwrap_or_default()
        })
    }

    /// Reads what [`Diagnosis::to_json`] wrote; `None` for anything else.
    pub fn from_json(json: &str) -> Option<Self> {
        let value: Value = serde_json::from_str(json).ok()?;
        let errors = value.get("errors")?.as_array()?;
        Some(Self {
            errors: errors
                .iter()
                .map(|e| e.as_str().map(str::to_owned))
                .collect::<Option<_>>()?,
            data: crate::data::strict::read_shape(value.get("data")?)?,
        })
    }
}
