//! Zoom and pan as one affine transform of the map's group (`translate(x y) scale(k)`), as d3-zoom
//! does: the geometry is projected once, a pan or zoom only changes three numbers, never re-projects.
//!
//! All coordinates are view-box units; the app converts pointer pixels with [`px_to_view`].

use crate::geo::fit::ViewBox;
use crate::geo::path::GridPoint;
use crate::geo::shape::{Shape, ShapeFile};

/// The most the map zooms in: at 1,400 px wide, 24× shows a NUTS 3 district a few hundred px wide.
pub const MAX_SCALE: f64 = 24.0;

/// An axis-aligned box in view-box units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    /// Smallest x.
    pub min_x: f64,
    /// Smallest y.
    pub min_y: f64,
    /// Largest x.
    pub max_x: f64,
    /// Largest y.
    pub max_y: f64,
}

/// The bounds of a shape's outer rings, `None` for a shape with no points.
pub fn shape_bounds(file: &ShapeFile, shape: &Shape) -> Option<Bounds> {
    let rings = file.rings(shape);
    let points = rings.iter().flat_map(|polygon| polygon.first()).flatten();
    points.fold(None, |bounds, &[x, y]: &GridPoint| {
        let (x, y) = (f64::from(x), f64::from(y));
        Some(match bounds {
            None => Bounds {
                min_x: x,
                min_y: y,
                max_x: x,
                max_y: y,
            },
            Some(b) => Bounds {
                min_x: b.min_x.min(x),
                min_y: b.min_y.min(y),
                max_x: b.max_x.max(x),
                max_y: b.max_y.max(y),
            },
        })
    })
}

/// `p' = k·p + (x, y)` applied to the map's group.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Transform {
    /// Scale, from 1 (whole frame) to [`MAX_SCALE`].
    pub k: f64,
    /// Translation along x, view-box units.
    pub x: f64,
    /// Translation along y, view-box units.
    pub y: f64,
}

impl Default for Transform {
    fn default() -> Self {
        Self::IDENTITY
    }
}

impl Transform {
    /// The whole frame, unzoomed.
    pub const IDENTITY: Transform = Transform {
        k: 1.0,
        x: 0.0,
        y: 0.0,
    };

    /// The SVG `transform` attribute value.
    pub fn to_attr(&self) -> String {
        format!(
            "translate({:.2} {:.2}) scale({:.5})",
            self.x, self.y, self.k
        )
    }

    /// Zooms by `factor` keeping the point `focus` (view-box units, as seen now) in place, like a
    /// wheel zoom under the cursor. The scale stays within 1..=[`MAX_SCALE`]; the map never leaves
    /// the view.
    pub fn zoom_at(self, focus: [f64; 2], factor: f64, view: &ViewBox) -> Transform {
        if !factor.is_finite() || factor <= 0.0 {
            return self;
        }
        let k = (self.k * factor).clamp(1.0, MAX_SCALE);
        let [fx, fy] = focus;
        // The map point under the focus stays under it: f = k'·p + t'.
        let (px, py) = ((fx - self.x) / self.k, (fy - self.y) / self.k);
        Transform {
            k,
            x: fx - k * px,
            y: fy - k * py,
        }
        .clamped(view)
    }

    /// Moves the map by `(dx, dy)` view-box units, kept inside the view.
    pub fn pan(self, dx: f64, dy: f64, view: &ViewBox) -> Transform {
        Transform {
            x: self.x + dx,
            y: self.y + dy,
            ..self
        }
        .clamped(view)
    }

    /// The transform that shows `bounds` as large as fits with a margin (`padding` as a fraction of
    /// the view, e.g. 0.15), centred, no further in than `max_k` (a small region is not blown up to
    /// fill the screen). After d3-geo's `fitExtent`.
    pub fn fit(bounds: Bounds, view: &ViewBox, padding: f64, max_k: f64) -> Transform {
        let width = (bounds.max_x - bounds.min_x).max(1.0);
        let height = (bounds.max_y - bounds.min_y).max(1.0);
        let room = (1.0 - 2.0 * padding.clamp(0.0, 0.45)).max(0.1);
        let k = (view.width * room / width)
            .min(view.height * room / height)
            .clamp(1.0, max_k.clamp(1.0, MAX_SCALE));
        let (cx, cy) = (
            (bounds.min_x + bounds.max_x) / 2.0,
            (bounds.min_y + bounds.max_y) / 2.0,
        );
        let (vx, vy) = (view.x + view.width / 2.0, view.y + view.height / 2.0);
        Transform {
            k,
            x: vx - k * cx,
            y: vy - k * cy,
        }
        .clamped(view)
    }

