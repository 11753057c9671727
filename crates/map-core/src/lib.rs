//! Pure Rust core of the map and indicators widget: everything that needs no browser.
//!
//! The leptos app, the geo build, xtask and the browser tests use this crate; it never uses them.
//! Each item has one path; nothing is re-exported at the root.
//!
//! Module map, by concern:
//! - [`data`]: the project's data file, read, validated and located.
//!   - [`data::model`]: the typed records (`DataFile`, `Region`, `Partner`, …); `Text` in `text`.
//!   - [`data::ids`]: identifier newtypes (record ids, NUTS codes, country codes).
//!   - [`data::link`]: `SafeUrl`, the only links that get through.
//!   - [`data::date`]: calendar dates of the file.
//!   - `data::path`: the JSON path of a field (`partners[3].name`), one type for reading, spans and checks.
//!   - `data::read`: JSON into the model, field by field: each field type (`value`), one
//!     record's fields (`object`), one reader per record kind (`records`).
//!   - [`data::validate`]: rules across records: one function per list (`lists`), references
//!     (`refs`), languages (`languages`) and regions against the geometry (`geometry`) apart.
//!   - [`data::error`]: `DataError`, one variant per rule, and where it was found.
//!   - `data::span`: line and column of each error in the file's text.
//!   - [`data::suggest`]: "did you mean" for misspelt names and ids.
//!   - [`data::nuts`]: every NUTS code exists in NUTS 2024 (against the NUTS 3 topology), with
//!     the nearest codes when not; apart from `load`, like the geometry.
//!   - `data::load`: [`data::load()`], the one call that parses, reads, validates and locates.
//!   - `data::schema`: the JSON Schema generated from the model (feature `schema`).
//! - [`geo`]: geometry shared by the geo build and the map.
//!   - [`geo::project`]: the LAEA projection (EPSG:3035).
//!   - [`geo::fit`]: the frame and `ViewBox` every geometry file shares.
//!   - [`geo::path`]: SVG path data for rings of grid points.
//!   - [`geo::shape`]: the shipped shapes files and their reader.
//!   - [`geo::zoom`]: zoom and pan as one transform.
//!   - [`geo::merge`]: regions the build did not bake in, drawn at run time from the NUTS 3
//!     topology: codes of any level to NUTS 3 members, merged along shared arcs.
//!   - `geo::simplify`, `geo::topology`: shared-arc simplification and dissolving (feature `build`).
//! - [`view`]: what the widget decides to show, so components only wire.
//!   - [`view::layers`]: which countries, regions and markers the map draws.
//!   - [`view::details`]: what a region's panel, tooltip and the text list say.
//!   - [`view::timeline`]: events in date order, past and upcoming.
//!   - [`view::count_up`]: the indicator counters.
//!   - [`view::nav`]: previous/next region and the `#region=` deep link.
//!   - [`view::tap`]: which region or seat a finger on the map means (nearest within 12 px).
//!   - [`view::sheet`]: the phone's panel sheet: scrolling the map into view above it, its drag.
//!   - [`view::tour`]: the workshop presentation's steps.
//!   - [`view::qr`]: the closing step's QR code.
//!   - [`view::export`]: the map as a downloadable SVG: its composition, the named colour slots
//!     (`palette`), the file's name (`file_name`).
//!   - [`view::page`]: the `data-state` contract.
//!   - [`view::first_view`]: the prerendered first view's data-driven CSS (the followed region
//!     without script, phone labels).
//!   - [`view::options`]: what the page's URL may ask for.
//!   - [`view::format`]: number formatting.
//!   - [`view::order`]: the stable sort of short lists.
//!   - [`view::fetch_error`]: why a fetched file did not arrive.
//! - `edit`: the browser editor's logic (`editor.html`; feature `edit`, which only the editor's
//!   crate enables, so the widget's wasm is built without it): the file as written and its stable
//!   text (`edit::doc`), forms from the schema (`edit::form`), record operations and references
//!   (`edit::ops`), messages at their fields (`edit::issues`), undo (`edit::history`), drafts and
//!   the differences between two versions of a file (`edit::draft`).
//! - [`i18n`]: the interface languages (Fluent catalogues).
#![warn(missing_docs)]

pub mod data;
#[cfg(any(test, feature = "edit"))]
pub mod edit;
pub mod geo;
pub mod i18n;
pub mod view;
