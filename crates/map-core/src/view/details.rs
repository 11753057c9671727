//! What a region's panel, tooltip and the text list say, decided here so the view only displays it:
//! partners with their roles, the policy instrument (or an honest "not yet published"), the good
//! practices and their counts.

use crate::data::ids::{PartnerId, RegionId};
use crate::data::link::SafeUrl;
use crate::data::model::{DataFile, GoodPractice, Partner, PolicyInstrument, Region, Role, Status};
use crate::i18n::{Arg, Messages};

/// The catalogue key of what is shown where the data file says a fact is not known ("Not yet
/// published"); never an empty field.
pub const NOT_PUBLISHED: &str = "not-yet-published";
/// Key of the text for what the data file does not give at all (a region without a policy
/// instrument record): unlike [`NOT_PUBLISHED`], no claim that anyone looked.
pub const NOT_GIVEN: &str = "not-given";

/// One partner as the panel lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerLine {
    /// The partner's id (for its marker).
    pub id: String,
    /// Its English name.
    pub name: String,
    /// Its name in its own language, when the data has one that differs.
    pub name_local: Option<String>,
    /// "Lead partner" or "Partner", in the interface language.
    pub role: String,
    /// Whether it leads the project.
    pub lead: bool,
    /// Its website, already checked to be https, http or mailto.
    pub website: Option<SafeUrl>,
}

/// The policy instrument a region addresses, with gaps said as gaps.
#[derive(Debug, Clone, PartialEq)]
pub struct InstrumentLine {
    /// The instrument's English name, or [`NOT_PUBLISHED`].
    pub name: String,
    /// Its name in the region's language, when known and different.
    pub name_local: Option<String>,
    /// The managing authority, or [`NOT_PUBLISHED`].
    pub managing_authority: String,
    /// A page about it.
    pub url: Option<SafeUrl>,
    /// How sure the research is: "confirmed", "unconfirmed", "sources disagree" or "not found in
    /// public sources", in the interface language.
    pub status: String,
}

/// A good practice as listed under its region.
#[derive(Debug, Clone, PartialEq)]
pub struct PracticeLine {
    /// The practice's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// The organisation behind it, when known.
    pub organisation: Option<String>,
    /// The page that names it.
    pub url: Option<SafeUrl>,
    /// Whether it is confirmed as one of the project's practices.
    pub confirmed: bool,
}

/// Everything the panel shows about one region.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionDetails {
    /// The region's id.
    pub id: String,
    /// Its English name.
    pub name: String,
    /// Its GISCO country code (the app turns it into the country's name from the geometry).
    pub country: String,
    /// Its partners, lead first.
    pub partners: Vec<PartnerLine>,
    /// The instruments it addresses; one [`NOT_GIVEN`] line when the data lists none.
    pub instruments: Vec<InstrumentLine>,
    /// Its good practices, in the data file's order.
    pub practices: Vec<PracticeLine>,
    /// The events held there, in date order.
    pub events: Vec<EventLine>,
}

/// An event as listed under its region.
#[derive(Debug, Clone, PartialEq)]
pub struct EventLine {
    /// The event's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its day or days; the view writes them in the interface language, as the timeline does.
    pub dates: crate::view::timeline::DateSpan,
    /// Its page, when known.
    pub url: Option<SafeUrl>,
}

/// The details of `region`, for the panel and the list, in the language of `m` (data text falls
/// back to English where the data file has no translation).
pub fn region_details(data: &DataFile, region: &Region, m: &Messages) -> RegionDetails {
    let lang = m.lang();
    let mut partners: Vec<PartnerLine> = partners_in(data, &region.id)
        .map(|p| partner_line(p, m))
        .collect();
    crate::view::order::sort_short_by(&mut partners, |a, b| b.lead.cmp(&a.lead));
    let mut instruments: Vec<InstrumentLine> = data
        .policy_instruments
        .iter()
        .filter(|i| i.region == region.id)
        .map(|i| instrument_line(i, m))
        .collect();
    // No record is not a finding: "not found in public sources" is only what a record says.
    if instruments.is_empty() {
        instruments.push(InstrumentLine {
            name: m.t(NOT_GIVEN),
            name_local: None,
            managing_authority: m.t(NOT_GIVEN),
            url: None,
            status: m.t("status-not-given"),
        });
    }
    RegionDetails {
        id: region.id.to_string(),
        name: region.name.resolve(lang).to_string(),
        country: region.country.clone(),
        partners,
        instruments,
        practices: practices_in(data, &region.id)
            .map(|g| practice_line(g, lang))
            .collect(),
        events: events_of(data, &region.id, lang),
    }
}

