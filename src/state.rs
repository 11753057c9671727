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
    /// Where the page was scrolled (px) before opening a panel moved it (a phone, where the map is
    /// brought above the panel's sheet): closing the panel, by ×, Escape or Back, returns there.
    /// `None` while no panel is open, or one opened with the page where it was.
    pub place: StoredValue<Option<f64>>,
}

impl Selection {
    /// A selection with nothing selected or highlighted.
    pub fn new() -> Self {
        Self {
            selected: RwSignal::new(None),
            highlighted: RwSignal::new(None),
            partner: RwSignal::new(None),
            place: StoredValue::new(None),
        }
    }

    /// Remembers where the page is as a panel opens, unless a place is kept already (going from
    /// region to region keeps the place the first was opened from). Call it before anything
    /// scrolls: in the selection's click or key handler, or the URL's popstate.
    pub fn remember_place(&self) {
        if self.place.get_value().is_none() {
            self.place.set_value(window().scroll_y().ok());
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
        // Without scrolling: the page goes back to where the visitor was (`return_to_place`),
        // not to the map, which may be far above the timeline the panel was opened from.
        if let Ok(Some(element)) = document().query_selector(&selector) {
            focus_without_scrolling(&element);
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

/// Focuses `element` where it is, without the browser scrolling it into view.
pub fn focus_without_scrolling(element: &web_sys::Element) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let element = wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(element);
    let _ = element.focus_with_options(&options);
}

/// After a region or partner was opened with the keyboard: focus goes to the opened panel's heading
/// (a screen reader reads it, the next Tab is in the panel), once the panel is drawn. The panel is
/// brought into view by `reveal_*`, so focusing does not scroll.
pub fn focus_panel_heading() {
    request_animation_frame(|| {
        if let Some(heading) = document().get_element_by_id("imap-panel-title") {
            focus_without_scrolling(&heading);
        }
    });
}

/// The open panel, when it is the phone's sheet over the lower part of the screen (CSS decides:
/// `position: fixed`), not a block beside or under the map.
fn panel_as_sheet() -> Option<web_sys::Element> {
    let panel = document().get_element_by_id("imap-panel")?;
    let style = window().get_computed_style(&panel).ok()??;
    (style.get_property_value("position").ok()? == "fixed").then_some(panel)
}

/// On a phone, where the panel is a sheet over the lower part of the screen: the page scrolls (as
/// little as it can) so the whole map, and the region highlighted on it, shows above the sheet;
/// focus goes to the sheet's heading, which a screen reader then reads. Returns false elsewhere.
fn show_map_above_sheet() -> bool {
    let Some(sheet) = panel_as_sheet() else {
        return false;
    };
    if let Ok(Some(frame)) = document().query_selector(".imap__map-frame") {
        let map = frame.get_bounding_client_rect();
        let sheet_top = sheet.get_bounding_client_rect().top();
        let dy = map_core::view::sheet::scroll_to_show_map(map.top(), map.height(), sheet_top);
        if dy != 0.0 {
            window().scroll_by_with_x_and_y(0.0, dy);
        }
    }
    if let Some(heading) = document().get_element_by_id("imap-panel-title") {
        focus_without_scrolling(&heading);
    }
    true
}

/// After a region or partner was opened by pointer or touch, or by "Next region": on a phone the
/// map shows above the panel's sheet; elsewhere, if the opened panel's top is out of sight (under
/// the map in one column), the page scrolls to it, so a tap never opens something the visitor
/// cannot see. Where the panel is beside the map, or in the presentation (whose column scrolls by
/// itself), nothing moves.
pub fn reveal_panel(selection: Selection) {
    selection.remember_place();
    request_animation_frame(|| {
        if show_map_above_sheet() {
            return;
        }
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

/// On a phone, brings the map above the panel's sheet (Back or Forward to an open panel); does
/// nothing where the panel is no sheet.
pub fn reveal_sheet(selection: Selection) {
    selection.remember_place();
    request_animation_frame(|| {
        show_map_above_sheet();
    });
}

/// Brings the map into view (an event or list entry selected its region on the map): on a phone
/// above the panel's sheet. Closing the panel returns to the event or entry
/// ([`Selection::place`]). Call it before the selection changes.
pub fn reveal_map(selection: Selection) {
    selection.remember_place();
    request_animation_frame(|| {
        if show_map_above_sheet() {
            return;
        }
        if let Some(map) = document().get_element_by_id("imap-map")
            && !top_in_sight(&map)
        {
            map.scroll_into_view();
        }
    });
}

/// Keeps [`Selection::place`]: once the last panel closes (×, Escape, Back, the tour), the page
/// goes back to where it was before a panel moved it.
pub fn return_to_place(selection: Selection) {
    Effect::new(move |was_open: Option<bool>| {
        let open =
            selection.selected.with(Option::is_some) || selection.partner.with(Option::is_some);
        if was_open == Some(true)
            && !open
            && let Some(y) = selection.place.get_value()
        {
            selection.place.set_value(None);
            // After the closed panel has left the layout.
            request_animation_frame(move || {
                window().scroll_to_with_x_and_y(window().scroll_x().unwrap_or(0.0), y)
            });
        }
        open
    });
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

/// Whether a pointer event comes from a pointer that hovers (a mouse, a pen), not a finger: a
/// finger's tap fires the same `pointerenter`, but a tooltip it left behind would stay, with no
/// pointer leaving to hide it.
pub fn hovers(event: &web_sys::PointerEvent) -> bool {
    event.pointer_type() != "touch"
}

/// Whether focus arrived as keyboard focus (the browser's `:focus-visible`), not with a tap or a
/// click or by script after one (× puts focus back on the region): only then does it show the
/// tooltip a hover would.
pub fn focus_visible(event: &web_sys::FocusEvent) -> bool {
    event
        .target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        .and_then(|e| e.matches(":focus-visible").ok())
        .unwrap_or(false)
}
