//! Topology-preserving simplification of shared arcs (feature `build`).
//!
//! Each arc of a [`crate::geo::topology::Topology`] is simplified once with Ramer–Douglas–Peucker
//! (Ramer 1972, Douglas & Peucker 1973; `geo::SimplifyIdx`, which keeps the arc's end points, so
//! junctions never move), so both sides of a border stay identical. RDP can still make an arc cross
//! another one, collapse a ring or change an area too much; like mapshaper's intersection repair
//! (M. Bloch, mapshaper `mapshaper-snapping`/`repair` wiki: "Fix intersections") this module then
//! finds every such arc and simplifies it again with half the tolerance, until nothing is wrong
//! or the arc is back to its input points. Those checks are hand-written because `geo` validates
//! one geometry at a time and cannot see two neighbours' arcs crossing.
//!
//! # Units
//! Grid units of the frame (see [`crate::geo::fit::Frame`]); tolerances are distances in those units.

use std::collections::{HashMap, HashSet};

use geo::{Coord, LineString, SimplifyIdx};

use crate::geo::path::GridPoint;
use crate::geo::topology::{ArcRef, resolve, ring_area2, ring_points};

/// How hard to simplify, and what a result must keep.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SimplifyOptions {
    /// RDP tolerance in grid units; 0 or less keeps every point.
    pub tolerance: f64,
    /// Largest relative change of a feature's area allowed (e.g. 0.015 for 1.5 %).
    pub max_area_change: f64,
    /// How many times an arc's tolerance may be halved before it falls back to its input points.
    pub max_rounds: usize,
}

/// A feature as the simplifier sees it: polygons of rings of arc references.
pub type FeatureRings = Vec<Vec<Vec<ArcRef>>>;

/// The simplified arcs, indexed like the input; arcs no feature uses stay empty.
#[derive(Debug, Clone, PartialEq)]
pub struct Simplified {
    /// Simplified arcs (end points kept).
    pub arcs: Vec<Vec<GridPoint>>,
    /// The tolerance each arc ended with (grid units).
    pub tolerances: Vec<f64>,
    /// Problems left after every flagged arc fell back to its input points (arc index, reason):
    /// they are in the input itself. Empty on success.
    pub unresolved: Vec<(usize, String)>,
}

/// Simplifies every arc that `features` use, then repairs until no ring collapses, no two
/// segments cross or touch where they should not and no feature's area changes by more than
/// `options.max_area_change`.
///
/// Deterministic. Never adds points: each output arc is a subsequence of its input arc.
pub fn simplify_arcs(
    arcs: &[Vec<GridPoint>],
    features: &[FeatureRings],
    options: SimplifyOptions,
) -> Simplified {
    let mut used = vec![false; arcs.len()];
    for &arc_ref in features.iter().flatten().flatten().flatten() {
        if let Some(flag) = used.get_mut(resolve(arc_ref).0) {
            *flag = true;
        }
    }
    let mut tolerances: Vec<f64> = used
        .iter()
        .map(|&u| if u { options.tolerance.max(0.0) } else { 0.0 })
        .collect();
    let mut out: Vec<Vec<GridPoint>> = arcs
        .iter()
        .zip(&used)
        .zip(&tolerances)
        .map(|((arc, &u), &t)| if u { simplify_arc(arc, t) } else { Vec::new() })
        .collect();
    let original_areas: Vec<i64> = features.iter().map(|f| feature_area2(arcs, f)).collect();
    let mut unresolved = Vec::new();
    let mut round = 0;
    loop {
        let flagged = find_problems(&out, features, &original_areas, options.max_area_change);
        if flagged.is_empty() {
            break;
        }
        let mut progress = false;
        for (index, reason) in flagged {
            let (Some(tolerance), Some(arc), Some(slot)) = (
                tolerances.get_mut(index),
                arcs.get(index),
                out.get_mut(index),
            ) else {
                continue;
            };
            if *tolerance <= 0.0 || round >= options.max_rounds {
                unresolved.push((index, reason));
                continue;
            }
            // The last round goes straight back to the input points.
            *tolerance = if *tolerance < 1.0 || round + 1 >= options.max_rounds {
                0.0
            } else {
                *tolerance / 2.0
            };
            *slot = simplify_arc(arc, *tolerance);
            progress = true;
        }
        if !progress {
            break;
        }
        unresolved.clear();
        round += 1;
    }
    unresolved.sort();
    unresolved.dedup();
    Simplified {
        arcs: out,
        tolerances,
        unresolved,
    }
}

