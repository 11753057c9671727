//! `use_page_files`: the files the widget is drawn from (the interface catalogue, the data file
//! and the geometry), loaded at run time as separate resources so that one can fail while the
//! others still draw, with their errors, the root's `data-state` and the start gate.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use map_core::i18n::Messages;
use map_core::view::options::Options;
use map_core::view::page::PageState;

use crate::fetch::{DataLoad, Shapes, load_data, load_shapes};
use crate::hooks::use_drawn_regions::{NUTS3_FILE, use_drawn_regions};
use crate::i18n::I18n;

/// Countries of Europe and its neighbours (context and partner countries).
pub const COUNTRIES_FILE: &str = "geo/europe.json";
/// The partner regions, one shape per data-file region (unions already dissolved).
pub const REGIONS_FILE: &str = "geo/regions.json";

/// How long the first drawing waits for every file before it draws what has arrived.
const WAIT_FOR_ALL: Duration = Duration::from_secs(4);

/// What the widget draws from, as signals; `Copy`, so every closure of the layout can hold it.
/// The browser fills it from [`use_page_files`]; the build's prerender from the files on disk.
#[derive(Clone, Copy)]
pub struct PageFiles {
    /// The data file, validated (`None` until it has arrived).
    pub data: Signal<Option<Arc<DataLoad>>>,
    /// The countries' shapes, or the message naming the file that failed.
    pub countries: Signal<Option<Shapes>>,
    /// The partner regions' shapes.
    pub regions: Signal<Option<Shapes>>,
    /// Extra context shapes (`?stress=nuts3`); `None` when none were asked for or not yet there.
    pub extra: Signal<Option<Shapes>>,
    /// Every message to show: bad URL options, the data file's, the geometry's.
    pub errors: Signal<Vec<String>>,
    /// The root's `data-state`: `loading`, `ready` or `error`.
    pub state: Signal<&'static str>,
    /// True once the content may be drawn (see [`use_page_files`]).
    pub started: Signal<bool>,
}

/// Loads the interface catalogue of the language asked for (and provides the [`I18n`] context that
/// `t()` reads), the data file `options` names and the geometry, all at once.
///
/// The content is first drawn once everything asked for has arrived or failed: the first
/// catalogue (English at once, so no string is drawn in a wrong language), the data file and the
/// geometry. Drawn as each arrived, the map was built twice and the page laid out four times
/// before it was ready; the files load together, so they arrive together. A file that has not
/// come after a few seconds (a slow or hanging host) no longer holds the others back: from then on
/// each part is drawn as it arrives.
pub fn use_page_files(options: &Options, option_errors: Vec<String>) -> PageFiles {
    let i18n = I18n::load(options.lang);
    provide_context(i18n);

    let (data, regions) = data_and_regions(options.data_file.clone());
    page_files(options, option_errors, i18n, data, regions)
}

/// The files' signals, combined: the start gate, the messages and the `data-state` (shared by
/// [`use_page_files`] and [`use_page_files_with_data`]).
fn page_files(
    options: &Options,
    option_errors: Vec<String>,
    i18n: I18n,
    data: Signal<Option<Arc<DataLoad>>>,
    regions: Signal<Option<Shapes>>,
) -> PageFiles {
    let countries: Signal<_> = arrival(load_shapes(COUNTRIES_FILE)).into();
    // Regions the build did not bake in are drawn from the NUTS 3 topology.
    let drawn = use_drawn_regions(options.data_file.clone(), data, regions);
    let (regions, region_problems) = (drawn.regions, drawn.problems);
    let stress = options.stress_nuts3;
    let extra = match stress {
        true => arrival(load_shapes(NUTS3_FILE)).into(),
        false => Signal::stored(None),
    };

    let waited = RwSignal::new(false);
    set_timeout(move || waited.set(true), WAIT_FOR_ALL);
    let catalogue = i18n.loaded;
    let started = Memo::new(move |before: Option<&bool>| {
        let everything = || {
            data.with(Option::is_some)
                && countries.with(Option::is_some)
                && regions.with(Option::is_some)
                && (!stress || extra.with(Option::is_some))
        };
        before.copied().unwrap_or(false)
            || (catalogue.with(Option::is_some) && (waited.get() || everything()))
    });

    let errors = Signal::derive(move || {
        // A catalogue that could not be read is not the visitor's problem: the interface is
        // English then, and the technical line is in the console (crate::i18n::load).
        let mut all = option_errors.clone();
        if let Some(loaded) = data.get() {
            all.extend(loaded.errors.iter().cloned());
        }
        all.extend(region_problems.get());
        for shapes in [countries.get(), regions.get(), extra.get()]
            .into_iter()
            .flatten()
        {
            if let Err(message) = shapes.as_ref() {
                all.push(message.clone());
            }
        }
        all
    });
    let state = Signal::derive(move || {
        PageState::combine(&[
            catalogue.get().map(|_| true),
            data.get().map(|d| d.errors.is_empty()),
            countries.get().map(|c| c.is_ok()),
            regions.get().map(|r| r.is_ok()),
            match stress {
                true => extra.with(|n| n.as_ref().map(|n| n.is_ok())),
                false => Some(true),
            },
            Some(errors.with(Vec::is_empty)),
        ])
        .as_str()
    });
    PageFiles {
        data,
        countries,
        regions,
        extra,
        errors,
        state,
        started: started.into(),
    }
}

