//! The output files: each shapes file re-cut to its own junctions with its provenance, and the
//! manifest naming what produced them.

use map_core::geo::fit::Frame;
use map_core::geo::path::GridPoint;
use map_core::geo::topology::{build_topology, ring_points};
use serde_json::{Value, json};

use super::simplify::Simplified;
use super::{Inputs, OutputFile, TOOL};
use crate::config::Output;
use crate::read::sha256_hex;
use crate::write::{ATTRIBUTION, OutFeature, Stats, shapes_file};

/// Where the inputs came from, as every output records it.
pub(super) fn provenance(inputs: &Inputs) -> Value {
    json!({
        "tool": TOOL,
        "crs": "EPSG:3035",
        "config": {"file": inputs.config_path, "sha256": inputs.config_sha256},
        "data": {"file": inputs.data_path, "sha256": inputs.data_sha256},
        "sources": [
            {"file": inputs.countries.path, "sha256": inputs.countries.sha256},
            {"file": inputs.nuts.path, "sha256": inputs.nuts.sha256},
        ],
    })
}

/// One shapes file and its manifest entry.
pub(super) fn write_output(
    inputs: &Inputs,
    frame: &Frame,
    output: &Output,
    simplified: &Simplified,
) -> (OutputFile, Value) {
    let level = &simplified.level;
    let mut meta = provenance(inputs);
    if let Some(object) = meta.as_object_mut() {
        let mut add = |key: &str, value: Value| object.insert(key.to_owned(), value);
        add("level", json!(output.level));
        add("tolerance_px", json!(level.tolerance_px));
        add("reference_width_px", json!(level.reference_width_px));
        add("tolerance", json!(level.tolerance(frame)));
        add("min_island_px2", json!(level.min_island_px2));
        add("max_area_change", json!(level.max_area_change));
        add("max_island_loss", json!(level.max_island_loss));
        if output.file == inputs.config.outputs.regions.file {
            let nuts: serde_json::Map<String, Value> = inputs
                .regions
                .iter()
                .map(|r| (r.id.clone(), json!(r.nuts)))
                .collect();
            add("nuts", Value::Object(nuts));
        }
    }
    let (features, arcs) = file_topology(&simplified.features, &simplified.arcs);
    let (text, stats) = shapes_file(frame, &meta, &features, &arcs);
    let ids: Vec<&str> = features.iter().map(|f| f.id.as_str()).collect();
    let entry = json!({
        "file": output.file,
        "sha256": sha256_hex(text.as_bytes()),
        "bytes": text.len(),
        "level": output.level,
        "features": stats.features,
        "arcs": stats.arcs,
        "points": stats.points,
        "ids": ids,
    });
    let file = OutputFile {
        path: output.file.clone(),
        bytes: text.into_bytes(),
        stats,
    };
    (file, entry)
}

/// `geo/manifest.json`: what produced each output.
pub(super) fn manifest(inputs: &Inputs, frame: &Frame, files: Vec<Value>) -> OutputFile {
    let mut manifest = provenance(inputs);
    if let Some(object) = manifest.as_object_mut() {
        object.insert("attribution".to_owned(), json!(ATTRIBUTION));
        object.insert("frame".to_owned(), json!(frame));
        object.insert("files".to_owned(), Value::Array(files));
    }
    let mut text = serde_json::to_string_pretty(&manifest).unwrap_or_default();
    text.push('\n');
    OutputFile {
        path: inputs.config.outputs.manifest.clone(),
        bytes: text.into_bytes(),
        stats: Stats::default(),
    }
}

/// Re-cuts one file's simplified rings at the junctions *that file* has, so borders are split only
/// where its own features meet (the build's topology also cuts at every NUTS 3 and country
/// junction, which would leave a file like `regions.json` with many short arcs). The points do not
/// change, so shared borders stay identical; the file just has fewer, longer arcs.
pub(super) fn file_topology(
    features: &[OutFeature],
    arcs: &[Vec<GridPoint>],
) -> (Vec<OutFeature>, Vec<Vec<GridPoint>>) {
    let rings: Vec<Vec<GridPoint>> = features
        .iter()
        .flat_map(|f| f.polygons.iter().flatten())
        .map(|ring| ring_points(arcs, ring))
        .collect();
    let topology = build_topology(&rings);
    let mut refs = topology.rings.into_iter();
    let features = features
        .iter()
        .map(|f| {
            let polygons = f
                .polygons
                .iter()
                .map(|polygon| {
                    polygon
                        .iter()
                        .map(|_| refs.next().unwrap_or_default())
                        .collect()
                })
                .collect();
            OutFeature {
                polygons,
                ..f.clone()
            }
        })
        .collect();
    (features, topology.arcs)
}
