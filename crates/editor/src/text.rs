//! The editor's interface strings: Fluent catalogues of their own (`crates/map-core/i18n-editor/`,
//! checked against English by map-core's tests), built into the editor's wasm only, so the
//! widget's wasm, which carries the English widget catalogue, does not grow with them.

use std::sync::{Arc, OnceLock};

use map_core::i18n::{Arg, Messages};

macro_rules! catalogues {
    ($($lang:literal),*) => {
        /// The editor's catalogue in `lang`, English when there is none.
        fn catalogue(lang: &str) -> &'static str {
            match lang {
                $($lang => include_str!(concat!("../../map-core/i18n-editor/", $lang, ".ftl")),)*
                _ => include_str!("../../map-core/i18n-editor/en.ftl"),
            }
        }
    };
}
catalogues!("en", "bg", "de", "el", "es", "lv", "nl", "pl", "pt", "ro");

static MESSAGES: OnceLock<Arc<Messages>> = OnceLock::new();

fn messages() -> &'static Arc<Messages> {
    MESSAGES.get_or_init(|| {
        // The widget's choice (`?lang=`, then the browser's languages), so the preview and the
        // forms speak the same language.
        let lang = interreg_map::i18n::initial_language(None);
        let (messages, error) = Messages::with_english(lang, catalogue(lang), catalogue("en"));
        if let Some(error) = error {
            web_sys::console::error_1(&error.to_string().into());
        }
        Arc::new(messages.with_plural_rule(interreg_map::hooks::intl::plural_category))
    })
}

/// The editor's string for `key`.
pub fn tr(key: &str) -> String {
    messages().t(key)
}

/// The editor's string for `key` with its placeholders filled.
pub fn tr_with(key: &str, args: &[(&str, Arg<'_>)]) -> String {
    messages().t_with(key, args)
}

/// `key` with one text placeholder.
pub fn tr1(key: &str, name: &str, value: &str) -> String {
    tr_with(key, &[(name, Arg::Text(value))])
}

/// The language the editor speaks.
pub fn lang() -> &'static str {
    messages().lang()
}
