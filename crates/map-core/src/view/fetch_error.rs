//! Why a file the widget fetches at run time (data file, geometry) did not arrive.
//!
//! The fetching itself happens in the app (`src/fetch.rs`); the messages live here so they read the
//! same in the widget and in native tests.

use thiserror::Error;

/// A file that could not be fetched. Each message starts with the file's path, like every error the
/// widget shows, and says what to check.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LoadError {
    /// The request never got an answer (offline, blocked, wrong host).
    #[error(
        "{file}: could not be fetched ({message}); check the network and that the file is published"
    )]
    Network {
        /// Path of the file as requested, e.g. `data/secon.json`.
        file: String,
        /// What the browser reported.
        message: String,
    },
    /// The server answered with an HTTP error status.
    #[error("{file}: the server answered HTTP {status}{}; check that the file exists at this path", status_suffix(.status_text))]
    Status {
        /// Path of the file as requested.
        file: String,
        /// The HTTP status code, e.g. 404.
        status: u16,
        /// The status text, e.g. `Not Found` (may be empty over HTTP/2).
        status_text: String,
    },
    /// The answer arrived but its body could not be read as text.
    #[error("{file}: the answer could not be read as text ({message})")]
    Body {
        /// Path of the file as requested.
        file: String,
        /// What the browser reported.
        message: String,
    },
    /// The data file has problems, but the module that says which could not run (offline
    /// before it was ever fetched, or blocked).
    #[error(
        "{file}: the file has problems, and the part of the widget that describes them could not be loaded ({message}); run `cargo xtask validate` on the file, or reload with the network on"
    )]
    Diagnosis {
        /// Path of the data file as requested.
        file: String,
        /// What the browser reported.
        message: String,
    },
    /// The page was opened from a file (the offline package) and does not carry this file, so
    /// there is no network to blame.
    #[error(
        "{file}: this offline page does not carry the file; open it without `?data=`, or pack this data file into one with `cargo xtask package --data FILE`"
    )]
    NotPacked {
        /// Path of the file as requested.
        file: String,
    },
}

fn status_suffix(text: &str) -> String {
    if text.is_empty() {
        String::new()
    } else {
        format!(" {text}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_names_the_file_and_the_status() {
        let error = LoadError::Status {
            file: "data/secon.json".into(),
            status: 404,
            status_text: "Not Found".into(),
        };
        assert_eq!(
            error.to_string(),
            "data/secon.json: the server answered HTTP 404 Not Found; check that the file exists at this path"
        );
    }

    #[test]
    fn a_file_the_offline_page_lacks_is_not_blamed_on_the_network() {
        let error = LoadError::NotPacked {
            file: "data/other.json".into(),
        };
        let line = error.to_string();
        assert!(line.starts_with("data/other.json: "), "{line}");
        assert!(line.contains("cargo xtask package --data"), "{line}");
        assert!(!line.contains("network"), "{line}");
    }

    #[test]
    fn an_empty_status_text_leaves_no_double_space() {
        let error = LoadError::Status {
            file: "geo/europe.json".into(),
            status: 500,
            status_text: String::new(),
        };
        assert!(error.to_string().contains("HTTP 500;"), "{error}");
    }
}
