//! Taking over the prerendered first view. The build writes the widget's first view into
//! `index.html` (`src/bin/prerender.rs`, from the same components); the wasm then draws its own
//! widget in a detached element and, once that has everything it first shows, puts it in the
//! prerendered one's place in one step, before the next frame is painted. The page never shows
//! a half-drawn widget, and no prerendered markup has to match the wasm's node for node (a leptos
//! 0.8 hydration mismatch panics, and the data file served may be newer than the build's).
//!
//! What a visitor did on the prerendered page is kept: a region opened by its `#region=` link is
//! selected by the URL sync as on any load, the element that had focus hands it to its twin
//! (same `data-id` or `id`), and counters already seen keep their final figures.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The prerendered root's selector: `<Widget/>` marks it when drawn by the prerender.
const PRERENDERED: &str = "main.imap[data-prerendered]";

/// What public/boot.js sets on `<html>` for the prerendered view before the first paint.
const BOOT_ATTRIBUTES: [&str; 6] = [
    "data-imap-theme",
    "data-imap-embed",
    "data-imap-show",
    "data-imap-wait",
    "data-imap-foreign",
    "data-imap-failed",
];

thread_local! {
    /// The detached element the wasm draws in, and the prerendered root it will replace.
    static PENDING: RefCell<Option<(HtmlElement, Element)>> = const { RefCell::new(None) };
}

/// Mounts `app` (the widget, `App`): over the prerendered first view if the page has one, else
/// into `<body>`. The app is a parameter, not an import, because `App` calls [`when_started`]:
/// main.rs brings the two together and this module depends on no component.
pub fn start<V: IntoView + 'static>(app: fn() -> V) {
    let prerendered = document().query_selector(PRERENDERED).ok().flatten();
    let host = document()
        .create_element("div")
        .ok()
        .map(JsCast::unchecked_into::<HtmlElement>);
    match (prerendered, host) {
        (Some(prerendered), Some(host)) => {
            PENDING.with(|p| *p.borrow_mut() = Some((host.clone(), prerendered)));
            leptos::mount::mount_to(host, app).forget();
        }
        _ => leptos::mount::mount_to_body(app),
    }
}

/// Once `started` (the widget has drawn what it first shows), swaps it in for the prerendered
/// view, in the next animation frame: after the reactive updates of this task, before the paint.
pub fn when_started(started: Signal<bool>) {
    Effect::new(move |_| {
        if started.get() && PENDING.with(|p| p.borrow().is_some()) {
            request_animation_frame(swap);
        }
    });
}

fn swap() {
    let Some((host, prerendered)) = PENDING.with(|p| p.borrow_mut().take()) else {
        return;
    };
    let Some(root) = host.first_element_child() else {
        return;
    };
    let focused = document()
        .active_element()
        .filter(|active| prerendered.contains(Some(active)))
        .and_then(|active| twin_selector(&active));
    let _ = prerendered.replace_with_with_node_1(&root);
    // The boot script's stand-ins for the options (public/boot.js): the widget now carries its own.
    if let Some(html) = document().document_element() {
        for name in BOOT_ATTRIBUTES {
            let _ = html.remove_attribute(name);
        }
    }
    if let Some(element) = focused.and_then(|s| root.query_selector(&s).ok().flatten()) {
        let _ = element.unchecked_ref::<HtmlElement>().focus();
    }
}

/// A selector for the element of the wasm's widget that stands where `element` stood.
fn twin_selector(element: &Element) -> Option<String> {
    if let Some(id) = element.get_attribute("data-id") {
        return Some(format!("[data-id=\"{id}\"]"));
    }
    let id = element.id();
    (!id.is_empty()).then(|| format!("[id=\"{id}\"]"))
}

/// Whether the prerendered counter `id` is on screen now: the wasm's twin then starts at its
/// final figure instead of counting up again under the visitor's eyes.
pub fn counter_seen(id: &str) -> bool {
    if crate::PRERENDER || PENDING.with(|p| p.borrow().is_none()) {
        return false;
    }
    let selector = format!("{PRERENDERED} .imap__indicator[data-id=\"{id}\"]");
    let Some(element) = document().query_selector(&selector).ok().flatten() else {
        return false;
    };
    let rect = element.get_bounding_client_rect();
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    rect.height() > 0.0 && rect.bottom() > 0.0 && rect.top() < height
}
