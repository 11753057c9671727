//! The geo build on a small real GISCO cut (tests/fixtures): unions, bad input, `--check`,
//! reproducibility.
// Test helpers outside #[test] functions may fail loudly too (clippy.toml exempts only tests).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use geo_build::{GeoError, build, load, stale_files, write_outputs};
use map_core::geo::shape::parse_shapes;
use map_core::geo::topology::ring_area2;

fn fixture_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A fresh copy of the fixture directory, so tests can write and edit files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("geo-build-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("source")).unwrap();
    for file in [
        "config.json",
        "data.json",
        "source/nuts-rhine-neckar.geojson",
        "source/countries-de-fr.geojson",
    ] {
        std::fs::copy(fixture_root().join(file), dir.join(file)).unwrap();
    }
    dir
}

fn built_text(root: &Path, path: &str) -> String {
    let inputs = load(root, "config.json", None).unwrap();
    let outputs = build(&inputs).unwrap();
    let output = outputs.iter().find(|o| o.path == path).unwrap();
    String::from_utf8(output.bytes.clone()).unwrap()
}

#[test]
fn rhine_neckar_districts_in_three_laender_union_to_one_outline() {
    let text = built_text(&fixture_root(), "out/regions.json");
    let shapes = parse_shapes("out/regions.json", &text).unwrap();
    let rhine_neckar = shapes.get("rhine-neckar").unwrap();
    assert_eq!(rhine_neckar.polygons.len(), 1, "one polygon");
    assert_eq!(
        rhine_neckar.polygons[0].len(),
        1,
        "no inner borders left as holes"
    );
    assert_eq!(
        rhine_neckar.d.matches('M').count(),
        1,
        "one outline in the SVG path"
    );
    assert_eq!(
        rhine_neckar.name, "rhine-neckar",
        "a union is named by its region id"
    );
    assert_eq!(
        shapes.get("darmstadt").unwrap().name,
        "Darmstadt, Kreisfreie Stadt"
    );
}

#[test]
fn union_area_equals_the_sum_of_its_districts_within_two_percent() {
    let regions = parse_shapes("r", &built_text(&fixture_root(), "out/regions.json")).unwrap();
    let nuts3 = parse_shapes("n", &built_text(&fixture_root(), "out/nuts3.json")).unwrap();
    let area = |file: &map_core::geo::shape::ShapeFile, id: &str| -> i64 {
        let shape = file.get(id).unwrap();
        file.rings(shape)
            .iter()
            .flatten()
            .map(|ring| ring_area2(ring))
            .sum()
    };
    let members = [
        "DE125", "DE126", "DE127", "DE128", "DEB31", "DEB33", "DEB34", "DEB36", "DEB38", "DEB39",
        "DEB3C", "DEB3E", "DEB3H", "DEB3I", "DE715",
    ];
    let sum: i64 = members.iter().map(|id| area(&nuts3, id)).sum();
    let union = area(&regions, "rhine-neckar");
    #[allow(clippy::cast_precision_loss)]
    let change = (union - sum).abs() as f64 / sum as f64;
    assert!(change < 0.02, "union {union}, districts {sum}");
}

#[test]
fn partner_country_joins_the_configured_context_countries() {
    let europe = parse_shapes("e", &built_text(&fixture_root(), "out/europe.json")).unwrap();
    let ids: Vec<&str> = europe.features.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(
        ids,
        ["DE", "FR"],
        "FR from the configuration, DE from the regions"
    );
    assert_eq!(europe.get("DE").unwrap().name, "Germany");
}

#[test]
fn two_builds_give_identical_bytes() {
    let inputs = load(&fixture_root(), "config.json", None).unwrap();
    assert_eq!(build(&inputs).unwrap(), build(&inputs).unwrap());
}

