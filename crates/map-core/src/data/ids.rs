//! Identifier newtypes of the data file: ids of records, NUTS codes and country codes.
//!
//! "Parse, don't validate": each type can only hold a well-formed value, so code that receives a
//! [`RegionId`] never re-checks it. Every type parses from a JSON string (serde `try_from`), shows
//! as that same string (`Display`), and its parse error says what a valid value looks like.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Longest record id accepted, in bytes. Ids end up in `data-id` attributes and URLs; a longer id
/// is almost certainly a pasted sentence rather than an id.
pub const MAX_ID_LEN: usize = 64;

/// Why a string is not a valid id, NUTS code or country code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    /// Record ids: lowercase ASCII letters, digits and single hyphens, 1 to 64 bytes.
    #[error(
        "{value:?} is not a valid id: use 1 to {MAX_ID_LEN} lowercase letters a-z, digits and hyphens, starting with a letter or digit (like \"rhine-neckar\")"
    )]
    Record {
        /// The rejected text.
        value: String,
    },
    /// NUTS codes: a two-letter country code and up to three more uppercase letters or digits.
    #[error(
        "{value:?} is not a NUTS code: use the country code and up to three uppercase letters or digits, as in the Eurostat NUTS 2024 list (like \"PL91\" or \"DE125\")"
    )]
    Nuts {
        /// The rejected text.
        value: String,
    },
    /// Country codes: the two uppercase letters GISCO uses.
    #[error("{value:?} is not a GISCO country code: use two uppercase letters{hint}")]
    Country {
        /// The rejected text.
        value: String,
        /// A hint for the usual mistakes (ISO codes where GISCO differs), empty otherwise.
        hint: &'static str,
    },
}

/// True when `s` is 1..=64 bytes of `a-z`, `0-9` and `-`, not starting or ending with `-`
/// and without `--`.
fn is_record_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_ID_LEN
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

macro_rules! record_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        ///
        /// Always 1 to 64 bytes of lowercase ASCII letters, digits and single hyphens, so it is safe in
        /// a `data-id` attribute, a URL fragment or a CSS selector.
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// Parses an id; the error says which characters are allowed.
            pub fn parse(s: &str) -> Result<Self, IdError> {
                if is_record_id(s) {
                    Ok(Self(s.to_owned()))
                } else {
                    Err(IdError::Record { value: s.to_owned() })
                }
            }

            /// The id as written in the data file.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = IdError;
            fn try_from(s: String) -> Result<Self, IdError> {
                if is_record_id(&s) { Ok(Self(s)) } else { Err(IdError::Record { value: s }) }
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
                    "maxLength": MAX_ID_LEN,
                })
            }
        }
    };
}

record_id!(
    /// Id of a region (`regions[].id`); also the id of its shape in the shipped geometry.
    RegionId
);
record_id!(
    /// Id of a partner organisation (`partners[].id`).
    PartnerId
);
record_id!(
    /// Id of a source that records cite (`sources[].id`).
    SourceId
);
record_id!(
    /// Id of an indicator (`indicators[].id`).
    IndicatorId
);
record_id!(
    /// Id of a policy instrument (`policy_instruments[].id`).
    InstrumentId
);
record_id!(
    /// Id of a good practice (`good_practices[].id`).
    PracticeId
);
record_id!(
    /// Id of an event (`events[].id`).
    EventId
);

/// A NUTS code (Eurostat's Nomenclature of Territorial Units for Statistics), e.g. `PL91`.
///
/// Always 2 to 5 ASCII characters: two uppercase letters (the GISCO country code) and up to three
/// uppercase letters or digits (NUTS levels 1 to 3). Whether the code exists in the NUTS 2024
/// list is checked by the geo build, which has that list; this type only guarantees the form.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct NutsCode(String);

impl NutsCode {
    /// Parses a NUTS code; the error shows the expected form.
    pub fn parse(s: &str) -> Result<Self, IdError> {
        let b = s.as_bytes();
        let ok = (2..=5).contains(&b.len())
            && b.iter().take(2).all(u8::is_ascii_uppercase)
            && b.iter()
                .skip(2)
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        if ok {
            Ok(Self(s.to_owned()))
        } else {
            Err(IdError::Nuts {
                value: s.to_owned(),
            })
        }
    }

