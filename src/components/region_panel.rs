//! `<RegionPanel/>`: the selected region's details: partners with role and website, the policy
//! instrument (gaps said as "Not yet published"), good practices, events, and previous/next region.

use std::sync::Arc;

use leptos::prelude::*;
use map_core::data::ids::RegionId;
use map_core::data::link::SafeUrl;
use map_core::view::details::{self, RegionDetails};
use map_core::view::nav;

use crate::fetch::DataLoad;
use crate::i18n::{I18n, t};
use crate::state::Selection;

/// An external link: opens in a new tab, so an embedding page is never navigated away.
fn external(url: SafeUrl, text: String) -> impl IntoView {
    view! { <a href=url.as_str().to_string() target="_blank" rel="noopener">{text}</a> }
}

/// A panel's ×: closes it (`Selection::close`); in the prerendered page, a link back to the map,
/// which is then the page's target, so no panel shows.
pub fn close_button(prerendered: bool) -> AnyView {
    if crate::PRERENDER && prerendered {
        return view! { <a href="#imap-map" class="imap__close" aria-label=t("close-details")>"×"</a> }.into_any();
    }
    let selection = Selection::expect();
    view! { <button type="button" class="imap__close" aria-label=t("close-details") on:click=move |_| selection.close()>"×"</button> }.into_any()
}

/// A panel's events, with their dates in the interface language as in the timeline ("22–25
/// October 2024").
pub fn event_items(events: Vec<details::EventLine>) -> impl IntoView {
    let dates = crate::hooks::intl::DateFormatter::new(&crate::i18n::lang());
    events
        .into_iter()
        .map(|e| {
            view! {
                <li>
                    <span>{e.title}</span>
                    <span class="imap__muted imap__date">{dates.format(e.dates)}</span>
                    {e.url.map(|url| external(url, t("details-link")))}
                </li>
            }
        })
        .collect_view()
}

/// The panel for `region`.
#[component]
pub fn RegionPanel(
    /// The region's details, decided in map_core.
    details: RegionDetails,
    /// The region's country, in words.
    country: String,
    /// The loaded data (for previous/next).
    data: Arc<DataLoad>,
    /// In the prerendered page, the panel's own `id` (`region=<id>`): it shows while it is the
    /// page's target, and its controls are links. `None` in the browser: the selected region's panel.
    #[prop(default = None)]
    anchor: Option<String>,
) -> impl IntoView {
    let selection = Selection::expect();
    let order: Vec<RegionId> = data.data.regions.iter().map(|r| r.id.clone()).collect();
    // Without script, previous and next are links to the neighbours' panels.
    let neighbour = |forward: bool| {
        let current = order.iter().find(|id| id.as_str() == details.id.as_str());
        let next = if forward {
            nav::next_region(&order, current)
        } else {
            nav::previous_region(&order, current)
        };
        nav::region_hash(next)
    };
    let links = anchor
        .is_some()
        .then(|| (neighbour(false), neighbour(true)));
    let order = StoredValue::new(order);
    let go = move |forward: bool| {
        let current = selection.selected.get_untracked();
        let next = order.with_value(|o| {
            if forward {
                nav::next_region(o, current.as_ref())
            } else {
                nav::previous_region(o, current.as_ref())
            }
            .cloned()
        });
        selection.selected.set(next);
        // The next panel from its top, not from where the last one's buttons were.
        crate::state::reveal_panel(selection);
    };
    let partners = details
        .partners
        .into_iter()
        .map(|p| {
            view! {
                <li>
                    <span class="imap__partner-name">{p.name}</span>
                    {p.name_local.map(|local| view! { <span class="imap__local" lang="">{local}</span> })}
                    <span class="imap__role" class:lead=p.lead>{p.role}</span>
                    {p.website.map(|url| external(url, t("website")))}
                </li>
            }
        })
        .collect_view();
    let instruments = details
        .instruments
        .into_iter()
        .map(|i| {
            view! {
                <dl class="imap__facts">
                    <dt>{t("instrument-name")}</dt>
                    <dd>{i.name} {i.name_local.map(|l| view! { <span class="imap__local">{l}</span> })}</dd>
                    <dt>{t("managing-authority")}</dt>
                    <dd>{i.managing_authority}</dd>
                    <dt>{t("status")}</dt>
                    <dd>{i.status}</dd>
                    {i.url.map(|url| view! { <dt>{t("more")}</dt> <dd>{external(url, t("about-instrument"))}</dd> })}
                </dl>
            }
        })
        .collect_view();
    let practice_count = details.practices.len();
    let practices = details
        .practices
        .into_iter()
        .map(|g| {
            let title = match g.url {
                Some(url) => external(url, g.title).into_any(),
                None => view! { <span>{g.title}</span> }.into_any(),
            };
            view! {
                <li>
                    {title}
                    {g.organisation.map(|o| view! { <span class="imap__muted">{o}</span> })}
                    {(!g.confirmed).then(|| view! { <span class="imap__tag">{t("unconfirmed")}</span> })}
                </li>
            }
        })
        .collect_view();
    let event_count = details.events.len();
    let events = event_items(details.events);
    let id = anchor.clone().unwrap_or_else(|| "imap-panel".to_owned());
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let close = close_button(anchor.is_some());
    // On a phone the panel is a sheet its head drags up and down.
    let sheet = crate::hooks::use_sheet::use_sheet();
    let other_regions = match links {
        Some((previous, next)) => view! {
            <a href=previous>{t("previous-region")}</a>
            <a href=next>{t("next-region")}</a>
        }
        .into_any(),
        None => view! {
            <button type="button" on:click=move |_| go(false)>{t("previous-region")}</button>
            <button type="button" on:click=move |_| go(true)>{t("next-region")}</button>
        }
        .into_any(),
    };
    view! {
        <section
            node_ref=sheet.panel
            class="imap__panel"
            class:imap__panel--static=anchor.is_some()
            class:imap__panel--full=move || sheet.expanded.get()
            id=id
            aria-labelledby=labelled_by
        >
            <header
                class="imap__panel-head"
                on:pointerdown=move |e| sheet.on_pointer_down(e)
                on:pointermove=move |e| sheet.on_pointer_move(e)
                on:pointerup=move |e| sheet.on_pointer_up(e)
                on:pointercancel=move |e| sheet.on_pointer_up(e)
            >
                <div>
                    <h2 id=title_id tabindex="-1">{details.name}</h2>
                    <p class="imap__muted">{country}</p>
                </div>
                {close}
            </header>
            <h3>{t("partner-organisations")}</h3>
            <ul class="imap__items">{partners}</ul>
            <h3>{t("policy-instrument")}</h3>
            {instruments}
            <h3>{t("good-practices")}</h3>
            {if practice_count == 0 {
                view! { <p class="imap__muted">{details::count_phrase(&I18n::current(), "count-good-practices", 0)}</p> }.into_any()
            } else {
                view! { <ul class="imap__items">{practices}</ul> }.into_any()
            }}
            <h3>{t("events")}</h3>
            {if event_count == 0 {
                view! { <p class="imap__muted">{details::count_phrase(&I18n::current(), "count-events", 0)}</p> }.into_any()
            } else {
                view! { <ul class="imap__items">{events}</ul> }.into_any()
            }}
            <nav class="imap__panel-nav" aria-label=t("other-regions")>{other_regions}</nav>
        </section>
    }
}
