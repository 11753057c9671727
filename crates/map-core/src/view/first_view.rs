//! Rules of the prerendered first view that depend on the data file and the geometry, written
//! into its inline stylesheet by the build: what a visitor without script sees where the wasm
//! would have done it (the followed region marked on the map, labels a phone can read).

use crate::data::model::DataFile;

/// CSS that marks, without script, the region whose `#region=` link was followed (the region's
/// shape and its partners' seats, as the wasm's selection does) and the seat whose `#partner=`
/// link was followed. The prerender shows the followed panel by `:target`; these rules reach
/// from that panel to the map through `:has`. Ids are the data file's, which allow only
/// `a-z0-9-` (`RegionId`, `PartnerId`), so they need no escaping inside the quotes.
pub fn followed_region_css(data: &DataFile) -> String {
    let mut css = String::new();
    for region in &data.regions {
        let id = region.id.as_str();
        let seats: Vec<String> = data
            .partners
            .iter()
            .filter(|p| p.region.as_ref() == Some(&region.id))
            .map(|p| format!("[data-id=\"{}\"] .marker", p.id))
            .collect();
        css.push_str(&format!(
            ".imap:has([id=\"region={id}\"]:target) :is([data-id=\"{id}\"] .region{}) \
             {{ fill: var(--imap-selected); stroke: var(--imap-fg); stroke-width: 2px; }}\n",
            seats.iter().map(|s| format!(", {s}")).collect::<String>()
        ));
    }
    for partner in data.partners.iter().filter(|p| p.region.is_none()) {
        let id = partner.id.as_str();
        css.push_str(&format!(
            ".imap:has([id=\"partner={id}\"]:target) [data-id=\"{id}\"] .marker \
             {{ fill: var(--imap-selected); stroke: var(--imap-fg); stroke-width: 2px; }}\n"
        ));
    }
    css
}

/// The smallest size, in CSS pixels, a country label may have on a phone without script.
pub const MIN_LABEL_PX: f64 = 11.0;

/// CSS that keeps the map's country labels at least [`MIN_LABEL_PX`] on a phone for a visitor
/// without script (the wasm sizes them from the map's measured width; without script nothing
/// measures it). The map of `view_width` user units is drawn about as wide as the viewport
/// less `margin` pixels; for each band of viewport widths the font size, in user units, is the
/// one that gives the minimum at the band's narrowest width. Applies while `<html>` has no
/// `data-imap-theme`, which public/boot.js writes first thing: only where no script runs.
pub fn phone_label_css(view_width: f64, margin: f64) -> String {
    const BANDS: [(u32, u32); 5] = [(0, 359), (360, 399), (400, 479), (480, 599), (600, 899)];
    let mut css = String::new();
    for (from, to) in BANDS {
        let narrowest = f64::from(from.max(300)) - margin;
        if narrowest <= 0.0 {
            continue;
        }
        let size = (MIN_LABEL_PX * view_width / narrowest).ceil();
        css.push_str(&format!(
            "@media (min-width: {from}px) and (max-width: {to}px) {{ \
             html:not([data-imap-theme]) .imap__svg .labels text {{ font-size: {size}px; }} }}\n"
        ));
    }
    css
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_region_and_its_partners_seats_are_marked_when_its_panel_is_followed() {
        let data = crate::data::load(
            "secon.json",
            include_str!("../../../../public/data/secon.json"),
        )
        .data;
        let css = followed_region_css(&data);
        for region in &data.regions {
            assert!(
                css.contains(&format!("[id=\"region={}\"]:target", region.id)),
                "{}",
                region.id
            );
        }
        // A partner with a region is marked with it; one without has its own rule.
        let with = data.partners.iter().find(|p| p.region.is_some()).unwrap();
        assert!(css.contains(&format!("[data-id=\"{}\"] .marker", with.id)));
        if let Some(alone) = data.partners.iter().find(|p| p.region.is_none()) {
            assert!(css.contains(&format!("[id=\"partner={}\"]:target", alone.id)));
        }
    }

    #[test]
    fn phone_labels_reach_the_minimum_at_the_narrowest_width_of_each_band() {
        let view_width = 1000.0;
        let css = phone_label_css(view_width, 20.0);
        // 320 px is in the first band, counted from 300: 11 px × 1000 / 280 = 39.3 → 40 units.
        assert!(css.contains("(min-width: 0px) and (max-width: 359px)"));
        assert!(css.contains("font-size: 40px"));
        // 360 px: 11 × 1000 / 340 = 32.4 → 33.
        assert!(css.contains("font-size: 33px"));
        for line in css.lines() {
            let size: f64 = line
                .split("font-size: ")
                .nth(1)
                .and_then(|s| s.split("px").next())
                .and_then(|s| s.parse().ok())
                .unwrap();
            let from: f64 = line
                .split("min-width: ")
                .nth(1)
                .and_then(|s| s.split("px").next())
                .and_then(|s| s.parse().ok())
                .unwrap();
            let drawn = from.max(300.0) - 20.0;
            assert!(size * drawn / view_width >= MIN_LABEL_PX, "{line}");
        }
    }
}
