//! The live preview: the widget itself (`interreg_map`'s `<Widget/>`), drawn from the file being
//! edited as the validator reads it, with the site's geometry and the widget's catalogue. It
//! follows the edits a moment after typing pauses, so a burst of keystrokes redraws it once.
//! Selecting a region in it shows that region's record in the form.

use std::sync::Arc;
use std::time::Duration;

use interreg_map::components::widget::Widget;
use interreg_map::fetch::DataLoad;
use interreg_map::hooks::use_page_files::use_page_files_with_data;
use interreg_map::state::Selection;
use leptos::prelude::*;
use map_core::edit::ops;
use map_core::view::options::Options;

use crate::state::EditorState;
use crate::text::tr;

/// How long the preview waits after an edit before it redraws.
const SETTLE: Duration = Duration::from_millis(300);

/// The preview.
#[component]
pub fn Preview() -> impl IntoView {
    let state = EditorState::expect();
    let selection = Selection::new();
    provide_context(selection);
    let data = RwSignal::new(None::<Arc<DataLoad>>);
    let (options, _) = Options::from_query("");
    let files = use_page_files_with_data(&options, Vec::new(), data.into());
    let regions = files.regions;
    // Whether the regions' shapes are there: a memo, so that the regions drawn again from each
    // published file (regions the build did not bake in, `use_drawn_regions`) do not publish the
    // file again, which redrew the preview every 300 ms and restarted its counters.
    let regions_there = Memo::new(move |_| regions.with(Option::is_some));
    let generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        let loaded = state.loaded.get();
        // Again when the regions' shapes arrive: they carry the national names (Greek,
        // Bulgarian) the widget shows in those languages.
        regions_there.track();
        let shapes = regions.get_untracked();
        if state.doc.with(Option::is_none) {
            return;
        }
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        let publish = move || {
            if generation.get_value() != mine {
                return;
            }
            let mut file = loaded.data.clone();
            if let Some(Ok(shapes)) = shapes.as_deref() {
                map_core::view::details::add_national_names(&mut file, shapes);
            }
            // The problems are the editor's to show (at the field and in its list), not again in
            // the preview's own notice.
            data.set(Some(Arc::new(DataLoad {
                data: file,
                errors: Vec::new(),
            })));
        };
        // The first drawing at once; later ones once typing pauses.
        match data.with_untracked(Option::is_none) {
            true => publish(),
            false => set_timeout(publish, SETTLE),
        }
    });
    let theme = interreg_map::hooks::use_theme::use_theme(options.theme);
    let theme = Signal::derive(move || Some(theme.get().as_str()));
    // A region selected in the preview opens its record.
    Effect::new(move |_| {
        let Some(id) = selection.selected.get() else {
            return;
        };
        let index = state.doc.with_untracked(|d| {
            d.as_ref().and_then(|d| {
                ops::records(d, "regions")
                    .iter()
                    .position(|r| ops::record_id(r) == id.as_str())
            })
        });
        if let Some(index) = index {
            state.show("regions", index, None);
            // On a phone or tablet, a tap on a region shows its form.
            state.showing_preview.set(false);
        }
    });
    let frame = NodeRef::<leptos::html::Div>::new();
    crate::seat::use_seat_placing(state, frame, files.countries);
    view! {
        <div class="ed__preview-frame" node_ref=frame class:ed__preview-frame--placing=move || state.placing.with(Option::is_some)>
            <h2 class="ed__preview-title">{tr("editor-preview")}</h2>
            <Widget files=files options=options theme=theme />
        </div>
    }
}
