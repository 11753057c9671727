//! The geo build on the real GISCO sources and the project's configuration: the shipped files are
//! valid, neighbours share their borders exactly, areas hold, and the files fit the budget.
//!
//! `cargo test -p geo-build --test real_build -- --nocapture` also prints the size table that
//! geo/README.md quotes (raw, gzip -9, brotli 11, for the shapes format and for GeoJSON with the
//! same quantized coordinates).
// Test helpers outside #[test] functions may fail loudly too (clippy.toml exempts only tests).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{HashMap, HashSet};
use std::io::Write as _;
use std::path::Path;
use std::sync::OnceLock;

use geo::{Coord, LineString, MultiPolygon, Polygon, Validation};
use geo_build::select::project_feature;
use geo_build::{Inputs, OutputFile, build, load};
use map_core::geo::path::GridPoint;
use map_core::geo::shape::Shape;
use map_core::geo::shape::{ShapeFile, parse_shapes};
use map_core::geo::simplify::crossing_arcs;
use map_core::geo::topology::ring_area2;

const EUROPE: &str = "geo/europe.json";
const REGIONS: &str = "geo/regions.json";
const NUTS3: &str = "geo/nuts3.json";

struct Built {
    inputs: Inputs,
    outputs: Vec<OutputFile>,
}

fn built() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let inputs = load(&root, "geo/config.json", None).unwrap();
        let outputs = build(&inputs).unwrap();
        Built { inputs, outputs }
    })
}

fn bytes(path: &str) -> &'static [u8] {
    &built()
        .outputs
        .iter()
        .find(|o| o.path == path)
        .unwrap()
        .bytes
}

fn shapes(path: &str) -> ShapeFile {
    parse_shapes(path, std::str::from_utf8(bytes(path)).unwrap()).unwrap()
}

fn to_geo(file: &ShapeFile, shape: &Shape) -> MultiPolygon<f64> {
    let ring = |points: &Vec<GridPoint>| -> LineString<f64> {
        points
            .iter()
            .map(|p| Coord {
                x: f64::from(p[0]),
                y: f64::from(p[1]),
            })
            .collect()
    };
    MultiPolygon(
        file.rings(shape)
            .iter()
            .map(|rings| {
                let mut rings = rings.iter().map(ring);
                let exterior = rings.next().unwrap();
                Polygon::new(exterior, rings.collect())
            })
            .collect(),
    )
}

#[test]
fn nuts3_file_holds_all_1345_regions_and_regions_file_the_data_files_regions() {
    assert_eq!(shapes(NUTS3).features.len(), 1345);
    let regions: Vec<String> = shapes(REGIONS)
        .features
        .iter()
        .map(|f| f.id.clone())
        .collect();
    let data: Vec<String> = built()
        .inputs
        .regions
        .iter()
        .map(|r| r.id.clone())
        .collect();
    assert_eq!(regions, data);
}

#[test]
fn every_ring_is_valid_by_geos_validation() {
    for path in [EUROPE, REGIONS, NUTS3] {
        let file = shapes(path);
        for shape in &file.features {
            for ring in file.rings(shape).iter().flatten() {
                assert!(
                    ring.len() >= 4 && ring.first() == ring.last(),
                    "{path} {}",
                    shape.id
                );
            }
            let geometry = to_geo(&file, shape);
            let errors = geometry.validation_errors();
            assert!(errors.is_empty(), "{path} {}: {errors:?}", shape.id);
        }
    }
}

#[test]
fn no_two_borders_cross_or_overlap_in_any_file() {
    for path in [EUROPE, REGIONS, NUTS3] {
        let file = shapes(path);
        assert_eq!(crossing_arcs(&file.arcs), vec![], "{path}");
    }
}

/// Undirected segments of a shape's outline.
fn segments(file: &ShapeFile, shape: &Shape) -> HashSet<[GridPoint; 2]> {
    file.rings(shape)
        .iter()
        .flatten()
        .flat_map(|ring| {
            ring.windows(2).map(|w| {
                if w[0] <= w[1] {
                    [w[0], w[1]]
                } else {
                    [w[1], w[0]]
                }
            })
        })
        .collect()
}

fn vertices(file: &ShapeFile, shape: &Shape) -> HashSet<GridPoint> {
    file.rings(shape)
        .iter()
        .flatten()
        .flatten()
        .copied()
        .collect()
}

