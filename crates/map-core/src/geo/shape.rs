//! The shipped geometry files (`geo/europe.json`, `geo/regions.json`, `geo/nuts3.json`) and their
//! decoding into SVG path data.
//!
//! The format is TopoJSON-like (M. Bostock, <https://github.com/topojson/topojson-specification>):
//! every border is stored once as an *arc* of integer grid points, the first absolute and the rest
//! as deltas; a feature lists its polygons as rings of arc references (`i` is arc `i` forwards,
//! `!i` = `-i - 1` is arc `i` backwards). Shared borders are therefore drawn from the same points
//! on both sides, and a file is a fraction of its GeoJSON size (see `geo/README.md`). Decoding
//! lives here so the wasm app and the native tests share it; it runs once per file on load and is
//! linear in the number of points.
//!
//! ```json
//! { "format": "interreg-map-shapes/1", "attribution": "...",
//!   "frame": { "west": 2450000, "north": 5450000, "quantum": 100, "width": 42000, "height": 41000 },
//!   "meta": { ... }, "arcs": [[x, y, dx, dy, ...], ...],
//!   "features": [{ "id": "EL", "name": "Greece", "kind": "country", "country": "EL",
//!                  "label": [x, y], "polygons": [[[0, -2], [5]], ...] }] }
//! ```

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::geo::fit::{Frame, ViewBox};
use crate::geo::path::{GridPoint, write_svg_path};

/// The `format` tag every shapes file carries; a file with another tag is refused.
pub const SHAPES_FORMAT: &str = "interreg-map-shapes/1";

/// What went wrong reading a shapes file. Every message starts with the file name and names the
/// feature (index and id), arc or field and the offending value.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GeoError {
    /// The text is not JSON of the expected shape.
    #[error("{file}: not a shapes file: {message}")]
    Json {
        /// The file, as given to [`parse_shapes`].
        file: String,
        /// serde_json's description, with line and column.
        message: String,
    },
    /// The `format` tag is missing or names another format.
    #[error("{file}: field format: found {found:?}, expected \"{SHAPES_FORMAT}\"")]
    Format {
        /// The file.
        file: String,
        /// The tag found (empty when missing).
        found: String,
    },
    /// The frame is missing or degenerate.
    #[error("{file}: field frame: {problem}")]
    Frame {
        /// The file.
        file: String,
        /// What is wrong with it.
        problem: String,
    },
    /// An arc is malformed.
    #[error("{file}: arcs[{index}]: {problem}")]
    Arc {
        /// The file.
        file: String,
        /// Index of the arc in `arcs`.
        index: usize,
        /// What is wrong with it.
        problem: String,
    },
    /// A feature's field is missing or malformed.
    #[error("{file}: features[{index}] {id:?} field {field}: {problem}")]
    Feature {
        /// The file.
        file: String,
        /// Index of the feature in `features`.
        index: usize,
        /// The feature's id, or an empty string when it has none.
        id: String,
        /// The field, e.g. `polygons` or `label`.
        field: &'static str,
        /// What is wrong and what is allowed instead.
        problem: String,
    },
    /// Two features share an id.
    #[error("{file}: features[{index}] {id:?}: id already used by features[{first}]")]
    DuplicateId {
        /// The file.
        file: String,
        /// Index of the second feature with this id.
        index: usize,
        /// Index of the first one.
        first: usize,
        /// The id.
        id: String,
    },
}

/// What a feature stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ShapeKind {
    /// A country (id: GISCO `CNTR_ID`, e.g. `EL`), drawn as context.
    Country,
    /// A region (id: the data file's region id, or a NUTS code in the NUTS 3 file).
    Region,
}

impl ShapeKind {
    /// The file's spelling: `country` or `region`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Country => "country",
            Self::Region => "region",
        }
    }
}

