//! Shared UI state, provided as context by the widget's root: signals, and what closing a panel
//! does to focus; the logic lives in map_core.

use leptos::prelude::*;
use map_core::data::ids::RegionId;
use map_core::view::tour::Step;

/// Which region is selected (its panel open, URL `#region=<id>`) and which one is highlighted by
/// hovering or focusing. One source of truth for the map, the list, the panel and the timeline.
#[derive(Clone, Copy)]
pub struct Selection {
    /// The selected region; `None` shows the overview.
    pub selected: RwSignal<Option<RegionId>>,
    /// The region under the pointer or keyboard focus (map, list or timeline), for highlighting.
    pub highlighted: RwSignal<Option<RegionId>>,
}

impl Selection {
    /// A selection with nothing selected or highlighted.
    pub fn new() -> Self {
        Self {
            selected: RwSignal::new(None),
            highlighted: RwSignal::new(None),
        }
    }

    /// Closes the selected region's panel and puts focus back on the region on the map, as a
    /// keyboard visitor expects after Escape or ×. Does nothing when nothing is selected.
    pub fn close(&self) {
        let Some(id) = self.selected.get_untracked() else {
            return;
        };
        self.selected.set(None);
        let selector = format!(".region[data-id=\"{id}\"]");
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
