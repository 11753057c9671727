//! One field of a record: the control its schema kind calls for (text per declared language side
//! by side, a day, a number, a choice, a reference chosen from the records of its list, a list of
//! references, coordinates, a nested group), its help text from the schema, and the validator's
//! messages about it. A value the model would refuse is written as typed (a string where a number
//! belongs), so nothing typed is lost and the validator says what is wrong.

use leptos::prelude::*;
use map_core::edit::doc::{Json, Step, path_text};
use map_core::edit::form::{Field, FieldKind};
use map_core::edit::issues::field_anchor;
use map_core::edit::ops;

use crate::pickers::{coordinates_control, date_control};
use crate::state::EditorState;
use crate::summary::plain_message;
use crate::text::{tr, tr1};

/// The editor of `field` at `path` (from the file's root); `order` is its record's field order.
#[component]
pub fn FieldEditor(field: Field, path: Vec<Step>, order: Vec<String>) -> impl IntoView {
    let state = EditorState::expect();
    let id = field_anchor(&path);
    let help_id = format!("{id}-help");
    let msg_id = format!("{id}-msg");
    let described = format!("{help_id} {msg_id}");
    let exact_only = matches!(field.kind, FieldKind::Group(_));
    let path_str = path_text(&path);
    let messages = Memo::new(move |_| {
        let inside = |p: &str| {
            p == path_str
                || (!exact_only
                    && p.strip_prefix(path_str.as_str())
                        .is_some_and(|rest| rest.starts_with(['.', '['])))
        };
        let form = state.form.get();
        state
            .visible
            .get()
            .iter()
            .filter(|i| inside(&i.path))
            .map(|i| plain_message(i, form.as_deref()))
            .collect::<Vec<_>>()
    });
    let invalid = move || messages.with(|m| !m.is_empty()).then_some("true");
    let label = field.label();
    let help = field.help.clone();
    let required = field.required;
    let value = value_at(state, path.clone());
    let write = {
        let path = path.clone();
        let order = order.clone();
        move |v: Option<Json>| {
            let v = match v {
                None if required => Some(Json::str("")),
                v => v,
            };
            state.set(path.clone(), v, &order);
        }
    };
    let control = match field.kind.clone() {
        FieldKind::Text => text_control(
            &id,
            &label,
            path.clone(),
            order.clone(),
            (required, field.long_text()),
            &described,
        )
        .into_any(),
        FieldKind::Bool => {
            let write = write.clone();
            view! {
                <input type="checkbox" id=id.clone() aria-describedby=described.clone() aria-invalid=invalid
                    prop:checked=move || value.get() == Some(Json::Bool(true))
                    on:change=move |ev| write(match (event_target_checked(&ev), required) {
                        (true, _) => Some(Json::Bool(true)),
                        (false, true) => Some(Json::Bool(false)),
                        (false, false) => None,
                    }) />
            }
            .into_any()
        }
        FieldKind::Choice(choices) => {
            let write = write.clone();
            let choices = choices
                .iter()
                .map(|c| (c.value.clone(), c.value.replace('_', " ")))
                .collect::<Vec<_>>();
            select_control(
                &id,
                &described,
                value,
                move || choices.clone(),
                required,
                invalid,
                move |v| write((!v.is_empty()).then_some(Json::String(v))),
            )
            .into_any()
        }
        FieldKind::Ref(list) => {
            let write = write.clone();
            let lang = crate::text::lang();
            let options = move || {
                state.doc.with(|d| {
                    d.as_ref()
                        .map(|d| {
                            ops::records(d, &list)
                                .iter()
                                .map(|r| (ops::record_id(r).to_owned(), ops::record_label(r, lang)))
                                .collect::<Vec<_>>()
                        })
                        .unwrap_or_default()
                })
            };
            select_control(
                &id,
                &described,
                value,
                options,
                required,
                invalid,
                move |v| write((!v.is_empty()).then_some(Json::String(v))),
            )
            .into_any()
        }
        FieldKind::RefList(list) => {
            ref_list_control(&id, &label, &list, path.clone(), order.clone()).into_any()
        }
        FieldKind::Coordinates => {
            coordinates_control(&id, path.clone(), order.clone(), required).into_any()
        }
        FieldKind::Date => {
            date_control(&id, &label, &described, value, invalid, write.clone()).into_any()
        }
        FieldKind::Group(fields) => {
            let inner_order: Vec<String> = fields.iter().map(|f| f.key.clone()).collect();
            let inner = fields
                .into_iter()
                .map(|f| {
                    let mut p = path.clone();
                    p.push(Step::key(&f.key));
                    view! { <FieldEditor field=f path=p order=inner_order.clone() /> }
                })
                .collect_view();
            return view! {
                <fieldset class="ed__group" id=id.clone() tabindex="-1" aria-describedby=described.clone()>
                    <legend>{label}</legend>
                    <p class="ed__help" id=help_id>{help}</p>
                    <Messages id=msg_id messages=messages />
                    {inner}
                </fieldset>
            }
            .into_any();
        }
        kind => {
            let write = write.clone();
            let (mode, list) = match kind {
                FieldKind::Integer { .. } => ("numeric", false),
                FieldKind::Url => ("url", false),
                FieldKind::StringList => ("text", true),
                _ => ("text", false),
            };
            let number = matches!(kind, FieldKind::Integer { .. });
            let is_id = matches!(kind, FieldKind::Id);
            // The id when the field was entered: leaving it renamed offers to follow references.
            let id_before = StoredValue::new(None::<Json>);
            let shown = move || match value.get() {
                // `null` is the file's "not known": an empty box, not the word.
                None | Some(Json::Null) => String::new(),
                Some(Json::String(s)) => s,
                Some(Json::Array(items)) if list => items
                    .iter()
                    .map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_owned))
                    .collect::<Vec<_>>()
                    .join(", "),
                Some(other) => other.to_string(),
            };
            let parse = move |v: String| -> Option<Json> {
                if v.trim().is_empty() && !list {
                    return None;
                }
                Some(match (number, list) {
                    (true, _) => v
                        .trim()
                        .parse::<u64>()
                        .map_or(Json::String(v), |n| Json::Number(n.into())),
                    (_, true) => Json::Array(
                        v.split(',')
                            .map(str::trim)
                            .filter(|s| !s.is_empty())
                            .map(Json::str)
                            .collect(),
                    ),
                    _ => Json::String(v),
                })
            };
            // Lists are written when the field is left: rewriting "EL65, " as "EL65" while
            // typing would swallow the comma.
            let on_input = {
                let write = write.clone();
                move |ev| {
                    if !list {
                        write(parse(event_target_value(&ev)))
                    }
                }
            };
            let on_change = {
                let path = path.clone();
                move |ev| {
                    if list {
                        write(parse(event_target_value(&ev)))
                    }
                    if is_id {
                        let old = id_before
                            .get_value()
                            .and_then(|v| v.as_str().map(str::to_owned));
                        let new = event_target_value(&ev);
                        crate::rename::offer(state, &path, old, new);
                        id_before.set_value(value.get_untracked());
                    }
                }
            };
            view! {
                <input type="text" id=id.clone() inputmode=mode aria-describedby=described.clone() aria-invalid=invalid
                    autocomplete="off" spellcheck=(!number && !is_id).then_some("true")
                    on:focus=move |_| id_before.set_value(value.get_untracked())
                    prop:value=shown on:input=on_input on:change=on_change />
            }
            .into_any()
        }
    };
    let labelled = !matches!(
        field.kind,
        FieldKind::Text | FieldKind::RefList(_) | FieldKind::Coordinates
    );
    let multi = !labelled;
    // Leaving a field shows its problems, even in a record just added.
    let left = path_text(&path);
    let on_leave = move |_| {
        let left = left.clone();
        state.touched.update(|t| {
            if !t.contains(&left) {
                t.push(left);
            }
        });
    };
    view! {
        <div class="ed__field" class:ed__field--bad=move || invalid().is_some() on:focusout=on_leave>
            {labelled.then(|| view! { <label for=id.clone()>{label.clone()}{required.then_some(" *")}</label> })}
            {multi.then(|| view! { <span class="ed__label" id=format!("{id}-label")>{label.clone()}{required.then_some(" *")}</span> })}
            {control}
            <p class="ed__help" id=help_id>{help}</p>
            <Messages id=msg_id messages=messages />
        </div>
    }
    .into_any()
}

