//! Shared UI state, provided as context by `<App/>`: signals only, no logic (that lives in map_core).

use leptos::prelude::*;
use map_core::data::ids::RegionId;

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

    /// The selection `<App/>` provides. Every component below `<App/>` can rely on it.
    pub fn expect() -> Self {
        use_context::<Selection>()
            .unwrap_or_else(|| panic!("Selection context: <App/> provides it to every component"))
    }
}

/// True while the presenter has switched on "High contrast": the widget then draws in the contrast
/// theme whatever `?theme=` or the system says. Provided by `<App/>`.
#[derive(Clone, Copy)]
pub struct ForcedContrast(pub RwSignal<bool>);

impl Default for Selection {
    fn default() -> Self {
        Self::new()
    }
}
