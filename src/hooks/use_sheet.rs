//! `use_sheet`: a phone's panel sheet follows a finger on its head: dragged up it grows to read on,
//! dragged down it shrinks back or closes (`map_core::view::sheet::settle` decides). Where the
//! panel is no sheet (CSS: not `position: fixed`) the head ignores drags.

use leptos::prelude::*;
use map_core::view::sheet::{SheetMove, settle};
use wasm_bindgen::JsCast;

use crate::state::Selection;

/// A panel's sheet state and its head's handlers; `Copy`, so every handler can hold it.
#[derive(Clone, Copy)]
pub struct UseSheetReturn {
    /// The panel, moved while dragged.
    pub panel: NodeRef<leptos::html::Section>,
    /// True once dragged up: the sheet then takes nearly the whole screen.
    pub expanded: RwSignal<bool>,
    start: StoredValue<Option<(i32, f64)>>,
    selection: Selection,
}

/// A sheet, at its first height, for the panel behind `panel`.
pub fn use_sheet() -> UseSheetReturn {
    UseSheetReturn {
        panel: NodeRef::new(),
        expanded: RwSignal::new(false),
        start: StoredValue::new(None),
        selection: Selection::expect(),
    }
}

impl UseSheetReturn {
    fn element(&self) -> Option<web_sys::HtmlElement> {
        let panel = self.panel.get_untracked()?;
        Some(panel.unchecked_into())
    }

    fn is_sheet(element: &web_sys::HtmlElement) -> bool {
        window()
            .get_computed_style(element)
            .ok()
            .flatten()
            .and_then(|s| s.get_property_value("position").ok())
            .is_some_and(|p| p == "fixed")
    }

    fn move_by(&self, dy: f64) {
        if let Some(element) = self.element() {
            let value = if dy > 0.0 {
                format!("translateY({dy}px)")
            } else {
                String::new()
            };
            let _ = element.style().set_property("transform", &value);
        }
    }

    /// A finger or pointer goes down on the head (not on its ×): the drag starts.
    pub fn on_pointer_down(&self, event: web_sys::PointerEvent) {
        let on_button = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("button, a").ok().flatten())
            .is_some();
        let Some(element) = self.element() else {
            return;
        };
        if on_button || !Self::is_sheet(&element) {
            return;
        }
        // On the head, whose handlers follow the drag (the browser sends captured events there).
        if let Some(head) = event
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let _ = head.set_pointer_capture(event.pointer_id());
        }
        self.start
            .set_value(Some((event.pointer_id(), f64::from(event.client_y()))));
    }

    /// The sheet follows the finger down (up, it only grows on release).
    pub fn on_pointer_move(&self, event: web_sys::PointerEvent) {
        if let Some((id, y)) = self.start.get_value()
            && id == event.pointer_id()
        {
            self.move_by((f64::from(event.client_y()) - y).max(0.0));
        }
    }

    /// The finger lets go: the sheet grows, shrinks back, closes or stays.
    pub fn on_pointer_up(&self, event: web_sys::PointerEvent) {
        let Some((id, y)) = self.start.get_value() else {
            return;
        };
        if id != event.pointer_id() {
            return;
        }
        self.start.set_value(None);
        self.move_by(0.0);
        let height = self
            .element()
            .map(|e| e.get_bounding_client_rect().height())
            .unwrap_or(0.0);
        let dy = f64::from(event.client_y()) - y;
        match settle(self.expanded.get_untracked(), dy, height) {
            SheetMove::Stay => {}
            SheetMove::Expand => self.expanded.set(true),
            SheetMove::Collapse => self.expanded.set(false),
            SheetMove::Close => self.selection.close(),
        }
    }
}
