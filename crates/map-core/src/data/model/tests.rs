//! Tests of the model: serde reading, texts, languages, choices.

use std::collections::BTreeMap;

use super::*;

#[test]
fn plain_text_resolves_to_itself_in_any_language() {
    let t = Text::from("Mazovia");
    assert_eq!(t.resolve("en"), "Mazovia");
    assert_eq!(t.resolve("pl"), "Mazovia");
}

#[test]
fn translated_text_falls_back_to_english_then_to_any_language() {
    let t: Text = serde_json::from_str(r#"{"pl": "Mazowsze", "en": "Mazovia"}"#).unwrap();
    assert_eq!(t.resolve("pl"), "Mazowsze");
    assert_eq!(t.resolve("de"), "Mazovia");
    let t: Text = serde_json::from_str(r#"{"pl": "Mazowsze", "el": "Μαζοβία"}"#).unwrap();
    assert_eq!(t.resolve("de"), "Μαζοβία", "first language by code");
}

#[test]
fn empty_translation_map_resolves_to_empty_string() {
    assert_eq!(Text::Translated(BTreeMap::new()).resolve("en"), "");
}

#[test]
fn text_refuses_numbers_bad_language_codes_and_empty_maps() {
    let e = serde_json::from_str::<Text>("42").unwrap_err().to_string();
    assert!(
        e.contains("expected a text: a string, or an object of translations"),
        "{e}"
    );
    let e = serde_json::from_str::<Text>(r#"{"English": "x"}"#)
        .unwrap_err()
        .to_string();
    assert!(e.contains("\"English\" is not a language code"), "{e}");
    assert!(serde_json::from_str::<Text>("{}").is_err());
    assert!(serde_json::from_str::<Text>(r#"{"en": 1}"#).is_err());
}

#[test]
fn html_looking_text_is_kept_verbatim() {
    let t: Text = serde_json::from_str(r#""<script>alert(1)</script>""#).unwrap();
    assert_eq!(t.resolve("en"), "<script>alert(1)</script>");
}

#[test]
fn language_tags_follow_bcp47_shape() {
    for ok in ["en", "el", "pt-BR", "sr-Latn", "ast"] {
        assert!(is_language_tag(ok), "{ok}");
    }
    for bad in ["", "e", "EN", "english", "en-", "en_GB", "en-x"] {
        assert!(!is_language_tag(bad), "{bad}");
    }
}

#[test]
fn absent_status_means_confirmed_and_is_not_written_back() {
    let s: Source = serde_json::from_str(r#"{"id": "s1", "title": "x"}"#).unwrap();
    assert_eq!(
        serde_json::to_string(&s).unwrap(),
        r#"{"id":"s1","title":"x"}"#
    );
    let i: Indicator = serde_json::from_str(r#"{"id": "a", "label": "x", "value": 1}"#).unwrap();
    assert!(i.status.is_confirmed());
}

#[test]
fn region_geometry_defaults_to_its_id() {
    let r: Region = serde_json::from_str(
        r#"{"id": "mazovia", "name": "Mazovia", "country": "PL", "nuts": ["PL91", "PL92"]}"#,
    )
    .unwrap();
    assert_eq!(r.geometry_id().as_str(), "mazovia");
}

#[test]
fn choice_lists_match_their_json_names() {
    let names = |v: serde_json::Value| v.to_string();
    assert_eq!(
        names(serde_json::to_value(Status::ALL).unwrap()),
        r#"["confirmed","unconfirmed","conflicting","not_found"]"#
    );
    assert_eq!(
        names(serde_json::to_value(Role::ALL).unwrap()),
        r#"["lead","partner"]"#
    );
    assert_eq!(EventKind::ALL.len(), 7);
}
