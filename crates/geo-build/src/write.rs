//! Serializing shapes files (the format `map_core::geo::shape` reads) and writing files safely.
//!
//! Output is deterministic: arcs are numbered in order of first use, features keep the build's
//! order, and maps are written in a fixed key order, so two builds give identical bytes.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use map_core::geo::fit::Frame;
use map_core::geo::path::GridPoint;
use map_core::geo::shape::{SHAPES_FORMAT, ShapeKind};
use map_core::geo::topology::{ArcRef, resolve};
use serde_json::Value;

use crate::error::GeoError;
use crate::union::ArcPolygons;

/// The attribution GISCO's licence requires, carried by every output.
pub const ATTRIBUTION: &str =
    "© EuroGeographics for the administrative boundaries · Source: Eurostat GISCO";

/// One feature to write.
#[derive(Debug, Clone, PartialEq)]
pub struct OutFeature {
    /// Unique id in the file.
    pub id: String,
    /// Display name.
    pub name: String,
    /// The name in the national language and script, when it differs (written only then).
    pub name_local: Option<String>,
    /// Country or region.
    pub kind: ShapeKind,
    /// GISCO country code.
    pub country: String,
    /// Label point, grid units (integral).
    pub label: [f64; 2],
    /// Polygons over the build's arc numbering.
    pub polygons: ArcPolygons,
}

/// Counts for reports and the manifest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Stats {
    /// Features written.
    pub features: usize,
    /// Arcs written.
    pub arcs: usize,
    /// Points in those arcs.
    pub points: usize,
}

/// The text of a shapes file holding `features`, with the arcs they use taken from `arcs`
/// (renumbered by first use) and delta-encoded.
pub fn shapes_file(
    frame: &Frame,
    meta: &Value,
    features: &[OutFeature],
    arcs: &[Vec<GridPoint>],
) -> (String, Stats) {
    let mut renumber: HashMap<usize, i32> = HashMap::new();
    let mut order: Vec<usize> = Vec::new();
    let mut map_ref = |arc_ref: ArcRef| -> ArcRef {
        let (index, reversed) = resolve(arc_ref);
        let next = i32::try_from(order.len()).unwrap_or(i32::MAX);
        let new = *renumber.entry(index).or_insert_with(|| {
            order.push(index);
            next
        });
        if reversed { !new } else { new }
    };
    let remapped: Vec<ArcPolygons> = features
        .iter()
        .map(|f| {
            f.polygons
                .iter()
                .map(|p| {
                    p.iter()
                        .map(|r| r.iter().map(|&a| map_ref(a)).collect())
                        .collect()
                })
                .collect()
        })
        .collect();
    let mut out = String::new();
    let json = |v: &Value| serde_json::to_string(v).unwrap_or_default();
    let frame_json = serde_json::to_value(frame).unwrap_or(Value::Null);
    let _ = writeln!(out, "{{\"format\":{},", json(&Value::from(SHAPES_FORMAT)));
    let _ = writeln!(out, "\"attribution\":{},", json(&Value::from(ATTRIBUTION)));
    let _ = writeln!(out, "\"frame\":{},", json(&frame_json));
    let _ = writeln!(out, "\"meta\":{},", json(meta));
    out.push_str("\"arcs\":[\n");
    let mut stats = Stats {
        features: features.len(),
        arcs: order.len(),
        points: 0,
    };
    for (n, index) in order.iter().enumerate() {
        let arc = arcs.get(*index).map(Vec::as_slice).unwrap_or_default();
        stats.points += arc.len();
        out.push('[');
        let mut previous = [0_i64, 0_i64];
        for (i, p) in arc.iter().enumerate() {
            let (x, y) = (i64::from(p[0]), i64::from(p[1]));
            let sep = if i == 0 { "" } else { "," };
            let _ = write!(out, "{sep}{},{}", x - previous[0], y - previous[1]);
            previous = [x, y];
        }
        out.push_str(if n + 1 == order.len() { "]\n" } else { "],\n" });
    }
    out.push_str("],\n\"features\":[\n");
    for (n, (feature, polygons)) in features.iter().zip(&remapped).enumerate() {
        let _ = write!(
            out,
            "{{\"id\":{},\"name\":{},{}\"kind\":\"{}\",\"country\":{},\"label\":[{},{}],\"polygons\":{}}}",
            json(&Value::from(feature.id.as_str())),
            json(&Value::from(feature.name.as_str())),
            feature
                .name_local
                .as_deref()
                .map(|n| format!("\"name_local\":{},", json(&Value::from(n))))
                .unwrap_or_default(),
            feature.kind.as_str(),
            json(&Value::from(feature.country.as_str())),
            feature.label[0],
            feature.label[1],
            serde_json::to_string(polygons).unwrap_or_default(),
        );
        out.push_str(if n + 1 == features.len() { "\n" } else { ",\n" });
    }
    out.push_str("]}\n");
    (out, stats)
}

