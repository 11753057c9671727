//! Links from the data file: only absolute `https:`, `http:` and `mailto:` URLs get through.
//!
//! The widget puts these strings into `href` attributes. A `javascript:` or `data:` URL there
//! would run code in the host page, and a relative URL would resolve against whatever site embeds
//! the widget, so [`SafeUrl`] refuses both. This is a deliberately small check written by hand
//! rather than the `url` crate: the widget only needs to know the scheme is safe and the link is
//! absolute, and the `url` crate (with IDNA tables) would add far more to the wasm than the check.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Longest URL accepted, in bytes; longer ones are almost certainly pasted data, not a link.
pub const MAX_URL_LEN: usize = 2048;

/// Why a string is not a [`SafeUrl`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    /// No scheme: a relative link or a bare domain.
    #[error("{value:?} is not an absolute URL: start it with https:// (like \"https://{hint}\")")]
    NotAbsolute {
        /// The rejected text.
        value: String,
        /// The text without leading slashes, to show the fixed form.
        hint: String,
    },
    /// A scheme other than https, http and mailto (`javascript:`, `data:`, `ftp:` ...).
    #[error(
        "{value:?} uses the scheme \"{scheme}:\"; only https:, http: and mailto: links are allowed"
    )]
    Scheme {
        /// The rejected text.
        value: String,
        /// The scheme found, lowercased.
        scheme: String,
    },
    /// Spaces, control characters or other characters that must be percent-encoded.
    #[error(
        "{value:?} contains a space, quote, angle bracket or control character; percent-encode it (a space is %20)"
    )]
    Character {
        /// The rejected text.
        value: String,
    },
    /// `https:` or `http:` without `//host`.
    #[error("{value:?} has no host: write it as {scheme}://host/path")]
    NoHost {
        /// The rejected text.
        value: String,
        /// The scheme found.
        scheme: String,
    },
    /// `mailto:` without an address.
    #[error("{value:?} is not a mail link: write it as mailto:name@example.org")]
    NoAddress {
        /// The rejected text.
        value: String,
    },
    /// Longer than [`MAX_URL_LEN`].
    #[error("the URL is {len} bytes long; at most {MAX_URL_LEN} are allowed")]
    TooLong {
        /// Its length in bytes.
        len: usize,
    },
}

/// An absolute link that is safe to put in an `href`: `https:`, `http:` (with a host) or
/// `mailto:` (with an address), without spaces, quotes, angle brackets or control characters.
///
/// The string is kept exactly as written (no normalisation), so what the editor wrote is what
/// the visitor's browser gets.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SafeUrl(String);

impl SafeUrl {
    /// Checks a link; the error says what is wrong and how a good one looks.
    pub fn parse(s: &str) -> Result<Self, UrlError> {
        let value = || s.to_owned();
        if s.len() > MAX_URL_LEN {
            return Err(UrlError::TooLong { len: s.len() });
        }
        // The scheme is judged first, so `data:text/html,<script>` is refused for its scheme
        // rather than for its characters. A scheme is ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
        // followed by ":" (RFC 3986 §3.1).
        let scheme = s
            .split_once(':')
            .map(|(scheme, _)| scheme)
            .filter(|scheme| {
                let mut chars = scheme.chars();
                chars.next().is_some_and(|c| c.is_ascii_alphabetic())
                    && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
            });
        let allowed = scheme.is_some_and(|scheme| {
            ["https", "http", "mailto"]
                .iter()
                .any(|ok| scheme.eq_ignore_ascii_case(ok))
        });
        if let (Some(scheme), false) = (scheme, allowed) {
            return Err(UrlError::Scheme {
                value: value(),
                scheme: scheme.to_ascii_lowercase(),
            });
        }
        // Browsers drop spaces and tabs around and inside a scheme (" java\tscript:" runs), and
        // quotes or angle brackets in an href are pasted markup: refuse them all.
        if s.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\' | '`')
        }) {
            return Err(UrlError::Character { value: value() });
        }
        let Some(scheme) = scheme else {
            return Err(UrlError::NotAbsolute {
                value: value(),
                hint: s.trim_start_matches('/').to_owned(),
            });
        };
        let rest = s.get(scheme.len() + 1..).unwrap_or_default();
        match scheme.to_ascii_lowercase().as_str() {
            "https" | "http" => {
                let host = rest
                    .strip_prefix("//")
                    .map(|r| r.split(['/', '?', '#']).next().unwrap_or_default())
                    .unwrap_or_default();
                // The authority may carry user info and a port; what matters is a non-empty host.
                let host = host.rsplit('@').next().unwrap_or_default();
                if host.is_empty() || host.starts_with(':') {
                    return Err(UrlError::NoHost {
                        value: value(),
                        scheme: scheme.to_ascii_lowercase(),
                    });
                }
            }
            "mailto" => {
                let address = rest.split('?').next().unwrap_or_default();
                let ok = address
                    .split_once('@')
                    .is_some_and(|(name, domain)| !name.is_empty() && !domain.is_empty());
                if !ok {
                    return Err(UrlError::NoAddress { value: value() });
                }
            }
            other => {
                return Err(UrlError::Scheme {
                    value: value(),
                    scheme: other.to_owned(),
                });
            }
        }
        Ok(Self(s.to_owned()))
    }

    /// The link exactly as written in the data file.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for SafeUrl {
    type Error = UrlError;
    fn try_from(s: String) -> Result<Self, UrlError> {
        Self::parse(&s)
    }
}

impl From<SafeUrl> for String {
    fn from(url: SafeUrl) -> String {
        url.0
    }
}

impl fmt::Display for SafeUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for SafeUrl {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SafeUrl".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^([hH][tT][tT][pP][sS]?://[^/?#\\s]+|[mM][aA][iI][lL][tT][oO]:[^@\\s]+@)[^\\s\"<>\\\\`]*$",
            "maxLength": MAX_URL_LEN,
            "description": "An absolute https:, http: or mailto: link."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_http_and_mailto_links_are_kept_as_written() {
        for ok in [
            "https://www.interregeurope.eu/secon",
            "http://eu2020goinglocal.eu/partner.aspx@MenuID=69649&showmenuid=68751",
            "HTTPS://Example.org",
            "https://issuu.com./azemeisevida/docs/revista-vita_n3-web",
            "https://user@host.example:8443/x?q=1#f",
            "mailto:info@example.org",
            "mailto:info@example.org?subject=Hi",
        ] {
            assert_eq!(SafeUrl::parse(ok).unwrap().as_str(), ok);
        }
    }

