//! The languages of the file's texts: `project.languages` is checked (`check_declaration`), then
//! every text written as translations against it (`check_translations`); see the
//! [module doc](super) for what a failed check does.

use std::sync::Arc;

use super::Parsed;
use crate::data::error::{DataError, Location};
use crate::data::model::{
    Budget, Event, GoodPractice, Indicator, Partner, PolicyInstrument, Project, Region, Source,
    Text, is_language_tag,
};
use crate::data::path::JsonPath;
use crate::data::suggest::did_you_mean;

/// Checks the project's `languages`: BCP 47 codes, each once, `"en"` among them (English is
/// what the widget falls back to). Returns the declaration to check texts against; `None` when
/// there is none, or when it is not usable: then it is reported and cleared, the project kept.
pub(super) fn check_declaration(
    file: &str,
    project: Option<&mut Project>,
    errors: &mut Vec<DataError>,
) -> Option<Arc<[String]>> {
    let project = project?;
    let languages = &project.languages;
    if languages.is_empty() {
        return None;
    }
    let before = errors.len();
    let path = JsonPath::root().key("project").key("languages");
    for (i, lang) in languages.iter().enumerate() {
        let at = Location::new(file, path.clone().index(i));
        if !is_language_tag(lang) {
            // "EN" → "en", "en_GB" → "en-GB": the likely intended code, when that is one.
            let fixed = lang.replace('_', "-");
            let fixed = match fixed.split_once('-') {
                Some((primary, rest)) => format!("{}-{rest}", primary.to_ascii_lowercase()),
                None => fixed.to_ascii_lowercase(),
            };
            let hint = if is_language_tag(&fixed) {
                format!(" did you mean {fixed:?}?")
            } else {
                String::new()
            };
            errors.push(DataError::InvalidValue {
                at,
                reason: format!(
                    "{lang:?} is not a language code;{hint} use codes like \"en\", \"el\" or \"pt-BR\""
                ),
            });
        } else if let Some(first) = languages.iter().position(|l| l == lang)
            && first < i
        {
            errors.push(DataError::InvalidValue {
                at,
                reason: format!(
                    "duplicate language {lang:?}; {} already lists it",
                    path.clone().index(first)
                ),
            });
        }
    }
    // A miswritten "EN" is reported above with its fix; "must include" would only repeat it.
    if !languages.iter().any(|l| l.eq_ignore_ascii_case("en")) {
        errors.push(DataError::InvalidValue {
            at: Location::new(file, path),
            reason: "must include \"en\": the widget shows a text in English when it is not in the visitor's language".to_owned(),
        });
    }
    if errors.len() > before {
        project.languages.clear();
        return None;
    }
    Some(project.languages.iter().cloned().collect())
}

/// The text fields of a record, for the languages check.
///
/// Each implementation destructures its record without `..`: a field added to the model does
/// not compile until it is listed here, as a text or as not one, so no text escapes the check by
/// being forgotten. (Walking the parsed model, not the raw JSON, because only the model knows
/// which objects are texts.)
pub(crate) trait Texts {
    /// Calls `visit` with the JSON path of each text below the record (its keys), and the text.
    fn texts<'a>(&'a self, visit: &mut dyn FnMut(&'static [&'static str], &'a Text));
}

/// Visits an optional text, if present.
fn visit_opt<'a>(
    visit: &mut dyn FnMut(&'static [&'static str], &'a Text),
    field: &'static [&'static str],
    text: &'a Option<Text>,
) {
    if let Some(text) = text {
        visit(field, text);
    }
}

impl Texts for Project {
    fn texts<'a>(&'a self, visit: &mut dyn FnMut(&'static [&'static str], &'a Text)) {
        let Project {
            name,
            acronym: _,
            programme,
            number: _,
            start: _,
            end: _,
            website: _,
            budget,
            tour_seconds: _,
            indicators_note,
            languages: _,
            status: _,
            unconfirmed: _,
            note,
            sources: _,
        } = self;
        visit(&["name"], name);
        visit(&["programme"], programme);
        if let Some(Budget {
            total_eur: _,
            erdf_eur: _,
            status: _,
            unconfirmed: _,
            note,
            sources: _,
        }) = budget
        {
            visit_opt(visit, &["budget", "note"], note);
        }
        visit_opt(visit, &["indicators_note"], indicators_note);
        visit_opt(visit, &["note"], note);
    }
}

impl Texts for Indicator {
    fn texts<'a>(&'a self, visit: &mut dyn FnMut(&'static [&'static str], &'a Text)) {
        let Indicator {
            id: _,
            label,
            value: _,
            target: _,
            unit,
            counts: _,
            status: _,
            unconfirmed: _,
            note,
            sources: _,
        } = self;
        visit(&["label"], label);
        visit_opt(visit, &["unit"], unit);
        visit_opt(visit, &["note"], note);
    }
}

