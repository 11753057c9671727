//! Rules across records: unique ids, references that resolve, one lead partner, ordered dates,
//! NUTS codes inside their region's country, and regions that have a shape in the geometry.
//!
//! Which records are kept (so the widget can draw all it can, and never meets a dangling id):
//! - a record with an error of its own is left out (the reader already dropped badly typed ones);
//! - of two records with the same id, the later one is left out;
//! - a record whose region or host partner does not exist is left out; if the target exists but
//!   was left out for its own errors, a required reference (a practice's or instrument's region)
//!   leaves the record out too ([`DataError::BrokenReference`]), an optional one (a partner's or
//!   event's region, an event's host) is cleared without a second message;
//! - a citation of an unknown source is reported and removed, the record is kept: a bad citation
//!   does not make the fact undrawable;
//! - two lead partners are reported but both kept (which one is right is the editor's call).
//!
//! So every id in a loaded [`DataFile`] resolves, whatever the file held.
//!
//! Languages (`check_declaration`, `check_translations`): `project.languages` declares the
//! languages of the file's texts. A declaration that is not usable (a malformed or repeated code,
//! no `"en"`) is reported and cleared, the project kept. A usable one is checked against every text
//! written as translations: a declared language without a text, and a language not declared, are
//! reported; no record is left out (the widget shows the text in English), but the loaded
//! project's `languages` is cleared. So a loaded [`DataFile`]'s `project.languages` is either
//! empty or honoured by every text, whatever the file held.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::error::{DataError, Location};
use crate::ids::{CountryCode, SourceId};
use crate::model::{
    Budget, DataFile, Event, GoodPractice, Indicator, Partner, PolicyInstrument, Project, Region,
    Source, Status, Text, is_language_tag,
};
use crate::read::{Parsed, Seg, push_segment};
use crate::suggest::did_you_mean;

/// Largest id list that "did you mean" suggestions search.
const SUGGEST_LIMIT: usize = 1_000;

/// Outcome of resolving one reference.
enum Resolved {
    Ok,
    Unknown,
    Broken,
}

/// The ids of one list: the records kept, and every id written in the file.
struct Ids {
    kind: &'static str,
    kept: Arc<[String]>,
    kept_set: HashSet<String>,
    declared: HashSet<String>,
}

impl Ids {
    fn new<'a>(
        kind: &'static str,
        kept: impl Iterator<Item = &'a str>,
        declared: Option<&Vec<(usize, String)>>,
    ) -> Self {
        let kept: Arc<[String]> = kept.map(str::to_owned).collect();
        Self {
            kind,
            kept_set: kept.iter().cloned().collect(),
            kept,
            declared: declared
                .into_iter()
                .flatten()
                .map(|(_, id)| id.clone())
                .collect(),
        }
    }

    fn resolve(&self, id: &str) -> Resolved {
        if self.kept_set.contains(id) {
            Resolved::Ok
        } else if self.declared.contains(id) {
            Resolved::Broken
        } else {
            Resolved::Unknown
        }
    }

    fn unknown(&self, file: &str, path: String, id: &str) -> DataError {
        DataError::UnknownReference {
            at: Location::new(file, path),
            kind: self.kind,
            id: id.to_owned(),
            // Suggestions cost an edit distance per id; past SUGGEST_LIMIT ids (a generated file,
            // not a hand-written one) they are skipped so many errors cannot cost quadratic time.
            suggestion: (self.kept.len() <= SUGGEST_LIMIT)
                .then(|| did_you_mean(id, self.kept.iter().map(String::as_str)))
                .flatten()
                .map(str::to_owned),
            known: Arc::clone(&self.kept),
        }
    }

    /// Checks a reference the record cannot do without; false means leave the record out.
    fn required(&self, file: &str, path: String, id: &str, errors: &mut Vec<DataError>) -> bool {
        match self.resolve(id) {
            Resolved::Ok => true,
            Resolved::Unknown => {
                errors.push(self.unknown(file, path, id));
                false
            }
            Resolved::Broken => {
                errors.push(DataError::BrokenReference {
                    at: Location::new(file, path),
                    kind: self.kind,
                    id: id.to_owned(),
                });
                false
            }
        }
    }

    /// Checks an optional reference: clears it if its target was left out; false (leave the
    /// record out) if the target does not exist at all.
    fn optional<T: AsRef<str>>(
        &self,
        file: &str,
        path: String,
        id: &mut Option<T>,
        errors: &mut Vec<DataError>,
    ) -> bool {
        let Some(target) = id.as_ref() else {
            return true;
        };
        match self.resolve(target.as_ref()) {
            Resolved::Ok => true,
            Resolved::Broken => {
                *id = None;
                true
            }
            Resolved::Unknown => {
                errors.push(self.unknown(file, path, target.as_ref()));
                false
            }
        }
    }

    /// Removes citations of sources that are not kept; reports those that do not exist.
    fn cite(
        &self,
        file: &str,
        prefix: &str,
        sources: &mut Vec<SourceId>,
        errors: &mut Vec<DataError>,
    ) {
        let mut j = 0;
        sources.retain(|s| {
            let keep = match self.resolve(s.as_str()) {
                Resolved::Ok => true,
                Resolved::Broken => false,
                Resolved::Unknown => {
                    errors.push(self.unknown(file, format!("{prefix}.sources[{j}]"), s.as_str()));
                    false
                }
            };
            j += 1;
            keep
        });
    }
}

