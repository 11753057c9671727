//! Keeps the selection and the page's URL in step: selecting a region pushes `#region=<id>` (so Back
//! closes it again), opening a partner without a region `#partner=<id>`, and opening or navigating
//! to such a URL selects that region or partner.

use leptos::prelude::*;
use map_core::data::ids::{PartnerId, RegionId};
use map_core::view::nav;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use crate::state::Selection;

/// Starts syncing once the region ids are known (an unknown id in the URL is ignored); `partners`
/// are the partners without a region.
pub fn sync_selection_with_url(
    selection: Selection,
    regions: Memo<Vec<RegionId>>,
    partners: Memo<Vec<PartnerId>>,
) {
    // Until the regions are known and the page's own hash has been read, the selection must not be
    // written to the URL: at start-up nothing is selected yet, and writing that would erase the
    // `#region=` the page was opened with.
    let hash_read = StoredValue::new(false);
    // URL -> selection, on load (once the regions are known) and on Back/Forward.
    let read_hash = move || -> bool {
        let hash = window().location().hash().unwrap_or_default();
        let wanted = regions.with_untracked(|known| nav::region_from_hash(&hash, known));
        let partner = partners.with_untracked(|known| nav::partner_from_hash(&hash, known));
        let opens = wanted.is_some() || partner.is_some();
        if selection.selected.get_untracked() != wanted {
            selection.selected.set(wanted);
        }
        if selection.partner.get_untracked() != partner {
            selection.partner.set(partner);
        }
        opens
    };
    Effect::new(move |_| {
        if !regions.with(Vec::is_empty) {
            read_hash();
            hash_read.set_value(true);
        }
    });
    // Back or Forward to an open panel shows it as a tap would (on a phone, the map above the
    // panel's sheet); back to none, `state::return_to_place` takes the page where it was.
    let on_pop = Closure::<dyn Fn()>::new(move || {
        if read_hash() {
            crate::state::reveal_sheet(selection);
        }
    });
    let _ = window().add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    // The listener lives as long as the page: the widget is the page.
    on_pop.forget();

    // Selection -> URL: a new history entry per change, so Back undoes a selection.
    Effect::new(move |_| {
        let wanted = match selection.partner.get() {
            Some(partner) => nav::partner_hash(&partner),
            None => nav::region_hash(selection.selected.get().as_ref()),
        };
        if !hash_read.get_value() {
            return;
        }
        let location = window().location();
        let current = location.hash().unwrap_or_default();
        if current == wanted || (current.is_empty() && wanted.is_empty()) {
            return;
        }
        let url = format!(
            "{}{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default(),
            wanted
        );
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    });
}
