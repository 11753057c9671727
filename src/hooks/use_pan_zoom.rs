//! `use_pan_zoom`: zoom and pan the map by wheel, drag, pinch and keys, as one transform on a group
//! (map_core::geo::zoom holds the math). Nothing is re-projected while panning; each event updates three
//! numbers and one attribute.
//!
//! The wheel zooms only once the map is in use (focus inside it, after a click or Tab) or with
//! Ctrl/⌘ held, so that a page scrolling past an embedded map is not hijacked (the "cooperative
//! gestures" of embedded web maps). On touch, one finger scrolls the page vertically until the map is
//! zoomed in (`touch-action: pan-y`); pinch always zooms the map.

use leptos::prelude::*;
use map_core::geo::fit::ViewBox;
use map_core::geo::zoom::{Transform, px_to_view};
use wasm_bindgen::JsCast;

/// Wheel notches and +/− buttons zoom by this factor.
const STEP: f64 = 1.6;
/// A pointer that moves further than this (px) is a drag, not a click.
const CLICK_SLOP_PX: f64 = 4.0;

/// The map's zoom state and its event handlers; `Copy`, so every handler can hold it.
#[derive(Clone, Copy)]
pub struct UsePanZoomReturn {
    /// The current transform of the map's group.
    pub transform: RwSignal<Transform>,
    /// True from the moment a pointer drag moved the map until the next pointer press, so the click
    /// that ends a drag does not select what lies under it.
    pub dragged: RwSignal<bool>,
    /// True for a moment after a plain wheel over a map not in use: the map then says how to zoom
    /// (Ctrl + scroll), as map sites do, instead of silently letting the page scroll.
    pub wheel_hint: RwSignal<bool>,
    view: StoredValue<ViewBox>,
    svg: NodeRef<leptos::svg::Svg>,
    pointers: StoredValue<Vec<(i32, f64, f64)>>,
    press: StoredValue<Option<(f64, f64)>>,
}

/// Pan and zoom for the `<svg>` behind `svg`, whose view box is `view`.
pub fn use_pan_zoom(svg: NodeRef<leptos::svg::Svg>, view: ViewBox) -> UsePanZoomReturn {
    UsePanZoomReturn {
        transform: RwSignal::new(Transform::IDENTITY),
        dragged: RwSignal::new(false),
        wheel_hint: RwSignal::new(false),
        view: StoredValue::new(view),
        svg,
        pointers: StoredValue::new(Vec::new()),
        press: StoredValue::new(None),
    }
}

impl UsePanZoomReturn {
    /// The view box the transform works in.
    pub fn view(&self) -> ViewBox {
        self.view.get_value()
    }

    /// Zoom about the view's centre (buttons and keys).
    pub fn zoom_by(&self, factor: f64) {
        let view = self.view();
        let centre = [view.x + view.width / 2.0, view.y + view.height / 2.0];
        self.transform
            .update(|t| *t = t.zoom_at(centre, factor, &view));
    }

    /// Back to the whole map.
    pub fn reset(&self) {
        self.transform.set(Transform::IDENTITY);
    }

    /// Wheel: zoom about the cursor, when the map is in use or Ctrl/⌘ is held.
    pub fn on_wheel(&self, event: web_sys::WheelEvent) {
        let in_use = self.focus_inside() || event.ctrl_key() || event.meta_key();
        if !in_use {
            if !self.wheel_hint.get_untracked() {
                self.wheel_hint.set(true);
                let hint = self.wheel_hint;
                set_timeout(
                    move || hint.set(false),
                    std::time::Duration::from_millis(1500),
                );
            }
            return;
        }
        self.wheel_hint.set(false);
        event.prevent_default();
        let Some(point) =
            self.client_to_view(f64::from(event.client_x()), f64::from(event.client_y()))
        else {
            return;
        };
        // Trackpads send many small deltas, mice a few large ones: scale the factor by the delta.
        let factor = STEP.powf((-event.delta_y() / 100.0).clamp(-1.0, 1.0));
        let view = self.view();
        self.transform
            .update(|t| *t = t.zoom_at(point, factor, &view));
    }

    /// A double click or double tap zooms in twice as close about that point.
    pub fn on_double_click(&self, event: web_sys::MouseEvent) {
        let Some(point) =
            self.client_to_view(f64::from(event.client_x()), f64::from(event.client_y()))
        else {
            return;
        };
        event.prevent_default();
        let view = self.view();
        self.transform.update(|t| *t = t.zoom_at(point, 2.0, &view));
    }

    /// A pointer goes down: remember it for a drag or a pinch.
    pub fn on_pointer_down(&self, event: web_sys::PointerEvent) {
        let (x, y) = (f64::from(event.client_x()), f64::from(event.client_y()));
        self.pointers
            .update_value(|p| p.push((event.pointer_id(), x, y)));
        self.press.set_value(Some((x, y)));
        self.dragged.set(false);
    }

