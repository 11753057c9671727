//! Tests of the catalogues and the resolver: every language's keys and placeholders, plurals, fallbacks.

use super::*;

fn catalogue(lang: &str) -> String {
    let path = format!("{}/i18n/{lang}.ftl", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_language_has_every_english_key_with_the_same_placeholders() {
    let mut all = Vec::new();
    for (lang, _) in LANGUAGES.iter().filter(|(l, _)| *l != "en") {
        all.extend(check_catalogue(lang, &catalogue(lang)));
    }
    let report: Vec<String> = all.iter().map(ToString::to_string).collect();
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[test]
fn the_shipped_files_are_exactly_the_listed_languages() {
    let dir = format!("{}/i18n", env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut listed: Vec<String> = LANGUAGES.iter().map(|(l, _)| format!("{l}.ftl")).collect();
    listed.sort();
    assert_eq!(files, listed);
}

#[test]
fn a_missing_key_and_a_lost_placeholder_are_reported_by_name() {
    let english = keys("en", ENGLISH_FTL).unwrap_or_default();
    let (dropped, _) = &english[0];
    let (with_var, vars) = english
        .iter()
        .find(|(_, v)| !v.is_empty())
        .cloned()
        .unwrap_or_default();
    // German, minus its first key, and one placeholder renamed.
    let german = catalogue("de");
    let edited: String = german
        .lines()
        .filter(|l| !l.starts_with(&format!("{dropped} =")))
        .map(|l| {
            if l.starts_with(&format!("{with_var} =")) {
                l.replace(&format!("${}", vars[0]), "$renamed")
            } else {
                l.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let errors: Vec<String> = check_catalogue("de", &edited)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        errors
            .iter()
            .any(|e| e.contains(&format!("`{dropped}` is missing"))),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains(&format!("`{with_var}` uses placeholders"))),
        "{errors:?}"
    );
}

#[test]
fn every_catalogue_parses_and_formats_every_key() {
    let english = keys("en", ENGLISH_FTL).unwrap_or_default();
    assert!(english.len() > 50, "en.ftl has {} keys", english.len());
    for (lang, _) in LANGUAGES {
        let (messages, error) = Messages::new(lang, &catalogue(lang));
        assert_eq!(error, None, "{lang}");
        assert_eq!(messages.lang(), *lang);
        for (key, vars) in &english {
            let args: Vec<(&str, Arg)> = vars.iter().map(|v| (v.as_str(), Arg::Count(3))).collect();
            let text = messages.t_with(key, &args);
            assert!(!text.trim().is_empty(), "{lang}: {key} gives {text:?}");
            assert!(
                !text.contains('$') && !text.contains('{'),
                "{lang}: {key} gives {text:?}"
            );
        }
    }
}

/// CLDR's plural rules, as the browser's `Intl.PluralRules` gives them to the app.
fn cldr_plural(lang: &str, count: usize) -> &'static str {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let Ok(id) = lang.parse::<unic_langid::LanguageIdentifier>() else {
        return "other";
    };
    match PluralRules::create(id, PluralRuleType::CARDINAL).and_then(|r| r.select(count)) {
        Ok(PluralCategory::ZERO) => "zero",
        Ok(PluralCategory::ONE) => "one",
        Ok(PluralCategory::TWO) => "two",
        Ok(PluralCategory::FEW) => "few",
        Ok(PluralCategory::MANY) => "many",
        _ => "other",
    }
}

#[test]
fn plurals_follow_the_language() {
    let en = Messages::english();
    let count = |m: &Messages, n| m.t_with("events-show-earlier", &[("count", Arg::Count(n))]);
    assert_eq!(count(&en, 1), "Show 1 earlier event");
    assert_eq!(count(&en, 10), "Show 10 earlier events");
    let (pl, _) = Messages::new("pl", &catalogue("pl"));
    let pl = pl.with_plural_rule(cldr_plural);
    // Polish has one, few (2–4) and many (5+) forms: three different sentences, digits aside.
    let words = |s: String| s.replace(|c: char| c.is_ascii_digit(), "");
    let forms = [1, 3, 5].map(|n| words(count(&pl, n)));
    assert!(forms[0] != forms[1] && forms[1] != forms[2], "{forms:?}");
}

#[test]
fn an_exact_count_comes_before_its_plural_form() {
    let en = Messages::english();
    let practices = |n| en.t_with("count-good-practices", &[("count", Arg::Count(n))]);
    assert_eq!(practices(0), "no good practices published yet");
    assert_eq!(practices(1), "1 good practice");
    assert_eq!(practices(2), "2 good practices");
    // Latvian's "zero" form is for 0, 10, 20…: the exact [0] still wins for 0.
    let (lv, _) = Messages::new("lv", &catalogue("lv"));
    let lv = lv.with_plural_rule(cldr_plural);
    let events = |n| lv.t_with("count-events", &[("count", Arg::Count(n))]);
    assert!(!events(0).contains('0'), "{}", events(0));
    assert!(events(10).contains("10"), "{}", events(10));
}

#[test]
fn what_fluent_writes_resolves_as_fluent_does() {
    let ftl = "-brand = SECON\n\
               title = { -brand }: { $region }\n\
               about = See { title }\n\
               lines =\n    First line\n    second line\n\
               quoted = { \"\\u00A0\" }x\n\
               kind = { $kind ->\n    [workshop] Workshop\n   *[other] Event\n}\n\
               number = { NUMBER($count) } left\n\
               loop = { loop }\n";
    let (m, error) = Messages::new("de", ftl);
    assert_eq!(error, None);
    let region = [("region", Arg::Text("Extremadura"))];
    assert_eq!(m.t_with("title", &region), "SECON: Extremadura");
    assert_eq!(m.t_with("about", &region), "See SECON: Extremadura");
    assert_eq!(m.t_with("title", &[]), "SECON: {$region}");
    assert_eq!(m.t("lines"), "First line\nsecond line");
    assert_eq!(m.t("quoted"), "\u{a0}x");
    assert_eq!(
        m.t_with("kind", &[("kind", Arg::Text("workshop"))]),
        "Workshop"
    );
    assert_eq!(m.t_with("kind", &[("kind", Arg::Text("visit"))]), "Event");
    assert_eq!(
        m.t_with("number", &[("count", Arg::Count(2))]),
        "{NUMBER()} left"
    );
    assert!(m.t("loop").starts_with('{'), "{}", m.t("loop"));
    let (twice, error) = Messages::new("de", "a = 1\na = 2\n");
    assert_eq!(twice.lang(), "en");
    assert_eq!(
        error.map(|e| e.message),
        Some("1 keys defined twice".to_owned())
    );
    let (_, error) = Messages::new("not a tag", "a = 1\n");
    assert!(error.is_some_and(|e| e.message.contains("not a language tag")));
}

#[test]
fn a_key_missing_from_a_language_falls_back_to_english() {
    let (de, error) = Messages::new("de", "map-label = Karte der Partnerregionen\n");
    assert_eq!(error, None);
    assert_eq!(de.t("map-label"), "Karte der Partnerregionen");
    assert_eq!(de.t("zoom-in"), Messages::english().t("zoom-in"));
    assert_eq!(de.t("no-such-key"), "no-such-key");
}

#[test]
fn a_broken_catalogue_gives_english_and_names_the_file() {
    let (m, error) = Messages::new("de", "zoom-in = {\n");
    assert_eq!(m.lang(), "en");
    let error = error.map(|e| e.to_string()).unwrap_or_default();
    assert!(
        error.starts_with("i18n/de.ftl: not valid Fluent"),
        "{error}"
    );
}

#[test]
fn negotiation_takes_the_first_spoken_language() {
    assert_eq!(negotiate(["el"]), "el");
    assert_eq!(negotiate(["de-AT", "en"]), "de");
    assert_eq!(negotiate(["pt_BR"]), "pt");
    assert_eq!(negotiate(["fr-FR", "nl-BE", "en"]), "nl");
    assert_eq!(negotiate(["fr", "ja"]), "en");
    assert_eq!(negotiate(["", "not a tag!", "RO"]), "ro");
    assert_eq!(negotiate([]), "en");
}

#[test]
fn direction_is_right_to_left_only_for_such_scripts() {
    assert_eq!(direction("ar"), "rtl");
    assert_eq!(direction("he-IL"), "rtl");
    assert_eq!(direction("el"), "ltr");
    assert_eq!(direction("bg"), "ltr");
}

fn editor_catalogue(lang: &str) -> String {
    let path = format!("{}/i18n-editor/{lang}.ftl", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_editors_catalogues_have_every_english_key_with_the_same_placeholders() {
    // The data editor (editor.html) has catalogues of its own, one per interface language.
    let english = editor_catalogue("en");
    let english_keys = keys("en", &english).unwrap();
    assert!(
        english_keys.len() > 40,
        "i18n-editor/en.ftl has {} keys",
        english_keys.len()
    );
    let mut report = Vec::new();
    for (lang, _) in LANGUAGES.iter().filter(|(l, _)| *l != "en") {
        let errors = check_catalogue_against(&english, lang, &editor_catalogue(lang));
        report.extend(errors.iter().map(ToString::to_string));
        let (messages, error) = Messages::with_english(lang, &editor_catalogue(lang), &english);
        assert!(error.is_none(), "{lang}: {error:?}");
        for (key, _) in &english_keys {
            assert_ne!(messages.t(key), *key, "{lang}: {key} resolves to nothing");
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}