/// One feature, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    /// Unique within its file.
    pub id: String,
    /// Display name (the NUTS or country name, or the region id).
    pub name: String,
    /// A region's name in its national language and script (`NUTS_NAME`), when that differs from
    /// `name` (Greek and Bulgarian regions); see [`crate::view::details::add_national_names`].
    pub name_local: Option<String>,
    /// Country or region.
    pub kind: ShapeKind,
    /// GISCO country code of the country the feature lies in (its own id for a country).
    pub country: String,
    /// SVG path data in view-box units (absolute `M`, relative integer `l`, `z` per ring); empty
    /// when the feature lies wholly outside the frame.
    pub d: String,
    /// A point inside the feature (pole of inaccessibility of its largest polygon) in view-box
    /// units, for labels and markers. Outside the view box only when `d` is empty.
    pub label: [f64; 2],
    /// The feature's polygons as rings of arc references into [`ShapeFile::arcs`]; see
    /// [`ShapeFile::rings`].
    pub polygons: Vec<Vec<Vec<i32>>>,
}

/// A decoded shapes file.
#[derive(Debug, Clone, PartialEq)]
pub struct ShapeFile {
    /// The attribution the map must show.
    pub attribution: String,
    /// The SVG view box all shapes are drawn in.
    pub view_box: ViewBox,
    /// How EPSG:3035 metres map to view-box units; shared by all files of one build.
    pub frame: Frame,
    /// The features in file order.
    pub features: Vec<Shape>,
    /// The decoded arcs, absolute grid points.
    pub arcs: Vec<Vec<GridPoint>>,
    /// The file's `meta` object (what produced it), as written.
    pub meta: Value,
}

impl ShapeFile {
    /// Longitude/latitude in degrees to view-box units, for partner markers. `None` when the point
    /// is invalid or outside the view box.
    pub fn project(&self, lon: f64, lat: f64) -> Option<[f64; 2]> {
        self.frame.project(lon, lat)
    }

    /// The rings of each polygon of `shape` as closed lists of absolute grid points (first point
    /// repeated at the end). Shapes from [`parse_shapes`] always resolve; an arc reference that does
    /// not resolve is skipped.
    pub fn rings(&self, shape: &Shape) -> Vec<Vec<Vec<GridPoint>>> {
        shape
            .polygons
            .iter()
            .map(|polygon| {
                polygon
                    .iter()
                    .filter_map(|ring| ring_points(&self.arcs, ring).ok())
                    .collect()
            })
            .collect()
    }

    /// The feature with this id.
    pub fn get(&self, id: &str) -> Option<&Shape> {
        self.features.iter().find(|shape| shape.id == id)
    }
}

#[derive(Deserialize)]
struct RawFile {
    #[serde(default)]
    format: String,
    #[serde(default)]
    attribution: String,
    frame: Option<Frame>,
    #[serde(default)]
    meta: Value,
    #[serde(default)]
    arcs: Vec<Vec<i64>>,
    #[serde(default)]
    features: Vec<Value>,
}

/// `file` as a drawn shapes file: the same format, each feature carrying its SVG path (`d`)
/// instead of arc references, and no arcs. The prerendered page carries its countries this way:
/// the paths repeat the page's own SVG, so brotli stores them once (the topology, 18.8 KB brotli
/// on its own, shares nothing with the SVG). A drawn feature has no rings ([`ShapeFile::rings`] is
/// empty for it): the map draws and labels it, but cannot zoom to it.
pub fn drawn_json(file: &ShapeFile) -> String {
    let features: Vec<Value> = file
        .features
        .iter()
        .map(|shape| {
            serde_json::json!({
                "id": shape.id,
                "name": shape.name,
                "kind": shape.kind.as_str(),
                "country": shape.country,
                "label": shape.label,
                "d": shape.d,
            })
        })
        .collect();
    serde_json::json!({
        "format": SHAPES_FORMAT,
        "attribution": file.attribution,
        "frame": file.frame,
        "meta": file.meta,
        "arcs": [],
        "features": features,
    })
    .to_string()
}

/// Reads a shapes file. `file` is only used in error messages.
///
/// Fails on the first problem (bad JSON, wrong format tag, bad frame, malformed arc or feature,
/// duplicate id). Never panics; linear in the file's size.
pub fn parse_shapes(file: &str, text: &str) -> Result<ShapeFile, GeoError> {
    let (shapes, mut problems) = parse_shapes_lenient(file, text)?;
    if problems.is_empty() {
        Ok(shapes)
    } else {
        Err(problems.swap_remove(0))
    }
}

