//! From lon/lat source polygons to integer grid polygons inside the clip rectangle: project with
//! EPSG:3035, quantize to the frame's grid, orient, clip.

use geo::{BooleanOps, Coord, LineString, MultiPolygon, Polygon, Rect};
use map_core::geo::fit::Frame;
use map_core::geo::path::GridPoint;
use map_core::geo::project::Laea;
use map_core::geo::topology::ring_area2;

use crate::read::SourceFeature;

/// Polygons of closed rings of grid points; ring 0 of each polygon is its outer ring.
pub type GridPolygons = Vec<Vec<Vec<GridPoint>>>;

/// `[x0, y0, x1, y1]` in grid units.
pub type GridRect = [i32; 4];

/// The source's polygons in view-box units, unrounded. Fails with the ring and point when a
/// coordinate does not project.
pub fn project_feature(
    feature: &SourceFeature,
    frame: &Frame,
) -> Result<Vec<Vec<Vec<[f64; 2]>>>, String> {
    let laea = Laea::etrs89();
    feature
        .polygons
        .iter()
        .enumerate()
        .map(|(p, polygon)| {
            polygon
                .iter()
                .enumerate()
                .map(|(r, ring)| {
                    ring.iter()
                        .enumerate()
                        .map(|(i, &[lon, lat])| {
                            laea.forward(lon, lat)
                                .map(|m| frame.to_view(m))
                                .ok_or_else(|| {
                                    format!("polygon {p} ring {r} point {i} ({lon}, {lat}) does not project")
                                })
                        })
                        .collect()
                })
                .collect()
        })
        .collect()
}

/// Rounds to the grid, removes repeated points, orients every outer ring clockwise on screen
/// (positive shoelace in y-down units) and every hole the other way, and drops rings (and
/// polygons whose outer ring) collapsed to no area.
pub fn quantize(polygons: &[Vec<Vec<[f64; 2]>>]) -> GridPolygons {
    polygons
        .iter()
        .filter_map(|polygon| {
            let rings: Vec<Vec<GridPoint>> = polygon.iter().map(|ring| round_ring(ring)).collect();
            orient(rings)
        })
        .collect()
}

fn round_ring(ring: &[[f64; 2]]) -> Vec<GridPoint> {
    let mut out: Vec<GridPoint> = Vec::with_capacity(ring.len());
    for p in ring {
        let point = [round(p[0]), round(p[1])];
        if out.last() != Some(&point) {
            out.push(point);
        }
    }
    out
}

/// Nearest grid value; coordinates beyond ±2^31 units cannot occur after clipping and saturate.
fn round(v: f64) -> i32 {
    let r = v.round();
    if r >= f64::from(i32::MAX) {
        i32::MAX
    } else if r <= f64::from(i32::MIN) {
        i32::MIN
    } else {
        // In range and integral: the conversion is exact.
        #[allow(clippy::cast_possible_truncation)]
        let value = r as i32;
        value
    }
}

/// One polygon's rings, oriented; `None` when the outer ring has no area.
fn orient(rings: Vec<Vec<GridPoint>>) -> Option<Vec<Vec<GridPoint>>> {
    let mut out = Vec::with_capacity(rings.len());
    for (r, mut ring) in rings.into_iter().enumerate() {
        if let Some(&first) = ring.first().filter(|first| ring.last() != Some(first)) {
            ring.push(first);
        }
        let area = ring_area2(&ring);
        if ring.len() < 4 || area == 0 {
            if r == 0 {
                return None;
            }
            continue;
        }
        let outer = r == 0;
        if (area > 0) != outer {
            ring.reverse();
        }
        out.push(ring);
    }
    Some(out)
}

/// Grid bounds `[x0, y0, x1, y1]` of polygons' outer rings, `None` when empty.
pub fn bounds(polygons: &GridPolygons) -> Option<GridRect> {
    let mut points = polygons.iter().filter_map(|p| p.first()).flatten();
    let first = points.next()?;
    Some(
        points.fold([first[0], first[1], first[0], first[1]], |b, p| {
            [
                b[0].min(p[0]),
                b[1].min(p[1]),
                b[2].max(p[0]),
                b[3].max(p[1]),
            ]
        }),
    )
}

/// Whether `inner` lies inside or on `outer`.
pub fn rect_within(inner: GridRect, outer: GridRect) -> bool {
    inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3]
}