/// The validator's messages about one field.
#[component]
fn Messages(id: String, messages: Memo<Vec<String>>) -> impl IntoView {
    view! {
        <ul class="ed__messages" id=id>
            {move || messages.get().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
        </ul>
    }
}

/// A `<select>` of `options` (value, label); an empty first option when the field may be left out
/// or has no value yet; the current value is kept as an option even when it is not in the list.
fn select_control(
    id: &str,
    described: &str,
    value: Signal<Option<Json>>,
    options: impl Fn() -> Vec<(String, String)> + Clone + Send + Sync + 'static,
    required: bool,
    invalid: impl Fn() -> Option<&'static str> + Send + Sync + 'static,
    write: impl Fn(String) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let current = move || {
        value
            .get()
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
            .unwrap_or_default()
    };
    let all = move || {
        let mut all = options();
        let now = current();
        if !now.is_empty() && !all.iter().any(|(v, _)| *v == now) {
            all.push((now.clone(), tr1("editor-unknown-ref", "id", &now)));
        }
        all
    };
    view! {
        <select id=id.to_owned() aria-describedby=described.to_owned() aria-invalid=invalid
            on:change=move |ev| write(event_target_value(&ev)) prop:value=current>
            {move || (!required || current().is_empty()).then(|| view! { <option value="">{tr("editor-none")}</option> })}
            {move || {
                let now = current();
                all().into_iter().map(|(v, label)| {
                    let selected = v == now;
                    view! { <option value=v selected=selected>{label}</option> }
                }).collect_view()
            }}
        </select>
    }
}

/// The value at `path` in the open file, following its edits (`None` where the file has none).
pub fn value_at(state: EditorState, path: Vec<Step>) -> Signal<Option<Json>> {
    Signal::derive(move || {
        state
            .doc
            .with(|d| d.as_ref().and_then(|d| d.at(&path).cloned()))
    })
}

/// The languages the file declares (`project.languages`), English when it declares none.
fn languages(state: EditorState) -> Vec<String> {
    let declared: Vec<String> = state.doc.with(|d| {
        d.as_ref()
            .and_then(|d| d.at(&[Step::key("project"), Step::key("languages")]))
            .and_then(Json::as_array)
            .map(|l| {
                l.iter()
                    .filter_map(Json::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    });
    match declared.is_empty() {
        true => vec![String::from("en")],
        false => declared,
    }
}

/// A translatable text: one input per declared language, side by side. Written as a plain string
/// while only the first language has text (as the shipped file writes most texts), else as
/// translations in the declared order.
fn text_control(
    id: &str,
    label: &str,
    path: Vec<Step>,
    order: Vec<String>,
    (required, long): (bool, bool),
    described: &str,
) -> impl IntoView {
    let state = EditorState::expect();
    let langs = Memo::new(move |_| languages(state));
    let value = value_at(state, path.clone());
    let in_lang = move |lang: &str, first: bool| match value.get() {
        Some(Json::String(s)) if first => s,
        Some(Json::Object(t)) => t
            .iter()
            .find(|(l, _)| l == lang)
            .and_then(|(_, v)| v.as_str().map(str::to_owned))
            .unwrap_or_default(),
        Some(Json::Null) | Some(Json::String(_)) | None => String::new(),
        Some(other) if first => other.to_string(),
        Some(_) => String::new(),
    };
    let (id, label, described) = (id.to_owned(), label.to_owned(), described.to_owned());
    let group_label = format!("{id}-label");
    view! {
        <div class="ed__langs" role="group" aria-labelledby=group_label aria-describedby=described.clone()>
            {move || {
                let langs = langs.get();
                let count = langs.len();
                langs.clone().into_iter().enumerate().map(|(i, lang)| {
                    let first = i == 0;
                    let input_id = if first { id.clone() } else { format!("{id}-{lang}") };
                    let shown = { let lang = lang.clone(); move || in_lang(&lang, first) };
                    let langs = langs.clone();
                    let path = path.clone();
                    let order = order.clone();
                    let typed_lang = lang.clone();
                    let on_input = move |ev| {
                        let typed = event_target_value(&ev);
                        let mut texts: Vec<(String, String)> = langs.iter().enumerate().map(|(j, l)| (l.clone(), in_lang(l, j == 0))).collect();
                        // Languages the file has but does not declare are kept, after the declared.
                        if let Some(Json::Object(t)) = value.get_untracked() {
                            for (l, v) in t {
                                if !langs.contains(&l) {
                                    texts.push((l, v.as_str().unwrap_or_default().to_owned()));
                                }
                            }
                        }
                        if let Some(slot) = texts.iter_mut().find(|(l, _)| *l == typed_lang) {
                            slot.1 = typed;
                        }
                        let others_empty = texts.iter().skip(1).all(|(_, t)| t.is_empty());
                        let first_text = texts.first().map(|(_, t)| t.clone()).unwrap_or_default();
                        let new = match (others_empty, first_text.is_empty()) {
                            (true, true) if !required => None,
                            (true, _) => Some(Json::String(first_text)),
                            (false, _) => Some(Json::Object(texts.into_iter().map(|(l, t)| (l, Json::String(t))).collect())),
                        };
                        state.set(path.clone(), new, &order);
                    };
                    let lang_label = match count {
                        1 => label.clone(),
                        _ => format!("{label} ({lang})"),
                    };
                    let (a, b) = (input_id.clone(), input_id.clone());
                    view! {
                        <div class="ed__lang">
                            <label for=a class:ed__sr-only=count == 1>{lang_label}</label>
                            {match long {
                                true => view! { <textarea id=b rows="3" lang=lang.clone() prop:value=shown on:input=on_input></textarea> }.into_any(),
                                false => view! { <input type="text" id=b lang=lang.clone() prop:value=shown on:input=on_input /> }.into_any(),
                            }}
                        </div>
                    }
                }).collect_view()
            }}
        </div>
    }
}

/// A list of references: the ids chosen, each removable, and a list of the others to add one.
fn ref_list_control(
    id: &str,
    label: &str,
    list: &str,
    path: Vec<Step>,
    order: Vec<String>,
) -> impl IntoView {
    let state = EditorState::expect();
    let lang = crate::text::lang();
    let chosen = {
        let path = path.clone();
        Memo::new(move |_| {
            state.doc.with(|d| {
                d.as_ref()
                    .and_then(|d| d.at(&path))
                    .and_then(Json::as_array)
                    .map(|a| {
                        a.iter()
                            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            })
        })
    };
    let list = list.to_owned();
    let others = move || {
        let chosen = chosen.get();
        state.doc.with(|d| {
            d.as_ref()
                .map(|d| {
                    ops::records(d, &list)
                        .iter()
                        .filter(|r| !chosen.iter().any(|c| c == ops::record_id(r)))
                        .map(|r| (ops::record_id(r).to_owned(), ops::record_label(r, lang)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let write = move |ids: Vec<String>| {
        let value =
            (!ids.is_empty()).then(|| Json::Array(ids.into_iter().map(Json::String).collect()));
        state.set(path.clone(), value, &order);
    };
    let remove = {
        let write = write.clone();
        move |gone: String| {
            write(
                chosen
                    .get_untracked()
                    .into_iter()
                    .filter(|c| *c != gone)
                    .collect(),
            )
        }
    };
    let add = move |ev| {
        let new = event_target_value(&ev);
        if !new.is_empty() {
            let mut ids = chosen.get_untracked();
            ids.push(new);
            write(ids);
        }
    };
    let add_label = tr1("editor-add-ref", "field", label);
    view! {
        <div class="ed__refs" role="group" aria-labelledby=format!("{id}-label")>
            <ul>
                {move || chosen.get().into_iter().map(|c| {
                    let remove = remove.clone();
                    let gone = c.clone();
                    view! {
                        <li>
                            <span>{c.clone()}</span>
                            // "×" on screen, "Remove s5" to a screen reader.
                            <button type="button" class="ed__small" aria-label=tr1("editor-remove-ref", "id", &c) on:click=move |_| remove(gone.clone())>"×"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <select id=id.to_owned() aria-label=add_label on:change=add prop:value="">
                <option value="">{tr("editor-add-choose")}</option>
                {move || others().into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
            </select>
        </div>
    }
}
