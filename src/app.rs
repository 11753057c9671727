//! `<App/>`: loads the data file and the geometry as separate resources (one can fail while the others
//! still draw), keeps the root's `data-state` contract, provides the selection, and lays out the map,
//! the selected region's panel, the indicators and the text list.

use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;
use map_core::data::ids::RegionId;
use map_core::i18n::Messages;
use map_core::view::details;
use map_core::view::options::Options;
use map_core::view::page::PageState;

use crate::components::attribution::Attribution;
use crate::components::error_notice::ErrorNotice;
use crate::components::events_timeline::EventsTimeline;
use crate::components::export_buttons::ExportButtons;
use crate::components::indicators::Indicators;
use crate::components::language_menu::LanguageMenu;
use crate::components::legend::Legend;
use crate::components::map_view::MapView;
use crate::components::presentation::Presentation;
use crate::components::region_list::RegionList;
use crate::components::region_panel::RegionPanel;
use crate::fetch::{load_data, load_shapes};
use crate::i18n::{I18n, t, t_with};
use crate::state::Selection;
use crate::url_sync::sync_selection_with_url;

/// Countries of Europe and its neighbours (context and partner countries).
const COUNTRIES_FILE: &str = "geo/europe.json";
/// The partner regions, one shape per data-file region (unions already dissolved).
const REGIONS_FILE: &str = "geo/regions.json";
/// Every NUTS 3 region of Europe, only for `?stress=nuts3`.
const NUTS3_FILE: &str = "geo/nuts3.json";

/// How long the first drawing waits for every file before it draws what has arrived.
const WAIT_FOR_ALL: std::time::Duration = std::time::Duration::from_secs(4);

/// A catalogue as the page holds it; two are the same when they are the same load (a `Memo` needs
/// equality, and comparing catalogues string by string would be pointless).
#[derive(Clone)]
struct Catalogue(Arc<Messages>);

impl PartialEq for Catalogue {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The whole widget.
#[component]
pub fn App() -> impl IntoView {
    let selection = Selection::new();
    provide_context(selection);
    let query = window().location().search().unwrap_or_default();
    let (options, option_errors) = Options::from_query(&query);
    let option_errors: Vec<String> = option_errors.iter().map(ToString::to_string).collect();
    crate::embed::post_height_to_parent();
    let (present, tour_seconds) = (options.present, options.tour_seconds);
    let parts = options.parts;
    let theme = crate::hooks::use_theme::use_theme(options.theme);
    let forced_contrast = RwSignal::new(false);
    provide_context(crate::state::ForcedContrast(forced_contrast));
    let theme_name = move || match forced_contrast.get() {
        true => "contrast",
        false => theme.get().as_str(),
    };

    // The interface language: its catalogue loads beside the data file; the content is
    // drawn in it once it is there, and drawn again when the visitor picks another in the menu.
    let requested = RwSignal::new(crate::i18n::initial_language(options.lang));
    let catalogue = LocalResource::new(move || crate::i18n::load(requested.get()));
    let messages = Memo::new(move |previous: Option<&Catalogue>| {
        match catalogue.get() {
            Some(loaded) => Catalogue(loaded.messages),
            // While another language loads, the page stays in the one it has.
            None => previous
                .cloned()
                .unwrap_or_else(|| Catalogue(Arc::new(Messages::english()))),
        }
    });
    let lang = Memo::new(move |_| messages.with(|m| m.0.lang().to_owned()));
    Effect::new(move |_| crate::i18n::set_page_language(&lang.get()));
    provide_context(I18n {
        messages: Signal::derive(move || messages.get().0),
        requested,
    });
    let side = parts.counters || parts.events;

    let data_file = options.data_file.clone();
    let data = LocalResource::new(move || load_data(data_file.clone()));
    let countries = LocalResource::new(|| load_shapes(COUNTRIES_FILE));
    let regions = LocalResource::new(|| load_shapes(REGIONS_FILE));
    let stress = options.stress_nuts3;
    let nuts3 = LocalResource::new(move || async move {
        if stress {
            Some(load_shapes(NUTS3_FILE).await)
        } else {
            None
        }
    });

    // The content is first drawn once everything asked for has arrived or failed: the first
    // catalogue (English at once, so no string is drawn in a wrong language), the data file and
    // the geometry. Drawn as each arrived, the map was built twice and the page laid out four
    // times before it was ready (measured by `cargo xtask bench`); all files are preloaded, so they arrive together.
    // A file that has not come after a few seconds (a slow or hanging host) no longer holds the
    // others back: from then on each part is drawn as it arrives.
    let waited = RwSignal::new(false);
    set_timeout(move || waited.set(true), WAIT_FOR_ALL);
    let started = Memo::new(move |before: Option<&bool>| {
        let everything = || {
            data.get().is_some()
                && countries.get().is_some()
                && regions.get().is_some()
                && nuts3.get().is_some()
        };
        before.copied().unwrap_or(false)
            || (catalogue.get().is_some() && (waited.get() || everything()))
    });

    let region_ids = Memo::new(move |_| {
        data.get()
            .map(|d| {
                d.data
                    .regions
                    .iter()
                    .map(|r| r.id.clone())
                    .collect::<Vec<RegionId>>()
            })
            .unwrap_or_default()
    });
    sync_selection_with_url(selection, region_ids);
    let country_names = Memo::new(move |_| {
        // Inserted one by one: collecting into a BTreeMap sorts first, 2 KB more wasm.
        // Names in the interface language (the browser's Intl), else the geometry's English.
        let mut names = BTreeMap::new();
        let intl = crate::hooks::intl::CountryNames::new(&lang.get());
        if let Some(c) = countries.get()
            && let Ok(c) = c.as_ref()
        {
            for f in &c.features {
                let name = intl.name(&f.country).unwrap_or_else(|| f.name.clone());
                names.insert(f.id.clone(), name);
            }
        }
        Arc::new(names)
    });

    // Every message to show: bad URL options, then the data file's, then the geometry's.
    let errors = Signal::derive(move || {
        let mut all = option_errors.clone();
        if let Some(error) = catalogue.get().and_then(|c| c.error) {
            all.push(error);
        }
        if let Some(loaded) = data.get() {
            all.extend(loaded.errors.iter().cloned());
        }
        for shapes in [countries.get(), regions.get(), nuts3.get().flatten()]
            .into_iter()
            .flatten()
        {
            if let Err(message) = shapes.as_ref() {
                all.push(message.clone());
            }
        }
        all
    });
    let state = move || {
        PageState::combine(&[
            catalogue.get().map(|c| c.error.is_none()),
            data.get().map(|d| d.errors.is_empty()),
            countries.get().map(|c| c.is_ok()),
            regions.get().map(|r| r.is_ok()),
            nuts3.get().map(|n| n.is_none_or(|n| n.is_ok())),
            Some(errors.with(Vec::is_empty)),
        ])
        .as_str()
    };
    let title = move || {
        let lang = lang.get();
        data.get()
            .map(|d| d.data.project.name.resolve(&lang).to_string())
            .filter(|name| !name.is_empty())
            .unwrap_or_else(|| t("project-map"))
    };

    // Escape closes the panel and puts focus back on the region it was opened from.
    let on_key = move |event: ev::KeyboardEvent| {
        if event.key() != "Escape" {
            return;
        }
        if let Some(id) = selection.selected.get_untracked() {
            selection.selected.set(None);
            let selector = format!(".region[data-id=\"{id}\"]");
            if let Ok(Some(element)) = document().query_selector(&selector) {
                let _ =
                    wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&element).focus();
            }
        }
    };
    let panel = move || {
        let id = selection.selected.get()?;
        let loaded = data.get()?;
        let region = loaded.data.regions.iter().find(|r| r.id == id)?;
        let details = details::region_details(&loaded.data, region, &crate::i18n::I18n::current());
        let country = country_names
            .with(|n| n.get(&details.country).cloned())
            .unwrap_or_else(|| details.country.clone());
        Some(view! { <RegionPanel details=details country=country data=loaded.clone() /> })
    };
    let status = move || {
        let id = selection.selected.get()?;
        let loaded = data.get()?;
        let region = loaded.data.regions.iter().find(|r| r.id == id)?;
        let lang = lang.get();
        let name = region.name.resolve(&lang);
        Some(t_with(
            "showing-region",
            &[("region", map_core::i18n::Arg::Text(name))],
        ))
    };

