//! The widget's interface languages (issue 11): message catalogues in Project Fluent's format, one
//! `.ftl` file per language in `crates/map-core/i18n/`, read by `fluent-bundle`.
//!
//! Why Fluent (fluent-bundle) and not leptos_i18n: leptos_i18n compiles every language's strings into
//! the wasm as code, so each language a partner adds makes every visitor's download bigger, and its
//! number/date formatting pulls ICU4X data into the wasm; with Fluent the wasm carries English (the
//! fallback, so a missing file or key never leaves a blank) and the parser, and a visitor downloads
//! only their own language's `.ftl` (2–3 KB brotli) at start-up, beside the data file. Translators
//! edit plain `.ftl` files with plurals (`{ $count -> [one] … *[other] … }`) and no Rust. Numbers and
//! dates are not Fluent's job here: the widget formats them with the browser's `Intl` in the chosen
//! language and passes them in as text.
//!
//! Every key of `en.ftl` must be in every other file with the same placeholders: a test reads each
//! file and fails naming the language, the key and what is missing (`check_catalogue`).

use std::fmt;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The English catalogue, built into the wasm: the fallback for every other language.
pub const ENGLISH_FTL: &str = include_str!("../i18n/en.ftl");

/// The interface languages: code and the language's name in itself, in the menu's order (English,
/// then the SECON partners' languages). A file `i18n/<code>.ftl` exists for each.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("bg", "Български"),
    ("de", "Deutsch"),
    ("el", "Ελληνικά"),
    ("es", "Español"),
    ("lv", "Latviešu"),
    ("nl", "Nederlands"),
    ("pl", "Polski"),
    ("pt", "Português"),
    ("ro", "Română"),
];

/// The first of `requested` (a `?lang=` value, then the browser's languages, in order of
/// preference) that the widget speaks, matched on the primary language (`de-AT` gives `de`,
/// `pt_BR` gives `pt`); English when none is.
pub fn negotiate<'a>(requested: impl IntoIterator<Item = &'a str>) -> &'static str {
    requested
        .into_iter()
        .filter_map(|tag| tag.trim().parse::<LanguageIdentifier>().ok())
        .find_map(|id| {
            let primary = id.language.as_str().to_ascii_lowercase();
            LANGUAGES
                .iter()
                .find(|(code, _)| *code == primary)
                .map(|(code, _)| *code)
        })
        .unwrap_or("en")
}

/// `"rtl"` for a language written right to left (Arabic, Hebrew, Persian, Urdu…), else `"ltr"`.
pub fn direction(lang: &str) -> &'static str {
    let primary = lang.split(['-', '_']).next().unwrap_or_default();
    match primary.to_ascii_lowercase().as_str() {
        "ar" | "arc" | "ckb" | "dv" | "fa" | "he" | "iw" | "ps" | "sd" | "ug" | "ur" | "yi" => {
            "rtl"
        }
        _ => "ltr",
    }
}

/// A value for a placeholder: a count (chooses the plural form) or text (a name, a formatted date).
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    /// A count, for `{ $count -> [one] … *[other] … }` and shown as digits.
    Count(usize),
    /// Text, shown as it is.
    Text(&'a str),
}

/// A problem in a catalogue: its language, the key if there is one, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueError {
    /// The catalogue's language code.
    pub lang: String,
    /// What is wrong, naming the key.
    pub message: String,
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "i18n/{}.ftl: {}", self.lang, self.message)
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: &str, ftl: &str) -> Result<Bundle, CatalogueError> {
    let error = |message: String| CatalogueError {
        lang: lang.to_owned(),
        message,
    };
    let resource = FluentResource::try_new(ftl.to_owned()).map_err(|(_, errors)| {
        error(match errors.first() {
            Some(e) => format!("not valid Fluent at byte {}: {:?}", e.pos.start, e.kind),
            None => "not valid Fluent".to_owned(),
        })
    })?;
    let id: LanguageIdentifier = lang
        .parse()
        .map_err(|_| error(format!("{lang:?} is not a language tag")))?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around placeholders: every shipped language is written left to
    // right, and the marks would end up in accessible names and copied text.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .map_err(|errors| error(format!("{} keys defined twice", errors.len())))?;
    Ok(bundle)
}

/// The interface strings in one language, with English behind it for any key it lacks.
pub struct Messages {
    lang: String,
    primary: Option<Bundle>,
    english: Arc<Bundle>,
}

/// The built-in English catalogue, parsed once and shared by every [`Messages`] (the fallback
/// behind each language, and the first catalogue at start-up).
fn english_bundle() -> Arc<Bundle> {
    static ENGLISH: OnceLock<Arc<Bundle>> = OnceLock::new();
    ENGLISH
        .get_or_init(|| {
            // The built-in file is checked by the tests: a broken one fails them, not a visitor.
            Arc::new(
                bundle("en", ENGLISH_FTL)
                    .unwrap_or_else(|_| FluentBundle::new_concurrent(Vec::new())),
            )
        })
        .clone()
}

