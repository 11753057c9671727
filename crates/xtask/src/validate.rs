//! `cargo xtask validate [FILE..]`: check data files with the widget's own loader, and the interface
//! catalogues with the widget's own Fluent reader.
//!
//! The lines printed are exactly the widget's error messages (`DataError`'s `Display`), so what
//! an editor sees before deploying is what a visitor would see after.

use std::path::{Path, PathBuf};

use map_core::data::model::DataFile;
use map_core::data::nuts::check_nuts;
use map_core::data::validate::check_geometry;
use map_core::data::{load, locate};
use map_core::geo::merge::members;
use map_core::geo::shape::{ShapeFile, parse_shapes};
use serde_json::Value;

use crate::flags;

/// Validates the files named, or the default data file and every catalogue.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let flags = flags::VALIDATE.parse(args)?;
    files(root, &flags.positional)
}

/// Validates `files`, or with none the data file and the interface catalogues, against the shipped
/// geometry; fails when any has an error (each printed).
pub fn files(root: &Path, files: &[String]) -> Result<(), String> {
    let files: Vec<PathBuf> = if files.is_empty() {
        // The data file and the interface catalogues: both are edited without touching code.
        let mut files = vec![root.join("public/data/secon.json")];
        for (lang, _) in map_core::i18n::LANGUAGES {
            files.push(root.join(format!("crates/map-core/i18n/{lang}.ftl")));
        }
        files
    } else {
        files.iter().map(PathBuf::from).collect()
    };
    let geometry = root.join("geo/regions.json");
    if check(&files, Some(&geometry)) {
        Ok(())
    } else {
        Err("a data file or catalogue has errors (listed above)".into())
    }
}

/// Validates each file; prints every error line to stderr and `ok: <file>` for a valid file.
/// With `geometry`, also checks that every region has a shape: in that file (a GeoJSON-like
/// object with `"features": [{"id": …}]`), or drawn at run time from `nuts3.json` beside it,
/// whose list of NUTS codes every region's codes must be in; a geometry file that does not exist
/// yet is skipped with a note. Returns true when every file is valid.
fn check(files: &[PathBuf], geometry: Option<&Path>) -> bool {
    let shapes = geometry.and_then(read_shape_ids);
    let nuts3 = geometry.and_then(|g| read_nuts3(&g.with_file_name("nuts3.json")));
    let mut all_ok = true;
    for path in files {
        let name = path.display().to_string();
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("{name}: cannot read the file: {e}");
                all_ok = false;
                continue;
            }
        };
        // An interface catalogue: every English key, with the same placeholders.
        let errors: Vec<String> = if path.extension().is_some_and(|e| e == "ftl") {
            let lang = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            let errors = match lang {
                "en" => map_core::i18n::keys("en", &text)
                    .err()
                    .into_iter()
                    .collect(),
                _ => map_core::i18n::check_catalogue(lang, &text),
            };
            // Named by the path given, which is where the editor has the file.
            errors
                .iter()
                .map(|e| format!("{name}: {}", e.message))
                .collect()
        } else {
            let loaded = load(&name, &text);
            let mut errors = loaded.errors.clone();
            if let Some(ids) = &shapes {
                let mut ids: Vec<&str> = ids.iter().map(String::as_str).collect();
                let mut missing = Vec::new();
                if let Some(nuts3) = &nuts3 {
                    ids.extend(drawable(&loaded.data, nuts3));
                    missing.extend(check_nuts(&name, &loaded.data, nuts3));
                }
                missing.extend(check_geometry(&name, &loaded.data, &ids));
                // Indices in `check_geometry`'s paths count the loaded regions; they are the file's
                // own indices only when no region was left out, so only then look up positions.
                if loaded.errors.is_empty() {
                    locate(&text, &mut missing);
                }
                errors.extend(missing);
            }
            errors.iter().map(ToString::to_string).collect()
        };
        for e in &errors {
            eprintln!("{e}");
        }
        if errors.is_empty() {
            println!("ok: {name}");
        } else {
            all_ok = false;
        }
    }
    all_ok
}

