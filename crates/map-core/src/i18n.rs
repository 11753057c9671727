//! The widget's interface languages: message catalogues in Project Fluent's format, one
//! `.ftl` file per language in `crates/map-core/i18n/`, parsed by `fluent-syntax` (the Fluent
//! project's own parser).
//!
//! Why Fluent and not leptos_i18n: leptos_i18n compiles every language's strings into the wasm as
//! code, so each language a partner adds makes every visitor's download bigger, and its number/date
//! formatting pulls ICU4X data into the wasm; with Fluent the wasm carries English (the fallback, so
//! a missing file or key never leaves a blank) and the parser, and a visitor downloads only their own
//! language's `.ftl` (2–3 KB brotli) at start-up, beside the data file. Translators edit plain
//! `.ftl` files with plurals (`{ $count -> [one] … *[other] … }`) and no Rust. Numbers and dates are
//! not Fluent's job here: the widget formats them with the browser's `Intl` in the chosen language
//! and passes them in as text.
//!
//! Why the resolver below ([`Messages::t_with`]) and not `fluent-bundle`: fluent-bundle
//! carries the plural rules of every CLDR locale, its own number type with float parsing and
//! formatting, a memoizer and unic-langid: without them the wasm is 14.5 KB brotli smaller (249.3 →
//! 234.8 KB, `cargo xtask build`). The browser already has every plural rule (`Intl.PluralRules`),
//! which the app passes in ([`PluralRule`]), and the widget's messages use only text, variables,
//! message and term references, and selectors on a count or a text. Anything else a translator
//! writes (a function call) is shown as `{NAME()}`, as fluent-bundle shows what it cannot resolve,
//! and never a blank.
//!
//! Every key of `en.ftl` must be in every other file with the same placeholders: a test reads each
//! file and fails naming the language, the key and what is missing (`check_catalogue`).

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, OnceLock};

use fluent_syntax::ast;

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

/// The primary language subtag of a BCP 47 tag (`de-AT` and `de_AT` give `de`), lower case; `None`
/// when the tag does not start with one (2–3 or 5–8 letters).
fn primary_language(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?;
    let letters = primary.len();
    ((2..=3).contains(&letters) || (5..=8).contains(&letters))
        .then_some(())
        .filter(|()| primary.bytes().all(|b| b.is_ascii_alphabetic()))
        .map(|()| primary.to_ascii_lowercase())
}

/// The first of `requested` (a `?lang=` value, then the browser's languages, in order of
/// preference) that the widget speaks, matched on the primary language (`de-AT` gives `de`,
/// `pt_BR` gives `pt`); English when none is.
pub fn negotiate<'a>(requested: impl IntoIterator<Item = &'a str>) -> &'static str {
    requested
        .into_iter()
        .filter_map(primary_language)
        .find_map(|primary| {
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

/// The CLDR plural category (`"zero"`, `"one"`, `"two"`, `"few"`, `"many"` or `"other"`) of a count
/// in a language. The app passes the browser's `Intl.PluralRules`; [`english_plural`] is the default.
pub type PluralRule = fn(lang: &str, count: usize) -> &'static str;

/// English's plural rule (and the default): one for 1, other for anything else.
pub fn english_plural(_lang: &str, count: usize) -> &'static str {
    if count == 1 { "one" } else { "other" }
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

/// The error for a catalogue `fluent-syntax` could not parse, at its first problem.
fn not_fluent(lang: &str, errors: &[fluent_syntax::parser::ParserError]) -> CatalogueError {
    CatalogueError {
        lang: lang.to_owned(),
        message: match errors.first() {
            Some(e) => format!("not valid Fluent at byte {}: {:?}", e.pos.start, e.kind),
            None => "not valid Fluent".to_owned(),
        },
    }
}

/// One language's messages and terms (`-brand = …`, kept under `-brand`), by key.
type Catalogue = HashMap<String, ast::Pattern<String>>;

fn catalogue(lang: &str, ftl: &str) -> Result<Catalogue, CatalogueError> {
    let error = |message: String| CatalogueError {
        lang: lang.to_owned(),
        message,
    };
    if primary_language(lang).is_none() {
        return Err(error(format!("{lang:?} is not a language tag")));
    }
    let resource = fluent_syntax::parser::parse_runtime(ftl.to_owned())
        .map_err(|(_, errors)| not_fluent(lang, &errors))?;
    let mut patterns = Catalogue::new();
    let mut twice = 0;
    for entry in resource.body {
        let (key, value) = match entry {
            ast::Entry::Message(m) => (m.id.name, m.value),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value)),
            _ => continue,
        };
        if let Some(value) = value
            && patterns.insert(key, value).is_some()
        {
            twice += 1;
        }
    }
    if twice > 0 {
        return Err(error(format!("{twice} keys defined twice")));
    }
    Ok(patterns)
}

