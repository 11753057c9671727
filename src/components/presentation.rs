//! `<Presentation/>`: workshop mode. It runs the presentation (`use_tour`, over the state the
//! widget's root owns and binds to its layout, `imap--present` and `data-step`, so the CSS can
//! put the map and the current step side by side in large type), and draws the closing step (the
//! project's website with a QR code). The title step is the widget's own title and indicators, and
//! a region step is the selected region's own panel: nothing is drawn twice.

use std::sync::Arc;

use leptos::prelude::*;
use map_core::view::tour::{DEFAULT_TOUR_SECONDS, Step};

use crate::components::qr_code::QrCode;
use crate::components::tour_controls::{TourControls, present_button};
use crate::fetch::DataLoad;
use crate::hooks::use_tour::{UseTourOptions, use_tour_with_options};

/// The presentation's controls and closing step; mounted once the data file has loaded.
#[component]
pub fn Presentation(
    /// The loaded data file (region order, project name and website).
    data: Arc<DataLoad>,
    /// Seconds per step of the guided tour from the page's address (`?tour=N`); `None` leaves it to
    /// the data file's `project.tour_seconds`, then the default of 8.
    tour_seconds: Option<u32>,
) -> impl IntoView {
    if crate::PRERENDER {
        // The first view's button, in its place; presenting needs the wasm.
        return view! { <div class="imap__present">{present_button(|| {})}</div> }.into_any();
    }
    let project = &data.data.project;
    let order = map_core::view::tour::stops(&data.data);
    let options = UseTourOptions::default().seconds(
        tour_seconds
            .or(project.tour_seconds.map(|s| s.0))
            .unwrap_or(DEFAULT_TOUR_SECONDS),
    );
    let tour = use_tour_with_options(order, options);

    let name = project.name.resolve(&crate::i18n::lang()).to_string();
    let (find_out_more, no_website) = (
        crate::i18n::t("find-out-more"),
        crate::i18n::t("no-website"),
    );
    let website = project.website.clone();
    let closing = move || tour.presenting.get() && tour.step.get() == Step::Closing;
    view! {
        <div class="imap__present">
            <TourControls tour=tour />
            {move || closing().then(|| view! {
                <section class="imap__closing" aria-labelledby="imap-closing-title">
                    <h2 id="imap-closing-title">{find_out_more.clone()}</h2>
                    <p class="imap__closing-name">{name.clone()}</p>
                    {match website.clone() {
                        Some(url) => view! { <QrCode url=url /> }.into_any(),
                        None => view! { <p class="imap__muted">{no_website.clone()}</p> }.into_any(),
                    }}
                </section>
            })}
        </div>
    }
    .into_any()
}
