//! The typed model of a project data file (`public/data/<project>.json`).
//!
//! One file describes one Interreg project: the project itself, its indicators, partners, partner
//! regions, policy instruments, good practices, events, and the sources that any record cites.
//! Nothing here is specific to one project. The JSON keys are the field names below; every struct
//! refuses unknown keys, so a typo is reported instead of silently ignored.
//!
//! Honesty rules the model makes room for: a fact that no source confirms has [`Status::Unconfirmed`]
//! (on the record, or its field named in `unconfirmed`); a fact that was looked for and not found
//! is absent (an empty list, a missing optional field) and, where a record stands for it, has
//! [`Status::NotFound`]. Text is plain text: the widget shows it as text, never as HTML.
//!
//! Use [`crate::data::load`] to read a file: it checks far more than serde does (references, dates,
//! coordinates, links) and keeps every valid record when some are broken.

mod text;

use serde::{Deserialize, Serialize};

use crate::data::date::Date;
use crate::data::ids::{
    EventId, IndicatorId, InstrumentId, NutsCode, PartnerId, PracticeId, RegionId, SourceId,
};
use crate::data::link::SafeUrl;

pub use text::{Text, is_language_tag};

/// A whole data file. `Default` is an empty file (what [`crate::data::load`] returns for unreadable JSON).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(
        title = "Interreg project data file",
        description = "One Interreg project for the map and indicators widget: the project, its indicators, partners, regions, policy instruments, good practices, events and the sources records cite. Text is plain text, never HTML."
    )
)]
#[serde(deny_unknown_fields)]
pub struct DataFile {
    /// The JSON Schema this file follows (`"schema.json"` beside the data), for editor completion.
    /// The widget ignores it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The project as a whole.
    pub project: Project,
    /// Figures shown as animated counters, in display order.
    pub indicators: Vec<Indicator>,
    /// Partner organisations, exactly one of them the lead partner.
    pub partners: Vec<Partner>,
    /// Partner regions drawn and selectable on the map.
    pub regions: Vec<Region>,
    /// Policy instruments the project addresses, one or more per region.
    pub policy_instruments: Vec<PolicyInstrument>,
    /// Good practices identified, each in a region.
    pub good_practices: Vec<GoodPractice>,
    /// Meetings, workshops and other events, in any order.
    pub events: Vec<Event>,
    /// Public sources that records cite by id in their `sources` lists.
    pub sources: Vec<Source>,
}

/// How sure the data is about a record (or, through `unconfirmed`, about some of its fields).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Stated by a public source the record cites. The default when `status` is absent.
    #[default]
    Confirmed,
    /// Found only indirectly, inferred, or from one secondary source: show with care.
    Unconfirmed,
    /// Sources disagree; the note says how.
    Conflicting,
    /// Looked for and not found in any public source: the record marks the gap, it holds no fact.
    NotFound,
}

impl Status {
    /// Every status, in declaration order (for "did you mean" suggestions and tests).
    pub const ALL: &'static [Status] = &[
        Status::Confirmed,
        Status::Unconfirmed,
        Status::Conflicting,
        Status::NotFound,
    ];

    /// True for the default ([`Status::Confirmed`]); lets serialisation leave it out.
    pub fn is_confirmed(&self) -> bool {
        *self == Status::Confirmed
    }
}

/// The project as a whole.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Full title.
    pub name: Text,
    /// Short name, e.g. SECON.
    pub acronym: String,
    /// Funding programme, e.g. "Interreg Europe 2021-2027".
    pub programme: Text,
    /// The programme's project number or reference, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// First day of the project, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    /// Last day of the project, if known; never before its start date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
    /// The project's public page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<SafeUrl>,
    /// Budget figures, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Budget>,
    /// Seconds the workshop presentation's guided tour stays on each step (1 to 600); empty means
    /// 8 seconds. A tour time in the page's address (tour=N) overrides it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tour_seconds: Option<TourSeconds>,
    /// A remark that applies to every indicator (e.g. where the figures come from, whether they
    /// are achieved or targets), shown once under them; an indicator's own note is for itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicators_note: Option<Text>,
    /// The languages the file's texts are written in, as language codes (en, el, pt-BR …); must
    /// include en (the widget falls back to English) and list each code once. When
    /// given, every text written as translations must have a non-blank text in each of these
    /// languages and in no other; a plain string counts as written in all of them. Empty or absent:
    /// nothing is declared and translations are not checked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(
        feature = "schema",
        schemars(
            inner(pattern(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")),
            extend("uniqueItems" = true, "contains" = {"const": "en"})
        )
    )]
    pub languages: Vec<String>,
    /// How sure the data is about the project record.
    #[serde(default, skip_serializing_if = "Status::is_confirmed")]
    pub status: Status,
    /// Names of fields of this record that no source confirms.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unconfirmed: Vec<String>,
    /// Remarks for readers, e.g. what is known and what is not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Ids of the sources this record rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

