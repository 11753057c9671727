//! `<PartnerMarker/>`: a partner's seat, a keyboard-reachable button that opens the partner's region,
//! or, for a partner without a region, the partner's own panel (then it takes clicks itself: there is
//! no region under it to pass them to). The lead partner is a larger diamond, not only another
//! colour, and its name says "lead partner".

use leptos::prelude::*;
use map_core::view::layers::Marker;

use crate::state::Selection;

/// One partner marker. Its size stays the same on screen whatever the zoom.
#[component]
pub fn PartnerMarker(
    /// Where and who.
    marker: Marker,
    /// The map's current zoom factor, to keep the marker's size constant on screen.
    #[prop(into)]
    scale: Signal<f64>,
) -> impl IntoView {
    let selection = Selection::expect();
    let [x, y] = marker.point;
    let base = if marker.lead {
        marker.radius * 1.5
    } else {
        marker.radius
    };
    // A diamond for the lead partner, a circle for the others, drawn around (0, 0) and scaled.
    let shape = if marker.lead {
        map_core::view::layers::LEAD_SEAT_PATH
    } else {
        map_core::view::layers::SEAT_PATH
    };
    if crate::PRERENDER {
        // Without script a seat is a link to its region's panel, or to the partner's own.
        let transform = format!("translate({x} {y}) scale({base})");
        let alone = marker.region.is_none();
        let seat = view! { <path class="marker" class:lead=marker.lead class:marker--alone=alone d=shape transform=transform /> };
        let href = match &marker.region {
            Some(region) => map_core::view::nav::region_hash(Some(region)),
            None => format!("#partner={}", marker.id),
        };
        return view! { <a href=href class="marker-link" aria-label=marker.label data-id=marker.id>{seat}</a> }
            .into_any();
    }
    let region = marker.region.clone();
    let alone = region.is_none();
    let partner = map_core::data::ids::PartnerId::parse(&marker.id).ok();
    let select = move || {
        crate::state::reveal_panel(selection);
        match (region.clone(), partner.clone()) {
            (Some(region), _) => selection.selected.set(Some(region)),
            (None, Some(partner)) => selection.select_partner(partner),
            (None, None) => return,
        }
        crate::state::focus_panel_heading();
    };
    let select_on_key = {
        let select = select.clone();
        move |event: leptos::ev::KeyboardEvent| {
            if matches!(event.key().as_str(), "Enter" | " ") {
                event.prevent_default();
                select();
            }
        }
    };
    view! {
        <path
            class="marker"
            class:lead=marker.lead
            class:marker--alone=alone
            d=shape
            transform=move || format!("translate({x} {y}) scale({})", base / scale.get())
            role="button"
            tabindex="0"
            aria-label=marker.label
            data-id=marker.id
            on:click=move |e| { if !crate::hooks::use_tap::by_finger(&e) { select() } }
            on:keydown=select_on_key
        />
    }
    .into_any()
}