impl Texts for Partner {
    fn texts<'a>(&'a self, visit: &mut dyn FnMut(&'static [&'static str], &'a Text)) {
        // `name_local` and `city` are plain strings: written in one language, never translated.
        let Partner {
            id: _,
            name,
            name_local: _,
            short_name,
            role: _,
            city: _,
            location: _,
            website: _,
            region: _,
            status: _,
            unconfirmed: _,
            note,
            sources: _,
        } = self;
        visit(&["name"], name);
        visit(&["short_name"], short_name);
        visit_opt(visit, &["note"], note);
    }
}

impl Texts for Region {
    fn texts<'a>(&'a self, visit: &mut dyn FnMut(&'static [&'static str], &'a Text)) {
        let Region {
            id: _,
            name,
            country: _,
            nuts: _,
            geometry: _,
            status: _,
            unconfirmed: _,
            note,
            sources: _,
        } = self;
        visit(&["name"], name);
        visit_opt(visit, &["note"], note);
    }
}

impl Texts for PolicyInstrument {
    fn texts<'a>(&'a self, visit: &mut dyn FnMut(&'static [&'static str], &'a Text)) {
        let PolicyInstrument {
            id: _,
            name,
            name_local: _,
            region: _,
            managing_authority,
            url: _,
            status: _,
            unconfirmed: _,
            note,
            sources: _,
        } = self;
        visit_opt(visit, &["name"], name);
        visit_opt(visit, &["managing_authority"], managing_authority);
        visit_opt(visit, &["note"], note);
    }
}

impl Texts for GoodPractice {
    fn texts<'a>(&'a self, visit: &mut dyn FnMut(&'static [&'static str], &'a Text)) {
        let GoodPractice {
            id: _,
            title,
            region: _,
            organisation,
            summary,
            url: _,
            status: _,
            unconfirmed: _,
            note,
            sources: _,
        } = self;
        visit(&["title"], title);
        visit_opt(visit, &["organisation"], organisation);
        visit_opt(visit, &["summary"], summary);
        visit_opt(visit, &["note"], note);
    }
}

impl Texts for Event {
    fn texts<'a>(&'a self, visit: &mut dyn FnMut(&'static [&'static str], &'a Text)) {
        let Event {
            id: _,
            title,
            kind: _,
            start: _,
            end: _,
            city: _,
            location: _,
            online: _,
            region: _,
            host: _,
            url: _,
            status: _,
            unconfirmed: _,
            note,
            sources: _,
        } = self;
        visit(&["title"], title);
        visit_opt(visit, &["note"], note);
    }
}

impl Texts for Source {
    fn texts<'a>(&'a self, visit: &mut dyn FnMut(&'static [&'static str], &'a Text)) {
        let Source {
            id: _,
            url: _,
            title,
            note,
        } = self;
        visit(&["title"], title);
        visit_opt(visit, &["note"], note);
    }
}

