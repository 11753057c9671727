//! The rules of each list of the data file, one function per list: which records are kept, and
//! why the others are left out (see the [module doc](super)).

use std::collections::{HashMap, HashSet};

use super::refs::Ids;
use crate::data::error::{DataError, Location};
use crate::data::ids::CountryCode;
use crate::data::model::{
    Event, GoodPractice, Indicator, Partner, PolicyInstrument, Project, Region, Source, Status,
};
use crate::data::path::JsonPath;

/// Leaves out the later of two records with one id (ids compared as written in the file, so a
/// duplicate is found even when the first record was left out for other errors).
pub(super) fn dedupe<T>(
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
                    at: Location::new(file, JsonPath::record(list, *i).key("id")),
                    id: id.clone(),
                    first: JsonPath::record(list, *f).into(),
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

/// The kept sources, each id once.
pub(super) fn sources(
    file: &str,
    sources: Vec<(usize, Source)>,
    declared: Option<&Vec<(usize, String)>>,
    errors: &mut Vec<DataError>,
) -> Vec<Source> {
    dedupe(file, "sources", sources, declared, errors)
        .into_iter()
        .map(|(_, s)| s)
        .collect()
}

/// The kept regions: a valid country, NUTS codes inside it, at least one NUTS code.
pub(super) fn regions(
    file: &str,
    regions: Vec<(usize, Region)>,
    declared: Option<&Vec<(usize, String)>>,
    source_ids: &Ids,
    errors: &mut Vec<DataError>,
) -> Vec<Region> {
    let mut kept = Vec::new();
    for (i, mut region) in dedupe(file, "regions", regions, declared, errors) {
        let at = JsonPath::record("regions", i);
        let mut ok = true;
        match CountryCode::parse(&region.country) {
            Ok(_) => {
                for (j, code) in region.nuts.iter().enumerate() {
                    if code.country() != region.country {
                        errors.push(DataError::NutsOutsideCountry {
                            at: Location::new(file, at.clone().key("nuts").index(j)),
                            code: code.to_string(),
                            country: region.country.clone(),
                        });
                        ok = false;
                    }
                }
            }
            Err(error) => {
                errors.push(DataError::InvalidId {
                    at: Location::new(file, at.clone().key("country")),
                    error,
                });
                ok = false;
            }
        }
        if region.nuts.is_empty() {
            errors.push(DataError::EmptyList {
                at: Location::new(file, at.clone().key("nuts")),
                what: "NUTS code",
            });
            ok = false;
        }
        source_ids.cite(file, &at, &mut region.sources, errors);
        if ok {
            kept.push(region);
        }
    }
    kept
}

/// The kept partners: a partner's region, if named, must exist.
pub(super) fn partners(
    file: &str,
    partners: Vec<(usize, Partner)>,
    declared: Option<&Vec<(usize, String)>>,
    refs: &Refs<'_>,
    errors: &mut Vec<DataError>,
) -> Vec<Partner> {
    let mut kept = Vec::new();
    for (i, mut partner) in dedupe(file, "partners", partners, declared, errors) {
        let at = JsonPath::record("partners", i);
        let ok = refs
            .regions
            .optional(file, at.clone().key("region"), &mut partner.region, errors);
        refs.sources.cite(file, &at, &mut partner.sources, errors);
        if ok {
            kept.push(partner);
        }
    }
    kept
}

/// The kept policy instruments: their region must be kept, and each needs a name unless it
/// was not found.
pub(super) fn policy_instruments(
    file: &str,
    instruments: Vec<(usize, PolicyInstrument)>,
    declared: Option<&Vec<(usize, String)>>,
    refs: &Refs<'_>,
    errors: &mut Vec<DataError>,
) -> Vec<PolicyInstrument> {
    let mut kept = Vec::new();
    for (i, mut pi) in dedupe(file, "policy_instruments", instruments, declared, errors) {
        let at = JsonPath::record("policy_instruments", i);
        let mut ok =
            refs.regions
                .required(file, at.clone().key("region"), pi.region.as_str(), errors);
        if pi.name.is_none() && pi.status != Status::NotFound {
            errors.push(DataError::UnnamedInstrument {
                at: Location::new(file, at.clone()),
            });
            ok = false;
        }
        refs.sources.cite(file, &at, &mut pi.sources, errors);
        if ok {
            kept.push(pi);
        }
    }
    kept
}

/// The kept good practices: their region must be kept.
pub(super) fn good_practices(
    file: &str,
    practices: Vec<(usize, GoodPractice)>,
    declared: Option<&Vec<(usize, String)>>,
    refs: &Refs<'_>,
    errors: &mut Vec<DataError>,
) -> Vec<GoodPractice> {
    let mut kept = Vec::new();
    for (i, mut gp) in dedupe(file, "good_practices", practices, declared, errors) {
        let at = JsonPath::record("good_practices", i);
        let ok = refs
            .regions
            .required(file, at.clone().key("region"), gp.region.as_str(), errors);
        refs.sources.cite(file, &at, &mut gp.sources, errors);
        if ok {
            kept.push(gp);
        }
    }
    kept
}

/// The kept events: dates in order; region and host, if named, must exist.
pub(super) fn events(
    file: &str,
    events: Vec<(usize, Event)>,
    declared: Option<&Vec<(usize, String)>>,
    refs: &Refs<'_>,
    partner_ids: &Ids,
    errors: &mut Vec<DataError>,
) -> Vec<Event> {
    let mut kept = Vec::new();
    for (i, mut ev) in dedupe(file, "events", events, declared, errors) {
        let at = JsonPath::record("events", i);
        let mut ok = true;
        if ev.end < ev.start {
            errors.push(DataError::DatesOutOfOrder {
                at: Location::new(file, at.clone().key("end")),
                start: ev.start,
                end: ev.end,
            });
            ok = false;
        }
        ok &= refs
            .regions
            .optional(file, at.clone().key("region"), &mut ev.region, errors);
        ok &= partner_ids.optional(file, at.clone().key("host"), &mut ev.host, errors);
        refs.sources.cite(file, &at, &mut ev.sources, errors);
        if ok {
            kept.push(ev);
        }
    }
    kept
}

/// The kept indicators: only their citations are checked.
pub(super) fn indicators(
    file: &str,
    indicators: Vec<(usize, Indicator)>,
    declared: Option<&Vec<(usize, String)>>,
    source_ids: &Ids,
    errors: &mut Vec<DataError>,
) -> Vec<Indicator> {
    let mut kept = Vec::new();
    for (i, mut indicator) in dedupe(file, "indicators", indicators, declared, errors) {
        let at = JsonPath::record("indicators", i);
        source_ids.cite(file, &at, &mut indicator.sources, errors);
        kept.push(indicator);
    }
    kept
}

/// The lists most records refer to: the kept regions and sources.
pub(super) struct Refs<'a> {
    /// Ids of the kept regions.
    pub(super) regions: &'a Ids,
    /// Ids of the kept sources.
    pub(super) sources: &'a Ids,
}

/// Exactly one partner must have `"role": "lead"` (counted on the raw file, so a lead partner
/// left out for another error does not also produce "no lead partner").
pub(super) fn check_leads(
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
            at: Location::new(file, JsonPath::record("partners", *i).key("role")),
            first: format!("{} {first_id:?}", JsonPath::record("partners", *first_i)),
        });
    }
}

/// The project cannot be left out; bad dates are cleared instead, bad citations removed.
pub(super) fn check_project(
    file: &str,
    mut project: Project,
    sources: &Ids,
    errors: &mut Vec<DataError>,
) -> Project {
    if let (Some(start), Some(end)) = (project.start, project.end)
        && end < start
    {
        errors.push(DataError::DatesOutOfOrder {
            at: Location::new(file, JsonPath::root().key("project").key("end")),
            start,
            end,
        });
        project.start = None;
        project.end = None;
    }
    let at = JsonPath::root().key("project");
    sources.cite(file, &at, &mut project.sources, errors);
    if let Some(budget) = project.budget.as_mut() {
        sources.cite(file, &at.key("budget"), &mut budget.sources, errors);
    }
    project
}