/// One arc by RDP, end points kept. A closed arc (first = last point) keeps at least its start
/// and the point farthest from it, because RDP measures from the degenerate start-end segment.
pub fn simplify_arc(arc: &[GridPoint], tolerance: f64) -> Vec<GridPoint> {
    if tolerance <= 0.0 || arc.len() <= 2 {
        return arc.to_vec();
    }
    let line: LineString<f64> = arc
        .iter()
        .map(|p| Coord {
            x: f64::from(p[0]),
            y: f64::from(p[1]),
        })
        .collect();
    line.simplify_idx(tolerance)
        .into_iter()
        .filter_map(|i| arc.get(i).copied())
        .collect()
}

/// Twice the signed area of a feature (shells positive, holes negative when oriented that way).
fn feature_area2(arcs: &[Vec<GridPoint>], feature: &FeatureRings) -> i64 {
    feature
        .iter()
        .flatten()
        .map(|ring| ring_area2(&ring_points(arcs, ring)))
        .sum()
}

/// Arcs to simplify less, each with the first reason found.
fn find_problems(
    arcs: &[Vec<GridPoint>],
    features: &[FeatureRings],
    original_areas: &[i64],
    max_area_change: f64,
) -> Vec<(usize, String)> {
    let mut flagged: HashMap<usize, String> = HashMap::new();
    let mut flag = |refs: &[ArcRef], reason: &str| {
        for &arc_ref in refs {
            flagged
                .entry(resolve(arc_ref).0)
                .or_insert_with(|| reason.to_owned());
        }
    };
    for (feature, &original) in features.iter().zip(original_areas) {
        for ring in feature.iter().flatten() {
            let points = ring_points(arcs, ring);
            if let Some(problem) = ring_problem(&points) {
                flag(ring, problem);
            }
        }
        let area = feature_area2(arcs, feature);
        let change = area.abs_diff(original);
        let limit = max_area_change * original.unsigned_abs() as f64;
        #[allow(clippy::cast_precision_loss)]
        let change = change as f64;
        if change > limit {
            let refs: Vec<ArcRef> = feature.iter().flatten().flatten().copied().collect();
            flag(&refs, "feature area changed too much");
        }
    }
    for (a, b) in crossing_arcs(arcs) {
        flag(&[a, b], "arcs cross or touch");
    }
    let mut out: Vec<(usize, String)> = flagged.into_iter().collect();
    out.sort();
    out
}

/// Why a closed ring is not a valid ring, if it is not: fewer than 4 points, zero area, or a
/// vertex visited twice.
fn ring_problem(points: &[GridPoint]) -> Option<&'static str> {
    if points.len() < 4 {
        return Some("ring has fewer than 4 points");
    }
    if ring_area2(points) == 0 {
        return Some("ring has no area");
    }
    let mut seen = HashSet::with_capacity(points.len());
    let open = points.get(..points.len() - 1).unwrap_or_default();
    if open.iter().any(|p| !seen.insert(*p)) {
        return Some("ring visits a vertex twice");
    }
    None
}

/// A segment of an arc: arc index, segment index, end points.
#[derive(Debug, Clone, Copy)]
struct Segment {
    arc: usize,
    index: usize,
    a: GridPoint,
    b: GridPoint,
}

