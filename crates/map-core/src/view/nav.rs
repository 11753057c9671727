//! Moving between regions (previous/next, wrapping) and the deep links `#region=<id>` and, for a
//! partner without a region, `#partner=<id>`.

use crate::data::ids::{PartnerId, RegionId};

/// The region after `current` in `order`, wrapping to the first; the first when nothing is selected
/// or `current` is not in the list; `None` for an empty list.
pub fn next_region<'a>(order: &'a [RegionId], current: Option<&RegionId>) -> Option<&'a RegionId> {
    let position = current.and_then(|c| order.iter().position(|r| r == c));
    match position {
        Some(i) => order.get(i + 1).or_else(|| order.first()),
        None => order.first(),
    }
}

/// The region before `current`, wrapping to the last; the last when nothing is selected.
pub fn previous_region<'a>(
    order: &'a [RegionId],
    current: Option<&RegionId>,
) -> Option<&'a RegionId> {
    let position = current.and_then(|c| order.iter().position(|r| r == c));
    match position {
        Some(0) | None => order.last(),
        Some(i) => order.get(i - 1),
    }
}

/// The URL fragment for a selection: `#region=<id>`, or empty for the overview.
pub fn region_hash(selected: Option<&RegionId>) -> String {
    selected
        .map(|id| format!("#region={id}"))
        .unwrap_or_default()
}

/// The region a URL fragment asks for, if it names one of `known`. Other fragments (a host page's
/// own anchors) are ignored, never an error.
pub fn region_from_hash(hash: &str, known: &[RegionId]) -> Option<RegionId> {
    let wanted = hash
        .trim_start_matches('#')
        .split('&')
        .find_map(|pair| pair.strip_prefix("region="))?;
    known.iter().find(|id| id.as_str() == wanted).cloned()
}

/// The URL fragment of a partner's own panel: `#partner=<id>`.
pub fn partner_hash(id: &PartnerId) -> String {
    format!("#partner={id}")
}

/// The partner a URL fragment asks for, if it names one of `known` (the partners without a region).
pub fn partner_from_hash(hash: &str, known: &[PartnerId]) -> Option<PartnerId> {
    let wanted = hash
        .trim_start_matches('#')
        .split('&')
        .find_map(|pair| pair.strip_prefix("partner="))?;
    known.iter().find(|id| id.as_str() == wanted).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<RegionId> {
        list.iter().map(|s| RegionId::parse(s).unwrap()).collect()
    }

    #[test]
    fn next_region_wraps_to_first() {
        let order = ids(&["a", "b", "c"]);
        assert_eq!(next_region(&order, Some(&order[0])), Some(&order[1]));
        assert_eq!(next_region(&order, Some(&order[2])), Some(&order[0]));
        assert_eq!(next_region(&order, None), Some(&order[0]));
    }

    #[test]
    fn previous_region_wraps_to_last() {
        let order = ids(&["a", "b", "c"]);
        assert_eq!(previous_region(&order, Some(&order[0])), Some(&order[2]));
        assert_eq!(previous_region(&order, Some(&order[2])), Some(&order[1]));
        assert_eq!(previous_region(&order, None), Some(&order[2]));
    }

    #[test]
    fn an_empty_region_list_has_no_next_or_previous() {
        assert_eq!(next_region(&[], None), None);
        assert_eq!(previous_region(&[], None), None);
    }

    #[test]
    fn the_hash_round_trips_and_ignores_unknown_regions_and_foreign_anchors() {
        let known = ids(&["extremadura", "haskovo"]);
        assert_eq!(region_hash(Some(&known[0])), "#region=extremadura");
        assert_eq!(region_hash(None), "");
        assert_eq!(
            region_from_hash("#region=extremadura", &known),
            Some(known[0].clone())
        );
        assert_eq!(
            region_from_hash("#top&region=haskovo", &known),
            Some(known[1].clone())
        );
        assert_eq!(region_from_hash("#region=atlantis", &known), None);
        assert_eq!(region_from_hash("#contact", &known), None);
        assert_eq!(region_from_hash("", &known), None);
    }

    #[test]
    fn the_partner_hash_round_trips_and_ignores_partners_not_listed() {
        let known = vec![PartnerId::parse("kmop").unwrap()];
        assert_eq!(partner_hash(&known[0]), "#partner=kmop");
        assert_eq!(
            partner_from_hash("#partner=kmop", &known),
            Some(known[0].clone())
        );
        assert_eq!(partner_from_hash("#partner=mazovia", &known), None);
        assert_eq!(partner_from_hash("#region=kmop", &known), None);
    }
}
