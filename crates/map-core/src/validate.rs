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

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::error::{DataError, Location};
use crate::ids::{CountryCode, SourceId};
use crate::model::{DataFile, Project, Status};
use crate::read::Parsed;
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
pub(crate) fn validate(file: &str, parsed: Parsed, errors: &mut Vec<DataError>) -> DataFile {
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

    let project = project.map(|p| check_project(file, p, &source_ids, errors));

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
