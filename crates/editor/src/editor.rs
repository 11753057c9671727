//! `<Editor/>`: the editor page's root. It loads the schema (the forms), then lets `session`
//! open the draft, the file last saved or the site's file and keep the draft; it accepts a file
//! dropped anywhere on it, and lays out the toolbar, what the page must say (another tab, the
//! storage, a changed site file, a save with problems), the problem summary, the forms and the
//! live preview (side by side; on a phone or tablet one at a time, switched by two buttons).

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use map_core::edit::form::Form;
use map_core::edit::ops;

use crate::browser;
use crate::preview::Preview;
use crate::record_form::RecordForm;
use crate::record_list::{KindTabs, RecordList};
use crate::save::SaveQuestion;
use crate::session::{self, Session, SessionNotices};
use crate::state::EditorState;
use crate::summary::Summary;
use crate::text::{tr, tr1};
use crate::toolbar::{Toolbar, open_file, open_site_file};

/// The editor page.
#[component]
pub fn Editor() -> impl IntoView {
    let state = EditorState::new();
    provide_context(state);
    let session = Session::new();
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
        session::start(state, session).await;
    });
    session::keep_draft(state);

    let restored = session.restored;
    let discard = move |_| {
        if state.read_only.get_untracked() {
            return state.notice.set(tr("editor-read-only"));
        }
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
    // On a phone or tablet the form and the preview take turns.
    let showing_preview = state.showing_preview;
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
                <SessionNotices session=session />
                <SaveQuestion />
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
                    // While another tab edits, this one's fields only show.
                    <fieldset class="ed__lock" prop:disabled=move || state.read_only.get()>
                        <RecordForm />
                    </fieldset>
                </section>
                <div class="ed__preview">
                    <Preview />
                </div>
            </div>
        </div>
    }
}
