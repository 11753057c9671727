//! The project's data file (`public/data/<project>.json`): its model, how it is read, checked and
//! located, and the errors it can hold. [`load()`] is the entry point.

pub mod date;
pub mod error;
pub mod ids;
pub mod link;
mod load;
pub mod model;
mod path;
mod read;
#[cfg(feature = "schema")]
pub mod schema;
mod span;
pub mod suggest;
pub mod validate;

pub use load::{Loaded, load};
pub use span::locate;
