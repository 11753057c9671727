//! What the widget decides to show, from the data file, the geometry and the page's URL, so the
//! components only wire it: the map's layers, the panel, the timeline, the counters, navigation,
//! the presentation, export and the page state.

pub mod count_up;
pub mod details;
pub mod export;
pub mod fetch_error;
pub mod first_view;
pub mod format;
pub mod layers;
pub mod nav;
pub mod options;
pub mod order;
pub mod page;
pub mod qr;
pub mod sheet;
pub mod tap;
pub mod timeline;
pub mod tour;
