//! The editor's logic on the shipped data file and schema.

use crate::data::load;
use crate::edit::doc::{Json, Step, parse_path, path_text};
use crate::edit::form::{FieldKind, Form};
use crate::edit::history::History;
use crate::edit::issues::{field_anchor, place};
use crate::edit::ops;

const DATA: &str = include_str!("../../../../public/data/secon.json");
const SCHEMA: &str = include_str!("../../../../public/data/schema.json");

fn doc() -> Json {
    Json::parse(DATA).unwrap()
}

fn form() -> Form {
    let mut form = Form::from_schema(SCHEMA).unwrap();
    form.order_like(&doc());
    form
}

fn key(k: &str) -> Step {
    Step::key(k)
}

#[test]
fn the_shipped_file_is_written_back_byte_for_byte() {
    // Saving an unedited file must give a diff of nothing: same key order, indentation,
    // `null`s, number forms, non-ASCII text and final newline.
    assert_eq!(doc().to_text(), DATA);
}

#[test]
fn an_edit_changes_only_its_line() {
    let mut d = doc();
    let path = [key("indicators"), Step::Index(0), key("value")];
    assert!(d.set(&path, Json::Number(44.into()), &[]));
    let text = d.to_text();
    let changed: Vec<(&str, &str)> = DATA
        .lines()
        .zip(text.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(
        changed,
        vec![("      \"value\": 43,", "      \"value\": 44,")]
    );
    assert_eq!(DATA.lines().count(), text.lines().count());
}

#[test]
fn duplicate_keys_and_unknown_fields_survive_a_round_trip() {
    let text = "{\n  \"b\": 1,\n  \"a\": [],\n  \"b\": {},\n  \"x\": 1.5\n}\n";
    assert_eq!(Json::parse(text).unwrap().to_text(), text);
}

#[test]
fn a_new_field_lands_in_the_records_field_order() {
    let form = form();
    let events = form.kind("events").unwrap();
    let mut d = doc();
    let path = [key("events"), Step::Index(0), key("host")];
    d.remove(&path);
    d.set(&path, Json::str("kmop"), &events.order());
    let keys: Vec<&str> = d
        .at(&[key("events"), Step::Index(0)])
        .unwrap()
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, _)| k.as_str())
        .collect();
    let order = events.order();
    let ranks: Vec<usize> = keys
        .iter()
        .map(|k| order.iter().position(|o| o == k).unwrap())
        .collect();
    assert!(
        ranks.windows(2).all(|w| w[0] < w[1]),
        "{keys:?} not in {order:?}"
    );
}

#[test]
fn paths_read_back_as_written() {
    for text in [
        "partners[3].region",
        "project.name[\"pt-BR\"]",
        "events[0].location[1]",
        "$schema",
        "",
    ] {
        let steps = parse_path(text).unwrap();
        assert_eq!(path_text(&steps), text);
    }
    assert_eq!(parse_path("a[x]"), None);
}

