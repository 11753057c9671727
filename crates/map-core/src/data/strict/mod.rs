//! The fast path for a data file: [`read_valid`] gives the data of a file that has no problem at
//! all, and says nothing about one that has.
//!
//! Why a second reading beside [`load`](crate::data::load()): a visitor's browser reads a correct
//! file on every visit, and never needs the messages, JSON paths, line and column, suggestions
//! and partial data that `load` produces for a broken one. In the release wasm `load` with its
//! reader, validator and messages was 56 KB of code (twiggy: `data::read` 29 KB, `validate`
//! 16 KB, `span`, `suggest`, `error`, `path` 6 KB, plus their texts); this reading by shape
//! (`shape.rs`) and the boolean checks below are about 9 KB. Reading with serde's derives
//! instead was tried: 62 KB of monomorphised visitors, no gain. A file this refuses goes to
//! `load` (in the browser: the diagnostic wasm module, `crates/diagnose`), which says what is
//! wrong.
//!
//! The contract, tested on the whole fixture corpus and on thousands of mutations of the SECON
//! file (`tests/strict.rs`): whenever `read_valid` gives data, `load` finds no problem and gives
//! the same data. The other way round is only a matter of speed (a file `load` accepts may still
//! be refused here, e.g. one with an escaped key; it then takes the slow path).
//!
//! Each check mirrors a rule of the reader (`read/`) or the validator (`validate/`); the record
//! checks destructure their records without `..`, so a field added to the model does not compile
//! until it is listed here too.

mod shape;

use std::collections::HashSet;

use serde_json::Value;

use crate::data::error::MAX_COUNT;
use crate::data::ids::{CountryCode, PartnerId, RegionId, SourceId};
use crate::data::model::{
    Budget, DataFile, Event, GoodPractice, Indicator, Partner, PolicyInstrument, Project, Region,
    Role, Source, Status, Text, TourSeconds, is_language_tag,
};
use crate::data::validate::languages::Texts;

use shape::Shape;

/// The data of `text` when it is a data file without any problem `load` would report (the
/// geometry apart: see [`crate::data::validate::check_geometry`]); `None` otherwise.
///
/// Never panics. A leading byte-order mark is ignored, as `load` ignores it.
pub fn read_valid(text: &str) -> Option<DataFile> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root: Value = serde_json::from_str(text).ok()?;
    let data = DataFile::read(&root)?;
    (keys_once(text) && is_valid(&data)).then_some(data)
}

/// The data part of a [`Diagnosis`](crate::data::Diagnosis)'s JSON, read by shape alone.
pub(crate) fn read_shape(value: &Value) -> Option<DataFile> {
    DataFile::read(value)
}

/// True when no object of the (well-formed) JSON `text` has a key twice, which a parsed `Value`
/// hides (it keeps the last) and `load` reports. One pass over the text; a key with an escape in
/// it counts as a repeat (the slow path then reads it exactly).
fn keys_once(text: &str) -> bool {
    let bytes = text.as_bytes();
    // Open containers: the keys of an object so far, `None` for a list.
    let mut stack: Vec<Option<Vec<&str>>> = Vec::new();
    let mut expect_key = false;
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'"' => {
                let start = i + 1;
                let mut end = start;
                let mut escaped = false;
                while let Some(&c) = bytes.get(end) {
                    match c {
                        b'"' => break,
                        b'\\' => {
                            escaped = true;
                            end += 2;
                        }
                        _ => end += 1,
                    }
                }
                if expect_key && let Some(Some(keys)) = stack.last_mut() {
                    let key = text.get(start..end).unwrap_or_default();
                    if escaped || keys.contains(&key) {
                        return false;
                    }
                    keys.push(key);
                }
                expect_key = false;
                i = end;
            }
            b'{' => {
                stack.push(Some(Vec::new()));
                expect_key = true;
            }
            b'[' => stack.push(None),
            b'}' | b']' => {
                stack.pop();
                expect_key = false;
            }
            b',' => expect_key = matches!(stack.last(), Some(Some(_))),
            _ => {}
        }
        i += 1;
    }
    true
}

/// The ids of one list, if each is there once.
fn unique<'a>(ids: impl Iterator<Item = &'a str>) -> Option<HashSet<&'a str>> {
    let mut set = HashSet::new();
    ids.into_iter().all(|id| set.insert(id)).then_some(set)
}

/// What every record's check needs: the ids that references may name.
struct Known<'a> {
    regions: HashSet<&'a str>,
    partners: HashSet<&'a str>,
    sources: HashSet<&'a str>,
}

