//! `<LanguageMenu/>`: the interface language, chosen by the visitor. Each language is
//! listed by its own name ("Deutsch", "Ελληνικά"), as language menus are, so a visitor finds theirs
//! whatever language the widget speaks now.

use leptos::prelude::*;
use map_core::i18n::LANGUAGES;

use crate::i18n::{I18n, t, write_language_to_url};

/// A labelled `<select>` of the widget's languages.
#[component]
pub fn LanguageMenu() -> impl IntoView {
    let i18n = use_context::<I18n>()?;
    let current = i18n.requested.get_untracked();
    let options = LANGUAGES
        .iter()
        .map(|(code, name)| {
            view! { <option value=*code lang=*code selected=*code == current>{*name}</option> }
        })
        .collect_view();
    let on_change = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        if let Some((code, _)) = LANGUAGES.iter().find(|(code, _)| *code == value) {
            write_language_to_url(code);
            i18n.requested.set(code);
        }
    };
    Some(view! {
        <label class="imap__lang">
            <span class="imap__lang-label">{t("language")}</span>
            <select on:change=on_change>{options}</select>
        </label>
    })
}
