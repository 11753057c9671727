//! `<PartnerMarker/>`: a partner's seat, a keyboard-reachable button that opens the partner's region.
//! The lead partner is a larger diamond, not only another colour, and its name says "lead partner".

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
        // Without script a seat is a link to its region's panel, or, for a partner without a
        // region, a named image.
        let transform = format!("translate({x} {y}) scale({base})");
        let seat =
            view! { <path class="marker" class:lead=marker.lead d=shape transform=transform /> };
        return match &marker.region {
            Some(region) => {
                let href = map_core::view::nav::region_hash(Some(region));
                view! { <a href=href class="marker-link" aria-label=marker.label data-id=marker.id>{seat}</a> }.into_any()
            }
            None => view! { <g role="img" aria-label=marker.label data-id=marker.id>{seat}</g> }
                .into_any(),
        };
    }
    let region = marker.region.clone();
    let select = move || {
        if let Some(region) = region.clone() {
            selection.selected.set(Some(region));
        }
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
            d=shape
            transform=move || format!("translate({x} {y}) scale({})", base / scale.get())
            role="button"
            tabindex="0"
            aria-label=marker.label
            data-id=marker.id
            on:click=move |_| select()
            on:keydown=select_on_key
        />
    }
    .into_any()
}
