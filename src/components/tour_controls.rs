//! `<TourControls/>`: the "Present" button, and in presentation mode the presenter's controls:
//! previous and next step, the guided tour, high contrast, leave, and where in the talk we are.
//! Every control also has its key (shown in `aria-keyshortcuts`), so a clicker or keyboard suffices.

use leptos::prelude::*;

use crate::hooks::use_tour::UseTourReturn;

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
        format!("Step {at} of {of}")
    };
    // A closure rather than <Show>: the same output, and less generic code in the wasm.
    move || {
        if !presenting.get() {
            return view! {
                <button type="button" class="imap__present-button" aria-keyshortcuts="F" on:click=move |_| tour.enter()>
                    "Present"
                </button>
            }
            .into_any();
        }
        view! {
            <div class="imap__present-controls" role="group" aria-label="Presentation">
                <span class="imap__present-position" aria-live="polite">{position}</span>
                <button type="button" aria-keyshortcuts="ArrowLeft PageUp" on:click=move |_| { playing.set(false); tour.previous() }>"Previous step"</button>
                <button type="button" aria-keyshortcuts="ArrowRight PageDown Space" on:click=move |_| { playing.set(false); tour.next() }>"Next step"</button>
                <button type="button" data-tour-control="" aria-keyshortcuts="T" aria-pressed=move || playing.get().to_string() on:click=move |_| tour.toggle_tour()>"Guided tour"</button>
                <button type="button" aria-pressed=move || contrast.get().to_string() on:click=move |_| contrast.update(|c| *c = !*c)>"High contrast"</button>
                <button type="button" aria-keyshortcuts="Escape" on:click=move |_| tour.leave()>"Leave presentation"</button>
            </div>
        }
        .into_any()
    }
}