/// The interface strings in one language, with English behind it for any key it lacks.
pub struct Messages {
    lang: String,
    primary: Option<Catalogue>,
    english: Arc<Catalogue>,
    plural: PluralRule,
}

/// The built-in English catalogue, parsed once and shared by every [`Messages`] (the fallback
/// behind each language, and the first catalogue at start-up).
fn english_catalogue() -> Arc<Catalogue> {
    static ENGLISH: OnceLock<Arc<Catalogue>> = OnceLock::new();
    ENGLISH
        .get_or_init(|| {
            // The built-in file is checked by the tests: a broken one fails them, not a visitor.
            Arc::new(catalogue("en", ENGLISH_FTL).unwrap_or_default())
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

/// How deep message and term references may nest (a catalogue that refers to itself stops here).
const MAX_DEPTH: usize = 8;

impl Messages {
    /// English only.
    pub fn english() -> Self {
        Messages {
            lang: "en".to_owned(),
            primary: None,
            english: english_catalogue(),
            plural: english_plural,
        }
    }

    /// `lang`'s catalogue (the text of its `.ftl` file) over English, with English's plural rule
    /// until [`Messages::with_plural_rule`] gives the language's. A catalogue that does not parse
    /// gives English and the error, which the widget shows; it never leaves strings blank.
    pub fn new(lang: &str, ftl: &str) -> (Self, Option<CatalogueError>) {
        Messages::english().over(lang, ftl)
    }

    /// `lang`'s catalogue `ftl` over these messages' English; English itself (`"en"`) unchanged.
    fn over(mut self, lang: &str, ftl: &str) -> (Self, Option<CatalogueError>) {
        if lang == "en" {
            return (self, None);
        }
        match catalogue(lang, ftl) {
            Ok(primary) => {
                self.lang = lang.to_owned();
                self.primary = Some(primary);
                (self, None)
            }
            Err(e) => (self, Some(e)),
        }
    }

    /// The same strings, choosing plural forms with `rule` (the browser's `Intl.PluralRules`).
    pub fn with_plural_rule(mut self, rule: PluralRule) -> Self {
        self.plural = rule;
        self
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
        let mut resolver = Resolver {
            messages: self,
            args,
            out: String::new(),
        };
        match self.pattern(key) {
            Some((pattern, lang)) => resolver.pattern(pattern, lang, 0),
            None => resolver.out.push_str(key),
        }
        resolver.out
    }

    /// The pattern of `key` and the language it is in: the language's own, else English's.
    fn pattern(&self, key: &str) -> Option<(&ast::Pattern<String>, &str)> {
        self.primary
            .as_ref()
            .and_then(|p| p.get(key))
            .map(|p| (p, self.lang.as_str()))
            .or_else(|| self.english.get(key).map(|p| (p, "en")))
    }
}

/// One message being written: the catalogues, the placeholders' values, and the text so far.
struct Resolver<'m, 'a> {
    messages: &'m Messages,
    args: &'a [(&'a str, Arg<'a>)],
    out: String,
}

impl<'a> Resolver<'_, 'a> {
    /// The value given for placeholder `name`.
    fn arg(&self, name: &str) -> Option<Arg<'a>> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }

    /// `pattern`, written in `lang` (whose plural rule its selectors use).
    fn pattern(&mut self, pattern: &ast::Pattern<String>, lang: &str, depth: usize) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => self.out.push_str(value),
                ast::PatternElement::Placeable { expression } => {
                    self.expression(expression, lang, depth);
                }
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<String>, lang: &str, depth: usize) {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline, lang, depth),
            ast::Expression::Select { selector, variants } => {
                let value = match selector {
                    ast::InlineExpression::VariableReference { id } => self.arg(&id.name),
                    _ => None,
                };
                // As Fluent resolves a selector: the first variant whose key is the count itself,
                // or its plural category, or the text; else the default (`*[other]`).
                let plural = self.messages.plural;
                let matches = |key: &ast::VariantKey<String>| match (key, value) {
                    (ast::VariantKey::NumberLiteral { value: k }, Some(Arg::Count(n))) => {
                        k.parse::<usize>() == Ok(n)
                    }
                    (ast::VariantKey::Identifier { name }, Some(Arg::Count(n))) => {
                        name == plural(lang, n)
                    }
                    (ast::VariantKey::Identifier { name }, Some(Arg::Text(s))) => name == s,
                    _ => false,
                };
                let chosen = variants
                    .iter()
                    .find(|v| matches(&v.key))
                    .or_else(|| variants.iter().find(|v| v.default));
                if let Some(variant) = chosen {
                    self.pattern(&variant.value, lang, depth);
                }
            }
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<String>, lang: &str, depth: usize) {
        match inline {
            ast::InlineExpression::StringLiteral { value } => {
                let text = fluent_syntax::unicode::unescape_unicode_to_string(value);
                self.out.push_str(&text);
            }
            ast::InlineExpression::NumberLiteral { value } => self.out.push_str(value),
            ast::InlineExpression::VariableReference { id } => match self.arg(&id.name) {
                Some(Arg::Count(n)) => self.out.push_str(&n.to_string()),
                Some(Arg::Text(s)) => self.out.push_str(s),
                None => {
                    self.out.push_str("{$");
                    self.out.push_str(&id.name);
                    self.out.push('}');
                }
            },
            ast::InlineExpression::MessageReference {
                id,
                attribute: None,
            } => self.reference(&id.name, depth),
            ast::InlineExpression::TermReference {
                id,
                attribute: None,
                ..
            } => self.reference(&format!("-{}", id.name), depth),
            ast::InlineExpression::Placeable { expression } => {
                self.expression(expression, lang, depth);
            }
            ast::InlineExpression::MessageReference { id, .. }
            | ast::InlineExpression::TermReference { id, .. }
            | ast::InlineExpression::FunctionReference { id, .. } => {
                self.out.push('{');
                self.out.push_str(&id.name);
                self.out.push_str("()}");
            }
        }
    }

    /// Another message (or a term, `-name`), in its own language; a reference that nests too deep
    /// (a catalogue that refers to itself) is written as `{name}`.
    fn reference(&mut self, key: &str, depth: usize) {
        match self.messages.pattern(key) {
            Some((pattern, lang)) if depth < MAX_DEPTH => self.pattern(pattern, lang, depth + 1),
            _ => {
                self.out.push('{');
                self.out.push_str(key);
                self.out.push('}');
            }
        }
    }
}

