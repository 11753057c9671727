//! Splitting rings into shared arcs, and dissolving unions on those arcs (feature `build`).
//!
//! The method is TopoJSON's (M. Bostock, topojson-server `join.js` and `cut.js`; mapshaper does
//! the same): a vertex is a *junction* where the rings passing through it do not all have the same
//! two neighbours there; each ring is cut at its junctions into arcs, and arcs that are equal
//! forwards or backwards are stored once. Simplifying each stored arc once then changes both sides
//! of a border identically, so neighbours never show gaps or slivers.
//!
//! Hand-written because no Rust crate does it: `geo` simplifies one geometry at a time
//! (`SimplifyVwPreserve` keeps a single polygon valid, not its neighbours), and the topojson crate
//! only reads and writes the format. The input is integer grid points, so equality is exact.

use std::collections::HashMap;

use crate::geo::path::GridPoint;

/// A reference to an arc as TopoJSON writes it: `i` is arc `i` forwards, `!i` (= `-i - 1`)
/// arc `i` backwards.
pub type ArcRef = i32;

/// Arcs shared by a set of rings; see [`build_topology`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Topology {
    /// Each arc's points. An arc between junctions has distinct ends; a ring with no junction is
    /// one closed arc (first point = last point).
    pub arcs: Vec<Vec<GridPoint>>,
    /// For each input ring, in input order, the arc references that spell it.
    pub rings: Vec<Vec<ArcRef>>,
}

/// Cuts `rings` at their junctions into arcs, each stored once.
///
/// Each ring is a closed sequence of grid points (the first point may or may not be repeated at
/// the end). Consecutive duplicate points are ignored. Rings with fewer than three distinct points
/// get an empty reference list. Deterministic: the same rings in the same order give the same arcs
/// in the same order.
pub fn build_topology(rings: &[Vec<GridPoint>]) -> Topology {
    let cleaned: Vec<Vec<GridPoint>> = rings.iter().map(|ring| open_ring(ring)).collect();
    let junctions = find_junctions(&cleaned);
    let mut topology = Topology::default();
    let mut index: HashMap<Vec<GridPoint>, i32> = HashMap::new();
    for ring in &cleaned {
        let mut refs = Vec::new();
        if ring.len() >= 3 {
            for arc in cut_ring(ring, &junctions) {
                refs.push(intern(&mut topology.arcs, &mut index, arc));
            }
        }
        topology.rings.push(refs);
    }
    topology
}

/// The ring without consecutive duplicates and without the closing repeat of its first point.
fn open_ring(ring: &[GridPoint]) -> Vec<GridPoint> {
    let mut out: Vec<GridPoint> = Vec::with_capacity(ring.len());
    for point in ring {
        if out.last() != Some(point) {
            out.push(*point);
        }
    }
    while out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    out
}

/// Neighbours of the vertex at `i` in a cyclic ring, as an unordered pair.
fn neighbours(ring: &[GridPoint], i: usize) -> Option<[GridPoint; 2]> {
    let n = ring.len();
    let previous = *ring.get((i + n - 1) % n)?;
    let next = *ring.get((i + 1) % n)?;
    Some(if previous <= next {
        [previous, next]
    } else {
        [next, previous]
    })
}

/// Every point where the rings through it disagree about its two neighbours.
fn find_junctions(rings: &[Vec<GridPoint>]) -> HashMap<GridPoint, bool> {
    let mut seen: HashMap<GridPoint, ([GridPoint; 2], bool)> = HashMap::new();
    for ring in rings {
        for (i, point) in ring.iter().enumerate() {
            let Some(pair) = neighbours(ring, i) else {
                continue;
            };
            seen.entry(*point)
                .and_modify(|(first, junction)| *junction |= *first != pair)
                .or_insert((pair, false));
        }
    }
    seen.into_iter()
        .filter(|(_, (_, junction))| *junction)
        .map(|(point, _)| (point, true))
        .collect()
}

/// The arcs of one open ring: pieces between consecutive junctions, each with both ends, or the
/// whole ring as one closed arc in canonical rotation when it has no junction.
fn cut_ring(ring: &[GridPoint], junctions: &HashMap<GridPoint, bool>) -> Vec<Vec<GridPoint>> {
    let cuts: Vec<usize> = (0..ring.len())
        .filter(|&i| ring.get(i).is_some_and(|p| junctions.contains_key(p)))
        .collect();
    let Some(&first_cut) = cuts.first() else {
        return vec![closed_arc(ring)];
    };
    let n = ring.len();
    let mut arcs = Vec::with_capacity(cuts.len());
    let mut current: Vec<GridPoint> = Vec::new();
    for step in 0..=n {
        let i = (first_cut + step) % n;
        let Some(point) = ring.get(i) else {
            continue;
        };
        current.push(*point);
        if step > 0 && junctions.contains_key(point) {
            arcs.push(std::mem::take(&mut current));
            current.push(*point);
        }
    }
    arcs
}

