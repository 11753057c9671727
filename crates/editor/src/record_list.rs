//! The record kinds (project, indicators, partners …) as tabs of buttons, the records of the kind
//! shown, and the operations on them: add, duplicate, move, delete. Deleting a record that others
//! reference first says which, and offers to clear those references.

use leptos::prelude::*;
use map_core::edit::ops::{self, Reference};
use map_core::i18n::Arg;

use crate::state::EditorState;
use crate::text::{tr, tr_with, tr1};

/// A pending deletion that needs confirming: the record and who references it.
#[derive(Clone, PartialEq)]
struct Pending {
    kind: String,
    index: usize,
    label: String,
    id: String,
    refs: Vec<Reference>,
}

/// The kinds' tabs.
#[component]
pub fn KindTabs() -> impl IntoView {
    let state = EditorState::expect();
    let kinds = move || {
        state
            .form
            .get()
            .map(|f| f.kinds.clone())
            .unwrap_or_default()
    };
    view! {
        <nav class="ed__kinds" aria-label=tr("editor-record-kinds")>
            <ul>
                <For each=kinds key=|k| k.key.clone() let:kind>
                    {
                        let key = kind.key.clone();
                        let current = {
                            let key = key.clone();
                            move || state.kind.get() == key
                        };
                        let problems = {
                            let key = key.clone();
                            move || state.issues.get().iter().filter(|i| i.kind.as_deref() == Some(key.as_str())).count()
                        };
                        let label = kind_label(&key);
                        let select = move |_| {
                            state.kind.set(key.clone());
                            state.index.set(0);
                        };
                        view! {
                            <li>
                                <button type="button" aria-pressed=move || current().to_string() on:click=select>
                                    {label}
                                    {move || (problems() > 0).then(|| view! { <span class="ed__badge">{tr_with("editor-problem-count", &[("count", Arg::Count(problems()))])}</span> })}
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
        </nav>
    }
}

/// The label of a record kind: its catalogue entry, else its key in words (a list added to the
/// model later still gets a tab).
pub fn kind_label(key: &str) -> String {
    let entry = format!("editor-kind-{key}");
    let label = tr(&entry);
    match label == entry {
        true => map_core::edit::form::words(key),
        false => label,
    }
}

/// One record of a kind, for messages ("Partner"): its catalogue entry, else the kind's label.
pub fn kind_one(key: &str) -> String {
    let entry = format!("editor-one-{key}");
    match tr(&entry) {
        label if label == entry => kind_label(key),
        label => label,
    }
}

/// The records of the kind shown, and their operations.
#[component]
pub fn RecordList() -> impl IntoView {
    let state = EditorState::expect();
    let pending = RwSignal::new(None::<Pending>);
    let lang = crate::text::lang();
    let labels = move || {
        let key = state.kind.get();
        state.doc.with(|d| {
            d.as_ref()
                .map(|d| {
                    ops::records(d, &key)
                        .iter()
                        .map(|r| ops::record_list_label(r, lang))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let count = move || labels().len();
    let at = move || state.index.get();
    let at_end = move || at() + 1 >= count();
    let key = move || state.kind.get_untracked();

    let add = move |_| {
        let Some(kind) = state.current_kind() else {
            return;
        };
        let mut added = None;
        state.edit(None, |doc| added = ops::add_record(doc, &kind));
        if let Some(index) = added {
            state.mark_fresh(&kind.key, index);
            state.show(&kind.key, index, Some(String::from("ed-record")));
        }
    };
    let duplicate = move |_| {
        let mut copy = None;
        state.edit(None, |doc| copy = ops::duplicate_record(doc, &key(), at()));
        if let Some(index) = copy {
            state.forget_fresh();
            state.show(&key(), index, Some(String::from("ed-record")));
        }
    };
    let shift = move |up: bool| {
        let from = at();
        let to = match up {
            true => from.saturating_sub(1),
            false => from + 1,
        };
        let mut moved = None;
        state.edit(None, |doc| moved = ops::move_record(doc, &key(), from, to));
        if let Some(index) = moved {
            state.forget_fresh();
            state.index.set(index);
        }
    };
    let delete = move |_| {
        let kind = key();
        let index = at();
        let Some((id, label)) = state.doc.with_untracked(|d| {
            let record = ops::records(d.as_ref()?, &kind).get(index)?;
            Some((
                ops::record_id(record).to_owned(),
                ops::record_label(record, lang),
            ))
        }) else {
            return;
        };
        let refs = match (state.form.get_untracked(), state.doc.get_untracked()) {
            (Some(form), Some(doc)) => ops::references(&doc, &form, &kind, &id),
            _ => Vec::new(),
        };
        let item = Pending {
            kind,
            index,
            label,
            id,
            refs,
        };
        match item.refs.is_empty() {
            true => finish(state, &item, false),
            false => {
                pending.set(Some(item));
                crate::browser::focus_soon(String::from("ed-confirm"));
            }
        }
    };

    // Cancelling (the button, or Escape in the question) puts focus back on Delete.
    let cancel = move || {
        pending.set(None);
        crate::browser::focus_soon(String::from("ed-delete"));
    };
    // Anywhere among the records (the question, or Delete itself, where focus may still be).
    let cancel_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && pending.with_untracked(Option::is_some) {
            cancel();
        }
    };
    view! {
        <div class="ed__records" on:keydown=cancel_on_escape>
            {move || {
                let kind = state.current_kind()?;
                kind.list.then(|| view! {
                    <ul class="ed__record-list" aria-label=kind_label(&kind.key)>
                        {move || labels().into_iter().enumerate().map(|(i, label)| {
                            let current = move || at() == i;
                            view! {
                                <li>
                                    <button type="button" aria-current=move || current().then_some("true") on:click=move |_| state.index.set(i)>
                                        {label}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <div class="ed__actions" role="group" aria-label=tr("editor-record-actions")>
                        <button type="button" on:click=add>{tr("editor-add")}</button>
                        <button type="button" on:click=duplicate disabled=move || count() == 0>{tr("editor-duplicate")}</button>
                        <button type="button" on:click=move |_| shift(true) disabled=move || at() == 0>{tr("editor-move-up")}</button>
                        <button type="button" on:click=move |_| shift(false) disabled=at_end>{tr("editor-move-down")}</button>
                        <button type="button" id="ed-delete" on:click=delete disabled=move || count() == 0>{tr("editor-delete")}</button>
                    </div>
                })
            }}
            {move || pending.get().map(|item| {
                let names = item.refs.iter().map(|r| {
                    let field = r.field.join(".");
                    view! { <li>{format!("{} \u{201c}{}\u{201d} ({field})", kind_label(&r.kind), r.record)}</li> }
                }).collect_view();
                let heading = tr_with("editor-referenced", &[("record", Arg::Text(&item.label)), ("count", Arg::Count(item.refs.len()))]);
                let clear = item.clone();
                let keep = item.clone();
                view! {
                    <div class="ed__confirm" role="alertdialog" aria-labelledby="ed-confirm" aria-describedby="ed-confirm-list">
                        <p id="ed-confirm" tabindex="-1">{heading}</p>
                        <ul id="ed-confirm-list">{names}</ul>
                        <button type="button" on:click=move |_| { finish(state, &clear, true); pending.set(None); }>{tr("editor-delete-clear")}</button>
                        <button type="button" on:click=move |_| { finish(state, &keep, false); pending.set(None); }>{tr("editor-delete-keep")}</button>
                        <button type="button" on:click=move |_| cancel()>{tr("editor-cancel")}</button>
                    </div>
                }
            })}
        </div>
    }
}

/// Deletes the pending record (and, with `clear`, the references to it) in one undo step.
fn finish(state: EditorState, item: &Pending, clear: bool) {
    let form = state.form.get_untracked();
    state.edit(None, |doc| {
        // Cleared first: the references' indices are those before the deletion.
        if let (true, Some(form)) = (clear, form) {
            ops::clear_references(doc, &form, &item.refs, &item.id);
        }
        ops::delete_record(doc, &item.kind, item.index);
    });
    state.forget_fresh();
    let last = state
        .doc
        .with_untracked(|d| d.as_ref().map_or(0, |d| ops::records(d, &item.kind).len()));
    state.index.set(item.index.min(last.saturating_sub(1)));
    state
        .notice
        .set(tr1("editor-deleted", "record", &item.label));
}
