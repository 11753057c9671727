//! The fast path (`read_valid`) against the full reading (`load`): whenever the fast path gives
//! data, `load` finds no problem and gives the same data. Checked on the fixture corpus, the
//! SECON file, and every single-value mutation of the valid fixtures. And the diagnostic
//! module's answer (`Diagnosis`) reads back as what `load` found.

// clippy.toml's allow-unwrap-in-tests covers only the test functions themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use map_core::data::{Diagnosis, load, read_valid};
use serde_json::{Value, json};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixtures() -> Vec<(String, String)> {
    let dir = workspace().join("tests/fixtures/data");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// The contract: the fast path never accepts what `load` reports, and agrees on the data.
fn assert_agrees(name: &str, text: &str) -> bool {
    let loaded = load(name, text);
    match read_valid(text) {
        Some(data) => {
            let errors: Vec<String> = loaded.errors.iter().map(ToString::to_string).collect();
            assert!(
                errors.is_empty(),
                "{name}: the fast path accepted a file with problems: {errors:#?}\n{text}"
            );
            assert_eq!(data, loaded.data, "{name}: the two readings differ");
            true
        }
        None => false,
    }
}

#[test]
fn the_fast_path_accepts_the_valid_fixtures_and_refuses_every_broken_one() {
    let mut valid = 0;
    for (name, text) in fixtures() {
        let accepted = assert_agrees(&name, &text);
        let clean = load(&name, &text).is_valid();
        // Speed: a file without problems takes the fast path (no fixture is a known exception).
        assert_eq!(
            accepted, clean,
            "{name}: fast path {accepted}, load {clean}"
        );
        valid += usize::from(clean);
    }
    assert!(valid >= 5, "the corpus holds valid controls");
}

#[test]
fn the_fast_path_reads_the_secon_file_as_load_does() {
    let text = std::fs::read_to_string(workspace().join("public/data/secon.json")).unwrap();
    assert!(assert_agrees("data/secon.json", &text));
}

/// Values a mutation writes in place of another: the types, limits and shapes the readers judge.
fn replacements() -> Vec<Value> {
    vec![
        Value::Null,
        json!(""),
        json!("  "),
        json!("x"),
        json!("EL"),
        json!("GR"),
        json!("lead"),
        json!("not_found"),
        json!("https://example.org"),
        json!("javascript:alert(1)"),
        json!("2023-02-30"),
        json!("2099-12-31"),
        json!("1000-01-01"),
        json!(0),
        json!(-1),
        json!(1.5),
        json!(601),
        json!(9_007_199_254_740_991u64),
        json!(9_007_199_254_740_992u64),
        json!(true),
        json!([]),
        json!(["x"]),
        json!([1, 2]),
        json!([200, 10]),
        json!({}),
        json!({"en": "x"}),
        json!({"en": " "}),
        json!({"en": "x", "el": "y"}),
        json!({"fr": "x"}),
        json!({"EN": "x"}),
        // Serde's derives read a struct from a list, field by field, and a unit variant from
        // an object with one key.
        json!(["s1", "https://example.org", "Title"]),
        json!({"lead": null}),
        json!({"confirmed": null}),
        json!({"kick_off": null}),
    ]
}

/// Every path of `value`, as the keys and indices that lead to it.
fn paths(value: &Value, at: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                at.push(json!(key));
                paths(v, at, out);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                at.push(json!(i));
                paths(v, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn at_mut<'a>(value: &'a mut Value, path: &[Value]) -> &'a mut Value {
    path.iter().fold(value, |v, step| match step {
        Value::String(key) => &mut v[key.as_str()],
        _ => &mut v[step.as_u64().unwrap() as usize],
    })
}

/// Strings written somewhere in the file: another record's id, another region's country … so
/// that mutations also make duplicates and references that resolve elsewhere.
fn strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) if !out.contains(s) => out.push(s.clone()),
        Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        _ => {}
    }
}

