//! The first view, rendered to HTML at build time from the same components the browser runs
//! (`<Widget/>` with the build's data file, geometry and the English catalogue). Natively only:
//! `src/bin/prerender.rs` writes it into the built `index.html`.

use std::sync::Arc;

use leptos::prelude::*;
use map_core::geo::shape::parse_shapes;
use map_core::view::options::Options;

use crate::components::widget::Widget;
use crate::fetch::DataLoad;
use crate::hooks::use_page_files::{english, page_files_from};
use crate::i18n::I18n;
use crate::state::Selection;

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

/// The widget's root (`<main class="imap" data-state="loading" data-prerendered>…</main>`) as
/// HTML, and every problem the files have (the build refuses to prerender from broken files).
pub fn render(sources: &Sources<'_>) -> (String, Vec<String>) {
    let owner = Owner::new();
    owner.with(|| {
        let loaded = map_core::data::load(sources.data.0, sources.data.1);
        let data = DataLoad {
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
        provide_context(Selection::new());
        provide_context(I18n::fixed(english()));
        let files = page_files_from(data, countries, regions);
        let (options, _) = Options::from_query("");
        // No theme on the root: the page's own (the boot script's choice on <html>) applies.
        let theme: Signal<Option<&'static str>> = Signal::stored(None);
        let html = view! { <Widget files=files options=options theme=theme /> }.to_html();
        (html, problems)
    })
}
