//! On the shipped GISCO cuts: `geo/nuts3.json`, `geo/regions.json` and the second project's
//! fixture, whose regions the build never saw.

use super::*;
use crate::data::load;
use crate::geo::shape::parse_shapes;
use crate::geo::zoom::shape_bounds;

fn shipped(name: &str) -> ShapeFile {
    let path = format!("{}/../../geo/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("a shipped geometry file");
    parse_shapes(name, &text).expect("it parses")
}

fn second_project() -> DataFile {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/second-project/example-project.json"
    );
    let text = std::fs::read_to_string(path).expect("the fixture");
    let loaded = load("example-project.json", &text);
    assert!(loaded.is_valid(), "{:?}", loaded.errors);
    loaded.data
}

fn secon() -> DataFile {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/secon.json");
    load(
        "secon.json",
        &std::fs::read_to_string(path).expect("SECON's file"),
    )
    .data
}

/// Twice the total area of a shape's rings (holes count negative), in grid units²: exact.
fn area(file: &ShapeFile, shape: &Shape) -> i64 {
    file.rings(shape)
        .iter()
        .flatten()
        .map(|r| signed_area2(r))
        .sum()
}

fn nuts_area(nuts3: &ShapeFile, prefix: &str) -> i64 {
    members(nuts3, prefix).map(|s| area(nuts3, s)).sum()
}

#[test]
fn a_nuts_1_or_2_code_stands_for_every_nuts_3_region_it_prefixes() {
    let nuts3 = shipped("nuts3.json");
    let hessen: Vec<&str> = members(&nuts3, "DE7").map(|s| s.id.as_str()).collect();
    assert_eq!(hessen.len(), 26);
    assert!(hessen.iter().all(|id| id.starts_with("DE7")));
    let west_finland: Vec<&str> = members(&nuts3, "FI19").map(|s| s.id.as_str()).collect();
    assert_eq!(west_finland, ["FI196", "FI198", "FI199", "FI19A", "FI19B"]);
    assert_eq!(members(&nuts3, "ES417").count(), 1);
    assert_eq!(members(&nuts3, "ES4Z").count(), 0);
}

#[test]
fn secon_regions_are_baked_and_need_no_nuts_3_file() {
    let regions = shipped("regions.json");
    assert!(!needs_nuts3(&secon(), &regions));
}

#[test]
fn a_region_whose_codes_changed_since_the_build_is_drawn_again() {
    let mut data = secon();
    let regions = shipped("regions.json");
    let mazovia = data.regions.iter_mut().find(|r| r.id.as_str() == "mazovia");
    let mazovia = mazovia.expect("SECON has Mazovia");
    mazovia.nuts.truncate(1);
    assert!(!is_baked(mazovia, &regions));
    assert!(needs_nuts3(&data, &regions));
}

#[test]
fn every_region_of_a_file_the_build_never_saw_is_drawn_with_a_size() {
    let data = second_project();
    let nuts3 = shipped("nuts3.json");
    let mut regions = shipped("regions.json");
    assert!(needs_nuts3(&data, &regions));
    let not_drawn = draw_missing(&data, &mut regions, &nuts3);
    assert!(not_drawn.is_empty(), "{not_drawn:?}");
    for region in &data.regions {
        let shape = regions.get(region.id.as_str()).expect("drawn");
        let bounds = shape_bounds(&regions, shape).expect("zoomable");
        assert!(
            bounds.max_x - bounds.min_x > 100.0,
            "{}",
            region.id.as_str()
        );
        assert!(!shape.d.is_empty());
        assert_eq!(shape.country, region.country);
    }
}