/// A junction-free ring as one closed arc, in the ring's own direction, starting at its smallest
/// point, so the same ring from two features (in either direction) gives the same arc.
fn closed_arc(ring: &[GridPoint]) -> Vec<GridPoint> {
    let n = ring.len();
    let start = (0..n).min_by_key(|&i| ring.get(i)).unwrap_or(0);
    (0..=n)
        .filter_map(|step| ring.get((start + step) % n).copied())
        .collect()
}

/// Stores `arc` once, whichever direction it comes in, and returns its reference.
fn intern(
    arcs: &mut Vec<Vec<GridPoint>>,
    index: &mut HashMap<Vec<GridPoint>, i32>,
    arc: Vec<GridPoint>,
) -> ArcRef {
    if let Some(&i) = index.get(&arc) {
        return i;
    }
    // A closed arc starts and ends at its smallest point, so its reversal does too.
    let reversed: Vec<GridPoint> = arc.iter().rev().copied().collect();
    if let Some(&i) = index.get(&reversed) {
        return !i;
    }
    let i = i32::try_from(arcs.len()).unwrap_or(i32::MAX);
    index.insert(arc.clone(), i);
    arcs.push(arc);
    i
}

/// The arc index and direction of a reference.
pub fn resolve(arc_ref: ArcRef) -> (usize, bool) {
    let reversed = arc_ref < 0;
    let index = if reversed { !arc_ref } else { arc_ref };
    (usize::try_from(index).unwrap_or(usize::MAX), reversed)
}

/// The closed ring (first point repeated at the end) spelled by `refs` over `arcs`. Arcs that do
/// not exist are skipped; consecutive arcs share their joining point, written once.
pub fn ring_points(arcs: &[Vec<GridPoint>], refs: &[ArcRef]) -> Vec<GridPoint> {
    let mut points: Vec<GridPoint> = Vec::new();
    for &arc_ref in refs {
        let (index, reversed) = resolve(arc_ref);
        let Some(arc) = arcs.get(index) else {
            continue;
        };
        if !points.is_empty() {
            points.pop();
        }
        if reversed {
            points.extend(arc.iter().rev());
        } else {
            points.extend(arc.iter());
        }
    }
    points
}

/// Twice the signed area of a ring by the shoelace formula, in grid units squared. In view-box
/// coordinates (y down) a ring that turns clockwise on screen is positive.
pub fn ring_area2(ring: &[GridPoint]) -> i64 {
    ring.windows(2)
        .map(|pair| match pair {
            [a, b] => i64::from(a[0]) * i64::from(b[1]) - i64::from(b[0]) * i64::from(a[1]),
            _ => 0,
        })
        .sum()
}