/// Leaves out the later of two records with one id (ids compared as written in the file, so a
/// duplicate is found even when the first record was left out for other errors).
fn dedupe<T>(
    file: &str,
    list: &str,
    records: Vec<(usize, T)>,
    declared: Option<&Vec<(usize, String)>>,
    errors: &mut Vec<DataError>,
) -> Vec<(usize, T)> {
    let mut first: HashMap<&str, usize> = HashMap::new();
    let mut later: HashSet<usize> = HashSet::new();
    for (i, id) in declared.into_iter().flatten() {
        match first.get(id.as_str()) {
            Some(f) => {
                later.insert(*i);
                errors.push(DataError::DuplicateId {
                    at: Location::new(file, format!("{list}[{i}].id")),
                    id: id.clone(),
                    first: format!("{list}[{f}]"),
                });
            }
            None => {
                first.insert(id, *i);
            }
        }
    }
    records
        .into_iter()
        .filter(|(i, _)| !later.contains(i))
        .collect()
}

/// Applies the cross-record rules to what the reader found and builds the data the widget gets.
pub(crate) fn validate(file: &str, mut parsed: Parsed, errors: &mut Vec<DataError>) -> DataFile {
    // Texts are checked on every record the reader kept, before any is left out below, so that
    // fixing a reference does not reveal new language errors; they are reported last.
    let mut language_errors = Vec::new();
    if let Some(declared) = check_declaration(file, parsed.project.as_mut(), errors) {
        check_translations(file, &declared, &parsed, &mut language_errors);
    }
    let Parsed {
        schema,
        project,
        indicators,
        partners,
        regions,
        policy_instruments,
        good_practices,
        events,
        sources,
        declared,
        has_partners,
        leads,
    } = parsed;
    let sources = dedupe(file, "sources", sources, declared.get("sources"), errors);
    let source_ids = Ids::new(
        "source",
        sources.iter().map(|(_, s)| s.id.as_str()),
        declared.get("sources"),
    );

    let mut regions_kept = Vec::new();
    for (i, mut region) in dedupe(file, "regions", regions, declared.get("regions"), errors) {
        let mut ok = true;
        match CountryCode::parse(&region.country) {
            Ok(_) => {
                for (j, code) in region.nuts.iter().enumerate() {
                    if code.country() != region.country {
                        errors.push(DataError::NutsOutsideCountry {
                            at: Location::new(file, format!("regions[{i}].nuts[{j}]")),
                            code: code.to_string(),
                            country: region.country.clone(),
                        });
                        ok = false;
                    }
                }
            }
            Err(error) => {
                errors.push(DataError::InvalidId {
                    at: Location::new(file, format!("regions[{i}].country")),
                    error,
                });
                ok = false;
            }
        }
        if region.nuts.is_empty() {
            errors.push(DataError::EmptyList {
                at: Location::new(file, format!("regions[{i}].nuts")),
                what: "NUTS code",
            });
            ok = false;
        }
        source_ids.cite(file, &format!("regions[{i}]"), &mut region.sources, errors);
        if ok {
            regions_kept.push(region);
        }
    }
    let region_ids = Ids::new(
        "region",
        regions_kept.iter().map(|r| r.id.as_str()),
        declared.get("regions"),
    );

    check_leads(file, has_partners, &leads, errors);
    let mut partners_kept = Vec::new();
    for (i, mut partner) in dedupe(file, "partners", partners, declared.get("partners"), errors) {
        let ok = region_ids.optional(
            file,
            format!("partners[{i}].region"),
            &mut partner.region,
            errors,
        );
        source_ids.cite(
            file,
            &format!("partners[{i}]"),
            &mut partner.sources,
            errors,
        );
        if ok {
            partners_kept.push(partner);
        }
    }
    let partner_ids = Ids::new(
        "partner",
        partners_kept.iter().map(|p| p.id.as_str()),
        declared.get("partners"),
    );

    let mut instruments_kept = Vec::new();
    for (i, mut pi) in dedupe(
        file,
        "policy_instruments",
        policy_instruments,
        declared.get("policy_instruments"),
        errors,
    ) {
        let mut ok = region_ids.required(
            file,
            format!("policy_instruments[{i}].region"),
            pi.region.as_str(),
            errors,
        );
        if pi.name.is_none() && pi.status != Status::NotFound {
            errors.push(DataError::UnnamedInstrument {
                at: Location::new(file, format!("policy_instruments[{i}]")),
            });
            ok = false;
        }
        source_ids.cite(
            file,
            &format!("policy_instruments[{i}]"),
            &mut pi.sources,
            errors,
        );
        if ok {
            instruments_kept.push(pi);
        }
    }

    let mut practices_kept = Vec::new();
    for (i, mut gp) in dedupe(
        file,
        "good_practices",
        good_practices,
        declared.get("good_practices"),
        errors,
    ) {
        let ok = region_ids.required(
            file,
            format!("good_practices[{i}].region"),
            gp.region.as_str(),
            errors,
        );
        source_ids.cite(
            file,
            &format!("good_practices[{i}]"),
            &mut gp.sources,
            errors,
        );
        if ok {
            practices_kept.push(gp);
        }
    }

    let mut events_kept = Vec::new();
    for (i, mut ev) in dedupe(file, "events", events, declared.get("events"), errors) {
        let mut ok = true;
        if ev.end < ev.start {
            errors.push(DataError::DatesOutOfOrder {
                at: Location::new(file, format!("events[{i}].end")),
                start: ev.start,
                end: ev.end,
            });
            ok = false;
        }
        ok &= region_ids.optional(file, format!("events[{i}].region"), &mut ev.region, errors);
        ok &= partner_ids.optional(file, format!("events[{i}].host"), &mut ev.host, errors);
        source_ids.cite(file, &format!("events[{i}]"), &mut ev.sources, errors);
        if ok {
            events_kept.push(ev);
        }
    }

    let mut indicators_kept = Vec::new();
    for (i, mut indicator) in dedupe(
        file,
        "indicators",
        indicators,
        declared.get("indicators"),
        errors,
    ) {
        source_ids.cite(
            file,
            &format!("indicators[{i}]"),
            &mut indicator.sources,
            errors,
        );
        indicators_kept.push(indicator);
    }

    let mut project = project.map(|p| check_project(file, p, &source_ids, errors));
    if !language_errors.is_empty()
        && let Some(p) = project.as_mut()
    {
        p.languages.clear();
    }
    errors.append(&mut language_errors);

    DataFile {
        schema,
        project: project.unwrap_or_default(),
        indicators: indicators_kept,
        partners: partners_kept,
        regions: regions_kept,
        policy_instruments: instruments_kept,
        good_practices: practices_kept,
        events: events_kept,
        sources: sources.into_iter().map(|(_, s)| s).collect(),
    }
}

