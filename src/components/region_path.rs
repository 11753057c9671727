//! `<RegionPath/>`: one partner region on the map, a keyboard-reachable button named after the region
//! and its partners. Hover and focus highlight it (CSS does the paint in the same frame; the signal
//! feeds the tooltip), click, Enter or Space select it. A finger's tap is left to the map
//! (`use_tap`), which picks the nearest region or seat, since a fingertip covers small regions.

use leptos::ev;
use leptos::prelude::*;
use map_core::view::layers::DrawnRegion;

use crate::state::Selection;

/// A selectable region.
#[component]
pub fn RegionPath(
    /// The region's id, path and accessible name.
    region: DrawnRegion,
    /// True while a drag is under way, so that releasing a pan over a region does not select it.
    #[prop(into)]
    dragging: Signal<bool>,
) -> impl IntoView {
    let selection = Selection::expect();
    let id = region.id;
    if crate::PRERENDER {
        // Without script a region is a link to its panel (`#region=<id>`, shown by `:target`);
        // the URL sync selects the same region once the wasm has taken over.
        let href = map_core::view::nav::region_hash(Some(&id));
        return view! {
            <a href=href class="region-link" aria-label=region.label data-id=id.to_string()>
                <path class="region" d=region.d />
            </a>
        }
        .into_any();
    }
    let selected = {
        let id = id.clone();
        Memo::new(move |_| selection.selected.with(|s| s.as_ref() == Some(&id)))
    };
    let highlighted = {
        let id = id.clone();
        Memo::new(move |_| selection.highlighted.with(|h| h.as_ref() == Some(&id)))
    };
    let select = {
        let id = id.clone();
        move || {
            if !dragging.get_untracked() {
                selection.selected.set(Some(id.clone()));
                // On touch there is no pointer leaving the region to hide the tooltip: the panel
                // now says what it said.
                selection.highlighted.set(None);
                crate::state::reveal_panel(selection);
            }
        }
    };
    let on_key = {
        let id = id.clone();
        move |event: ev::KeyboardEvent| {
            if matches!(event.key().as_str(), "Enter" | " ") {
                event.prevent_default();
                crate::state::reveal_panel(selection);
                selection.selected.set(Some(id.clone()));
                // A keyboard visitor goes on in the panel just opened (a screen reader reads its
                // heading), not among the map's other regions; Escape or × bring focus back here.
                crate::state::focus_panel_heading();
            }
        }
    };
    // Highlight on hover or focus; only clear it if no other region took it meanwhile.
    let set_highlight = {
        let id = id.clone();
        move |on: bool| {
            if on {
                selection.highlighted.set(Some(id.clone()));
            } else {
                selection.highlighted.update(|h| {
                    if h.as_ref() == Some(&id) {
                        *h = None;
                    }
                });
            }
        }
    };
    let (h1, h2, h3, h4) = (
        set_highlight.clone(),
        set_highlight.clone(),
        set_highlight.clone(),
        set_highlight,
    );
    view! {
        <path
            class="region"
            class:selected=selected
            class:highlighted=highlighted
            d=region.d
            role="button"
            tabindex="0"
            aria-label=region.label
            aria-pressed=move || selected.get().to_string()
            data-id=id.to_string()
            on:click=move |e| { if !crate::hooks::use_tap::by_finger(&e) { select() } }
            on:keydown=on_key
            on:pointerenter=move |e| { if crate::state::hovers(&e) { h1(true) } }
            on:focus=move |e| { if crate::state::focus_visible(&e) { h2(true) } }
            on:pointerleave=move |_| h3(false)
            on:blur=move |_| h4(false)
        />
    }
    .into_any()
}