/// Dissolves the inner borders of a union: the rings (as arc references over the same topology)
/// of all members go in, the rings of their union come out.
///
/// An arc walked once forwards and once backwards (a border between two members) cancels; the
/// rest are chained end to start. This is TopoJSON's `merge` (topojson-client `merge.js`) reduced
/// to what consistently oriented rings need: members' outer rings must all turn the same way and
/// their holes the other way. Done on arcs rather than with `geo`'s `BooleanOps` so the union's
/// outline reuses exactly the arcs its neighbours use (a boolean overlay re-snaps coordinates).
/// Output rings keep the members' orientation convention; the caller sorts holes into shells.
pub fn merge_rings(arcs: &[Vec<GridPoint>], rings: &[Vec<ArcRef>]) -> Vec<Vec<ArcRef>> {
    let mut net: HashMap<usize, i32> = HashMap::new();
    let mut order: Vec<usize> = Vec::new();
    for &arc_ref in rings.iter().flatten() {
        let (index, reversed) = resolve(arc_ref);
        let count = net.entry(index).or_insert_with(|| {
            order.push(index);
            0
        });
        *count += if reversed { -1 } else { 1 };
    }
    // Directed arcs that survive, keyed by their start point.
    let mut remaining: Vec<ArcRef> = Vec::new();
    for index in order {
        let count = net.get(&index).copied().unwrap_or(0);
        let Ok(i) = i32::try_from(index) else {
            continue;
        };
        for _ in 0..count.unsigned_abs() {
            remaining.push(if count > 0 { i } else { !i });
        }
    }
    let ends = |arc_ref: ArcRef| -> Option<(GridPoint, GridPoint)> {
        let (index, reversed) = resolve(arc_ref);
        let arc = arcs.get(index)?;
        let (first, last) = (*arc.first()?, *arc.last()?);
        Some(if reversed {
            (last, first)
        } else {
            (first, last)
        })
    };
    let mut by_start: HashMap<GridPoint, Vec<usize>> = HashMap::new();
    for (slot, &arc_ref) in remaining.iter().enumerate() {
        if let Some((start, _)) = ends(arc_ref) {
            by_start.entry(start).or_default().push(slot);
        }
    }
    for slots in by_start.values_mut() {
        slots.reverse();
    }
    let mut used = vec![false; remaining.len()];
    let mut out = Vec::new();
    for slot in 0..remaining.len() {
        if used.get(slot).copied().unwrap_or(true) {
            continue;
        }
        let Some(&first) = remaining.get(slot) else {
            continue;
        };
        let Some((ring_start, mut end)) = ends(first) else {
            continue;
        };
        if let Some(flag) = used.get_mut(slot) {
            *flag = true;
        }
        if let Some(slots) = by_start.get_mut(&ring_start) {
            slots.retain(|&s| s != slot);
        }
        let mut ring = vec![first];
        while end != ring_start {
            let Some(next) = by_start.get_mut(&end).and_then(Vec::pop) else {
                break;
            };
            if let Some(flag) = used.get_mut(next) {
                *flag = true;
            }
            let Some(&arc_ref) = remaining.get(next) else {
                break;
            };
            ring.push(arc_ref);
            match ends(arc_ref) {
                Some((_, e)) => end = e,
                None => break,
            }
        }
        if end == ring_start {
            out.push(ring);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two unit squares side by side: [0,0]-[1,1] and [1,0]-[2,1], both clockwise on screen.
    fn two_squares() -> Vec<Vec<GridPoint>> {
        vec![
            vec![[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]],
            vec![[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]],
        ]
    }

    #[test]
    fn shared_border_of_two_squares_is_one_arc_walked_both_ways() {
        let topology = build_topology(&two_squares());
        assert_eq!(topology.arcs.len(), 3, "{:?}", topology.arcs);
        let shared: Vec<usize> = (0..3)
            .filter(|&i| {
                topology
                    .rings
                    .iter()
                    .all(|refs| refs.iter().any(|&r| resolve(r).0 == i))
            })
            .collect();
        assert_eq!(shared.len(), 1);
        for (ring, refs) in two_squares().iter().zip(&topology.rings) {
            let back = ring_points(&topology.arcs, refs);
            assert_eq!(ring_area2(&back), ring_area2(ring));
            assert_eq!(back.len(), 5);
        }
    }

    #[test]
    fn same_island_in_two_features_is_one_closed_arc() {
        let island = vec![[5, 5], [9, 5], [9, 9], [5, 5]];
        let rotated_reversed = vec![[9, 9], [9, 5], [5, 5], [9, 9]];
        let topology = build_topology(&[island, rotated_reversed]);
        assert_eq!(topology.arcs.len(), 1);
        assert_eq!(topology.arcs[0].first(), topology.arcs[0].last());
        assert_eq!(topology.rings[0], vec![0]);
        assert_eq!(topology.rings[1], vec![!0]);
    }

    #[test]
    fn degenerate_rings_get_no_arcs() {
        let topology = build_topology(&[vec![], vec![[1, 1]], vec![[1, 1], [2, 2], [1, 1]]]);
        assert!(topology.rings.iter().all(Vec::is_empty));
        assert!(topology.arcs.is_empty());
    }

    #[test]
    fn merging_two_squares_drops_their_shared_border() {
        let topology = build_topology(&two_squares());
        let merged = merge_rings(&topology.arcs, &topology.rings);
        assert_eq!(merged.len(), 1);
        let ring = ring_points(&topology.arcs, &merged[0]);
        assert_eq!(ring_area2(&ring), 4, "{ring:?}");
        assert_eq!(
            merged[0].len(),
            2,
            "the two outer arcs remain, the shared one is gone"
        );
    }

    #[test]
    fn merging_a_ring_with_a_hole_filled_by_another_member_gives_one_ring() {
        let outer = vec![[0, 0], [6, 0], [6, 6], [0, 6], [0, 0]];
        let hole = vec![[2, 2], [2, 4], [4, 4], [4, 2], [2, 2]];
        let inner = vec![[2, 2], [4, 2], [4, 4], [2, 4], [2, 2]];
        let topology = build_topology(&[outer, hole, inner]);
        let merged = merge_rings(&topology.arcs, &topology.rings);
        assert_eq!(merged.len(), 1);
        assert_eq!(ring_area2(&ring_points(&topology.arcs, &merged[0])), 72);
    }

    #[test]
    fn shoelace_is_positive_for_clockwise_on_screen() {
        assert_eq!(ring_area2(&[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]), 8);
        assert_eq!(ring_area2(&[[0, 0], [0, 2], [2, 2], [2, 0], [0, 0]]), -8);
    }
}
