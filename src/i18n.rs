//! The interface language at run time: which language, its catalogue, and `t()` for the
//! components. The catalogues and their checks live in `map_core::i18n`.
//!
//! The widget's root provides an [`I18n`] context and draws its content inside a closure that
//! reads the language, so choosing another language in the menu redraws the widget in it (the selection is
//! kept: it lives in its own context and the URL). Components call [`t`] while they build their
//! view, and so read the language they are drawn in.

use std::sync::Arc;

use leptos::prelude::*;
use map_core::i18n::{Arg, LANGUAGES, Messages};

/// The interface language's strings, shared by every component under the widget's root.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The catalogue in use (the previous one until a newly chosen language's file has loaded).
    pub messages: Signal<Arc<Messages>>,
    /// The language asked for (by the URL, the page, the browser or the menu).
    pub requested: RwSignal<&'static str>,
    /// The catalogue of the language asked for as it loaded; `None` while it loads.
    pub loaded: Signal<Option<Loaded>>,
}

/// A catalogue as the page holds it; two are the same when they are the same load (a `Memo` needs
/// equality, and comparing catalogues string by string would be pointless).
#[derive(Clone)]
struct Catalogue(Arc<Messages>);

impl PartialEq for Catalogue {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl I18n {
    /// The context the widget's root provides, or English strings outside it (component tests).
    pub fn current() -> Arc<Messages> {
        match use_context::<I18n>() {
            Some(i18n) => i18n.messages.get_untracked(),
            None => Arc::new(Messages::english()),
        }
    }

    /// The language to start in (`asked` by `?lang=`, else the page's and the browser's), its
    /// catalogue loading beside the data file, and again whenever the menu asks for another.
    pub fn load(asked: Option<&'static str>) -> I18n {
        let requested = RwSignal::new(initial_language(asked));
        // Loaded again whenever the language asked for changes; a load that finishes after another
        // language was asked for is dropped.
        let catalogue = RwSignal::new(None::<Loaded>);
        Effect::new(move |_| {
            let lang = requested.get();
            leptos::task::spawn_local(async move {
                let loaded = load(lang).await;
                if let Some(error) = &loaded.error {
                    web_sys::console::error_1(&error.into());
                }
                if requested.try_get_untracked() == Some(lang) {
                    catalogue.set(Some(loaded));
                }
            });
        });
        let messages = Memo::new(move |previous: Option<&Catalogue>| {
            match catalogue.get() {
                Some(loaded) => Catalogue(loaded.messages),
                // While another language loads, the page stays in the one it has.
                None => previous
                    .cloned()
                    .unwrap_or_else(|| Catalogue(Arc::new(Messages::english()))),
            }
        });
        I18n {
            messages: Signal::derive(move || messages.get().0),
            requested,
            loaded: catalogue.into(),
        }
    }

