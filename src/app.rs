//! `<App/>`: loads the data file and the geometry as separate resources (one can fail while the others
//! still draw), keeps the root's `data-state` contract, and lays out the map and the indicators.

use leptos::prelude::*;
use map_core::options::Options;
use map_core::page::PageState;

use crate::components::attribution::Attribution;
use crate::components::error_notice::ErrorNotice;
use crate::components::indicators::Indicators;
use crate::components::map_view::MapView;
use crate::fetch::{load_data, load_shapes};

/// Countries of Europe and its neighbours (context and partner countries).
const COUNTRIES_FILE: &str = "geo/europe.json";
/// The partner regions, one shape per data-file region (unions already dissolved).
const REGIONS_FILE: &str = "geo/regions.json";

/// The whole widget.
#[component]
pub fn App() -> impl IntoView {
    let query = window().location().search().unwrap_or_default();
    let (options, option_errors) = Options::from_query(&query);
    let option_errors: Vec<String> = option_errors.iter().map(ToString::to_string).collect();

    let data_file = options.data_file.clone();
    let data = LocalResource::new(move || load_data(data_file.clone()));
    let countries = LocalResource::new(|| load_shapes(COUNTRIES_FILE));
    let regions = LocalResource::new(|| load_shapes(REGIONS_FILE));

    // Every message to show: bad URL options, then the data file's, then the geometry's.
    let errors = Signal::derive(move || {
        let mut all = option_errors.clone();
        if let Some(loaded) = data.get() {
            all.extend(loaded.errors.iter().cloned());
        }
        for shapes in [countries.get(), regions.get()].into_iter().flatten() {
            if let Err(message) = shapes.as_ref() {
                all.push(message.clone());
            }
        }
        all
    });
    let state = move || {
        PageState::combine(&[
            data.get().map(|d| d.errors.is_empty()),
            countries.get().map(|c| c.is_ok()),
            regions.get().map(|r| r.is_ok()),
            Some(errors.with(Vec::is_empty)),
        ])
        .as_str()
    };
    let title = move || {
        data.get()
            .map(|d| d.data.project.name.resolve("en").to_string())
            .filter(|name| !name.is_empty())
            .unwrap_or_else(|| "Project map".to_string())
    };

    view! {
        <main class="imap" data-state=state aria-busy=move || (state() == "loading").to_string()>
            <h1 class="imap__title">{title}</h1>
            <ErrorNotice errors=errors />
            <div class="imap__layout">
                <section class="imap__map" aria-label="Map">
                    {move || {
                        let countries = countries.get()?;
                        let Ok(countries) = countries.as_ref() else { return None };
                        let regions = regions.get();
                        let regions = regions.as_ref().and_then(|r| r.as_ref().as_ref().ok());
                        let data = data.get()?;
                        Some(view! { <MapView countries=countries.clone() regions=regions.cloned() data=data /> })
                    }}
                    <Attribution />
                </section>
                {move || data.get().map(|d| view! { <Indicators data=d /> })}
            </div>
        </main>
    }
}
