//! Browser hooks in the leptos-use style: `use_x(target)` calls `use_x_with_options` with
//! `UseXOptions::default()`, and several outputs come back as a documented `UseXReturn`.

pub mod intl;
pub mod use_count_up;
pub mod use_drawn_regions;
pub mod use_page_files;
pub mod use_pan_zoom;
pub mod use_sheet;
pub mod use_tap;
pub mod use_theme;
pub mod use_tour;
