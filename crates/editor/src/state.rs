//! The editor's state: the document being edited, the file it came from, the forms, the selected
//! record, undo, and what the validator says; provided as context to every editor component.
//! Every change goes through [`EditorState::edit`], which records undo and keeps the draft in
//! local storage.

use std::sync::Arc;

use leptos::prelude::*;
use map_core::data::nuts::check_nuts;
use map_core::data::{Loaded, load, locate};
use map_core::edit::doc::{Json, Step};
use map_core::edit::form::{Form, Kind};
use map_core::edit::history::History;
use map_core::edit::issues::{Issue, place};
use map_core::geo::shape::{ShapeFile, parse_shapes};

use crate::browser;
use crate::text::tr1;

/// The shared state; `Copy`, so every handler can hold it.
#[derive(Clone, Copy)]
pub struct EditorState {
    /// The file's name, as messages and the download name it (`data/secon.json`).
    pub file: RwSignal<String>,
    /// The document being edited; `None` until a file is open.
    pub doc: RwSignal<Option<Json>>,
    /// The file as opened: what the site's geometry was built from, and the diff's base.
    pub base: RwSignal<Option<Json>>,
    /// The text last opened or saved; the edits are unsaved while the document's text differs.
    pub saved: RwSignal<String>,
    /// The forms, from the schema (ordered like the open file's records).
    pub form: RwSignal<Option<Arc<Form>>>,
    /// The record kind shown (`project`, `indicators`, …).
    pub kind: RwSignal<String>,
    /// The record shown, by index in its list.
    pub index: RwSignal<usize>,
    /// Undo and redo; `steps` changes whenever it does, for the buttons.
    history: StoredValue<History>,
    /// Counts changes of `history`, so the undo and redo buttons follow it.
    pub steps: RwSignal<u32>,
    /// A short message for the status line (opened, saved, deleted …).
    pub notice: RwSignal<String>,
    /// The document's text as it would be saved.
    pub text: Memo<String>,
    /// The validator's result for that text.
    pub loaded: Memo<Arc<Loaded>>,
    /// Its messages, placed at their records and fields.
    pub issues: Memo<Arc<Vec<Issue>>>,
}

impl Default for EditorState {
    fn default() -> Self {
        Self::new()
    }
}

/// The NUTS 3 topology (`geo/nuts3.json`), whose codes every region's NUTS codes must be in;
/// `None` until it has arrived (or when it does not: the other checks still run).
fn nuts3_list() -> RwSignal<Option<Arc<ShapeFile>>> {
    let nuts3 = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        let file = "geo/nuts3.json";
        if let Ok(shapes) = browser::fetch(file)
            .await
            .and_then(|text| parse_shapes(file, &text).map_err(|e| e.to_string()))
        {
            nuts3.set(Some(Arc::new(shapes)));
        }
    });
    nuts3
}

impl EditorState {
    /// A state with nothing open.
    pub fn new() -> Self {
        let file = RwSignal::new(browser::site_file());
        let doc = RwSignal::new(None::<Json>);
        let text =
            Memo::new(move |_| doc.with(|d| d.as_ref().map(Json::to_text).unwrap_or_default()));
        let nuts3 = nuts3_list();
        let loaded = Memo::new(move |_| {
            let (file, text) = (file.get(), text.get());
            let mut loaded = load(&file, &text);
            // NUTS codes against NUTS 2024, a second file: apart from `load`, as the validator.
            if let Some(nuts3) = nuts3.get() {
                let mut unknown = check_nuts(&file, &loaded.data, &nuts3);
                // Paths index the loaded regions: the file's own only when none was left out.
                if loaded.errors.is_empty() {
                    locate(&text, &mut unknown);
                }
                loaded.errors.extend(unknown);
            }
            Arc::new(loaded)
        });
        let issues = Memo::new(move |_| Arc::new(place(&loaded.get().errors)));
        EditorState {
            file,
            doc,
            base: RwSignal::new(None),
            saved: RwSignal::new(String::new()),
            form: RwSignal::new(None),
            kind: RwSignal::new(String::from("project")),
            index: RwSignal::new(0),
            history: StoredValue::new(History::default()),
            steps: RwSignal::new(0),
            notice: RwSignal::new(String::new()),
            text,
            loaded,
            issues,
        }
    }

