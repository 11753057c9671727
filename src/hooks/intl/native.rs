//! The formatters where there is no browser: the build's prerender of the first views.
//!
//! English is written by hand as `Intl` writes `en-GB` (a browser test compares the prerendered
//! page with the page the wasm draws). Every other language is answered from a [`Table`] that
//! the prerender fills from node's `Intl` (`src/prerender/formats.rs`): the page is rendered
//! once to learn which numbers, dates, plural counts and country names it formats, node formats
//! them (full ICU, the same CLDR data a browser has), and the page is rendered again with the
//! answers. Tables of month names and digit groups per language written here would be a second
//! source of truth beside the browser's, and would drift from it.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use map_core::data::date::Date;
use map_core::view::timeline::DateSpan;

/// What the page asked to be formatted in a language other than English, and node's answers.
#[derive(Debug, Default, Clone)]
pub struct Table {
    /// The language the answers are in.
    pub lang: String,
    /// Whole numbers, as `Intl.NumberFormat(lang)` writes them.
    pub numbers: BTreeMap<u64, String>,
    /// Days and ranges (`(first, last)`, equal for one day), as `Intl.DateTimeFormat(lang,
    /// { day, month: "long", year })` and its `formatRange` write them.
    pub dates: BTreeMap<(Date, Date), String>,
    /// `Intl.PluralRules(lang)` categories of counts.
    pub plurals: BTreeMap<usize, &'static str>,
    /// `Intl.DisplayNames(lang, { type: "region" })` names by GISCO country code.
    pub countries: BTreeMap<String, String>,
}

/// What a render asked for that its table did not have: the next question to node.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Missing {
    /// Numbers to format.
    pub numbers: BTreeSet<u64>,
    /// Days and ranges to format.
    pub dates: BTreeSet<(Date, Date)>,
    /// Counts whose plural category is needed.
    pub plurals: BTreeSet<usize>,
    /// GISCO country codes whose names are needed.
    pub countries: BTreeSet<String>,
}

impl Missing {
    /// Whether nothing was missing.
    pub fn is_empty(&self) -> bool {
        self.numbers.is_empty()
            && self.dates.is_empty()
            && self.plurals.is_empty()
            && self.countries.is_empty()
    }
}

thread_local! {
    /// The table of the language being rendered, and what it lacked so far.
    static TABLE: RefCell<(Table, Missing)> = RefCell::new(Default::default());
}

/// Renders from `table` from now on (a prerender renders one language at a time), forgetting
/// what an earlier render missed.
pub fn use_table(table: Table) {
    TABLE.with(|t| *t.borrow_mut() = (table, Missing::default()));
}

/// What the renders since [`use_table`] asked for and the table did not have.
pub fn missing() -> Missing {
    TABLE.with(|t| t.borrow().1.clone())
}

/// The answer for `lang` from the table, or `None` (recorded as missing) when the table is of
/// another language or lacks it.
fn answer<T>(
    lang: &str,
    find: impl FnOnce(&Table) -> Option<T>,
    record: impl FnOnce(&mut Missing),
) -> Option<T> {
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let found = (t.0.lang == lang).then(|| find(&t.0)).flatten();
        if found.is_none() {
            record(&mut t.1);
        }
        found
    })
}

/// Whole numbers in a language: English by hand ("1,914,046"), others from the table.
pub struct NumberFormatter {
    lang: String,
}

impl NumberFormatter {
    /// A formatter for `lang`.
    pub fn new(lang: &str) -> Self {
        NumberFormatter {
            lang: lang.to_owned(),
        }
    }

    /// `value` in the formatter's language (English digit groups while the table lacks it).
    pub fn format(&self, value: u64) -> String {
        if self.lang != "en"
            && let Some(text) = answer(
                &self.lang,
                |t| t.numbers.get(&value).cloned(),
                |m| {
                    m.numbers.insert(value);
                },
            )
        {
            return text;
        }
        english_number(value)
    }
}