/// Keeps what lies inside `rect`: polygons wholly inside stay as they are (bit for bit, so shared
/// borders stay shared), polygons wholly outside go, the rest are intersected with the rectangle
/// by `geo`'s `BooleanOps`. Grid coordinates are small integers, which the overlay's fixed-point
/// snapping (a power-of-two scale) keeps exactly; new points on the rectangle are rounded.
pub fn clip(polygons: GridPolygons, rect: GridRect) -> GridPolygons {
    let mut out = Vec::with_capacity(polygons.len());
    for polygon in polygons {
        let Some(b) = bounds(&vec![polygon.clone()]) else {
            continue;
        };
        if rect_within(b, rect) {
            out.push(polygon);
            continue;
        }
        if b[2] < rect[0] || b[0] > rect[2] || b[3] < rect[1] || b[1] > rect[3] {
            continue;
        }
        let geo_polygon = to_geo(&polygon);
        let window = Rect::new(
            Coord {
                x: f64::from(rect[0]),
                y: f64::from(rect[1]),
            },
            Coord {
                x: f64::from(rect[2]),
                y: f64::from(rect[3]),
            },
        )
        .to_polygon();
        let clipped: MultiPolygon<f64> =
            MultiPolygon(vec![geo_polygon]).intersection(&MultiPolygon(vec![window]));
        for piece in clipped {
            let rings: Vec<Vec<[f64; 2]>> = std::iter::once(piece.exterior())
                .chain(piece.interiors())
                .map(|ring| ring.coords().map(|c| [c.x, c.y]).collect())
                .collect();
            out.extend(quantize(&[rings]));
        }
    }
    out
}

/// A grid polygon as a `geo` polygon.
pub fn to_geo(polygon: &[Vec<GridPoint>]) -> Polygon<f64> {
    let ring = |points: &Vec<GridPoint>| -> LineString<f64> {
        points
            .iter()
            .map(|p| Coord {
                x: f64::from(p[0]),
                y: f64::from(p[1]),
            })
            .collect()
    };
    let mut rings = polygon.iter().map(ring);
    let exterior = rings.next().unwrap_or_else(|| LineString(Vec::new()));
    Polygon::new(exterior, rings.collect())
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn quantize_orients_outer_rings_clockwise_on_screen_and_holes_the_other_way() {
        let outer: Vec<[f64; 2]> = vec![
            [0.0, 0.0],
            [0.0, 10.0],
            [10.0, 10.0],
            [10.0, 0.0],
            [0.0, 0.0],
        ];
        let hole: Vec<[f64; 2]> = vec![[2.0, 2.0], [4.0, 2.0], [4.0, 4.0], [2.0, 4.0], [2.0, 2.0]];
        let polygons = quantize(&[vec![outer, hole]]);
        assert!(ring_area2(&polygons[0][0]) > 0);
        assert!(ring_area2(&polygons[0][1]) < 0);
    }

    #[test]
    fn ring_that_rounds_to_nothing_is_dropped() {
        let speck: Vec<[f64; 2]> = vec![[0.1, 0.1], [0.2, 0.1], [0.2, 0.2], [0.1, 0.1]];
        assert!(quantize(&[vec![speck]]).is_empty());
    }

    #[test]
    fn polygons_inside_the_clip_stay_bit_for_bit_and_outside_ones_go() {
        let inside = vec![square(10, 10, 5)];
        let outside = vec![square(500, 500, 5)];
        let clipped = clip(vec![inside.clone(), outside], [0, 0, 100, 100]);
        assert_eq!(clipped, vec![inside]);
    }

    #[test]
    fn polygon_across_the_edge_is_cut_at_the_edge_keeping_its_inner_points() {
        let across = vec![vec![[50, 10], [150, 10], [150, 60], [70, 60], [50, 10]]];
        let clipped = clip(vec![across], [0, 0, 100, 100]);
        assert_eq!(clipped.len(), 1);
        let ring = &clipped[0][0];
        assert!(ring.iter().all(|p| p[0] <= 100));
        assert!(ring.contains(&[50, 10]) && ring.contains(&[70, 60]));
        assert!(ring.contains(&[100, 10]) && ring.contains(&[100, 60]));
        assert!(ring_area2(ring) > 0);
    }
}
