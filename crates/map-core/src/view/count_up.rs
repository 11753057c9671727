//! What an indicator counter shows: the number it counts up to its figure, and the note and sources
//! it cites.
//!
//! The count is eased out with Robert Penner's *easeOutCubic* (`1 − (1 − t)³`, from his easing
//! equations, 2001): fast at first, slow as it lands, so the eye reads the final figure rather than
//! the run-up. It is computed in whole numbers, not floats, so it holds for every figure the data
//! file allows (up to 2^53 − 1, and beyond): it starts on 0, never goes down, never passes the
//! figure and ends exactly on it. Time is a parameter, so the whole animation is tested natively;
//! the browser only supplies the clock (`use_count_up`).

use crate::data::ids::SourceId;
use crate::data::model::{Indicator, Source, Text};

/// How long a count takes when nothing else is asked: 1.2 s, long enough to see it count, short
/// enough that a visitor does not wait for the figure.
pub const DEFAULT_DURATION_MS: u32 = 1_200;

/// The longest count allowed: one minute. Longer durations are shortened to it (which also keeps
/// the exact arithmetic of [`CountUp::value_at`] inside 64 bits).
pub const MAX_DURATION_MS: u32 = 60_000;

/// One counter's animation from 0 to its figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountUp {
    target: u64,
    duration_ms: u32,
}

impl CountUp {
    /// A count up to `target` that lasts `duration_ms` milliseconds (at most [`MAX_DURATION_MS`];
    /// 0 shows the figure at once).
    pub fn new(target: u64, duration_ms: u32) -> Self {
        Self {
            target,
            duration_ms: duration_ms.min(MAX_DURATION_MS),
        }
    }

    /// The figure the count ends on.
    pub fn target(&self) -> u64 {
        self.target
    }

    /// How long the count lasts, in milliseconds (never more than [`MAX_DURATION_MS`]).
    pub fn duration_ms(&self) -> u32 {
        self.duration_ms
    }

    /// What the counter shows before it has come into view: 0, so that it counts up when it is
    /// seen; or, for a visitor who asked for reduced motion, the figure itself, so it never moves.
    pub fn initial_value(&self, reduced_motion: bool) -> u64 {
        if reduced_motion { self.target } else { 0 }
    }

    /// The number to show `elapsed_ms` milliseconds after the count started.
    ///
    /// 0 at the start (and for a negative or NaN time), the figure from the end on (and for a zero
    /// duration), eased out in between. Never panics.
    pub fn value_at(&self, elapsed_ms: f64) -> u64 {
        let duration = u64::from(self.duration_ms);
        let elapsed = u64::from(whole_ms(elapsed_ms)).min(duration);
        if elapsed == duration {
            return self.target;
        }
        // easeOutCubic in whole numbers: (d³ − (d − t)³) / d³ of the way, as a fraction of 2^16.
        // d ≤ 60 000 keeps d³ < 2^48, so `done << 16` fits in 64 bits. (u64 rather than u128: the
        // 128-bit division routine would cost the wasm more than the whole count.)
        let full = duration.pow(3);
        let remaining = duration - elapsed;
        let done = full - remaining.pow(3);
        let fraction = (done << FRACTION_BITS) / full;
        scale(self.target, fraction)
    }

    /// True once the count has reached its figure: nothing is left to animate.
    pub fn is_finished(&self, elapsed_ms: f64) -> bool {
        whole_ms(elapsed_ms) >= self.duration_ms
    }
}

/// Bits of the fixed-point fraction of the way done: 1/65 536 steps, far finer than a frame.
const FRACTION_BITS: u32 = 16;

/// `target × fraction / 2^16`, rounded half up, without overflow for any `u64` target: the high
/// part of the target is scaled exactly, the low 16 bits with rounding. At most `target` for a
/// fraction of at most 2^16; never decreasing as the fraction grows.
fn scale(target: u64, fraction: u64) -> u64 {
    let high = target >> FRACTION_BITS;
    let low = target & ((1 << FRACTION_BITS) - 1);
    high * fraction + ((low * fraction + (1 << (FRACTION_BITS - 1))) >> FRACTION_BITS)
}

/// A clock reading in whole milliseconds: negative and NaN readings count as 0, huge ones as the
/// largest `u32`. (The `as` here converts a clock reading, never data; it saturates by definition.)
fn whole_ms(ms: f64) -> u32 {
    if ms.is_nan() || ms <= 0.0 {
        0
    } else {
        ms.floor().min(f64::from(u32::MAX)) as u32
    }
}

