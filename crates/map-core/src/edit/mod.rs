//! Editing a data file in the browser (the site's `editor.html`): everything the editor decides,
//! so its components only wire.
//!
//! The editor works on the file **as written** ([`doc::Json`]: every key in its order, every value,
//! also one the model would refuse), not on the typed [`crate::data::model::DataFile`]: a value typed
//! wrong is kept and reported rather than lost, fields and keys the model does not know survive, and
//! saving writes the file back with the shipped file's key order and indentation, so a diff shows
//! only the edits. Checking goes through [`crate::data::load()`], the validator the widget and
//! `cargo xtask validate` use.
//!
//! - [`doc`]: the document, its stable text, and paths into it.
//! - [`form`]: the forms, read from the data file's JSON Schema (labels, help, kinds of fields,
//!   which list a reference points into), so a field added to the model appears in the editor
//!   once `cargo xtask schema` has rewritten `schema.json`.
//! - [`ops`]: record operations (add, duplicate, reorder, delete), the records that reference a
//!   record, clearing those references, the field edits, and which regions need `cargo xtask geo`.
//! - [`issues`]: the validator's messages placed at the records and fields they concern.
//! - [`history`]: undo and redo.
//! - [`draft`]: the unsaved edits kept between visits (which file, made from which text) and
//!   what changed between two versions of a file, record by record.

pub mod doc;
pub mod draft;
pub mod form;
pub mod history;
pub mod issues;
pub mod ops;

#[cfg(test)]
mod officer_tests;
#[cfg(test)]
mod tests;