    /// One catalogue, there from the start: the build's prerender draws in English.
    pub fn fixed(messages: Arc<Messages>) -> I18n {
        let lang = LANGUAGES
            .iter()
            .map(|(code, _)| *code)
            .find(|code| *code == messages.lang())
            .unwrap_or("en");
        I18n {
            messages: Signal::stored(Arc::clone(&messages)),
            requested: RwSignal::new(lang),
            loaded: Signal::stored(Some(Loaded {
                messages,
                error: None,
            })),
        }
    }
}

/// The interface string for `key` in the current language.
pub fn t(key: &str) -> String {
    I18n::current().t(key)
}

/// The interface string for `key` with its placeholders, in the current language.
pub fn t_with(key: &str, args: &[(&str, Arg<'_>)]) -> String {
    I18n::current().t_with(key, args)
}

/// The current interface language's code (`"en"`, `"el"`…), for data text and `Intl` formats.
pub fn lang() -> String {
    I18n::current().lang().to_owned()
}

/// A catalogue as loaded: the strings, and a message naming the file when it could not be read
/// (then the strings are English).
#[derive(Clone)]
pub struct Loaded {
    /// The strings.
    pub messages: Arc<Messages>,
    /// Why the language asked for is not shown, naming its file.
    pub error: Option<String>,
}

/// The catalogue of `lang`: English is built in; another language's `i18n/<lang>.ftl` is fetched
/// (or read from the offline package), at start-up in parallel with the data file.
pub async fn load(lang: &'static str) -> Loaded {
    if lang == "en" {
        return Loaded {
            messages: Arc::new(Messages::english()),
            error: None,
        };
    }
    match crate::fetch::fetch_text(&format!("i18n/{lang}.ftl")).await {
        Ok(text) => {
            let (messages, error) = Messages::new(lang, &text);
            Loaded {
                messages: Arc::new(messages.with_plural_rule(crate::hooks::intl::plural_category)),
                error: error.map(|e| e.to_string()),
            }
        }
        Err(e) => Loaded {
            messages: Arc::new(Messages::english()),
            error: Some(e.to_string()),
        },
    }
}

/// The language to start in: `?lang=`, else the page's own `<html lang>` (a host page that serves
/// the widget in its language), else the browser's languages in order, else English.
pub fn initial_language(asked: Option<&'static str>) -> &'static str {
    if let Some(lang) = asked {
        return lang;
    }
    // `index.html`'s `lang` is the build's English, which leaves the choice to the visitor's
    // browser (it marks it so); a language's own page (`el.html`) or a host's page says theirs.
    let page = document()
        .document_element()
        .filter(|e| !e.has_attribute("data-imap-negotiate"))
        .and_then(|e| e.get_attribute("lang"))
        .filter(|l| !l.trim().is_empty());
    let browser: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    map_core::i18n::negotiate(page.iter().chain(browser.iter()).map(String::as_str))
}

/// Says the language on the page: `<html lang dir>` (the widget is the page, or its iframe's page),
/// so screen readers pronounce it and the browser hyphenates and formats in it.
pub fn set_page_language(lang: &str) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang);
        let _ = html.set_attribute("dir", map_core::i18n::direction(lang));
    }
}

/// Writes `?lang=` into the address without a reload (a reload and a shared link keep the language).
pub fn write_language_to_url(lang: &str) {
    let location = window().location();
    let search = map_core::view::options::set_query(
        &location.search().unwrap_or_default(),
        "lang",
        Some(lang),
    );
    let url = format!(
        "{}{search}{}",
        location.pathname().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    /// The languages the build writes a page for, while it renders them (`src/prerender`).
    static PAGES: std::cell::RefCell<Option<Vec<&'static str>>> = const { std::cell::RefCell::new(None) };
}

/// Sets the languages with a page of their own, for the prerender's language menus.
#[cfg(not(target_arch = "wasm32"))]
pub fn set_page_languages(codes: &[&str]) {
    let known = known_languages(codes.iter().copied());
    PAGES.with(|p| *p.borrow_mut() = Some(known));
}

/// The languages with a page of their own (`el.html`), in the menu's order; `None` where the
/// widget has no such pages (the single-file package), which then switches in place. In the
/// browser, from `<html data-imap-pages>` (the build writes it).
pub fn page_languages() -> Option<Vec<&'static str>> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        PAGES.with(|p| p.borrow().clone())
    }
    #[cfg(target_arch = "wasm32")]
    {
        let pages = document()
            .document_element()?
            .get_attribute("data-imap-pages")?;
        Some(known_languages(pages.split_whitespace()))
    }
}

/// The codes among `codes` the widget knows (its `LANGUAGES`), as the static codes it keeps.
fn known_languages<'a>(codes: impl Iterator<Item = &'a str>) -> Vec<&'static str> {
    codes
        .filter_map(|code| LANGUAGES.iter().find(|(c, _)| *c == code).map(|(c, _)| *c))
        .collect()
}

/// A language's name in itself ("Ελληνικά"), or its code when the widget does not know it.
pub fn language_name(code: &str) -> &str {
    LANGUAGES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(code, |(_, name)| *name)
}

/// Goes to `code`'s page, keeping the address's options and selection (`?embed=1#region=…`), or
/// where there are no pages switches the interface in place and writes `?lang=`.
pub fn switch_language(i18n: I18n, code: &'static str, has_pages: bool) {
    if !has_pages {
        write_language_to_url(code);
        i18n.requested.set(code);
        return;
    }
    let location = window().location();
    let search =
        map_core::view::options::set_query(&location.search().unwrap_or_default(), "lang", None);
    let url = format!("{code}.html{search}{}", location.hash().unwrap_or_default());
    let _ = location.assign(&url);
}