/// Seconds per step of the guided tour: a whole number from 1 to 600.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct TourSeconds(
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 600)))] pub u32,
);

/// Budget figures in whole euros; an absent figure is unknown.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Budget {
    /// Total budget in euros, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_eur: Option<u64>,
    /// European Regional Development Fund part in euros, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub erdf_eur: Option<u64>,
    /// How sure the figures are; "conflicting" when sources disagree.
    #[serde(default, skip_serializing_if = "Status::is_confirmed")]
    pub status: Status,
    /// Names of fields of this record that no source confirms.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unconfirmed: Vec<String>,
    /// Remarks, e.g. the figure another source gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Ids of the sources of these figures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

/// A project figure shown as an animated counter ("43 organisations cooperating across borders").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Unique among indicators.
    pub id: IndicatorId,
    /// What is counted, shown after the number.
    pub label: Text,
    /// The figure: a whole number, 0 or more.
    #[cfg_attr(feature = "schema", schemars(range(max = 9_007_199_254_740_991u64)))]
    pub value: u64,
    /// The figure aimed for, when the source gives one apart from the value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(max = 9_007_199_254_740_991u64)))]
    pub target: Option<u64>,
    /// Unit shown with the figure (e.g. "€"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
    /// The list of this file whose records the figure counts (e.g. good practices for "30 good
    /// practices identified"): the widget then says how many of them the file lists ("11 of 30
    /// listed here"), so a shorter list does not read as a mistake.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counts: Option<RecordList>,
    /// How sure the data is about the figure.
    #[serde(default, skip_serializing_if = "Status::is_confirmed")]
    pub status: Status,
    /// Names of fields of this record that no source confirms.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unconfirmed: Vec<String>,
    /// Remarks, e.g. whether the figure is achieved or a target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Ids of the sources of the figure.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

/// A partner's role in the project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The lead partner; exactly one per file.
    Lead,
    /// Any other project partner.
    Partner,
}

impl Role {
    /// Every role, in declaration order.
    pub const ALL: &'static [Role] = &[Role::Lead, Role::Partner];
}

/// A partner organisation, drawn as a marker at its seat.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Partner {
    /// Unique among partners (a partner may share its id with its region).
    pub id: PartnerId,
    /// Name in English (or translations).
    pub name: Text,
    /// Name in the organisation's own language, as it writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_local: Option<String>,
    /// Short name for labels and markers.
    pub short_name: Text,
    /// Lead partner or partner.
    pub role: Role,
    /// City of the organisation's seat.
    pub city: String,
    /// Where the organisation's seat is: longitude (−180 to 180) and latitude (−90 to 90) in
    /// degrees, or a click on the map.
    pub location: [f64; 2],
    /// The organisation's own website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<SafeUrl>,
    /// The policy region the partner represents; absent for partners without one
    /// (e.g. an NGO that addresses no regional policy).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<RegionId>,
    /// How sure the data is about the record.
    #[serde(default, skip_serializing_if = "Status::is_confirmed")]
    pub status: Status,
    /// Fields of this record that no source confirms (e.g. city, location).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unconfirmed: Vec<String>,
    /// Remarks for readers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Ids of the sources of this record.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

/// A partner region: a union of NUTS regions drawn as one selectable shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// Unique among regions; the geo build names the region's shape after it.
    pub id: RegionId,
    /// Name shown on the map and in lists.
    pub name: Text,
    /// The country's two-letter code as Eurostat writes it: EL for Greece (not GR), UK for the
    /// United Kingdom.
    pub country: String,
    /// The NUTS 2024 codes of the areas that together make the region (e.g. EL65), all in its
    /// country; several separated by commas.
    pub nuts: Vec<NutsCode>,
    /// The id of the region's shape on the map, when it differs from the region's own id (rarely
    /// needed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geometry: Option<RegionId>,
    /// How sure the data is about the record.
    #[serde(default, skip_serializing_if = "Status::is_confirmed")]
    pub status: Status,
    /// Fields of this record that no source confirms (e.g. nuts).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unconfirmed: Vec<String>,
    /// Remarks, e.g. how the NUTS codes relate to the partner's territory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Ids of the sources of this record.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl Region {
    /// Id of the region's shape in the geometry: `geometry` if given, else the region id.
    pub fn geometry_id(&self) -> &RegionId {
        self.geometry.as_ref().unwrap_or(&self.id)
    }
}

