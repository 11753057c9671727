//! The data file contract: SECON's file is valid, and every file in the corpus
//! (`tests/fixtures/data/*.json`) gives exactly the error lines in its sibling `.expected` file.
//!
//! The `.expected` files are golden outputs: after a deliberate change of wording, rewrite them
//! with `BLESS=1 cargo test -p map-core --test validate`, read the diff, and commit it with the
//! change. CI never blesses.

// Helpers outside `#[test]` functions unwrap too: a failure there is a failed test, and
// clippy.toml's allow-unwrap-in-tests covers only the test functions themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use map_core::data::error::DataError;
use map_core::data::model::{DataFile, Role, Text};
use map_core::data::validate::check_geometry;
use map_core::data::{Loaded, load, locate};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixtures() -> PathBuf {
    workspace().join("tests/fixtures/data")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn fixture(name: &str) -> Loaded {
    load(name, &read(&fixtures().join(name)))
}

fn lines(loaded: &Loaded) -> Vec<String> {
    loaded.errors.iter().map(ToString::to_string).collect()
}

/// The data `load` returns is consistent: written back and loaded again it has no error except
/// those the loader deliberately leaves to the editor (lead partner count, a project that was
/// missing and so is empty).
fn assert_consistent(name: &str, data: &DataFile) {
    let text = serde_json::to_string_pretty(data).unwrap();
    let again = load("again.json", &text);
    for e in &again.errors {
        let allowed = matches!(
            e,
            DataError::NoLeadPartner { .. } | DataError::SecondLeadPartner { .. }
        ) || e.location().path.starts_with("project.");
        assert!(allowed, "{name}: loaded data is not consistent: {e}");
    }
}

#[test]
fn secon_data_file_is_valid() {
    let loaded = load(
        "data/secon.json",
        &read(&workspace().join("public/data/secon.json")),
    );
    assert!(loaded.is_valid(), "{}", lines(&loaded).join("\n"));
    let data = &loaded.data;
    assert_eq!(data.partners.len(), 10);
    assert_eq!(data.regions.len(), 9);
    assert_eq!(data.policy_instruments.len(), 9);
    let leads: Vec<&str> = data
        .partners
        .iter()
        .filter(|p| p.role == Role::Lead)
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(leads, ["peloponnese"]);
}

#[test]
fn secon_indicators_are_exactly_newsletter_2() {
    let loaded = load(
        "data/secon.json",
        &read(&workspace().join("public/data/secon.json")),
    );
    let got: Vec<(&str, &str, u64, Option<u64>)> = loaded
        .data
        .indicators
        .iter()
        .map(|i| (i.id.as_str(), i.label.resolve("en"), i.value, i.target))
        .collect();
    assert_eq!(
        got,
        [
            (
                "orgs-cooperating",
                "organisations cooperating across borders",
                43,
                None
            ),
            (
                "instruments-addressed",
                "policy instruments addressed",
                9,
                None
            ),
            ("interregional-events", "interregional events", 8, None),
            ("good-practices", "good practices identified", 30, None),
            (
                "orgs-capacity",
                "organisations with increased capacity",
                26,
                None
            ),
            (
                "instruments-improved",
                "policy instruments improved",
                9,
                None
            ),
        ]
    );
    // Whether they are achieved or targets is unconfirmed: the note for all indicators says so.
    let note = loaded
        .data
        .project
        .indicators_note
        .as_ref()
        .map(|n| n.resolve("en"));
    assert!(note.is_some_and(|n| n.contains("unconfirmed")), "{note:?}");
}

#[test]
fn secon_region_ids_and_nuts_codes_are_the_agreed_ones() {
    let loaded = load(
        "data/secon.json",
        &read(&workspace().join("public/data/secon.json")),
    );
    let got: Vec<(String, String)> = loaded
        .data
        .regions
        .iter()
        .map(|r| {
            let nuts: Vec<&str> = r.nuts.iter().map(|n| n.as_str()).collect();
            (r.id.to_string(), nuts.join(" "))
        })
        .collect();
    let want = [
        ("peloponnese", "EL65"),
        ("flemish-brabant", "BE24"),
        ("mazovia", "PL91 PL92"),
        ("extremadura", "ES43"),
        (
            "rhine-neckar",
            "DE125 DE126 DE127 DE128 DEB31 DEB33 DEB34 DEB36 DEB38 DEB39 DEB3C DEB3E DEB3H DEB3I DE715",
        ),
        ("harghita", "RO124"),
        ("oliveira-de-azemeis", "PT11A"),
        ("riga-planning-region", "LV00A"),
        ("haskovo", "BG422"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect();
    assert_eq!(got, want);
    let kmop = loaded
        .data
        .partners
        .iter()
        .find(|p| p.id.as_str() == "kmop");
    assert_eq!(
        kmop.map(|p| p.region.is_none()),
        Some(true),
        "KMOP has no policy region"
    );
}

#[test]
fn serde_derive_and_field_reader_agree_on_the_secon_file() {
    // The schema comes from the serde derives, the widget reads with the field reader: on a valid
    // file both must give the same data.
    let text = read(&workspace().join("public/data/secon.json"));
    let by_serde: DataFile = serde_json::from_str(&text).unwrap();
    assert_eq!(load("data/secon.json", &text).data, by_serde);
}

#[test]
fn every_fixture_gives_exactly_its_expected_errors() {
    let bless = std::env::var_os("BLESS").is_some();
    let mut names: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    let mut broken = 0;
    let mut checked = 0;
    let mut mismatches = Vec::new();
    for path in &names {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".expected") {
            assert!(
                path.with_extension("json").exists(),
                "{name} has no fixture beside it"
            );
            continue;
        }
        assert!(
            name.ends_with(".json"),
            "unexpected file {name} in the corpus"
        );
        let loaded = load(&name, &read(path));
        let mut actual = lines(&loaded).join("\n");
        if !actual.is_empty() {
            actual.push('\n');
            broken += 1;
        }
        assert_consistent(&name, &loaded.data);
        for line in lines(&loaded) {
            assert!(
                line.starts_with(&name),
                "{line:?} does not start with {name}"
            );
        }
        let expected_path = path.with_extension("expected");
        if bless {
            std::fs::write(&expected_path, &actual).unwrap();
        } else {
            let expected = std::fs::read_to_string(&expected_path)
                .unwrap_or_else(|_| panic!("{name} has no .expected file; run with BLESS=1"));
            if expected != actual {
                mismatches.push(format!(
                    "{name}\n--- expected\n{expected}--- actual\n{actual}"
                ));
            }
        }
        checked += 1;
    }
    assert!(
        broken >= 40,
        "the corpus needs at least 40 broken files, has {broken}"
    );
    assert!(checked > broken, "the corpus also holds valid controls");
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn unknown_region_id_names_file_record_and_field() {
    let loaded = fixture("dangling-partner-region.json");
    assert_eq!(
        lines(&loaded),
        [
            "dangling-partner-region.json: partners[1].region (partner \"mazovia\", line 51, column 17): unknown region \"mazowsze\"; expected one of: peloponnese, mazovia"
        ]
    );
    let ids: Vec<&str> = loaded.data.partners.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        ["lead-region"],
        "the broken partner is left out, the other kept"
    );
}

#[test]
fn html_looking_text_is_plain_text_not_an_error() {
    // Decision: text is plain text, shown with text nodes, never parsed as HTML. Markup in it is
    // not an error (a summary may well say "<18 years"), it is shown as the characters written.
    let loaded = fixture("valid-html-and-script-in-text-is-plain-text.json");
    assert!(loaded.is_valid(), "{}", lines(&loaded).join("\n"));
    let summary = loaded.data.good_practices[0].summary.as_ref().unwrap();
    assert_eq!(
        summary.resolve("en"),
        "<b>Bold</b> claims & <script>alert(\"x\")</script>"
    );
    assert_eq!(
        loaded.data.partners[1].name.resolve("en"),
        "<img src=x onerror=alert(1)>"
    );
}

#[test]
fn unknown_field_is_reported_but_its_record_is_kept() {
    let loaded = fixture("unknown-field-extra-keeps-record.json");
    assert_eq!(loaded.errors.len(), 1);
    assert!(matches!(loaded.errors[0], DataError::UnknownField { .. }));
    assert_eq!(loaded.data.regions.len(), 2);
}

#[test]
fn typo_in_a_field_name_suggests_the_field() {
    let loaded = fixture("unknown-field-typo.json");
    let text = lines(&loaded).join("\n");
    assert!(
        text.contains("unknown field \"nmae\"; did you mean \"name\"?"),
        "{text}"
    );
    assert!(text.contains("missing required field \"name\""), "{text}");
}

#[test]
fn citation_of_unknown_source_is_removed_and_record_kept() {
    let loaded = fixture("dangling-source-keeps-record.json");
    assert_eq!(loaded.errors.len(), 1);
    let ids: Vec<&str> = loaded.data.indicators[0]
        .sources
        .iter()
        .map(|s| s.as_str())
        .collect();
    assert_eq!(ids, ["s1"]);
}

#[test]
fn region_left_out_takes_required_references_with_it_and_clears_optional_ones() {
    let loaded = fixture("broken-region-cascades.json");
    let data = &loaded.data;
    assert_eq!(data.regions.len(), 1);
    assert!(data.good_practices.is_empty(), "practice needs its region");
    assert!(
        data.policy_instruments.is_empty(),
        "instrument needs its region"
    );
    let mazovia = data
        .partners
        .iter()
        .find(|p| p.id.as_str() == "mazovia")
        .unwrap();
    assert_eq!(mazovia.region, None, "partner kept without its region");
}

#[test]
fn two_lead_partners_are_reported_and_both_kept() {
    let loaded = fixture("two-lead-partners.json");
    assert!(matches!(
        loaded.errors.as_slice(),
        [DataError::SecondLeadPartner { .. }]
    ));
    assert_eq!(loaded.data.partners.len(), 2);
}

#[test]
fn unparseable_json_gives_an_empty_file_and_one_located_error() {
    let loaded = fixture("truncated.json");
    assert_eq!(loaded.data, DataFile::default());
    assert_eq!(loaded.errors.len(), 1);
    let position = loaded.errors[0].location().position.unwrap();
    assert!(position.line > 1);
}

#[test]
fn all_problems_of_one_record_are_reported_together() {
    let loaded = fixture("many-errors-in-one-record.json");
    assert!(loaded.errors.len() >= 6, "{}", lines(&loaded).join("\n"));
    assert!(loaded.data.events.is_empty());
    assert_eq!(loaded.data.partners.len(), 2, "other records are kept");
}

#[test]
fn geometry_check_names_regions_without_a_shape() {
    let text = read(&fixtures().join("valid-minimal.json"));
    let loaded = load("data/x.json", &text);
    let mut errors = check_geometry("data/x.json", &loaded.data, &["peloponnese"]);
    locate(&text, &mut errors);
    let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "data/x.json: regions[1].id (region \"mazovia\", line 64, column 13): no shape \"mazovia\" in the geometry; shapes there: peloponnese"
        ]
    );
    assert!(check_geometry("data/x.json", &loaded.data, &["peloponnese", "mazovia"]).is_empty());
}