/// What follows a counter's number: its unit, then "of" and its target where the data has one
/// (" € of 2,000,000"); empty when it has neither, so no progress is shown that the data lacks.
/// Both come in already formatted for the page's language.
pub fn figure_suffix(
    m: &crate::i18n::Messages,
    unit: Option<&str>,
    target: Option<&str>,
) -> String {
    let mut suffix = String::new();
    if let Some(unit) = unit.map(str::trim).filter(|u| !u.is_empty()) {
        suffix.push(' ');
        suffix.push_str(unit);
    }
    if let Some(target) = target {
        suffix.push(' ');
        suffix.push_str(&m.t_with("figure-of", &[("target", crate::i18n::Arg::Text(target))]));
    }
    suffix
}

/// The note every indicator carries, when they all carry the same one (e.g. "figures from the
/// newsletter, most likely targets"): the widget shows it once under all the counters instead of
/// repeating it. `None` when there are no indicators, when one has no note, or when notes differ;
/// then each counter shows its own note.
pub fn shared_note(indicators: &[Indicator]) -> Option<&Text> {
    let (first, rest) = indicators.split_first()?;
    let note = first.note.as_ref()?;
    rest.iter()
        .all(|indicator| indicator.note.as_ref() == Some(note))
        .then_some(note)
}

/// The sources every indicator cites, when they all cite the same non-empty list: shown once, like
/// [`shared_note`]. `None` otherwise; then each counter names its own sources.
pub fn shared_sources(indicators: &[Indicator]) -> Option<&[SourceId]> {
    let (first, rest) = indicators.split_first()?;
    let sources = first.sources.as_slice();
    (!sources.is_empty() && rest.iter().all(|indicator| indicator.sources == sources))
        .then_some(sources)
}