impl Known<'_> {
    fn region(&self, id: &RegionId) -> bool {
        self.regions.contains(id.as_str())
    }
    fn optional_region(&self, id: &Option<RegionId>) -> bool {
        id.as_ref().is_none_or(|id| self.region(id))
    }
    fn host(&self, id: &Option<PartnerId>) -> bool {
        id.as_ref()
            .is_none_or(|id| self.partners.contains(id.as_str()))
    }
    fn cites(&self, sources: &[SourceId]) -> bool {
        sources.iter().all(|s| self.sources.contains(s.as_str()))
    }
}

fn is_valid(data: &DataFile) -> bool {
    let DataFile {
        schema,
        project,
        indicators,
        partners,
        regions,
        policy_instruments,
        good_practices,
        events,
        sources,
    } = data;
    let ids = || {
        // Ids the lists without references only need to hold once.
        unique(indicators.iter().map(|r| r.id.as_str()))?;
        unique(policy_instruments.iter().map(|r| r.id.as_str()))?;
        unique(good_practices.iter().map(|r| r.id.as_str()))?;
        unique(events.iter().map(|r| r.id.as_str()))?;
        Some(Known {
            regions: unique(regions.iter().map(|r| r.id.as_str()))?,
            partners: unique(partners.iter().map(|r| r.id.as_str()))?,
            sources: unique(sources.iter().map(|r| r.id.as_str()))?,
        })
    };
    let Some(known) = ids() else {
        return false;
    };
    let leads = partners.iter().filter(|p| p.role == Role::Lead).count();
    schema.as_deref().is_none_or(filled)
        && leads == 1
        && project.ok(&known)
        && indicators.iter().all(|r| r.ok(&known))
        && partners.iter().all(|r| r.ok(&known))
        && regions.iter().all(|r| r.ok(&known))
        && policy_instruments.iter().all(|r| r.ok(&known))
        && good_practices.iter().all(|r| r.ok(&known))
        && events.iter().all(|r| r.ok(&known))
        && sources.iter().all(|r| r.ok(&known))
        && languages_ok(data)
}

/// A string field as the reader takes it: not blank.
fn filled(s: &str) -> bool {
    !s.trim().is_empty()
}

fn filled_opt(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(filled)
}

fn count(n: u64) -> bool {
    n <= MAX_COUNT
}

fn count_opt(n: Option<u64>) -> bool {
    n.is_none_or(count)
}

/// `[longitude, latitude]` within −180..=180 and −90..=90.
fn location(&[lon, lat]: &[f64; 2]) -> bool {
    (-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat)
}

/// `unconfirmed` names only fields of the record (its facts: not `id` and not the meta fields).
fn unconfirmed_in(unconfirmed: &[String], facts: &[&str]) -> bool {
    unconfirmed
        .iter()
        .all(|name| facts.contains(&name.as_str()))
}

/// Every text of a record is not blank (the reader's rule for a text; translations are checked
/// against the declared languages in [`languages_ok`]).
fn texts_filled(record: &dyn Texts) -> bool {
    let mut ok = true;
    record.texts(&mut |_, text| ok &= !text.is_blank());
    ok
}