impl fmt::Debug for Messages {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Messages")
            .field("lang", &self.lang)
            .finish()
    }
}

impl Messages {
    /// English only.
    pub fn english() -> Self {
        Messages {
            lang: "en".to_owned(),
            primary: None,
            english: english_bundle(),
        }
    }

    /// `lang`'s catalogue (the text of its `.ftl` file) over English. A catalogue that does not
    /// parse gives English and the error, which the widget shows; it never leaves strings blank.
    pub fn new(lang: &str, ftl: &str) -> (Self, Option<CatalogueError>) {
        let mut messages = Messages::english();
        if lang == "en" {
            return (messages, None);
        }
        match bundle(lang, ftl) {
            Ok(primary) => {
                messages.lang = lang.to_owned();
                messages.primary = Some(primary);
                (messages, None)
            }
            Err(e) => (messages, Some(e)),
        }
    }

    /// The language code of the strings (`"en"` when another language's file could not be read).
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The string for `key`.
    pub fn t(&self, key: &str) -> String {
        self.t_with(key, &[])
    }

    /// The string for `key` with its placeholders filled. Looks in the language, then in English;
    /// a key in neither gives the key itself (a test keeps that from shipping).
    pub fn t_with(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Count(n) => fluent_args.set(*name, FluentValue::from(*n)),
                Arg::Text(s) => fluent_args.set(*name, FluentValue::from(*s)),
            }
        }
        for bundle in self.primary.iter().chain([&*self.english]) {
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                return text.into_owned();
            }
        }
        key.to_owned()
    }
}

/// Every key of a catalogue with the placeholders its text uses (`$name`), in file order.
#[cfg(any(test, feature = "schema"))]
pub fn keys(lang: &str, ftl: &str) -> Result<Vec<(String, Vec<String>)>, CatalogueError> {
    use fluent_syntax::ast;
    let resource = fluent_syntax::parser::parse(ftl).map_err(|(_, errors)| CatalogueError {
        lang: lang.to_owned(),
        message: match errors.first() {
            Some(e) => format!("not valid Fluent at byte {}: {:?}", e.pos.start, e.kind),
            None => "not valid Fluent".to_owned(),
        },
    })?;
    fn walk(pattern: &ast::Pattern<&str>, found: &mut Vec<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_vars(expression, found);
            }
        }
    }
    fn expression_vars(expression: &ast::Expression<&str>, found: &mut Vec<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                inline_vars(selector, found);
                for v in variants {
                    walk(&v.value, found);
                }
            }
            ast::Expression::Inline(inline) => inline_vars(inline, found),
        }
    }
    fn inline_vars(inline: &ast::InlineExpression<&str>, found: &mut Vec<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => found.push(id.name.to_owned()),
            ast::InlineExpression::Placeable { expression } => expression_vars(expression, found),
            _ => {}
        }
    }
    let mut keys = Vec::new();
    for entry in &resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut vars = Vec::new();
            if let Some(value) = &message.value {
                walk(value, &mut vars);
            }
            vars.sort();
            vars.dedup();
            keys.push((message.id.name.to_owned(), vars));
        }
    }
    Ok(keys)
}

