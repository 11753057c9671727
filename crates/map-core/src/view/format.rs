//! Text formatting rules the view must not carry itself.

/// A whole number with thin-space thousands groups (`1 914 046`), the SI style readable in every
/// partner language; `Intl.NumberFormat` takes over for the page's language in the browser.
pub fn group_digits(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{202F}');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_numbers_have_no_separator() {
        assert_eq!(group_digits(0), "0");
        assert_eq!(group_digits(43), "43");
        assert_eq!(group_digits(999), "999");
    }

    #[test]
    fn thousands_are_grouped_by_three_from_the_right() {
        assert_eq!(group_digits(1_000), "1\u{202F}000");
        assert_eq!(group_digits(1_914_046), "1\u{202F}914\u{202F}046");
        assert_eq!(
            group_digits(u64::MAX),
            "18\u{202F}446\u{202F}744\u{202F}073\u{202F}709\u{202F}551\u{202F}615"
        );
    }
}
