//! The form of the record shown: its heading, the messages about the record as a whole, then one
//! [`FieldEditor`] per field of its kind. Rebuilt when another record or kind is shown, not while
//! typing (each field follows the document by itself).

use leptos::prelude::*;
use map_core::edit::doc::Step;
use map_core::edit::ops;

use crate::field::FieldEditor;
use crate::record_list::kind_label;
use crate::rename::RenameOffer;
use crate::state::EditorState;
use crate::text::{tr, tr1};

/// The form of the record shown.
#[component]
pub fn RecordForm() -> impl IntoView {
    let state = EditorState::expect();
    let lang = crate::text::lang();
    // What the form is of: the kind, and the index when it exists (rebuilt only when these change).
    let shown = Memo::new(move |_| {
        let kind = state.current_kind()?;
        let index = state.index.get();
        let exists = state.doc.with(|d| {
            d.as_ref().is_some_and(|d| match kind.list {
                true => ops::records(d, &kind.key).get(index).is_some(),
                false => d.get(&kind.key).is_some(),
            })
        });
        Some((kind, index, exists))
    });
    let record_messages = move || {
        let (kind, index, _) = shown.get()?;
        let form = state.form.get();
        let messages: Vec<String> = state
            .visible
            .get()
            .iter()
            .filter(|i| {
                i.kind.as_deref() == Some(kind.key.as_str())
                    && i.field.is_none()
                    && (i.index == Some(index) || i.index.is_none())
            })
            .map(|i| crate::summary::plain_message(i, form.as_deref()))
            .collect();
        Some(
            messages
                .into_iter()
                .map(|m| view! { <li>{m}</li> })
                .collect_view(),
        )
    };
    view! {
        {move || {
            let (kind, index, exists) = shown.get()?;
            if !exists {
                return Some(view! { <p class="ed__empty">{tr("editor-no-records")}</p> }.into_any());
            }
            let path = ops::record_path(&kind, index);
            let heading = {
                let path = path.clone();
                let key = kind.key.clone();
                move || {
                    let label = state.doc.with(|d| d.as_ref().and_then(|d| d.at(&path)).map(|r| ops::record_label(r, lang)).unwrap_or_default());
                    tr1("editor-edit-record", "record", &format!("{}: {label}", kind_label(&key)))
                }
            };
            let order = kind.order();
            let fields = kind.fields.iter().cloned().map(|field| {
                let mut p = path.clone();
                p.push(Step::key(&field.key));
                view! { <FieldEditor field=field path=p order=order.clone() /> }
            }).collect_view();
            Some(view! {
                <div class="ed__form" role="group" aria-labelledby="ed-record">
                    <h3 id="ed-record" tabindex="-1">{heading}</h3>
                    <RenameOffer />
                    <p class="ed__help">{kind.help.clone()}</p>
                    <ul class="ed__messages">{record_messages}</ul>
                    {fields}
                </div>
            }.into_any())
        }}
    }
}