/// What `other` (language `lang`) lacks or adds against English: missing keys, keys English does
/// not have, and placeholders lost or added. Empty when the catalogue is complete.
#[cfg(any(test, feature = "schema"))]
pub fn check_catalogue(lang: &str, other: &str) -> Vec<CatalogueError> {
    let error = |message: String| CatalogueError {
        lang: lang.to_owned(),
        message,
    };
    let english = match keys("en", ENGLISH_FTL) {
        Ok(k) => k,
        Err(e) => return vec![e],
    };
    let theirs = match keys(lang, other) {
        Ok(k) => k,
        Err(e) => return vec![e],
    };
    let mut errors = Vec::new();
    for (key, vars) in &english {
        match theirs.iter().find(|(k, _)| k == key) {
            None => errors.push(error(format!(
                "key `{key}` is missing (English: it is in en.ftl)"
            ))),
            Some((_, their_vars)) if their_vars != vars => errors.push(error(format!(
                "key `{key}` uses placeholders {their_vars:?}, English uses {vars:?}"
            ))),
            Some(_) => {}
        }
    }
    for (key, _) in &theirs {
        if !english.iter().any(|(k, _)| k == key) {
            errors.push(error(format!(
                "key `{key}` is not in en.ftl (a typo, or an old key?)"
            )));
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue(lang: &str) -> String {
        let path = format!("{}/i18n/{lang}.ftl", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    #[test]
    fn every_language_has_every_english_key_with_the_same_placeholders() {
        let mut all = Vec::new();
        for (lang, _) in LANGUAGES.iter().filter(|(l, _)| *l != "en") {
            all.extend(check_catalogue(lang, &catalogue(lang)));
        }
        let report: Vec<String> = all.iter().map(ToString::to_string).collect();
        assert!(report.is_empty(), "{}", report.join("\n"));
    }

    #[test]
    fn the_shipped_files_are_exactly_the_listed_languages() {
        let dir = format!("{}/i18n", env!("CARGO_MANIFEST_DIR"));
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        let mut listed: Vec<String> = LANGUAGES.iter().map(|(l, _)| format!("{l}.ftl")).collect();
        listed.sort();
        assert_eq!(files, listed);
    }

    #[test]
    fn a_missing_key_and_a_lost_placeholder_are_reported_by_name() {
        let english = keys("en", ENGLISH_FTL).unwrap_or_default();
        let (dropped, _) = &english[0];
        let (with_var, vars) = english
            .iter()
            .find(|(_, v)| !v.is_empty())
            .cloned()
            .unwrap_or_default();
        // German, minus its first key, and one placeholder renamed.
        let german = catalogue("de");
        let edited: String = german
            .lines()
            .filter(|l| !l.starts_with(&format!("{dropped} =")))
            .map(|l| {
                if l.starts_with(&format!("{with_var} =")) {
                    l.replace(&format!("${}", vars[0]), "$renamed")
                } else {
                    l.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        let errors: Vec<String> = check_catalogue("de", &edited)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            errors
                .iter()
                .any(|e| e.contains(&format!("`{dropped}` is missing"))),
            "{errors:?}"
        );
        assert!(
            errors
                .iter()
                .any(|e| e.contains(&format!("`{with_var}` uses placeholders"))),
            "{errors:?}"
        );
    }

    #[test]
    fn every_catalogue_parses_and_formats_every_key() {
        let english = keys("en", ENGLISH_FTL).unwrap_or_default();
        assert!(english.len() > 50, "en.ftl has {} keys", english.len());
        for (lang, _) in LANGUAGES {
            let (messages, error) = Messages::new(lang, &catalogue(lang));
            assert_eq!(error, None, "{lang}");
            assert_eq!(messages.lang(), *lang);
            for (key, vars) in &english {
                let args: Vec<(&str, Arg)> =
                    vars.iter().map(|v| (v.as_str(), Arg::Count(3))).collect();
                let text = messages.t_with(key, &args);
                assert!(!text.trim().is_empty(), "{lang}: {key} gives {text:?}");
                assert!(
                    !text.contains('$') && !text.contains('{'),
                    "{lang}: {key} gives {text:?}"
                );
            }
        }
    }

    #[test]
    fn plurals_follow_the_language() {
        let en = Messages::english();
        let count = |m: &Messages, n| m.t_with("events-show-earlier", &[("count", Arg::Count(n))]);
        assert_eq!(count(&en, 1), "Show 1 earlier event");
        assert_eq!(count(&en, 10), "Show 10 earlier events");
        let (pl, _) = Messages::new("pl", &catalogue("pl"));
        // Polish has one, few (2–4) and many (5+) forms: three different sentences, digits aside.
        let words = |s: String| s.replace(|c: char| c.is_ascii_digit(), "");
        let forms = [1, 3, 5].map(|n| words(count(&pl, n)));
        assert!(forms[0] != forms[1] && forms[1] != forms[2], "{forms:?}");
    }

    #[test]
    fn a_key_missing_from_a_language_falls_back_to_english() {
        let (de, error) = Messages::new("de", "map-label = Karte der Partnerregionen\n");
        assert_eq!(error, None);
        assert_eq!(de.t("map-label"), "Karte der Partnerregionen");
        assert_eq!(de.t("zoom-in"), Messages::english().t("zoom-in"));
        assert_eq!(de.t("no-such-key"), "no-such-key");
    }

    #[test]
    fn a_broken_catalogue_gives_english_and_names_the_file() {
        let (m, error) = Messages::new("de", "zoom-in = {\n");
        assert_eq!(m.lang(), "en");
        let error = error.map(|e| e.to_string()).unwrap_or_default();
        assert!(
            error.starts_with("i18n/de.ftl: not valid Fluent"),
            "{error}"
        );
    }

    #[test]
    fn negotiation_takes_the_first_spoken_language() {
        assert_eq!(negotiate(["el"]), "el");
        assert_eq!(negotiate(["de-AT", "en"]), "de");
        assert_eq!(negotiate(["pt_BR"]), "pt");
        assert_eq!(negotiate(["fr-FR", "nl-BE", "en"]), "nl");
        assert_eq!(negotiate(["fr", "ja"]), "en");
        assert_eq!(negotiate(["", "not a tag!", "RO"]), "ro");
        assert_eq!(negotiate([]), "en");
    }

    #[test]
    fn direction_is_right_to_left_only_for_such_scripts() {
        assert_eq!(direction("ar"), "rtl");
        assert_eq!(direction("he-IL"), "rtl");
        assert_eq!(direction("el"), "ltr");
        assert_eq!(direction("bg"), "ltr");
    }
}
