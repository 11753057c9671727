//! `<Legend/>`: what the map's colours and symbols mean, under the map (and on the printed page),
//! as Datawrapper and eurostat-map put a key beside a map. The swatches use the map's own classes,
//! so they follow the theme and a host page's colour overrides.

use leptos::prelude::*;

use crate::i18n::t;

/// The key to the map: partner region, partner country, partner's seat, lead partner's seat.
#[component]
pub fn Legend() -> impl IntoView {
    // Each swatch is decorative: the text beside it says what it is.
    view! {
        <ul class="imap__legend" aria-label=t("legend")>
            <li>
                <svg class="imap__svg imap__swatch" viewBox="0 0 16 12" aria-hidden="true">
                    <rect class="region" x="1" y="1" width="14" height="10" />
                </svg>
                {t("legend-region")}
            </li>
            <li>
                <svg class="imap__svg imap__swatch" viewBox="0 0 16 12" aria-hidden="true">
                    <rect class="country partner" x="1" y="1" width="14" height="10" />
                </svg>
                {t("legend-country")}
            </li>
            <li>
                <svg class="imap__svg imap__swatch" viewBox="-2 -1.5 4 3" aria-hidden="true">
                    <path class="marker" d="M-1 0A1 1 0 1 0 1 0A1 1 0 1 0 -1 0Z" />
                </svg>
                {t("legend-seat")}
            </li>
            <li>
                <svg class="imap__svg imap__swatch" viewBox="-2 -1.5 4 3" aria-hidden="true">
                    <path class="marker lead" d="M0 -1.4L1.4 0L0 1.4L-1.4 0Z" />
                </svg>
                {t("legend-lead-seat")}
            </li>
        </ul>
    }
}
