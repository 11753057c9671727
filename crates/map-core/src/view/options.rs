//! What the page's URL may ask of the widget (`?data=`), checked before anything is fetched.
//!
//! The widget only ever fetches files of its own origin (the strict CSP's `connect-src 'self'` says the
//! same), so a data path in the URL must be a plain relative path to a `.json` file.

use std::fmt;

/// The data file the widget loads when the URL names none.
pub const DEFAULT_DATA_FILE: &str = "data/secon.json";

/// The options read from the page's query string. Unknown keys are ignored, as a host page may add its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Relative path of the data file to load (never absolute, never leaving the site's folder).
    pub data_file: String,
    /// `?stress=nuts3`: also draw all 1,345 NUTS 3 regions of Europe (the pan benchmark's page).
    pub stress_nuts3: bool,
    /// `?embed=1`: the widget is framed in another site's page (see `public/embed.js`), which brings
    /// its own heading, so the widget hides its page chrome (the title is kept for screen readers).
    /// `?embed`, `?embed=1` and `?embed=true` turn it on; any other value leaves it off.
    pub embed: bool,
    /// `?present=1`: open in the workshop presentation layout. `?present`, `?present=1`
    /// and `?present=true` turn it on; any other value leaves it off. The widget writes it into the
    /// URL when a presenter enters presentation mode, so a reload resumes there.
    pub present: bool,
    /// `?tour=N`: seconds the guided tour stays on each step, 1 to 600; `None` (the default) means
    /// [`crate::view::tour::DEFAULT_TOUR_SECONDS`]. A value out of range or not a whole number is refused.
    pub tour_seconds: Option<u32>,
    /// `?theme=light|dark|contrast|auto`: the colour theme; `auto` (the default) follows the
    /// visitor's `prefers-contrast` and `prefers-color-scheme`.
    pub theme: Theme,
    /// `?show=map,counters,events,list`: the parts to show, in any order (default: all). An embed
    /// that only wants the counters writes `?embed=1&show=counters`.
    pub parts: Parts,
    /// `?lang=el`: the interface language, one of [`crate::i18n::LANGUAGES`] (a regional tag such as
    /// `de-AT` gives its language); `None` lets the page's `lang` or the browser's languages decide.
    pub lang: Option<&'static str>,
}

/// The widget's colour theme (`?theme=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the visitor's system (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Dark text on light ground.
    Light,
    /// Light text on dark ground.
    Dark,
    /// High contrast: white on black, links and the selection in light blue and yellow.
    Contrast,
}

impl Theme {
    /// The value of the widget's `data-theme` attribute, which the stylesheet keys on.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Contrast => "contrast",
        }
    }

    /// The theme to draw in: the one asked for, or for `Auto` the one the visitor's system asks
    /// for (`prefers-contrast: more` first, then `prefers-color-scheme: dark`), light otherwise.
    pub fn resolve(self, prefers_more_contrast: bool, prefers_dark: bool) -> Theme {
        match self {
            Theme::Auto if prefers_more_contrast => Theme::Contrast,
            Theme::Auto if prefers_dark => Theme::Dark,
            Theme::Auto => Theme::Light,
            chosen => chosen,
        }
    }
}

/// Which parts of the widget to show (`?show=`); all by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    /// The map with its tools and the selected region's panel.
    pub map: bool,
    /// The indicator counters.
    pub counters: bool,
    /// The events timeline.
    pub events: bool,
    /// The text list of the regions (the map's text alternative; shown with the map by default).
    pub list: bool,
}

impl Default for Parts {
    fn default() -> Self {
        Parts {
            map: true,
            counters: true,
            events: true,
            list: true,
        }
    }
}

impl Parts {
    /// Reads a comma-separated list such as `map,counters`; `None` if a name is unknown or the
    /// list names nothing.
    fn parse(list: &str) -> Option<Parts> {
        let mut parts = Parts {
            map: false,
            counters: false,
            events: false,
            list: false,
        };
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            match name {
                "map" => parts.map = true,
                "counters" => parts.counters = true,
                "events" => parts.events = true,
                "list" => parts.list = true,
                _ => return None,
            }
        }
        (parts.map || parts.counters || parts.events || parts.list).then_some(parts)
    }
}

