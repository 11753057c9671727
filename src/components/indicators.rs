//! `<Indicators/>`: the project's indicators from the data file, as a list of figures.

use std::rc::Rc;

use leptos::prelude::*;
use map_core::format::group_digits;

use crate::fetch::DataLoad;

/// One figure per indicator of the data file, in the file's order.
#[component]
pub fn Indicators(
    /// The loaded data file.
    data: Rc<DataLoad>,
) -> impl IntoView {
    let items = data
        .data
        .indicators
        .iter()
        .map(|indicator| {
            let value = group_digits(indicator.value);
            let label = indicator.label.resolve("en").to_string();
            view! {
                <li class="imap__indicator">
                    <span class="imap__indicator-value">{value}</span>
                    " "
                    <span class="imap__indicator-label">{label}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="imap__indicators" aria-labelledby="imap-indicators-title">
            <h2 id="imap-indicators-title">"Project indicators"</h2>
            <ul aria-labelledby="imap-indicators-title">{items}</ul>
        </section>
    }
}
