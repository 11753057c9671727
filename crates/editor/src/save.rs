//! Saving: into the chosen file where the browser can write one (the File System Access API of
//! Chromium and Edge), else as a download with the exact name and place the file must take on the
//! site. A file with problems is saved only after the officer has seen them and said so.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::state::EditorState;
use crate::summary::plain_message;
use crate::text::{tr, tr_with};
use map_core::i18n::Arg;

/// Save pressed: asks first when the file has problems, else saves.
pub fn request_save(state: EditorState) {
    state.save_tried.set(true);
    match state.issues.with_untracked(|i| i.is_empty()) {
        true => spawn_local(save(state)),
        false => {
            state.save_asking.set(true);
            browser::focus_soon(String::from("ed-save-question"));
        }
    }
}

/// Saves the file as it is now.
pub async fn save(state: EditorState) {
    state.save_asking.set(false);
    let path = state.file.get_untracked();
    let name = browser::base_name(&path).to_owned();
    let text = state.text.get_untracked();
    let result = match browser::can_write_files() {
        true => write_chosen(state, &name, &text).await,
        false => browser::download(&name, &text).map(|()| {
            tr_with(
                "editor-downloaded",
                &[("file", Arg::Text(&name)), ("path", Arg::Text(&path))],
            )
        }),
    };
    match result {
        Ok(said) => {
            state.saved.set(text.clone());
            browser::clear_draft();
            browser::save_last(&path, &text);
            state.storage_error.set(None);
            state.notice.set(said);
        }
        Err(e) if e == "AbortError" => state.notice.set(tr("editor-save-cancelled")),
        Err(e) => state
            .notice
            .set(tr_with("editor-save-failed", &[("error", Arg::Text(&e))])),
    }
}

/// Writes into the file chosen earlier, or asks which file first; what to say when done.
async fn write_chosen(state: EditorState, name: &str, text: &str) -> Result<String, String> {
    let handle = match state.handle.get_value() {
        Some(handle) => handle,
        None => {
            let handle = browser::choose_file(name).await?;
            state.handle.set_value(Some(handle.clone()));
            handle
        }
    };
    let written = browser::write_file(&handle, text).await?;
    let path = state.file.get_untracked();
    Ok(tr_with(
        "editor-written",
        &[("file", Arg::Text(&written)), ("path", Arg::Text(&path))],
    ))
}

/// The question Save asks of a file with problems: the problems, then save anyway or go back.
#[component]
pub fn SaveQuestion() -> impl IntoView {
    let state = EditorState::expect();
    let form = move || state.form.get();
    view! {
        {move || state.save_asking.get().then(|| {
            let issues = state.issues.get();
            let heading = tr_with("editor-save-problems", &[("count", Arg::Count(issues.len()))]);
            let form = form();
            let items = issues.iter().map(|i| view! { <li>{plain_message(i, form.as_deref())}</li> }).collect_view();
            view! {
                <div class="ed__confirm" role="alertdialog" aria-labelledby="ed-save-question" aria-describedby="ed-save-list">
                    <p id="ed-save-question" tabindex="-1">{heading}</p>
                    <ul id="ed-save-list">{items}</ul>
                    <button type="button" on:click=move |_| spawn_local(save(state))>{tr("editor-save-anyway")}</button>
                    <button type="button" on:click=move |_| state.save_asking.set(false)>{tr("editor-cancel")}</button>
                </div>
            }
        })}
    }
}
