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
//! Languages (module `languages`): `project.languages` declares the languages of the file's
//! texts. A declaration that is not usable (a malformed or repeated code,
//! no `"en"`) is reported and cleared, the project kept. A usable one is checked against every text
//! written as translations: a declared language without a text, and a language not declared, are
//! reported; no record is left out (the widget shows the text in English), but the loaded
//! project's `languages` is cleared. So a loaded [`DataFile`]'s `project.languages` is either
//! empty or honoured by every text, whatever the file held.
//!
//! One function per list (module `lists`), reference resolution (`refs`). Regions against the
//! geometry file are checked apart, by [`check_geometry`].

mod geometry;
pub(crate) mod languages;
mod lists;
mod refs;

use crate::data::error::DataError;
use crate::data::model::DataFile;
use crate::data::read::Parsed;

pub use geometry::check_geometry;
use lists::{Lists, Refs};

/// Applies the cross-record rules to what the reader found and builds the data the widget gets.
///
/// Lists are checked in the order their references need: sources and regions first (most
/// records cite or name them), then partners (events name a host), then the rest.
pub(crate) fn validate(file: &str, mut parsed: Parsed, errors: &mut Vec<DataError>) -> DataFile {
    // Texts are checked on every record the reader kept, before any is left out below, so that
    // fixing a reference does not reveal new language errors; they are reported last.
    let mut language_errors = Vec::new();
    if let Some(declared) = languages::check_declaration(file, parsed.project.as_mut(), errors) {
        languages::check_translations(file, &declared, &parsed, &mut language_errors);
    }
    let mut lists = Lists {
        file,
        declared: &parsed.declared,
        errors,
    };
    let sources = lists.sources(parsed.sources);
    let source_ids = lists.ids("sources", "source", sources.iter().map(|s| s.id.as_str()));
    let regions = lists.regions(parsed.regions, &source_ids);
    let region_ids = lists.ids("regions", "region", regions.iter().map(|r| r.id.as_str()));
    let refs = Refs {
        regions: &region_ids,
        sources: &source_ids,
    };

    lists::check_leads(file, parsed.has_partners, &parsed.leads, lists.errors);
    let partners = lists.partners(parsed.partners, &refs);
    let partner_ids = lists.ids(
        "partners",
        "partner",
        partners.iter().map(|p| p.id.as_str()),
    );
    let policy_instruments = lists.policy_instruments(parsed.policy_instruments, &refs);
    let good_practices = lists.good_practices(parsed.good_practices, &refs);
    let events = lists.events(parsed.events, &refs, &partner_ids);
    let indicators = lists.indicators(parsed.indicators, &source_ids);

    let mut project = parsed
        .project
        .map(|p| lists::check_project(file, p, &source_ids, errors));
    if !language_errors.is_empty()
        && let Some(p) = project.as_mut()
    {
        p.languages.clear();
    }
    errors.append(&mut language_errors);

    DataFile {
        schema: parsed.schema,
        project: project.unwrap_or_default(),
        indicators,
        partners,
        regions,
        policy_instruments,
        good_practices,
        events,
        sources,
    }
}
