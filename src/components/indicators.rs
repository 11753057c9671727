//! `<Indicators/>`: the project's indicators from the data file, as counters in a grid, with what
//! the data says about the figures (its note and sources) shown once when every indicator shares it.

use std::sync::Arc;

use leptos::prelude::*;
use map_core::view::count_up::{cited_sources, shared_note, shared_sources};

use crate::components::indicator_counter::{IndicatorCounter, citations};
use crate::fetch::DataLoad;
use crate::hooks::intl::NumberFormatter;
use crate::i18n::t;

/// One counter per indicator of the data file, in the file's order.
#[component]
pub fn Indicators(
    /// The loaded data file.
    data: Arc<DataLoad>,
) -> impl IntoView {
    let lang = crate::i18n::lang();
    // One Intl formatter for all counters; local storage because a JS object is not `Send`.
    let formatter = StoredValue::new_local(NumberFormatter::new(&lang));
    let file = &data.data;
    // The data's note for all indicators; else the note every indicator repeats, said once.
    let note = file
        .project
        .indicators_note
        .as_ref()
        .or_else(|| shared_note(&file.indicators))
        .map(|n| n.resolve(&lang).to_owned());
    let own_notes = file.project.indicators_note.is_some() || note.is_none();
    let shared = shared_sources(&file.indicators);
    let items = file
        .indicators
        .iter()
        .map(|indicator| {
            let sources = match shared {
                Some(_) => Vec::new(),
                None => cited_sources(&file.sources, &indicator.sources)
                    .into_iter()
                    .cloned()
                    .collect(),
            };
            view! {
                <IndicatorCounter
                    indicator=indicator.clone()
                    lang=lang.clone()
                    formatter=formatter
                    own_note=own_notes
                    sources=sources
                    listed=indicator.counts.map(|list| list.len_in(file))
                />
            }
        })
        .collect_view();
    let sources = shared.map(|ids| citations(&cited_sources(&file.sources, ids), &lang));
    let empty = file.indicators.is_empty().then(|| t("no-indicators"));
    view! {
        <section class="imap__indicators" aria-labelledby="imap-indicators-title">
            <h2 id="imap-indicators-title">{t("indicators-title")}</h2>
            <ul aria-labelledby="imap-indicators-title">{items}</ul>
            <p class="imap__muted">{empty}</p>
            <div class="imap__indicators-about">
                {note.map(|n| view! { <p><strong>{t("about-figures")}</strong>" "{n}</p> })}
                {sources}
            </div>
        </section>
    }
}
