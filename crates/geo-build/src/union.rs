//! Partner regions made of several NUTS regions (Rhine-Neckar: 15 districts in three Länder;
//! Mazowieckie: PL91 + PL92) become one feature with one outline.
//!
//! The dissolve runs on the shared arcs (`map_core::geo::topology::merge_rings`), so the union's outline
//! is made of exactly the arcs its neighbours use; this module sorts the merged rings back into
//! polygons (outer rings and the holes inside them).

use map_core::geo::path::GridPoint;
use map_core::geo::topology::{ArcRef, merge_rings, ring_area2, ring_points};

/// Polygons (outer ring, then holes) of arc references.
pub type ArcPolygons = Vec<Vec<Vec<ArcRef>>>;

/// The union of `members` (each a feature's polygons over the same arcs) as polygons.
///
/// With one member the polygons come back unchanged. Holes go to the smallest outer ring that
/// contains them; a hole contained by none is dropped (it cannot occur with consistently oriented
/// input).
pub fn union_polygons(arcs: &[Vec<GridPoint>], members: &[ArcPolygons]) -> ArcPolygons {
    if let [only] = members {
        return only.clone();
    }
    let rings: Vec<Vec<ArcRef>> = members.iter().flatten().flatten().cloned().collect();
    let merged = merge_rings(arcs, &rings);
    let mut shells: Vec<(i64, Vec<GridPoint>, Vec<Vec<ArcRef>>)> = Vec::new();
    let mut holes: Vec<(Vec<GridPoint>, Vec<ArcRef>)> = Vec::new();
    for ring in merged {
        let points = ring_points(arcs, &ring);
        let area = ring_area2(&points);
        if area > 0 {
            shells.push((area, points, vec![ring]));
        } else if area < 0 {
            holes.push((points, ring));
        }
    }
    for (hole_points, hole) in holes {
        let owner = shells
            .iter_mut()
            .filter(|(_, shell, _)| contains(shell, &hole_points))
            .min_by_key(|(area, _, _)| *area);
        if let Some((_, _, polygon)) = owner {
            polygon.push(hole);
        }
    }
    shells.sort_by_key(|shell| std::cmp::Reverse(shell.0));
    shells.into_iter().map(|(_, _, polygon)| polygon).collect()
}

/// Whether `ring` contains `other`, judged by the first vertex of `other` that is not on `ring`'s
/// boundary (even-odd crossing test).
fn contains(ring: &[GridPoint], other: &[GridPoint]) -> bool {
    other
        .iter()
        .find_map(|&p| point_in_ring(ring, p))
        .unwrap_or(false)
}

/// Even-odd test; `None` when the point lies on the boundary.
pub fn point_in_ring(ring: &[GridPoint], p: GridPoint) -> Option<bool> {
    let (px, py) = (i64::from(p[0]), i64::from(p[1]));
    let mut inside = false;
    for pair in ring.windows(2) {
        let [a, b] = pair else { continue };
        let (ax, ay, bx, by) = (
            i64::from(a[0]),
            i64::from(a[1]),
            i64::from(b[0]),
            i64::from(b[1]),
        );
        let cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
        if cross == 0
            && px >= ax.min(bx)
            && px <= ax.max(bx)
            && py >= ay.min(by)
            && py <= ay.max(by)
        {
            return None;
        }
        if (ay > py) != (by > py) {
            // x of the edge at py, compared without division: px < ax + (py-ay)(bx-ax)/(by-ay)
            let lhs = (px - ax) * (by - ay);
            let rhs = (py - ay) * (bx - ax);
            if (by > ay && lhs < rhs) || (by < ay && lhs > rhs) {
                inside = !inside;
            }
        }
    }
    Some(inside)
}

#[cfg(test)]
mod tests {
    use super::*;
    use map_core::geo::topology::build_topology;

    fn square(x0: i32, y0: i32, size: i32) -> Vec<GridPoint> {
        vec![
            [x0, y0],
            [x0 + size, y0],
            [x0 + size, y0 + size],
            [x0, y0 + size],
            [x0, y0],
        ]
    }

    #[test]
    fn three_districts_in_a_row_union_to_one_outline() {
        let topology = build_topology(&[square(0, 0, 10), square(10, 0, 10), square(20, 0, 10)]);
        let members: Vec<ArcPolygons> = topology
            .rings
            .iter()
            .map(|r| vec![vec![r.clone()]])
            .collect();
        let union = union_polygons(&topology.arcs, &members);
        assert_eq!(union.len(), 1);
        assert_eq!(union[0].len(), 1);
        assert_eq!(ring_area2(&ring_points(&topology.arcs, &union[0][0])), 600);
    }

    #[test]
    fn ring_of_districts_around_a_gap_keeps_the_gap_as_a_hole() {
        // Four 10x10 squares around a 10x10 gap in the middle of a 30x30 block, built from
        // eight squares: the centre one is not a member.
        let mut rings = Vec::new();
        for (x, y) in [
            (0, 0),
            (10, 0),
            (20, 0),
            (0, 10),
            (20, 10),
            (0, 20),
            (10, 20),
            (20, 20),
        ] {
            rings.push(square(x, y, 10));
        }
        let topology = build_topology(&rings);
        let members: Vec<ArcPolygons> = topology
            .rings
            .iter()
            .map(|r| vec![vec![r.clone()]])
            .collect();
        let union = union_polygons(&topology.arcs, &members);
        assert_eq!(union.len(), 1);
        assert_eq!(union[0].len(), 2, "outer ring and the hole");
        let hole = ring_points(&topology.arcs, &union[0][1]);
        assert_eq!(ring_area2(&hole), -200);
    }

    #[test]
    fn separate_members_stay_separate_polygons() {
        let topology = build_topology(&[square(0, 0, 10), square(50, 0, 20)]);
        let members: Vec<ArcPolygons> = topology
            .rings
            .iter()
            .map(|r| vec![vec![r.clone()]])
            .collect();
        let union = union_polygons(&topology.arcs, &members);
        assert_eq!(union.len(), 2);
        assert_eq!(
            ring_area2(&ring_points(&topology.arcs, &union[0][0])),
            800,
            "largest first"
        );
    }

    #[test]
    fn point_on_the_boundary_is_neither_in_nor_out() {
        let ring = square(0, 0, 10);
        assert_eq!(point_in_ring(&ring, [5, 0]), None);
        assert_eq!(point_in_ring(&ring, [5, 5]), Some(true));
        assert_eq!(point_in_ring(&ring, [15, 5]), Some(false));
    }
}
