//! Placing a partner's seat by a click on the preview's map: while a coordinates field asks for it
//! (its "Place on the map" button), a click on the map is taken before the widget sees it (no
//! region is selected), turned from the screen into the map's view box (the inverse of the map
//! group's screen transform) and from there into longitude and latitude by `ops::seat_at`.

use interreg_map::fetch::Shapes;
use leptos::prelude::*;
use map_core::edit::doc::{Json, Number};
use map_core::edit::ops;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use crate::state::EditorState;
use crate::text::tr1;

/// Listens, on `frame` (the preview), for the click that places the seat.
pub fn use_seat_placing(
    state: EditorState,
    frame: NodeRef<leptos::html::Div>,
    countries: Signal<Option<Shapes>>,
) {
    frame.on_load(move |element| {
        let listener =
            Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
                let Some((path, order)) = state.placing.get_untracked() else {
                    return;
                };
                let Some(point) = view_point(&ev) else { return };
                ev.prevent_default();
                ev.stop_propagation();
                let Some(shapes) = countries.get_untracked() else {
                    return;
                };
                let Ok(file) = shapes.as_ref() else { return };
                let Some([lon, lat]) = ops::seat_at(&file.frame, point) else {
                    return;
                };
                let number = |v: f64| Number::from_f64(v).map_or(Json::Null, Json::Number);
                state.set(
                    path,
                    Some(Json::Array(vec![number(lon), number(lat)])),
                    &order,
                );
                state.placing.set(None);
                state.showing_preview.set(false);
                state
                    .notice
                    .set(tr1("editor-placed", "where", &format!("{lon}, {lat}")));
            });
        let _ = element.add_event_listener_with_callback_and_bool(
            "click",
            listener.as_ref().unchecked_ref(),
            true,
        );
        // As long as the preview: it is never removed from the page.
        listener.forget();
    });
}

/// The click's point in the map's view box, if it was on the map: the inverse of the zoomed
/// group's screen matrix (a b c d e f, as SVG writes it) applied to the pointer.
fn view_point(ev: &web_sys::MouseEvent) -> Option<[f64; 2]> {
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let svg = target.closest(".imap__svg").ok()??;
    let group = svg.query_selector(".imap__zoomable").ok()??;
    let get_ctm = js_sys::Reflect::get(&group, &"getScreenCTM".into()).ok()?;
    let ctm = get_ctm
        .dyn_into::<js_sys::Function>()
        .ok()?
        .call0(&group)
        .ok()?;
    let at = |k: &str| js_sys::Reflect::get(&ctm, &k.into()).ok()?.as_f64();
    let (a, b, c, d, e, f) = (at("a")?, at("b")?, at("c")?, at("d")?, at("e")?, at("f")?);
    let det = a * d - b * c;
    if det == 0.0 {
        return None;
    }
    let (x, y) = (f64::from(ev.client_x()) - e, f64::from(ev.client_y()) - f);
    Some([(d * x - c * y) / det, (a * y - b * x) / det])
}
