//! One component per file, named after it.

pub mod attribution;
pub mod error_notice;
pub mod events_timeline;
pub mod export_buttons;
pub mod indicator_counter;
pub mod indicators;
pub mod language_menu;
pub mod legend;
pub mod map_view;
pub mod partner_marker;
pub mod partner_panel;
pub mod presentation;
pub mod qr_code;
pub mod region_list;
pub mod region_panel;
pub mod region_path;
pub mod tour_controls;
pub mod widget;
pub mod zoom_controls;
