//! `<IndicatorCounter/>`: one indicator as a large figure that counts up when it first comes into
//! view, with its label, its target ("26 of 30") where the data has one, and, unless the section
//! shows them once for all, its note and sources.
//!
//! Screen readers and text tools read the final figure only, once: the moving digits are painted by
//! CSS from `data-value` on an `aria-hidden` element, and the final figure sits beside them as
//! visually hidden text that never changes. Print shows `data-final`, so a counter that never came
//! into view does not print as 0.
//!
//! Optional parts are `Option<String>` children of fixed elements (hidden by CSS when empty) rather
//! than optional elements: every distinct view type costs the wasm its own build and mount code.

use leptos::prelude::*;
use map_core::data::model::{Indicator, Source, Status};
use map_core::view::count_up::figure_suffix;
use map_core::view::details::status_label;

use crate::hooks::intl::NumberFormatter;
use crate::hooks::use_count_up::{UseCountUpOptions, UseCountUpReturn, use_count_up_with_options};

/// The sources a figure rests on, as a "Source: …" line. A source with an address is a link (in a
/// new tab, never away from the host page); one without (e.g. a printed newsletter) is its title as
/// text: an `<a>` without `href` is plain text to browsers and screen readers alike.
pub fn citations(sources: &[&Source], lang: &str) -> impl IntoView + use<> {
    let cited = sources
        .iter()
        .map(|source| {
            let href = source.url.as_ref().map(|url| url.as_str().to_owned());
            let title = source.title.resolve(lang).to_owned();
            view! { " " <a href=href target="_blank" rel="noopener">{title}</a> }
        })
        .collect_view();
    view! { <p class="imap__source">{crate::i18n::t("source")} {cited}</p> }
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
    /// How many records the data file lists of what the figure counts (`counts`), if it names a
    /// list: "11 of 30 listed here".
    #[prop(default = None)]
    listed: Option<usize>,
) -> impl IntoView {
    let seen = crate::takeover::counter_seen(indicator.id.as_str());
    let UseCountUpReturn { value, target } =
        use_count_up_with_options(indicator.value, UseCountUpOptions::default().settled(seen));
    let format = move |n: u64| formatter.with_value(|f| f.format(n));
    let final_text = format(indicator.value);
    let m = crate::i18n::I18n::current();
    let suffix = figure_suffix(
        &m,
        indicator.unit.as_ref().map(|u| u.resolve(&lang)),
        indicator.target.map(format).as_deref(),
    );
    let status =
        (indicator.status != Status::Confirmed).then(|| status_label(&m, indicator.status));
    let note = own_note
        .then(|| indicator.note.as_ref().map(|n| n.resolve(&lang).to_owned()))
        .flatten();
    let sources =
        (!sources.is_empty()).then(|| citations(&sources.iter().collect::<Vec<_>>(), &lang));
    let listed = listed.map(|n| {
        let (n, total) = (format(n as u64), format(indicator.value));
        m.t_with(
            "indicator-listed",
            &[
                ("listed", map_core::i18n::Arg::Text(&n)),
                ("total", map_core::i18n::Arg::Text(&total)),
            ],
        )
    });
    view! {
        <li class="imap__indicator" node_ref=target data-id=indicator.id.to_string()>
            <span class="imap__indicator-figure">
                <span
                    class="imap__indicator-value"
                    aria-hidden="true"
                    data-value=move || format(value.get())
                    data-final=final_text.clone()
                ></span>
                <span class="imap__sr-only">{final_text}</span>
                <span class="imap__indicator-target">{suffix}</span>
            </span>
            <span class="imap__indicator-label">{indicator.label.resolve(&lang).to_owned()}</span>
            <span class="imap__indicator-status">{status}</span>
            {listed.map(|l| view! { <p class="imap__indicator-note">{l}</p> })}
            <p class="imap__indicator-note">{note}</p>
            {sources}
        </li>
    }
}
