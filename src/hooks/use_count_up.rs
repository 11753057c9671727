//! `use_count_up`: a number that counts up to its figure when its element first comes into view,
//! and sits still for visitors who ask for reduced motion. The easing is `map_core::count_up`'s.

use default_struct_builder::DefaultBuilder;
use leptos::prelude::*;
use leptos_use_element::IntoElementsMaybeSignal;
use leptos_use_intersection_observer::{
    UseIntersectionObserverOptions, use_intersection_observer_with_options,
};
use leptos_use_preferences::use_prefers_reduced_motion;
use leptos_use_raf_fn::{UseRafFnCallbackArgs, UseRafFnOptions, use_raf_fn_with_options};
use map_core::count_up::{CountUp, DEFAULT_DURATION_MS};

/// The media query of [`use_prefers_reduced_motion`], read once synchronously (see below).
const REDUCED_MOTION: &str = "(prefers-reduced-motion: reduce)";

/// Counts a number up from 0 to `end` once `target` first comes into view
/// ([IntersectionObserver](https://developer.mozilla.org/en-US/docs/Web/API/Intersection_Observer_API)),
/// one step per [animation frame](https://developer.mozilla.org/en-US/docs/Web/API/Window/requestAnimationFrame),
/// eased out by [`map_core::count_up::CountUp`]. It starts once and never again: scrolling away and
/// back does not replay it. For a visitor whose system asks for
/// [reduced motion](https://developer.mozilla.org/en-US/docs/Web/CSS/@media/prefers-reduced-motion)
/// the value is `end` from the first render on and never moves.
///
/// ## Usage
///
/// ```ignore
/// # use leptos::prelude::*;
/// # use leptos::html::Li;
/// # use interreg_map::hooks::use_count_up::{use_count_up, UseCountUpReturn};
/// #
/// # #[component]
/// # fn Demo() -> impl IntoView {
/// let el = NodeRef::<Li>::new();
///
/// let UseCountUpReturn { value, is_finished } = use_count_up(el, 43);
///
/// view! {
///     <li node_ref=el>
///         <span aria-hidden="true">{value}</span>
///         <span class="imap__sr-only">"43"</span>
///     </li>
/// }
/// # }
/// ```
///
/// The moving number is for the eye only: hide it from screen readers and give them the final
/// value, which never changes, so they announce it once.
///
/// ## Server-Side Rendering
///
/// Not supported: the widget renders on the client only.
///
/// ## See also
///
/// * [`leptos_use_intersection_observer::use_intersection_observer`]
/// * [`leptos_use_preferences::use_prefers_reduced_motion`]
/// * [`leptos_use_raf_fn::use_raf_fn`]
pub fn use_count_up<El, M>(target: El, end: u64) -> UseCountUpReturn
where
    El: IntoElementsMaybeSignal<web_sys::Element, M>,
{
    use_count_up_with_options(target, end, UseCountUpOptions::default())
}

/// Version of [`use_count_up`] that takes a [`UseCountUpOptions`].
pub fn use_count_up_with_options<El, M>(
    target: El,
    end: u64,
    options: UseCountUpOptions,
) -> UseCountUpReturn
where
    El: IntoElementsMaybeSignal<web_sys::Element, M>,
{
    let UseCountUpOptions {
        duration_ms,
        threshold,
    } = options;
    let count = CountUp::new(end, duration_ms);

    // `use_prefers_reduced_motion` starts at `false` and learns the truth in an effect, after the
    // first render: a reduced-motion visitor would see a 0 flash. So the first value comes from a
    // synchronous `matchMedia`, and the signal only follows later changes of the setting.
    let reduced_at_start = prefers_reduced_motion_now();
    let value = RwSignal::new(count.initial_value(reduced_at_start));
    let is_finished = RwSignal::new(reduced_at_start);
    let started = RwSignal::new(false);
    let reduced = use_prefers_reduced_motion();
    let finish = move || {
        value.set(end);
        is_finished.set(true);
    };
    Effect::new(move || {
        if reduced.get() {
            finish();
        }
    });

    let elapsed_ms = StoredValue::new(0.0_f64);
    let raf = use_raf_fn_with_options(
        move |UseRafFnCallbackArgs { delta, .. }| {
            // The first frame has delta 0 and shows the start value; the sum is time since start.
            elapsed_ms.update_value(|ms| *ms += delta);
            let ms = elapsed_ms.get_value();
            value.set(count.value_at(ms));
            if count.is_finished(ms) {
                is_finished.set(true);
            }
        },
        UseRafFnOptions::default().immediate(false),
    );
    let pause = raf.pause;
    Effect::new(move || {
        if is_finished.get() {
            pause();
        }
    });

    let resume = raf.resume;
    let start = move || {
        if started.get_untracked() || is_finished.get_untracked() {
            return;
        }
        started.set(true);
        if prefers_reduced_motion_now() {
            finish();
        } else {
            resume();
        }
    };
    use_intersection_observer_with_options(
        target,
        move |entries, observer| {
            // Every observe() reports once at once, in view or not; only a share of at least
            // `threshold` in view starts the count. Once started, nothing more to observe.
            let in_view = entries
                .iter()
                .any(|entry| entry.is_intersecting() && entry.intersection_ratio() >= threshold);
            if in_view {
                observer.disconnect();
                start();
            }
        },
        UseIntersectionObserverOptions::default().thresholds(vec![threshold]),
    );

    UseCountUpReturn {
        value: value.into(),
        is_finished: is_finished.into(),
    }
}

/// True when the system asks for reduced motion now; false where `matchMedia` is missing.
fn prefers_reduced_motion_now() -> bool {
    web_sys::window()
        .and_then(|window| window.match_media(REDUCED_MOTION).ok().flatten())
        .is_some_and(|list| list.matches())
}

/// Options for [`use_count_up_with_options`].
#[derive(DefaultBuilder)]
pub struct UseCountUpOptions {
    /// How long the count lasts, in milliseconds (at most a minute).
    /// Defaults to [`DEFAULT_DURATION_MS`] (1.2 s).
    duration_ms: u32,

    /// Share of the element (0.0 to 1.0) that must be in the viewport before the count starts,
    /// so that it is seen, not only touched by the edge of the screen. Defaults to `0.5`.
    /// An element more than twice the viewport's height never reaches 0.5: lower it for those.
    threshold: f64,
}

impl Default for UseCountUpOptions {
    fn default() -> Self {
        Self {
            duration_ms: DEFAULT_DURATION_MS,
            threshold: 0.5,
        }
    }
}

/// Return type of [`use_count_up`].
pub struct UseCountUpReturn {
    /// The number to show now: 0 until the element comes into view (`end` at once with reduced
    /// motion), then counting up, and `end` exactly once finished.
    pub value: Signal<u64>,
    /// True once the value has reached `end` and nothing is left to animate.
    pub is_finished: Signal<bool>,
}
