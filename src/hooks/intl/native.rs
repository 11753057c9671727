//! The formatters where there is no browser: the build's prerender of the English first view.
//! They write what `Intl` writes for `en-GB` with the same options (a browser test compares the
//! prerendered page with the page the wasm draws), and English is all the prerender draws.

use map_core::data::date::Date;
use map_core::view::timeline::DateSpan;

/// Whole numbers grouped by commas, as `Intl.NumberFormat("en-GB")` writes them ("1,914,046").
pub struct NumberFormatter;

impl NumberFormatter {
    /// A formatter; the prerender writes English only, so `lang` is not read.
    pub fn new(_lang: &str) -> Self {
        NumberFormatter
    }

    /// `value` with a comma between groups of three digits.
    pub fn format(&self, value: u64) -> String {
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
}

/// English plural categories: "one" for 1, "other" for everything else.
pub fn plural_category(_lang: &str, count: usize) -> &'static str {
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

/// Days and ranges of days as `Intl.DateTimeFormat("en-GB", { day, month: "long", year })` and
/// its `formatRange` write them in Chromium: "24 May 2023", "24 – 25 May 2023", "30 May – 2 June 2023",
/// "30 December 2023 – 2 January 2024".
pub struct DateFormatter;

impl DateFormatter {
    /// A formatter; the prerender writes English only, so `lang` is not read.
    pub fn new(_lang: &str) -> Self {
        DateFormatter
    }

    /// A day or a range of days, sharing what both ends have in common.
    pub fn format(&self, span: DateSpan) -> String {
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

/// No country names: in English the geometry's own (GISCO's) names are shown, as in the browser.
pub struct CountryNames;

impl CountryNames {
    /// Country names in `lang`: none natively.
    pub fn new(_lang: &str) -> Self {
        CountryNames
    }

    /// Always `None`: the caller keeps the geometry's English name.
    pub fn name(&self, _gisco: &str) -> Option<String> {
        None
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
    fn days_since_the_epoch_become_calendar_days() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(civil_from_days(20_791), (2026, 12, 4));
    }
}
