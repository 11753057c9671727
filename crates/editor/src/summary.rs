//! Every problem of the edited file in one list, each a link to the field it concerns: following
//! it shows that record and puts focus in the field.

use leptos::prelude::*;
use map_core::edit::doc::{Step, parse_path};
use map_core::edit::issues::{Issue, field_anchor};
use map_core::i18n::Arg;

use crate::state::EditorState;
use crate::text::tr_with;

/// The problem summary.
#[component]
pub fn Summary() -> impl IntoView {
    let state = EditorState::expect();
    let count = move || state.issues.with(|i| i.len());
    view! {
        <section class="ed__summary" class:ed__summary--ok=move || count() == 0 aria-labelledby="ed-summary">
            <h2 id="ed-summary">{move || tr_with("editor-problems", &[("count", Arg::Count(count()))])}</h2>
            <ul>
                {move || state.issues.get().iter().map(|issue| {
                    let message = issue.message.clone();
                    match target(issue) {
                        Some((kind, index, anchor)) => {
                            let href = format!("#{anchor}");
                            view! {
                                <li><a href=href on:click=move |ev| {
                                    ev.prevent_default();
                                    state.show(&kind, index, Some(anchor.clone()));
                                }>{message}</a></li>
                            }.into_any()
                        }
                        None => view! { <li>{message}</li> }.into_any(),
                    }
                }).collect_view()}
            </ul>
        </section>
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
