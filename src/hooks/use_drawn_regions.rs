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
    // An effect that sets a signal rather than a memo: a memo compares each result with the last,
    // which for shapes files cost the wasm more than the comparisons could ever save.
    let drawn: RwSignal<Option<Shapes>> = RwSignal::new(None);
    let problems: RwSignal<Vec<String>> = RwSignal::new(Vec::new());
    Effect::new(move |_| {
        let (Some(data), Some(built)) = (data.get(), regions.get()) else {
            return;
        };
        let shapes = match built.as_ref() {
            Ok(shapes) if needs_nuts3(&data.data, shapes) => shapes,
            _ => {
                if problems.with_untracked(|p| !p.is_empty()) {
                    problems.set(Vec::new());
                }
                return drawn.set(Some(built));
            }
        };
        if !asked.get_value() {
            asked.set_value(true);
            leptos::task::spawn_local(async move {
                nuts3.set(Some(load_shapes(NUTS3_FILE).await));
            });
        }
        let Some(nuts) = nuts3.get() else { return };
        let mut lines = Vec::new();
        match nuts.as_ref() {
            Ok(nuts) => {
                let mut all = shapes.clone();
                let not_drawn = draw_missing(&data.data, &mut all, nuts);
                let unknown = map_core::data::nuts::unknown_codes(&file, &data.data, nuts);
                lines.extend(unknown.iter().map(ToString::to_string));
                lines.extend(not_drawn.iter().map(|n| format!("{file}: {n}")));
                drawn.set(Some(Arc::new(Ok(all))));
            }
            Err(message) => {
                lines.push(message.clone());
                let missing = unbaked(&data.data, shapes);
                lines.extend(missing.iter().map(|n| format!("{file}: {n}")));
                drawn.set(Some(built.clone()));
            }
        }
        for line in &lines {
            web_sys::console::error_1(&line.into());
        }
        problems.set(lines);
    });
    UseDrawnRegionsReturn {
        regions: drawn.into(),
        problems: problems.into(),
    }
}