/// Everything the panel shows about a partner without a policy region (an NGO, say): the data's
/// own words about it, since no region panel names it.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerDetails {
    /// Its name, role and website, as a region's panel lists them.
    pub line: PartnerLine,
    /// The city of its seat.
    pub city: String,
    /// What the data file says of it, in the interface language (English where untranslated).
    pub note: Option<String>,
    /// The events it hosted, in date order.
    pub events: Vec<EventLine>,
}

/// The partners without a policy region, in the data file's order: reachable from their seat, the
/// text list and the presentation, since no region leads to them.
pub fn partners_without_region(data: &DataFile) -> impl Iterator<Item = &Partner> {
    data.partners.iter().filter(|p| p.region.is_none())
}

/// The details of `partner`, for its own panel.
pub fn partner_details(data: &DataFile, partner: &Partner, m: &Messages) -> PartnerDetails {
    let lang = m.lang();
    PartnerDetails {
        line: partner_line(partner, m),
        city: partner.city.clone(),
        note: partner.note.as_ref().map(|n| n.resolve(lang).to_string()),
        events: event_lines(
            data.events
                .iter()
                .filter(|e| e.host.as_ref() == Some(&partner.id))
                .collect(),
            lang,
        ),
    }
}

/// The partner with `id` among those without a region.
pub fn partner_without_region<'a>(data: &'a DataFile, id: &PartnerId) -> Option<&'a Partner> {
    partners_without_region(data).find(|p| &p.id == id)
}

/// The interface language a country's national names (`NUTS_NAME`) are written in, for the
/// countries whose names GISCO writes in another script than Latin: Greek and Bulgarian.
pub fn national_language(country: &str) -> Option<&'static str> {
    match country {
        "EL" | "CY" => Some("el"),
        "BG" => Some("bg"),
        _ => None,
    }
}

/// Gives each region of `data` its national name from the geometry (GISCO's `NUTS_NAME`:
/// Πελοπόννησος, Хасково) as its name in that country's language, so an interface in the region's
/// own language names it as its people do. A name the data file already has in that language wins.
pub fn add_national_names(data: &mut DataFile, regions: &crate::geo::shape::ShapeFile) {
    for region in &mut data.regions {
        let Some(shape) = regions
            .features
            .iter()
            .find(|s| s.id == region.geometry_id().as_str())
        else {
            continue;
        };
        let (Some(local), Some(lang)) = (&shape.name_local, national_language(&shape.country))
        else {
            continue;
        };
        use crate::data::model::Text;
        if let Text::Plain(plain) = &mut region.name {
            // Inserted, not collected: collecting into a BTreeMap sorts first (2 KB of wasm).
            let mut names = std::collections::BTreeMap::new();
            names.insert("en".to_owned(), std::mem::take(plain));
            region.name = Text::Translated(names);
        }
        if let Text::Translated(names) = &mut region.name
            && !names.contains_key(lang)
        {
            names.insert(lang.to_owned(), local.clone());
        }
    }
}

/// The partners whose region is `region`, in the data file's order.
pub fn partners_in<'a>(
    data: &'a DataFile,
    region: &'a RegionId,
) -> impl Iterator<Item = &'a Partner> {
    data.partners
        .iter()
        .filter(move |p| p.region.as_ref() == Some(region))
}

/// The good practices found in `region`, in the data file's order.
pub fn practices_in<'a>(
    data: &'a DataFile,
    region: &'a RegionId,
) -> impl Iterator<Item = &'a GoodPractice> {
    data.good_practices
        .iter()
        .filter(move |g| &g.region == region)
}

/// The events held in `region`, in date order (ties by title).
pub fn events_of(data: &DataFile, region: &RegionId, lang: &str) -> Vec<EventLine> {
    event_lines(
        data.events
            .iter()
            .filter(|e| e.region.as_ref() == Some(region))
            .collect(),
        lang,
    )
}

