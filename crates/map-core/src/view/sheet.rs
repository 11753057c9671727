//! The panel as a sheet over the lower part of a phone's screen, with the map above it: where the
//! page must scroll so the map shows above the sheet, and what a drag on the sheet's grip does.
//! Bottom sheets as Material Design describes them (<https://m3.material.io/components/bottom-sheets>):
//! dragged up to read on, dragged down to close.

/// A drag shorter than this (px) leaves the sheet where it was: a finger that only wobbled.
pub const DRAG_SLOP_PX: f64 = 24.0;
/// A drag down past this share of the sheet's height closes it (from its first height).
pub const CLOSE_SHARE: f64 = 0.25;

/// How far the page must scroll (px, positive: down) so that the map's frame, `frame_top` px from
/// the top of the screen and `frame_height` tall, shows whole above a sheet whose top edge is
/// `sheet_top` px from the top; a frame taller than that room starts at the top of the screen. 0
/// when it already shows; never panics (a non-finite input gives 0).
pub fn scroll_to_show_map(frame_top: f64, frame_height: f64, sheet_top: f64) -> f64 {
    if ![frame_top, frame_height, sheet_top]
        .iter()
        .all(|v| v.is_finite())
    {
        return 0.0;
    }
    let room = sheet_top.max(0.0);
    let wanted = if frame_height <= room {
        frame_top.clamp(0.0, room - frame_height)
    } else {
        0.0
    };
    frame_top - wanted
}

/// Where a sheet goes when the finger lets go of its grip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetMove {
    /// Stays as it was.
    Stay,
    /// Grows to (nearly) the whole screen, to read on.
    Expand,
    /// Back to its first height, the map above it in view again.
    Collapse,
    /// Closes the panel.
    Close,
}

/// The move for a drag of `dy` px (positive: down) on a sheet `height` px tall that is `expanded`
/// or not: up expands, down collapses an expanded sheet and closes one at its first height once
/// dragged past [`CLOSE_SHARE`] of it.
pub fn settle(expanded: bool, dy: f64, height: f64) -> SheetMove {
    if !dy.is_finite() || dy.abs() < DRAG_SLOP_PX {
        return SheetMove::Stay;
    }
    match (expanded, dy < 0.0) {
        (false, true) => SheetMove::Expand,
        (true, true) => SheetMove::Stay,
        (true, false) => SheetMove::Collapse,
        (false, false) if dy >= height.max(0.0) * CLOSE_SHARE => SheetMove::Close,
        (false, false) => SheetMove::Stay,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_map_already_above_the_sheet_does_not_move_the_page() {
        assert_eq!(scroll_to_show_map(90.0, 300.0, 460.0), 0.0);
    }

    #[test]
    fn a_map_under_the_sheet_scrolls_up_just_enough_to_clear_it() {
        // The frame's bottom at 700 px, the sheet from 460: 240 px down the page.
        assert_eq!(scroll_to_show_map(400.0, 300.0, 460.0), 240.0);
    }

    #[test]
    fn a_map_cut_off_at_the_top_scrolls_back_to_its_top() {
        assert_eq!(scroll_to_show_map(-1500.0, 300.0, 460.0), -1500.0);
    }

    #[test]
    fn a_map_taller_than_the_room_above_the_sheet_starts_at_the_screen_top() {
        assert_eq!(scroll_to_show_map(200.0, 600.0, 460.0), 200.0);
        assert_eq!(scroll_to_show_map(f64::NAN, 600.0, 460.0), 0.0);
    }

    #[test]
    fn dragging_up_expands_and_down_collapses_then_closes() {
        assert_eq!(settle(false, -80.0, 400.0), SheetMove::Expand);
        assert_eq!(settle(true, 80.0, 700.0), SheetMove::Collapse);
        assert_eq!(settle(false, 120.0, 400.0), SheetMove::Close);
        assert_eq!(settle(false, 60.0, 400.0), SheetMove::Stay);
    }

    #[test]
    fn a_wobble_or_a_broken_number_leaves_the_sheet_where_it_was() {
        assert_eq!(settle(false, 10.0, 400.0), SheetMove::Stay);
        assert_eq!(settle(true, -10.0, 400.0), SheetMove::Stay);
        assert_eq!(settle(false, f64::INFINITY, 400.0), SheetMove::Stay);
    }
}
