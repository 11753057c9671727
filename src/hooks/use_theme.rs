//! `use_theme`: the colour theme to draw in, following the visitor's system while the page is open
//! when the URL leaves it to `auto` (`?theme=`, `map_core::view::options::Theme`).
//!
//! Written against `matchMedia` directly rather than with leptos-use's `use_preferred_dark` and
//! `use_preferred_contrast`: the counters' hook measured those crates at 11 KB brotli of wasm
//! (hooks/use_count_up.rs), and two media queries with a `change` listener are a few lines.

use leptos::prelude::*;
use map_core::view::options::Theme;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

const MORE_CONTRAST: &str = "(prefers-contrast: more)";
const DARK: &str = "(prefers-color-scheme: dark)";

/// The resolved theme (never `Auto`): `chosen` itself, or for `Auto` what the system asks for now,
/// updated when the system setting changes.
pub fn use_theme(chosen: Theme) -> ReadSignal<Theme> {
    let list =
        |query: &str| web_sys::window().and_then(|window| window.match_media(query).ok().flatten());
    let matches = move |query: &str| list(query).is_some_and(|l| l.matches());
    let now = move || chosen.resolve(matches(MORE_CONTRAST), matches(DARK));
    let (theme, set_theme) = signal(now());
    if chosen == Theme::Auto {
        let on_change = Closure::<dyn Fn()>::new(move || set_theme.set(now()));
        for list in [MORE_CONTRAST, DARK].into_iter().filter_map(list) {
            let _ =
                list.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        }
        // The widget is the page: the listener lives as long as it does.
        on_change.forget();
    }
    theme
}
