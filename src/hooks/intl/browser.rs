//! The formatters through the browser's `Intl` (see the parent module).

use js_sys::{Array, Function, Intl, Object, Reflect};
use map_core::data::date::Date;
use map_core::view::format::group_digits;
use map_core::view::timeline::DateSpan;
use wasm_bindgen::{JsCast, JsValue};

/// `new Intl[name](lang, options)`, or `None` when the browser refuses (bad tag, no `Intl`).
fn construct(name: &str, lang: &str, options: &Object) -> Option<Object> {
    // The widget's English is British (Interreg Europe writes it so): "30 August 2024", not
    // "August 30, 2024".
    let lang = if lang == "en" { "en-GB" } else { lang };
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    let constructor = Reflect::get(&intl, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let args = Array::of2(&JsValue::from_str(lang), options);
    Reflect::construct(&constructor, &args)
        .ok()?
        .dyn_into::<Object>()
        .ok()
}

/// The method `name` of an `Intl` object (`format`, `select`, `of`), to call with it as `this`.
fn method(object: &Object, name: &str) -> Option<Function> {
    Reflect::get(object, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()
}

/// Options object from `(key, value)` pairs of strings.
fn options(pairs: &[(&str, &str)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    object
}

/// Whole numbers grouped for a language ("1,914,046" in English, "1.914.046" in German).
pub struct NumberFormatter {
    format: Option<Function>,
}

impl NumberFormatter {
    /// A formatter for `lang`; falls back to `map_core::view::format::group_digits` if `Intl` refuses it.
    pub fn new(lang: &str) -> Self {
        let format =
            construct("NumberFormat", lang, &options(&[])).and_then(|nf| method(&nf, "format"));
        Self { format }
    }

    /// `value` in the formatter's language. Exact for every `u64` (passed as a BigInt).
    pub fn format(&self, value: u64) -> String {
        self.format
            .as_ref()
            .and_then(|f| f.call1(&JsValue::NULL, &JsValue::from(value)).ok())
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| group_digits(value))
    }
}

/// The CLDR plural category of `count` in `lang` (`"one"`, `"few"`, `"many"`…), from the browser's
/// `Intl.PluralRules`: the form a catalogue's `{ $count -> [one] … [few] … *[other] … }` chooses.
/// `"other"` if the browser refuses the language.
pub fn plural_category(lang: &str, count: usize) -> &'static str {
    let category = construct("PluralRules", lang, &Object::new())
        .and_then(|rules| {
            let select = method(&rules, "select")?;
            select.call1(&rules, &JsValue::from(count as f64)).ok()
        })
        .and_then(|c| c.as_string());
    match category.as_deref() {
        Some("zero") => "zero",
        Some("one") => "one",
        Some("two") => "two",
        Some("few") => "few",
        Some("many") => "many",
        _ => "other",
    }
}

/// Days ("24 May 2023") and ranges of days ("24–25 May 2023") for a language.
pub struct DateFormatter {
    format: Option<Intl::DateTimeFormat>,
}

impl DateFormatter {
    /// A formatter for `lang` with the day, the month in words and the year; falls back to ISO
    /// dates (`2023-05-24`) if `Intl` refuses the language.
    pub fn new(lang: &str) -> Self {
        let options = options(&[("day", "numeric"), ("month", "long"), ("year", "numeric")]);
        let format = construct("DateTimeFormat", lang, &options).map(JsCast::unchecked_into);
        Self { format }
    }

    /// A day or a range of days; `Intl` shares what the two ends have in common ("24–25 May 2023").
    pub fn format(&self, span: DateSpan) -> String {
        let formatted = self.format.as_ref().and_then(|dtf| match span {
            DateSpan::Day(day) => dtf
                .format()
                .call1(&JsValue::NULL, &js_date(day))
                .ok()?
                .as_string(),
            DateSpan::Range(first, last) => dtf
                .format_range(&js_date(first), &js_date(last))
                .ok()
                .map(String::from),
        });
        formatted.unwrap_or_else(|| match span {
            DateSpan::Day(day) => day.to_string(),
            DateSpan::Range(first, last) => format!("{first} – {last}"),
        })
    }
}

/// Noon of `day` in local time: a calendar day never shifts under a time zone or a DST change.
fn js_date(day: Date) -> js_sys::Date {
    js_sys::Date::new_with_year_month_day_hr(
        u32::from(day.year()),
        i32::from(day.month()) - 1,
        i32::from(day.day()),
        12,
    )
}

/// Today in the browser's time zone, as a calendar day; `None` if the clock is out of range.
pub fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    map_core::view::timeline::date_from_calendar(
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date(),
    )
}

/// Countries' names in a language through `Intl.DisplayNames` ("Γερμανία" for `DE` in Greek): the
/// geometry carries English names only, and the browser knows every country's name in every
/// language, so no table of names travels in the wasm. GISCO writes Greece `EL` and the United
/// Kingdom `UK` where ISO 3166 (which `Intl` reads) has `GR` and `GB`.
pub struct CountryNames {
    names: Option<(Object, Function)>,
}

impl CountryNames {
    /// Country names in `lang`. In English, none: the geometry's own names are English (GISCO's,
    /// which the data's sources use), and building an `Intl.DisplayNames` loads the browser's
    /// name tables, 100 ms of a 4× slowed start-up (measured by `cargo xtask bench`).
    pub fn new(lang: &str) -> Self {
        if lang == "en" {
            return CountryNames { names: None };
        }
        let names =
            construct("DisplayNames", lang, &options(&[("type", "region")])).and_then(|n| {
                let of = method(&n, "of")?;
                Some((n, of))
            });
        CountryNames { names }
    }

    /// The name of the country with GISCO code `gisco`; `None` when the browser cannot say (the
    /// caller keeps the geometry's English name then).
    pub fn name(&self, gisco: &str) -> Option<String> {
        let iso = match gisco {
            "EL" => "GR",
            "UK" => "GB",
            other => other,
        };
        let (names, of) = self.names.as_ref()?;
        of.call1(names, &JsValue::from_str(iso))
            .ok()?
            .as_string()
            .filter(|name| name != iso)
    }
}
