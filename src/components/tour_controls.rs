//! `<TourControls/>`: the "Present" button, and in presentation mode the presenter's controls:
//! previous and next step, the guided tour, high contrast, leave, and where in the talk we are.
//! Every control also has its key (shown in `aria-keyshortcuts`), so a clicker or keyboard suffices.

use leptos::prelude::*;

use crate::hooks::use_tour::UseTourReturn;
use crate::i18n::{t, t_with};
use map_core::i18n::Arg;

/// The "Present" button (F), which enters the presentation.
pub fn present_button(enter: impl Fn() + 'static) -> impl IntoView {
    view! {
        <button type="button" class="imap__present-button" aria-keyshortcuts="F" on:click=move |_| enter()>
            {t("present")}
        </button>
    }
}

/// The presentation's buttons.
#[component]
pub fn TourControls(
    /// The presentation state from `use_tour`.
    tour: UseTourReturn,
) -> impl IntoView {
    let presenting = tour.presenting;
    let playing = tour.playing;
    let contrast = tour.contrast;
    let position = move || {
        let (at, of) = tour.position();
        t_with("step-of", &[("at", Arg::Count(at)), ("of", Arg::Count(of))])
    };
    // Nothing before the title step, nothing after the closing step.
    let first = move || tour.position().0 == 1;
    let last = move || {
        let (at, of) = tour.position();
        at == of
    };
    // A closure rather than <Show>: the same output, and less generic code in the wasm.
    move || {
        if !presenting.get() {
            return present_button(move || tour.enter()).into_any();
        }
        view! {
            <div class="imap__present-controls" role="group" aria-label=t("presentation")>
                <span class="imap__present-position" aria-live="polite">{position}</span>
                <button type="button" aria-keyshortcuts="ArrowLeft PageUp" disabled=first on:click=move |_| { playing.set(false); tour.previous() }>{t("previous-step")}</button>
                <button type="button" aria-keyshortcuts="ArrowRight PageDown Space" disabled=last on:click=move |_| { playing.set(false); tour.next() }>{t("next-step")}</button>
                <button type="button" data-tour-control="" aria-keyshortcuts="T" aria-pressed=move || playing.get().to_string() on:click=move |_| tour.toggle_tour()>{t("guided-tour")}</button>
                <button type="button" aria-pressed=move || contrast.get().to_string() on:click=move |_| contrast.update(|c| *c = !*c)>{t("high-contrast")}</button>
                <button type="button" aria-keyshortcuts="Escape" on:click=move |_| tour.leave()>{t("leave-presentation")}</button>
            </div>
        }
        .into_any()
    }
}
