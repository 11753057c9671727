//! Properties of the topology-preserving simplification (feature `build`).
#![cfg(feature = "build")]

use map_core::geo::path::GridPoint;
use map_core::geo::simplify::{SimplifyOptions, simplify_arc, simplify_arcs};
use map_core::geo::topology::{build_topology, ring_area2, ring_points};
use proptest::prelude::*;

/// A star-shaped ring around the origin: one spoke per equal sector of the circle (so no gap
/// between spokes reaches half a turn), random radii, so it never self-intersects.
fn star() -> impl Strategy<Value = Vec<GridPoint>> {
    prop::collection::vec((0.0_f64..1.0, 50.0_f64..1000.0), 4..60).prop_map(|spokes| {
        #[allow(clippy::cast_precision_loss)]
        let n = spokes.len() as f64;
        let mut ring: Vec<GridPoint> = spokes
            .iter()
            .enumerate()
            .map(|(i, (jitter, radius))| {
                #[allow(clippy::cast_precision_loss)]
                let angle = (i as f64 + jitter) / n * std::f64::consts::TAU;
                #[allow(clippy::cast_possible_truncation)]
                let p = [
                    (radius * angle.cos()).round() as i32,
                    (radius * angle.sin()).round() as i32,
                ];
                p
            })
            .collect();
        ring.dedup();
        if let Some(&first) = ring.first() {
            ring.push(first);
        }
        ring
    })
}

fn bounds(points: &[GridPoint]) -> [i32; 4] {
    points
        .iter()
        .fold([i32::MAX, i32::MAX, i32::MIN, i32::MIN], |b, p| {
            [
                b[0].min(p[0]),
                b[1].min(p[1]),
                b[2].max(p[0]),
                b[3].max(p[1]),
            ]
        })
}

proptest! {
    /// Simplifying one arc never adds points: the output is a subsequence that keeps both ends.
    #[test]
    fn simplify_arc_never_adds_points(
        arc in prop::collection::vec(prop::array::uniform2(-1000_i32..1000), 2..80),
        tolerance in 0.0_f64..200.0,
    ) {
        let out = simplify_arc(&arc, tolerance);
        prop_assert!(out.len() <= arc.len());
        prop_assert_eq!(out.first(), arc.first());
        prop_assert_eq!(out.last(), arc.last());
        let mut rest = arc.iter();
        for p in &out {
            prop_assert!(rest.any(|q| q == p), "{:?} is not from the input in order", p);
        }
    }

    /// After repair each ring is closed, has at least 4 points, stays inside the input's bounds
    /// and keeps its area within the allowed change.
    #[test]
    fn simplified_rings_stay_closed_valid_and_inside_the_input(
        ring in star(),
        tolerance in 0.0_f64..300.0,
    ) {
        prop_assume!(ring.len() >= 4 && ring_area2(&ring) != 0);
        let topology = build_topology(std::slice::from_ref(&ring));
        let features = vec![vec![vec![topology.rings[0].clone()]]];
        let options = SimplifyOptions { tolerance, max_area_change: 0.02, max_rounds: 12 };
        let result = simplify_arcs(&topology.arcs, &features, options);
        prop_assert!(result.unresolved.is_empty(), "{:?}", result.unresolved);
        let out = ring_points(&result.arcs, &topology.rings[0]);
        prop_assert!(out.len() >= 4);
        prop_assert_eq!(out.first(), out.last());
        let (b, c) = (bounds(&ring), bounds(&out));
        prop_assert!(c[0] >= b[0] && c[1] >= b[1] && c[2] <= b[2] && c[3] <= b[3]);
        let (before, after) = (ring_area2(&ring).abs(), ring_area2(&out).abs());
        #[allow(clippy::cast_precision_loss)]
        let change = (before - after).abs() as f64 / before as f64;
        prop_assert!(change <= 0.02, "area changed by {change}");
    }
}