/// Writes `bytes` to `path` through a temporary file in the same directory and a rename, so a
/// reader never sees a half-written file. Creates the directory if needed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), GeoError> {
    let fail = |e: std::io::Error| GeoError::Write {
        path: path.display().to_string(),
        message: e.to_string(),
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(fail)?;
    }
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".geo-build-tmp");
    let temporary = std::path::PathBuf::from(temporary);
    std::fs::write(&temporary, bytes).map_err(fail)?;
    std::fs::rename(&temporary, path).map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        fail(e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use map_core::geo::shape::parse_shapes;

    fn frame() -> Frame {
        Frame::fit_extent([0.0, 0.0, 1000.0, 1000.0], 10.0).unwrap()
    }

    fn feature(id: &str, polygons: ArcPolygons) -> OutFeature {
        OutFeature {
            id: id.to_owned(),
            name: format!("Name of {id}"),
            name_local: None,
            kind: ShapeKind::Region,
            country: "DE".to_owned(),
            label: [5.0, 5.0],
            polygons,
        }
    }

    #[test]
    fn written_file_parses_back_with_renumbered_arcs() {
        let arcs = vec![
            vec![[99, 99], [98, 98]],
            vec![[0, 0], [10, 0], [10, 10]],
            vec![[10, 10], [0, 10], [0, 0]],
        ];
        let features = vec![feature("a", vec![vec![vec![1, 2]]])];
        let (text, stats) = shapes_file(&frame(), &Value::Null, &features, &arcs);
        assert_eq!(
            stats,
            Stats {
                features: 1,
                arcs: 2,
                points: 6
            }
        );
        let shapes = parse_shapes("t.json", &text).unwrap();
        assert_eq!(shapes.features[0].d, "M0 0l10 0 0 10-10 0z");
        assert_eq!(shapes.arcs.len(), 2, "the unused arc is not written");
        assert_eq!(shapes.attribution, ATTRIBUTION);
    }

    #[test]
    fn reversed_references_survive_renumbering() {
        let arcs = vec![
            vec![[0, 0], [10, 0], [10, 10]],
            vec![[0, 0], [0, 10], [10, 10]],
        ];
        let features = vec![feature("a", vec![vec![vec![0, !1]]])];
        let (text, _) = shapes_file(&frame(), &Value::Null, &features, &arcs);
        let shapes = parse_shapes("t.json", &text).unwrap();
        assert_eq!(shapes.features[0].d, "M0 0l10 0 0 10-10 0z");
    }

    #[test]
    fn same_input_gives_the_same_bytes() {
        let arcs = vec![
            vec![[0, 0], [10, 0], [10, 10]],
            vec![[10, 10], [0, 10], [0, 0]],
        ];
        let features = vec![
            feature("a", vec![vec![vec![0, 1]]]),
            feature("b", vec![vec![vec![!1, !0]]]),
        ];
        let one = shapes_file(&frame(), &Value::Null, &features, &arcs).0;
        let two = shapes_file(&frame(), &Value::Null, &features, &arcs).0;
        assert_eq!(one, two);
    }

    #[test]
    fn atomic_write_leaves_no_temporary_file() {
        let dir = std::env::temp_dir().join(format!("geo-build-test-{}", std::process::id()));
        let path = dir.join("out.json");
        write_atomic(&path, b"{}").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"{}");
        let names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
