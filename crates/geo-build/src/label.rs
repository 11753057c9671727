//! Label and marker points: the pole of inaccessibility of a feature's largest polygon, by the
//! `polylabel` crate (V. Agafonkin's algorithm, Mapbox 2016), so the point is always inside the
//! shape, unlike a centroid (think of Croatia or Norway).

use map_core::geo::path::GridPoint;
use map_core::geo::topology::ring_area2;

use crate::select::to_geo;

/// Precision of the search in grid units.
const PRECISION: f64 = 1.0;

/// The label point of the largest (by outer ring area) of `polygons`, rounded to the grid, or
/// `None` for no polygons.
pub fn label_point(polygons: &[Vec<Vec<GridPoint>>]) -> Option<[f64; 2]> {
    let largest = polygons
        .iter()
        .filter(|p| p.first().is_some_and(|ring| ring.len() >= 4))
        .max_by_key(|p| p.first().map(|ring| ring_area2(ring)).unwrap_or(0))?;
    let polygon = to_geo(largest);
    let point = polylabel::polylabel(&polygon, &PRECISION).ok()?;
    let rounded = [point.x().round(), point.y().round()];
    rounded.iter().all(|v| v.is_finite()).then_some(rounded)
}

/// The label point of unrounded view-box polygons (used for features wholly outside the frame,
/// whose grid geometry is empty).
pub fn label_point_float(polygons: &[Vec<Vec<[f64; 2]>>]) -> Option<[f64; 2]> {
    let area = |ring: &Vec<[f64; 2]>| -> f64 {
        ring.windows(2)
            .map(|w| match w {
                [a, b] => a[0] * b[1] - b[0] * a[1],
                _ => 0.0,
            })
            .sum::<f64>()
            .abs()
    };
    let largest = polygons
        .iter()
        .filter_map(|p| p.first().map(|ring| (area(ring), p)))
        .max_by(|a, b| a.0.total_cmp(&b.0))?
        .1;
    let polygon = geo::Polygon::new(
        largest
            .first()?
            .iter()
            .map(|p| geo::Coord { x: p[0], y: p[1] })
            .collect(),
        Vec::new(),
    );
    let point = polylabel::polylabel(&polygon, &PRECISION).ok()?;
    let rounded = [point.x().round(), point.y().round()];
    rounded.iter().all(|v| v.is_finite()).then_some(rounded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::union::point_in_ring;

    #[test]
    fn label_of_an_l_shape_lies_inside_it() {
        // An L whose centroid falls outside the shape's inner corner region.
        let l = vec![
            [0, 0],
            [100, 0],
            [100, 20],
            [20, 20],
            [20, 100],
            [0, 100],
            [0, 0],
        ];
        let point = label_point(&[vec![l.clone()]]).unwrap();
        #[allow(clippy::cast_possible_truncation)]
        let grid = [point[0] as i32, point[1] as i32];
        assert_eq!(point_in_ring(&l, grid), Some(true), "{point:?}");
    }

    #[test]
    fn label_goes_to_the_largest_polygon() {
        let small = vec![[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
        let large = vec![[100, 100], [200, 100], [200, 200], [100, 200], [100, 100]];
        let point = label_point(&[vec![small], vec![large]]).unwrap();
        assert!(point[0] > 100.0 && point[1] > 100.0);
    }

    #[test]
    fn no_polygons_no_label() {
        assert!(label_point(&[]).is_none());
    }
}