/// A record's own rules and its references.
trait Check {
    fn ok(&self, known: &Known<'_>) -> bool;
}

impl Check for Project {
    fn ok(&self, known: &Known<'_>) -> bool {
        let Project {
            name: _,
            acronym,
            programme: _,
            number,
            start,
            end,
            website: _,
            budget,
            tour_seconds,
            indicators_note: _,
            languages,
            status: _,
            unconfirmed,
            note: _,
            sources,
        } = self;
        let facts = [
            "name",
            "acronym",
            "programme",
            "number",
            "start",
            "end",
            "website",
            "budget",
            "tour_seconds",
            "indicators_note",
            "languages",
        ];
        let dates = match (start, end) {
            (Some(start), Some(end)) => start <= end,
            _ => true,
        };
        texts_filled(self)
            && filled(acronym)
            && filled_opt(number)
            && dates
            && budget.as_ref().is_none_or(|b| b.ok(known))
            && tour_seconds.is_none_or(|TourSeconds(s)| (1..=600).contains(&s))
            && languages.iter().all(|l| filled(l))
            && unconfirmed_in(unconfirmed, &facts)
            && known.cites(sources)
    }
}

impl Check for Budget {
    fn ok(&self, known: &Known<'_>) -> bool {
        let Budget {
            total_eur,
            erdf_eur,
            status: _,
            unconfirmed,
            note: _,
            sources,
        } = self;
        count_opt(*total_eur)
            && count_opt(*erdf_eur)
            && unconfirmed_in(unconfirmed, &["total_eur", "erdf_eur"])
            && known.cites(sources)
    }
}

impl Check for Indicator {
    fn ok(&self, known: &Known<'_>) -> bool {
        let Indicator {
            id: _,
            label: _,
            value,
            target,
            unit: _,
            counts: _,
            status: _,
            unconfirmed,
            note: _,
            sources,
        } = self;
        texts_filled(self)
            && count(*value)
            && count_opt(*target)
            && unconfirmed_in(unconfirmed, &["label", "value", "target", "unit", "counts"])
            && known.cites(sources)
    }
}

impl Check for Partner {
    fn ok(&self, known: &Known<'_>) -> bool {
        let Partner {
            id: _,
            name: _,
            name_local,
            short_name: _,
            role: _,
            city,
            location: seat,
            website: _,
            region,
            status: _,
            unconfirmed,
            note: _,
            sources,
        } = self;
        let facts = [
            "name",
            "name_local",
            "short_name",
            "role",
            "city",
            "location",
            "website",
            "region",
        ];
        texts_filled(self)
            && filled_opt(name_local)
            && filled(city)
            && location(seat)
            && known.optional_region(region)
            && unconfirmed_in(unconfirmed, &facts)
            && known.cites(sources)
    }
}

impl Check for Region {
    fn ok(&self, known: &Known<'_>) -> bool {
        let Region {
            id: _,
            name: _,
            country,
            nuts,
            geometry: _,
            status: _,
            unconfirmed,
            note: _,
            sources,
        } = self;
        texts_filled(self)
            && CountryCode::parse(country).is_ok()
            && !nuts.is_empty()
            && nuts.iter().all(|code| code.country() == country)
            && unconfirmed_in(unconfirmed, &["name", "country", "nuts", "geometry"])
            && known.cites(sources)
    }
}

impl Check for PolicyInstrument {
    fn ok(&self, known: &Known<'_>) -> bool {
        let PolicyInstrument {
            id: _,
            name,
            name_local,
            region,
            managing_authority: _,
            url: _,
            status,
            unconfirmed,
            note: _,
            sources,
        } = self;
        let facts = ["name", "name_local", "region", "managing_authority", "url"];
        texts_filled(self)
            && filled_opt(name_local)
            && (name.is_some() || *status == Status::NotFound)
            && known.region(region)
            && unconfirmed_in(unconfirmed, &facts)
            && known.cites(sources)
    }
}

impl Check for GoodPractice {
    fn ok(&self, known: &Known<'_>) -> bool {
        let GoodPractice {
            id: _,
            title: _,
            region,
            organisation: _,
            summary: _,
            url: _,
            status: _,
            unconfirmed,
            note: _,
            sources,
        } = self;
        let facts = ["title", "region", "organisation", "summary", "url"];
        texts_filled(self)
            && known.region(region)
            && unconfirmed_in(unconfirmed, &facts)
            && known.cites(sources)
    }
}

impl Check for Event {
    fn ok(&self, known: &Known<'_>) -> bool {
        let Event {
            id: _,
            title: _,
            kind: _,
            start,
            end,
            city,
            location: place,
            online: _,
            region,
            host,
            url: _,
            status: _,
            unconfirmed,
            note: _,
            sources,
        } = self;
        let facts = [
            "title", "kind", "start", "end", "city", "location", "online", "region", "host", "url",
        ];
        texts_filled(self)
            && start <= end
            && filled_opt(city)
            && place.as_ref().is_none_or(location)
            && known.optional_region(region)
            && known.host(host)
            && unconfirmed_in(unconfirmed, &facts)
            && known.cites(sources)
    }
}

impl Check for Source {
    fn ok(&self, _: &Known<'_>) -> bool {
        let Source {
            id: _,
            url: _,
            title: _,
            note: _,
        } = self;
        texts_filled(self)
    }
}

/// The project's `languages`: empty, or codes given once with `"en"` among them, honoured by
/// every text written as translations (each declared language non-blank, no other).
fn languages_ok(data: &DataFile) -> bool {
    let declared = &data.project.languages;
    if declared.is_empty() {
        return true;
    }
    let codes_ok = declared.iter().all(|l| is_language_tag(l))
        && unique(declared.iter().map(String::as_str)).is_some()
        && declared.iter().any(|l| l == "en");
    if !codes_ok {
        return false;
    }
    let mut ok = true;
    let mut check = |record: &dyn Texts| {
        record.texts(&mut |_, text| {
            if let Text::Translated(map) = text {
                ok &= map.len() == declared.len()
                    && declared
                        .iter()
                        .all(|l| map.get(l).is_some_and(|t| filled(t)));
            }
        });
    };
    check(&data.project);
    data.indicators.iter().for_each(|r| check(r));
    data.partners.iter().for_each(|r| check(r));
    data.regions.iter().for_each(|r| check(r));
    data.policy_instruments.iter().for_each(|r| check(r));
    data.good_practices.iter().for_each(|r| check(r));
    data.events.iter().for_each(|r| check(r));
    data.sources.iter().for_each(|r| check(r));
    ok
}
