//! The editor's start and its watch over the draft, so that no edit is lost without a word:
//!
//! - One tab edits, the others show. Two tabs writing one draft overwrote each other unseen; a
//!   Web Lock (held by the browser for the tab until it closes) gives the right to edit to one
//!   tab. Another tab opens read-only, follows the editing tab's draft as it changes (`storage`
//!   events) and offers "Take over editing here", which steals the lock: the first tab then turns
//!   read-only and says so. Chosen over merging both tabs' edits: a merge of two people's edits of
//!   one field has no right answer to show an officer, and one tab at a time needs none.
//! - A storage that refuses the draft (full, blocked) is said at once, with "Save now".
//! - A draft made from a site file that has changed since is opened with the differences (which
//!   records and fields each side changed) and a choice: keep the draft or take the site's file.
//! - Without a draft, the file last saved from this browser is offered (name and time) when the
//!   site's file is not that file yet.

use leptos::prelude::*;
use leptos::task::spawn_local;
use map_core::edit::doc::Json;
use map_core::edit::draft::{Draft, RecordChange, changes};
use map_core::i18n::Arg;

use crate::browser;
use crate::state::EditorState;
use crate::text::{tr, tr_with};
use crate::toolbar::open_text;

/// A draft over a site file that changed since it was made.
#[derive(Clone, PartialEq)]
pub struct Conflict {
    /// The site's file as it is now.
    pub site: String,
    /// What the site's file changed since the draft was made.
    pub theirs: Vec<RecordChange>,
    /// What the draft changed.
    pub mine: Vec<RecordChange>,
}

/// What the start found that the page must say.
#[derive(Clone, Copy)]
pub struct Session {
    /// True when a draft of an earlier visit was restored.
    pub restored: RwSignal<bool>,
    /// A draft over a changed site file, until the officer chooses.
    pub conflict: RwSignal<Option<Conflict>>,
}

impl Session {
    /// Nothing found yet.
    pub fn new() -> Self {
        Session {
            restored: RwSignal::new(false),
            conflict: RwSignal::new(None),
        }
    }
}

impl Default for Session {
    fn default() -> Self {
        Self::new()
    }
}

/// Takes the right to edit (or opens read-only), then opens the draft, the file last saved or the
/// site's file.
pub async fn start(state: EditorState, session: Session) {
    let editing = browser::take_editing(false, move || lost(state)).await;
    state.read_only.set(!editing);
    browser::on_draft_change(move || follow_other_tab(state));
    // The file the address names (`editor.html?data=…`), else the widget's default.
    let site_file = browser::site_file();
    let site = browser::fetch(&site_file).await;
    // A draft of another file than the address names waits for a visit that names its file.
    let draft =
        browser::load_draft().filter(|d| browser::asked_file().is_none_or(|asked| asked == d.file));
    if let Some(draft) = draft {
        if let (true, Ok(site)) = (draft.file == site_file, &site)
            && !draft.made_from(site)
            && state.open(&draft.file, &draft.text, &draft.base).is_ok()
        {
            session.conflict.set(conflict(state, &draft, site));
            state.notice.set(tr("editor-site-changed"));
            return;
        }
        if state.open(&draft.file, &draft.text, &draft.base).is_ok() {
            session.restored.set(true);
            state.notice.set(tr("editor-restored"));
            return;
        }
    }
    if let Some(last) = browser::load_last()
        && !site.as_ref().is_ok_and(|s| *s == last.text)
    {
        let base = site.as_deref().unwrap_or(&last.text);
        if state
            .open_saved(&last.file, &last.text, base, Some(&last.text))
            .is_ok()
        {
            let when = browser::local_time(&last.when);
            state.notice.set(tr_with(
                "editor-opened-last",
                &[("file", Arg::Text(&last.file)), ("when", Arg::Text(&when))],
            ));
            return;
        }
    }
    match site {
        Ok(text) => open_text(state, &site_file, &text),
        Err(e) => state.notice.set(e),
    }
}

fn conflict(state: EditorState, draft: &Draft, site: &str) -> Option<Conflict> {
    let form = state.form.get_untracked()?;
    let (base, now, mine) = (
        Json::parse(&draft.base).ok()?,
        Json::parse(site).ok()?,
        Json::parse(&draft.text).ok()?,
    );
    let lang = crate::text::lang();
    Some(Conflict {
        site: site.to_owned(),
        theirs: changes(&base, &now, &form, lang),
        mine: changes(&base, &mine, &form, lang),
    })
}

