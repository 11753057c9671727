//! What the map draws, decided from the data file and the geometry: which countries are partner
//! countries, which regions are drawn and under what accessible name, where the partner markers sit.

use std::collections::BTreeSet;

use crate::data::ids::RegionId;
use crate::data::model::{DataFile, Role};
use crate::geo::shape::{Shape, ShapeFile};
use crate::i18n::Arg;

/// The GISCO country codes (e.g. `EL`, `DE`) of the countries that hold a partner region, sorted.
pub fn partner_countries(data: &DataFile) -> BTreeSet<String> {
    // Inserted one by one: collecting would sort first, which costs 2 KB of wasm.
    let mut countries = BTreeSet::new();
    for region in &data.regions {
        countries.insert(region.country.clone());
    }
    countries
}

/// A partner region ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct DrawnRegion {
    /// The data file's region id.
    pub id: RegionId,
    /// SVG path data in the frame's units.
    pub d: String,
    /// Accessible name: the region, then its partners, the lead partner said as such.
    pub label: String,
}

/// The data file's regions that have a shape (matched by geometry id), in the data file's order (the keyboard's order).
/// Regions without a shape are left out here; the validator reports them.
pub fn drawn_regions(
    data: &DataFile,
    shapes: Vec<Shape>,
    m: &crate::i18n::Messages,
) -> Vec<DrawnRegion> {
    let mut shapes: Vec<Option<Shape>> = shapes.into_iter().map(Some).collect();
    data.regions
        .iter()
        .filter_map(|region| {
            let geometry = region.geometry_id().to_string();
            let shape = shapes
                .iter_mut()
                .find(|s| s.as_ref().is_some_and(|s| s.id == geometry))?
                .take()?;
            Some(DrawnRegion {
                label: region_label(data, region.id.as_str(), m),
                id: region.id.clone(),
                d: shape.d,
            })
        })
        .collect()
}

/// "Extremadura: Junta de Extremadura" or "Peloponnese: Region of Peloponnese (lead partner)".
pub fn region_label(data: &DataFile, region_id: &str, m: &crate::i18n::Messages) -> String {
    let name = data
        .regions
        .iter()
        .find(|r| r.id.to_string() == region_id)
        .map(|r| r.name.resolve(m.lang()).to_string())
        .unwrap_or_else(|| region_id.to_string());
    let partners: Vec<String> = data
        .partners
        .iter()
        .filter(|p| {
            p.region
                .as_ref()
                .is_some_and(|r| r.to_string() == region_id)
        })
        .map(|p| {
            // The full name: a short name repeats the region ("Mazovia: Mazovia") or is an
            // acronym nobody is told ("Rhine-Neckar: VRRN").
            let name = p.name.resolve(m.lang());
            match p.role {
                Role::Lead => m.t_with("tooltip-lead", &[("partner", Arg::Text(name))]),
                Role::Partner => name.to_string(),
            }
        })
        .collect();
    if partners.is_empty() {
        name
    } else {
        format!("{name}: {}", partners.join(", "))
    }
}

/// A partner's seat on the map: a circle of radius 1 around (0, 0), scaled where it is drawn (the
/// map's markers, the legend, the exported SVG).
pub const SEAT_PATH: &str = "M-1 0A1 1 0 1 0 1 0A1 1 0 1 0 -1 0Z";
/// The lead partner's seat: a diamond around (0, 0), scaled where it is drawn.
pub const LEAD_SEAT_PATH: &str = "M0 -1.4L1.4 0L0 1.4L-1.4 0Z";

/// The links drawn from each partner's seat to the lead partner's (the "Links to the lead partner"
/// toggle): pairs of points in the frame's units. Empty without exactly one lead partner on the map.
pub fn lead_links(markers: &[Marker]) -> Vec<([f64; 2], [f64; 2])> {
    let mut leads = markers.iter().filter(|m| m.lead);
    let (Some(lead), None) = (leads.next(), leads.next()) else {
        return Vec::new();
    };
    markers
        .iter()
        .filter(|m| !m.lead)
        .map(|m| (m.point, lead.point))
        .collect()
}

/// A partner's seat on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    /// The data file's partner id.
    pub id: String,
    /// The partner's region, which selecting the marker opens (none for a partner without one).
    pub region: Option<RegionId>,
    /// Accessible name: "Region of Peloponnese, lead partner, Tripoli".
    pub label: String,
    /// Position in the frame's units.
    pub point: [f64; 2],
    /// Radius in the frame's units, about 3.5 px when the map is 800 px wide: small enough to leave
    /// the smallest partner region clickable around it.
    pub radius: f64,
    /// Whether this is the lead partner (drawn distinctly).
    pub lead: bool,
}

/// One marker per partner whose seat lies in the frame, in the data file's order.
pub fn markers(data: &DataFile, frame: &ShapeFile, m: &crate::i18n::Messages) -> Vec<Marker> {
    // Small enough not to cover a small region (Flemish Brabant) at the first zoom.
    let radius = frame.view_box.width / 300.0;
    data.partners
        .iter()
        .filter_map(|p| {
            let [lon, lat] = p.location;
            let point = frame.project(lon, lat)?;
            let lead = p.role == Role::Lead;
            let role = m.t(if lead {
                "role-lead-partner"
            } else {
                "role-partner"
            });
            Some(Marker {
                id: p.id.to_string(),
                region: p.region.clone(),
                label: m.t_with(
                    "marker-label",
                    &[
                        ("partner", Arg::Text(p.name.resolve(m.lang()))),
                        ("role", Arg::Text(&role)),
                        ("city", Arg::Text(&p.city)),
                    ],
                ),
                point,
                radius,
                lead,
            })
        })
        .collect()
}

