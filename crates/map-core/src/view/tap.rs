//! What a finger on the map means. A fingertip covers about 10 px and hides what it touches, while
//! on a phone some partner regions are a few pixels wide (Oliveira de Azeméis 4×7 px at 390 px) and
//! seats are drawn 2–5 px: a tap hit-tested on the drawn shapes alone selects the neighbour or
//! nothing. So a tap chooses its target by distance, as map libraries' "tolerance" clicks do
//! (Leaflet's `tolerance` for canvas paths, Mapbox's query box):
//!
//! - a seat is a target of [`SEAT_RADIUS_PX`] around its point whatever its drawn size (24 px
//!   across, WCAG 2.5.8's minimum target), and seats come first: they are the smaller things;
//! - else a region the tap falls inside;
//! - else the nearest region whose outline is within [`TOLERANCE_PX`];
//! - two different targets at about the same distance ([`CROWD_MARGIN_PX`]) are a crowded spot: the
//!   map zooms in there first, where they lie apart, rather than guess.
//!
//! All geometry is in the map's own units (view-box units before zoom); the caller says how many of
//! them one screen pixel is now ([`TapTargets::resolve`]'s `units_per_px`), so the tolerances stay
//! in pixels at any zoom.

use crate::data::ids::{PartnerId, RegionId};
use crate::data::model::DataFile;
use crate::geo::shape::ShapeFile;
use crate::geo::zoom::Transform;
use crate::view::layers::Marker;

/// How far (screen px) from a region's outline a tap still means that region.
pub const TOLERANCE_PX: f64 = 12.0;
/// A seat's tap target: a disc of this radius (screen px) around its point, 24 px across.
pub const SEAT_RADIUS_PX: f64 = 12.0;
/// Two targets whose distances differ by less than this (screen px) are too close to tell apart.
pub const CROWD_MARGIN_PX: f64 = 4.0;
/// A tap on a crowded spot zooms the map in this much about it: two seats 14 px apart (SECON's
/// Athens and Tripoli on a phone) are then 42 px apart, each tap target clear of the other.
pub const CROWDED_ZOOM: f64 = 3.0;

/// The regions and seats a tap may mean, each with what selecting it opens (`T`: a region, or a
/// partner without one). A seat inside its own region opens the same `T`, so the two never compete.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TapTargets<T> {
    regions: Vec<(T, Vec<Vec<[f64; 2]>>)>,
    seats: Vec<(T, [f64; 2])>,
}

/// What a tap does.
#[derive(Debug, Clone, PartialEq)]
pub enum Tap<T> {
    /// Select this target.
    Select(T),
    /// Several targets are about equally near: zoom in about this point (map units) first.
    Crowded([f64; 2]),
    /// Nothing selectable is near: the tap only dismisses what hover would have shown.
    Nothing,
}

impl<T: Clone + PartialEq> TapTargets<T> {
    /// No targets.
    pub fn new() -> Self {
        Self {
            regions: Vec::new(),
            seats: Vec::new(),
        }
    }

    /// Adds a region as its rings (each closed or not, map units); its polygons' holes are rings
    /// too, and the even-odd rule over all of them tells inside from outside.
    pub fn add_region(&mut self, target: T, rings: Vec<Vec<[f64; 2]>>) {
        self.regions.push((target, rings));
    }

    /// Adds a seat at `point` (map units).
    pub fn add_seat(&mut self, target: T, point: [f64; 2]) {
        self.seats.push((target, point));
    }

    /// The target a tap at `point` (map units) means, when one map unit is `1 / units_per_px` screen
    /// pixels. A non-finite point or scale means [`Tap::Nothing`]; never panics.
    pub fn resolve(&self, point: [f64; 2], units_per_px: f64) -> Tap<T> {
        let finite = point.iter().all(|v| v.is_finite());
        if !(finite && units_per_px.is_finite() && units_per_px > 0.0) {
            return Tap::Nothing;
        }
        let seats = self.seats.iter().filter_map(|(target, at)| {
            let px = distance(point, *at) / units_per_px;
            (px <= SEAT_RADIUS_PX).then_some((target, px))
        });
        if let Some(tap) = choose(seats, point) {
            return tap;
        }
        let regions = self.regions.iter().filter_map(|(target, rings)| {
            let px = outline_distance(point, rings)? / units_per_px;
            (px <= TOLERANCE_PX).then_some((target, px))
        });
        choose(regions, point).unwrap_or(Tap::Nothing)
    }
}

