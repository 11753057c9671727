//! What the editor promises an officer: drafts know their file, changes are named record by
//! record, ids follow names until written by hand, renamed ids carry their references along,
//! and messages name the record as people know it.

use crate::data::load;
use crate::edit::doc::{Json, Step};
use crate::edit::draft::{Change, Draft, changes, hash};
use crate::edit::form::Form;
use crate::edit::issues::{name_records, place};
use crate::edit::ops;

const DATA: &str = include_str!("../../../../public/data/secon.json");
const SCHEMA: &str = include_str!("../../../../public/data/schema.json");

fn doc() -> Json {
    Json::parse(DATA).unwrap()
}

fn form() -> Form {
    Form::from_schema(SCHEMA).unwrap()
}

fn key(k: &str) -> Step {
    Step::key(k)
}

#[test]
fn a_draft_knows_the_text_it_was_made_from_and_no_other() {
    let draft = Draft::new("data/secon.json", DATA, "{}");
    assert!(draft.made_from(DATA));
    let changed = DATA.replacen("43", "45", 1);
    assert!(!draft.made_from(&changed));
    assert_eq!(Draft::parse(&draft.to_text()), Some(draft));
    // A damaged or older stored draft is no draft, never a panic.
    assert_eq!(Draft::parse("not json"), None);
    assert_ne!(hash(""), hash(" "));
}

#[test]
fn the_differences_between_two_files_name_each_record_and_field() {
    let before = doc();
    let mut after = doc();
    after.set(
        &[key("indicators"), Step::Index(0), key("value")],
        Json::Number(45.into()),
        &[],
    );
    ops::delete_record(&mut after, "events", 0);
    let kind = form().kind("partners").cloned().unwrap();
    ops::add_record(&mut after, &kind);
    let found = changes(&before, &after, &form(), "en");
    let indicator = found.iter().find(|c| c.kind == "indicators").unwrap();
    assert_eq!(indicator.change, Change::Fields(vec!["value".into()]));
    assert!(indicator.record.contains("orgs-cooperating"));
    assert!(
        found
            .iter()
            .any(|c| c.kind == "events" && c.change == Change::Removed)
    );
    assert!(
        found
            .iter()
            .any(|c| c.kind == "partners" && c.change == Change::Added)
    );
    assert_eq!(found.len(), 3);
    // Reordering a list is no change.
    let mut moved = doc();
    ops::move_record(&mut moved, "regions", 0, 3);
    assert_eq!(changes(&before, &moved, &form(), "en"), vec![]);
}

#[test]
fn a_new_record_takes_its_id_from_its_name_and_follows_it_while_typed() {
    let mut d = doc();
    let kind = form().kind("events").cloned().unwrap();
    let index = ops::add_record(&mut d, &kind).unwrap();
    let id = |d: &Json| ops::record_id(&ops::records(d, "events")[index]).to_owned();
    assert_eq!(id(&d), "event");
    let type_title = |d: &mut Json, title: &str| {
        let before = ops::records(d, "events")[index].clone();
        d.set(
            &[key("events"), Step::Index(index), key("title")],
            Json::str(title),
            &[],
        );
        ops::follow_name(d, "events", index, &before, "en")
    };
    assert_eq!(
        type_title(&mut d, "Study visit"),
        Some("study-visit".into())
    );
    assert_eq!(
        type_title(&mut d, "Study visit to Mérida"),
        Some("study-visit-to-merida".into())
    );
    // An id written by hand is the officer's: the name no longer moves it.
    d.set(
        &[key("events"), Step::Index(index), key("id")],
        Json::str("sv-merida"),
        &[],
    );
    assert_eq!(type_title(&mut d, "Study visit to Badajoz"), None);
    assert_eq!(id(&d), "sv-merida");
}

#[test]
fn an_id_from_a_name_is_unique_in_its_list() {
    let d = doc();
    let first = ops::records(&d, "partners")[0].clone();
    // Another partner named like the first gets the first's slug with a number.
    let taken = ops::id_from_name(&d, "partners", usize::MAX, &first, "en");
    assert_eq!(
        taken,
        format!("{}-2", ops::slug(&ops::record_name(&first, "en")))
    );
    assert_eq!(ops::slug("Oliveira de Azeméis"), "oliveira-de-azemeis");
    assert_eq!(ops::slug("Πελοπόννησος"), "");
}

#[test]
fn renaming_an_id_points_every_reference_at_the_new_one() {
    let mut d = doc();
    let form = form();
    let refs = ops::references(&d, &form, "partners", "mazovia");
    assert!(
        refs.iter().any(|r| r.kind == "events"),
        "events hosted by mazovia"
    );
    ops::rename_references(&mut d, &form, &refs, "mazovia", "mazovia-voivodeship");
    assert!(ops::references(&d, &form, "partners", "mazovia").is_empty());
    assert_eq!(
        ops::references(&d, &form, "partners", "mazovia-voivodeship").len(),
        refs.len()
    );
}

#[test]
fn a_message_names_its_record_as_people_know_it_and_says_what_without_where() {
    let mut d = doc();
    d.set(
        &[key("partners"), Step::Index(3), key("name")],
        Json::str(""),
        &[],
    );
    let loaded = load("data/secon.json", &d.to_text());
    let mut issues = place(&loaded.errors);
    name_records(&mut issues, &d, "en");
    let issue = issues
        .iter()
        .find(|i| i.path == "partners[3].name")
        .unwrap();
    assert_eq!(issue.record.as_deref(), Some("Mazovia"));
    assert!(issue.empty, "{issue:?}");
    assert!(!issue.what.contains("partners[3]"), "{}", issue.what);
    // The developer's line keeps the path, line and column.
    assert!(issue.message.contains("partners[3].name") && issue.message.contains("line"));
}

#[test]
fn the_indicators_list_shows_each_figure() {
    let d = doc();
    let first = &ops::records(&d, "indicators")[0];
    assert!(ops::record_list_label(first, "en").ends_with(": 43"));
}

#[test]
fn a_seat_placed_on_the_map_lands_where_the_widget_draws_it() {
    let frame = crate::geo::fit::Frame::fit_extent(
        [2_500_000.0, 1_400_000.0, 6_500_000.0, 5_500_000.0],
        1000.0,
    )
    .unwrap();
    // Tripoli (Peloponnese): forward through the widget's projection, back through the seat picker.
    let view = frame.project(22.3728, 37.5089).unwrap();
    let [lon, lat] = ops::seat_at(&frame, view).unwrap();
    assert!(
        (lon - 22.3728).abs() < 1e-4 && (lat - 37.5089).abs() < 1e-4,
        "{lon} {lat}"
    );
}

#[test]
fn fields_are_labelled_by_the_schemas_titles_written_for_officers() {
    let form = form();
    let partners = form.kind("partners").unwrap();
    assert_eq!(partners.field("id").unwrap().label(), "Identifier");
    assert_eq!(
        partners.field("location").unwrap().label(),
        "Place on the map"
    );
    let regions = form.kind("regions").unwrap();
    assert_eq!(regions.field("nuts").unwrap().label(), "NUTS regions");
    let project = form.kind("project").unwrap();
    let crate::edit::form::FieldKind::Group(budget) = &project.field("budget").unwrap().kind else {
        panic!("the budget is a group of fields");
    };
    let erdf = budget.iter().find(|f| f.key == "erdf_eur").unwrap();
    assert_eq!(erdf.label(), "EU funding (ERDF), in euros");
    assert!(!partners.field("location").unwrap().help.contains("..="));
}