#[test]
fn the_schema_gives_every_kind_and_what_each_field_is() {
    let form = form();
    let keys: Vec<&str> = form.kinds.iter().map(|k| k.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "project",
            "indicators",
            "partners",
            "regions",
            "policy_instruments",
            "good_practices",
            "events",
            "sources"
        ]
    );
    let field = |kind: &str, f: &str| form.kind(kind).unwrap().field(f).unwrap().kind.clone();
    assert_eq!(
        field("partners", "region"),
        FieldKind::Ref("regions".into())
    );
    assert_eq!(field("events", "host"), FieldKind::Ref("partners".into()));
    assert_eq!(
        field("events", "sources"),
        FieldKind::RefList("sources".into())
    );
    assert_eq!(field("events", "start"), FieldKind::Date);
    assert_eq!(field("events", "title"), FieldKind::Text);
    assert_eq!(field("events", "online"), FieldKind::Bool);
    assert_eq!(field("partners", "location"), FieldKind::Coordinates);
    assert_eq!(field("regions", "nuts"), FieldKind::StringList);
    assert_eq!(field("indicators", "id"), FieldKind::Id);
    assert!(matches!(
        field("indicators", "value"),
        FieldKind::Integer { .. }
    ));
    assert!(
        matches!(field("events", "kind"), FieldKind::Choice(c) if c.iter().any(|c| c.value == "kick_off"))
    );
    assert!(matches!(field("partners", "status"), FieldKind::Choice(c) if c.len() == 4));
    assert!(
        matches!(field("project", "budget"), FieldKind::Group(g) if g.iter().any(|f| f.key == "total_eur"))
    );
    // Help text is the model's doc comment.
    let help = &form.kind("events").unwrap().field("end").unwrap().help;
    assert!(help.contains("never before"), "{help}");
    // The form follows the file's order: id first, sources last.
    let order = form.kind("partners").unwrap().order();
    assert_eq!(order.first().map(String::as_str), Some("id"));
    assert_eq!(
        order.last().map(String::as_str),
        Some("sources"),
        "{order:?}"
    );
}

#[test]
fn deleting_a_referenced_region_names_every_referrer_and_clearing_leaves_none() {
    let form = form();
    let mut d = doc();
    let refs = ops::references(&d, &form, "regions", "peloponnese");
    let referrers: Vec<(&str, &str)> = refs
        .iter()
        .map(|r| (r.kind.as_str(), r.record.as_str()))
        .collect();
    assert!(
        referrers.contains(&("partners", "peloponnese")),
        "{referrers:?}"
    );
    assert!(
        referrers.iter().any(|(k, _)| *k == "policy_instruments"),
        "{referrers:?}"
    );
    let index = ops::records(&d, "regions")
        .iter()
        .position(|r| ops::record_id(r) == "peloponnese")
        .unwrap();
    ops::delete_record(&mut d, "regions", index);
    ops::clear_references(&mut d, &form, &refs, "peloponnese");
    assert!(ops::references(&d, &form, "regions", "peloponnese").is_empty());
    // The validator still reads it; required references now show as missing fields.
    let loaded = load("data/secon.json", &d.to_text());
    assert!(
        loaded
            .errors
            .iter()
            .all(|e| !e.to_string().contains("unknown region"))
    );
}

#[test]
fn source_references_are_found_in_lists_and_in_the_budget() {
    let form = form();
    let d = doc();
    let refs = ops::references(&d, &form, "sources", "s5");
    assert!(
        refs.iter()
            .any(|r| r.kind == "project" && r.field == ["budget", "sources"]),
        "{refs:?}"
    );
    assert!(
        refs.iter()
            .any(|r| r.kind == "project" && r.field == ["sources"])
    );
    let mut cleared = d.clone();
    ops::clear_references(&mut cleared, &form, &refs, "s5");
    assert!(ops::references(&cleared, &form, "sources", "s5").is_empty());
    // Other sources of the same lists stay.
    assert_eq!(
        ops::references(&cleared, &form, "sources", "s6").len(),
        ops::references(&d, &form, "sources", "s6").len()
    );
}

#[test]
fn add_duplicate_move_and_delete_keep_ids_unique() {
    let form = form();
    let events = form.kind("events").unwrap();
    let mut d = doc();
    let n = ops::records(&d, "events").len();
    let added = ops::add_record(&mut d, events).unwrap();
    assert_eq!(added, n);
    // A new record's id comes from its (still empty) name: the list's item word, made unique.
    assert_eq!(ops::record_id(&ops::records(&d, "events")[added]), "event");
    let again = ops::add_record(&mut d, events).unwrap();
    assert_eq!(
        ops::record_id(&ops::records(&d, "events")[again]),
        "event-2"
    );
    let copy = ops::duplicate_record(&mut d, "events", 0).unwrap();
    assert_eq!(copy, 1);
    let first = ops::record_id(&ops::records(&d, "events")[0]).to_owned();
    assert_eq!(
        ops::record_id(&ops::records(&d, "events")[1]),
        format!("{first}-2")
    );
    assert_eq!(ops::move_record(&mut d, "events", 1, 0), Some(0));
    assert_eq!(ops::record_id(&ops::records(&d, "events")[1]), first);
    assert_eq!(ops::move_record(&mut d, "events", 99, 0), None);
    assert!(ops::delete_record(&mut d, "events", 0).is_some());
    assert!(ops::delete_record(&mut d, "events", 999).is_none());
    assert_eq!(ops::records(&d, "events").len(), n + 2);
}