/// The nearest candidate, or a crowded spot when a different one is about as near; a tap inside a
/// region (distance 0) is never crowded by regions merely near it.
fn choose<'a, T: Clone + PartialEq + 'a>(
    candidates: impl Iterator<Item = (&'a T, f64)>,
    point: [f64; 2],
) -> Option<Tap<T>> {
    // Two passes over a handful of targets, not a sort: a sort's code is kilobytes of wasm.
    let candidates: Vec<(&T, f64)> = candidates.collect();
    let nearest = |skip: Option<&T>| {
        candidates
            .iter()
            .filter(|(target, _)| Some(*target) != skip)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .copied()
    };
    let (best, best_px) = nearest(None)?;
    let rival = nearest(Some(best))
        .is_some_and(|(_, px)| px - best_px < CROWD_MARGIN_PX && (best_px > 0.0 || px == 0.0));
    Some(match rival {
        true => Tap::Crowded(point),
        false => Tap::Select(best.clone()),
    })
}

/// Where a tap at `client` (px from the map's top-left corner on screen) lies on the map, and how
/// many map units one screen pixel is there: for a map of `view_width` units drawn `drawn_width`
/// px wide (its aspect kept) under the zoom `transform`, whose view box starts at `origin`.
/// `None` when the map is not drawn (zero width).
pub fn tap_on_map(
    client: [f64; 2],
    drawn_width: f64,
    view_width: f64,
    origin: [f64; 2],
    transform: Transform,
) -> Option<([f64; 2], f64)> {
    if !(drawn_width > 0.0 && view_width > 0.0 && transform.k > 0.0) {
        return None;
    }
    let per_px = view_width / drawn_width;
    let [vx, vy] = [
        origin[0] + client[0] * per_px,
        origin[1] + client[1] * per_px,
    ];
    // The group is drawn at k·p + t: undo it.
    let point = [
        (vx - transform.x) / transform.k,
        (vy - transform.y) / transform.k,
    ];
    Some((point, per_px / transform.k))
}

/// What a target on the map opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opens {
    /// A partner region's panel.
    Region(RegionId),
    /// The panel of a partner without a region (opened from its seat).
    Partner(PartnerId),
}

/// The map's tap targets: every drawn partner region (from `regions`, by its geometry id) and every
/// seat in `markers`, a seat opening its partner's region or, without one, the partner's own panel.
/// A region with no outline points (a drawn-only file) is left out: its path still takes clicks.
pub fn map_targets(
    data: &DataFile,
    regions: Option<&ShapeFile>,
    markers: &[Marker],
) -> TapTargets<Opens> {
    let mut targets = TapTargets::new();
    if let Some(file) = regions {
        for region in &data.regions {
            let Some(shape) = file.get(region.geometry_id().as_str()) else {
                continue;
            };
            let rings: Vec<Vec<[f64; 2]>> = file
                .rings(shape)
                .into_iter()
                .flatten()
                .map(|ring| {
                    ring.into_iter()
                        .map(|[x, y]| [f64::from(x), f64::from(y)])
                        .collect()
                })
                .collect();
            if !rings.is_empty() {
                targets.add_region(Opens::Region(region.id.clone()), rings);
            }
        }
    }
    for marker in markers {
        let opens = match (&marker.region, PartnerId::parse(&marker.id)) {
            (Some(region), _) => Opens::Region(region.clone()),
            (None, Ok(partner)) => Opens::Partner(partner),
            (None, Err(_)) => continue,
        };
        targets.add_seat(opens, marker.point);
    }
    targets
}

fn distance(a: [f64; 2], b: [f64; 2]) -> f64 {
    (a[0] - b[0]).hypot(a[1] - b[1])
}

/// 0 inside the rings (even-odd), else the distance to the nearest edge; `None` without edges.
fn outline_distance(point: [f64; 2], rings: &[Vec<[f64; 2]>]) -> Option<f64> {
    let mut inside = false;
    let mut nearest: Option<f64> = None;
    for ring in rings {
        for (a, b) in edges(ring) {
            // Ray casting to the right (W. R. Franklin's PNPOLY).
            if (a[1] > point[1]) != (b[1] > point[1]) {
                let x = a[0] + (point[1] - a[1]) * (b[0] - a[0]) / (b[1] - a[1]);
                if point[0] < x {
                    inside = !inside;
                }
            }
            let d = segment_distance(point, a, b);
            nearest = Some(nearest.map_or(d, |n| n.min(d)));
        }
    }
    nearest.map(|d| if inside { 0.0 } else { d })
}

/// A ring's edges, closing it if its last point is not its first.
fn edges(ring: &[[f64; 2]]) -> impl Iterator<Item = ([f64; 2], [f64; 2])> + '_ {
    let closing = match (ring.first(), ring.last()) {
        (Some(first), Some(last)) if first != last && ring.len() > 2 => Some((*last, *first)),
        _ => None,
    };
    ring.windows(2)
        .filter_map(|pair| match pair {
            [a, b] => Some((*a, *b)),
            _ => None,
        })
        .chain(closing)
}

fn segment_distance(p: [f64; 2], a: [f64; 2], b: [f64; 2]) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let length = dx * dx + dy * dy;
    let t = if length > 0.0 {
        (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length).clamp(0.0, 1.0)
    } else {
        0.0
    };
    distance(p, [a[0] + t * dx, a[1] + t * dy])
}

#[cfg(test)]
mod tests;