    /// The state the editor's root provides.
    pub fn expect() -> Self {
        use_context::<EditorState>()
            .unwrap_or_else(|| panic!("EditorState context: the editor's root provides it"))
    }

    /// True while the document differs from what was last opened or saved.
    pub fn dirty(&self) -> bool {
        self.doc.with(Option::is_some) && self.text.get() != self.saved.get()
    }

    /// The kind shown.
    pub fn current_kind(&self) -> Option<Kind> {
        let key = self.kind.get();
        self.form.get()?.kind(&key).cloned()
    }

    /// Opens `text` as file `name`: `base` is the file the geometry was built from (the same text
    /// unless a draft is restored). Fails, changing nothing, when the text is not JSON.
    pub fn open(&self, name: &str, text: &str, base: &str) -> Result<(), String> {
        let doc = Json::parse(text)?;
        let base_doc = Json::parse(base).unwrap_or_else(|_| doc.clone());
        self.form.update(|form| {
            if let Some(form) = form {
                let mut ordered = Form::clone(form);
                ordered.order_like(&base_doc);
                *form = Arc::new(ordered);
            }
        });
        self.file.set(name.to_owned());
        self.saved.set(base_doc.to_text());
        self.base.set(Some(base_doc));
        self.doc.set(Some(doc));
        self.history.set_value(History::default());
        self.steps.update(|s| *s += 1);
        self.index.set(0);
        self.notice.set(tr1("editor-opened", "file", name));
        Ok(())
    }

    /// Changes the document with `change`. Undo gets one step, unless `group` names the same
    /// thing as the last edit's (typing on in one field).
    pub fn edit(&self, group: Option<&str>, change: impl FnOnce(&mut Json)) {
        let history = self.history;
        self.doc.update(|doc| {
            let Some(doc) = doc else { return };
            let before = doc.clone();
            change(doc);
            if *doc != before {
                history.update_value(|h| h.record(&before, group));
            }
        });
        self.steps.update(|s| *s += 1);
    }

    /// Sets (or, with `None`, removes) the value at `path`; a new member goes where the record
    /// kind's field `order` puts it. One undo step per field while typing in it.
    pub fn set(&self, path: Vec<Step>, value: Option<Json>, order: &[String]) {
        let group = map_core::edit::doc::path_text(&path);
        self.edit(Some(&group), |doc| match value {
            Some(value) => {
                doc.set(&path, value, order);
            }
            None => {
                doc.remove(&path);
            }
        });
    }

    /// Undoes the last step.
    pub fn undo(&self) {
        let current = self.doc.get_untracked();
        let Some(current) = current else { return };
        if let Some(before) = self
            .history
            .try_update_value(|h| h.undo(&current))
            .flatten()
        {
            self.doc.set(Some(before));
            self.notice.set(crate::text::tr("editor-undone"));
        }
        self.steps.update(|s| *s += 1);
    }

    /// Redoes the last undone step.
    pub fn redo(&self) {
        let current = self.doc.get_untracked();
        let Some(current) = current else { return };
        if let Some(after) = self
            .history
            .try_update_value(|h| h.redo(&current))
            .flatten()
        {
            self.doc.set(Some(after));
            self.notice.set(crate::text::tr("editor-redone"));
        }
        self.steps.update(|s| *s += 1);
    }

    /// True when there is a step to undo (tracks changes).
    pub fn can_undo(&self) -> bool {
        self.steps.track();
        self.history.with_value(History::can_undo)
    }

    /// True when there is a step to redo (tracks changes).
    pub fn can_redo(&self) -> bool {
        self.steps.track();
        self.history.with_value(History::can_redo)
    }

    /// Shows record `index` of `kind` and, once drawn, moves focus to the element `focus` (an id).
    pub fn show(&self, kind: &str, index: usize, focus: Option<String>) {
        self.kind.set(kind.to_owned());
        self.index.set(index);
        if let Some(id) = focus {
            browser::focus_soon(id);
        }
    }
}
