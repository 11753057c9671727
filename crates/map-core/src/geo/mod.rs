//! Geometry shared by the geo build and the map: the projection, the frame, SVG paths, the shipped
//! shapes files and zoom. Simplification and topology are for the geo build only (feature `build`),
//! so the wasm never carries them.

pub mod fit;
pub mod merge;
pub mod path;
pub mod project;
pub mod shape;
#[cfg(feature = "build")]
pub mod simplify;
#[cfg(feature = "build")]
pub mod topology;
pub mod zoom;
