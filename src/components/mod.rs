//! One component per file, named after it.

pub mod attribution;
pub mod error_notice;
pub mod indicators;
pub mod map_view;