/// Exactly one partner must have `"role": "lead"` (counted on the raw file, so a lead partner
/// left out for another error does not also produce "no lead partner").
fn check_leads(
    file: &str,
    has_partners: bool,
    leads: &[(usize, String)],
    errors: &mut Vec<DataError>,
) {
    if !has_partners {
        return;
    }
    let Some((first_i, first_id)) = leads.first() else {
        errors.push(DataError::NoLeadPartner {
            at: Location::new(file, "partners"),
        });
        return;
    };
    for (i, _) in leads.iter().skip(1) {
        errors.push(DataError::SecondLeadPartner {
            at: Location::new(file, format!("partners[{i}].role")),
            first: format!("partners[{first_i}] {first_id:?}"),
        });
    }
}

/// The project cannot be left out; bad dates are cleared instead, bad citations removed.
fn check_project(
    file: &str,
    mut project: Project,
    sources: &Ids,
    errors: &mut Vec<DataError>,
) -> Project {
    if let (Some(start), Some(end)) = (project.start, project.end)
        && end < start
    {
        errors.push(DataError::DatesOutOfOrder {
            at: Location::new(file, "project.end"),
            start,
            end,
        });
        project.start = None;
        project.end = None;
    }
    sources.cite(file, "project", &mut project.sources, errors);
    if let Some(budget) = project.budget.as_mut() {
        sources.cite(file, "project.budget", &mut budget.sources, errors);
    }
    project
}