/// Every key of a catalogue with the placeholders its text uses (`$name`), in file order.
#[cfg(any(test, feature = "schema"))]
pub fn keys(lang: &str, ftl: &str) -> Result<Vec<(String, Vec<String>)>, CatalogueError> {
    use fluent_syntax::ast;
    let resource =
        fluent_syntax::parser::parse(ftl).map_err(|(_, errors)| not_fluent(lang, &errors))?;
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
    check_catalogue_against(ENGLISH_FTL, lang, other)
}

/// [`check_catalogue`] against another English catalogue (`english_ftl`): the data editor's
/// catalogues (`i18n-editor/`) against its English.
#[cfg(any(test, feature = "schema"))]
pub fn check_catalogue_against(english_ftl: &str, lang: &str, other: &str) -> Vec<CatalogueError> {
    let error = |message: String| CatalogueError {
        lang: lang.to_owned(),
        message,
    };
    let english = match keys("en", english_ftl) {
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

// Apart from the widget's own methods above (and so from their source lines, which its wasm's
// panic locations name): only the editor needs it.
#[cfg(any(test, feature = "edit"))]
impl Messages {
    /// `ftl` in `lang` over `english_ftl` instead of the widget's built-in English, for a page with
    /// strings of its own (the data editor, whose catalogues the widget's wasm does not carry);
    /// English (`lang` `"en"`) is `english_ftl` alone. A catalogue that does not parse is left out
    /// and returned as the error, as in [`Messages::new`].
    pub fn with_english(
        lang: &str,
        ftl: &str,
        english_ftl: &str,
    ) -> (Self, Option<CatalogueError>) {
        let mut messages = Messages::english();
        match catalogue("en", english_ftl) {
            Ok(english) => messages.english = Arc::new(english),
            Err(e) => return (messages, Some(e)),
        }
        messages.over(lang, ftl)
    }
}

#[cfg(test)]
mod tests;