/// Why an option in the URL was refused; the widget shows it and falls back to the default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionError {
    /// The query key, e.g. `data`.
    pub key: String,
    /// The refused value as written in the URL (after percent-decoding).
    pub value: String,
    /// What would have been accepted.
    pub expected: &'static str,
}

impl fmt::Display for OptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "page address: ?{}={:?} is not allowed; expected {}",
            self.key, self.value, self.expected
        )
    }
}

impl Options {
    /// Reads the options from a query string such as `?data=data/other.json&lang=el`. Never panics;
    /// a refused value falls back to its default and is returned as an error to show.
    pub fn from_query(query: &str) -> (Options, Vec<OptionError>) {
        let mut options = Options {
            data_file: DEFAULT_DATA_FILE.to_string(),
            stress_nuts3: false,
            embed: false,
            present: false,
            tour_seconds: None,
            theme: Theme::Auto,
            parts: Parts::default(),
            lang: None,
        };
        let mut errors = Vec::new();
        for (key, value) in pairs(query) {
            if key == "stress" {
                options.stress_nuts3 = value == "nuts3";
            } else if key == "embed" {
                options.embed = matches!(value.as_str(), "" | "1" | "true");
            } else if key == "present" {
                options.present = matches!(value.as_str(), "" | "1" | "true");
            } else if key == "theme" {
                match value.as_str() {
                    "auto" => options.theme = Theme::Auto,
                    "light" => options.theme = Theme::Light,
                    "dark" => options.theme = Theme::Dark,
                    "contrast" => options.theme = Theme::Contrast,
                    _ => errors.push(OptionError {
                        key,
                        value,
                        expected: "light, dark, contrast or auto",
                    }),
                }
            } else if key == "lang" {
                let spoken = crate::i18n::negotiate([value.as_str()]);
                let primary = value.split(['-', '_']).next().unwrap_or_default();
                if primary.eq_ignore_ascii_case(spoken) {
                    options.lang = Some(spoken);
                } else {
                    errors.push(OptionError {
                        key,
                        value,
                        expected: "a language of the widget: en, bg, de, el, es, lv, nl, pl, pt or ro",
                    });
                }
            } else if key == "show" {
                match Parts::parse(&value) {
                    Some(parts) => options.parts = parts,
                    None => errors.push(OptionError {
                        key,
                        value,
                        expected: "a comma-separated list of map, counters, events, list",
                    }),
                }
            } else if key == "tour" {
                match value.parse::<u32>() {
                    Ok(seconds @ 1..=600) => options.tour_seconds = Some(seconds),
                    _ => errors.push(OptionError {
                        key,
                        value,
                        expected: "a whole number of seconds from 1 to 600",
                    }),
                }
            } else if key == "data" {
                if is_safe_data_path(&value) {
                    options.data_file = value;
                } else {
                    errors.push(OptionError {
                        key,
                        value,
                        expected: "a relative path to a .json file of this site, like data/secon.json",
                    });
                }
            }
        }
        (options, errors)
    }
}

/// `search` (a query string, `""` or starting with `?`) with `key` set to `value`, or removed for
/// `None`; the other pairs keep their order. Returns `""` or a string starting with `?`. The widget
/// writes `?present=1` and `?lang=el` this way so that a reload keeps them. `value` is one of the
/// widget's own words (no escaping needed).
pub fn set_query(search: &str, key: &str, value: Option<&str>) -> String {
    let mut pairs: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| pair.split_once('=').map_or(*pair, |(k, _)| k) != key)
        .map(str::to_owned)
        .collect();
    if let Some(value) = value {
        pairs.push(format!("{key}={value}"));
    }
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

