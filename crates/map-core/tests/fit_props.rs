//! Properties of the frame: what it is fitted to lands inside its view box.

use map_core::geo::fit::Frame;
use proptest::prelude::*;

proptest! {
    /// `fit_extent` puts every corner of the extent inside the view box, and `to_projected`
    /// inverts `to_view`.
    #[test]
    fn fit_extent_puts_the_extent_inside_the_view_box(
        west in -1.0e7_f64..1.0e7,
        south in -1.0e7_f64..1.0e7,
        width in 1.0_f64..1.0e7,
        height in 1.0_f64..1.0e7,
        quantum in 0.5_f64..10_000.0,
    ) {
        let extent = [west, south, west + width, south + height];
        let frame = Frame::fit_extent(extent, quantum).unwrap();
        let view_box = frame.view_box();
        for corner in [[west, south], [west + width, south], [west, south + height], [west + width, south + height]] {
            let view = frame.to_view(corner);
            prop_assert!(view_box.contains(view), "{corner:?} -> {view:?} outside {view_box:?}");
            let back = frame.to_projected(view);
            prop_assert!((back[0] - corner[0]).abs() < 1e-6 * quantum.max(1.0) * 1e3);
            prop_assert!((back[1] - corner[1]).abs() < 1e-6 * quantum.max(1.0) * 1e3);
        }
    }
}
