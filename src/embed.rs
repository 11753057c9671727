//! Embedding in an iframe: the widget tells the page around it how tall its content is, so that
//! `public/embed.js` on that page can size the iframe to fit, as Datawrapper's embeds do.
//!
//! The message is `{ type: "interreg-map:height", height }` (CSS px, a whole number), posted to the
//! parent window whenever the content's height changes (a ResizeObserver on `<body>`, so it follows
//! data arriving, a panel opening and the frame's width changing). The height is not secret, so any
//! page may receive it (`targetOrigin` `*`); `embed.js` accepts it only from the iframe it sizes.
//! Outside a frame nothing is observed or posted.

use std::cell::Cell;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// The `type` field of the height message; `public/embed.js` checks for the same string.
pub const HEIGHT_MESSAGE: &str = "interreg-map:height";

/// Starts posting the content's height to the parent window, if the page is framed. Call once.
pub fn post_height_to_parent() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let parent = match window.parent() {
        Ok(Some(parent)) if !js_sys::Object::is(&parent, &window) => parent,
        _ => return,
    };
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };
    let last = Cell::new(0.0);
    let measured = body.clone();
    let post = Closure::<dyn Fn()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        if height == last.replace(height) {
            return;
        }
        let message = js_sys::Object::new();
        // Setting a property on a fresh plain object cannot fail.
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        // Only fails if the parent is gone; the next change tries again.
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // The observer and its callback live as long as the page.
        post.forget();
    }
}