fn is_safe_data_path(path: &str) -> bool {
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/');
    !path.is_empty()
        && path.ends_with(".json")
        && path.chars().all(allowed)
        && !path.starts_with('/')
        && !path
            .split('/')
            .any(|segment| segment.is_empty() || segment == "..")
}

/// The `key=value` pairs of a query string, percent-decoded; `+` is a space, as in forms.
fn pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key), decode(value))
        })
}

/// Percent-decoding by hand: the one function of a URL crate we need, not worth its bytes in the wasm.
fn decode(text: &str) -> String {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&first, tail)) = rest.split_first() {
        match (first, tail) {
            (b'+', _) => {
                bytes.push(b' ');
                rest = tail;
            }
            (b'%', [high, low, after @ ..]) => match (hex(*high), hex(*low)) {
                (Some(h), Some(l)) => {
                    bytes.push(h * 16 + l);
                    rest = after;
                }
                _ => {
                    bytes.push(b'%');
                    rest = tail;
                }
            },
            _ => {
                bytes.push(first);
                rest = tail;
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn hex(digit: u8) -> Option<u8> {
    char::from(digit)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_query_loads_the_default_data_file() {
        let (options, errors) = Options::from_query("");
        assert_eq!(options.data_file, DEFAULT_DATA_FILE);
        assert!(errors.is_empty());
    }

    #[test]
    fn a_relative_json_path_is_accepted_and_decoded() {
        let (options, errors) = Options::from_query("?lang=el&data=fixtures%2Fdata%2Fbroken.json");
        assert_eq!(options.data_file, "fixtures/data/broken.json");
        assert!(errors.is_empty());
    }

    #[test]
    fn other_origins_parent_folders_and_non_json_are_refused_with_the_default_kept() {
        for bad in [
            "https://evil.example/x.json",
            "//evil.example/x.json",
            "/etc/x.json",
            "../x.json",
            "data/../../x.json",
            "data/secon.js",
            "javascript:alert(1)//.json",
            "",
        ] {
            let (options, errors) = Options::from_query(&format!("data={bad}"));
            assert_eq!(options.data_file, DEFAULT_DATA_FILE, "{bad}");
            assert_eq!(errors.len(), 1, "{bad}");
            assert!(
                errors[0].to_string().contains("relative path"),
                "{}",
                errors[0]
            );
        }
    }

    #[test]
    fn the_stress_page_is_asked_for_by_name() {
        assert!(Options::from_query("?stress=nuts3").0.stress_nuts3);
        assert!(!Options::from_query("?stress=1").0.stress_nuts3);
        assert!(!Options::from_query("").0.stress_nuts3);
    }

    #[test]
    fn an_embedding_page_asks_for_the_embed_layout_and_a_plain_page_does_not_get_it() {
        for on in [
            "?embed=1",
            "?embed",
            "?embed=true",
            "?data=data/secon.json&embed=1",
        ] {
            let (options, errors) = Options::from_query(on);
            assert!(options.embed, "{on}");
            assert!(errors.is_empty(), "{on}");
        }
        for off in ["", "?embed=0", "?embed=false", "?embedded=1"] {
            assert!(!Options::from_query(off).0.embed, "{off}");
        }
    }

    #[test]
    fn a_workshop_link_opens_the_presentation_and_a_plain_link_does_not() {
        for on in [
            "?present=1",
            "?present",
            "?present=true",
            "?embed=1&present=1",
        ] {
            let (options, errors) = Options::from_query(on);
            assert!(options.present, "{on}");
            assert!(errors.is_empty(), "{on}");
        }
        for off in ["", "?present=0", "?present=no", "?presenter=1"] {
            assert!(!Options::from_query(off).0.present, "{off}");
        }
    }

    #[test]
    fn the_tour_interval_is_taken_in_whole_seconds_and_nonsense_is_refused_with_the_default_kept() {
        assert_eq!(Options::from_query("?tour=1").0.tour_seconds, Some(1));
        assert_eq!(Options::from_query("").0.tour_seconds, None);
        for bad in ["0", "601", "-3", "2.5", "fast", ""] {
            let (options, errors) = Options::from_query(&format!("?tour={bad}"));
            assert_eq!(options.tour_seconds, None, "{bad}");
            assert_eq!(errors.len(), 1, "{bad}");
            assert!(errors[0].to_string().contains("seconds"), "{}", errors[0]);
        }
    }

    #[test]
    fn a_query_pair_is_set_replaced_or_removed_and_the_others_kept() {
        assert_eq!(set_query("", "lang", Some("el")), "?lang=el");
        assert_eq!(
            set_query("?embed=1&lang=de", "lang", Some("el")),
            "?embed=1&lang=el"
        );
        assert_eq!(set_query("?lang=de&embed=1", "lang", None), "?embed=1");
        assert_eq!(set_query("?lang=de", "lang", None), "");
    }

    #[test]
    fn a_language_is_chosen_by_code_and_an_unknown_one_is_refused_with_the_choices() {
        assert_eq!(Options::from_query("").0.lang, None);
        assert_eq!(Options::from_query("?lang=el").0.lang, Some("el"));
        assert_eq!(Options::from_query("?lang=de-AT").0.lang, Some("de"));
        assert_eq!(Options::from_query("?lang=EN").0.lang, Some("en"));
        let (options, errors) = Options::from_query("?lang=fr");
        assert_eq!(options.lang, None);
        assert_eq!(
            errors[0].to_string(),
            "page address: ?lang=\"fr\" is not allowed; expected a language of the widget: en, bg, de, el, es, lv, nl, pl, pt or ro"
        );
    }

    #[test]
    fn a_theme_is_chosen_by_name_and_an_unknown_one_keeps_auto_with_an_error() {
        assert_eq!(Options::from_query("").0.theme, Theme::Auto);
        assert_eq!(Options::from_query("?theme=dark").0.theme, Theme::Dark);
        assert_eq!(Options::from_query("?theme=light").0.theme, Theme::Light);
        assert_eq!(Options::from_query("?theme=auto").0.theme.as_str(), "auto");
        let (options, errors) = Options::from_query("?theme=pink");
        assert_eq!(options.theme, Theme::Auto);
        assert!(
            errors[0]
                .to_string()
                .contains("light, dark, contrast or auto")
        );
        assert_eq!(
            Options::from_query("?theme=contrast").0.theme,
            Theme::Contrast
        );
    }

    #[test]
    fn auto_follows_the_system_contrast_first_and_a_chosen_theme_ignores_the_system() {
        assert_eq!(Theme::Auto.resolve(false, false), Theme::Light);
        assert_eq!(Theme::Auto.resolve(false, true), Theme::Dark);
        assert_eq!(Theme::Auto.resolve(true, true), Theme::Contrast);
        assert_eq!(Theme::Light.resolve(true, true), Theme::Light);
        assert_eq!(Theme::Dark.resolve(false, false), Theme::Dark);
    }

    #[test]
    fn show_lists_the_parts_to_keep_and_refuses_unknown_names() {
        assert_eq!(Options::from_query("").0.parts, Parts::default());
        let parts = Options::from_query("?show=counters").0.parts;
        assert!(parts.counters && !parts.map && !parts.events && !parts.list);
        let parts = Options::from_query("?show=map%2Cevents").0.parts;
        assert!(parts.map && parts.events && !parts.counters && !parts.list);
        for bad in ["", ",", "map,legend", "everything"] {
            let (options, errors) = Options::from_query(&format!("?show={bad}"));
            assert_eq!(options.parts, Parts::default(), "{bad}");
            assert_eq!(errors.len(), 1, "{bad}");
        }
    }

    #[test]
    fn broken_percent_escapes_are_kept_as_text_not_a_panic() {
        assert_eq!(decode("a%2"), "a%2");
        assert_eq!(decode("%zz%41+b"), "%zzA b");
        assert_eq!(decode("%C3%A9"), "é");
    }
}
