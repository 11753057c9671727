//! The rules of each list of the data file, one function per list: which records are kept, and
//! why the others are left out (see the [module doc](super)).

use std::collections::{HashMap, HashSet};

use crate::data::read::Declared;

use super::refs::Ids;
use crate::data::error::{DataError, Location};
use crate::data::ids::{CountryCode, SourceId};
use crate::data::model::{
    Event, GoodPractice, Indicator, Partner, PolicyInstrument, Project, Region, Source, Status,
};
use crate::data::path::JsonPath;

/// Records with their index in the file's list.
type Indexed<T> = Vec<(usize, T)>;

/// What every list's rules need: the file's name, the ids written in it (good records or not),
/// and where errors go.
pub(super) struct Lists<'a> {
    /// The file's name, for error locations.
    pub(super) file: &'a str,
    /// For each list, `(index, id)` of every id written in the file.
    pub(super) declared: &'a Declared,
    /// Every error found so far.
    pub(super) errors: &'a mut Vec<DataError>,
}

/// A record that cites sources by id.
pub(super) trait Cites {
    /// The record's `sources`.
    fn sources_mut(&mut self) -> &mut Vec<SourceId>;
}

macro_rules! cites {
    ($($record:ty),*) => {$(
        impl Cites for $record {
            fn sources_mut(&mut self) -> &mut Vec<SourceId> {
                &mut self.sources
            }
        }
    )*};
}

cites!(
    Indicator,
    Partner,
    Region,
    PolicyInstrument,
    GoodPractice,
    Event
);

impl Lists<'_> {
    /// The ids of `list` to check references against: `kept` are the records kept.
    pub(super) fn ids<'k>(
        &self,
        list: &'static str,
        kind: &'static str,
        kept: impl Iterator<Item = &'k str>,
    ) -> Ids {
        Ids::new(kind, kept, self.declared.get(list))
    }

    /// Leaves out the later of two records with one id (ids compared as written in the file, so
    /// a duplicate is found even when the first record was left out for other errors).
    fn dedupe<T>(&mut self, list: &str, records: Indexed<T>) -> Indexed<T> {
        let mut first: HashMap<&str, usize> = HashMap::new();
        let mut later: HashSet<usize> = HashSet::new();
        for (i, id) in self.declared.get(list).into_iter().flatten() {
            match first.get(id.as_str()) {
                Some(f) => {
                    later.insert(*i);
                    self.errors.push(DataError::DuplicateId {
                        at: Location::new(self.file, JsonPath::record(list, *i).key("id")),
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

    /// The records of `list` that pass `check` (given the file's name and each record's path), each id once;
    /// citations of sources that are not kept are removed (and reported if they do not exist),
    /// whether or not the record is kept.
    fn keep<T: Cites>(
        &mut self,
        list: &'static str,
        records: Indexed<T>,
        sources: &Ids,
        mut check: impl FnMut(&str, &JsonPath, &mut T, &mut Vec<DataError>) -> bool,
    ) -> Vec<T> {
        let mut kept = Vec::new();
        for (i, mut record) in self.dedupe(list, records) {
            let at = JsonPath::record(list, i);
            let ok = check(self.file, &at, &mut record, self.errors);
            sources.cite(self.file, &at, record.sources_mut(), self.errors);
            if ok {
                kept.push(record);
            }
        }
        kept
    }

    /// The kept sources, each id once.
    pub(super) fn sources(&mut self, sources: Indexed<Source>) -> Vec<Source> {
        let kept = self.dedupe("sources", sources);
        kept.into_iter().map(|(_, s)| s).collect()
    }

    /// The kept regions: a valid country, NUTS codes inside it, at least one NUTS code.
    pub(super) fn regions(&mut self, regions: Indexed<Region>, sources: &Ids) -> Vec<Region> {
        self.keep("regions", regions, sources, |file, at, region, errors| {
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
            ok
        })
    }

    /// The kept partners: a partner's region, if named, must exist.
    pub(super) fn partners(&mut self, records: Indexed<Partner>, refs: &Refs<'_>) -> Vec<Partner> {
        self.keep(
            "partners",
            records,
            refs.sources,
            |file, at, partner, errors| refs.optional_region(file, at, &mut partner.region, errors),
        )
    }

    /// The kept policy instruments: their region must be kept, and each needs a name unless it
    /// was not found.
    pub(super) fn policy_instruments(
        &mut self,
        records: Indexed<PolicyInstrument>,
        refs: &Refs<'_>,
    ) -> Vec<PolicyInstrument> {
        let list = "policy_instruments";
        self.keep(list, records, refs.sources, |file, at, pi, errors| {
            let mut ok = refs.region(file, at, pi.region.as_str(), errors);
            if pi.name.is_none() && pi.status != Status::NotFound {
                errors.push(DataError::UnnamedInstrument {
                    at: Location::new(file, at.clone()),
                });
                ok = false;
            }
            ok
        })
    }

    /// The kept good practices: their region must be kept.
    pub(super) fn good_practices(
        &mut self,
        records: Indexed<GoodPractice>,
        refs: &Refs<'_>,
    ) -> Vec<GoodPractice> {
        self.keep(
            "good_practices",
            records,
            refs.sources,
            |file, at, gp, errors| refs.region(file, at, gp.region.as_str(), errors),
        )
    }

    /// The kept events: dates in order; region and host (`partners`), if named, must exist.
    pub(super) fn events(
        &mut self,
        events: Indexed<Event>,
        refs: &Refs<'_>,
        partners: &Ids,
    ) -> Vec<Event> {
        self.keep("events", events, refs.sources, |file, at, ev, errors| {
            let mut ok = true;
            if ev.end < ev.start {
                errors.push(DataError::DatesOutOfOrder {
                    at: Location::new(file, at.clone().key("end")),
                    start: ev.start,
                    end: ev.end,
                });
                ok = false;
            }
            ok &= refs.optional_region(file, at, &mut ev.region, errors);
            ok &= partners.optional(file, at.clone().key("host"), &mut ev.host, errors);
            ok
        })
    }

    /// The kept indicators: only their citations are checked.
    pub(super) fn indicators(
        &mut self,
        indicators: Indexed<Indicator>,
        sources: &Ids,
    ) -> Vec<Indicator> {
        self.keep("indicators", indicators, sources, |_, _, _, _| true)
    }
}

/// The lists most records refer to: the kept regions and sources.
pub(super) struct Refs<'a> {
    /// Ids of the kept regions.
    pub(super) regions: &'a Ids,
    /// Ids of the kept sources.
    pub(super) sources: &'a Ids,
}

impl Refs<'_> {
    /// Checks the `region` of the record at `at`, which it cannot do without; false means leave
    /// the record out.
    fn region(&self, file: &str, at: &JsonPath, id: &str, errors: &mut Vec<DataError>) -> bool {
        self.regions
            .required(file, at.clone().key("region"), id, errors)
    }

    /// Checks the optional `region` of the record at `at` (see [`Ids::optional`]).
    fn optional_region<T: AsRef<str>>(
        &self,
        file: &str,
        at: &JsonPath,
        id: &mut Option<T>,
        errors: &mut Vec<DataError>,
    ) -> bool {
        self.regions
            .optional(file, at.clone().key("region"), id, errors)
    }
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