    #[test]
    fn script_and_data_urls_are_refused_naming_the_scheme() {
        let e = SafeUrl::parse("javascript:alert(1)").unwrap_err();
        assert_eq!(
            e.to_string(),
            "\"javascript:alert(1)\" uses the scheme \"javascript:\"; only https:, http: and mailto: links are allowed"
        );
        assert!(matches!(
            SafeUrl::parse("JaVaScRiPt:alert(1)"),
            Err(UrlError::Scheme { .. })
        ));
        assert!(matches!(
            SafeUrl::parse("data:text/html,hi"),
            Err(UrlError::Scheme { .. })
        ));
        assert!(matches!(
            SafeUrl::parse("ftp://x.org"),
            Err(UrlError::Scheme { .. })
        ));
    }

    #[test]
    fn hidden_whitespace_before_a_scheme_is_refused() {
        // Browsers strip leading spaces and tabs inside schemes; "java\tscript:" would run.
        for bad in [
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "https://a.org/ x",
        ] {
            assert!(
                matches!(SafeUrl::parse(bad), Err(UrlError::Character { .. })),
                "{bad}"
            );
        }
    }

    #[test]
    fn relative_links_and_bare_domains_are_refused_with_a_fix() {
        let e = SafeUrl::parse("www.kmop.gr").unwrap_err().to_string();
        assert!(e.contains("like \"https://www.kmop.gr\""), "{e}");
        assert!(matches!(
            SafeUrl::parse("/data/x"),
            Err(UrlError::NotAbsolute { .. })
        ));
        assert!(matches!(
            SafeUrl::parse(""),
            Err(UrlError::NotAbsolute { .. })
        ));
        assert!(matches!(
            SafeUrl::parse("1http://x"),
            Err(UrlError::NotAbsolute { .. })
        ));
    }

    #[test]
    fn links_without_host_or_address_are_refused() {
        for bad in ["https:", "https://", "http:/x.org", "https://:80/"] {
            assert!(
                matches!(SafeUrl::parse(bad), Err(UrlError::NoHost { .. })),
                "{bad}"
            );
        }
        for bad in ["mailto:", "mailto:info", "mailto:@x.org", "mailto:a@"] {
            assert!(
                matches!(SafeUrl::parse(bad), Err(UrlError::NoAddress { .. })),
                "{bad}"
            );
        }
    }

    #[test]
    fn overlong_links_are_refused_by_length() {
        let long = format!("https://x.org/{}", "a".repeat(MAX_URL_LEN));
        assert!(matches!(
            SafeUrl::parse(&long),
            Err(UrlError::TooLong { .. })
        ));
    }
}