/// Another tab took the right to edit: this one only shows from now on.
fn lost(state: EditorState) {
    state.read_only.set(true);
    state.notice.set(tr("editor-taken-over"));
}

/// In a read-only tab, shows the editing tab's latest draft (or, once it saved, its saved file).
fn follow_other_tab(state: EditorState) {
    if !state.read_only.get_untracked() {
        return;
    }
    match browser::load_draft() {
        Some(draft) => state.follow(&draft.text),
        None => {
            if let Some(last) = browser::load_last() {
                state.follow(&last.text);
                state.saved.set(state.text.get_untracked());
            }
        }
    }
}

/// Keeps the unsaved edits in local storage while the text differs from the one opened or saved,
/// and says at once when the storage refuses them.
pub fn keep_draft(state: EditorState) {
    Effect::new(move |_| {
        let text = state.text.get();
        let saved = state.saved.get();
        if state.doc.with_untracked(Option::is_none) || state.read_only.get() {
            return;
        }
        if text == saved {
            browser::clear_draft();
            return;
        }
        let draft = Draft::new(
            &state.file.get_untracked(),
            &state.base_text.get_untracked(),
            &text,
        );
        state.storage_error.set(browser::save_draft(&draft).err());
    });
}

/// The take-over button's action: steals the right to edit, then shows the draft as the other
/// tab left it.
fn take_over(state: EditorState) {
    spawn_local(async move {
        if browser::take_editing(true, move || lost(state)).await {
            if let Some(draft) = browser::load_draft() {
                state.follow(&draft.text);
            }
            state.read_only.set(false);
            state.notice.set(tr("editor-editing-here"));
        }
    });
}

/// What the page must say about the draft: another tab editing, a storage that refuses, a draft
/// over a changed site file.
#[component]
pub fn SessionNotices(session: Session) -> impl IntoView {
    let state = EditorState::expect();
    let keep = move |_| {
        let Some(c) = session.conflict.get_untracked() else {
            return;
        };
        // The draft now belongs to the site's file as it is: its base, and what counts as saved.
        if let Ok(now) = Json::parse(&c.site) {
            state.base.set(Some(now));
        }
        state.base_text.set(c.site.clone());
        state.saved.set(String::new());
        session.conflict.set(None);
        state.notice.set(tr("editor-kept-draft"));
    };
    let take_site = move |_| {
        let Some(c) = session.conflict.get_untracked() else {
            return;
        };
        browser::clear_draft();
        open_text(state, &browser::site_file(), &c.site);
        session.conflict.set(None);
    };
    view! {
        {move || state.read_only.get().then(|| view! {
            <div class="ed__alert" role="alert">
                <p>{tr("editor-other-tab")}</p>
                <button type="button" on:click=move |_| take_over(state)>{tr("editor-take-over")}</button>
            </div>
        })}
        {move || state.storage_error.get().map(|reason| view! {
            <div class="ed__alert" role="alert">
                <p>{tr_with("editor-storage-refused", &[("reason", Arg::Text(&reason))])}</p>
                <button type="button" on:click=move |_| crate::save::request_save(state)>{tr("editor-save-now")}</button>
            </div>
        })}
        {move || session.conflict.get().map(|c| view! {
            <section class="ed__alert" role="region" aria-labelledby="ed-conflict">
                <h2 id="ed-conflict">{tr("editor-site-changed")}</h2>
                <h3>{tr("editor-changes-site")}</h3>
                <Changes changes=c.theirs />
                <h3>{tr("editor-changes-mine")}</h3>
                <Changes changes=c.mine />
                <button type="button" on:click=keep>{tr("editor-keep-draft")}</button>
                <button type="button" on:click=take_site>{tr("editor-take-site")}</button>
            </section>
        })}
    }
}

/// A list of changed records: kind, name, and which fields (or added, removed).
#[component]
fn Changes(changes: Vec<RecordChange>) -> impl IntoView {
    use map_core::edit::draft::Change;
    let items = changes
        .into_iter()
        .map(|c| {
            let what = match &c.change {
                Change::Added => tr("editor-change-added"),
                Change::Removed => tr("editor-change-removed"),
                Change::Fields(f) => f.iter().map(|k| map_core::edit::form::words(k)).collect::<Vec<_>>().join(", "),
            };
            let record = format!("{} {}", crate::record_list::kind_one(&c.kind), c.record);
            view! { <li>{tr_with("editor-change", &[("record", Arg::Text(&record)), ("what", Arg::Text(&what))])}</li> }
        })
        .collect_view();
    view! { <ul class="ed__changes">{items}</ul> }
}