/// A file with `n` partners, `n` regions and `n` good practices (plus one of each other list).
fn generated(n: usize, broken_every: usize) -> String {
    let mut regions = Vec::new();
    let mut partners = Vec::new();
    let mut practices = Vec::new();
    for i in 0..n {
        let broken = broken_every > 0 && i % broken_every == 0;
        regions.push(serde_json::json!({
            "id": format!("region-{i}"), "name": format!("Region {i}"), "country": "PL",
            "nuts": [if broken { "DE1" } else { "PL91" }]
        }));
        partners.push(serde_json::json!({
            "id": format!("partner-{i}"), "name": format!("Partner {i}"), "short_name": "P",
            "role": if i == 0 { "lead" } else { "partner" }, "city": "Warsaw",
            "location": [21.0, 52.2], "region": format!("region-{i}")
        }));
        practices.push(serde_json::json!({
            "id": format!("gp-{i}"), "title": "Practice", "region": format!("region-{i}"),
            "url": if broken_every > 0 && i % broken_every == 5 { "javascript:x" } else { "https://example.org" }
        }));
    }
    let doc = serde_json::json!({
        "project": {"name": "Big", "acronym": "BIG", "programme": "Interreg Europe"},
        "indicators": [], "partners": partners, "regions": regions, "policy_instruments": [],
        "good_practices": practices, "events": [], "sources": []
    });
    serde_json::to_string_pretty(&doc).unwrap()
}

