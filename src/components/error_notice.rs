//! `<ErrorNotice/>`: every problem found, one per line, each naming its file, record and field.

use leptos::prelude::*;

/// Lists the messages in an alert; renders nothing when there are none.
#[component]
pub fn ErrorNotice(
    /// The messages, in the order found; shown as text, never as HTML.
    #[prop(into)]
    errors: Signal<Vec<String>>,
) -> impl IntoView {
    move || {
        let errors = errors.get();
        (!errors.is_empty()).then(|| {
            view! {
                <div class="imap__errors" role="alert">
                    <p class="imap__errors-title">{crate::i18n::t("errors-title")}</p>
                    <ul>{errors.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                </div>
            }
        })
    }
}
