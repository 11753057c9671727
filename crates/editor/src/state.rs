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
use map_core::edit::issues::{Issue, name_records, place};
use map_core::edit::ops;
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
    /// The text `base` was read from, byte for byte (its hash is the draft's link to the file).
    pub base_text: RwSignal<String>,
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
    /// Its messages, placed at their records and fields, each naming its record.
    pub issues: Memo<Arc<Vec<Issue>>>,
    /// The messages shown: those of a record just added wait until its field is left, or a save
    /// is tried, so a blank new record does not open on a list of errors.
    pub visible: Memo<Arc<Vec<Issue>>>,
    /// Paths of records added since the file was opened (`events[12]`), whose empty fields are not
    /// yet errors.
    pub fresh: RwSignal<Vec<String>>,
    /// Paths of fields the officer has left (their problems show, fresh record or not).
    pub touched: RwSignal<Vec<String>>,
    /// True once a save was tried: every problem shows.
    pub save_tried: RwSignal<bool>,
    /// True while another tab edits the file: this one only shows it (see `browser::take_editing`).
    pub read_only: RwSignal<bool>,
    /// The storage's reason when it refused the draft (full, blocked); `None` while it keeps it.
    pub storage_error: RwSignal<Option<String>>,
    /// On a phone or tablet, whether the preview is shown (else the forms).
    pub showing_preview: RwSignal<bool>,
    /// A seat being placed by a click on the preview's map: the coordinates field's path and its
    /// record's field order.
    pub placing: RwSignal<Option<(Vec<Step>, Vec<String>)>>,
    /// An id just renamed that others still point at (see `rename`).
    pub renamed: RwSignal<Option<crate::rename::Renamed>>,
    /// True while Save asks whether to save a file that has problems.
    pub save_asking: RwSignal<bool>,
    /// The file Save writes into, once chosen (File System Access API); `None` before, and where
    /// the browser has no such API.
    pub handle: StoredValue<Option<wasm_bindgen::JsValue>, LocalStorage>,
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
        let issues = Memo::new(move |_| {
            let mut issues = place(&loaded.get().errors);
            doc.with(|d| {
                if let Some(d) = d {
                    name_records(&mut issues, d, crate::text::lang());
                }
            });
            Arc::new(issues)
        });
        let fresh = RwSignal::new(Vec::<String>::new());
        let touched = RwSignal::new(Vec::<String>::new());
        let save_tried = RwSignal::new(false);
        let visible = Memo::new(move |_| {
            let all = issues.get();
            if save_tried.get() || fresh.with(Vec::is_empty) {
                return all;
            }
            let (fresh, touched) = (fresh.get(), touched.get());
            let waits = |i: &Issue| {
                fresh.iter().any(|f| {
                    i.path
                        .strip_prefix(f.as_str())
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
                }) && !touched.iter().any(|t| i.path.starts_with(t.as_str()))
            };
            Arc::new(all.iter().filter(|i| !waits(i)).cloned().collect())
        });
        EditorState {
            file,
            doc,
            base: RwSignal::new(None),
            base_text: RwSignal::new(String::new()),
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
            visible,
            fresh,
            touched,
            save_tried,
            read_only: RwSignal::new(false),
            storage_error: RwSignal::new(None),
            showing_preview: RwSignal::new(false),
            placing: RwSignal::new(None),
            save_asking: RwSignal::new(false),
            renamed: RwSignal::new(None),
            handle: StoredValue::new_local(None),
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
    /// unless a draft is restored), and the edits count as unsaved while the text differs from it.
    /// Fails, changing nothing, when the text is not JSON.
    pub fn open(&self, name: &str, text: &str, base: &str) -> Result<(), String> {
        self.open_saved(name, text, base, None)
    }

    /// [`EditorState::open`], with `saved` the text last saved (a file saved earlier, not yet the
    /// site's), when it is not `base`.
    pub fn open_saved(
        &self,
        name: &str,
        text: &str,
        base: &str,
        saved: Option<&str>,
    ) -> Result<(), String> {
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
        self.base_text.set(base.to_owned());
        let saved = saved
            .and_then(|s| Json::parse(s).ok())
            .unwrap_or_else(|| base_doc.clone());
        self.saved.set(saved.to_text());
        self.fresh.set(Vec::new());
        self.touched.set(Vec::new());
        self.save_tried.set(false);
        self.handle.set_value(None);
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
        if self.read_only.get_untracked() {
            self.notice.set(crate::text::tr("editor-read-only"));
            return;
        }
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
        let lang = crate::text::lang();
        // A new record's id follows its name while the officer has not written one (never an
        // existing record's: its id may be what other files and links know it by).
        let fresh = |list: &str, i: usize| {
            self.fresh
                .with_untracked(|f| f.iter().any(|p| *p == format!("{list}[{i}]")))
        };
        self.edit(Some(&group), |doc| {
            let record = match path.as_slice() {
                [Step::Key(list), Step::Index(i), Step::Key(field), ..]
                    if field != "id" && fresh(list, *i) =>
                {
                    doc.at(path.get(..2).unwrap_or_default())
                        .cloned()
                        .map(|r| (list.clone(), *i, r))
                }
                _ => None,
            };
            match value {
                Some(value) => {
                    doc.set(&path, value, order);
                }
                None => {
                    doc.remove(&path);
                }
            }
            if let Some((list, index, before)) = record {
                ops::follow_name(doc, &list, index, &before, lang);
            }
        });
    }

    /// Replaces the document with a newer version of the same file (another tab's edits), keeping
    /// the file, its base and what is shown; undo starts afresh.
    pub fn follow(&self, text: &str) {
        if let Ok(doc) = Json::parse(text) {
            self.doc.set(Some(doc));
            self.history.set_value(History::default());
            self.steps.update(|s| *s += 1);
        }
    }

    /// The records added since the file was opened: their empty fields are not yet errors.
    pub fn mark_fresh(&self, kind: &str, index: usize) {
        let path = format!("{kind}[{index}]");
        self.fresh.update(|f| f.push(path));
    }

    /// Forgets which records are new (after a move or delete their indices mean others).
    pub fn forget_fresh(&self) {
        self.fresh.update(Vec::clear);
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
