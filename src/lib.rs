//! The leptos widget: thin components over `map_core`, which holds the logic and is tested natively.

pub mod app;
pub mod components;
pub mod embed;
pub mod fetch;
pub mod hooks;
pub mod i18n;
pub mod state;
pub mod url_sync;
