//! The toolbar: open the site's data file or a file from the computer (chosen, or dropped anywhere
//! on the editor), undo and redo, save (see `save`); and whether there are unsaved changes.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::state::EditorState;
use crate::text::{tr, tr1};

/// The toolbar.
#[component]
pub fn Toolbar() -> impl IntoView {
    let state = EditorState::expect();
    let open_site = move |_| {
        if may_replace(state) {
            spawn_local(open_site_file(state));
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            open_file(state, file);
        }
        input.set_value("");
    };
    let save = move |_| crate::save::request_save(state);
    // Where the browser can write into a file, Save does; elsewhere it downloads, and says so.
    let save_label = match browser::can_write_files() {
        true => tr("editor-save-file"),
        false => tr("editor-save"),
    };
    let dirty = move || state.dirty();
    view! {
        <div class="ed__toolbar">
            <button type="button" on:click=open_site>{tr("editor-open-site")}</button>
            <label class="ed__file">
                {tr("editor-open-file")}
                <input type="file" class="ed__sr-only" accept=".json,application/json" on:change=on_file />
            </label>
            <button type="button" on:click=move |_| state.undo() disabled=move || !state.can_undo()>{tr("editor-undo")}</button>
            <button type="button" on:click=move |_| state.redo() disabled=move || !state.can_redo()>{tr("editor-redo")}</button>
            <button type="button" class="ed__save" on:click=save disabled=move || state.doc.with(Option::is_none) || state.read_only.get()>{save_label}</button>
            <span class="ed__dirty" class:ed__dirty--yes=dirty>
                {move || match (dirty(), state.storage_error.with(Option::is_some)) {
                    (true, false) => tr("editor-unsaved"),
                    (true, true) => tr("editor-unsaved-not-kept"),
                    (false, _) => tr("editor-no-changes"),
                }}
            </span>
        </div>
        <p class="ed__drop">{tr("editor-drop")}</p>
    }
}

/// True when opening another file loses nothing, or the person agrees to drop the unsaved edits.
pub fn may_replace(state: EditorState) -> bool {
    !state.dirty()
        || window()
            .confirm_with_message(&tr("editor-confirm-replace"))
            .unwrap_or(false)
}

/// Opens the site's data file.
pub async fn open_site_file(state: EditorState) {
    let file = browser::site_file();
    match browser::fetch(&file).await {
        Ok(text) => open_text(state, &file, &text),
        Err(e) => state.notice.set(e),
    }
}

/// Opens a chosen or dropped file.
pub fn open_file(state: EditorState, file: web_sys::File) {
    if !may_replace(state) {
        return;
    }
    spawn_local(async move {
        let name = file.name();
        match browser::read(file).await {
            Ok(text) => open_text(state, &name, &text),
            Err(e) => state
                .notice
                .set(tr1("editor-open-failed", "error", &format!("{name}: {e}"))),
        }
    });
}

/// Opens `text` as `name`, or says why it cannot be edited (not JSON), keeping what was open.
pub fn open_text(state: EditorState, name: &str, text: &str) {
    match state.open(name, text, text) {
        // The draft is the editing tab's: a tab that only shows leaves it alone.
        Ok(()) if state.read_only.get_untracked() => {}
        Ok(()) => browser::clear_draft(),
        Err(e) => state
            .notice
            .set(tr1("editor-open-failed", "error", &format!("{name}: {e}"))),
    }
}
