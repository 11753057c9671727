//! The whole build, in memory: inputs in, the bytes of every output file out. Nothing touches the
//! disk here, so `--check` and the writer share it and a failure leaves `geo/` as it was.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;

use map_core::geo::fit::Frame;
use map_core::geo::path::GridPoint;
use map_core::geo::shape::ShapeKind;
use map_core::geo::simplify::{FeatureRings, SimplifyOptions, simplify_arcs};
use map_core::geo::topology::{Topology, build_topology, resolve, ring_area2, ring_points};
use serde_json::{Value, json};

use crate::config::{Config, Level, Output};
use crate::error::GeoError;
use crate::label::{label_point, label_point_float};
use crate::read::{
    DataRegion, Source, SourceFeature, SourceKind, parse_data_regions, parse_source, sha256_hex,
};
use crate::select::{GridPolygons, GridRect, bounds, clip, project_feature, quantize};
use crate::union::{ArcPolygons, union_polygons};
use crate::write::{ATTRIBUTION, OutFeature, Stats, shapes_file};

/// The tool name and version recorded in every output.
pub const TOOL: &str = concat!("geo-build ", env!("CARGO_PKG_VERSION"));

/// Everything the build reads.
#[derive(Debug, Clone)]
pub struct Inputs {
    /// Configuration path relative to the root.
    pub config_path: String,
    /// sha256 of the configuration file.
    pub config_sha256: String,
    /// The parsed configuration.
    pub config: Config,
    /// Data file path relative to the root.
    pub data_path: String,
    /// sha256 of the data file.
    pub data_sha256: String,
    /// The data file's regions.
    pub regions: Vec<DataRegion>,
    /// The NUTS source.
    pub nuts: Source,
    /// The countries source.
    pub countries: Source,
}

fn read(root: &Path, relative: &str) -> Result<Vec<u8>, GeoError> {
    std::fs::read(root.join(relative)).map_err(|e| GeoError::Read {
        path: relative.to_owned(),
        message: e.to_string(),
    })
}

/// Reads the configuration at `config_path` (relative to `root`), the data file it names (or
/// `data_override`) and both sources.
pub fn load(
    root: &Path,
    config_path: &str,
    data_override: Option<&str>,
) -> Result<Inputs, GeoError> {
    let config_bytes = read(root, config_path)?;
    let config_text = String::from_utf8_lossy(&config_bytes);
    let config = Config::parse(config_path, &config_text)?;
    let data_path = data_override.unwrap_or(&config.data).to_owned();
    let data_bytes = read(root, &data_path)?;
    let regions = parse_data_regions(&data_path, &data_bytes)?;
    let nuts = parse_source(
        &config.nuts_source,
        &read(root, &config.nuts_source)?,
        SourceKind::Nuts,
    )?;
    let countries = parse_source(
        &config.countries_source,
        &read(root, &config.countries_source)?,
        SourceKind::Countries,
    )?;
    Ok(Inputs {
        config_path: config_path.to_owned(),
        config_sha256: sha256_hex(&config_bytes),
        config,
        data_path,
        data_sha256: sha256_hex(&data_bytes),
        regions,
        nuts,
        countries,
    })
}

/// One output: where it goes and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path relative to the root.
    pub path: String,
    /// The file's content.
    pub bytes: Vec<u8>,
    /// Counts, for the report (zero for the manifest).
    pub stats: Stats,
}

/// Which source a prepared feature comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum SourceSet {
    Countries,
    Nuts,
}

/// A source feature projected, quantized and clipped, plus its unclipped projection (for the
/// extent checks and for the label of a feature wholly outside the frame).
struct Prepared<'a> {
    source: &'a SourceFeature,
    polygons: GridPolygons,
    projected: Vec<Vec<Vec<[f64; 2]>>>,
}

impl Prepared<'_> {
    /// Bounds of the unclipped outer rings in view-box units: `[x0, y0, x1, y1]`.
    fn full_bounds(&self) -> [f64; 4] {
        let start = [
            f64::INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NEG_INFINITY,
        ];
        self.projected
            .iter()
            .filter_map(|p| p.first())
            .flatten()
            .fold(start, |b, p| {
                [
                    b[0].min(p[0]),
                    b[1].min(p[1]),
                    b[2].max(p[0]),
                    b[3].max(p[1]),
                ]
            })
    }
}

