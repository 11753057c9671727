//! The data editor (`editor.html`): forms for every record of the project's data file, checked as
//! typed by the validator the widget uses, with the widget beside them as a live preview. The
//! decisions (the file as written, forms from the schema, record operations, references, undo)
//! are `map_core::edit`'s; these components only wire them to the page.

pub mod browser;
pub mod editor;
pub mod field;
pub mod pickers;
pub mod preview;
pub mod record_form;
pub mod record_list;
pub mod rename;
pub mod save;
pub mod seat;
pub mod session;
pub mod state;
pub mod summary;
pub mod text;
pub mod toolbar;
