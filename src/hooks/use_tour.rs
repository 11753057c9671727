//! `use_tour`: the workshop presentation. Presentation mode on and off (full screen when
//! the browser allows it), the current step (title, a region, closing), the clicker and keyboard
//! keys, the guided tour's timer, and the step in the URL so a presenter can resume after a reload.
//!
//! The step rules (what comes next, what a key does, when the tour stops) live in
//! `map_core::view::tour`; this hook only wires them to the browser. A region step *is* the selection
//! (`Selection::selected`), so the map, the panel and the `#region=` link follow it with no extra
//! state; only which non-region step shows (title or closing) is kept here.

use std::time::Duration;

use default_struct_builder::DefaultBuilder;
use leptos::prelude::*;
use map_core::view::tour::{self, Action, Step, TourTick};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::state::{PresentationState, Selection};

/// Options of [`use_tour_with_options`].
#[derive(DefaultBuilder, Clone, Copy)]
pub struct UseTourOptions {
    /// Seconds the guided tour stays on each step. Default
    /// [`map_core::view::tour::DEFAULT_TOUR_SECONDS`] (8).
    seconds: u32,
}

impl Default for UseTourOptions {
    fn default() -> Self {
        Self {
            seconds: tour::DEFAULT_TOUR_SECONDS,
        }
    }
}

/// The presentation's state and its commands; `Copy`, so every handler can hold it.
#[derive(Clone, Copy)]
pub struct UseTourReturn {
    /// Whether the presentation layout is on (the root's [`PresentationState`]).
    pub presenting: RwSignal<bool>,
    /// Whether the guided tour is running.
    pub playing: RwSignal<bool>,
    /// Whether the high-contrast colours are on (the root's [`PresentationState`]).
    pub contrast: RwSignal<bool>,
    /// The current step: the selected region, else the title or closing step.
    pub step: Signal<Step>,
    /// Which non-region step shows when no region is selected.
    edge: RwSignal<Step>,
    order: StoredValue<Vec<Step>>,
    selection: Selection,
    /// The widget's root element, for the Fullscreen API.
    root: NodeRef<leptos::html::Main>,
}

/// The presentation over the stops in `order` (`map_core::view::tour::stops`: the regions in the
/// data file's order, then the partners without a region), with default options.
pub fn use_tour(order: Vec<Step>) -> UseTourReturn {
    use_tour_with_options(order, UseTourOptions::default())
}

/// The presentation over the stops in `order`, with `options`.
pub fn use_tour_with_options(order: Vec<Step>, options: UseTourOptions) -> UseTourReturn {
    let selection = Selection::expect();
    let state = PresentationState::expect();
    // A reload of `#step=closing` resumes on the closing step; `#region=` is the selection's own
    // (url_sync.rs reads it).
    let hash = window().location().hash().unwrap_or_default();
    let first = match tour::step_from_hash(&hash, &order) {
        Some(Step::Closing) => Step::Closing,
        // url_sync.rs selects it too; doing it here as well means the first step this hook sees
        // is that region, so it never writes `#step=title` over the link the page was opened with.
        Some(Step::Region(id)) => {
            if selection.selected.get_untracked().as_ref() != Some(&id) {
                selection.selected.set(Some(id));
            }
            Step::Title
        }
        Some(Step::Partner(id)) => {
            if selection.partner.get_untracked().as_ref() != Some(&id) {
                selection.select_partner(id);
            }
            Step::Title
        }
        _ => Step::Title,
    };
    let edge = state.edge;
    edge.set(first);
    let step = Signal::derive(
        move || match (selection.selected.get(), selection.partner.get()) {
            (Some(id), _) => Step::Region(id),
            (None, Some(id)) => Step::Partner(id),
            (None, None) => edge.get(),
        },
    );
    let tour = UseTourReturn {
        presenting: state.presenting,
        playing: RwSignal::new(false),
        contrast: state.contrast,
        step,
        edge,
        order: StoredValue::new(order),
        selection,
        root: state.root,
    };
    listen_for_keys(tour);
    listen_for_pointer_and_fullscreen(tour);
    run_tour_timer(tour, options.seconds.max(1));
    write_step_to_url(tour);
    tour
}

impl UseTourReturn {
    /// Shows `step`: a region is selected (its panel opens, the map zooms to it), or a partner
    /// without a region (its panel opens); the title and closing steps clear the selection.
    pub fn go(&self, step: Step) {
        side_to_top();
        match step {
            Step::Region(id) => {
                // Closing a region's panel by hand then shows the overview, not a stale closing step.
                self.edge.set(Step::Title);
                self.selection.partner.set(None);
                self.selection.selected.set(Some(id));
            }
            Step::Partner(id) => {
                self.edge.set(Step::Title);
                self.selection.select_partner(id);
            }
            other => {
                self.edge.set(other);
                self.selection.selected.set(None);
                self.selection.partner.set(None);
            }
        }
    }

