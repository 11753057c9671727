//! Calendar dates of the data file (`"2023-05-24"`).
//!
//! Hand-written rather than `chrono` or `time`: the data file only needs whole days in ISO 8601
//! form (`YYYY-MM-DD`, proleptic Gregorian calendar), and a date library would add to the wasm
//! for no use the widget has.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Why a string is not a [`Date`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    #[error("{value:?} is not a date: write it as YYYY-MM-DD (like \"2023-05-24\")")]
    Form {
        /// The rejected text.
        value: String,
    },
    /// The form is right but the day does not exist (month 13, 31 April, 29 February 2023).
    #[error("{value:?} is not a day of the calendar: {reason}")]
    NoSuchDay {
        /// The rejected text.
        value: String,
        /// Which part is out of range.
        reason: String,
    },
}

/// A day of the calendar, between years 1000 and 9999.
///
/// Ordered chronologically, shown as `YYYY-MM-DD`, and only ever holds a day that exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Days in `month` (1..=12) of `year` in the Gregorian calendar.
fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// Parses `YYYY-MM-DD`; the error tells a malformed text from a day that does not exist.
    pub fn parse(s: &str) -> Result<Self, DateError> {
        let form = || DateError::Form {
            value: s.to_owned(),
        };
        let b = s.as_bytes();
        let digits_at = |range: std::ops::Range<usize>| {
            b.get(range.clone())
                .filter(|part| part.iter().all(u8::is_ascii_digit))
                .and_then(|_| s.get(range))
        };
        if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return Err(form());
        }
        let (Some(y), Some(m), Some(d)) = (digits_at(0..4), digits_at(5..7), digits_at(8..10))
        else {
            return Err(form());
        };
        let (Ok(year), Ok(month), Ok(day)) = (y.parse::<u16>(), m.parse::<u8>(), d.parse::<u8>())
        else {
            return Err(form());
        };
        let no_such_day = |reason: String| DateError::NoSuchDay {
            value: s.to_owned(),
            reason,
        };
        if year < 1000 {
            return Err(no_such_day(format!(
                "the year must be from 1000 to 9999, not {year}"
            )));
        }
        if !(1..=12).contains(&month) {
            return Err(no_such_day(format!(
                "the month must be from 01 to 12, not {m}"
            )));
        }
        let last = days_in_month(year, month);
        if !(1..=last).contains(&day) {
            return Err(no_such_day(format!(
                "month {m} of {year} has days 01 to {last}, not {d}"
            )));
        }
        Ok(Self { year, month, day })
    }

    /// The year (1000..=9999).
    pub fn year(&self) -> u16 {
        self.year
    }

    /// The month (1..=12).
    pub fn month(&self) -> u8 {
        self.month
    }

    /// The day of the month (1..=31).
    pub fn day(&self) -> u8 {
        self.day
    }
}

impl TryFrom<String> for Date {
    type Error = DateError;
    fn try_from(s: String) -> Result<Self, DateError> {
        Self::parse(&s)
    }
}

impl From<Date> for String {
    fn from(d: Date) -> String {
        d.to_string()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A day, written YYYY-MM-DD."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_parse_and_print_back() {
        let d = Date::parse("2023-05-24").unwrap();
        assert_eq!((d.year(), d.month(), d.day()), (2023, 5, 24));
        assert_eq!(d.to_string(), "2023-05-24");
    }

    #[test]
    fn dates_order_chronologically() {
        assert!(Date::parse("2023-12-31").unwrap() < Date::parse("2024-01-01").unwrap());
        assert!(Date::parse("2024-02-01").unwrap() < Date::parse("2024-02-10").unwrap());
    }

    #[test]
    fn leap_days_exist_only_in_leap_years() {
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("2000-02-29").is_ok());
        assert!(Date::parse("1900-02-29").is_err());
        let e = Date::parse("2023-02-29").unwrap_err().to_string();
        assert_eq!(
            e,
            "\"2023-02-29\" is not a day of the calendar: month 02 of 2023 has days 01 to 28, not 29"
        );
    }

    #[test]
    fn malformed_dates_are_refused_with_the_expected_form() {
        for bad in [
            "",
            "2023-5-24",
            "24.05.2023",
            "2023-05-24T10:00",
            "2023/05/24",
            "２０２３-05-24",
        ] {
            assert!(
                matches!(Date::parse(bad), Err(DateError::Form { .. })),
                "{bad}"
            );
        }
        assert!(matches!(
            Date::parse("2023-13-01"),
            Err(DateError::NoSuchDay { .. })
        ));
        assert!(matches!(
            Date::parse("2023-00-01"),
            Err(DateError::NoSuchDay { .. })
        ));
        assert!(matches!(
            Date::parse("0999-01-01"),
            Err(DateError::NoSuchDay { .. })
        ));
    }
}
