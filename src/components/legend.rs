//! `<Legend/>`: what the map's colours and symbols mean, under the map (and on the printed page),
//! as Datawrapper and eurostat-map put a key beside a map. The swatches use the map's own classes,
//! so they follow the theme and a host page's colour overrides. The entries are
//! `map_core::view::export::LEGEND`, which the exported SVG draws too.

use leptos::prelude::*;
use map_core::view::export::{LEGEND, Swatch};
use map_core::view::layers::{LEAD_SEAT_PATH, SEAT_PATH};

use crate::i18n::t;

/// The key to the map: partner region, partner country, partner's seat, lead partner's seat.
#[component]
pub fn Legend() -> impl IntoView {
    let items = LEGEND
        .iter()
        .map(|&(key, swatch)| {
            let area = |class| {
                view! {
                    <svg class="imap__svg imap__swatch" viewBox="0 0 16 12" aria-hidden="true">
                        <rect class=class x="1" y="1" width="14" height="10" />
                    </svg>
                }
            };
            let seat = |class, d| {
                view! {
                    <svg class="imap__svg imap__swatch" viewBox="-2 -1.5 4 3" aria-hidden="true">
                        <path class=class d=d />
                    </svg>
                }
            };
            // Each swatch is decorative: the text beside it says what it is.
            let drawn = match swatch {
                Swatch::Region => area("region").into_any(),
                Swatch::SelectedRegion => area("region selected").into_any(),
                Swatch::PartnerCountry => area("country partner").into_any(),
                Swatch::Marker => seat("marker", SEAT_PATH).into_any(),
                Swatch::LeadMarker => seat("marker lead", LEAD_SEAT_PATH).into_any(),
            };
            view! { <li>{drawn}{t(key)}</li> }
        })
        .collect_view();
    view! { <ul class="imap__legend" aria-label=t("legend")>{items}</ul> }
}