    /// The next step (Right, PageDown, Space); the closing step stays. A step whose column is
    /// longer than the screen is paged through first, as a slide deck's long slide would be.
    pub fn next(&self) {
        if page_side(true) {
            return;
        }
        let next = self
            .order
            .with_value(|o| tour::next_step(o, &self.step.get_untracked()));
        self.go(next);
    }

    /// The previous step (Left, PageUp), after paging back up a long step; the title step stays.
    pub fn previous(&self) {
        if page_side(false) {
            return;
        }
        let previous = self
            .order
            .with_value(|o| tour::previous_step(o, &self.step.get_untracked()));
        self.go(previous);
    }

    /// Enters presentation mode: full screen on the widget's root if the browser allows it (a
    /// refusal, e.g. without a user gesture, still switches the layout), and `?present=1` in the URL.
    pub fn enter(&self) {
        if self.presenting.get_untracked() {
            return;
        }
        if let Some(root) = self.root.get_untracked() {
            call_promise(&root, "requestFullscreen");
        }
        self.presenting.set(true);
        set_url(true, None);
    }

    /// Leaves presentation mode (and full screen), stops the tour, and drops `?present=1` and a
    /// `#step=` fragment from the URL.
    pub fn leave(&self) {
        if !self.presenting.get_untracked() {
            return;
        }
        self.playing.set(false);
        self.presenting.set(false);
        if fullscreen_element().is_some() {
            call_promise(&document(), "exitFullscreen");
        }
        let hash = window().location().hash().unwrap_or_default();
        let keep = (!hash.starts_with("#step=")).then_some(hash);
        set_url(false, Some(keep.unwrap_or_default()));
    }

    /// Starts the guided tour, or stops it.
    pub fn toggle_tour(&self) {
        self.playing.update(|p| *p = !*p);
    }

    /// `(position, count)` of the current step, for "Step 3 of 11".
    pub fn position(&self) -> (usize, usize) {
        let step = self.step.get();
        self.order.with_value(|o| tour::step_position(o, &step))
    }
}

/// Scrolls the step's column (`.imap__side`, which scrolls by itself in the presentation) by most of
/// its height, down (`forward`) or up; false when it is already at that end, so the step changes.
fn page_side(forward: bool) -> bool {
    let Ok(Some(side)) = document().query_selector(".imap--present .imap__side") else {
        return false;
    };
    let (top, seen, all) = (
        side.scroll_top(),
        side.client_height(),
        side.scroll_height(),
    );
    // A pixel of rounding is not more to read.
    let more = if forward {
        top + seen < all - 2
    } else {
        top > 1
    };
    if more {
        let by = f64::from(seen) * 0.85;
        side.set_scroll_top(top + if forward { by } else { -by } as i32);
    }
    more
}

/// Each new step starts at the top of its column.
fn side_to_top() {
    if let Ok(Some(side)) = document().query_selector(".imap--present .imap__side") {
        side.set_scroll_top(0);
    }
}

/// `document.fullscreenElement`, read through JS (no web-sys feature needed for it).
fn fullscreen_element() -> Option<JsValue> {
    js_sys::Reflect::get(&document(), &JsValue::from_str("fullscreenElement"))
        .ok()
        .filter(|e| !e.is_null() && !e.is_undefined())
}

/// Calls `target[method]()` and ignores a rejected promise: the Fullscreen API rejects when the
/// browser refuses (no user gesture, an iframe without `allowfullscreen`), and the presentation
/// layout works without full screen, so that is not an error worth a console message.
fn call_promise(target: &JsValue, method: &str) {
    let Ok(function) = js_sys::Reflect::get(target, &JsValue::from_str(method)) else {
        return;
    };
    let Some(function) = function.dyn_ref::<js_sys::Function>() else {
        return;
    };
    if let Ok(result) = function.call0(target)
        && let Some(promise) = result.dyn_ref::<js_sys::Promise>()
    {
        let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
        let _ = promise.catch(&ignore);
        ignore.forget();
    }
}

/// Rewrites the URL in place (no history entry): `?present=1` on or off, and the fragment if given.
fn set_url(present: bool, hash: Option<String>) {
    let location = window().location();
    let search = tour::present_query(&location.search().unwrap_or_default(), present);
    let hash = hash.unwrap_or_else(|| location.hash().unwrap_or_default());
    let url = format!("{}{search}{hash}", location.pathname().unwrap_or_default());
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Keys, in the capture phase so that in presentation mode they reach the presentation before the
/// map (whose arrow keys pan) or a focused button (whose Space would click it).
fn listen_for_keys(tour: UseTourReturn) {
    let on_key =
        Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |event: web_sys::KeyboardEvent| {
            let Some(presenting) = tour.presenting.try_get_untracked() else {
                return;
            };
            if event.ctrl_key() || event.alt_key() || event.meta_key() || typing(&event) {
                return;
            }
            let action = tour::action_for_key(&event.key());
            if !presenting {
                if action == Some(Action::TogglePresent) {
                    event.prevent_default();
                    tour.enter();
                }
                return;
            }
            // Any input pauses the guided tour, except T and Enter on the tour's own button,
            // which start and stop it.
            if action != Some(Action::ToggleTour) && !on_tour_control(&event) {
                tour.playing.set(false);
            }
            let Some(action) = action else { return };
            event.prevent_default();
            event.stop_propagation();
            match action {
                Action::Next => tour.next(),
                Action::Previous => tour.previous(),
                Action::Home => tour.go(Step::Title),
                Action::End => tour.go(Step::Closing),
                Action::Leave | Action::TogglePresent => tour.leave(),
                Action::ToggleTour => tour.toggle_tour(),
            }
        });
    let _ = window().add_event_listener_with_callback_and_bool(
        "keydown",
        on_key.as_ref().unchecked_ref(),
        true,
    );
    // The widget is the page: the listener lives as long as it (and reads signals with `try_`).
    on_key.forget();
}

