//! `<EventsTimeline/>`: the data file's events in date order, upcoming then past (around today's
//! date in the browser), each with its dates, kind and place. An event of a partner region is a
//! button: pressing it selects the region on the map, hovering or focusing it highlights the region.
//! Ordering, splitting and the words come from `map_core::view::timeline`.

use std::sync::Arc;

use leptos::prelude::*;
use map_core::data::ids::RegionId;
use map_core::data::model::{DataFile, Event};
use map_core::view::timeline::{Timeline, date_span, in_date_order, region_of, summary, timeline};

use crate::fetch::DataLoad;
use crate::hooks::intl::{DateFormatter, today};
use crate::i18n::{I18n, t};
use crate::state::Selection;
use map_core::i18n::Messages;

/// Past events shown before "Show earlier events": the most recent ones. A long history would
/// otherwise make the widget (and an embedding iframe) thousands of pixels tall on a phone.
const RECENT_PAST: usize = 4;

/// The events of the data file, split around today.
#[component]
pub fn EventsTimeline(
    /// The loaded data file.
    data: Arc<DataLoad>,
    /// False when the page shows no map (`?show=counters,events`): then an event's title is plain
    /// text, not a control that would select a region nobody sees.
    #[prop(default = true)]
    with_map: bool,
) -> impl IntoView {
    let lang = crate::i18n::lang();
    let m = I18n::current();
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
    // Past events are newest first: the earlier ones, after the most recent few, fold away until
    // asked for.
    let show_earlier = RwSignal::new(false);
    let earlier = past.len().saturating_sub(RECENT_PAST);
    let items = |events: Vec<&Event>, shown: usize| {
        events
            .into_iter()
            .enumerate()
            .map(|(i, event)| {
                let hidden = move || i >= shown && !show_earlier.get();
                event_item(file, event, &lang, &m, &dates, with_map, hidden)
            })
            .collect_view()
    };
    let fold = (earlier > 0).then(|| {
        let label = move || {
            if show_earlier.get() {
                t("events-show-fewer")
            } else {
                map_core::view::details::count_phrase(
                    &I18n::current(),
                    "events-show-earlier",
                    earlier,
                )
            }
        };
        view! {
            <button
                type="button"
                class="imap__events-fold"
                aria-expanded=move || show_earlier.get().to_string()
                aria-controls="imap-events-past-list"
                on:click=move |_| show_earlier.update(|s| *s = !*s)
            >
                {label}
            </button>
        }
    });
    // An empty list hides itself (CSS) and the line under it says so; one shape either way.
    let no_upcoming = upcoming.is_empty().then(|| t("no-upcoming"));
    let no_past = past.is_empty().then(|| t("no-past"));
    view! {
        <section class="imap__timeline" aria-labelledby="imap-timeline-title">
            <h2 id="imap-timeline-title">{t("events")}</h2>
            <h3 id="imap-events-upcoming">{t("upcoming-events")}</h3>
            <ol class="imap__events" aria-labelledby="imap-events-upcoming">{items(upcoming, usize::MAX)}</ol>
            <p class="imap__muted">{no_upcoming}</p>
            <h3 id="imap-events-past">{t("past-events")}</h3>
            <ol class="imap__events" id="imap-events-past-list" aria-labelledby="imap-events-past">{items(past, RECENT_PAST)}</ol>
            {fold}
            <p class="imap__muted">{no_past}</p>
        </section>
    }
}

/// One event: its dates, its title (a button when it leads to a region), its kind and place;
/// `hidden` while it is folded away.
fn event_item<H: Fn() -> bool + Send + Sync + 'static>(
    file: &DataFile,
    event: &Event,
    lang: &str,
    m: &Messages,
    dates: &DateFormatter,
    with_map: bool,
    hidden: H,
) -> impl IntoView + use<H> {
    let when = dates.format(date_span(event));
    let title = event.title.resolve(lang).to_owned();
    let region = region_of(file, event);
    let meta = summary(event, region.map(|r| r.name.resolve(lang)), m);
    let selection = Selection::expect();
    let region_id = region.map(|r| r.id.clone());
    let selected = {
        let id = region_id.clone();
        move || (id.is_some() && selection.selected.with(|s| *s == id)).to_string()
    };
    // The title is a button only when there is a region to lead to; otherwise plain text.
    let (button, plain) = match region_id.clone().filter(|_| with_map) {
        Some(id) => (Some(region_button(id, title)), None),
        None => (None, Some(title)),
    };
    view! {
        <li
            class="imap__event"
            data-id=event.id.to_string()
            data-region=region_id.map(|id| id.to_string())
            data-selected=selected
            hidden=hidden
        >
            <span class="imap__event-date">{when}</span>
            {button}
            <span class="imap__event-title">{plain}</span>
            <span class="imap__event-meta">{meta}</span>
        </li>
    }
}

/// The title of an event as a button that selects `id` on the map, and highlights it while
/// hovered or focused, all through the shared `Selection` (the map, list and panel follow it).
fn region_button(id: RegionId, title: String) -> impl IntoView + use<> {
    if crate::PRERENDER {
        // Without script, a link to the region's panel (`#region=<id>`).
        let href = map_core::view::nav::region_hash(Some(&id));
        return view! { <a href=href class="imap__event-title">{title}</a> }.into_any();
    }
    let selection = Selection::expect();
    let select = {
        let id = id.clone();
        move |_| {
            selection.selected.set(Some(id.clone()));
            // The panel now says what a tooltip would (a tap leaves no pointer to hide it).
            selection.highlighted.set(None);
            // The region lights up on the map, which on a phone is far above the timeline.
            crate::state::reveal_map(selection);
        }
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
    let (enter, leave, focus, blur) = (
        highlight.clone(),
        highlight.clone(),
        highlight.clone(),
        highlight,
    );
    view! {
        <button
            type="button"
            class="imap__event-title"
            on:click=select
            on:pointerenter=move |e| { if crate::state::hovers(&e) { enter(true) } }
            on:pointerleave=move |_| leave(false)
            on:focus=move |_| focus(true)
            on:blur=move |_| blur(false)
        >
            {title}
        </button>
    }
    .into_any()
}