/// [`use_page_files`] with the data file given instead of fetched: the editor's live preview
/// (`crates/editor`) passes the file being edited, validated; the catalogue and the geometry
/// load as for the widget. (The regions' national names are the caller's to add, as it makes
/// each version of the file.)
pub fn use_page_files_with_data(
    options: &Options,
    option_errors: Vec<String>,
    data: Signal<Option<Arc<DataLoad>>>,
) -> PageFiles {
    let i18n = I18n::load(options.lang);
    provide_context(i18n);
    let regions = arrival(load_shapes(REGIONS_FILE)).into();
    page_files(options, option_errors, i18n, data, regions)
}

/// The data file and the regions' shapes, each a signal set when it arrives. Whichever comes
/// second gives each Greek or Bulgarian region its national name from the shapes
/// (`map_core::view::details::add_national_names`) in place, before anything draws the file. (A copy
/// of the model to add them later cost 4.6 KB of wasm, an effect 3.2 KB.)
fn data_and_regions(file: String) -> (Signal<Option<Arc<DataLoad>>>, Signal<Option<Shapes>>) {
    let data: RwSignal<Option<Arc<DataLoad>>> = RwSignal::new(None);
    let regions: RwSignal<Option<Shapes>> = RwSignal::new(None);
    let name = move |loaded: &mut Arc<DataLoad>, shapes: &Shapes| {
        if let (Some(loaded), Ok(shapes)) = (Arc::get_mut(loaded), shapes.as_ref()) {
            map_core::view::details::add_national_names(&mut loaded.data, shapes);
        }
    };
    leptos::task::spawn_local(async move {
        let mut loaded = load_data(file).await;
        regions.with_untracked(|r| r.as_ref().map(|shapes| name(&mut loaded, shapes)));
        data.set(Some(loaded));
    });
    leptos::task::spawn_local(async move {
        let shapes = load_shapes(REGIONS_FILE).await;
        // The file is not drawn before the regions are there or the start's wait is over: mostly
        // still unshared, so named in place; if not, it keeps the data's own names.
        data.update_untracked(|d| d.as_mut().map(|loaded| name(loaded, &shapes)));
        regions.set(Some(shapes));
    });
    (data.into(), regions.into())
}

/// A file's content once it has arrived: `None` until `load` is done. (A `LocalResource` would
/// load again when what it reads changes; these files load once, and the resource machinery was
/// a measured share of the first-visit wasm.)
fn arrival<T: Send + Sync + 'static>(
    load: impl Future<Output = T> + 'static,
) -> RwSignal<Option<T>> {
    let value = RwSignal::new(None);
    leptos::task::spawn_local(async move { value.set(Some(load.await)) });
    value
}

/// The files the build read, for the prerender: everything is there from the start.
pub fn page_files_from(data: DataLoad, countries: Shapes, regions: Shapes) -> PageFiles {
    let errors: Vec<String> = data.errors.clone();
    let data = Arc::new(data);
    PageFiles {
        data: Signal::stored(Some(data)),
        countries: Signal::stored(Some(countries)),
        regions: Signal::stored(Some(regions)),
        extra: Signal::stored(None),
        errors: Signal::stored(errors),
        // The prerendered page is not the widget yet: the wasm says "ready" once it has taken over.
        state: Signal::stored("loading"),
        started: Signal::stored(true),
    }
}

/// English strings, for the prerender (the wasm loads the visitor's language).
pub fn english() -> Arc<Messages> {
    Arc::new(Messages::english())
}
