//! The project's data file (`public/data/<project>.json`): its model, how it is read, checked and
//! located, and the errors it can hold. [`load()`] is the entry point; [`read_valid()`] the fast
//! path the browser takes first (it says only whether the file is valid, see `strict.rs`).
//!
//! # Adding a field to the data file
//!
//! The model is the reference, but serde does not read the file (see `read`'s module doc), so
//! a field is known in five places. In order:
//! 1. **Model** ([`model`]): the field on its record, with a `///` doc (it becomes the schema's
//!    description) and, for an optional field, `#[serde(default, skip_serializing_if = …)]`.
//! 2. **Reader** (`read/records.rs`): `f.req("name")`, `f.opt("name")` or `f.or_default("name")`
//!    in the record's reader, before `f.meta()`, and the field in the struct it builds. A field of
//!    a new type needs a `FieldValue` impl in `read/value.rs` (its check and its error).
//! 3. **Validator** (`validate/languages.rs`): the record's `Texts` impl destructures every field,
//!    so it does not compile until the new one is listed, with `visit`/`visit_opt` if it is a
//!    [`Text`](model::Text), as `name: _` if not. A reference to another record is checked in
//!    `validate/lists.rs`, with the other references of its list.
//! 4. **Schema** (feature `schema`): derived from the model; `cargo xtask schema` rewrites
//!    `public/data/schema.json`, and xtask's `published_schema_matches_the_data_model` fails until
//!    it is done.
//! 5. **Fast path** (`strict.rs`): the record's `Check` impl destructures every field too, so
//!    it does not compile until the new one is listed; give it the reader's check (a string not
//!    blank, a count within range …) and, if it is a fact, add it to the record's `facts`.
//!
//! Forgetting the reader fails `the_reader_accepts_exactly_the_fields_of_the_schema` (in
//! `schema.rs`): for each record it compares the fields the reader asks for with the schema's.

pub mod date;
mod diagnosis;
pub mod error;
pub mod ids;
pub mod link;
mod load;
pub mod model;
pub mod nuts;
pub(crate) mod path;
mod read;
#[cfg(feature = "schema")]
pub mod schema;
mod span;
mod strict;
pub mod suggest;
pub mod validate;

pub use diagnosis::Diagnosis;
pub use load::{Loaded, load};
pub use span::locate;
pub use strict::read_valid;