/// Where a country's label goes: at the country's label point, unless a partner region covers it
/// (Mazovia under "Poland", Flemish Brabant under "Belgium"); then just below that region, so the
/// label never hides the region it names the country of. `size` is the label's font size in
/// view-box units and `chars` the name's length; the label is centred on its point.
pub fn country_label_point(
    label: [f64; 2],
    regions: &[crate::geo::zoom::Bounds],
    size: f64,
    chars: usize,
) -> [f64; 2] {
    let [x, y] = label;
    let half = size / 2.0;
    // The text runs both ways from its middle: about 0.3 of the font size a character each side.
    let half_width = (size * 0.3 * chars as f64).max(half);
    let covered = regions.iter().find(|b| {
        x >= b.min_x - half_width
            && x <= b.max_x + half_width
            && y >= b.min_y - half
            && y <= b.max_y + half
    });
    match covered {
        Some(b) => [x, b.max_y + size * 0.9],
        None => label,
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_country_label_on_a_partner_region_moves_below_it_and_one_elsewhere_stays() {
        let region = crate::geo::zoom::Bounds {
            min_x: 100.0,
            min_y: 100.0,
            max_x: 300.0,
            max_y: 200.0,
        };
        assert_eq!(
            country_label_point([200.0, 150.0], &[region], 40.0, 1),
            [200.0, 236.0]
        );
        // Touching the region's edge within half a label counts as covering it.
        assert_eq!(
            country_label_point([310.0, 150.0], &[region], 40.0, 1),
            [310.0, 236.0]
        );
        assert_eq!(
            country_label_point([500.0, 150.0], &[region], 40.0, 1),
            [500.0, 150.0]
        );
        assert_eq!(
            country_label_point([500.0, 150.0], &[], 40.0, 1),
            [500.0, 150.0]
        );
        // A long name beside a region would run over it: it moves too ("Latvia" over Riga).
        assert_eq!(
            country_label_point([380.0, 150.0], &[region], 40.0, 8),
            [380.0, 236.0]
        );
    }
    use super::*;
    use crate::geo::shape::ShapeKind;

    fn secon() -> DataFile {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/secon.json");
        let text = std::fs::read_to_string(path).unwrap();
        let loaded = crate::data::load("data/secon.json", &text);
        assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
        loaded.data
    }

    fn shape(id: &str) -> Shape {
        Shape {
            name_local: None,
            id: id.into(),
            name: id.into(),
            kind: ShapeKind::Region,
            country: String::new(),
            d: format!("M0 0L1 1Z{id}"),
            label: [0.0, 0.0],
            polygons: Vec::new(),
        }
    }

    #[test]
    fn secon_has_nine_partner_countries_in_gisco_codes() {
        let countries: Vec<String> = partner_countries(&secon()).into_iter().collect();
        assert_eq!(
            countries,
            ["BE", "BG", "DE", "EL", "ES", "LV", "PL", "PT", "RO"]
        );
    }

    #[test]
    fn the_lead_partner_is_named_as_such_in_its_regions_label() {
        let data = secon();
        let label = region_label(&data, "peloponnese", &crate::i18n::Messages::english());
        assert!(label.starts_with("Peloponnese: "), "{label}");
        assert!(
            label.contains("Region of Peloponnese"),
            "the partner's full name: {label}"
        );
        assert!(label.contains("(lead partner)"), "{label}");
        assert!(
            !region_label(&data, "extremadura", &crate::i18n::Messages::english())
                .contains("lead partner")
        );
    }

    #[test]
    fn an_unknown_region_id_is_labelled_by_its_id_not_a_panic() {
        assert_eq!(
            region_label(&secon(), "atlantis", &crate::i18n::Messages::english()),
            "atlantis"
        );
    }

    fn marker(id: &str, lead: bool, point: [f64; 2]) -> Marker {
        Marker {
            id: id.into(),
            region: None,
            label: id.into(),
            point,
            radius: 1.0,
            lead,
        }
    }

    #[test]
    fn every_partner_links_to_the_one_lead_partner() {
        let markers = [
            marker("a", false, [0.0, 0.0]),
            marker("lead", true, [5.0, 5.0]),
            marker("b", false, [9.0, 1.0]),
        ];
        assert_eq!(
            lead_links(&markers),
            vec![([0.0, 0.0], [5.0, 5.0]), ([9.0, 1.0], [5.0, 5.0])]
        );
    }

    #[test]
    fn no_links_without_exactly_one_lead_partner() {
        assert!(lead_links(&[marker("a", false, [0.0, 0.0])]).is_empty());
        let two = [
            marker("a", true, [0.0, 0.0]),
            marker("b", true, [1.0, 1.0]),
            marker("c", false, [2.0, 2.0]),
        ];
        assert!(lead_links(&two).is_empty());
    }

    #[test]
    fn regions_are_drawn_in_data_order_and_regions_without_a_shape_are_left_out() {
        let data = secon();
        let drawn = drawn_regions(
            &data,
            vec![shape("haskovo"), shape("peloponnese"), shape("nowhere")],
            &crate::i18n::Messages::english(),
        );
        let ids: Vec<&str> = drawn.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["peloponnese", "haskovo"]);
        assert!(
            drawn[0].d.ends_with("peloponnese"),
            "each region gets its own shape"
        );
    }
}