/// Reads a shapes file, keeping every feature that decodes and listing the problems of those that
/// do not (each feature with a problem is left out), so the map can draw what it can.
///
/// Fails only when nothing can be drawn: bad JSON, wrong format tag, bad frame.
pub fn parse_shapes_lenient(
    file: &str,
    text: &str,
) -> Result<(ShapeFile, Vec<GeoError>), GeoError> {
    let raw: RawFile = serde_json::from_str(text).map_err(|error| GeoError::Json {
        file: file.to_owned(),
        message: error.to_string(),
    })?;
    if raw.format != SHAPES_FORMAT {
        return Err(GeoError::Format {
            file: file.to_owned(),
            found: raw.format,
        });
    }
    let frame = check_frame(file, raw.frame)?;
    let mut problems = Vec::new();
    let arcs: Vec<Vec<GridPoint>> = raw
        .arcs
        .iter()
        .enumerate()
        .map(|(index, arc)| {
            decode_arc(arc).unwrap_or_else(|problem| {
                problems.push(GeoError::Arc {
                    file: file.to_owned(),
                    index,
                    problem,
                });
                Vec::new()
            })
        })
        .collect();
    let mut features = Vec::with_capacity(raw.features.len());
    let mut seen: HashMap<String, usize> = HashMap::with_capacity(raw.features.len());
    for (index, value) in raw.features.iter().enumerate() {
        match decode_feature(&arcs, value) {
            Ok(shape) => {
                if let Some(&first) = seen.get(&shape.id) {
                    problems.push(GeoError::DuplicateId {
                        file: file.to_owned(),
                        index,
                        first,
                        id: shape.id,
                    });
                } else {
                    seen.insert(shape.id.clone(), index);
                    features.push(shape);
                }
            }
            Err((id, field, problem)) => problems.push(GeoError::Feature {
                file: file.to_owned(),
                index,
                id,
                field,
                problem,
            }),
        }
    }
    let shapes = ShapeFile {
        attribution: raw.attribution,
        view_box: frame.view_box(),
        frame,
        features,
        arcs,
        meta: raw.meta,
    };
    Ok((shapes, problems))
}

fn check_frame(file: &str, frame: Option<Frame>) -> Result<Frame, GeoError> {
    let problem = |problem: &str| GeoError::Frame {
        file: file.to_owned(),
        problem: problem.to_owned(),
    };
    let frame = frame.ok_or_else(|| problem("missing"))?;
    let values = [
        frame.west,
        frame.north,
        frame.quantum,
        frame.width,
        frame.height,
    ];
    if values.iter().any(|v| !v.is_finite()) {
        return Err(problem("every value must be a finite number"));
    }
    if frame.quantum <= 0.0 || frame.width <= 0.0 || frame.height <= 0.0 {
        return Err(problem("quantum, width and height must be positive"));
    }
    Ok(frame)
}

/// `[x, y, dx, dy, ...]` to absolute points.
fn decode_arc(values: &[i64]) -> Result<Vec<GridPoint>, String> {
    if values.len() < 4 || !values.len().is_multiple_of(2) {
        return Err(format!(
            "has {} numbers, expected an even number, at least 4 (two points)",
            values.len()
        ));
    }
    let mut points = Vec::with_capacity(values.len() / 2);
    let mut current = [0_i64, 0_i64];
    for pair in values.chunks_exact(2) {
        if let [dx, dy] = pair {
            current = [current[0] + dx, current[1] + dy];
            let x = i32::try_from(current[0]);
            let y = i32::try_from(current[1]);
            match (x, y) {
                (Ok(x), Ok(y)) => points.push([x, y]),
                _ => return Err(format!("point {} is out of range", points.len())),
            }
        }
    }
    Ok(points)
}

