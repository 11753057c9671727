//! `<ZoomControls/>`: +, − and reset buttons over the map (keys + − 0 do the same on the map).

use leptos::prelude::*;

use crate::hooks::use_pan_zoom::UsePanZoomReturn;
use crate::i18n::t;

/// The three zoom buttons.
#[component]
pub fn ZoomControls(
    /// The map's pan and zoom state.
    zoom: UsePanZoomReturn,
) -> impl IntoView {
    let at_start = move || zoom.transform.get().k <= 1.0;
    view! {
        <div class="imap__zoom" role="group" aria-label=t("zoom-controls")>
            <button type="button" aria-label=t("zoom-in") title=t("zoom-in-hint") on:click=move |_| zoom.zoom_by(1.6)>"+"</button>
            <button type="button" aria-label=t("zoom-out") title=t("zoom-out-hint") disabled=at_start on:click=move |_| zoom.zoom_by(1.0 / 1.6)>"−"</button>
            <button type="button" aria-label=t("zoom-reset") title=t("zoom-reset-hint") disabled=at_start on:click=move |_| zoom.reset()>"⟲"</button>
        </div>
    }
}