    view! {
        <main class="imap" class:imap--embed=options.embed data-theme=theme_name data-state=state aria-busy=move || (state() == "loading").to_string() on:keydown=on_key>
            {move || {
            // Everything below is drawn in the interface language: again when it changes.
            messages.track();
            started.get().then(|| view! {
            <div class="imap__head">
                <h1 class="imap__title">{title}</h1>
                <LanguageMenu />
            </div>
            <ErrorNotice errors=errors />
            <p class="imap__sr-only" role="status">{status}</p>
            <div class="imap__layout" class:imap__layout--single=!(parts.map && side)>
                <section class="imap__map" id="imap-map" aria-label=t("map-section") hidden=!(parts.map || parts.list)>
                    {parts.map.then(|| view! {
                        {move || {
                            let countries = countries.get()?;
                            let Ok(countries) = countries.as_ref() else { return None };
                            let regions = regions.get();
                            let regions = regions.as_ref().and_then(|r| r.as_ref().as_ref().ok());
                            let extra = nuts3.get().flatten();
                            let extra = extra.as_ref().and_then(|r| r.as_ref().as_ref().ok()).cloned();
                            let data = data.get()?;
                            Some(view! { <MapView countries=countries.clone() regions=regions.cloned() extra=extra data=data /> })
                        }}
                        <Legend />
                        <ExportButtons data=Signal::derive(move || data.get()) />
                        <Attribution />
                    })}
                    {move || parts.list.then(|| data.get().map(|d| view! { <RegionList data=d countries=country_names.get() with_map=parts.map /> }))}
                </section>
                <div class="imap__side" hidden=!(side || parts.map)>
                    {move || parts.map.then(|| data.get().map(|d| view! { <Presentation data=d present=present tour_seconds=tour_seconds /> }))}
                    {move || parts.map.then(panel)}
                    {move || parts.counters.then(|| data.get().map(|d| view! { <Indicators data=d /> }))}
                    {move || parts.events.then(|| data.get().map(|d| view! { <EventsTimeline data=d /> }))}
                </div>
            </div>
            })
            }}
        </main>
    }
}