/// Pairs of arc references (forwards) whose segments cross, overlap or touch anywhere other
/// than at a shared arc end point or between consecutive segments of one arc. Uses a uniform
/// grid so only nearby segments are compared.
pub fn crossing_arcs(arcs: &[Vec<GridPoint>]) -> Vec<(ArcRef, ArcRef)> {
    const CELL: i64 = 256;
    let mut segments = Vec::new();
    let mut last_segment = Vec::with_capacity(arcs.len());
    for (arc, points) in arcs.iter().enumerate() {
        for (index, pair) in points.windows(2).enumerate() {
            if let [a, b] = pair {
                segments.push(Segment {
                    arc,
                    index,
                    a: *a,
                    b: *b,
                });
            }
        }
        last_segment.push(points.len().saturating_sub(2));
    }
    let cell_range = |s: &Segment| {
        let lo = |v: i32, w: i32| i64::from(v.min(w)).div_euclid(CELL);
        let hi = |v: i32, w: i32| i64::from(v.max(w)).div_euclid(CELL);
        (
            lo(s.a[0], s.b[0]),
            hi(s.a[0], s.b[0]),
            lo(s.a[1], s.b[1]),
            hi(s.a[1], s.b[1]),
        )
    };
    let mut grid: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    for (i, segment) in segments.iter().enumerate() {
        let (x0, x1, y0, y1) = cell_range(segment);
        for cx in x0..=x1 {
            for cy in y0..=y1 {
                grid.entry((cx, cy)).or_default().push(i);
            }
        }
    }
    let mut pairs = HashSet::new();
    let mut cells: Vec<_> = grid.iter().collect();
    cells.sort_by_key(|(key, _)| **key);
    for (&(cx, cy), members) in cells {
        for (k, &i) in members.iter().enumerate() {
            for &j in members.iter().skip(k + 1) {
                let (Some(s), Some(t)) = (segments.get(i), segments.get(j)) else {
                    continue;
                };
                // Compare each pair once: in the cell holding the corner of their bbox overlap.
                let (sx0, _, sy0, _) = cell_range(s);
                let (tx0, _, ty0, _) = cell_range(t);
                if (sx0.max(tx0), sy0.max(ty0)) != (cx, cy) {
                    continue;
                }
                let closed = |arc: usize| {
                    arcs.get(arc)
                        .is_some_and(|p| p.len() > 3 && p.first() == p.last())
                };
                let adjacent = s.arc == t.arc
                    && (s.index.abs_diff(t.index) == 1
                        || (closed(s.arc)
                            && last_segment.get(s.arc).is_some_and(|&last| {
                                (s.index == 0 && t.index == last)
                                    || (t.index == 0 && s.index == last)
                            })));
                if conflict(s, t, adjacent, arcs) {
                    let (a, b) = (s.arc.min(t.arc), s.arc.max(t.arc));
                    pairs.insert((a, b));
                }
            }
        }
    }
    let mut out: Vec<(ArcRef, ArcRef)> = pairs
        .into_iter()
        .filter_map(|(a, b)| Some((i32::try_from(a).ok()?, i32::try_from(b).ok()?)))
        .collect();
    out.sort_unstable();
    out
}

