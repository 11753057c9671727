//! `use_count_up`: a number that counts up to its figure when its element first comes into view,
//! and sits still for visitors who ask for reduced motion. The easing is `map_core::view::count_up`'s.

use default_struct_builder::DefaultBuilder;
use js_sys::Array;
use leptos::prelude::*;
use leptos::tachys::html::element::ElementType;
use leptos::tachys::html::node_ref::NodeRefContainer;
use map_core::view::count_up::{CountUp, DEFAULT_DURATION_MS};
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// The media query of a visitor who asks for less motion.
const REDUCED_MOTION: &str = "(prefers-reduced-motion: reduce)";

/// Counts a number up from 0 to `end` once the element given `target` as its `node_ref` first comes
/// into view ([IntersectionObserver](https://developer.mozilla.org/en-US/docs/Web/API/Intersection_Observer_API)),
/// one step per [animation frame](https://developer.mozilla.org/en-US/docs/Web/API/Window/requestAnimationFrame),
/// eased out by [`map_core::view::count_up::CountUp`]. It starts once and never again: scrolling away and
/// back does not replay it. For a visitor whose system asks for
/// [reduced motion](https://developer.mozilla.org/en-US/docs/Web/CSS/@media/prefers-reduced-motion)
/// the value is `end` from the first render on and never moves.
///
/// ## Usage
///
/// ```ignore
/// # use leptos::prelude::*;
/// # use interreg_map::hooks::use_count_up::{use_count_up, UseCountUpReturn};
/// #
/// # #[component]
/// # fn Demo() -> impl IntoView {
/// let UseCountUpReturn { value, target } = use_count_up(43);
///
/// view! {
///     <li node_ref=target>
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
/// The build's prerender (no browser) gets the final figure and no observer.
///
/// ## Why not leptos-use's hooks
///
/// `use_intersection_observer`, `use_prefers_reduced_motion` and `use_raf_fn` (leptos-use 0.20) do
/// this job, but in the release build they added 11 KB brotli to the wasm, against a first-visit
/// budget; the three browser calls they wrap cost a few hundred bytes here. For the same reason the
/// element comes back as a `node_ref` target instead of going in as a `NodeRef`: the observer starts
/// watching when leptos loads the element, with no effect waiting for a signal.
///
/// ## See also
///
/// * [`map_core::view::count_up::CountUp`], the easing
/// * leptos-use's `use_intersection_observer`, `use_prefers_reduced_motion`, `use_raf_fn`
pub fn use_count_up(end: u64) -> UseCountUpReturn {
    use_count_up_with_options(end, UseCountUpOptions::default())
}

/// Version of [`use_count_up`] that takes a [`UseCountUpOptions`].
pub fn use_count_up_with_options(end: u64, options: UseCountUpOptions) -> UseCountUpReturn {
    let UseCountUpOptions {
        duration_ms,
        threshold,
        settled,
    } = options;
    // The prerender (no browser) and a figure already seen on the prerendered page show the
    // final figure and never move.
    if crate::PRERENDER || settled {
        return UseCountUpReturn {
            value: signal(end).0,
            target: CountUpTarget(SendWrapper::new(None)),
        };
    }
    let count = CountUp::new(end, duration_ms);
    // Read before the first render, so a reduced-motion visitor never sees a 0 flash; read again
    // when the count would start, in case the setting changed meanwhile.
    let reduced = prefers_reduced_motion();
    let (value, set_value) = signal(count.initial_value(reduced));
    let on_intersect = move |entries: Array, observer: IntersectionObserver| {
        // observe() reports once at once, in view or not; only a share of at least `threshold`
        // in view starts the count. Once started, nothing more to observe.
        let in_view = entries.iter().any(|entry| {
            let entry = entry.unchecked_into::<IntersectionObserverEntry>();
            entry.is_intersecting() && entry.intersection_ratio() >= threshold
        });
        if in_view {
            observer.disconnect();
            if prefers_reduced_motion() {
                set_value.set(end);
            } else {
                animate(count, js_sys::Date::now(), set_value);
            }
        }
    };
    // The callback belongs to JS from here on: the observer keeps it alive until disconnected.
    let observer = (!reduced)
        .then(|| {
            let callback = Closure::<dyn FnMut(Array, IntersectionObserver)>::new(on_intersect);
            let init = IntersectionObserverInit::new();
            init.set_threshold_f64(threshold);
            IntersectionObserver::new_with_options(callback.into_js_value().unchecked_ref(), &init)
                .ok()
        })
        .flatten();
    match &observer {
        Some(observer) => {
            let observer = SendWrapper::new(observer.clone());
            on_cleanup(move || observer.disconnect());
        }
        // Reduced motion, or a browser without IntersectionObserver that cannot tell when the
        // figure is seen: show it.
        None => set_value.set(end),
    }
    UseCountUpReturn {
        value,
        target: CountUpTarget(SendWrapper::new(observer)),
    }
}

/// One animation frame of the count, then the next, until it ends on its figure. The clock is
/// `Date.now()` from the moment the counter came into view.
fn animate(count: CountUp, started_at: f64, set_value: WriteSignal<u64>) {
    request_animation_frame(move || {
        let ms = js_sys::Date::now() - started_at;
        // A counter removed mid-count has a disposed signal: then the loop just stops.
        if set_value.try_set(count.value_at(ms)).is_none() && !count.is_finished(ms) {
            animate(count, started_at, set_value);
        }
    });
}

/// True when the system asks for reduced motion now; false where `matchMedia` is missing.
fn prefers_reduced_motion() -> bool {
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

    /// Start at the figure and never count: the visitor has already seen it (on the prerendered
    /// first view the wasm takes over). Defaults to `false`.
    settled: bool,
}

impl Default for UseCountUpOptions {
    fn default() -> Self {
        Self {
            duration_ms: DEFAULT_DURATION_MS,
            threshold: 0.5,
            settled: false,
        }
    }
}

/// Return type of [`use_count_up`].
pub struct UseCountUpReturn {
    /// The number to show now: 0 until the element comes into view (`end` at once with reduced
    /// motion), then counting up, and `end` exactly once finished.
    pub value: ReadSignal<u64>,
    /// Give it to the counted element as `node_ref=target`: the count starts when that element
    /// first comes into view.
    pub target: CountUpTarget,
}

/// Where the count watches for its element coming into view (see [`UseCountUpReturn::target`]).
#[derive(Clone)]
pub struct CountUpTarget(SendWrapper<Option<IntersectionObserver>>);

impl<E: ElementType> NodeRefContainer<E> for CountUpTarget {
    fn load(self, element: &web_sys::Element) {
        if let Some(observer) = self.0.as_ref() {
            observer.observe(element);
        }
    }
}
