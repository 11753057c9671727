//! The first views, rendered to HTML at build time from the same components the browser runs
//! (`<Widget/>` with the build's data file and geometry), one per interface language the site
//! has a catalogue for. Natively only: `src/bin/prerender.rs` writes them beside the built
//! `index.html` (`page.rs`).
//!
//! A language other than English formats its numbers and dates through node's `Intl`
//! (`formats.rs`): the page is rendered once to learn what it formats, then again with the answers.

use std::sync::Arc;

use leptos::prelude::*;
use map_core::geo::shape::parse_shapes;
use map_core::i18n::Messages;
use map_core::view::options::Options;

use crate::components::widget::Widget;
use crate::fetch::DataLoad;
use crate::hooks::intl;
use crate::hooks::use_page_files::page_files_from;
use crate::i18n::I18n;
use crate::state::Selection;

pub mod formats;
pub mod html;
pub mod page;

/// The files the first view is drawn from: (path as the page names it, text).
pub struct Sources<'a> {
    /// The data file.
    pub data: (&'a str, &'a str),
    /// The countries' geometry.
    pub countries: (&'a str, &'a str),
    /// The partner regions' geometry.
    pub regions: (&'a str, &'a str),
}

/// The widget's root (`<main class="imap" data-state="loading" data-prerendered>…</main>`) in
/// `messages`' language as HTML, and every problem the files have (the build refuses to
/// prerender from broken files).
pub fn render(
    sources: &Sources<'_>,
    messages: &Arc<Messages>,
) -> Result<(String, Vec<String>), String> {
    let lang = messages.lang().to_owned();
    intl::use_table(intl::Table {
        lang: lang.clone(),
        ..intl::Table::default()
    });
    let mut rendered = render_once(sources, messages);
    if lang == "en" {
        return Ok(rendered);
    }
    // What the first pass formatted in English because the table lacked it, asked of node; a
    // second pass may reach text the first did not (a plural form with another number).
    for _ in 0..3 {
        let missing = intl::missing();
        if missing.is_empty() {
            return Ok(rendered);
        }
        let mut table = intl::Table {
            lang: lang.clone(),
            ..intl::Table::default()
        };
        formats::answer(&mut table, &missing)?;
        intl::use_table(table);
        rendered = render_once(sources, messages);
    }
    Err(format!(
        "the {lang} first view still lacks formats after three passes"
    ))
}

fn render_once(sources: &Sources<'_>, messages: &Arc<Messages>) -> (String, Vec<String>) {
    let owner = Owner::new();
    owner.with(|| {
        let loaded = map_core::data::load(sources.data.0, sources.data.1);
        let mut data = DataLoad {
            data: loaded.data,
            errors: loaded.errors.iter().map(ToString::to_string).collect(),
        };
        let shapes = |(file, text): (&str, &str)| {
            Arc::new(parse_shapes(file, text).map_err(|e| e.to_string()))
        };
        let countries = shapes(sources.countries);
        let regions = shapes(sources.regions);
        let mut problems = data.errors.clone();
        for shapes in [&countries, &regions] {
            if let Err(message) = shapes.as_ref() {
                problems.push(message.clone());
            }
        }
        // Greek and Bulgarian regions in their own script, as the wasm names them.
        if let Ok(shapes) = regions.as_ref() {
            map_core::view::details::add_national_names(&mut data.data, shapes);
        }
        provide_context(Selection::new());
        provide_context(I18n::fixed(Arc::clone(messages)));
        let files = page_files_from(data, countries, regions);
        let (options, _) = Options::from_query("");
        // No theme on the root: the page's own (the boot script's choice on <html>) applies.
        let theme: Signal<Option<&'static str>> = Signal::stored(None);
        let html = view! { <Widget files=files options=options theme=theme /> }.to_html();
        (html, problems)
    })
}