/// What the layers need from the sources.
struct Selection<'a> {
    /// Per data file region, its NUTS features.
    members: Vec<Vec<&'a SourceFeature>>,
    /// Context countries and the partner regions' countries, sorted.
    countries: BTreeSet<String>,
}

/// A feature on its way out: ids, names and polygons over the shared arcs.
struct Feature {
    id: String,
    name: String,
    name_local: Option<String>,
    kind: ShapeKind,
    country: String,
    polygons: ArcPolygons,
    /// Fallback label source for features with no polygons in the frame.
    projected: Vec<Vec<Vec<[f64; 2]>>>,
    /// Whether its islands are kept whatever their size (partner regions).
    protected: bool,
}

/// The three layers, in output order.
struct Layers {
    countries: Vec<Feature>,
    regions: Vec<Feature>,
    nuts3: Vec<Feature>,
}

/// One output's features with their label points, over the arcs simplified for its level.
struct Simplified {
    features: Vec<OutFeature>,
    arcs: Vec<Vec<GridPoint>>,
    level: Level,
}

/// Runs the build and returns every output file's bytes (shapes files, then the manifest).
pub fn build(inputs: &Inputs) -> Result<Vec<OutputFile>, GeoError> {
    let config = &inputs.config;
    let frame = config.frame().ok_or_else(|| GeoError::Config {
        path: inputs.config_path.clone(),
        field: "extent".to_owned(),
        problem: "does not make a frame".to_owned(),
    })?;
    let margin = (config.clip_margin / config.quantum).round();
    let clip_rect = [
        grid(-margin),
        grid(-margin),
        grid(frame.width + margin),
        grid(frame.height + margin),
    ];
    let selection = select(inputs)?;
    let prepared = prepare_all(inputs, &selection, &frame, clip_rect)?;
    check_extent(inputs, &selection, &prepared, &frame)?;
    let (topology, layers) = make_layers(inputs, &selection, &prepared);
    let mut outputs = Vec::new();
    let mut manifest_files = Vec::new();
    for (output, simplified) in simplify_levels(inputs, &frame, &topology, &layers)? {
        let (file, entry) = write_output(inputs, &frame, output, &simplified);
        manifest_files.push(entry);
        outputs.push(file);
    }
    outputs.push(manifest(inputs, &frame, manifest_files));
    Ok(outputs)
}

