//! `<Widget/>`: the widget's root and layout (title, map, legend, panel, indicators, events, list)
//! drawn from [`PageFiles`]. The browser's `<App/>` gives it the files as they load; the build's
//! prerender gives it the files on disk and writes the result into `index.html`, so the first view
//! and the widget come from the same components.
//!
//! In the prerender ([`crate::PRERENDER`]) what needs script becomes what works without it: every
//! region's panel is drawn, each shown by CSS `:target` when its `#region=` link is followed.

use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;
use map_core::i18n::Arg;
use map_core::view::details;
use map_core::view::options::Options;

use crate::components::attribution::Attribution;
use crate::components::error_notice::ErrorNotice;
use crate::components::events_timeline::EventsTimeline;
use crate::components::export_buttons::ExportButtons;
use crate::components::indicators::Indicators;
use crate::components::language_menu::LanguageMenu;
use crate::components::legend::Legend;
use crate::components::map_view::MapView;
use crate::components::partner_panel::PartnerPanel;
use crate::components::presentation::Presentation;
use crate::components::region_list::RegionList;
use crate::components::region_panel::RegionPanel;
use crate::fetch::DataLoad;
use crate::hooks::use_page_files::PageFiles;
use crate::i18n::{I18n, t, t_with};
use crate::state::{PresentationState, Selection};

