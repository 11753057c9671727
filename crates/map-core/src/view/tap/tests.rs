use super::*;
use crate::geo::zoom::shape_bounds;

/// A square region from (x, y) of side `size`.
fn square(x: f64, y: f64, size: f64) -> Vec<Vec<[f64; 2]>> {
    vec![vec![
        [x, y],
        [x + size, y],
        [x + size, y + size],
        [x, y + size],
        [x, y],
    ]]
}

fn two_squares() -> TapTargets<&'static str> {
    let mut targets = TapTargets::new();
    targets.add_region("west", square(0.0, 0.0, 10.0));
    targets.add_region("east", square(40.0, 0.0, 10.0));
    targets
}

#[test]
fn a_tap_inside_a_region_selects_it() {
    assert_eq!(two_squares().resolve([5.0, 5.0], 1.0), Tap::Select("west"));
}

#[test]
fn a_tap_just_outside_a_small_region_selects_it_within_twelve_px() {
    let targets = two_squares();
    assert_eq!(targets.resolve([21.0, 5.0], 1.0), Tap::Select("west"));
    // 13 px from both: nothing.
    assert_eq!(targets.resolve([25.0, -13.0], 1.0), Tap::Nothing);
}

#[test]
fn the_tolerance_is_in_screen_pixels_whatever_the_zoom() {
    // Zoomed in 4 times: a map unit is 4 px, so 5 units off is 20 px, too far.
    assert_eq!(two_squares().resolve([15.0, 5.0], 0.25), Tap::Nothing);
    assert_eq!(
        two_squares().resolve([12.0, 5.0], 0.25),
        Tap::Select("west")
    );
}

#[test]
fn a_tap_halfway_between_two_regions_zooms_in_there_first() {
    assert_eq!(
        two_squares().resolve([25.0, 5.0], 2.0),
        Tap::Crowded([25.0, 5.0])
    );
}

#[test]
fn a_seat_is_a_twenty_four_px_target_and_beats_the_region_around_it() {
    let mut targets = two_squares();
    targets.add_seat("seat", [8.0, 5.0]);
    assert_eq!(targets.resolve([8.0, 16.0], 1.0), Tap::Select("seat"));
    assert_eq!(targets.resolve([2.0, 5.0], 1.0), Tap::Select("seat"));
    // 13 px from the seat, inside the region: the region.
    assert_eq!(targets.resolve([8.0, 5.0 - 13.0], 1.0), Tap::Select("west"));
}

#[test]
fn a_seat_opening_its_own_region_never_crowds_it() {
    let mut targets = two_squares();
    targets.add_seat("west", [5.0, 5.0]);
    targets.add_seat("west", [6.0, 5.0]);
    assert_eq!(targets.resolve([5.5, 5.0], 1.0), Tap::Select("west"));
}

#[test]
fn a_hole_is_outside_its_region() {
    let mut targets = TapTargets::new();
    let mut rings = square(0.0, 0.0, 100.0);
    rings.extend(square(30.0, 30.0, 40.0));
    targets.add_region("ring", rings);
    // The hole's middle is 20 units from its edge: outside, and too far at 1 px a unit.
    assert_eq!(targets.resolve([50.0, 50.0], 1.0), Tap::Nothing);
    assert_eq!(targets.resolve([10.0, 10.0], 1.0), Tap::Select("ring"));
}

#[test]
fn no_targets_an_empty_ring_or_a_broken_number_mean_nothing() {
    let mut targets: TapTargets<u8> = TapTargets::new();
    assert_eq!(targets.resolve([0.0, 0.0], 1.0), Tap::Nothing);
    targets.add_region(1, vec![Vec::new(), vec![[1.0, 1.0]]]);
    assert_eq!(targets.resolve([1.0, 1.0], 1.0), Tap::Nothing);
    assert_eq!(two_squares().resolve([f64::NAN, 5.0], 1.0), Tap::Nothing);
    assert_eq!(two_squares().resolve([5.0, 5.0], 0.0), Tap::Nothing);
}

#[test]
fn a_tap_on_a_zoomed_map_is_found_where_the_map_was_drawn() {
    // A 1,000-unit map drawn 500 px wide, zoomed 2× about its origin and moved 100 units left.
    let t = Transform {
        k: 2.0,
        x: -100.0,
        y: 0.0,
    };
    let (point, per_px) = tap_on_map([100.0, 50.0], 500.0, 1000.0, [0.0, 0.0], t).unwrap();
    assert_eq!(point, [150.0, 50.0]);
    assert_eq!(per_px, 1.0);
    assert_eq!(tap_on_map([1.0, 1.0], 0.0, 1000.0, [0.0, 0.0], t), None);
}

/// The shipped SECON regions and seats on a 390 px phone (the map 358 px wide), where the smallest
/// regions are a few pixels across: each region's drawn centre (its bounds' middle, as a person
/// aims) and each seat select that region or seat's own target, and so does every point 8 px off
/// them, at once or, where two targets are about as near (Tripoli's and Athens' seats, 14 px
/// apart), by a second tap once the first has zoomed in there.
#[test]
fn on_a_phone_every_secon_region_and_seat_is_hit_at_its_centre_and_eight_px_off() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let text = std::fs::read_to_string(format!("{root}/public/data/secon.json")).unwrap();
    let data = crate::data::load("data/secon.json", &text).data;
    let read = |name: &str| {
        let text = std::fs::read_to_string(format!("{root}/geo/{name}")).unwrap();
        crate::geo::shape::parse_shapes(name, &text).unwrap()
    };
    let (countries, regions) = (read("europe.json"), read("regions.json"));
    let markers =
        crate::view::layers::markers(&data, &countries, &crate::i18n::Messages::english());
    let targets = map_targets(&data, Some(&regions), &markers);
    let per_px = countries.view_box.width / 358.0;
    let mut aims: Vec<(String, [f64; 2], Opens)> = Vec::new();
    for region in &data.regions {
        let shape = regions.get(region.geometry_id().as_str()).unwrap();
        let b = shape_bounds(&regions, shape).unwrap();
        let centre = [(b.min_x + b.max_x) / 2.0, (b.min_y + b.max_y) / 2.0];
        aims.push((
            region.id.to_string(),
            centre,
            Opens::Region(region.id.clone()),
        ));
    }
    for marker in &markers {
        let opens = match &marker.region {
            Some(region) => Opens::Region(region.clone()),
            None => Opens::Partner(PartnerId::parse(&marker.id).unwrap()),
        };
        aims.push((format!("seat {}", marker.id), marker.point, opens));
    }
    assert_eq!(aims.len(), 19, "nine regions and ten seats");
    let mut missed = Vec::new();
    for (name, [x, y], wanted) in &aims {
        let off = 8.0 * per_px;
        for (dx, dy) in [(0.0, 0.0), (off, 0.0), (-off, 0.0), (0.0, off), (0.0, -off)] {
            let mut got = targets.resolve([x + dx, y + dy], per_px);
            if let Tap::Crowded(_) = got {
                let zoomed = per_px / CROWDED_ZOOM;
                let (dx, dy) = (dx / CROWDED_ZOOM, dy / CROWDED_ZOOM);
                got = targets.resolve([x + dx, y + dy], zoomed);
            }
            if got != Tap::Select(wanted.clone()) {
                missed.push(format!(
                    "{name} +({:.0},{:.0}) px: {got:?}",
                    dx / per_px,
                    dy / per_px
                ));
            }
        }
    }
    assert!(missed.is_empty(), "{missed:#?}");
}
