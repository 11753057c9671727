//! `use_drawn_regions`: the regions the map draws, the built file's and, for a data file whose
//! regions the build did not bake in, those drawn at run time from the NUTS 3 topology
//! (`map_core::geo::merge`), which is fetched only then; with the messages for every NUTS code
//! that does not exist and every region that could not be drawn.

use std::sync::Arc;

use leptos::prelude::*;
use map_core::geo::merge::{draw_missing, needs_nuts3, unbaked};

use crate::fetch::{DataLoad, Shapes, load_shapes};

/// Every NUTS 3 region of Europe: regions the build did not draw, and `?stress=nuts3`.
pub const NUTS3_FILE: &str = "geo/nuts3.json";

/// What [`use_drawn_regions`] gives.
pub struct UseDrawnRegionsReturn {
    /// The regions to draw; `None` until the data, the built regions and (when needed) the NUTS 3
    /// file are there, so the map is drawn once, with every region.
    pub regions: Signal<Option<Shapes>>,
    /// Why a region is missing or a NUTS code is wrong, one line each, naming the file.
    pub problems: Signal<Vec<String>>,
}

/// The built `regions`, completed from the NUTS 3 topology for the regions of `data` (the file
/// named `file` in messages) that they lack. Follows `data` as it changes (the editor's preview).
pub fn use_drawn_regions(
    file: String,
    data: Signal<Option<Arc<DataLoad>>>,
    regions: Signal<Option<Shapes>>,
) -> UseDrawnRegionsReturn {
    let nuts3: RwSignal<Option<Shapes>> = RwSignal::new(None);
    let asked = StoredValue::new(false);
    let drawn = Memo::new(move |_| {
        let (data, built) = (data.get()?, regions.get()?);
        let Ok(shapes) = built.as_ref() else {
            return Some((built, Vec::new()));
        };
        if !needs_nuts3(&data.data, shapes) {
            return Some((built, Vec::new()));
        }
        if !asked.get_value() {
            asked.set_value(true);
            leptos::task::spawn_local(async move {
                nuts3.set(Some(load_shapes(NUTS3_FILE).await));
            });
        }
        let nuts = nuts3.get()?;
        let mut lines = Vec::new();
        let drawn = match nuts.as_ref() {
            Ok(nuts) => {
                let mut all = shapes.clone();
                let not_drawn = draw_missing(&data.data, &mut all, nuts);
                let unknown = map_core::data::nuts::unknown_codes(&file, &data.data, nuts);
                lines.extend(unknown.iter().map(ToString::to_string));
                lines.extend(not_drawn.iter().map(|n| format!("{file}: {n}")));
                Arc::new(Ok(all))
            }
            Err(message) => {
                lines.push(message.clone());
                let missing = unbaked(&data.data, shapes);
                lines.extend(missing.iter().map(|n| format!("{file}: {n}")));
                built
            }
        };
        for line in &lines {
            web_sys::console::error_1(&line.into());
        }
        Some((drawn, lines))
    });
    UseDrawnRegionsReturn {
        regions: Signal::derive(move || drawn.with(|d| d.as_ref().map(|(r, _)| Arc::clone(r)))),
        problems: Signal::derive(move || {
            drawn.with(|d| d.as_ref().map(|(_, p)| p.clone()).unwrap_or_default())
        }),
    }
}
