//! The geo build: Eurostat GISCO GeoJSON in `geo/source/` to the small shapes files the widget
//! ships in `geo/` (see `geo/README.md`).
//!
//! Pipeline: [`read`] the sources and the data file's regions, [`select`] (project to EPSG:3035,
//! quantize to the frame's grid, clip to the extent), one shared topology of arcs for every layer
//! (`map_core::geo::topology`), [`union`] for regions made of several NUTS regions, simplification per
//! detail level on the shared arcs (`map_core::geo::simplify`), [`label`] points, and [`write`](mod@write).

pub mod build;
pub mod config;
pub mod error;
pub mod label;
pub mod read;
pub mod select;
pub mod union;
pub mod write;

pub use build::{Inputs, OutputFile, build, load};
pub use error::GeoError;

use std::path::Path;

/// The outputs whose file under `root` is missing or differs from the bytes built.
pub fn stale_files<'a>(root: &Path, outputs: &'a [OutputFile]) -> Vec<&'a str> {
    outputs
        .iter()
        .filter(|o| std::fs::read(root.join(&o.path)).ok().as_deref() != Some(&o.bytes[..]))
        .map(|o| o.path.as_str())
        .collect()
}

/// Writes every output that differs from the file on disk, each through a temporary file and a
/// rename. Call only after the whole build succeeded, so a failure never leaves `geo/` half
/// written.
pub fn write_outputs(root: &Path, outputs: &[OutputFile]) -> Result<(), GeoError> {
    for path in stale_files(root, outputs) {
        if let Some(output) = outputs.iter().find(|o| o.path == path) {
            write::write_atomic(&root.join(path), &output.bytes)?;
        }
    }
    Ok(())
}

/// Writes a GeoJSON FeatureCollection holding only the features of `source` whose id
/// (`NUTS_ID` or `CNTR_ID`) is in `ids`, unchanged: how the test fixtures were cut. Plain JSON values
/// rather than the `geojson` types of [`read`]: a fixture copies features whatever they hold, and the
/// build's reader judges them when the fixture is built.
pub fn cut_source(source: &str, ids: &[String]) -> Result<String, GeoError> {
    let root: serde_json::Value = serde_json::from_str(source).map_err(|e| GeoError::Json {
        path: "source".to_owned(),
        message: e.to_string(),
    })?;
    let id_of = |f: &serde_json::Value| {
        let p = f.get("properties")?;
        p.get("NUTS_ID")
            .or_else(|| p.get("CNTR_ID"))?
            .as_str()
            .map(str::to_owned)
    };
    let features: Vec<&serde_json::Value> = root
        .get("features")
        .and_then(serde_json::Value::as_array)
        .map(|all| {
            all.iter()
                .filter(|f| id_of(f).is_some_and(|id| ids.contains(&id)))
                .collect()
        })
        .unwrap_or_default();
    let lines: Vec<String> = features
        .iter()
        .map(|f| serde_json::to_string(f).unwrap_or_default())
        .collect();
    Ok(format!(
        "{{\"type\":\"FeatureCollection\",\"features\":[\n{}\n]}}\n",
        lines.join(",\n")
    ))
}