/// Resolves the data file's NUTS codes and the configured countries, refusing unknown ones.
fn select(inputs: &Inputs) -> Result<Selection<'_>, GeoError> {
    let mut members = Vec::with_capacity(inputs.regions.len());
    for (index, region) in inputs.regions.iter().enumerate() {
        let found = region
            .nuts
            .iter()
            .map(|code| {
                inputs.nuts.get(code).ok_or_else(|| GeoError::UnknownNuts {
                    path: inputs.data_path.clone(),
                    index,
                    region: region.id.clone(),
                    code: code.clone(),
                    source_file: inputs.nuts.path.clone(),
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        members.push(found);
    }
    let unknown = |path: &str, code: &str| GeoError::UnknownCountry {
        path: path.to_owned(),
        code: code.to_owned(),
        source_file: inputs.countries.path.clone(),
    };
    let mut countries = BTreeSet::new();
    for code in &inputs.config.countries {
        inputs
            .countries
            .get(code)
            .ok_or_else(|| unknown(&inputs.config_path, code))?;
        countries.insert(code.clone());
    }
    for member in members.iter().flatten() {
        inputs
            .countries
            .get(&member.country)
            .ok_or_else(|| unknown(&inputs.data_path, &member.country))?;
        countries.insert(member.country.clone());
    }
    Ok(Selection { members, countries })
}

/// Projects, quantizes and clips every country and NUTS feature a layer uses.
fn prepare_all<'a>(
    inputs: &'a Inputs,
    selection: &Selection<'a>,
    frame: &Frame,
    clip_rect: GridRect,
) -> Result<BTreeMap<(SourceSet, String), Prepared<'a>>, GeoError> {
    let mut nuts_ids: BTreeSet<&str> = selection
        .members
        .iter()
        .flatten()
        .map(|f| f.id.as_str())
        .collect();
    nuts_ids.extend(nuts3_features(inputs).map(|f| f.id.as_str()));
    let countries = selection
        .countries
        .iter()
        .map(|id| (SourceSet::Countries, id.as_str()));
    let nuts = nuts_ids.into_iter().map(|id| (SourceSet::Nuts, id));
    let mut prepared = BTreeMap::new();
    for (from, id) in countries.chain(nuts) {
        let source = match from {
            SourceSet::Countries => &inputs.countries,
            SourceSet::Nuts => &inputs.nuts,
        };
        let Some((index, feature)) = source.index_of(id).zip(source.get(id)) else {
            continue;
        };
        let projected =
            project_feature(feature, frame).map_err(|problem| GeoError::MalformedFeature {
                path: source.path.clone(),
                index,
                id: id.to_owned(),
                problem,
            })?;
        let polygons = clip(quantize(&projected), clip_rect);
        let entry = Prepared {
            source: feature,
            polygons,
            projected,
        };
        prepared.insert((from, id.to_owned()), entry);
    }
    Ok(prepared)
}

fn nuts3_features(inputs: &Inputs) -> impl Iterator<Item = &SourceFeature> {
    inputs.nuts.features.iter().filter(|f| f.level == Some(3))
}

/// Configured countries must show in the view box; partner regions must lie wholly inside it.
fn check_extent(
    inputs: &Inputs,
    selection: &Selection,
    prepared: &BTreeMap<(SourceSet, String), Prepared>,
    frame: &Frame,
) -> Result<(), GeoError> {
    let view = [0.0, 0.0, frame.width, frame.height];
    let outside = |id: &str, problem: String| GeoError::OutsideExtent {
        id: id.to_owned(),
        problem,
        config: inputs.config_path.clone(),
    };
    for id in &inputs.config.countries {
        let shows = prepared
            .get(&(SourceSet::Countries, id.clone()))
            .is_some_and(|p| {
                bounds(&p.polygons).is_some_and(|b| {
                    let [x0, y0, x1, y1] = b.map(f64::from);
                    x1 > view[0] && y1 > view[1] && x0 < view[2] && y0 < view[3]
                })
            });
        if !shows {
            return Err(outside(id, "lies wholly outside the map extent".to_owned()));
        }
    }
    for (region, members) in inputs.regions.iter().zip(&selection.members) {
        for member in members {
            let inside = prepared
                .get(&(SourceSet::Nuts, member.id.clone()))
                .is_some_and(|p| {
                    let b = p.full_bounds();
                    b[0] >= view[0] && b[1] >= view[1] && b[2] <= view[2] && b[3] <= view[3]
                });
            if !inside {
                let problem = format!(
                    "(NUTS {}) does not lie wholly inside the map extent",
                    member.id
                );
                return Err(outside(&region.id, problem));
            }
        }
    }
    Ok(())
}

/// One topology for every prepared feature, so all three files share their borders, and the
/// three layers over it (partner regions dissolved into one feature each).
fn make_layers(
    inputs: &Inputs,
    selection: &Selection,
    prepared: &BTreeMap<(SourceSet, String), Prepared>,
) -> (Topology, Layers) {
    let mut rings: Vec<Vec<GridPoint>> = Vec::new();
    let mut ring_ids: BTreeMap<(SourceSet, String), Vec<Vec<usize>>> = BTreeMap::new();
    for (key, p) in prepared {
        let polygons = p
            .polygons
            .iter()
            .map(|polygon| {
                polygon
                    .iter()
                    .map(|ring| {
                        rings.push(ring.clone());
                        rings.len() - 1
                    })
                    .collect()
            })
            .collect();
        ring_ids.insert(key.clone(), polygons);
    }
    let topology = build_topology(&rings);
    let arc_polygons = |key: &(SourceSet, String)| -> ArcPolygons {
        let refs = |r: &usize| {
            topology
                .rings
                .get(*r)
                .filter(|refs| !refs.is_empty())
                .cloned()
        };
        let polygons = ring_ids.get(key).map(Vec::as_slice).unwrap_or_default();
        polygons
            .iter()
            .filter(|polygon| polygon.first().and_then(refs).is_some())
            .map(|polygon| polygon.iter().filter_map(refs).collect())
            .collect()
    };
    let feature = |key: (SourceSet, String), id: &str, kind: ShapeKind| -> Option<Feature> {
        let p = prepared.get(&key)?;
        Some(Feature {
            id: id.to_owned(),
            name: p.source.name.clone(),
            name_local: None,
            kind,
            country: p.source.country.clone(),
            polygons: arc_polygons(&key),
            projected: p.projected.clone(),
            protected: false,
        })
    };
    let countries = selection
        .countries
        .iter()
        .filter_map(|id| feature((SourceSet::Countries, id.clone()), id, ShapeKind::Country))
        .collect();
    let regions = inputs
        .regions
        .iter()
        .zip(&selection.members)
        .map(|(region, members)| {
            let parts: Vec<ArcPolygons> = members
                .iter()
                .map(|m| arc_polygons(&(SourceSet::Nuts, m.id.clone())))
                .collect();
            Feature {
                id: region.id.clone(),
                // A single NUTS region keeps its name; a union is named by its region id.
                name: match members.as_slice() {
                    [only] => only.name.clone(),
                    _ => region.id.clone(),
                },
                // And its name in the national script (Πελοπόννησος), for an interface in that
                // language; a union has no one national name.
                name_local: match members.as_slice() {
                    [only] => only.name_local.clone(),
                    _ => None,
                },
                kind: ShapeKind::Region,
                country: members
                    .first()
                    .map(|m| m.country.clone())
                    .unwrap_or_default(),
                polygons: union_polygons(&topology.arcs, &parts),
                projected: Vec::new(),
                protected: true,
            }
        })
        .collect();
    let nuts3 = nuts3_features(inputs)
        .filter_map(|f| feature((SourceSet::Nuts, f.id.clone()), &f.id, ShapeKind::Region))
        .collect();
    (
        topology,
        Layers {
            countries,
            regions,
            nuts3,
        },
    )
}

/// Drops small islands and simplifies the shared arcs once per detail level (files on the same
/// level share the simplified arcs, so they overlay exactly); labels each feature.
fn simplify_levels<'a>(
    inputs: &'a Inputs,
    frame: &Frame,
    topology: &Topology,
    layers: &Layers,
) -> Result<Vec<(&'a Output, Simplified)>, GeoError> {
    let outputs = &inputs.config.outputs;
    let all = [
        (&outputs.europe, &layers.countries),
        (&outputs.regions, &layers.regions),
        (&outputs.nuts3, &layers.nuts3),
    ];
    let protected_arcs: HashSet<usize> = layers
        .regions
        .iter()
        .flat_map(|f| f.polygons.iter().flatten().flatten())
        .map(|&r| resolve(r).0)
        .collect();
    let mut done: BTreeMap<&str, Simplified> = BTreeMap::new();
    let levels: BTreeSet<&String> = all.iter().map(|(o, _)| &o.level).collect();
    for name in levels {
        let Some(level) = inputs.config.levels.get(name) else {
            continue;
        };
        let on_level: Vec<(&Output, &Vec<Feature>)> = all
            .iter()
            .filter(|(o, _)| &o.level == name)
            .copied()
            .collect();
        let kept = drop_small_islands(&topology.arcs, &on_level, level, frame, &protected_arcs);
        let features: Vec<FeatureRings> = kept.iter().flatten().cloned().collect();
        let options = SimplifyOptions {
            tolerance: level.tolerance(frame),
            max_area_change: level.max_area_change,
            max_rounds: 12,
        };
        let simplified = simplify_arcs(&topology.arcs, &features, options);
        if !simplified.unresolved.is_empty() {
            return Err(topology_error(
                name,
                &on_level,
                &features,
                &simplified.unresolved,
            ));
        }
        for ((output, layer), kept) in on_level.iter().zip(kept) {
            let features = label_features(layer, kept, &simplified.arcs);
            let arcs = simplified.arcs.clone();
            done.insert(
                output.file.as_str(),
                Simplified {
                    features,
                    arcs,
                    level: *level,
                },
            );
        }
    }
    Ok(all
        .into_iter()
        .filter_map(|(output, _)| Some((output, done.remove(output.file.as_str())?)))
        .collect())
}

