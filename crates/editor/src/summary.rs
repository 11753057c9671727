//! Every problem of the edited file in one list, in plain words naming the record ("Partner
//! Mazovia: Name is empty"), each a link to the field it concerns (following it shows that record
//! and puts focus in the field), with the validator's own line (file, JSON path, line and column)
//! under "Details" for a developer.

use leptos::prelude::*;
use map_core::edit::doc::{Step, parse_path};
use map_core::edit::form::Form;
use map_core::edit::issues::{Issue, field_anchor};
use map_core::i18n::Arg;

use crate::record_list::kind_one;
use crate::state::EditorState;
use crate::text::{tr, tr_with};

/// The problem summary.
#[component]
pub fn Summary() -> impl IntoView {
    let state = EditorState::expect();
    let count = move || state.visible.with(|i| i.len());
    view! {
        <section class="ed__summary" class:ed__summary--ok=move || count() == 0 aria-labelledby="ed-summary">
            <h2 id="ed-summary">{move || tr_with("editor-problems", &[("count", Arg::Count(count()))])}</h2>
            <ul>
                {move || {
                    let form = state.form.get();
                    state.visible.get().iter().map(|issue| {
                        let message = plain_message(issue, form.as_deref());
                        let details = issue.message.clone();
                        let line = match target(issue) {
                            Some((kind, index, anchor)) => {
                                let href = format!("#{anchor}");
                                view! {
                                    <a href=href on:click=move |ev| {
                                        ev.prevent_default();
                                        state.show(&kind, index, Some(anchor.clone()));
                                    }>{message}</a>
                                }.into_any()
                            }
                            None => view! { <span>{message}</span> }.into_any(),
                        };
                        view! {
                            <li>
                                {line}
                                <details class="ed__details"><summary>{tr("editor-details")}</summary><code>{details}</code></details>
                            </li>
                        }
                    }).collect_view()
                }}
            </ul>
        </section>
    }
}

/// The problem in the officer's words: the record by kind and name, the field by its label, then
/// what is wrong ("Partner Mazovia: Name is empty").
pub fn plain_message(issue: &Issue, form: Option<&Form>) -> String {
    let record = match (&issue.kind, &issue.record) {
        (Some(kind), Some(name)) if kind != "project" => format!("{} {name}", kind_one(kind)),
        (Some(kind), _) => kind_one(kind),
        _ => String::new(),
    };
    let field = issue.field.as_deref().map(|key| {
        form.and_then(|f| {
            f.kind(issue.kind.as_deref()?)?
                .field(key)
                .map(|f| f.label())
        })
        .unwrap_or_else(|| map_core::edit::form::words(key))
    });
    match (field, issue.empty) {
        (Some(field), true) => tr_with(
            "editor-issue-empty",
            &[("record", Arg::Text(&record)), ("field", Arg::Text(&field))],
        ),
        (Some(field), false) => tr_with(
            "editor-issue-field",
            &[
                ("record", Arg::Text(&record)),
                ("field", Arg::Text(&field)),
                ("what", Arg::Text(&issue.what)),
            ],
        ),
        (None, _) if record.is_empty() => issue.what.clone(),
        (None, _) => tr_with(
            "editor-issue",
            &[
                ("record", Arg::Text(&record)),
                ("what", Arg::Text(&issue.what)),
            ],
        ),
    }
}

/// Where an issue's link leads: the record kind, its index and the id of the field's control
/// (the record's heading for a problem of the whole record).
fn target(issue: &Issue) -> Option<(String, usize, String)> {
    let kind = issue.kind.clone()?;
    let index = issue.index.unwrap_or(0);
    let anchor = match &issue.field {
        Some(field) => {
            let steps = parse_path(&issue.path)?;
            // The record's path, then the field: the control's id (see FieldEditor).
            let depth = match steps.get(1) {
                Some(Step::Index(_)) => 2,
                _ => 1,
            };
            let mut path: Vec<Step> = steps.into_iter().take(depth).collect();
            path.push(Step::key(field));
            field_anchor(&path)
        }
        None => String::from("ed-record"),
    };
    Some((kind, index, anchor))
}
