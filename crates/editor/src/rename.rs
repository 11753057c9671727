//! A record's id renamed: the records that pointed at the old id are named, and one button points
//! them at the new one (one undo step), so renaming never silently breaks an event's host or a
//! practice's region.

use leptos::prelude::*;
use map_core::edit::doc::Step;
use map_core::edit::ops::{self, Reference};
use map_core::i18n::Arg;

use crate::record_list::kind_label;
use crate::state::EditorState;
use crate::text::{tr, tr_with};

/// An id just renamed that other records still point at.
#[derive(Clone, PartialEq)]
pub struct Renamed {
    old: String,
    new: String,
    refs: Vec<Reference>,
}

/// The id at `path` (a record's `id` field) was `old` and is now `new`: offers to follow the
/// references to `old`, if any.
pub fn offer(state: EditorState, path: &[Step], old: Option<String>, new: String) {
    let (Some(Step::Key(list)), Some(old)) = (path.first(), old) else {
        return;
    };
    if old.is_empty() || old == new {
        return;
    }
    let refs = match (state.form.get_untracked(), state.doc.get_untracked()) {
        (Some(form), Some(doc)) => ops::references(&doc, &form, list, &old),
        _ => Vec::new(),
    };
    if refs.is_empty() {
        return;
    }
    state.renamed.set(Some(Renamed { old, new, refs }));
    crate::browser::focus_soon(String::from("ed-rename"));
}

/// The offer, under the record's heading.
#[component]
pub fn RenameOffer() -> impl IntoView {
    let state = EditorState::expect();
    view! {
        {move || state.renamed.get().map(|r| {
            let heading = tr_with("editor-renamed", &[
                ("old", Arg::Text(&r.old)),
                ("new", Arg::Text(&r.new)),
                ("count", Arg::Count(r.refs.len())),
            ]);
            let names = r.refs.iter().map(|x| {
                let field = x.field.join(".");
                view! { <li>{format!("{} \u{201c}{}\u{201d} ({field})", kind_label(&x.kind), x.record)}</li> }
            }).collect_view();
            let update = move |_| {
                let form = state.form.get_untracked();
                state.edit(None, |doc| {
                    if let Some(form) = form {
                        ops::rename_references(doc, &form, &r.refs, &r.old, &r.new);
                    }
                });
                state.notice.set(tr_with("editor-renamed-done", &[("count", Arg::Count(r.refs.len()))]));
                state.renamed.set(None);
            };
            view! {
                <div class="ed__confirm" role="alertdialog" aria-labelledby="ed-rename" aria-describedby="ed-rename-list">
                    <p id="ed-rename" tabindex="-1">{heading}</p>
                    <ul id="ed-rename-list">{names}</ul>
                    <button type="button" on:click=update>{tr("editor-rename-update")}</button>
                    <button type="button" on:click=move |_| state.renamed.set(None)>{tr("editor-rename-leave")}</button>
                </div>
            }
        })}
    }
}