/// Each layer's polygons without its small islands, and without holes that only a dropped island
/// filled (an exclave inside another country).
fn drop_small_islands(
    arcs: &[Vec<GridPoint>],
    on_level: &[(&Output, &Vec<Feature>)],
    level: &Level,
    frame: &Frame,
    protected_arcs: &HashSet<usize>,
) -> Vec<Vec<ArcPolygons>> {
    let min_area = level.min_island_area(frame);
    let kept: Vec<Vec<ArcPolygons>> = on_level
        .iter()
        .map(|(_, features)| {
            features
                .iter()
                .map(|f| {
                    let loss = level.max_island_loss;
                    drop_islands(
                        arcs,
                        &f.polygons,
                        min_area,
                        loss,
                        f.protected,
                        protected_arcs,
                    )
                })
                .collect()
        })
        .collect();
    let mut dropped: HashSet<usize> = HashSet::new();
    for ((_, features), kept) in on_level.iter().zip(&kept) {
        for (feature, kept) in features.iter().zip(kept) {
            for polygon in feature.polygons.iter().filter(|p| !kept.contains(p)) {
                dropped.extend(polygon.first().into_iter().flatten().map(|&r| resolve(r).0));
            }
        }
    }
    kept.into_iter()
        .map(|layer| remove_orphan_holes(layer, &dropped))
        .collect()
}

