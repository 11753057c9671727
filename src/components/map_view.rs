//! `<MapView/>`: the SVG map. Countries are muted context, partner countries shaded, partner regions
//! are selectable buttons, partner seats are markers. Geometry arrives projected and simplified, so
//! this only writes `<path>` elements once; zoom and pan change one transform on their group.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use map_core::data::ids::RegionId;
use map_core::geo::shape::ShapeFile;
use map_core::geo::zoom::{Transform, shape_bounds};
use map_core::view::{details, layers};

use crate::components::partner_marker::PartnerMarker;
use crate::components::region_path::RegionPath;
use crate::components::zoom_controls::ZoomControls;
use crate::fetch::DataLoad;
use crate::hooks::use_pan_zoom::use_pan_zoom;
use crate::i18n::t;
use crate::state::Selection;

/// How far in selecting a region may zoom: enough to see a NUTS 3 region, not so far that the
/// country around it disappears.
const SELECT_MAX_ZOOM: f64 = 4.0;

/// Draws the map once per loaded geometry and data.
#[component]
pub fn MapView(
    /// Countries (context and partners), projected into the shared frame.
    countries: ShapeFile,
    /// Partner regions in the same frame, if their file loaded.
    regions: Option<ShapeFile>,
    /// Extra regions drawn as context only (the `?stress=nuts3` page), same frame.
    extra: Option<ShapeFile>,
    /// The loaded data file.
    data: Arc<DataLoad>,
) -> impl IntoView {
    let selection = Selection::expect();
    let svg = NodeRef::<leptos::svg::Svg>::new();
    let view = countries.view_box;
    let zoom = use_pan_zoom(svg, view);

    let partner_countries = layers::partner_countries(&data.data);
    let m = crate::i18n::I18n::current();
    let lang = m.lang().to_owned();
    // Partner countries in the interface language (the geometry's English name if the browser
    // cannot say), for the labels and the countries' accessible names.
    let names = crate::hooks::intl::CountryNames::new(&lang);
    let country_name = |shape: &map_core::geo::shape::Shape| {
        names
            .name(&shape.country)
            .unwrap_or_else(|| shape.name.clone())
    };
    let markers = layers::markers(&data.data, &countries, &m);
    let tap = crate::hooks::use_tap::use_tap(
        svg,
        zoom,
        map_core::view::tap::map_targets(&data.data, regions.as_ref(), &markers),
    );
    let links = layers::lead_links(&markers);
    let show_links = RwSignal::new(false);
    // Partner countries are labelled; the font shrinks as the map zooms so labels keep their size.
    let label_size = view.width / 75.0;
    // On a projector the map is smaller on screen than the page's column and read from further
    // away: its labels are drawn larger (7 px on a 1,280 x 720 presentation before).
    // On a phone the whole map is a third as wide as on a desktop: its labels keep a readable
    // size (up to 2.2 times the drawn size: 8 px on a 320 px phone, where more overlaps its
    // neighbours) instead of shrinking to 4 px.
    let presenting = crate::state::PresentationState::expect().presenting;
    let drawn_width = RwSignal::new(0_i32);
    // A ResizeObserver, not the window's resize: the map is drawn detached and swapped in at the
    // takeover, where it first gets a width.
    Effect::new(move |_| {
        let Some(element) = svg.get() else { return };
        let measured = element.clone();
        let on_resize = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
            drawn_width.set(measured.client_width());
        });
        if let Ok(observer) =
            web_sys::ResizeObserver::new(wasm_bindgen::JsCast::unchecked_ref(on_resize.as_ref()))
        {
            observer.observe(&element);
            // They live as long as the map (the widget is the page).
            on_resize.forget();
        }
    });
    let label_scale = move || match (presenting.get(), drawn_width.get()) {
        (true, _) => 2.0,
        (false, 0) => 1.0,
        (false, width) => (820.0 / f64::from(width)).clamp(1.0, 2.2),
    };
    // Bounds of each region, so that selecting it can zoom to it.
    let bounds: HashMap<RegionId, map_core::geo::zoom::Bounds> = regions
        .as_ref()
        .map(|file| {
            data.data
                .regions
                .iter()
                .filter_map(|r| {
                    let shape = file.get(r.geometry_id().as_str())?;
                    Some((r.id.clone(), shape_bounds(file, shape)?))
                })
                .collect()
        })
        .unwrap_or_default();
    // Country labels move off the partner regions, whose bounds are those just computed.
    let region_boxes: Vec<map_core::geo::zoom::Bounds> = bounds.values().copied().collect();
    let labels: Vec<(String, [f64; 2])> = countries
        .features
        .iter()
        .filter(|c| partner_countries.contains(&c.country) && !c.d.is_empty())
        .map(|c| {
            let name = country_name(c);
            let at = layers::country_label_point(
                c.label,
                &region_boxes,
                label_size,
                name.chars().count(),
            );
            (name, at)
        })
        .collect();
    // A partner without a region is shown around its seat, as far out as a region would be.
    let seats: HashMap<String, [f64; 2]> = markers
        .iter()
        .filter(|m| m.region.is_none())
        .map(|m| (m.id.clone(), m.point))
        .collect();
    let around = view.width / 12.0;
    Effect::new(move |_| {
        let seat = selection.partner.with(|p| {
            let [x, y] = *seats.get(p.as_ref()?.as_str())?;
            Some(map_core::geo::zoom::Bounds {
                min_x: x - around,
                min_y: y - around,
                max_x: x + around,
                max_y: y + around,
            })
        });
        let target = selection
            .selected
            .with(|s| s.as_ref().and_then(|id| bounds.get(id).copied()))
            .or(seat);
        zoom.transform.set(match target {
            Some(b) => Transform::fit(b, &view, 0.3, SELECT_MAX_ZOOM),
            None => Transform::IDENTITY,
        });
    });

    let country_paths = countries
        .features
        .into_iter()
        .map(|shape| {
            let partner = partner_countries.contains(&shape.country);
            let name = partner.then(|| country_name(&shape));
            // Context countries are decoration for screen readers; partner countries are named.
            view! {
                <path
                    class="country"
                    class:partner=partner
                    d=shape.d
                    role=partner.then_some("img")
                    aria-label=name
                    aria-hidden=(!partner).then_some("true")
                    data-id=shape.id
                />
            }
        })
        .collect_view();
    let extra_paths = extra.map(|file| {
        file.features
            .into_iter()
            .map(|shape| view! { <path class="context-region" d=shape.d data-id=shape.id /> })
            .collect_view()
    });
    let dragged = zoom.dragged;
    let region_paths = regions.map(|regions| {
        layers::drawn_regions(&data.data, regions.features, &m)
            .into_iter()
            .map(|region| view! { <RegionPath region=region dragging=dragged /> })
            .collect_view()
    });
    let scale = Signal::derive(move || zoom.transform.get().k);
    let label_views = labels
        .into_iter()
        .map(|(name, [x, y])| {
            view! { <text x=x y=y font-size=move || label_size * label_scale() / scale.get()>{name}</text> }
        })
        .collect_view();
    let link_views = move || {
        show_links.get().then(|| {
            links
                .iter()
                .map(|([x1, y1], [x2, y2])| view! { <line x1=*x1 y1=*y1 x2=*x2 y2=*y2 /> })
                .collect_view()
        })
    };
    let marker_views = markers
        .into_iter()
        .map(|marker| view! { <PartnerMarker marker=marker scale=scale /> })
        .collect_view();

    let tooltip_data = data.clone();
    let tooltip = move || {
        let id = selection.highlighted.get()?;
        let m = crate::i18n::I18n::current();
        let label = layers::region_label(&tooltip_data.data, id.as_str(), &m);
        let summary = details::region_summary(&tooltip_data.data, &id, &m);
        Some(view! {
            <div class="imap__tooltip" aria-hidden="true">
                <strong>{label}</strong>
                <span>{summary}</span>
            </div>
        })
    };

    let on_key = move |event: leptos::ev::KeyboardEvent| {
        if zoom.on_key(&event) {
            event.prevent_default();
        }
    };
    let zoomed = move || zoom.transform.get().k > 1.0;

    view! {
        // The geometry's width to height, for the presentation's CSS to size the map to its
        // extent (no empty band where the geometry ends). Set from script only: the first view's
        // HTML carries no style attribute (its Content-Security-Policy allows none).
        <div class="imap__map-frame" style:--imap-map-ratio=(!crate::PRERENDER).then(|| (view.width / view.height).to_string())>
            <svg
                node_ref=svg
                class="imap__svg"
                class:zoomed=zoomed
                viewBox=view.to_attr()
                role="group"
                aria-label=t("map-label")
                aria-roledescription=t("map-roledescription")
                aria-keyshortcuts="+ - 0 ArrowUp ArrowDown ArrowLeft ArrowRight"
                tabindex="0"
                on:wheel=move |e| zoom.on_wheel(e)
                on:click=move |e| tap.on_click(e)
                on:dblclick=move |e| zoom.on_double_click(e)
                on:pointerdown=move |e| {
                    crate::hooks::use_tap::note_pointer(&e);
                    zoom.on_pointer_down(e)
                }
                on:pointermove=move |e| zoom.on_pointer_move(e)
                on:pointerup=move |e| zoom.on_pointer_up(e)
                on:pointercancel=move |e| zoom.on_pointer_up(e)
                on:keydown=on_key
            >
                <g class="imap__zoomable" class:dragging=move || dragged.get() transform=move || zoom.transform.get().to_attr()>
                    <g class="countries">{country_paths}</g>
                    <g class="context-regions" aria-hidden="true">{extra_paths}</g>
                    <g class="regions">{region_paths}</g>
                    <g class="labels" aria-hidden="true">{label_views}</g>
                    <g class="links" aria-hidden="true">{link_views}</g>
                    <g class="markers">{marker_views}</g>
                </g>
            </svg>
            {tooltip}
            <p class="imap__wheel-hint" aria-hidden="true" class:shown=move || zoom.wheel_hint.get()>{t("zoom-hint")}</p>
            <ZoomControls zoom=zoom />
        </div>
        <div class="imap__map-tools">
            <button
                type="button"
                aria-pressed=move || show_links.get().to_string()
                on:click=move |_| show_links.update(|s| *s = !*s)
            >
                {t("lead-links")}
            </button>
        </div>
    }
}