fn event_lines(mut events: Vec<&crate::data::model::Event>, lang: &str) -> Vec<EventLine> {
    crate::view::order::sort_short_by(&mut events, |a, b| {
        (a.start, a.title.resolve(lang)).cmp(&(b.start, b.title.resolve(lang)))
    });
    events
        .into_iter()
        .map(|e| EventLine {
            id: e.id.to_string(),
            title: e.title.resolve(lang).to_string(),
            dates: crate::view::timeline::date_span(e),
            url: e.url.clone(),
        })
        .collect()
}

/// The tooltip's second line: "3 good practices · 1 event", with honest zeros.
pub fn region_summary(data: &DataFile, region: &RegionId, m: &Messages) -> String {
    let practices = practices_in(data, region).count();
    let events = events_of(data, region, m.lang()).len();
    format!(
        "{} · {}",
        count_phrase(m, "count-good-practices", practices),
        count_phrase(m, "count-events", events)
    )
}

/// A count in words from the catalogue key `key`: "1 good practice", "3 good practices", "no good
/// practices published yet" (the catalogue's plural forms and its zero).
pub fn count_phrase(m: &Messages, key: &str, count: usize) -> String {
    m.t_with(key, &[("count", Arg::Count(count))])
}

/// The status as a visitor reads it.
pub fn status_label(m: &Messages, status: Status) -> String {
    m.t(match status {
        Status::Confirmed => "status-confirmed",
        Status::Unconfirmed => "status-unconfirmed",
        Status::Conflicting => "status-conflicting",
        Status::NotFound => "status-not-found",
    })
}

fn partner_line(p: &Partner, m: &Messages) -> PartnerLine {
    let name = p.name.resolve(m.lang()).to_string();
    let lead = p.role == Role::Lead;
    PartnerLine {
        id: p.id.to_string(),
        name_local: p.name_local.clone().filter(|local| *local != name),
        name,
        role: m.t(if lead { "lead-partner" } else { "partner" }),
        lead,
        website: p.website.clone(),
    }
}

fn instrument_line(i: &PolicyInstrument, m: &Messages) -> InstrumentLine {
    let lang = m.lang();
    let known = |text: Option<String>| text.filter(|t| !t.trim().is_empty());
    let name = known(i.name.as_ref().map(|n| n.resolve(lang).to_string()));
    InstrumentLine {
        name_local: i
            .name_local
            .clone()
            .filter(|local| Some(local) != name.as_ref()),
        name: name.unwrap_or_else(|| m.t(NOT_PUBLISHED)),
        managing_authority: known(
            i.managing_authority
                .as_ref()
                .map(|a| a.resolve(lang).to_string()),
        )
        .unwrap_or_else(|| m.t(NOT_PUBLISHED)),
        url: i.url.clone(),
        status: status_label(m, i.status),
    }
}

