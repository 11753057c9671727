//! `use_tap`: a finger's tap on the map selects the region or seat it means, found by distance
//! (`map_core::view::tap`: the nearest within 12 px, seats as 24 px targets, a crowded spot zoomed
//! into first), not by the few pixels the drawn shape happens to cover. Mouse clicks and keys keep
//! selecting what they are on (`RegionPath`, `PartnerMarker`), which leave finger taps to this.

use leptos::prelude::*;
use map_core::view::tap::{CROWDED_ZOOM, Opens, Tap, TapTargets, tap_on_map};
use wasm_bindgen::JsCast;

use crate::hooks::use_pan_zoom::UsePanZoomReturn;
use crate::state::Selection;

thread_local! {
    /// Where (client px) the last finger pressed on the map, `None` after another pointer.
    static FINGER: std::cell::Cell<Option<[f64; 2]>> = const { std::cell::Cell::new(None) };
}

/// Notes which pointer went down on the map and where, for the click that follows. A tap's click
/// is not enough: browsers move it onto the nearest element that takes clicks (Chromium's touch
/// adjustment), so it may land on a neighbouring seat, and its pointer type may say "mouse".
pub fn note_pointer(event: &web_sys::PointerEvent) {
    let at = (event.pointer_type() == "touch")
        .then(|| [f64::from(event.client_x()), f64::from(event.client_y())]);
    FINGER.with(|f| f.set(at));
}

/// Whether a click on the map is a finger's tap: the pointer pressed before it was a finger.
pub fn by_finger(_event: &web_sys::MouseEvent) -> bool {
    FINGER.with(std::cell::Cell::get).is_some()
}

/// The map's tap handling; `Copy`, so a handler can hold it.
#[derive(Clone, Copy)]
pub struct UseTapReturn {
    targets: StoredValue<TapTargets<Opens>>,
    svg: NodeRef<leptos::svg::Svg>,
    zoom: UsePanZoomReturn,
    selection: Selection,
}

/// Taps on the `<svg>` behind `svg`, zoomed by `zoom`, choosing among `targets`.
pub fn use_tap(
    svg: NodeRef<leptos::svg::Svg>,
    zoom: UsePanZoomReturn,
    targets: TapTargets<Opens>,
) -> UseTapReturn {
    UseTapReturn {
        targets: StoredValue::new(targets),
        svg,
        zoom,
        selection: Selection::expect(),
    }
}

impl UseTapReturn {
    /// A click on the map (bubbled up from a region, seat or the sea): for a finger's tap, select
    /// what it means, zoom into a crowded spot, and in any case leave no tooltip behind.
    pub fn on_click(&self, _event: web_sys::MouseEvent) {
        let Some([x, y]) = FINGER.with(std::cell::Cell::get) else {
            return;
        };
        if self.zoom.dragged.get_untracked() {
            return;
        }
        let Some(svg) = self.svg.get_untracked() else {
            return;
        };
        let rect = svg
            .unchecked_ref::<web_sys::Element>()
            .get_bounding_client_rect();
        let view = self.zoom.view();
        let transform = self.zoom.transform.get_untracked();
        // Where the finger was, not where the browser moved the click to.
        let client = [x - rect.left(), y - rect.top()];
        let Some((point, per_px)) = tap_on_map(
            client,
            rect.width(),
            view.width,
            [view.x, view.y],
            transform,
        ) else {
            return;
        };
        let selection = self.selection;
        selection.highlighted.set(None);
        match self.targets.with_value(|t| t.resolve(point, per_px)) {
            Tap::Select(Opens::Region(id)) => {
                crate::state::reveal_panel(selection);
                selection.selected.set(Some(id));
            }
            Tap::Select(Opens::Partner(id)) => {
                crate::state::reveal_panel(selection);
                selection.select_partner(id);
            }
            Tap::Crowded([x, y]) => {
                // The point as drawn now, which the zoom keeps under the finger.
                let drawn = [transform.k * x + transform.x, transform.k * y + transform.y];
                self.zoom
                    .transform
                    .update(|t| *t = t.zoom_at(drawn, CROWDED_ZOOM, &view));
            }
            Tap::Nothing => {}
        }
    }
}