/// The error for problems left at full detail, naming the features that use each arc.
fn topology_error(
    level: &str,
    on_level: &[(&Output, &Vec<Feature>)],
    features: &[FeatureRings],
    unresolved: &[(usize, String)],
) -> GeoError {
    let names: Vec<&str> = on_level
        .iter()
        .flat_map(|(_, layer)| layer.iter().map(|f| f.id.as_str()))
        .collect();
    let problems: Vec<String> = unresolved
        .iter()
        .map(|(arc, reason)| {
            let users: BTreeSet<&str> = features
                .iter()
                .zip(&names)
                .filter(|(f, _)| f.iter().flatten().flatten().any(|&r| resolve(r).0 == *arc))
                .map(|(_, name)| *name)
                .collect();
            format!("arc {arc} of {users:?}: {reason}")
        })
        .collect();
    GeoError::Topology {
        level: level.to_owned(),
        problems: problems.join("; "),
    }
}

/// The layer's features with their kept polygons and a label point inside each.
fn label_features(
    layer: &[Feature],
    kept: Vec<ArcPolygons>,
    arcs: &[Vec<GridPoint>],
) -> Vec<OutFeature> {
    layer
        .iter()
        .zip(kept)
        .map(|(f, polygons)| {
            let rings: Vec<Vec<Vec<GridPoint>>> = polygons
                .iter()
                .map(|p| p.iter().map(|r| ring_points(arcs, r)).collect())
                .collect();
            let label = label_point(&rings)
                .or_else(|| label_point_float(&f.projected))
                .unwrap_or([0.0, 0.0]);
            OutFeature {
                id: f.id.clone(),
                name: f.name.clone(),
                name_local: f.name_local.clone(),
                kind: f.kind,
                country: f.country.clone(),
                label,
                polygons,
            }
        })
        .collect()
}

