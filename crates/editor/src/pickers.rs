//! Controls that spare the officer a format: a day typed as `YYYY-MM-DD` or picked from the
//! browser's calendar, and a partner's seat typed as longitude and latitude or placed by a click
//! on the preview's map (see `preview::use_seat_placing`).

use leptos::prelude::*;
use map_core::edit::doc::{Json, Step};

use crate::field::value_at;
use crate::state::EditorState;
use crate::text::{tr, tr1};

/// A day: the text as typed (so a wrong one is kept and reported, never lost) and, beside it, the
/// browser's date picker, which shows the day when the text is one and writes the day chosen.
pub fn date_control(
    id: &str,
    label: &str,
    described: &str,
    value: Signal<Option<Json>>,
    invalid: impl Fn() -> Option<&'static str> + Send + Sync + 'static,
    write: impl Fn(Option<Json>) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let shown = move || match value.get() {
        Some(Json::String(s)) => s,
        Some(Json::Null) | None => String::new(),
        Some(other) => other.to_string(),
    };
    // The picker takes only a valid day; anything else leaves it empty.
    let day = move || {
        let text = shown();
        map_core::data::date::Date::parse(&text)
            .ok()
            .map(|_| text)
            .unwrap_or_default()
    };
    let typed = {
        let write = write.clone();
        move |ev| {
            let v = event_target_value(&ev);
            write((!v.trim().is_empty()).then_some(Json::String(v)))
        }
    };
    let picked = move |ev| {
        let v = event_target_value(&ev);
        write((!v.is_empty()).then_some(Json::String(v)))
    };
    view! {
        <div class="ed__date">
            <input type="text" id=id.to_owned() aria-describedby=described.to_owned() aria-invalid=invalid
                autocomplete="off" placeholder=tr("editor-date-hint") prop:value=shown on:input=typed />
            <input type="date" class="ed__picker" aria-label=tr1("editor-pick-date", "field", label)
                prop:value=day on:change=picked />
        </div>
    }
}

/// Longitude and latitude, in degrees, typed or placed by clicking the preview's map.
pub fn coordinates_control(
    id: &str,
    path: Vec<Step>,
    order: Vec<String>,
    required: bool,
) -> impl IntoView {
    let state = EditorState::expect();
    let value = value_at(state, path.clone());
    let part = move |i: usize| match value.get() {
        Some(Json::Array(items)) => items
            .get(i)
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
            .unwrap_or_default(),
        _ => String::new(),
    };
    let write = {
        let (path, order) = (path.clone(), order.clone());
        move |i: usize, typed: String| {
            let mut items = match value.get_untracked() {
                Some(Json::Array(items)) => items,
                _ => vec![Json::Null, Json::Null],
            };
            while items.len() < 2 {
                items.push(Json::Null);
            }
            let parsed = typed
                .trim()
                .parse::<f64>()
                .ok()
                .and_then(map_core::edit::doc::Number::from_f64)
                .map_or(Json::String(typed), Json::Number);
            if let Some(slot) = items.get_mut(i) {
                *slot = parsed;
            }
            let empty = items
                .iter()
                .all(|v| matches!(v, Json::Null) || v.as_str() == Some(""));
            state.set(
                path.clone(),
                (!empty || required).then_some(Json::Array(items)),
                &order,
            );
        }
    };
    let write2 = write.clone();
    let placing_here = {
        let path = path.clone();
        move || {
            state
                .placing
                .with(|p| p.as_ref().is_some_and(|(at, _)| *at == path))
        }
    };
    let toggle = {
        let placing_here = placing_here.clone();
        move |_| match placing_here() {
            true => state.placing.set(None),
            false => {
                state.placing.set(Some((path.clone(), order.clone())));
                // On a phone or tablet the map is behind the Preview button: show it.
                state.showing_preview.set(true);
            }
        }
    };
    let (lon, lat) = (id.to_owned(), format!("{id}-lat"));
    let pressed = placing_here.clone();
    view! {
        <div class="ed__coords" role="group" aria-labelledby=format!("{id}-label")>
            <label for=lon.clone()>{tr("editor-longitude")}</label>
            <input type="text" inputmode="decimal" id=lon prop:value=move || part(0) on:change=move |ev| write(0, event_target_value(&ev)) />
            <label for=lat.clone()>{tr("editor-latitude")}</label>
            <input type="text" inputmode="decimal" id=lat prop:value=move || part(1) on:change=move |ev| write2(1, event_target_value(&ev)) />
            <button type="button" class="ed__small" aria-pressed=move || pressed().to_string() on:click=toggle>{tr("editor-place-on-map")}</button>
            {move || placing_here().then(|| view! { <p class="ed__note" role="status">{tr("editor-placing")}</p> })}
        </div>
    }
}