#[test]
fn check_names_the_stale_file_and_passes_after_writing() {
    let root = scratch("check");
    let inputs = load(&root, "config.json", None).unwrap();
    let outputs = build(&inputs).unwrap();
    assert_eq!(stale_files(&root, &outputs).len(), 4, "nothing written yet");
    write_outputs(&root, &outputs).unwrap();
    assert!(stale_files(&root, &outputs).is_empty());
    std::fs::write(root.join("out/regions.json"), "{}").unwrap();
    assert_eq!(stale_files(&root, &outputs), ["out/regions.json"]);
    std::fs::remove_dir_all(root).unwrap();
}

#[test]
fn changing_the_data_file_makes_the_outputs_stale() {
    let root = scratch("data-change");
    let outputs = build(&load(&root, "config.json", None).unwrap()).unwrap();
    write_outputs(&root, &outputs).unwrap();
    let data = std::fs::read_to_string(root.join("data.json")).unwrap();
    std::fs::write(
        root.join("data.json"),
        data.replace("\"DE711\"", "\"DE712\""),
    )
    .unwrap();
    let rebuilt = build(&load(&root, "config.json", None).unwrap()).unwrap();
    let stale = stale_files(&root, &rebuilt);
    assert!(stale.contains(&"out/regions.json"), "{stale:?}");
    assert!(stale.contains(&"out/manifest.json"), "{stale:?}");
    std::fs::remove_dir_all(root).unwrap();
}

fn error_after_editing(name: &str, file: &str, from: &str, to: &str) -> GeoError {
    let root = scratch(name);
    let text = std::fs::read_to_string(root.join(file)).unwrap();
    assert!(text.contains(from), "{from} not in {file}");
    std::fs::write(root.join(file), text.replacen(from, to, 1)).unwrap();
    let result = load(&root, "config.json", None).and_then(|inputs| build(&inputs));
    let written = root.join("out").exists();
    std::fs::remove_dir_all(root).unwrap();
    assert!(!written, "nothing may be written when the build fails");
    result.unwrap_err()
}

#[test]
fn unknown_nuts_code_names_data_file_region_and_code() {
    let error = error_after_editing("nuts", "data.json", "\"DE711\"", "\"DE7XX\"");
    assert_eq!(
        error.to_string(),
        "data.json: regions[1] \"darmstadt\" field nuts: \"DE7XX\" is not a NUTS_ID in source/nuts-rhine-neckar.geojson"
    );
}

#[test]
fn unknown_country_names_the_configuration_and_the_code() {
    let error = error_after_editing("country", "config.json", "[\"FR\"]", "[\"FR\", \"XY\"]");
    assert_eq!(
        error.to_string(),
        "config.json: field countries: \"XY\" is not a CNTR_ID in source/countries-de-fr.geojson"
    );
}

#[test]
fn region_id_used_twice_names_both_records() {
    let error = error_after_editing(
        "duplicate",
        "data.json",
        "\"darmstadt\"",
        "\"rhine-neckar\"",
    );
    assert_eq!(
        error.to_string(),
        "data.json: regions[1] \"rhine-neckar\": id already used by regions[0]"
    );
}

#[test]
fn malformed_source_feature_names_source_index_and_id() {
    let error = error_after_editing(
        "malformed",
        "source/countries-de-fr.geojson",
        "\"type\":\"MultiPolygon\"",
        "\"type\":\"LineString\"",
    );
    // The geojson crate already refuses a LineString with a MultiPolygon's coordinates; its message
    // still comes after the file, the index and the id.
    let message = error.to_string();
    assert!(
        message.starts_with("source/countries-de-fr.geojson: features[0] \"FR\": "),
        "{message}"
    );
    assert!(message.contains("LineString"), "{message}");
}

#[test]
fn region_outside_the_extent_is_refused() {
    let error = error_after_editing(
        "extent",
        "config.json",
        "[3100000, 2000000",
        "[4250000, 2000000",
    );
    assert!(
        error.to_string().contains("\"rhine-neckar\" (NUTS DE12"),
        "{error}"
    );
}
