//! Properties of the SVG path writer: what it writes reads back exactly.

use map_core::geo::path::{GridPoint, parse_svg_path, to_svg_path};
use proptest::prelude::*;

fn ring() -> impl Strategy<Value = Vec<GridPoint>> {
    prop::collection::vec(prop::array::uniform2(-100_000_i32..100_000), 3..40).prop_map(
        |mut ring| {
            ring.dedup();
            if let Some(&first) = ring.first() {
                ring.push(first);
            }
            ring
        },
    )
}

proptest! {
    /// `to_svg_path` output parses back to its input rings (no rounding: integers throughout).
    #[test]
    fn written_path_reads_back_to_its_rings(rings in prop::collection::vec(ring(), 1..5)) {
        let rings: Vec<Vec<GridPoint>> = rings.into_iter().filter(|r| {
            let mut distinct = r.clone();
            distinct.sort_unstable();
            distinct.dedup();
            distinct.len() >= 2
        }).collect();
        let d = to_svg_path(&rings);
        let back = parse_svg_path(&d).unwrap();
        let want: Vec<Vec<[i64; 2]>> = rings
            .iter()
            .map(|r| r.iter().map(|p| [i64::from(p[0]), i64::from(p[1])]).collect())
            .collect();
        prop_assert_eq!(back, want);
    }
}
