//! `<Attribution/>`: the licence condition of the GISCO geometry, always visible under the map.

use leptos::prelude::*;

/// The attribution line required by Eurostat GISCO and EuroGeographics.
#[component]
pub fn Attribution() -> impl IntoView {
    view! {
        <p class="imap__attribution">
            {crate::i18n::t("attribution")}
        </p>
    }
}
