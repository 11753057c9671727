//! The leptos widget: thin components over `map_core`, which holds the logic and is tested natively.

pub mod app;
pub mod components;
pub mod embed;
pub mod fetch;
pub mod hooks;
pub mod i18n;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod state;
pub mod takeover;
pub mod url_sync;

/// True where the components are rendered to HTML at build time (natively) rather than run in the
/// browser: they then draw what works without script (links instead of buttons, every region's
/// panel behind its `#region=` anchor) and make no browser calls.
pub const PRERENDER: bool = cfg!(not(target_arch = "wasm32"));
