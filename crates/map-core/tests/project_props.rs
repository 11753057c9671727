//! Properties of the EPSG:3035 projection over the whole map area and beyond.

use map_core::geo::project::{project, unproject};
use proptest::prelude::*;

proptest! {
    /// Forward then inverse returns the point: within 1e-9° (about 0.1 mm) anywhere from the
    /// Azores to the Urals and from the Sahara to the North Cape.
    #[test]
    fn forward_then_invert_returns_the_point(lon in -35.0_f64..70.0, lat in 20.0_f64..85.0) {
        let [e, n] = project(lon, lat).unwrap();
        let [lon2, lat2] = unproject(e, n).unwrap();
        prop_assert!((lon2 - lon).abs() < 1e-9, "lon {lon} -> {lon2}");
        prop_assert!((lat2 - lat).abs() < 1e-9, "lat {lat} -> {lat2}");
    }

    /// Invert then forward returns the projected point within a millimetre.
    #[test]
    fn invert_then_forward_returns_the_metres(e in 1.0e6_f64..7.5e6, n in 0.5e6_f64..6.0e6) {
        let [lon, lat] = unproject(e, n).unwrap();
        let [e2, n2] = project(lon, lat).unwrap();
        prop_assert!((e2 - e).abs() < 1e-3 && (n2 - n).abs() < 1e-3);
    }

    /// Arbitrary input never panics.
    #[test]
    fn any_input_gives_a_point_or_none(lon in any::<f64>(), lat in any::<f64>()) {
        if let Some([e, n]) = project(lon, lat) {
            prop_assert!(e.is_finite() && n.is_finite());
        }
        if let Some([x, y]) = unproject(lon, lat) {
            prop_assert!(x.is_finite() && y.is_finite());
        }
    }
}