/// Checks every text written as translations against the declared languages: each declared
/// language needs a non-blank text ([`DataError::MissingTranslation`]), and each language must
/// be declared ([`DataError::UndeclaredLanguage`], at the language's key). A plain string is the
/// file's text as is, the same in every language, and is not checked.
pub(super) fn check_translations(
    file: &str,
    declared: &Arc<[String]>,
    parsed: &Parsed,
    errors: &mut Vec<DataError>,
) {
    let mut check = |record: JsonPath, texts: &dyn Texts| {
        texts.texts(&mut |field, text| {
            let Text::Translated(map) = text else {
                return;
            };
            let path = field.iter().fold(record.clone(), |path, key| path.key(key));
            for lang in declared.iter() {
                let found = map.get(lang);
                if found.is_none_or(|t| t.trim().is_empty()) {
                    errors.push(DataError::MissingTranslation {
                        at: Location::new(file, path.clone()),
                        lang: lang.clone(),
                        blank: found.is_some(),
                        declared: Arc::clone(declared),
                    });
                }
            }
            for lang in map.keys().filter(|l| !declared.contains(l)) {
                errors.push(DataError::UndeclaredLanguage {
                    at: Location::new(file, path.clone().key(lang)),
                    lang: lang.clone(),
                    suggestion: did_you_mean(lang, declared.iter().map(String::as_str))
                        .map(str::to_owned),
                    declared: Arc::clone(declared),
                });
            }
        });
    };
    if let Some(project) = &parsed.project {
        check(JsonPath::root().key("project"), project);
    }
    for (i, r) in &parsed.indicators {
        check(JsonPath::record("indicators", *i), r);
    }
    for (i, r) in &parsed.partners {
        check(JsonPath::record("partners", *i), r);
    }
    for (i, r) in &parsed.regions {
        check(JsonPath::record("regions", *i), r);
    }
    for (i, r) in &parsed.policy_instruments {
        check(JsonPath::record("policy_instruments", *i), r);
    }
    for (i, r) in &parsed.good_practices {
        check(JsonPath::record("good_practices", *i), r);
    }
    for (i, r) in &parsed.events {
        check(JsonPath::record("events", *i), r);
    }
    for (i, r) in &parsed.sources {
        check(JsonPath::record("sources", *i), r);
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use crate::data::load;
    use crate::data::model::Text;

    /// A file declaring `languages`, with the given project note, budget note and partner name
    /// (each as JSON).
    fn file(languages: &str, note: &str, budget_note: &str, partner_name: &str) -> String {
        format!(
            r#"{{
  "project": {{"name": "P", "acronym": "P", "programme": "Interreg Europe",
    "languages": {languages}, "note": {note},
    "budget": {{"note": {budget_note}}}}},
  "indicators": [], "regions": [], "policy_instruments": [], "good_practices": [],
  "events": [], "sources": [],
  "partners": [{{"id": "a", "name": {partner_name}, "short_name": "A", "role": "lead",
    "city": "Athens", "location": [23.7, 37.9]}}]
}}"#
        )
    }

    fn lines(text: &str) -> Vec<String> {
        load("f.json", text)
            .errors
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn plain_strings_count_as_written_in_every_declared_language() {
        let text = file(r#"["en", "el"]"#, r#""A note""#, r#""B""#, r#""Alpha""#);
        let loaded = load("f.json", &text);
        assert!(loaded.is_valid(), "{:?}", lines(&text));
        assert_eq!(loaded.data.project.languages, ["en", "el"]);
    }

    #[test]
    fn missing_and_undeclared_translations_keep_the_record_and_clear_the_declaration() {
        let text = file(
            r#"["en", "el"]"#,
            r#"{"en": "A note", "el": "", "fr": "Une note"}"#,
            r#"{"en": "B"}"#,
            r#"{"en": "Alpha", "el": "Άλφα"}"#,
        );
        let loaded = load("f.json", &text);
        assert_eq!(
            lines(&text),
            [
                "f.json: project.budget.note (line 4, column 24): no text in \"el\"; the file declares its texts in en, el (add \"el\": \"…\" or remove \"el\" from project.languages)",
                "f.json: project.note (line 3, column 40): the \"el\" text is blank; the file declares its texts in en, el (write the \"el\" text or remove \"el\" from project.languages)",
                "f.json: project.note.fr (line 3, column 67): \"fr\" is not one of the file's languages; the file declares its texts in en, el (add \"fr\" to project.languages or remove this text)",
            ]
        );
        assert_eq!(loaded.data.partners.len(), 1);
        assert_eq!(loaded.data.partners[0].name.resolve("el"), "Άλφα");
        let note = loaded.data.project.note.as_ref().map(|n| n.resolve("el"));
        assert_eq!(note, Some(""), "the text is kept as written");
        assert!(
            loaded.data.project.languages.is_empty(),
            "a declaration the texts do not honour is not passed on"
        );
    }

    #[test]
    fn an_honoured_declaration_is_kept() {
        let text = file(r#"["en"]"#, r#""A note""#, r#""B""#, r#"{"en": "Alpha"}"#);
        let loaded = load("f.json", &text);
        assert!(loaded.is_valid(), "{:?}", lines(&text));
        assert_eq!(loaded.data.project.languages, ["en"]);
        let name = BTreeMap::from([("en".to_owned(), "Alpha".to_owned())]);
        assert_eq!(loaded.data.partners[0].name, Text::Translated(name));
    }

    #[test]
    fn a_bad_declaration_is_reported_and_ignored_and_the_project_kept() {
        let text = file(
            r#"["en_GB", "el"]"#,
            r#""A note""#,
            r#""B""#,
            r#"{"fr": "Alpha"}"#,
        );
        let loaded = load("f.json", &text);
        assert_eq!(
            lines(&text),
            [
                "f.json: project.languages[0] (line 3, column 19): \"en_GB\" is not a language code; did you mean \"en-GB\"? use codes like \"en\", \"el\" or \"pt-BR\"",
                "f.json: project.languages (line 3, column 18): must include \"en\": the widget shows a text in English when it is not in the visitor's language",
            ]
        );
        assert_eq!(loaded.data.project.acronym, "P");
        assert!(loaded.data.project.languages.is_empty());
        assert_eq!(loaded.data.partners.len(), 1);
    }

    #[test]
    fn an_empty_declaration_declares_nothing() {
        let text = file("[]", r#""A note""#, r#""B""#, r#"{"fr": "Alpha"}"#);
        assert!(load("f.json", &text).is_valid(), "{:?}", lines(&text));
    }
}
