//! `<EventsTimeline/>`: the data file's events in date order, upcoming then past (around today's
//! date in the browser), each with its dates, kind and place. An event of a partner region is a
//! button: pressing it selects the region on the map, hovering or focusing it highlights the region.
//! Ordering, splitting and the words come from `map_core::timeline`.

use std::sync::Arc;

use leptos::prelude::*;
use map_core::ids::RegionId;
use map_core::model::{DataFile, Event};
use map_core::timeline::{
    Timeline, date_span, in_date_order, kind_label, place, region_of, timeline,
};

use crate::fetch::DataLoad;
use crate::hooks::intl::{DateFormatter, page_language, today};
use crate::state::Selection;

/// The events of the data file, split around today.
#[component]
pub fn EventsTimeline(
    /// The loaded data file.
    data: Arc<DataLoad>,
) -> impl IntoView {
    let lang = page_language();
    let dates = DateFormatter::new(&lang);
    let file = &data.data;
    // A clock outside years 1000..=9999 cannot be placed: then every event is listed as past.
    let Timeline { past, upcoming } = match today() {
        Some(today) => timeline(&file.events, today),
        None => Timeline {
            past: in_date_order(&file.events),
            upcoming: Vec::new(),
        },
    };
    let items = |events: Vec<&Event>| {
        events
            .into_iter()
            .map(|event| event_item(file, event, &lang, &dates))
            .collect_view()
    };
    let upcoming = if upcoming.is_empty() {
        view! { <p class="imap__muted">"No upcoming events are listed in the data."</p> }.into_any()
    } else {
        view! { <ol class="imap__events" aria-labelledby="imap-events-upcoming">{items(upcoming)}</ol> }
            .into_any()
    };
    let past = if past.is_empty() {
        view! { <p class="imap__muted">"No past events are listed in the data."</p> }.into_any()
    } else {
        view! { <ol class="imap__events" aria-labelledby="imap-events-past">{items(past)}</ol> }
            .into_any()
    };
    view! {
        <section class="imap__timeline" aria-labelledby="imap-timeline-title">
            <h2 id="imap-timeline-title">"Events"</h2>
            <h3 id="imap-events-upcoming">"Upcoming events"</h3>
            {upcoming}
            <h3 id="imap-events-past">"Past events"</h3>
            {past}
        </section>
    }
}

/// One event: its dates, its title (a button when it leads to a region), its kind and place.
fn event_item(file: &DataFile, event: &Event, lang: &str, dates: &DateFormatter) -> AnyView {
    let when = dates.format(date_span(event));
    let title = event.title.resolve(lang).to_owned();
    let region = region_of(file, event);
    let mut meta = vec![kind_label(event.kind).to_owned(), place(event).label()];
    meta.extend(region.map(|r| r.name.resolve(lang).to_owned()));
    let meta = meta.join(" · ");
    let Some(region) = region else {
        return view! {
            <li class="imap__event" data-id=event.id.to_string()>
                <span class="imap__event-date">{when}</span>
                <span class="imap__event-title">{title}</span>
                <span class="imap__event-meta">{meta}</span>
            </li>
        }
        .into_any();
    };
    let (select, highlight, selected) = region_handlers(region.id.clone());
    let (on, off) = (highlight.clone(), highlight.clone());
    let (focus_on, focus_off) = (highlight.clone(), highlight);
    view! {
        <li
            class="imap__event"
            class:selected=selected
            data-id=event.id.to_string()
            data-region=region.id.to_string()
            data-selected=move || selected.get().to_string()
        >
            <span class="imap__event-date">{when}</span>
            <button
                type="button"
                class="imap__event-title"
                on:click=move |_| select()
                on:mouseenter=move |_| on(true)
                on:mouseleave=move |_| off(false)
                on:focus=move |_| focus_on(true)
                on:blur=move |_| focus_off(false)
            >
                {title}
            </button>
            <span class="imap__event-meta">{meta}</span>
        </li>
    }
    .into_any()
}

/// Selecting, highlighting and "is it selected" for the region an event leads to, all through the
/// shared `Selection` (the map, the list and the panel follow it).
fn region_handlers(
    id: RegionId,
) -> (
    impl Fn() + Clone + 'static,
    impl Fn(bool) + Clone + 'static,
    Memo<bool>,
) {
    let selection = Selection::expect();
    let selected = {
        let id = id.clone();
        Memo::new(move |_| selection.selected.with(|s| s.as_ref() == Some(&id)))
    };
    let select = {
        let id = id.clone();
        move || selection.selected.set(Some(id.clone()))
    };
    // Highlight while hovered or focused; only clear it if no other element took it meanwhile.
    let highlight = move |on: bool| {
        if on {
            selection.highlighted.set(Some(id.clone()));
        } else {
            selection.highlighted.update(|h| {
                if h.as_ref() == Some(&id) {
                    *h = None;
                }
            });
        }
    };
    (select, highlight, selected)
}