    /// A pointer moves: pan with one pointer, pinch-zoom with two.
    pub fn on_pointer_move(&self, event: web_sys::PointerEvent) {
        let (id, x, y) = (
            event.pointer_id(),
            f64::from(event.client_x()),
            f64::from(event.client_y()),
        );
        let pointers = self.pointers.get_value();
        let Some(&(_, old_x, old_y)) = pointers.iter().find(|p| p.0 == id) else {
            return;
        };
        let view = self.view();
        let scale = self.px_scale();
        match pointers.as_slice() {
            [_] => {
                let far = self
                    .press
                    .get_value()
                    .is_some_and(|(px, py)| (x - px).hypot(y - py) > CLICK_SLOP_PX);
                if far && !self.dragged.get_untracked() {
                    self.dragged.set(true);
                    self.capture(&event);
                }
                if self.dragged.get_untracked() {
                    let (dx, dy) = (
                        px_to_view(x - old_x, scale, &view),
                        px_to_view(y - old_y, scale, &view),
                    );
                    self.transform.update(|t| *t = t.pan(dx, dy, &view));
                }
            }
            [a, b] => {
                let other = if a.0 == id { *b } else { *a };
                let before = (old_x - other.1).hypot(old_y - other.2);
                let after = (x - other.1).hypot(y - other.2);
                if before > 0.0 {
                    self.dragged.set(true);
                    if let Some(mid) = self.client_to_view((x + other.1) / 2.0, (y + other.2) / 2.0)
                    {
                        self.transform
                            .update(|t| *t = t.zoom_at(mid, after / before, &view));
                    }
                }
            }
            _ => {}
        }
        self.pointers.update_value(|p| {
            if let Some(entry) = p.iter_mut().find(|p| p.0 == id) {
                *entry = (id, x, y);
            }
        });
    }

    /// A pointer is released or cancelled.
    pub fn on_pointer_up(&self, event: web_sys::PointerEvent) {
        let id = event.pointer_id();
        self.pointers
            .update_value(|p| p.retain(|entry| entry.0 != id));
    }

    /// Keys on the map: + and − zoom, arrows pan, 0 resets. Returns whether the key was used.
    pub fn on_key(&self, event: &web_sys::KeyboardEvent) -> bool {
        let view = self.view();
        let (step_x, step_y) = (view.width / 10.0, view.height / 10.0);
        match event.key().as_str() {
            "+" | "=" => self.zoom_by(STEP),
            "-" | "_" => self.zoom_by(1.0 / STEP),
            "0" => self.reset(),
            "ArrowLeft" => self.transform.update(|t| *t = t.pan(step_x, 0.0, &view)),
            "ArrowRight" => self.transform.update(|t| *t = t.pan(-step_x, 0.0, &view)),
            "ArrowUp" => self.transform.update(|t| *t = t.pan(0.0, step_y, &view)),
            "ArrowDown" => self.transform.update(|t| *t = t.pan(0.0, -step_y, &view)),
            _ => return false,
        }
        true
    }

    fn capture(&self, event: &web_sys::PointerEvent) {
        if let Some(svg) = self.svg.get_untracked() {
            let element: &web_sys::Element = svg.unchecked_ref();
            // Keeps the drag going when the pointer leaves the map; failure only loses that nicety.
            let _ = element.set_pointer_capture(event.pointer_id());
        }
    }

    fn focus_inside(&self) -> bool {
        let active = document().active_element();
        match (self.svg.get_untracked(), active) {
            (Some(svg), Some(active)) => {
                let node: &web_sys::Node = svg.unchecked_ref();
                node.contains(Some(active.unchecked_ref()))
            }
            _ => false,
        }
    }

    /// The rendered width of the map in px (the SVG keeps its view box's aspect ratio).
    fn px_scale(&self) -> f64 {
        self.svg
            .get_untracked()
            .map(|svg| {
                svg.unchecked_ref::<web_sys::Element>()
                    .get_bounding_client_rect()
                    .width()
            })
            .unwrap_or(0.0)
    }

    /// A point on screen (client px) to view-box units, as currently drawn (before the transform).
    fn client_to_view(&self, client_x: f64, client_y: f64) -> Option<[f64; 2]> {
        let svg = self.svg.get_untracked()?;
        let rect = svg
            .unchecked_ref::<web_sys::Element>()
            .get_bounding_client_rect();
        let view = self.view();
        Some([
            view.x + px_to_view(client_x - rect.left(), rect.width(), &view),
            view.y + px_to_view(client_y - rect.top(), rect.width(), &view),
        ])
    }
}
