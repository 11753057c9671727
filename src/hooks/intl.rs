//! Numbers, dates and country names in the interface language (`crate::i18n`), through the
//! browser's `Intl` (no formatting tables in the wasm): Greek gets Greek digit grouping, month
//! names and country names.
//!
//! `Intl` constructors throw a `RangeError` for a malformed language tag, and a host page's
//! `lang` is not ours to trust: they are called through `Reflect::construct`, which catches, and a
//! formatter that cannot be made falls back to `map_core` (thin-space digit groups, ISO dates).

//! The build's prerender (`src/bin/prerender.rs`) runs the same components natively, where there is
//! no `Intl`: there the formatters write British English as `Intl` does for `en-GB`, and every
//! other language from a table node's `Intl` filled at build time (`src/prerender/formats.rs`), so
//! the page does not change when the wasm takes it over.

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(not(target_arch = "wasm32"))]
mod native;

#[cfg(target_arch = "wasm32")]
pub use browser::{CountryNames, DateFormatter, NumberFormatter, plural_category, today};
#[cfg(not(target_arch = "wasm32"))]
pub use native::{
    CountryNames, DateFormatter, Missing, NumberFormatter, Table, missing, plural_category, today,
    use_table,
};
