//! `<LanguageMenu/>`: the interface language, chosen by the visitor. Each language is a plain link
//! to its own prerendered page (`el.html`), so the menu works without script and search engines
//! find every language; the wasm follows the link with the page's address kept (`?embed=1`,
//! `#region=…`). Where there are no such pages (the single-file offline package) the wasm
//! switches the language in place. Each language is listed by its own name ("Deutsch",
//! "Ελληνικά"), as language menus are, so a visitor finds theirs whatever language the widget
//! speaks now.

use leptos::prelude::*;

use crate::i18n::{I18n, language_name, page_languages, t};

/// A disclosure (`<details>`) of links to the widget's languages.
#[component]
pub fn LanguageMenu() -> impl IntoView {
    let i18n = use_context::<I18n>()?;
    let current = i18n.requested.get_untracked();
    let pages = page_languages();
    let languages: Vec<&'static str> = match &pages {
        Some(codes) => codes.clone(),
        None => map_core::i18n::LANGUAGES.iter().map(|(c, _)| *c).collect(),
    };
    let has_pages = pages.is_some();
    let links = languages
        .into_iter()
        .map(|code| {
            let on_click = move |event: leptos::ev::MouseEvent| {
                event.prevent_default();
                crate::i18n::switch_language(i18n, code, has_pages);
            };
            view! {
                <li>
                    <a
                        href=format!("{code}.html")
                        hreflang=code
                        lang=code
                        aria-current=(code == current).then_some("page")
                        on:click=on_click
                    >
                        {language_name(code)}
                    </a>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <details class="imap__lang">
            <summary>
                <span class="imap__lang-label">{t("language")}</span>
                ":\u{a0}"
                <span lang=current>{language_name(current)}</span>
            </summary>
            <ul>{links}</ul>
        </details>
    })
}