/// The sources that `ids` name, in the order of `ids`. An id that names no source is left out
/// (the validator reports it); the caller shows a source without `url` as its title, not a link.
pub fn cited_sources<'a>(sources: &'a [Source], ids: &[SourceId]) -> Vec<&'a Source> {
    ids.iter()
        .filter_map(|id| sources.iter().find(|source| &source.id == id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn indicator(id: &str, note: Option<&str>, sources: &[&str]) -> Indicator {
        serde_json::from_value(serde_json::json!({
            "id": id, "label": "x", "value": 1,
            "note": note,
            "sources": sources,
        }))
        .unwrap()
    }

    #[test]
    fn reduced_motion_shows_final_value_at_once() {
        let count = CountUp::new(43, DEFAULT_DURATION_MS);
        assert_eq!(count.initial_value(true), 43);
        assert_eq!(count.initial_value(false), 0);
    }

    #[test]
    fn count_starts_on_zero() {
        let count = CountUp::new(43, DEFAULT_DURATION_MS);
        assert_eq!(count.value_at(0.0), 0);
        assert!(!count.is_finished(0.0));
    }

    #[test]
    fn count_ends_exactly_on_the_target_value() {
        for target in [
            0,
            1,
            8,
            9,
            26,
            30,
            43,
            1_914_046,
            9_007_199_254_740_991,
            u64::MAX,
        ] {
            let count = CountUp::new(target, DEFAULT_DURATION_MS);
            assert_eq!(count.value_at(1_200.0), target, "{target}");
            assert_eq!(count.value_at(1_199.9), count.value_at(1_199.0), "{target}");
            assert_eq!(count.value_at(5_000.0), target, "{target}");
            assert!(count.is_finished(1_200.0));
        }
    }

    #[test]
    fn count_never_goes_down_and_never_passes_the_target() {
        for target in [1, 9, 43, 1_000_003, u64::MAX] {
            let count = CountUp::new(target, DEFAULT_DURATION_MS);
            let mut previous = 0;
            for ms in 0..=1_300 {
                let value = count.value_at(f64::from(ms));
                assert!(value >= previous, "{target} went down at {ms} ms");
                assert!(value <= target, "{target} passed at {ms} ms");
                previous = value;
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn any_count_is_monotonic_bounded_and_exact_at_the_end(
            target: u64,
            duration in 0u32..=70_000,
            a in -10.0f64..80_000.0,
            b in -10.0f64..80_000.0,
        ) {
            let count = CountUp::new(target, duration);
            let (early, late) = if a <= b { (a, b) } else { (b, a) };
            proptest::prop_assert!(count.value_at(early) <= count.value_at(late));
            proptest::prop_assert!(count.value_at(late) <= target);
            proptest::prop_assert_eq!(count.value_at(f64::from(count.duration_ms())), target);
        }
    }

    #[test]
    fn count_is_eased_out_fast_first_and_slow_at_the_end() {
        let count = CountUp::new(1_000, 1_000);
        // easeOutCubic: 1 − 0.5³ = 87.5 % at half time, 1 − 0.9³ = 27.1 % at a tenth.
        assert_eq!(count.value_at(500.0), 875);
        assert_eq!(count.value_at(100.0), 271);
        assert_eq!(count.value_at(900.0), 999);
    }

    #[test]
    fn zero_duration_shows_the_target_at_once() {
        let count = CountUp::new(30, 0);
        assert_eq!(count.value_at(0.0), 30);
        assert!(count.is_finished(0.0));
    }

    #[test]
    fn negative_or_nan_elapsed_time_shows_the_start() {
        let count = CountUp::new(30, DEFAULT_DURATION_MS);
        assert_eq!(count.value_at(-5.0), 0);
        assert_eq!(count.value_at(f64::NAN), 0);
        assert_eq!(count.value_at(f64::INFINITY), 30);
        assert_eq!(count.value_at(f64::NEG_INFINITY), 0);
    }

    #[test]
    fn very_long_durations_are_shortened_to_a_minute() {
        let count = CountUp::new(u64::MAX, u32::MAX);
        assert_eq!(count.duration_ms(), MAX_DURATION_MS);
        // Half the time is 7/8 of the way (1 − 0.5³): within one part in 2^16 of it.
        let seven_eighths = u64::MAX / 8 * 7;
        assert!(count.value_at(30_000.0).abs_diff(seven_eighths) <= u64::MAX >> 16);
        assert_eq!(count.value_at(60_000.0), u64::MAX);
    }

    #[test]
    fn a_target_shows_progress_and_no_target_shows_none() {
        let en = crate::i18n::Messages::english();
        assert_eq!(figure_suffix(&en, None, Some("30")), " of 30");
        assert_eq!(figure_suffix(&en, None, None), "");
        assert_eq!(
            figure_suffix(&en, Some("€"), Some("2,000,000")),
            " € of 2,000,000"
        );
        assert_eq!(
            figure_suffix(&en, Some(" "), None),
            "",
            "a blank unit is no unit"
        );
    }

    #[test]
    fn a_note_shared_by_every_indicator_is_shown_once() {
        let same = [
            indicator("a", Some("likely targets"), &["s1"]),
            indicator("b", Some("likely targets"), &["s1"]),
        ];
        assert_eq!(shared_note(&same), Some(&Text::from("likely targets")));
        let differ = [
            indicator("a", Some("likely targets"), &[]),
            indicator("b", Some("achieved"), &[]),
        ];
        assert_eq!(shared_note(&differ), None);
        let one_missing = [
            indicator("a", Some("likely targets"), &[]),
            indicator("b", None, &[]),
        ];
        assert_eq!(shared_note(&one_missing), None);
        assert_eq!(shared_note(&[]), None);
    }

    #[test]
    fn sources_shared_by_every_indicator_are_named_once() {
        let same = [indicator("a", None, &["s1"]), indicator("b", None, &["s1"])];
        assert_eq!(
            shared_sources(&same).map(|ids| ids.len()),
            Some(1),
            "one shared source"
        );
        let differ = [indicator("a", None, &["s1"]), indicator("b", None, &["s2"])];
        assert_eq!(shared_sources(&differ), None);
        let none = [indicator("a", None, &[]), indicator("b", None, &[])];
        assert_eq!(
            shared_sources(&none),
            None,
            "no sources is not a shared source"
        );
    }

    #[test]
    fn cited_sources_keep_the_citation_order_and_skip_unknown_ids() {
        let sources: Vec<Source> = serde_json::from_value(serde_json::json!([
            {"id": "s1", "title": "Newsletter #2"},
            {"id": "s2", "title": "Project page", "url": "https://example.org/"},
        ]))
        .unwrap();
        let ids: Vec<SourceId> =
            serde_json::from_value(serde_json::json!(["s2", "s9", "s1"])).unwrap();
        let titles: Vec<String> = cited_sources(&sources, &ids)
            .iter()
            .map(|source| source.title.to_string())
            .collect();
        assert_eq!(titles, ["Project page", "Newsletter #2"]);
    }
}
