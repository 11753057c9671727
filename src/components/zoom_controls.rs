//! `<ZoomControls/>`: +, − and reset buttons over the map (keys + − 0 do the same on the map).

use leptos::prelude::*;

use crate::hooks::use_pan_zoom::UsePanZoomReturn;

/// The three zoom buttons.
#[component]
pub fn ZoomControls(
    /// The map's pan and zoom state.
    zoom: UsePanZoomReturn,
) -> impl IntoView {
    let at_start = move || zoom.transform.get().k <= 1.0;
    view! {
        <div class="imap__zoom" role="group" aria-label="Zoom">
            <button type="button" aria-label="Zoom in" title="Zoom in (+)" on:click=move |_| zoom.zoom_by(1.6)>"+"</button>
            <button type="button" aria-label="Zoom out" title="Zoom out (−)" disabled=at_start on:click=move |_| zoom.zoom_by(1.0 / 1.6)>"−"</button>
            <button type="button" aria-label="Show the whole map" title="Whole map (0)" disabled=at_start on:click=move |_| zoom.reset()>"⟲"</button>
        </div>
    }
}
