//! Undo and redo for the editor: whole-document snapshots (a data file is tens of kilobytes, so a
//! hundred of them cost less than the diffing code would), with consecutive keystrokes in one
//! field grouped into one step, as text editors group typing.

use crate::edit::doc::Json;

/// How many steps back undo goes.
const LIMIT: usize = 100;

/// The states before each edit (for undo) and after each undo (for redo).
#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Json>,
    redo: Vec<Json>,
    /// The group of the last recorded edit, e.g. the path of the field being typed in.
    group: Option<String>,
}

impl History {
    /// Records `before`, the document as it was before an edit. An edit in the same `group` as the
    /// one just before it (typing on in one field) joins that step; `None` always starts a step.
    /// Any new edit clears what could be redone.
    pub fn record(&mut self, before: &Json, group: Option<&str>) {
        self.redo.clear();
        if group.is_some() && group == self.group.as_deref() && !self.undo.is_empty() {
            return;
        }
        self.group = group.map(str::to_owned);
        self.undo.push(before.clone());
        if self.undo.len() > LIMIT {
            self.undo.remove(0);
        }
    }

    /// The document before the last step, given the `current` one (kept for redo); `None` when
    /// there is nothing to undo.
    pub fn undo(&mut self, current: &Json) -> Option<Json> {
        let before = self.undo.pop()?;
        self.redo.push(current.clone());
        self.group = None;
        Some(before)
    }

    /// The document the last undo went back from; `None` when there is nothing to redo.
    pub fn redo(&mut self, current: &Json) -> Option<Json> {
        let after = self.redo.pop()?;
        self.undo.push(current.clone());
        self.group = None;
        Some(after)
    }

    /// True when [`History::undo`] has a step.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// True when [`History::redo`] has a step.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Ends the current group: the next edit is a step of its own even in the same field.
    pub fn break_group(&mut self) {
        self.group = None;
    }
}