#[test]
fn no_single_mutation_of_a_valid_file_makes_the_two_readings_disagree() {
    let mut tried = 0;
    let mut accepted = 0;
    for (name, text) in fixtures() {
        if !load(&name, &text).is_valid() {
            continue;
        }
        let text = text.trim_start_matches('\u{feff}');
        let root: Value = serde_json::from_str(text).unwrap();
        let mut all = Vec::new();
        paths(&root, &mut Vec::new(), &mut all);
        let mut words = Vec::new();
        strings(&root, &mut words);
        let mut values = replacements();
        values.extend(
            words
                .into_iter()
                .filter(|w| w.len() < 40)
                .map(Value::String),
        );
        // An added key, beside each object's own.
        values.push(json!({"status": "confirmed"}));
        for path in &all {
            let mut mutants = Vec::new();
            for v in &values {
                let mut m = root.clone();
                *at_mut(&mut m, path) = v.clone();
                mutants.push(m);
            }
            if let Some((Value::String(key), parent)) = path.split_last() {
                let mut m = root.clone();
                if let Value::Object(map) = at_mut(&mut m, parent) {
                    map.remove(key);
                }
                mutants.push(m);
            }
            if matches!(
                at_mut(&mut root.clone(), path),
                Value::Object(_) | Value::Array(_)
            ) {
                for extra in [
                    "extra",
                    "unconfirmed",
                    "note",
                    "status",
                    "sources",
                    "languages",
                ] {
                    let mut m = root.clone();
                    if let Value::Object(map) = at_mut(&mut m, path) {
                        map.insert(extra.into(), json!(["name"]));
                    }
                    mutants.push(m);
                }
            }
            for m in mutants {
                tried += 1;
                accepted += usize::from(assert_agrees(&name, &m.to_string()));
            }
        }
    }
    assert!(tried > 10_000, "{tried} mutants");
    assert!(accepted > 100, "some mutants stay valid: {accepted}");
}

#[test]
fn text_level_problems_that_a_json_value_hides_are_refused() {
    let (_, text) = fixtures()
        .into_iter()
        .find(|(n, _)| n == "valid-minimal.json")
        .unwrap();
    assert!(read_valid(&text).is_some());
    let open = "\"project\": {";
    assert!(text.contains(open));
    let cases = [
        // A key twice in a record, in a translation, at the top.
        text.replacen(open, &format!("{open}\"acronym\": \"X\", "), 1),
        text.replacen(
            open,
            &format!("{open}\"note\": {{\"en\": \"a\", \"en\": \"b\"}}, "),
            1,
        ),
        text.replacen('{', "{\"events\": [], ", 1),
        // Records written as lists, which serde's derives would read field by field.
        text.replacen(open, "\"project\": [\"P\", \"P\", \"P\"], \"x\": {", 1),
        // A choice written as serde's externally tagged enum.
        text.replacen("\"role\": \"lead\"", "\"role\": {\"lead\": null}", 1),
        // Trailing text, a byte-order mark in the middle.
        format!("{text} x"),
        format!(" \u{feff}{text}"),
    ];
    for (i, case) in cases.iter().enumerate() {
        assert!(
            !load("f.json", case).is_valid(),
            "case {i}: load finds a problem"
        );
        assert!(read_valid(case).is_none(), "case {i}: {case}");
    }
    // `null` for `$schema` is an absent `$schema`, for both.
    let null_schema = text.replacen("\"$schema\": \"schema.json\"", "\"$schema\": null", 1);
    assert_ne!(null_schema, text);
    assert!(assert_agrees("f.json", &null_schema));
}

#[test]
fn the_diagnosis_reads_back_as_what_load_found() {
    for (name, text) in fixtures() {
        let diagnosis = Diagnosis::of(&name, &text);
        let loaded = load(&name, &text);
        let lines: Vec<String> = loaded.errors.iter().map(ToString::to_string).collect();
        assert_eq!(diagnosis.errors, lines, "{name}");
        assert_eq!(diagnosis.data, loaded.data, "{name}");
        let back = Diagnosis::from_json(&diagnosis.to_json());
        assert_eq!(back.as_ref(), Some(&diagnosis), "{name}");
    }
    assert_eq!(Diagnosis::from_json("not json"), None);
}
