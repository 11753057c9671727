//! Opening and saving: the site's data file, a file from the computer (chosen, or dropped anywhere
//! on the editor), undo and redo, save as a download; and whether there are unsaved changes.

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
    let save = move |_| {
        let name = browser::base_name(&state.file.get_untracked()).to_owned();
        let text = state.text.get_untracked();
        match browser::download(&name, &text) {
            Ok(()) => {
                state.saved.set(text);
                browser::clear_draft();
                state.notice.set(tr1("editor-saved", "file", &name));
            }
            Err(e) => state.notice.set(tr1("editor-save-failed", "error", &e)),
        }
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
            <button type="button" class="ed__save" on:click=save disabled=move || state.doc.with(Option::is_none)>{tr("editor-save")}</button>
            <span class="ed__dirty" class:ed__dirty--yes=dirty>
                {move || match dirty() { true => tr("editor-unsaved"), false => tr("editor-no-changes") }}
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
        Ok(()) => browser::clear_draft(),
        Err(e) => state
            .notice
            .set(tr1("editor-open-failed", "error", &format!("{name}: {e}"))),
    }
}