/// Checks the project's `languages`: BCP 47 codes, each once, `"en"` among them (English is
/// what the widget falls back to). Returns the declaration to check texts against; `None` when
/// there is none, or when it is not usable: then it is reported and cleared, the project kept.
fn check_declaration(
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
    for (i, lang) in languages.iter().enumerate() {
        let at = Location::new(file, format!("project.languages[{i}]"));
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
                    "duplicate language {lang:?}; project.languages[{first}] already lists it"
                ),
            });
        }
    }
    // A miswritten "EN" is reported above with its fix; "must include" would only repeat it.
    if !languages.iter().any(|l| l.eq_ignore_ascii_case("en")) {
        errors.push(DataError::InvalidValue {
            at: Location::new(file, "project.languages"),
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
trait Texts {
    /// Calls `visit` with the JSON path of each text below the record, and the text.
    fn texts<'a>(&'a self, visit: &mut dyn FnMut(&'static str, &'a Text));
}

/// Visits an optional text, if present.
fn visit_opt<'a>(
    visit: &mut dyn FnMut(&'static str, &'a Text),
    field: &'static str,
    text: &'a Option<Text>,
) {
    if let Some(text) = text {
        visit(field, text);
    }
}

impl Texts for Project {
    fn texts<'a>(&'a self, visit: &mut dyn FnMut(&'static str, &'a Text)) {
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
            languages: _,
            status: _,
            unconfirmed: _,
            note,
            sources: _,
        } = self;
        visit("name", name);
        visit("programme", programme);
        if let Some(Budget {
            total_eur: _,
            erdf_eur: _,
            status: _,
            unconfirmed: _,
            note,
            sources: _,
        }) = budget
        {
            visit_opt(visit, "budget.note", note);
        }
        visit_opt(visit, "note", note);
    }
}

impl Texts for Indicator {
    fn texts<'a>(&'a self, visit: &mut dyn FnMut(&'static str, &'a Text)) {
        let Indicator {
            id: _,
            label,
            value: _,
            target: _,
            unit,
            status: _,
            unconfirmed: _,
            note,
            sources: _,
        } = self;
        visit("label", label);
        visit_opt(visit, "unit", unit);
        visit_opt(visit, "note", note);
    }
}

impl Texts for Partner {
    fn texts<'a>(&'a self, visit: &mut dyn FnMut(&'static str, &'a Text)) {
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
        visit("name", name);
        visit("short_name", short_name);
        visit_opt(visit, "note", note);
    }
}

impl Texts for Region {
    fn texts<'a>(&'a self, visit: &mut dyn FnMut(&'static str, &'a Text)) {
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
        visit("name", name);
        visit_opt(visit, "note", note);
    }
}

