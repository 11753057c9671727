//! One reader per record kind: which fields each record has, required or optional. The model's
//! fields, the validator's `Texts` and the schema must list the same fields (see [`crate::data`]).

use serde_json::Value;

use super::{Reader, read_object};
use crate::data::model::{
    Event, GoodPractice, Indicator, Partner, PolicyInstrument, Project, Region, Source,
};
use crate::data::path::At;

pub(super) fn read_project<'a>(
    r: &mut Reader<'_>,
    v: &'a Value,
    at: &'a At<'a>,
) -> Option<Project> {
    read_object(r, v, at, "an object describing the project", |f| {
        let name = f.req("name");
        let acronym = f.req("acronym");
        let programme = f.req("programme");
        let number = f.opt("number");
        let start = f.opt("start");
        let end = f.opt("end");
        let website = f.opt("website");
        let budget = f.opt("budget");
        let tour_seconds = f.opt("tour_seconds");
        let indicators_note = f.opt("indicators_note");
        // Codes are checked in `validate` (a bad declaration is cleared, the project kept).
        let languages = f.or_default("languages");
        let (status, unconfirmed, note, sources) = f.meta();
        Some(Project {
            name: name?,
            acronym: acronym?,
            programme: programme?,
            number,
            start,
            end,
            website,
            budget,
            tour_seconds,
            indicators_note,
            languages,
            status,
            unconfirmed,
            note,
            sources,
        })
    })
}

pub(super) fn read_indicator<'a>(
    r: &mut Reader<'_>,
    v: &'a Value,
    at: &'a At<'a>,
) -> Option<Indicator> {
    read_object(r, v, at, "an indicator object", |f| {
        let id = f.req("id");
        let label = f.req("label");
        let value = f.req("value");
        let target = f.opt("target");
        let unit = f.opt("unit");
        let counts = f.opt("counts");
        let (status, unconfirmed, note, sources) = f.meta();
        Some(Indicator {
            id: id?,
            label: label?,
            value: value?,
            target,
            unit,
            counts,
            status,
            unconfirmed,
            note,
            sources,
        })
    })
}

pub(super) fn read_partner<'a>(
    r: &mut Reader<'_>,
    v: &'a Value,
    at: &'a At<'a>,
) -> Option<Partner> {
    read_object(r, v, at, "a partner object", |f| {
        let id = f.req("id");
        let name = f.req("name");
        let name_local = f.opt("name_local");
        let short_name = f.req("short_name");
        let role = f.req("role");
        let city = f.req("city");
        let location = f.req("location");
        let website = f.opt("website");
        let region = f.opt("region");
        let (status, unconfirmed, note, sources) = f.meta();
        Some(Partner {
            id: id?,
            name: name?,
            name_local,
            short_name: short_name?,
            role: role?,
            city: city?,
            location: location?,
            website,
            region,
            status,
            unconfirmed,
            note,
            sources,
        })
    })
}

pub(super) fn read_region<'a>(r: &mut Reader<'_>, v: &'a Value, at: &'a At<'a>) -> Option<Region> {
    read_object(r, v, at, "a region object", |f| {
        let id = f.req("id");
        let name = f.req("name");
        let country = f.req("country");
        let nuts = f.req("nuts");
        let geometry = f.opt("geometry");
        let (status, unconfirmed, note, sources) = f.meta();
        Some(Region {
            id: id?,
            name: name?,
            country: country?,
            nuts: nuts?,
            geometry,
            status,
            unconfirmed,
            note,
            sources,
        })
    })
}

pub(super) fn read_instrument<'a>(
    r: &mut Reader<'_>,
    v: &'a Value,
    at: &'a At<'a>,
) -> Option<PolicyInstrument> {
    read_object(r, v, at, "a policy instrument object", |f| {
        let id = f.req("id");
        let name = f.opt("name");
        let name_local = f.opt("name_local");
        let region = f.req("region");
        let managing_authority = f.opt("managing_authority");
        let url = f.opt("url");
        let (status, unconfirmed, note, sources) = f.meta();
        Some(PolicyInstrument {
            id: id?,
            name,
            name_local,
            region: region?,
            managing_authority,
            url,
            status,
            unconfirmed,
            note,
            sources,
        })
    })
}

pub(super) fn read_practice<'a>(
    r: &mut Reader<'_>,
    v: &'a Value,
    at: &'a At<'a>,
) -> Option<GoodPractice> {
    read_object(r, v, at, "a good practice object", |f| {
        let id = f.req("id");
        let title = f.req("title");
        let region = f.req("region");
        let organisation = f.opt("organisation");
        let summary = f.opt("summary");
        let url = f.opt("url");
        let (status, unconfirmed, note, sources) = f.meta();
        Some(GoodPractice {
            id: id?,
            title: title?,
            region: region?,
            organisation,
            summary,
            url,
            status,
            unconfirmed,
            note,
            sources,
        })
    })
}

pub(super) fn read_event<'a>(r: &mut Reader<'_>, v: &'a Value, at: &'a At<'a>) -> Option<Event> {
    read_object(r, v, at, "an event object", |f| {
        let id = f.req("id");
        let title = f.req("title");
        let kind = f.req("kind");
        let start = f.req("start");
        let end = f.req("end");
        let city = f.opt("city");
        let location = f.opt("location");
        let online = f.or_default("online");
        let region = f.opt("region");
        let host = f.opt("host");
        let url = f.opt("url");
        let (status, unconfirmed, note, sources) = f.meta();
        Some(Event {
            id: id?,
            title: title?,
            kind: kind?,
            start: start?,
            end: end?,
            city,
            location,
            online,
            region,
            host,
            url,
            status,
            unconfirmed,
            note,
            sources,
        })
    })
}

pub(super) fn read_source<'a>(r: &mut Reader<'_>, v: &'a Value, at: &'a At<'a>) -> Option<Source> {
    read_object(r, v, at, "a source object", |f| {
        let id = f.req("id");
        let url = f.opt("url");
        let title = f.req("title");
        let note = f.opt("note");
        Some(Source {
            id: id?,
            url,
            title: title?,
            note,
        })
    })
}
