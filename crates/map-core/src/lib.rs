//! Pure Rust core of the map and indicators widget: everything that needs no browser.
//!
//! The leptos app, the geo build, xtask and the browser tests use this crate; it never uses them.
#![warn(missing_docs)]

pub mod count_up;
pub mod format;
pub mod i18n;
pub mod layers;
pub mod loading;
pub mod options;
pub mod order;
pub mod page;

// Geometry (owned by the geo work): projection, frame, SVG paths, shipped shapes files.
pub mod fit;
pub mod path;
pub mod project;
pub mod shape;
#[cfg(feature = "build")]
pub mod simplify;
#[cfg(feature = "build")]
pub mod topology;
pub use shape::{GeoError, Shape, ShapeFile, ShapeKind, ViewBox, parse_shapes};

pub mod date;
pub mod error;
pub mod ids;
pub mod link;
mod load;
pub mod model;
mod read;
#[cfg(feature = "schema")]
pub mod schema;
mod span;
pub mod suggest;
pub mod timeline;
pub mod validate;

pub use error::DataError;
pub use load::{Loaded, load};
pub use span::locate;
pub use validate::check_geometry;
pub mod details;
pub mod nav;
pub mod zoom;
// Workshop presentation (issue 10): steps, keys, guided tour, URL fragment; the closing step's QR code.
pub mod qr;
pub mod tour;
// The map as a downloadable SVG (and the PNG drawn from it), issue 11.
pub mod export;
