//! `<IndicatorCounter/>`: one indicator as a large figure that counts up when it first comes into
//! view, with its label, its target ("26 of 30") where the data has one, and, unless the section
//! shows them once for all, its note and sources.
//!
//! Screen readers and text tools read the final figure only, once: the moving digits are painted by
//! CSS from `data-value` on an `aria-hidden` element, and the final figure sits beside them as
//! visually hidden text that never changes. Print shows `data-final`, so a counter that never came
//! into view does not print as 0.

use leptos::html::Li;
use leptos::prelude::*;
use map_core::details::status_label;
use map_core::model::{Indicator, Source, Status};

use crate::hooks::intl::NumberFormatter;
use crate::hooks::use_count_up::{UseCountUpReturn, use_count_up};

/// A source as a visitor reads it: a link when it has an address, else its title as text
/// (e.g. a printed newsletter). External links open in a new tab, never away from the host page.
pub fn source_citation(source: &Source, lang: &str) -> impl IntoView + use<> {
    let title = source.title.resolve(lang).to_owned();
    match &source.url {
        Some(url) => view! {
            <a href=url.as_str().to_owned() target="_blank" rel="noopener">{title}</a>
        }
        .into_any(),
        None => view! { <cite>{title}</cite> }.into_any(),
    }
}

/// One indicator of the data file.
#[component]
pub fn IndicatorCounter(
    /// The indicator to show.
    indicator: Indicator,
    /// The page's language, for the label and note.
    #[prop(into)]
    lang: String,
    /// Formats the figures in the page's language; shared by every counter.
    formatter: StoredValue<NumberFormatter, LocalStorage>,
    /// True to show the indicator's own note (false when the section shows one note for all).
    own_note: bool,
    /// The sources to name under this counter (empty when the section names them once for all).
    sources: Vec<Source>,
) -> impl IntoView {
    let item = NodeRef::<Li>::new();
    let UseCountUpReturn { value, .. } = use_count_up(item, indicator.value);
    let final_text = formatter.with_value(|f| f.format(indicator.value));
    // Room for the final figure from the start, so the target after it never shifts.
    let width = format!("{}ch", final_text.chars().count());
    let shown = move || formatter.with_value(|f| f.format(value.get()));
    let target = indicator
        .target
        .map(|target| formatter.with_value(|f| f.format(target)));
    let unit = indicator.unit.as_ref().map(|u| u.resolve(&lang).to_owned());
    let label = indicator.label.resolve(&lang).to_owned();
    let status = (indicator.status != Status::Confirmed).then(|| status_label(indicator.status));
    let note = own_note
        .then(|| indicator.note.as_ref().map(|n| n.resolve(&lang).to_owned()))
        .flatten();
    let sources = (!sources.is_empty()).then(|| {
        let cited = sources
            .iter()
            .map(|s| view! { " " {source_citation(s, &lang)} })
            .collect_view();
        view! { <p class="imap__indicator-source">"Source:" {cited}</p> }
    });
    view! {
        <li class="imap__indicator" node_ref=item data-id=indicator.id.to_string()>
            <span class="imap__indicator-figure">
                <span
                    class="imap__indicator-value"
                    aria-hidden="true"
                    data-value=shown
                    data-final=final_text.clone()
                    style:min-width=width
                ></span>
                <span class="imap__sr-only">{final_text}</span>
                {unit.map(|unit| view! { <span class="imap__indicator-unit">" " {unit}</span> })}
                {target.map(|t| view! { <span class="imap__indicator-target">" of " {t}</span> })}
            </span>
            <span class="imap__indicator-label">{label}</span>
            {status.map(|s| view! { <span class="imap__indicator-status">{s}</span> })}
            {note.map(|n| view! { <p class="imap__indicator-note">{n}</p> })}
            {sources}
        </li>
    }
}
