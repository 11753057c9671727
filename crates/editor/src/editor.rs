//! `<Editor/>`: the editor page's root. It loads the schema (the forms) and then the unsaved
//! edits of an earlier visit or else the site's data file, keeps the edits in local storage,
//! accepts a file dropped anywhere on it, and lays out the toolbar, the problem summary, the
//! forms and the live preview (side by side; on a phone one at a time, switched by two buttons).

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use map_core::edit::form::Form;
use map_core::edit::ops;

use crate::browser;
use crate::preview::Preview;
use crate::record_form::RecordForm;
use crate::record_list::{KindTabs, RecordList};
use crate::state::EditorState;
use crate::summary::Summary;
use crate::text::{tr, tr1};
use crate::toolbar::{Toolbar, open_file, open_site_file};

/// The editor page.
#[component]
pub fn Editor() -> impl IntoView {
    let state = EditorState::new();
    provide_context(state);
    let restored = RwSignal::new(false);
    spawn_local(async move {
        let form = browser::fetch(browser::SCHEMA_FILE)
            .await
            .and_then(|schema| Form::from_schema(&schema));
        match form {
            Ok(form) => state.form.set(Some(Arc::new(form))),
            Err(e) => {
                state.notice.set(tr1("editor-schema-failed", "error", &e));
                return;
            }
        }
        // A draft of another file than the address names waits for a visit without `?data=`.
        if let Some(draft) = browser::load_draft()
            && browser::asked_file().is_none_or(|asked| asked == draft.file)
            && state.open(&draft.file, &draft.text, &draft.base).is_ok()
        {
            restored.set(true);
            state.notice.set(tr("editor-restored"));
            return;
        }
        open_site_file(state).await;
    });

    // Unsaved edits survive a reload: kept while the text differs from the one opened or saved.
    Effect::new(move |_| {
        let text = state.text.get();
        if state.doc.with_untracked(Option::is_none) {
            return;
        }
        match text == state.saved.get() {
            true => browser::clear_draft(),
            false => {
                let base = state
                    .base
                    .with_untracked(|b| b.as_ref().map(|b| b.to_text()).unwrap_or_default());
                browser::save_draft(&state.file.get_untracked(), &text, &base);
            }
        }
    });

    let discard = move |_| {
        restored.set(false);
        browser::clear_draft();
        state.saved.set(String::new());
        spawn_local(open_site_file(state));
    };
    let needs_geo = move || {
        let regions = state.doc.with(|d| {
            state.base.with(|b| match (b, d) {
                (Some(b), Some(d)) => ops::regions_needing_geometry(b, d),
                _ => Vec::new(),
            })
        });
        (!regions.is_empty()).then(|| view! { <p class="ed__note" role="note">{tr1("editor-needs-geo", "regions", &regions.join(", "))}</p> })
    };
    // On a phone the form and the preview take turns.
    let showing_preview = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            open_file(state, file);
        }
    };
    view! {
        <div class="ed" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
            <header class="ed__head">
                <h1>{tr("editor-title")}</h1>
                <p class="ed__intro">{tr("editor-intro")}</p>
                <Toolbar />
                <p class="ed__status" role="status">
                    {move || state.notice.get()}
                    " "
                    {move || restored.get().then(|| view! { <button type="button" class="ed__small" on:click=discard>{tr("editor-discard")}</button> })}
                </p>
                {needs_geo}
            </header>
            <div class="ed__switch" role="group" aria-label=tr("editor-view")>
                <button type="button" aria-pressed=move || (!showing_preview.get()).to_string() on:click=move |_| showing_preview.set(false)>{tr("editor-show-form")}</button>
                <button type="button" aria-pressed=move || showing_preview.get().to_string() on:click=move |_| showing_preview.set(true)>{tr("editor-show-preview")}</button>
            </div>
            <div class="ed__body" class:ed__body--preview=move || showing_preview.get()>
                <section class="ed__forms" aria-labelledby="ed-forms-title">
                    <h2 id="ed-forms-title" class="ed__sr-only">{tr("editor-records")}</h2>
                    <Summary />
                    <KindTabs />
                    <RecordList />
                    <RecordForm />
                </section>
                <div class="ed__preview">
                    <Preview />
                </div>
            </div>
        </div>
    }
}