/// Shape ids of the regions the widget draws at run time from the NUTS 3 topology (those with
/// a code whose NUTS 3 regions lie in the map, see `map_core::geo::merge`), and of those with a
/// code that does not exist, which `check_nuts` reports with suggestions instead.
fn drawable<'a>(data: &'a DataFile, nuts3: &ShapeFile) -> Vec<&'a str> {
    data.regions
        .iter()
        .filter(|r| {
            r.nuts.iter().any(|code| {
                let mut members = members(nuts3, code.as_str()).peekable();
                members.peek().is_none() || members.any(|s| !s.d.is_empty())
            })
        })
        .map(|r| r.geometry_id().as_str())
        .collect()
}

/// The NUTS 3 topology, or `None` (with a note) when it cannot be read.
fn read_nuts3(path: &Path) -> Option<ShapeFile> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| {
            eprintln!(
                "note: cannot read {} ({e}); NUTS codes not checked",
                path.display()
            )
        })
        .ok()?;
    parse_shapes(&path.display().to_string(), &text)
        .map_err(|e| eprintln!("note: {e}; NUTS codes not checked"))
        .ok()
}

/// The feature ids of a geometry file, or `None` (with a note) when it cannot be used.
fn read_shape_ids(path: &Path) -> Option<Vec<String>> {
    let shown = path.display();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!(
                "note: {shown} does not exist yet; skipping the check that every region has a shape"
            );
            return None;
        }
        Err(e) => {
            eprintln!("note: cannot read {shown} ({e}); skipping the geometry check");
            return None;
        }
    };
    let value: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("note: {shown} is not JSON ({e}); skipping the geometry check");
            return None;
        }
    };
    let Some(features) = value.get("features").and_then(Value::as_array) else {
        eprintln!("note: {shown} has no \"features\" list; skipping the geometry check");
        return None;
    };
    Some(
        features
            .iter()
            .filter_map(|f| f.get("id").and_then(Value::as_str).map(str::to_owned))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
    }

    #[test]
    fn secon_data_file_validates_without_geometry() {
        assert!(check(&[root().join("public/data/secon.json")], None));
    }

    #[test]
    fn secon_data_file_has_a_shipped_shape_for_every_region() {
        // Skipped with a note while geo/regions.json does not exist yet.
        let geometry = root().join("geo/regions.json");
        assert!(check(
            &[root().join("public/data/secon.json")],
            Some(&geometry)
        ));
    }

    #[test]
    fn a_second_project_whose_regions_the_build_never_saw_validates() {
        let geometry = root().join("geo/regions.json");
        let file = root().join("tests/fixtures/second-project/example-project.json");
        assert!(check(&[file], Some(&geometry)));
    }

    #[test]
    fn a_nuts_code_that_does_not_exist_fails_validation() {
        let dir = std::env::temp_dir().join(format!("xtask-nuts-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let fixture = root().join("tests/fixtures/second-project/example-project.json");
        let text = std::fs::read_to_string(fixture).unwrap();
        let file = dir.join("example-project.json");
        std::fs::write(&file, text.replace("\"SK042\"", "\"SK049\"")).unwrap();
        assert!(!check(&[file], Some(&root().join("geo/regions.json"))));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_missing_file_fails_validation() {
        assert!(!check(
            &[root().join("public/data/no-such-file.json")],
            None
        ));
    }

    #[test]
    fn a_geometry_without_some_region_fails_validation() {
        let dir = std::env::temp_dir().join(format!("xtask-validate-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let geometry = dir.join("regions.json");
        std::fs::write(&geometry, r#"{"features": [{"id": "mazovia"}]}"#).unwrap();
        assert_eq!(read_shape_ids(&geometry), Some(vec!["mazovia".to_owned()]));
        assert!(!check(
            &[root().join("public/data/secon.json")],
            Some(&geometry)
        ));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_absent_geometry_file_skips_the_check() {
        assert_eq!(
            read_shape_ids(&root().join("geo/no-such-regions.json")),
            None
        );
    }
}