    /// Keeps the scaled frame covering the whole view box (no empty band at an edge).
    fn clamped(self, view: &ViewBox) -> Transform {
        let k = if self.k.is_finite() {
            self.k.clamp(1.0, MAX_SCALE)
        } else {
            1.0
        };
        let clamp = |t: f64, origin: f64, size: f64| {
            // Content spans [k·origin + t, k·(origin + size) + t]; it must contain [origin, origin + size].
            let high = origin - k * origin;
            let low = origin + size - k * (origin + size);
            if t.is_finite() {
                t.clamp(low, high)
            } else {
                high
            }
        };
        Transform {
            k,
            x: clamp(self.x, view.x, view.width),
            y: clamp(self.y, view.y, view.height),
        }
    }
}

/// Pixels on screen to view-box units, for an SVG `rendered_width` px wide showing `view`.
pub fn px_to_view(px: f64, rendered_width: f64, view: &ViewBox) -> f64 {
    if rendered_width > 0.0 {
        px * view.width / rendered_width
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VIEW: ViewBox = ViewBox {
        x: 0.0,
        y: 0.0,
        width: 1000.0,
        height: 800.0,
    };

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn zooming_keeps_the_point_under_the_cursor_in_place() {
        let t = Transform::IDENTITY.zoom_at([300.0, 200.0], 2.0, &VIEW);
        assert!(close(t.k, 2.0));
        assert!(
            close(t.k * 300.0 + t.x, 300.0) && close(t.k * 200.0 + t.y, 200.0),
            "{t:?}"
        );
        let back = t.zoom_at([300.0, 200.0], 0.5, &VIEW);
        assert_eq!(back, Transform::IDENTITY);
    }

    #[test]
    fn scale_stays_between_whole_map_and_max() {
        assert_eq!(Transform::IDENTITY.zoom_at([0.0, 0.0], 0.1, &VIEW).k, 1.0);
        assert_eq!(
            Transform::IDENTITY.zoom_at([0.0, 0.0], 1e9, &VIEW).k,
            MAX_SCALE
        );
        assert_eq!(
            Transform::IDENTITY.zoom_at([0.0, 0.0], f64::NAN, &VIEW),
            Transform::IDENTITY
        );
        assert_eq!(
            Transform::IDENTITY.zoom_at([0.0, 0.0], -2.0, &VIEW),
            Transform::IDENTITY
        );
    }

    #[test]
    fn panning_never_shows_an_empty_edge() {
        assert_eq!(
            Transform::IDENTITY.pan(100.0, -50.0, &VIEW),
            Transform::IDENTITY
        );
        let zoomed = Transform::IDENTITY.zoom_at([500.0, 400.0], 2.0, &VIEW);
        let far = zoomed.pan(1e6, 1e6, &VIEW);
        assert!(close(far.x, 0.0) && close(far.y, 0.0), "{far:?}");
        let other = zoomed.pan(-1e6, -1e6, &VIEW);
        assert!(
            close(other.x, -1000.0) && close(other.y, -800.0),
            "{other:?}"
        );
    }

    #[test]
    fn fitting_a_small_region_centres_it_and_respects_the_zoom_cap() {
        let corner = Bounds {
            min_x: 10.0,
            min_y: 10.0,
            max_x: 50.0,
            max_y: 40.0,
        };
        let t = Transform::fit(corner, &VIEW, 0.1, 4.0);
        assert!(close(t.k, 4.0));
        // A region in the corner moves as far towards the centre as the edge clamp allows.
        assert!(close(t.x, 0.0) && close(t.y, 0.0), "{t:?}");
        let middle = Bounds {
            min_x: 450.0,
            min_y: 350.0,
            max_x: 550.0,
            max_y: 450.0,
        };
        let t = Transform::fit(middle, &VIEW, 0.1, MAX_SCALE);
        assert!(
            close(t.k * 500.0 + t.x, 500.0) && close(t.k * 400.0 + t.y, 400.0),
            "{t:?}"
        );
        assert!(close(t.k, 6.4), "{t:?}");
    }

    #[test]
    fn fitting_a_degenerate_box_does_not_divide_by_zero() {
        let point = Bounds {
            min_x: 500.0,
            min_y: 400.0,
            max_x: 500.0,
            max_y: 400.0,
        };
        let t = Transform::fit(point, &VIEW, 0.1, 8.0);
        assert!(t.k.is_finite() && t.x.is_finite() && t.y.is_finite());
    }

    #[test]
    fn pixels_convert_to_view_units_by_the_rendered_width() {
        assert!(close(px_to_view(10.0, 500.0, &VIEW), 20.0));
        assert_eq!(px_to_view(10.0, 0.0, &VIEW), 0.0);
    }
}
