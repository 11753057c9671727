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
    // The prerendered page's `lang` is the build's English (it marks it so), not a host's choice.
    let page = document()
        .document_element()
        .filter(|e| !e.has_attribute("data-imap-prerendered-lang"))
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