/// `value` with a comma between groups of three digits, as `Intl.NumberFormat("en-GB")` writes it.
fn english_number(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// The plural category of `count` in `lang`: English's rule, others from the table.
pub fn plural_category(lang: &str, count: usize) -> &'static str {
    if lang != "en"
        && let Some(category) = answer(
            lang,
            |t| t.plurals.get(&count).copied(),
            |m| {
                m.plurals.insert(count);
            },
        )
    {
        return category;
    }
    if count == 1 { "one" } else { "other" }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Days and ranges of days: English by hand as `Intl.DateTimeFormat("en-GB", { day, month:
/// "long", year })` and its `formatRange` write them in Chromium ("24 May 2023", "24 – 25 May
/// 2023", "30 May – 2 June 2023", "30 December 2023 – 2 January 2024"), others from the table.
pub struct DateFormatter {
    lang: String,
}

impl DateFormatter {
    /// A formatter for `lang`.
    pub fn new(lang: &str) -> Self {
        DateFormatter {
            lang: lang.to_owned(),
        }
    }

    /// A day or a range of days, sharing what both ends have in common.
    pub fn format(&self, span: DateSpan) -> String {
        let key = match span {
            DateSpan::Day(day) => (day, day),
            DateSpan::Range(a, b) => (a, b),
        };
        if self.lang != "en"
            && let Some(text) = answer(
                &self.lang,
                |t| t.dates.get(&key).cloned(),
                |m| {
                    m.dates.insert(key);
                },
            )
        {
            return text;
        }
        english_date(span)
    }
}

fn english_date(span: DateSpan) -> String {
    let month = |d: Date| MONTHS[usize::from(d.month().clamp(1, 12)) - 1];
    match span {
        DateSpan::Day(day) => format!("{} {} {}", day.day(), month(day), day.year()),
        DateSpan::Range(a, b) if a.year() == b.year() && a.month() == b.month() => {
            format!("{} \u{2013} {} {} {}", a.day(), b.day(), month(a), a.year())
        }
        DateSpan::Range(a, b) if a.year() == b.year() => format!(
            "{} {} \u{2013} {} {} {}",
            a.day(),
            month(a),
            b.day(),
            month(b),
            b.year()
        ),
        DateSpan::Range(a, b) => format!(
            "{} {} {} \u{2013} {} {} {}",
            a.day(),
            month(a),
            a.year(),
            b.day(),
            month(b),
            b.year()
        ),
    }
}

/// Today (UTC) by the build machine's clock: the prerendered timeline splits its events around
/// the day the page was built, and the wasm splits them again around the visitor's day.
pub fn today() -> Option<Date> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    let (year, month, day) = civil_from_days(i64::try_from(secs / 86_400).ok()?);
    map_core::view::timeline::date_from_calendar(year, month, day)
}

/// Days since 1970-01-01 to a proleptic Gregorian (year, month, day): Howard Hinnant's
/// `civil_from_days` (chrono-compatible algorithms, public domain).
fn civil_from_days(days: i64) -> (u32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let to_u32 = |v: i64| u32::try_from(v).unwrap_or(0);
    (to_u32(year), to_u32(month), to_u32(day))
}

/// Country names in a language: none in English (the geometry's own, GISCO's, are shown, as in
/// the browser), others from the table.
pub struct CountryNames {
    lang: String,
}

impl CountryNames {
    /// Country names in `lang`.
    pub fn new(lang: &str) -> Self {
        CountryNames {
            lang: lang.to_owned(),
        }
    }

    /// The name of the country with GISCO code `gisco`; `None` in English or when not known
    /// (the caller keeps the geometry's English name).
    pub fn name(&self, gisco: &str) -> Option<String> {
        if self.lang == "en" {
            return None;
        }
        answer(
            &self.lang,
            |t| t.countries.get(gisco).cloned(),
            |m| {
                m.countries.insert(gisco.to_owned());
            },
        )
        .filter(|name| !name.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn numbers_are_grouped_by_commas_as_en_gb_intl_writes_them() {
        let f = NumberFormatter::new("en");
        assert_eq!(f.format(0), "0");
        assert_eq!(f.format(43), "43");
        assert_eq!(f.format(1_000), "1,000");
        assert_eq!(f.format(1_914_046), "1,914,046");
    }

    #[test]
    fn dates_and_ranges_share_what_both_ends_have_in_common() {
        let f = DateFormatter::new("en");
        assert_eq!(f.format(DateSpan::Day(day("2024-08-30"))), "30 August 2024");
        assert_eq!(
            f.format(DateSpan::Range(day("2023-05-24"), day("2023-05-25"))),
            "24 \u{2013} 25 May 2023"
        );
        assert_eq!(
            f.format(DateSpan::Range(day("2023-05-30"), day("2023-06-02"))),
            "30 May \u{2013} 2 June 2023"
        );
        assert_eq!(
            f.format(DateSpan::Range(day("2023-12-30"), day("2024-01-02"))),
            "30 December 2023 \u{2013} 2 January 2024"
        );
    }

    #[test]
    fn another_language_records_what_it_lacks_then_answers_from_its_table() {
        use_table(Table {
            lang: "de".into(),
            ..Table::default()
        });
        assert_eq!(NumberFormatter::new("de").format(1_000), "1,000");
        assert_eq!(plural_category("de", 3), "other");
        assert_eq!(CountryNames::new("de").name("EL"), None);
        let asked = missing();
        assert_eq!(asked.numbers.into_iter().collect::<Vec<_>>(), [1_000]);
        assert_eq!(asked.plurals.into_iter().collect::<Vec<_>>(), [3]);
        assert_eq!(asked.countries.into_iter().collect::<Vec<_>>(), ["EL"]);

        let mut table = Table {
            lang: "de".into(),
            ..Table::default()
        };
        table.numbers.insert(1_000, "1.000".into());
        table.countries.insert("EL".into(), "Griechenland".into());
        use_table(table);
        assert_eq!(NumberFormatter::new("de").format(1_000), "1.000");
        assert_eq!(
            CountryNames::new("de").name("EL").as_deref(),
            Some("Griechenland")
        );
        assert!(missing().is_empty());
        // English never asks.
        assert_eq!(NumberFormatter::new("en").format(2_000), "2,000");
        assert!(missing().is_empty());
    }

    #[test]
    fn days_since_the_epoch_become_calendar_days() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(civil_from_days(20_791), (2026, 12, 4));
    }
}