/// Neighbours share their border point for point: every vertex they have in common lies on a
/// segment they both have (no place where two outlines meet without running together, which is
/// what a gap or a sliver between simplified neighbours looks like).
fn assert_shared_border(file: &ShapeFile, a: &str, b: &str) {
    let (sa, sb) = (file.get(a).unwrap(), file.get(b).unwrap());
    let shared: HashSet<[GridPoint; 2]> = segments(file, sa)
        .intersection(&segments(file, sb))
        .copied()
        .collect();
    assert!(!shared.is_empty(), "{a} and {b} share no segment");
    let on_shared: HashSet<GridPoint> = shared.iter().flatten().copied().collect();
    for point in vertices(file, sa).intersection(&vertices(file, sb)) {
        assert!(
            on_shared.contains(point),
            "{a}/{b} touch at {point:?} without sharing a border there"
        );
    }
}

#[test]
fn shared_boundaries_of_simplified_neighbours_are_identical() {
    let europe = shapes(EUROPE);
    for (a, b) in [
        ("DE", "PL"),
        ("ES", "PT"),
        ("BG", "RO"),
        ("FI", "RU"),
        ("UA", "BY"),
        ("DE", "FR"),
    ] {
        assert_shared_border(&europe, a, b);
    }
    let nuts3 = shapes(NUTS3);
    for (a, b) in [
        ("DE125", "DE128"),
        ("DEB34", "DE126"),
        ("EL651", "EL652"),
        ("PL911", "PL912"),
    ] {
        assert_shared_border(&nuts3, a, b);
    }
}

#[test]
fn arcs_used_by_two_features_are_walked_once_each_way() {
    for path in [EUROPE, NUTS3] {
        let file = shapes(path);
        let mut uses: HashMap<i32, (u32, u32)> = HashMap::new();
        for shape in &file.features {
            for &arc in shape.polygons.iter().flatten().flatten() {
                let entry = uses.entry(if arc < 0 { !arc } else { arc }).or_default();
                if arc < 0 { entry.1 += 1 } else { entry.0 += 1 }
            }
        }
        for (arc, (forwards, backwards)) in uses {
            assert!(
                forwards <= 1 && backwards <= 1,
                "{path}: arc {arc} used {forwards}+{backwards} times"
            );
        }
    }
}

/// Area in grid units² of a source feature, projected but neither quantized nor simplified.
fn source_area(id: &str, file: &ShapeFile) -> f64 {
    let feature = built().inputs.nuts.get(id).unwrap();
    let projected = project_feature(feature, &file.frame).unwrap();
    projected
        .iter()
        .flat_map(|polygon| polygon.iter().enumerate())
        .map(|(i, ring)| {
            let twice: f64 = ring
                .windows(2)
                .map(|w| w[0][0] * w[1][1] - w[1][0] * w[0][1])
                .sum();
            if i == 0 {
                twice.abs() / 2.0
            } else {
                -twice.abs() / 2.0
            }
        })
        .sum()
}

fn shipped_area(file: &ShapeFile, shape: &Shape) -> f64 {
    let twice: i64 = file
        .rings(shape)
        .iter()
        .flatten()
        .map(|ring| ring_area2(ring))
        .sum();
    #[allow(clippy::cast_precision_loss)]
    let area = twice as f64 / 2.0;
    area
}

#[test]
fn no_partner_regions_area_changes_by_more_than_two_percent() {
    let file = shapes(REGIONS);
    for region in &built().inputs.regions {
        let source: f64 = region
            .nuts
            .iter()
            .map(|code| source_area(code, &file))
            .sum();
        let shipped = shipped_area(&file, file.get(&region.id).unwrap());
        let change = (shipped - source).abs() / source;
        assert!(
            change <= 0.02,
            "{}: {source} -> {shipped} ({:.2} %)",
            region.id,
            change * 100.0
        );
    }
}

#[test]
fn no_nuts3_regions_area_changes_by_more_than_two_percent() {
    let file = shapes(NUTS3);
    let mut worst = (0.0, String::new());
    for shape in file.features.iter().filter(|s| !s.d.is_empty()) {
        let source = source_area(&shape.id, &file);
        let bounds_inside = file
            .rings(shape)
            .iter()
            .flatten()
            .flatten()
            .all(|p| file.view_box.contains([f64::from(p[0]), f64::from(p[1])]));
        if !bounds_inside {
            continue; // clipped at the frame: its area is meant to shrink
        }
        let change = (shipped_area(&file, shape) - source).abs() / source;
        if change > worst.0 {
            worst = (change, shape.id.clone());
        }
    }
    assert!(
        worst.0 <= 0.02,
        "{} changed by {:.2} %",
        worst.1,
        worst.0 * 100.0
    );
}