type FeatureProblem = (String, &'static str, String);

fn decode_feature(arcs: &[Vec<GridPoint>], value: &Value) -> Result<Shape, FeatureProblem> {
    let id = value
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let fail = |field: &'static str, problem: String| (id.clone(), field, problem);
    if id.is_empty() {
        return Err(fail("id", "missing or not a non-empty string".to_owned()));
    }
    let text = |field: &'static str| -> Result<String, FeatureProblem> {
        value
            .get(field)
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| fail(field, "missing or not a string".to_owned()))
    };
    let name = text("name")?;
    let name_local = value
        .get("name_local")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let country = text("country")?;
    let kind = match text("kind")?.as_str() {
        "country" => ShapeKind::Country,
        "region" => ShapeKind::Region,
        other => {
            return Err(fail(
                "kind",
                format!("{other:?} is not \"country\" or \"region\""),
            ));
        }
    };
    let label = match value
        .get("label")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
    {
        Some([x, y]) => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) if x.is_finite() && y.is_finite() => [x, y],
            _ => return Err(fail("label", "expected two finite numbers".to_owned())),
        },
        _ => return Err(fail("label", "expected [x, y]".to_owned())),
    };
    // A drawn feature (see [`drawn_json`]) carries its SVG path instead of arcs.
    if let Some(d) = value.get("d").and_then(Value::as_str) {
        return Ok(Shape {
            id: id.clone(),
            name,
            name_local,
            kind,
            country,
            d: d.to_owned(),
            label,
            polygons: Vec::new(),
        });
    }
    let polygons = decode_polygons(value.get("polygons")).ok_or_else(|| {
        fail(
            "polygons",
            "expected [[[arc, ...], ...], ...] of integers".to_owned(),
        )
    })?;
    let mut rings = Vec::new();
    for (p, polygon) in polygons.iter().enumerate() {
        for (r, ring) in polygon.iter().enumerate() {
            let points = ring_points(arcs, ring)
                .map_err(|problem| fail("polygons", format!("polygon {p} ring {r}: {problem}")))?;
            rings.push(points);
        }
    }
    let mut d = String::new();
    write_svg_path(&mut d, &rings);
    Ok(Shape {
        id: id.clone(),
        name,
        name_local,
        kind,
        country,
        d,
        label,
        polygons,
    })
}

fn decode_polygons(value: Option<&Value>) -> Option<Vec<Vec<Vec<i32>>>> {
    value?
        .as_array()?
        .iter()
        .map(|polygon| {
            polygon
                .as_array()?
                .iter()
                .map(|ring| {
                    ring.as_array()?
                        .iter()
                        .map(|arc| i32::try_from(arc.as_i64()?).ok())
                        .collect()
                })
                .collect()
        })
        .collect()
}

/// The closed ring (first point repeated at the end) that the arc references spell.
pub(crate) fn ring_points(arcs: &[Vec<GridPoint>], refs: &[i32]) -> Result<Vec<GridPoint>, String> {
    let mut points: Vec<GridPoint> = Vec::new();
    for &arc_ref in refs {
        let (index, reversed) = if arc_ref < 0 {
            (!arc_ref, true)
        } else {
            (arc_ref, false)
        };
        let arc = usize::try_from(index)
            .ok()
            .and_then(|i| arcs.get(i))
            .filter(|arc| !arc.is_empty())
            .ok_or_else(|| {
                format!(
                    "arc {arc_ref} does not exist (the file has {} arcs)",
                    arcs.len()
                )
            })?;
        let start = if reversed { arc.last() } else { arc.first() };
        match (points.last(), start) {
            (Some(end), Some(start)) if end != start => {
                return Err(format!(
                    "arc {arc_ref} starts at {start:?}, not where the previous arc ends ({end:?})"
                ));
            }
            (Some(_), _) => points.pop(),
            (None, _) => None,
        };
        if reversed {
            points.extend(arc.iter().rev());
        } else {
            points.extend(arc.iter());
        }
    }
    match (points.first(), points.last()) {
        (Some(first), Some(last)) if first == last && points.len() >= 4 => Ok(points),
        (Some(_), Some(_)) if points.len() < 4 => Err(format!(
            "has {} points, a ring needs at least 4",
            points.len()
        )),
        (Some(first), Some(last)) => Err(format!(
            "is not closed: starts at {first:?}, ends at {last:?}"
        )),
        _ => Err("has no arcs".to_owned()),
    }
}

#[cfg(test)]
mod tests;