/// A policy instrument a region's partner works to improve. When the instrument is not known,
/// the record still exists with status `not_found` and no `name`, so the gap shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PolicyInstrument {
    /// Unique among policy instruments.
    pub id: InstrumentId,
    /// Name in English; left empty only when no source names the instrument (status "not found").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    /// Name in its own language, as its owner writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_local: Option<String>,
    /// The region whose policy it is.
    pub region: RegionId,
    /// The body that manages the instrument, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managing_authority: Option<Text>,
    /// A page about the instrument.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<SafeUrl>,
    /// "not found" when no public source names the instrument.
    #[serde(default, skip_serializing_if = "Status::is_confirmed")]
    pub status: Status,
    /// Fields of this record that no source confirms (e.g. managing_authority).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unconfirmed: Vec<String>,
    /// Remarks for readers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Ids of the sources of this record.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

/// A good practice identified by the project in a region.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GoodPractice {
    /// Unique among good practices.
    pub id: PracticeId,
    /// Title of the practice.
    pub title: Text,
    /// The region where it was identified.
    pub region: RegionId,
    /// The organisation behind it, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<Text>,
    /// A short plain-text summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Text>,
    /// A page that describes the practice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<SafeUrl>,
    /// "unconfirmed" when it is not certain that the practice is one of the project's.
    #[serde(default, skip_serializing_if = "Status::is_confirmed")]
    pub status: Status,
    /// Names of fields of this record that no source confirms.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unconfirmed: Vec<String>,
    /// Remarks for readers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Ids of the sources of this record.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

/// One of the file's lists of records, as an indicator names what it counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RecordList {
    /// `partners`
    Partners,
    /// `regions`
    Regions,
    /// `policy_instruments`
    PolicyInstruments,
    /// `good_practices`
    GoodPractices,
    /// `events`
    Events,
}

impl RecordList {
    /// Every list, in the file's order.
    pub const ALL: &'static [RecordList] = &[
        RecordList::Partners,
        RecordList::Regions,
        RecordList::PolicyInstruments,
        RecordList::GoodPractices,
        RecordList::Events,
    ];

    /// How many records `data` has in this list.
    pub fn len_in(self, data: &DataFile) -> usize {
        match self {
            RecordList::Partners => data.partners.len(),
            RecordList::Regions => data.regions.len(),
            RecordList::PolicyInstruments => data.policy_instruments.len(),
            RecordList::GoodPractices => data.good_practices.len(),
            RecordList::Events => data.events.len(),
        }
    }
}

/// What kind of event it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// The project's opening meeting.
    KickOff,
    /// An interregional workshop, seminar or meeting of all partners.
    InterregionalWorkshop,
    /// A study visit.
    StudyVisit,
    /// A meeting of a regional stakeholder group.
    StakeholderMeeting,
    /// A conference or public dissemination event.
    Conference,
    /// Another project activity (a survey, a report launch ...).
    Activity,
    /// An event run by others where the project took part.
    External,
}

impl EventKind {
    /// Every kind, in declaration order.
    pub const ALL: &'static [EventKind] = &[
        EventKind::KickOff,
        EventKind::InterregionalWorkshop,
        EventKind::StudyVisit,
        EventKind::StakeholderMeeting,
        EventKind::Conference,
        EventKind::Activity,
        EventKind::External,
    ];
}

/// A meeting, workshop or other event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Unique among events.
    pub id: EventId,
    /// Title of the event.
    pub title: Text,
    /// What kind of event it is.
    pub kind: EventKind,
    /// First day.
    pub start: Date,
    /// Last day; the start date again for a one-day event, never before it.
    pub end: Date,
    /// City where it took place, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Where it took place: longitude and latitude in degrees, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<[f64; 2]>,
    /// True when it took place online.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub online: bool,
    /// The partner region it belongs to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<RegionId>,
    /// The partner that hosted it, if a partner did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<PartnerId>,
    /// A page about the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<SafeUrl>,
    /// How sure the data is about the record.
    #[serde(default, skip_serializing_if = "Status::is_confirmed")]
    pub status: Status,
    /// Names of fields of this record that no source confirms.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unconfirmed: Vec<String>,
    /// Remarks for readers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Ids of the sources of this record.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

/// A public source that records cite by id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Unique among sources.
    pub id: SourceId,
    /// Where to read it; absent for a source without a public address (e.g. a printed newsletter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<SafeUrl>,
    /// What the source is.
    pub title: Text,
    /// Remarks, e.g. what the source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

#[cfg(test)]
mod tests;
