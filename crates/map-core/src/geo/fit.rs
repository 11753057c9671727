//! The frame every shipped geometry file shares: which EPSG:3035 rectangle the map shows and the
//! integer grid its coordinates are quantized to.
//!
//! Like d3-geo's `fitExtent` (d3/d3-geo `src/projection/fit.js`) it maps projected coordinates into
//! a box of SVG user units, but the geo build fixes the scale to a round number of metres per unit
//! (the quantum) instead of deriving it from the data, so the countries, the partner regions and
//! the NUTS 3 stress file all overlay exactly and a rebuild never shifts the map.

use serde::{Deserialize, Serialize};

use crate::geo::project::Laea;

/// An SVG `viewBox`: user units, y grows downwards.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ViewBox {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width, positive.
    pub width: f64,
    /// Height, positive.
    pub height: f64,
}

impl ViewBox {
    /// The value of an SVG `viewBox` attribute: `"x y width height"`, shortest decimal form.
    pub fn to_attr(&self) -> String {
        format!("{} {} {} {}", self.x, self.y, self.width, self.height)
    }

    /// Whether the point (view-box units) lies inside or on the edge of the box.
    pub fn contains(&self, point: [f64; 2]) -> bool {
        let [x, y] = point;
        x >= self.x && x <= self.x + self.width && y >= self.y && y <= self.y + self.height
    }
}

/// Where EPSG:3035 metres land in view-box units.
///
/// View-box x = (easting − `west`) / `quantum`; view-box y = (`north` − northing) / `quantum` (y
/// down). The view box is `0 0 width height`. Shipped coordinates are integers in these units.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Frame {
    /// Easting in metres of the view box's left edge.
    pub west: f64,
    /// Northing in metres of the view box's top edge.
    pub north: f64,
    /// Metres per view-box unit (the quantization step), positive.
    pub quantum: f64,
    /// View-box width in units.
    pub width: f64,
    /// View-box height in units.
    pub height: f64,
}

/// A rectangle in EPSG:3035 metres: `[west, south, east, north]`.
pub type Extent = [f64; 4];

impl Frame {
    /// The frame showing `extent` (EPSG:3035 metres) on a grid of `quantum` metres, the width and
    /// height rounded up to whole units. Returns `None` when the extent is empty or not finite or
    /// the quantum is not positive.
    pub fn fit_extent(extent: Extent, quantum: f64) -> Option<Self> {
        let [west, south, east, north] = extent;
        let finite = extent.iter().all(|v| v.is_finite()) && quantum.is_finite();
        if !finite || quantum <= 0.0 || east <= west || north <= south {
            return None;
        }
        Some(Self {
            west,
            north,
            quantum,
            width: ((east - west) / quantum).ceil(),
            height: ((north - south) / quantum).ceil(),
        })
    }

    /// The view box, `0 0 width height`.
    pub fn view_box(&self) -> ViewBox {
        ViewBox {
            x: 0.0,
            y: 0.0,
            width: self.width,
            height: self.height,
        }
    }

    /// EPSG:3035 metres to view-box units (not rounded, not bounded).
    pub fn to_view(&self, projected: [f64; 2]) -> [f64; 2] {
        let [e, n] = projected;
        [
            (e - self.west) / self.quantum,
            (self.north - n) / self.quantum,
        ]
    }

    /// View-box units to EPSG:3035 metres; inverts [`Frame::to_view`].
    pub fn to_projected(&self, view: [f64; 2]) -> [f64; 2] {
        let [x, y] = view;
        [self.west + x * self.quantum, self.north - y * self.quantum]
    }

    /// Longitude/latitude in degrees to view-box units through EPSG:3035, for markers.
    ///
    /// `None` when the projection is undefined there or the point falls outside the view box.
    pub fn project(&self, lon: f64, lat: f64) -> Option<[f64; 2]> {
        let view = self.to_view(Laea::etrs89().forward(lon, lat)?);
        self.view_box().contains(view).then_some(view)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn europe() -> Frame {
        Frame::fit_extent([2_500_000.0, 1_400_000.0, 6_600_000.0, 5_450_000.0], 250.0).unwrap()
    }

    #[test]
    fn fit_extent_rounds_the_box_up_to_whole_units() {
        let frame = Frame::fit_extent([0.0, 0.0, 1001.0, 500.0], 250.0).unwrap();
        assert_eq!(frame.view_box().to_attr(), "0 0 5 2");
    }

    #[test]
    fn empty_or_inverted_extent_or_bad_quantum_is_refused() {
        assert!(Frame::fit_extent([0.0, 0.0, 0.0, 10.0], 1.0).is_none());
        assert!(Frame::fit_extent([0.0, 10.0, 10.0, 0.0], 1.0).is_none());
        assert!(Frame::fit_extent([0.0, 0.0, 10.0, 10.0], 0.0).is_none());
        assert!(Frame::fit_extent([0.0, 0.0, f64::NAN, 10.0], 1.0).is_none());
    }

    #[test]
    fn view_y_grows_southwards() {
        let frame = europe();
        let top = frame.to_view([3_000_000.0, 5_000_000.0]);
        let bottom = frame.to_view([3_000_000.0, 2_000_000.0]);
        assert!(bottom[1] > top[1]);
    }

    #[test]
    fn to_projected_inverts_to_view() {
        let frame = europe();
        let p = [4_123_456.0, 2_987_654.0];
        let back = frame.to_projected(frame.to_view(p));
        assert!((back[0] - p[0]).abs() < 1e-6 && (back[1] - p[1]).abs() < 1e-6);
    }

    #[test]
    fn markers_outside_the_frame_are_none() {
        let frame = europe();
        assert!(frame.project(10.0, 52.0).is_some());
        assert!(frame.project(-60.0, 15.0).is_none());
        assert!(frame.project(f64::NAN, 15.0).is_none());
    }
}