/// Whether the event is on the tour's own button (`data-tour-control`): its click starts or stops
/// the tour, so the "any input pauses it" rule must not flip it first.
fn on_tour_control(event: &web_sys::Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("[data-tour-control]").ok().flatten())
        .is_some()
}

/// Whether the key goes to a text field (none exist today; a host page's might).
fn typing(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| {
            matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || e.has_attribute("contenteditable")
        })
}

/// A pointer press pauses the tour (except on the tour's own buttons); Back and Forward follow
/// `#step=`; leaving full screen with the browser's own Escape (which pages never see as a key)
/// leaves the presentation too.
fn listen_for_pointer_and_fullscreen(tour: UseTourReturn) {
    let on_pointer = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        if !on_tour_control(&event) && tour.playing.try_get_untracked() == Some(true) {
            tour.playing.set(false);
        }
    });
    let _ = window()
        .add_event_listener_with_callback("pointerdown", on_pointer.as_ref().unchecked_ref());
    on_pointer.forget();
    // Back and Forward (and a link to `#step=closing`) move between steps; url_sync.rs does the
    // same for `#region=`.
    let on_pop = Closure::<dyn Fn()>::new(move || {
        let hash = window().location().hash().unwrap_or_default();
        let Some(step) = tour
            .order
            .try_with_value(|o| tour::step_from_hash(&hash, o))
        else {
            return;
        };
        if let Some(edge @ (Step::Title | Step::Closing)) = step {
            tour.edge.set(edge);
        }
    });
    // Capture: at the window, capturing listeners run first, so this reads the fragment before
    // url_sync.rs's listener clears the selection and (in a microtask between the two listeners)
    // rewrites the URL without it.
    let _ = window().add_event_listener_with_callback_and_bool(
        "popstate",
        on_pop.as_ref().unchecked_ref(),
        true,
    );
    on_pop.forget();
    let was_fullscreen = StoredValue::new(false);
    let on_change = Closure::<dyn Fn()>::new(move || {
        let now = fullscreen_element().is_some();
        if was_fullscreen.try_get_value() == Some(true) && !now {
            tour.leave();
        }
        was_fullscreen.try_set_value(now);
    });
    let _ = document()
        .add_event_listener_with_callback("fullscreenchange", on_change.as_ref().unchecked_ref());
    on_change.forget();
}

/// While the tour plays, each step (and each page of a long one) waits `seconds` and then moves on;
/// the closing step ends it.
/// Any change of step (a key, a click) restarts the wait, as the effect re-runs and clears the timer.
fn run_tour_timer(tour: UseTourReturn, seconds: u32) {
    // Counts the pages turned within a long step, so the wait starts again after each.
    let paged = RwSignal::new(0_u32);
    Effect::new(move |_| {
        let step = tour.step.get();
        paged.track();
        if !tour.playing.get() || !tour.presenting.get() {
            return;
        }
        let tick = move || {
            if page_side(true) {
                paged.update(|p| *p += 1);
                return;
            }
            match tour.order.with_value(|o| tour::tour_tick(o, &step)) {
                TourTick::Advance(next) => tour.go(next),
                TourTick::Finish => tour.playing.set(false),
            }
        };
        let wait = Duration::from_secs(u64::from(seconds));
        if let Ok(handle) = set_timeout_with_handle(tick, wait) {
            on_cleanup(move || handle.clear());
        }
    });
}

/// Puts `#step=title` or `#step=closing` in the URL while presenting (regions and partners are
/// `#region=<id>` and `#partner=<id>`, written by url_sync.rs). Written after a zero timeout, so after url_sync's own effect, which
/// drops the fragment when the selection is cleared.
fn write_step_to_url(tour: UseTourReturn) {
    Effect::new(move |_| {
        let step = tour.step.get();
        if !tour.presenting.get() || matches!(step, Step::Region(_) | Step::Partner(_)) {
            return;
        }
        let wanted = tour::step_hash(&step);
        set_timeout(
            move || {
                // A key may have left the presentation (or moved on) before this ran: then the
                // step is no longer what the URL should say.
                let still = tour.presenting.try_get_untracked() == Some(true)
                    && tour.step.try_get_untracked().as_ref() == Some(&step);
                if still && window().location().hash().unwrap_or_default() != wanted {
                    set_url(true, Some(wanted));
                }
            },
            Duration::ZERO,
        );
    });
}