impl Texts for PolicyInstrument {
    fn texts<'a>(&'a self, visit: &mut dyn FnMut(&'static str, &'a Text)) {
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
        visit_opt(visit, "name", name);
        visit_opt(visit, "managing_authority", managing_authority);
        visit_opt(visit, "note", note);
    }
}

impl Texts for GoodPractice {
    fn texts<'a>(&'a self, visit: &mut dyn FnMut(&'static str, &'a Text)) {
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
        visit("title", title);
        visit_opt(visit, "organisation", organisation);
        visit_opt(visit, "summary", summary);
        visit_opt(visit, "note", note);
    }
}

impl Texts for Event {
    fn texts<'a>(&'a self, visit: &mut dyn FnMut(&'static str, &'a Text)) {
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
        visit("title", title);
        visit_opt(visit, "note", note);
    }
}

impl Texts for Source {
    fn texts<'a>(&'a self, visit: &mut dyn FnMut(&'static str, &'a Text)) {
        let Source {
            id: _,
            url: _,
            title,
            note,
        } = self;
        visit("title", title);
        visit_opt(visit, "note", note);
    }
}

/// Checks every text written as translations against the declared languages: each declared
/// language needs a non-blank text ([`DataError::MissingTranslation`]), and each language must
/// be declared ([`DataError::UndeclaredLanguage`], at the language's key). A plain string is the
/// file's text as is, the same in every language, and is not checked.
fn check_translations(
    file: &str,
    declared: &Arc<[String]>,
    parsed: &Parsed,
    errors: &mut Vec<DataError>,
) {
    let mut check = |record: String, texts: &dyn Texts| {
        texts.texts(&mut |field, text| {
            let Text::Translated(map) = text else {
                return;
            };
            let path = format!("{record}.{field}");
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
                let mut at = path.clone();
                push_segment(&mut at, Seg::Key(lang));
                errors.push(DataError::UndeclaredLanguage {
                    at: Location::new(file, at),
                    lang: lang.clone(),
                    suggestion: did_you_mean(lang, declared.iter().map(String::as_str))
                        .map(str::to_owned),
                    declared: Arc::clone(declared),
                });
            }
        });
    };
    if let Some(project) = &parsed.project {
        check("project".to_owned(), project);
    }
    for (i, r) in &parsed.indicators {
        check(format!("indicators[{i}]"), r);
    }
    for (i, r) in &parsed.partners {
        check(format!("partners[{i}]"), r);
    }
    for (i, r) in &parsed.regions {
        check(format!("regions[{i}]"), r);
    }
    for (i, r) in &parsed.policy_instruments {
        check(format!("policy_instruments[{i}]"), r);
    }
    for (i, r) in &parsed.good_practices {
        check(format!("good_practices[{i}]"), r);
    }
    for (i, r) in &parsed.events {
        check(format!("events[{i}]"), r);
    }
    for (i, r) in &parsed.sources {
        check(format!("sources[{i}]"), r);
    }
}

/// Regions whose shape (`geometry`, else `id`) is not among `shape_ids`.
///
/// Paths index `data.regions`, which equal the file's indices when [`crate::load`] left no
/// region out; positions are unknown here (no text), see [`crate::locate`].
pub fn check_geometry(
    file: &str,
    data: &crate::model::DataFile,
    shape_ids: &[&str],
) -> Vec<DataError> {
    let known: Arc<[String]> = shape_ids.iter().map(|s| (*s).to_owned()).collect();
    let set: HashSet<&str> = shape_ids.iter().copied().collect();
    data.regions
        .iter()
        .enumerate()
        .filter(|(_, r)| !set.contains(r.geometry_id().as_str()))
        .map(|(i, r)| {
            let field = if r.geometry.is_some() {
                "geometry"
            } else {
                "id"
            };
            let mut at = Location::new(file, format!("regions[{i}].{field}"));
            at.record = Some(format!("region {:?}", r.id.as_str()));
            DataError::MissingGeometry {
                at,
                id: r.geometry_id().to_string(),
                known: Arc::clone(&known),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use crate::load;
    use crate::model::Text;

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