fn practice_line(g: &GoodPractice, lang: &str) -> PracticeLine {
    PracticeLine {
        id: g.id.to_string(),
        title: g.title.resolve(lang).to_string(),
        organisation: g.organisation.as_ref().map(|o| o.resolve(lang).to_string()),
        url: g.url.clone(),
        confirmed: g.status == Status::Confirmed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secon() -> DataFile {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/secon.json");
        crate::data::load("data/secon.json", &std::fs::read_to_string(path).unwrap()).data
    }

    fn details(id: &str) -> RegionDetails {
        let data = secon();
        let region = data.regions.iter().find(|r| r.id.as_str() == id).unwrap();
        region_details(&data, region, &Messages::english())
    }

    #[test]
    fn a_region_without_an_instrument_record_says_not_given_and_not_that_none_was_found() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/second-project/example-project.json"
        );
        let text = std::fs::read_to_string(path).unwrap();
        let data = crate::data::load("example-project.json", &text).data;
        let m = Messages::english();
        let of = |id: &str| {
            let region = data.regions.iter().find(|r| r.id.as_str() == id).unwrap();
            region_details(&data, region, &m).instruments.remove(0)
        };
        let without = of("west-finland");
        assert_eq!(without.name, "Not given");
        assert_eq!(without.status, "not given in the data");
        let said = of("hessen");
        assert_eq!(said.name, "Not yet published");
        assert_eq!(said.status, "not found in public sources");
    }

    #[test]
    fn extremadura_lists_its_partner_practices_and_an_unpublished_instrument() {
        let d = details("extremadura");
        assert_eq!(d.name, "Extremadura");
        assert_eq!(d.country, "ES");
        assert_eq!(d.partners.len(), 1);
        assert_eq!(d.partners[0].role, "Partner");
        assert_eq!(d.instruments[0].name, "Not yet published");
        assert_eq!(d.instruments[0].status, "not found in public sources");
        assert!(d.practices.iter().any(|p| p.title == "Remudarte"));
        assert!(
            d.practices.iter().all(|p| !p.confirmed),
            "Extremadura's practices are unconfirmed"
        );
    }

    #[test]
    fn mazovia_names_its_confirmed_instrument_in_both_languages() {
        let d = details("mazovia");
        let instrument = &d.instruments[0];
        assert!(
            instrument.name.starts_with("European Funds for Mazovia"),
            "{}",
            instrument.name
        );
        assert_eq!(
            instrument.name_local.as_deref(),
            Some("Fundusze Europejskie dla Mazowsza 2021-2027")
        );
        assert_eq!(instrument.status, "confirmed");
        assert_ne!(instrument.managing_authority, "Not yet published");
    }

    #[test]
    fn the_lead_partner_is_listed_first_and_marked() {
        let d = details("peloponnese");
        assert!(d.partners[0].lead);
        assert_eq!(d.partners[0].role, "Lead partner");
    }

    #[test]
    fn a_region_with_no_practices_has_an_empty_list_not_an_invented_one() {
        let d = details("haskovo");
        assert!(d.practices.is_empty());
    }

    #[test]
    fn extremadura_lists_the_caceres_meeting_with_its_date_range() {
        let d = details("extremadura");
        assert_eq!(d.events.len(), 1);
        assert_eq!(
            d.events[0].dates,
            crate::view::timeline::DateSpan::Range(
                crate::data::date::Date::parse("2024-10-22").unwrap(),
                crate::data::date::Date::parse("2024-10-25").unwrap()
            )
        );
    }

    #[test]
    fn the_summary_counts_practices_and_events_of_the_region() {
        let data = secon();
        let extremadura = RegionId::parse("extremadura").unwrap();
        assert_eq!(
            region_summary(&data, &extremadura, &Messages::english()),
            "4 good practices · 1 event"
        );
        let haskovo = RegionId::parse("haskovo").unwrap();
        assert_eq!(
            region_summary(&data, &haskovo, &Messages::english()),
            "no good practices published yet · 1 event"
        );
    }

    #[test]
    fn kmop_has_no_region_and_its_own_details_say_what_the_data_says() {
        let data = secon();
        let alone: Vec<_> = partners_without_region(&data)
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(alone, ["kmop"]);
        let kmop = partner_without_region(&data, &PartnerId::parse("kmop").unwrap()).unwrap();
        let d = partner_details(&data, kmop, &Messages::english());
        assert!(d.line.name.starts_with("KMOP"), "{}", d.line.name);
        assert_eq!(d.city, "Athens");
        assert_eq!(d.line.role, "Partner");
        assert!(d.note.unwrap().contains("no policy region"));
        assert!(
            partner_without_region(&data, &PartnerId::parse("mazovia").unwrap()).is_none(),
            "a partner with a region opens its region instead"
        );
    }

    #[test]
    fn greek_and_bulgarian_regions_get_their_national_names_from_the_geometry() {
        let mut data = secon();
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../geo/regions.json");
        let regions = crate::geo::shape::parse_shapes(
            "regions.json",
            &std::fs::read_to_string(path).unwrap(),
        )
        .unwrap();
        add_national_names(&mut data, &regions);
        let name = |id: &str, lang: &str| {
            let r = data.regions.iter().find(|r| r.id.as_str() == id).unwrap();
            r.name.resolve(lang).to_owned()
        };
        assert_eq!(name("peloponnese", "el"), "Πελοπόννησος");
        assert_eq!(name("peloponnese", "en"), "Peloponnese");
        assert_eq!(name("haskovo", "bg"), "Хасково");
        assert_eq!(name("haskovo", "el"), "Haskovo");
        // Latin-script names are the data's own in every language.
        assert_eq!(name("mazovia", "pl"), "Mazovia");
    }

    #[test]
    fn counts_read_naturally_and_zero_says_not_yet_published() {
        let en = Messages::english();
        assert_eq!(
            count_phrase(&en, "count-good-practices", 0),
            "no good practices published yet"
        );
        assert_eq!(
            count_phrase(&en, "count-good-practices", 1),
            "1 good practice"
        );
        assert_eq!(count_phrase(&en, "count-events", 4), "4 events");
    }
}
