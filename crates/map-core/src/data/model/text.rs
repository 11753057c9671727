//! [`Text`], the model's human-readable text: one plain string or translations by language, and
//! the language tags that key them.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

/// Human-readable text: one plain string, or translations keyed by language code.
///
/// JSON: `"Mazovia"` or `{"en": "Mazovia", "pl": "Mazowsze"}`. A file written with plain strings
/// stays valid when translations are added later, field by field. Language codes are BCP 47 tags
/// such as `en`, `el` or `pt-BR`. The text is plain: `<b>` is shown as the three characters `<b>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Text {
    /// One string, in the file's main language.
    Plain(String),
    /// Translations: language code to string; never empty.
    Translated(BTreeMap<String, String>),
}

impl Default for Text {
    fn default() -> Self {
        Text::Plain(String::new())
    }
}

impl Text {
    /// The text in `lang`, else in English (`en`), else in the first language by code; a plain
    /// string is returned whatever `lang` is. Never panics; an empty map gives `""`.
    pub fn resolve(&self, lang: &str) -> &str {
        match self {
            Text::Plain(s) => s,
            Text::Translated(map) => map
                .get(lang)
                .or_else(|| map.get("en"))
                .or_else(|| map.values().next())
                .map_or("", String::as_str),
        }
    }

    /// True when every translation is empty or only whitespace.
    pub fn is_blank(&self) -> bool {
        match self {
            Text::Plain(s) => s.trim().is_empty(),
            Text::Translated(map) => map.values().all(|s| s.trim().is_empty()),
        }
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Plain(s.to_owned())
    }
}

impl fmt::Display for Text {
    /// Shows the English text (see [`Text::resolve`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.resolve("en"))
    }
}

/// True for a BCP 47-like language tag: 2 or 3 lowercase letters, then optional `-` subtags of
/// 2 to 8 letters or digits (`en`, `el`, `pt-BR`, `sr-Latn`).
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

impl<'de> Deserialize<'de> for Text {
    // Hand-written instead of `#[serde(untagged)]` so that a wrong value gets a message saying
    // what a text may be, rather than "data did not match any variant of untagged enum Text".
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(r#"a text: a string, or an object of translations like {"en": "…"}"#)
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Text, E> {
                Ok(Text::Plain(s.to_owned()))
            }
            fn visit_string<E: de::Error>(self, s: String) -> Result<Text, E> {
                Ok(Text::Plain(s))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Text, A::Error> {
                let mut map = BTreeMap::new();
                while let Some(lang) = access.next_key::<String>()? {
                    if !is_language_tag(&lang) {
                        return Err(de::Error::custom(format!(
                            "{lang:?} is not a language code; use codes like \"en\", \"el\" or \"pt-BR\""
                        )));
                    }
                    let text = access.next_value::<String>().map_err(|_| {
                        de::Error::custom(format!("the {lang:?} translation must be a string"))
                    })?;
                    map.insert(lang, text);
                }
                if map.is_empty() {
                    return Err(de::Error::custom(
                        r#"an object of translations needs at least one language, like {"en": "…"}"#,
                    ));
                }
                Ok(Text::Translated(map))
            }
        }
        deserializer.deserialize_any(TextVisitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Plain text (never HTML): a string, or translations keyed by language code.",
            "anyOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "minProperties": 1,
                    "propertyNames": { "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$" },
                    "additionalProperties": { "type": "string" }
                }
            ]
        })
    }
}