    /// The code as written, e.g. `"DE125"`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The country part: the first two letters (`"DE"` for `"DE125"`).
    pub fn country(&self) -> &str {
        self.0.get(..2).unwrap_or_default()
    }
}

impl TryFrom<String> for NutsCode {
    type Error = IdError;
    fn try_from(s: String) -> Result<Self, IdError> {
        Self::parse(&s)
    }
}

impl From<NutsCode> for String {
    fn from(code: NutsCode) -> String {
        code.0
    }
}

impl fmt::Display for NutsCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for NutsCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "NutsCode".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[A-Z]{2}[A-Z0-9]{0,3}$",
            "description": "A NUTS 2024 code, e.g. \"PL91\" or \"DE125\"."
        })
    }
}

/// A country code as Eurostat GISCO writes it: two uppercase letters, `EL` for Greece and `UK`
/// for the United Kingdom (not ISO's `GR` and `GB`), so it matches the geometry's `CNTR_CODE`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CountryCode(String);

impl CountryCode {
    /// Parses a country code; `GR` and `GB` are refused with a hint to GISCO's `EL` and `UK`.
    pub fn parse(s: &str) -> Result<Self, IdError> {
        let hint = match s {
            "GR" => " (GISCO writes Greece as \"EL\", not \"GR\")",
            "GB" => " (GISCO writes the United Kingdom as \"UK\", not \"GB\")",
            _ if s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase()) => {
                return Ok(Self(s.to_owned()));
            }
            _ => " (like \"EL\", \"PL\" or \"DE\")",
        };
        Err(IdError::Country {
            value: s.to_owned(),
            hint,
        })
    }

    /// The code as written, e.g. `"EL"`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for CountryCode {
    type Error = IdError;
    fn try_from(s: String) -> Result<Self, IdError> {
        Self::parse(&s)
    }
}

impl From<CountryCode> for String {
    fn from(code: CountryCode) -> String {
        code.0
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for CountryCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CountryCode".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[A-Z]{2}$",
            "description": "GISCO country code: EL for Greece, UK for the United Kingdom."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_ids_accept_lowercase_words_joined_by_hyphens() {
        for ok in ["mazovia", "rhine-neckar", "s1", "ev-2023-05-kickoff", "a"] {
            assert!(RegionId::parse(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn record_ids_reject_empty_upper_case_spaces_and_stray_hyphens() {
        let long = "a".repeat(MAX_ID_LEN + 1);
        for bad in [
            "",
            "Mazovia",
            "rhine neckar",
            "-a",
            "a-",
            "a--b",
            "é",
            long.as_str(),
        ] {
            assert!(RegionId::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn record_id_error_shows_an_example() {
        let e = PartnerId::parse("Big Partner").unwrap_err().to_string();
        assert!(e.contains("\"Big Partner\" is not a valid id"), "{e}");
        assert!(e.contains("like \"rhine-neckar\""), "{e}");
    }

    #[test]
    fn nuts_codes_are_country_plus_up_to_three_characters() {
        assert_eq!(NutsCode::parse("DE125").unwrap().country(), "DE");
        assert!(NutsCode::parse("PL9").is_ok());
        assert!(NutsCode::parse("EL").is_ok());
        for bad in ["", "P", "pl91", "PL9100", "P1", "PL-9"] {
            assert!(NutsCode::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn country_codes_follow_gisco_and_explain_greece() {
        assert!(CountryCode::parse("EL").is_ok());
        let e = CountryCode::parse("GR").unwrap_err().to_string();
        assert!(e.contains("\"EL\", not \"GR\""), "{e}");
        assert!(CountryCode::parse("gr").is_err());
        assert!(CountryCode::parse("GRC").is_err());
    }

    #[test]
    fn ids_round_trip_through_json_strings() {
        let id: RegionId = serde_json::from_str("\"mazovia\"").unwrap();
        assert_eq!(id.to_string(), "mazovia");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"mazovia\"");
        assert!(serde_json::from_str::<RegionId>("\"Mazovia\"").is_err());
    }
}
