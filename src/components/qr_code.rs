//! `<QrCode/>`: a QR code for a link, drawn with SVG elements from `map_core::view::qr` (never through
//! `innerHTML`), with the link as text beside it for people who cannot scan it.

use leptos::prelude::*;
use map_core::data::link::SafeUrl;
use map_core::view::qr;

/// The QR code of `url` and the URL as a link. A URL too long for a QR code shows only the link.
#[component]
pub fn QrCode(
    /// The link to encode, already checked to be https, http or mailto.
    url: SafeUrl,
) -> impl IntoView {
    let href = url.as_str().to_string();
    let code = qr::qr_svg(&href).map(|code| {
        let size = code.size;
        let view_box = code.view_box();
        view! {
            <svg class="imap__qr-code" viewBox=view_box role="img" aria-label=crate::i18n::t("qr-label")>
                <rect class="imap__qr-light" width=size height=size />
                <path class="imap__qr-dark" d=code.path />
            </svg>
        }
    });
    view! {
        <div class="imap__qr">
            {code}
            <a class="imap__qr-url" href=href.clone() target="_blank" rel="noopener">{href.clone()}</a>
        </div>
    }
}
