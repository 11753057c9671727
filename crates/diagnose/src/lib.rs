//! The diagnostic module: what [`map_core::data::load`] finds in a data file, for the widget,
//! which carries only the fast path ([`map_core::data::read_valid`]) in its first-visit wasm.
//! The reader with positions and suggestions, the validator's messages and their locating are
//! here instead, fetched only for a file the fast path refused.

use map_core::data::Diagnosis;
use wasm_bindgen::prelude::wasm_bindgen;

/// The messages for the data file `text` (named `file` in them) and the records still valid, as
/// the JSON of [`Diagnosis`].
#[wasm_bindgen]
pub fn diagnose(file: &str, text: &str) -> String {
    Diagnosis::of(file, text).to_json()
}
