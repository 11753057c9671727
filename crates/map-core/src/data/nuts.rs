//! The rule that every NUTS code of a region exists in NUTS 2024, checked against the NUTS 3
//! topology (`geo/nuts3.json`, every NUTS 3 region of the map with its name): a code of level 1
//! or 2 exists when it prefixes a NUTS 3 code, a level 0 code when the country has NUTS 3
//! regions. Checked apart from [`load`](crate::data::load()), like the geometry, because the
//! list is a second file; the widget fetches it only for regions the build did not draw.
//!
//! An unknown code gets the nearest codes of its level with their names: those of the region's
//! country first, then by edit distance.

use std::fmt;

use crate::data::error::{DataError, Location};
use crate::data::model::DataFile;
use crate::data::suggest::edit_distance;
use crate::geo::merge::members;
use crate::geo::shape::ShapeFile;

/// How many nearest codes a message offers.
const NEAREST: usize = 3;

/// A region's NUTS code that is not in NUTS 2024, with the nearest codes that are.
#[derive(Debug, Clone, PartialEq)]
pub struct UnknownNuts {
    /// Where: the code in the region's `nuts` list.
    pub at: Location,
    /// The code as written.
    pub code: String,
    /// The nearest existing codes of the same level, each with its name (a NUTS 3 name, or for
    /// a wider code the NUTS 3 regions it holds).
    pub nearest: Vec<(String, String)>,
}

impl fmt::Display for UnknownNuts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {:?} is not a NUTS 2024 code, so the region cannot be drawn from it",
            self.at, self.code
        )?;
        let nearest: Vec<String> = self
            .nearest
            .iter()
            .map(|(code, name)| format!("{code} ({name})"))
            .collect();
        if !nearest.is_empty() {
            write!(f, "; the nearest codes: {}", nearest.join(", "))?;
        }
        Ok(())
    }
}

/// Every NUTS code of `data`'s regions that stands for no NUTS 3 region of `nuts3`.
///
/// Paths index `data.regions` (as for [`crate::data::validate::check_geometry`]); positions are
/// filled in by [`crate::data::locate`].
pub fn unknown_codes(file: &str, data: &DataFile, nuts3: &ShapeFile) -> Vec<UnknownNuts> {
    let mut found = Vec::new();
    for (i, region) in data.regions.iter().enumerate() {
        for (j, code) in region.nuts.iter().enumerate() {
            let code = code.as_str();
            if members(nuts3, code).next().is_some() {
                continue;
            }
            let mut at = Location::new(file, format!("regions[{i}].nuts[{j}]"));
            at.record = Some(format!("region {:?}", region.id.as_str()));
            found.push(UnknownNuts {
                at,
                code: code.to_owned(),
                nearest: nearest(nuts3, code, &region.country),
            });
        }
    }
    found
}

/// [`unknown_codes`] as data-file errors, for the validator and the editor.
pub fn check_nuts(file: &str, data: &DataFile, nuts3: &ShapeFile) -> Vec<DataError> {
    unknown_codes(file, data, nuts3)
        .into_iter()
        .map(DataError::UnknownNuts)
        .collect()
}

/// The existing codes of `code`'s level nearest to it, with their names.
fn nearest(nuts3: &ShapeFile, code: &str, country: &str) -> Vec<(String, String)> {
    let level_len = code.len();
    let mut codes: Vec<&str> = nuts3
        .features
        .iter()
        .filter_map(|shape| shape.id.get(..level_len))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let same_country = |c: &str| !c.starts_with(country);
    codes.sort_by_key(|c| (same_country(c), edit_distance(code, c), *c));
    codes
        .into_iter()
        .take(NEAREST)
        .map(|c| (c.to_owned(), name_of(nuts3, c)))
        .collect()
}

/// A NUTS 3 region's name; for a wider code, its NUTS 3 regions ("Soria, Burgos … 9 NUTS 3
/// regions"), since the NUTS 3 file names only its own level.
fn name_of(nuts3: &ShapeFile, code: &str) -> String {
    let names: Vec<&str> = members(nuts3, code).map(|s| s.name.as_str()).collect();
    match names.as_slice() {
        [one] => (*one).to_owned(),
        [a, b] => format!("{a}, {b}"),
        [a, b, ..] => format!("{a}, {b} … {} NUTS 3 regions", names.len()),
        [] => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load;
    use crate::geo::shape::parse_shapes;

    fn nuts3() -> ShapeFile {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../geo/nuts3.json");
        let text = std::fs::read_to_string(path).expect("the shipped NUTS 3 file");
        parse_shapes("geo/nuts3.json", &text).expect("it parses")
    }

    fn fixture() -> String {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/second-project/example-project.json"
        );
        std::fs::read_to_string(path).expect("the second project's fixture")
    }

    #[test]
    fn every_code_of_the_second_project_exists_at_levels_one_to_three() {
        let loaded = load("example-project.json", &fixture());
        assert!(loaded.is_valid(), "{:?}", loaded.errors);
        assert!(unknown_codes("x", &loaded.data, &nuts3()).is_empty());
    }

    #[test]
    fn a_country_code_is_a_level_zero_nuts_code() {
        let nuts3 = nuts3();
        assert_eq!(members(&nuts3, "SK").count(), 8);
        assert_eq!(members(&nuts3, "XX").count(), 0);
    }

    #[test]
    fn a_misspelt_nuts_3_code_names_the_nearest_codes_of_its_country_with_their_names() {
        let text = fixture().replace("\"ES417\"", "\"ES41X\"");
        let loaded = load("example-project.json", &text);
        let unknown = unknown_codes("example-project.json", &loaded.data, &nuts3());
        let [problem] = unknown.as_slice() else {
            panic!("one unknown code expected, got {unknown:?}");
        };
        assert_eq!(problem.code, "ES41X");
        assert_eq!(problem.at.path, "regions[0].nuts[0]");
        assert_eq!(problem.nearest.len(), NEAREST);
        assert!(problem.nearest.iter().all(|(c, _)| c.starts_with("ES41")));
        let line = problem.to_string();
        assert!(line.contains("\"ES41X\" is not a NUTS 2024 code"), "{line}");
        assert!(line.contains("ES411 (Ávila)"), "{line}");
    }

    #[test]
    fn a_wider_unknown_code_is_offered_codes_of_its_own_level_named_by_their_nuts_3_regions() {
        let text = fixture().replace("\"FI19\"", "\"FI18\"");
        let loaded = load("example-project.json", &text);
        let errors = check_nuts("example-project.json", &loaded.data, &nuts3());
        let line = errors.first().map(ToString::to_string).unwrap_or_default();
        assert!(line.contains("\"FI18\" is not a NUTS 2024 code"), "{line}");
        assert!(
            line.contains("FI19 (Satakunta, Keski-Suomi … 5 NUTS 3 regions)"),
            "{line}"
        );
        assert!(line.contains("(region \"west-finland\")"), "{line}");
    }
}