#[test]
fn an_invalid_date_is_kept_and_reported_at_its_field() {
    let mut d = doc();
    let path = [key("events"), Step::Index(2), key("start")];
    d.set(&path, Json::str("2024-02-30"), &[]);
    let text = d.to_text();
    assert!(text.contains("\"2024-02-30\""), "the typed value is kept");
    let issues = place(&load("data/secon.json", &text).errors);
    let at_field: Vec<_> = issues
        .iter()
        .filter(|i| {
            i.kind.as_deref() == Some("events")
                && i.index == Some(2)
                && i.field.as_deref() == Some("start")
        })
        .collect();
    assert_eq!(at_field.len(), 1, "{issues:?}");
    assert_eq!(at_field[0].path, "events[2].start");
    assert_eq!(field_anchor(&path), "ed-events-2-start");
}

#[test]
fn a_new_or_changed_region_needs_the_geometry_built() {
    let built = doc();
    let mut d = built.clone();
    assert!(ops::regions_needing_geometry(&built, &d).is_empty());
    d.set(
        &[key("regions"), Step::Index(0), key("nuts")],
        Json::Array(vec![Json::str("EL651")]),
        &[],
    );
    let first = ops::record_id(&ops::records(&d, "regions")[0]).to_owned();
    assert_eq!(ops::regions_needing_geometry(&built, &d), vec![first]);
}

#[test]
fn undo_groups_typing_in_one_field_and_redo_returns() {
    let mut h = History::default();
    let a = Json::str("a");
    let ab = Json::str("ab");
    let abc = Json::str("abc");
    h.record(&a, Some("f"));
    h.record(&ab, Some("f"));
    assert_eq!(
        h.undo(&abc),
        Some(a.clone()),
        "two keystrokes in one field are one step"
    );
    assert!(!h.can_undo());
    assert_eq!(h.redo(&a), Some(abc.clone()));
    h.record(&abc, None);
    h.record(&abc, None);
    assert_eq!(h.undo(&abc), Some(abc.clone()));
    assert!(h.can_undo());
    assert!(!h.can_redo() || h.redo(&abc).is_some());
}

#[test]
fn labels_name_the_record() {
    let d = doc();
    let partner = &ops::records(&d, "partners")[0];
    assert_eq!(
        ops::record_label(partner, "en"),
        "Peloponnese (peloponnese)"
    );
}

#[test]
fn fields_added_to_the_model_come_with_the_schema() {
    // A project-wide note for the indicators and the list an indicator counts: the editor gets
    // them from schema.json alone (a text, and a choice of the file's lists).
    let form = form();
    let note = form
        .kind("project")
        .unwrap()
        .field("indicators_note")
        .unwrap();
    assert_eq!(note.kind, FieldKind::Text);
    assert!(!note.required);
    assert!(
        note.long_text(),
        "a note is written in a box of several lines"
    );
    let unit = form.kind("indicators").unwrap().field("unit").unwrap();
    assert!(!unit.long_text(), "a unit takes one line");
    let counts = form.kind("indicators").unwrap().field("counts").unwrap();
    match &counts.kind {
        FieldKind::Choice(lists) => assert!(
            lists.iter().any(|c| c.value == "good_practices"),
            "{lists:?}"
        ),
        other => panic!("counts is {other:?}"),
    }
}