#[test]
fn ten_thousand_records_load_and_keep_all_valid_ones() {
    let text = generated(10_000, 0);
    let loaded = load("big.json", &text);
    assert!(loaded.is_valid(), "{:?}", loaded.errors.first());
    assert_eq!(loaded.data.regions.len(), 10_000);
    assert_eq!(loaded.data.good_practices.len(), 10_000);
}

#[test]
fn ten_thousand_records_with_many_errors_report_each_with_its_line() {
    // Every 10th region is broken (a NUTS code outside its country): 1,000 regions left out,
    // 1,000 practices going with them (broken reference); and 1,000 other practices have a bad
    // link. Every error is located.
    let text = generated(10_000, 10);
    let loaded = load("big.json", &text);
    assert_eq!(loaded.data.regions.len(), 9_000);
    assert_eq!(loaded.data.good_practices.len(), 8_000);
    assert_eq!(
        loaded.data.partners.len(),
        10_000,
        "partners only lose their region"
    );
    assert_eq!(loaded.errors.len(), 3_000);
    assert!(
        loaded
            .errors
            .iter()
            .all(|e| e.location().position.is_some_and(|p| p.line > 1)),
        "every error has a line"
    );
}

#[test]
fn translated_text_resolves_in_the_loaded_data() {
    let loaded = fixture("valid-translated-text-and-explicit-unknowns.json");
    assert!(loaded.is_valid(), "{}", lines(&loaded).join("\n"));
    let name: &Text = &loaded.data.regions[1].name;
    assert_eq!(name.resolve("pl"), "Mazowsze");
    assert_eq!(name.resolve("fr"), "Mazovia");
    assert!(loaded.data.good_practices.is_empty());
}