#[test]
fn every_label_lies_inside_its_shape() {
    for path in [EUROPE, REGIONS, NUTS3] {
        let file = shapes(path);
        for shape in file.features.iter().filter(|s| !s.d.is_empty()) {
            let inside = file.rings(shape).iter().any(|polygon| {
                #[allow(clippy::cast_possible_truncation)]
                let p = [shape.label[0] as i32, shape.label[1] as i32];
                let in_ring = |ring: &Vec<GridPoint>| geo_build::union::point_in_ring(ring, p);
                polygon.first().and_then(in_ring) == Some(true)
                    && polygon
                        .iter()
                        .skip(1)
                        .all(|hole| in_ring(hole) == Some(false))
            });
            assert!(
                inside,
                "{path} {}: label {:?} is not inside",
                shape.id, shape.label
            );
        }
    }
}

#[test]
fn all_three_files_share_one_frame() {
    let frames: Vec<_> = [EUROPE, REGIONS, NUTS3]
        .iter()
        .map(|p| shapes(p).frame)
        .collect();
    assert!(frames.windows(2).all(|w| w[0] == w[1]));
    let europe = shapes(EUROPE);
    let heidelberg = europe.project(8.69, 49.41).unwrap();
    let rhine_neckar = shapes(REGIONS);
    let shape = rhine_neckar.get("rhine-neckar").unwrap();
    #[allow(clippy::cast_possible_truncation)]
    let p = [heidelberg[0] as i32, heidelberg[1] as i32];
    let ring = &rhine_neckar.rings(shape)[0][0];
    assert_eq!(
        geo_build::union::point_in_ring(ring, p),
        Some(true),
        "Heidelberg lands in Rhine-Neckar"
    );
}

fn gzip(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap().len()
}

fn brotli(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).unwrap();
    out.len()
}

#[test]
fn first_view_fits_60_kb_gzip_and_nuts3_250_kb() {
    let first_view = gzip(bytes(EUROPE)) + gzip(bytes(REGIONS));
    assert!(
        first_view <= 60_000,
        "europe + regions: {first_view} bytes gzip"
    );
    let nuts3 = gzip(bytes(NUTS3));
    assert!(nuts3 <= 250_000, "nuts3: {nuts3} bytes gzip");
}

/// The same features as GeoJSON with the same quantized integer coordinates (the alternative the
/// shapes format was measured against).
fn as_geojson(file: &ShapeFile) -> String {
    let features: Vec<serde_json::Value> = file
        .features
        .iter()
        .map(|shape| {
            let coordinates: Vec<Vec<Vec<GridPoint>>> = file.rings(shape);
            serde_json::json!({
                "type": "Feature", "id": shape.id,
                "properties": {"name": shape.name, "kind": shape.kind.as_str(), "country": shape.country, "label": shape.label},
                "geometry": {"type": "MultiPolygon", "coordinates": coordinates},
            })
        })
        .collect();
    serde_json::to_string(&serde_json::json!({
        "type": "FeatureCollection", "attribution": file.attribution, "frame": file.frame,
        "meta": file.meta, "features": features,
    }))
    .unwrap()
}

#[test]
fn shapes_format_beats_quantized_geojson_on_gzip() {
    println!("| file | format | raw | gzip | brotli |");
    println!("|---|---|---:|---:|---:|");
    let mut first_view = [[0_usize; 3]; 2];
    for path in [EUROPE, REGIONS, NUTS3] {
        let ours = bytes(path);
        let geojson = as_geojson(&shapes(path));
        for (n, (format, data)) in [
            ("shapes (arcs)", ours),
            ("GeoJSON, same integers", geojson.as_bytes()),
        ]
        .into_iter()
        .enumerate()
        {
            let sizes = [data.len(), gzip(data), brotli(data)];
            println!(
                "| {path} | {format} | {} | {} | {} |",
                sizes[0], sizes[1], sizes[2]
            );
            if path != NUTS3 {
                for (total, size) in first_view[n].iter_mut().zip(sizes) {
                    *total += size;
                }
            }
        }
        if path == NUTS3 {
            assert!(gzip(ours) < gzip(geojson.as_bytes()), "{path}");
        }
    }
    for (n, format) in ["shapes (arcs)", "GeoJSON, same integers"]
        .into_iter()
        .enumerate()
    {
        let [raw, gz, br] = first_view[n];
        println!("| first view (europe + regions) | {format} | {raw} | {gz} | {br} |");
    }
    assert!(first_view[0][1] < first_view[1][1], "first view, gzip");
    let manifest = bytes("geo/manifest.json");
    println!(
        "| geo/manifest.json | JSON | {} | {} | {} |",
        manifest.len(),
        gzip(manifest),
        brotli(manifest)
    );
}