#[test]
fn a_merged_region_has_the_area_of_its_members_and_no_inner_border() {
    let data = second_project();
    let nuts3 = shipped("nuts3.json");
    let mut regions = shipped("regions.json");
    draw_missing(&data, &mut regions, &nuts3);
    for (id, codes) in [
        ("soria-guadalajara", &["ES417", "ES424"][..]),
        ("hessen", &["DE7"][..]),
        ("west-finland", &["FI19"][..]),
    ] {
        let shape = regions.get(id).expect("drawn");
        let expected: i64 = codes.iter().map(|c| nuts_area(&nuts3, c)).sum();
        assert_eq!(area(&regions, shape), expected, "{id}");
        let member_rings: usize = codes
            .iter()
            .flat_map(|c| members(&nuts3, c))
            .map(|m| nuts3.rings(m).iter().flatten().count())
            .sum();
        let rings = regions.rings(shape).iter().flatten().count();
        assert!(
            rings < member_rings,
            "{id}: {rings} rings of {member_rings}"
        );
    }
    // Inland unions have one outline: had an inner border survived, the members' rings would
    // be there (26 for Hessen), each drawn with its own `M`.
    for id in ["soria-guadalajara", "hessen"] {
        let shape = regions.get(id).expect("drawn");
        assert_eq!(shape.polygons, [[[shape.polygons[0][0][0]]]], "{id}");
        assert_eq!(shape.d.matches('M').count(), 1, "{id}");
    }
}

#[test]
fn a_union_drawn_at_run_time_is_the_region_the_build_dissolves() {
    // Rhine-Neckar: 15 districts in three Länder, baked by the build; drawn again from its
    // codes (by renaming it, so it counts as new) it has the build's area to the grid unit.
    let mut data = secon();
    let regions = shipped("regions.json");
    let built = regions.get("rhine-neckar").expect("baked");
    let built_area = area(&regions, built);
    let rhine_neckar = data
        .regions
        .iter_mut()
        .find(|r| r.id.as_str() == "rhine-neckar");
    let rhine_neckar = rhine_neckar.expect("SECON has it");
    rhine_neckar.geometry = Some(crate::data::ids::RegionId::parse("drawn-again").expect("id"));
    let mut drawn = regions.clone();
    draw_missing(&data, &mut drawn, &shipped("nuts3.json"));
    let again = drawn.get("drawn-again").expect("drawn at run time");
    assert_eq!(area(&drawn, again), built_area);
    assert_eq!(again.d.matches('M').count(), built.d.matches('M').count());
}

#[test]
fn the_label_of_a_merged_region_lies_inside_its_outline() {
    let data = second_project();
    let nuts3 = shipped("nuts3.json");
    let mut regions = shipped("regions.json");
    draw_missing(&data, &mut regions, &nuts3);
    for region in &data.regions {
        let shape = regions.get(region.id.as_str()).expect("drawn");
        let [x, y] = shape.label;
        let inside = regions
            .rings(shape)
            .iter()
            .filter_map(|polygon| polygon.first())
            .any(|outer| contains(outer, [x as i32, y as i32]));
        assert!(inside, "{}: {:?}", region.id.as_str(), shape.label);
    }
}

#[test]
fn a_region_is_drawn_from_its_known_codes_and_listed_as_not_drawn_only_without_any() {
    let mut data = second_project();
    let soria = data.regions.first_mut().expect("a region");
    soria
        .nuts
        .push(crate::data::ids::NutsCode::parse("ES4ZZ").expect("the form is right"));
    let kosice = data.regions.last_mut().expect("a region");
    kosice.nuts = vec![crate::data::ids::NutsCode::parse("SK049").expect("form")];
    let mut regions = shipped("regions.json");
    let not_drawn = draw_missing(&data, &mut regions, &shipped("nuts3.json"));
    assert_eq!(
        not_drawn,
        [NotDrawn {
            region: "kosice".into(),
            reason: Reason::UnknownCodes(vec!["SK049".into()])
        }]
    );
    assert!(regions.get("soria-guadalajara").is_some());
    assert!(regions.get("kosice").is_none());
}

#[test]
fn a_region_outside_the_map_is_listed_as_not_drawn() {
    let mut data = second_project();
    let kosice = data.regions.last_mut().expect("a region");
    kosice.country = "ES".into();
    // The Canaries (ES70) lie outside the frame: no polygon to draw.
    kosice.nuts = vec![crate::data::ids::NutsCode::parse("ES70").expect("form")];
    let mut regions = shipped("regions.json");
    let not_drawn = draw_missing(&data, &mut regions, &shipped("nuts3.json"));
    assert_eq!(not_drawn.len(), 1);
    assert!(not_drawn[0].to_string().contains("outside the map"));
}
