//! `<PartnerPanel/>`: a partner without a policy region (SECON's KMOP, an NGO), opened from its
//! seat on the map, the text list or the presentation: no region's panel names it, so it has its own,
//! with what the data file says of it.

use leptos::prelude::*;
use map_core::view::details::{self, PartnerDetails};

use crate::components::region_panel::{close_button, event_items};
use crate::i18n::{I18n, t};

/// The panel for one partner without a region.
#[component]
pub fn PartnerPanel(
    /// Its details, decided in map_core.
    details: PartnerDetails,
    /// In the prerendered page, the panel's own `id` (`partner=<id>`), shown while it is the page's
    /// target; `None` in the browser.
    #[prop(default = None)]
    anchor: Option<String>,
) -> impl IntoView {
    let PartnerDetails {
        line,
        city,
        note,
        events,
    } = details;
    let id = anchor.clone().unwrap_or_else(|| "imap-panel".to_owned());
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let close = close_button(anchor.is_some());
    // On a phone the panel is a sheet its head drags up and down.
    let sheet = crate::hooks::use_sheet::use_sheet();
    let event_count = events.len();
    let events = event_items(events);
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
                    <h2 id=title_id tabindex="-1">{line.name}</h2>
                    {line.name_local.map(|local| view! { <p class="imap__local" lang="">{local}</p> })}
                    <p class="imap__muted">
                        <span class="imap__role" class:lead=line.lead>{line.role}</span>
                        " · " {city}
                    </p>
                </div>
                {close}
            </header>
            <p>{t("partner-no-region")}</p>
            {note.map(|note| view! { <p class="imap__note">{note}</p> })}
            {line.website.map(|url| view! { <p><a href=url.as_str().to_string() target="_blank" rel="noopener">{t("website")}</a></p> })}
            <h3>{t("events")}</h3>
            {if event_count == 0 {
                view! { <p class="imap__muted">{details::count_phrase(&I18n::current(), "count-events", 0)}</p> }.into_any()
            } else {
                view! { <ul class="imap__items">{events}</ul> }.into_any()
            }}
        </section>
    }
}
