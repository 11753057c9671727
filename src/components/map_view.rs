//! `<MapView/>`: the SVG map: countries as muted context, partner countries shaded, partner regions
//! highlighted, a marker at each partner's seat. Geometry arrives projected and simplified, so this
//! only writes `<path>` elements.

use std::rc::Rc;

use leptos::prelude::*;
use map_core::layers;
use map_core::shape::ShapeFile;

use crate::fetch::DataLoad;

/// Draws the map once per loaded geometry and data.
#[component]
pub fn MapView(
    /// Countries (context and partners), projected into the shared frame.
    countries: ShapeFile,
    /// Partner regions in the same frame, if their file loaded.
    regions: Option<ShapeFile>,
    /// The loaded data file.
    data: Rc<DataLoad>,
) -> impl IntoView {
    let partner_countries = layers::partner_countries(&data.data);
    let view_box = countries.view_box.to_attr();
    let markers = layers::markers(&data.data, &countries);
    let country_paths = countries
        .features
        .into_iter()
        .map(|shape| {
            let partner = partner_countries.contains(&shape.country);
            // Context countries are decoration for screen readers; partner countries are named.
            view! {
                <path
                    class="country"
                    class:partner=partner
                    d=shape.d
                    role=partner.then_some("img")
                    aria-label=partner.then(|| shape.name.clone())
                    aria-hidden=(!partner).then_some("true")
                    data-id=shape.id
                />
            }
        })
        .collect_view();
    let region_paths = regions
        .map(|regions| {
            layers::drawn_regions(&data.data, regions.features)
                .into_iter()
                .map(|region| {
                    view! {
                        <path class="region" d=region.d role="img" aria-label=region.label data-id=region.id />
                    }
                })
                .collect_view()
        });
    let marker_views = markers
        .into_iter()
        .map(|m| {
            let [x, y] = m.point;
            view! {
                <circle
                    class="marker"
                    class:lead=m.lead
                    cx=x
                    cy=y
                    r=m.radius
                    role="img"
                    aria-label=m.label
                    data-id=m.id
                />
            }
        })
        .collect_view();
    view! {
        <svg class="imap__svg" viewBox=view_box role="group" aria-label="Map of the partner regions" preserveAspectRatio="xMidYMid meet">
            <g class="countries">{country_paths}</g>
            <g class="regions">{region_paths}</g>
            <g class="markers">{marker_views}</g>
        </svg>
    }
}
