//! Shared UI state, provided as context by the widget's root: signals, and what closing a panel
//! does to focus; the logic lives in map_core.

use leptos::prelude::*;
use map_core::data::ids::{PartnerId, RegionId};
use map_core::view::tour::Step;

/// Which region is selected (its panel open, URL `#region=<id>`) and which one is highlighted by
/// hovering or focusing. One source of truth for the map, the list, the panel and the timeline.
#[derive(Clone, Copy)]
pub struct Selection {
    /// The selected region; `None` shows the overview.
    pub selected: RwSignal<Option<RegionId>>,
    /// The region under the pointer or keyboard focus (map, list or timeline), for highlighting.
    pub highlighted: RwSignal<Option<RegionId>>,
    /// The partner without a region whose own panel is open (URL `#partner=<id>`); never set
    /// together with `selected` (the widget's root clears it when a region is selected).
    pub partner: RwSignal<Option<PartnerId>>,
}

impl Selection {
    /// A selection with nothing selected or highlighted.
    pub fn new() -> Self {
        Self {
            selected: RwSignal::new(None),
            highlighted: RwSignal::new(None),
            partner: RwSignal::new(None),
        }
    }

    /// Opens the panel of `id`, a partner without a region, closing a region's panel.
    pub fn select_partner(&self, id: PartnerId) {
        self.selected.set(None);
        self.partner.set(Some(id));
    }

    /// Closes the open panel and puts focus back on what opened it on the map (the region, or the
    /// partner's seat), as a keyboard visitor expects after Escape or ×. Does nothing when no panel
    /// is open.
    pub fn close(&self) {
        let selector = if let Some(id) = self.selected.get_untracked() {
            self.selected.set(None);
            format!(".region[data-id=\"{id}\"]")
        } else if let Some(id) = self.partner.get_untracked() {
            self.partner.set(None);
            format!(".marker[data-id=\"{id}\"]")
        } else {
            return;
        };
        if let Ok(Some(element)) = document().query_selector(&selector) {
            let _ = wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&element).focus();
        }
    }

    /// The selection the widget's root provides (`<App/>` in the browser, the prerender at build
    /// time). Every component below it can rely on it.
    pub fn expect() -> Self {
        use_context::<Selection>().unwrap_or_else(|| {
            panic!("Selection context: the widget's root provides it to every component")
        })
    }
}

/// After a region or partner was opened with the keyboard: focus goes to the opened panel's heading
/// (a screen reader reads it, the next Tab is in the panel), once the panel is drawn.
pub fn focus_panel_heading() {
    request_animation_frame(|| {
        if let Some(heading) = document().get_element_by_id("imap-panel-title") {
            let _ = wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&heading).focus();
        }
    });
}

/// After a region or partner was opened by pointer or touch, or by "Next region": if the opened
/// panel's top is out of sight (a phone, where the panel sits under the map), the page scrolls to it,
/// so a tap never opens something the visitor cannot see. Where the panel is beside the map, or in the
/// presentation (whose column scrolls by itself), nothing moves.
pub fn reveal_panel() {
    request_animation_frame(|| {
        let Some(panel) = document().get_element_by_id("imap-panel") else {
            return;
        };
        if panel.closest(".imap--present").ok().flatten().is_some() {
            return;
        }
        if !top_in_sight(&panel) {
            panel.scroll_into_view_with_bool(true);
        }
    });
}

/// Whether `element`'s top and its first lines (96 px) are on screen.
fn top_in_sight(element: &web_sys::Element) -> bool {
    let top = element.get_bounding_client_rect().top();
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    (-2.0..=height - 96.0).contains(&top)
}

/// Brings the map into view (an event or list entry selected its region on the map).
pub fn reveal_map() {
    if let Some(map) = document().get_element_by_id("imap-map")
        && !top_in_sight(&map)
    {
        map.scroll_into_view();
    }
}

/// The workshop presentation's state that the widget's root shows: `<Widget/>` owns it and binds
/// its layout class (`imap--present`), `data-step` and the contrast theme to it; `use_tour` drives
/// it. One source of truth, so nothing copies it onto the root.
#[derive(Clone, Copy)]
pub struct PresentationState {
    /// Whether the presentation layout is on.
    pub presenting: RwSignal<bool>,
    /// True while the presenter has switched on "High contrast": the widget then draws in the
    /// contrast theme whatever `?theme=` or the system says.
    pub contrast: RwSignal<bool>,
    /// Which non-region step shows when no region is selected (title or closing).
    pub edge: RwSignal<Step>,
    /// The widget's root, the element shown full screen.
    pub root: NodeRef<leptos::html::Main>,
}

impl PresentationState {
    /// Presenting from the start if `present` (`?present=1`), on the title step.
    pub fn new(present: bool) -> Self {
        Self {
            presenting: RwSignal::new(present),
            contrast: RwSignal::new(false),
            edge: RwSignal::new(Step::Title),
            root: NodeRef::new(),
        }
    }

    /// The state `<Widget/>` provides. Every component below it can rely on it.
    pub fn expect() -> Self {
        use_context::<PresentationState>()
            .unwrap_or_else(|| panic!("PresentationState context: <Widget/> provides it"))
    }
}

impl Default for Selection {
    fn default() -> Self {
        Self::new()
    }
}