/// The whole widget, drawn from `files`.
#[component]
pub fn Widget(
    /// The files to draw from.
    files: PageFiles,
    /// The page's options (`?embed=`, `?show=`, `?present=`, `?tour=`).
    options: Options,
    /// The resolved colour theme for `data-theme`; `None` leaves it to the page (the prerender,
    /// where the boot script's choice on `<html>` applies until the wasm has started).
    #[prop(into)]
    theme: Signal<Option<&'static str>>,
) -> impl IntoView {
    let selection = Selection::expect();
    let i18n = use_context::<I18n>()
        .unwrap_or_else(|| panic!("I18n context: the widget's root provides it"));
    let messages = i18n.messages;
    let lang = Memo::new(move |_| messages.with(|m| m.lang().to_owned()));
    let PageFiles {
        data,
        countries,
        regions,
        extra,
        errors,
        state,
        started,
    } = files;
    let parts = options.parts;
    let side = parts.counters || parts.events;
    let tour_seconds = options.tour_seconds;
    // The presentation's layout, step and contrast live here, on the root they style.
    let presentation = PresentationState::new(options.present);
    provide_context(presentation);
    let presenting = presentation.presenting;
    let theme = move || match presenting.get() && presentation.contrast.get() {
        true => Some("contrast"),
        false => theme.get(),
    };
    let step = move || {
        presenting
            .get()
            .then(|| match selection.selected.with(Option::is_some) {
                true => "region",
                false => match selection.partner.with(Option::is_some) {
                    true => "partner",
                    false => presentation.edge.get().kind(),
                },
            })
    };

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
    // The selected region's index in the data file: one lookup that the panel and the status
    // line share.
    let selected_region = Memo::new(move |_| {
        let id = selection.selected.get()?;
        data.with(|d| d.as_ref()?.data.regions.iter().position(|r| r.id == id))
    });
    let title = move || {
        let lang = lang.get();
        data.get()
            .map(|d| d.data.project.name.resolve(&lang).to_string())
            .filter(|name| !name.is_empty())
            .unwrap_or_else(|| t("project-map"))
    };
    let acronym = move || {
        let loaded = data.get()?;
        let acronym = loaded.data.project.acronym.trim();
        (!acronym.is_empty()).then(|| acronym.to_owned())
    };
    let panel = move |(loaded, index): (Arc<DataLoad>, usize), anchor: Option<String>| {
        let region = loaded.data.regions.get(index)?;
        let details = details::region_details(&loaded.data, region, &I18n::current());
        let country = country_names
            .with(|n| n.get(&details.country).cloned())
            .unwrap_or_else(|| details.country.clone());
        Some(
            view! { <RegionPanel details=details country=country data=loaded.clone() anchor=anchor /> },
        )
    };
    // A partner without a region has its own panel (opened from its seat, the list or the tour).
    let partner_panel = move |loaded: Arc<DataLoad>,
                              id: &map_core::data::ids::PartnerId,
                              anchor: Option<String>| {
        let partner = details::partner_without_region(&loaded.data, id)?;
        let details = details::partner_details(&loaded.data, partner, &I18n::current());
        Some(view! { <PartnerPanel details=details anchor=anchor /> })
    };
    let status = move || {
        let loaded = data.get()?;
        let lang = lang.get();
        let name = match (selected_region.get(), selection.partner.get()) {
            (Some(index), _) => loaded
                .data
                .regions
                .get(index)?
                .name
                .resolve(&lang)
                .to_string(),
            (None, Some(id)) => details::partner_without_region(&loaded.data, &id)?
                .name
                .resolve(&lang)
                .to_string(),
            (None, None) => return None,
        };
        Some(t_with("showing-region", &[("region", Arg::Text(&name))]))
    };
    // Without script every region's panel is in the page, shown when its `#region=` link is the
    // page's target; the wasm draws only the selected one.
    let static_panels = move || {
        let loaded = data.get()?;
        let panels = (0..loaded.data.regions.len())
            .filter_map(|index| {
                let id = &loaded.data.regions.get(index)?.id;
                let anchor = map_core::view::nav::region_hash(Some(id));
                let anchor = anchor.trim_start_matches('#').to_owned();
                panel((loaded.clone(), index), Some(anchor))
            })
            .collect_view();
        let partners = details::partners_without_region(&loaded.data)
            .filter_map(|p| {
                let anchor = map_core::view::nav::partner_hash(&p.id);
                let anchor = anchor.trim_start_matches('#').to_owned();
                partner_panel(loaded.clone(), &p.id, Some(anchor))
            })
            .collect_view();
        Some((panels, partners))
    };
    let live_panel = move || {
        let loaded = data.get()?;
        match (selected_region.get(), selection.partner.get()) {
            (Some(index), _) => panel((loaded, index), None).map(IntoAny::into_any),
            (None, Some(id)) => partner_panel(loaded, &id, None).map(IntoAny::into_any),
            (None, None) => None,
        }
    };

    // The map's width to height, for the CSS that sizes the map's column (and a phone's panel
    // sheet) to the screen. The first view has it from the prerender's stylesheet: its
    // Content-Security-Policy allows no style attribute.
    let map_ratio = move || {
        let countries = countries.get()?;
        let view = countries.as_ref().as_ref().ok()?.view_box;
        (!crate::PRERENDER).then(|| (view.width / view.height).to_string())
    };

    // Escape closes the panel and puts focus back on the region it was opened from.
    let on_key = move |event: ev::KeyboardEvent| {
        if event.key() != "Escape" {
            return;
        }
        selection.close();
    };

    view! {
        <main
            node_ref=presentation.root
            class="imap"
            class:imap--embed=options.embed
            class:imap--present=move || presenting.get()
            data-step=step
            data-theme=theme
            data-state=move || state.get()
            data-prerendered=crate::PRERENDER.then_some("")
            aria-busy=move || (state.get() == "loading").to_string()
            on:keydown=on_key
        >
            {move || {
            // Everything below is drawn in the interface language: again when it changes.
            messages.track();
            started.get().then(|| view! {
            <div class="imap__head">
                <h1 class="imap__title">
                    // On a projector the full name would take two or three lines of 48 px: the
                    // presentation shows the acronym large and the name under it (CSS).
                    {move || acronym().map(|a| view! { <span class="imap__title-acronym">{a}</span> " " })}
                    <span class="imap__title-name">{title}</span>
                </h1>
                <LanguageMenu />
            </div>
            <ErrorNotice errors=errors />
            <p class="imap__sr-only" role="status">{status}</p>
            <div class="imap__layout" class:imap__layout--single=!(parts.map && side) style:--imap-map-ratio=map_ratio>
                <section class="imap__map" id="imap-map" aria-label=t("map-section") hidden=!(parts.map || parts.list)>
                    {parts.map.then(|| view! {
                        // Past the map's regions and seats to the panel, indicators and events:
                        // a keyboard visitor need not Tab through every region.
                        <a class="imap__skip" href="#imap-side">{t("skip-map")}</a>
                        {move || {
                            let countries = countries.get()?;
                            let Ok(countries) = countries.as_ref() else { return None };
                            let regions = regions.get();
                            let regions = regions.as_ref().and_then(|r| r.as_ref().as_ref().ok());
                            let extra = extra.get();
                            let extra = extra.as_ref().and_then(|r| r.as_ref().as_ref().ok()).cloned();
                            let data = data.get()?;
                            Some(view! { <MapView countries=countries.clone() regions=regions.cloned() extra=extra data=data /> })
                        }}
                        <Legend />
                        <ExportButtons data=data />
                        <Attribution />
                    })}
                    {move || parts.list.then(|| data.get().map(|d| view! { <RegionList data=d countries=country_names.get() with_map=parts.map /> }))}
                </section>
                <div class="imap__side" id="imap-side" tabindex="-1" hidden=!(side || parts.map)>
                    {move || parts.map.then(|| data.get().map(|d| view! { <Presentation data=d tour_seconds=tour_seconds /> }))}
                    {move || match crate::PRERENDER {
                        true => parts.map.then(static_panels).flatten().into_any(),
                        false => parts.map.then(live_panel).flatten().into_any(),
                    }}
                    {move || parts.counters.then(|| data.get().map(|d| view! { <Indicators data=d /> }))}
                    {move || parts.events.then(|| data.get().map(|d| view! { <EventsTimeline data=d with_map=parts.map /> }))}
                </div>
            </div>
            })
            }}
        </main>
    }
}