fn orient(a: GridPoint, b: GridPoint, c: GridPoint) -> i64 {
    let (ax, ay) = (i64::from(a[0]), i64::from(a[1]));
    let (bx, by) = (i64::from(b[0]), i64::from(b[1]));
    let (cx, cy) = (i64::from(c[0]), i64::from(c[1]));
    (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
}

fn on_segment(a: GridPoint, b: GridPoint, p: GridPoint) -> bool {
    p[0] >= a[0].min(b[0])
        && p[0] <= a[0].max(b[0])
        && p[1] >= a[1].min(b[1])
        && p[1] <= a[1].max(b[1])
}

/// Whether two segments meet where they must not.
fn conflict(s: &Segment, t: &Segment, adjacent: bool, arcs: &[Vec<GridPoint>]) -> bool {
    let is_arc_end = |arc: usize, p: GridPoint| {
        arcs.get(arc)
            .is_some_and(|pts| pts.first() == Some(&p) || pts.last() == Some(&p))
    };
    let shared = [(s.a, t.a), (s.a, t.b), (s.b, t.a), (s.b, t.b)]
        .into_iter()
        .filter(|(p, q)| p == q)
        .count();
    if shared == 2 {
        return true; // the same segment twice: two borders collapsed onto each other
    }
    if shared == 1 {
        let (common, s_other, t_other) = if s.a == t.a {
            (s.a, s.b, t.b)
        } else if s.a == t.b {
            (s.a, s.b, t.a)
        } else if s.b == t.a {
            (s.b, s.a, t.b)
        } else {
            (s.b, s.a, t.a)
        };
        let legit = adjacent || (is_arc_end(s.arc, common) && is_arc_end(t.arc, common));
        if !legit {
            return true;
        }
        // Touching at the shared point is fine; running back along each other is not.
        let dot = (i64::from(s_other[0]) - i64::from(common[0]))
            * (i64::from(t_other[0]) - i64::from(common[0]))
            + (i64::from(s_other[1]) - i64::from(common[1]))
                * (i64::from(t_other[1]) - i64::from(common[1]));
        return orient(common, s_other, t_other) == 0 && dot > 0;
    }
    let d1 = orient(t.a, t.b, s.a);
    let d2 = orient(t.a, t.b, s.b);
    let d3 = orient(s.a, s.b, t.a);
    let d4 = orient(s.a, s.b, t.b);
    if ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)) {
        return true;
    }
    (d1 == 0 && on_segment(t.a, t.b, s.a))
        || (d2 == 0 && on_segment(t.a, t.b, s.b))
        || (d3 == 0 && on_segment(s.a, s.b, t.a))
        || (d4 == 0 && on_segment(s.a, s.b, t.b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::topology::build_topology;

    fn options(tolerance: f64) -> SimplifyOptions {
        SimplifyOptions {
            tolerance,
            max_area_change: 0.02,
            max_rounds: 12,
        }
    }

    #[test]
    fn straight_run_of_points_keeps_only_its_ends() {
        let arc = vec![[0, 0], [1, 0], [2, 1], [3, 0], [10, 0]];
        assert_eq!(simplify_arc(&arc, 2.0), vec![[0, 0], [10, 0]]);
    }

    #[test]
    fn zero_or_negative_tolerance_keeps_every_point() {
        let arc = vec![[0, 0], [1, 0], [2, 1], [3, 0]];
        assert_eq!(simplify_arc(&arc, 0.0), arc);
        assert_eq!(simplify_arc(&arc, -1.0), arc);
    }

    #[test]
    fn empty_one_and_two_point_arcs_come_back_unchanged() {
        assert!(simplify_arc(&[], 5.0).is_empty());
        assert_eq!(simplify_arc(&[[1, 1]], 5.0), vec![[1, 1]]);
        assert_eq!(simplify_arc(&[[1, 1], [4, 4]], 5.0), vec![[1, 1], [4, 4]]);
    }

    #[test]
    fn crossing_segments_of_two_arcs_are_found() {
        let arcs = vec![vec![[0, 0], [10, 10]], vec![[0, 10], [10, 0]]];
        assert_eq!(crossing_arcs(&arcs), vec![(0, 1)]);
    }

    #[test]
    fn arcs_meeting_at_their_ends_do_not_cross() {
        let arcs = vec![
            vec![[0, 0], [5, 5], [10, 0]],
            vec![[10, 0], [5, -5], [0, 0]],
        ];
        assert!(crossing_arcs(&arcs).is_empty());
    }

    #[test]
    fn arc_ending_on_the_middle_of_another_touches_it() {
        let arcs = vec![vec![[0, 0], [10, 0]], vec![[5, 0], [5, 5]]];
        assert_eq!(crossing_arcs(&arcs), vec![(0, 1)]);
    }

    #[test]
    fn collapsed_thin_ring_is_repaired_back_to_a_valid_ring() {
        // A thin closed island: at tolerance 3 RDP keeps only start and far point (3 points).
        let island = vec![[0, 0], [5, 1], [10, 0], [5, -1], [0, 0]];
        let topology = build_topology(&[island]);
        let features = vec![vec![vec![topology.rings[0].clone()]]];
        let result = simplify_arcs(&topology.arcs, &features, options(3.0));
        assert!(result.unresolved.is_empty(), "{:?}", result.unresolved);
        let ring = ring_points(&result.arcs, &topology.rings[0]);
        assert!(ring_problem(&ring).is_none(), "{ring:?}");
    }

    #[test]
    fn neighbours_share_the_same_simplified_border() {
        let left = vec![[0, 0], [10, 0], [11, 5], [10, 10], [0, 10], [0, 0]];
        let right = vec![[10, 0], [20, 0], [20, 10], [10, 10], [11, 5], [10, 0]];
        let topology = build_topology(&[left, right]);
        let features: Vec<FeatureRings> = topology
            .rings
            .iter()
            .map(|r| vec![vec![r.clone()]])
            .collect();
        let result = simplify_arcs(&topology.arcs, &features, options(2.0));
        let a = ring_points(&result.arcs, &topology.rings[0]);
        let b = ring_points(&result.arcs, &topology.rings[1]);
        let border_a: HashSet<GridPoint> = a
            .iter()
            .copied()
            .filter(|p| p[0] >= 10 && p[0] <= 11)
            .collect();
        let border_b: HashSet<GridPoint> = b
            .iter()
            .copied()
            .filter(|p| p[0] >= 10 && p[0] <= 11)
            .collect();
        assert_eq!(border_a, border_b);
    }
}