/// Where the inputs came from, as every output records it.
fn provenance(inputs: &Inputs) -> Value {
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
fn write_output(
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
fn manifest(inputs: &Inputs, frame: &Frame, files: Vec<Value>) -> OutputFile {
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
fn file_topology(
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

fn grid(v: f64) -> i32 {
    let clamped = v.round().clamp(-1.0e9, 1.0e9);
    // Clamped to well inside i32 and integral: exact.
    #[allow(clippy::cast_possible_truncation)]
    let value = clamped as i32;
    value
}

/// Removes holes made only of arcs in `dropped` (the outer rings of islands dropped on this level).
fn remove_orphan_holes(features: Vec<ArcPolygons>, dropped: &HashSet<usize>) -> Vec<ArcPolygons> {
    if dropped.is_empty() {
        return features;
    }
    features
        .into_iter()
        .map(|polygons| {
            polygons
                .into_iter()
                .map(|polygon| {
                    polygon
                        .into_iter()
                        .enumerate()
                        .filter(|(i, ring)| {
                            *i == 0 || !ring.iter().all(|&r| dropped.contains(&resolve(r).0))
                        })
                        .map(|(_, ring)| ring)
                        .collect()
                })
                .collect()
        })
        .collect()
}

/// Drops polygons whose outer ring is smaller than `min_area` (grid units²), smallest first, as
/// long as the feature loses at most `max_loss` of its area (so island-rich regions keep their
/// area); never a feature's largest polygon, a polygon of a `protected` feature or one made of arcs
/// a partner region uses.
fn drop_islands(
    arcs: &[Vec<GridPoint>],
    polygons: &ArcPolygons,
    min_area: f64,
    max_loss: f64,
    protected: bool,
    protected_arcs: &HashSet<usize>,
) -> ArcPolygons {
    if protected {
        return polygons.clone();
    }
    #[allow(clippy::cast_precision_loss)]
    let areas: Vec<f64> = polygons
        .iter()
        .map(|polygon| {
            polygon
                .first()
                .map(|ring| ring_area2(&ring_points(arcs, ring)) as f64 / 2.0)
                .unwrap_or(0.0)
        })
        .collect();
    let total: f64 = areas.iter().sum();
    let largest = (0..polygons.len()).max_by(|&a, &b| {
        let area = |i: usize| areas.get(i).copied().unwrap_or(0.0);
        area(a).total_cmp(&area(b))
    });
    let mut candidates: Vec<usize> = (0..polygons.len())
        .filter(|&i| Some(i) != largest && areas.get(i).is_some_and(|&a| a < min_area))
        .filter(|&i| {
            let partner = polygons
                .get(i)
                .and_then(|p| p.first())
                .is_some_and(|ring| ring.iter().any(|&r| protected_arcs.contains(&resolve(r).0)));
            !partner
        })
        .collect();
    candidates.sort_by(|&a, &b| {
        let area = |i: usize| areas.get(i).copied().unwrap_or(0.0);
        area(a).total_cmp(&area(b)).then(a.cmp(&b))
    });
    let mut dropped = HashSet::new();
    let mut lost = 0.0;
    for i in candidates {
        let area = areas.get(i).copied().unwrap_or(0.0);
        if lost + area > max_loss * total {
            break;
        }
        lost += area;
        dropped.insert(i);
    }
    polygons
        .iter()
        .enumerate()
        .filter(|(i, _)| !dropped.contains(i))
        .map(|(_, polygon)| polygon.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_islands_go_but_the_largest_polygon_and_partner_islands_stay() {
        let square =
            |x: i32, size: i32| vec![[x, 0], [x + size, 0], [x + size, size], [x, size], [x, 0]];
        let topology = build_topology(&[square(0, 100), square(200, 2), square(300, 2)]);
        let polygons: ArcPolygons = topology.rings.iter().map(|r| vec![r.clone()]).collect();
        let partner: HashSet<usize> = [resolve(topology.rings[2][0]).0].into();
        let kept = drop_islands(&topology.arcs, &polygons, 10.0, 0.01, false, &partner);
        assert_eq!(kept, vec![polygons[0].clone(), polygons[2].clone()]);
        let all = drop_islands(&topology.arcs, &polygons, 10.0, 0.01, true, &HashSet::new());
        assert_eq!(all.len(), 3);
    }

    #[test]
    fn islands_stay_when_dropping_them_would_cost_the_feature_too_much_area() {
        let square =
            |x: i32, size: i32| vec![[x, 0], [x + size, 0], [x + size, size], [x, size], [x, 0]];
        // Islands of 9 units² each next to a 100 units² main island: 8 % each.
        let topology = build_topology(&[square(0, 10), square(20, 3), square(30, 3)]);
        let polygons: ArcPolygons = topology.rings.iter().map(|r| vec![r.clone()]).collect();
        let kept = drop_islands(&topology.arcs, &polygons, 10.0, 0.1, false, &HashSet::new());
        assert_eq!(
            kept.len(),
            2,
            "one island fits in the 10 % budget, the second does not"
        );
    }
}
