//! The exported map's colours: named colour slots, where the app reads each in the live widget,
//! the light theme's value when it reads none, and the embedded style sheet that uses them.

/// One colour of the exported map, named for what it paints.
struct Slot {
    /// The name the style sheet writes it by, after a `$`.
    name: &'static str,
    /// Where the app reads it: a CSS selector inside the widget's root, empty for the root.
    selector: &'static str,
    /// The computed property read there.
    property: &'static str,
    /// The light theme's value (`style/main.css`).
    light: &'static str,
}

/// Every colour slot, in the order of [`COLOURS`].
///
/// The legend's swatches stand for the map's shapes where they can: they are never hovered or
/// focused, so they show the plain colours.
const SLOTS: [Slot; 19] = [
    Slot {
        name: "page",
        selector: "",
        property: "background-color",
        light: "#ffffff",
    },
    Slot {
        name: "sea",
        selector: ".imap__map-frame > svg",
        property: "background-color",
        light: "#eaf1f8",
    },
    Slot {
        name: "text",
        selector: "",
        property: "color",
        light: "#1b1f24",
    },
    Slot {
        name: "muted",
        selector: ".imap__attribution",
        property: "color",
        light: "#4a5361",
    },
    Slot {
        name: "country",
        selector: ".imap__map-frame .country:not(.partner)",
        property: "fill",
        light: "#dde1e6",
    },
    Slot {
        name: "country-edge",
        selector: ".imap__map-frame .country:not(.partner)",
        property: "stroke",
        light: "#ffffff",
    },
    Slot {
        name: "partner-country",
        selector: ".imap__legend .country.partner",
        property: "fill",
        light: "#c4d8ee",
    },
    Slot {
        name: "partner-country-edge",
        selector: ".imap__legend .country.partner",
        property: "stroke",
        light: "#ffffff",
    },
    Slot {
        name: "region",
        selector: ".imap__legend .region",
        property: "fill",
        light: "#0b5cad",
    },
    Slot {
        name: "region-edge",
        selector: ".imap__legend .region",
        property: "stroke",
        light: "#06386b",
    },
    Slot {
        name: "selected",
        selector: ".imap__map-frame .region.selected",
        property: "fill",
        light: "#f2a900",
    },
    Slot {
        name: "selected-edge",
        selector: ".imap__map-frame .region.selected",
        property: "stroke",
        light: "#1b1f24",
    },
    Slot {
        name: "context",
        selector: ".imap__map-frame .context-region",
        property: "stroke",
        light: "#8a94a3",
    },
    Slot {
        name: "seat",
        selector: ".imap__legend .marker:not(.lead)",
        property: "fill",
        light: "#ffffff",
    },
    Slot {
        name: "seat-edge",
        selector: ".imap__legend .marker:not(.lead)",
        property: "stroke",
        light: "#06386b",
    },
    Slot {
        name: "lead-seat",
        selector: ".imap__legend .marker.lead",
        property: "fill",
        light: "#c2410c",
    },
    Slot {
        name: "lead-seat-edge",
        selector: ".imap__legend .marker.lead",
        property: "stroke",
        light: "#7c2d12",
    },
    Slot {
        name: "label",
        selector: ".imap__map-frame .labels text",
        property: "fill",
        light: "#334155",
    },
    Slot {
        name: "label-halo",
        selector: ".imap__map-frame .labels text",
        property: "stroke",
        light: "rgb(255 255 255 / 0.85)",
    },
];

/// The colours of the exported map, one row per colour slot: where the app reads each one in the
/// live widget (a CSS selector inside the widget's root, empty for the root itself, and the
/// computed property), and the light theme's value (`style/main.css`), used when the page gives
/// none or one that is not a plain colour. The app passes the colours it read in this order.
pub const COLOURS: [(&str, &str, &str); 19] = rows();

/// [`SLOTS`] without their names, for the app.
const fn rows() -> [(&'static str, &'static str, &'static str); 19] {
    let mut out = [("", "", ""); 19];
    let mut i = 0;
    while i < SLOTS.len() {
        out[i] = (SLOTS[i].selector, SLOTS[i].property, SLOTS[i].light);
        i += 1;
    }
    out
}

/// The embedded style sheet, `$name` standing for the colour of the slot so named. Stroke widths are those of
/// the live map, in px of the document (non-scaling strokes, as on the page).
const STYLE: &str = "text{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",Arial,sans-serif}\
.page{fill:$page}.sea{fill:$sea}\
.title{font-size:28px;font-weight:700;fill:$text}\
.subtitle{font-size:18px;font-weight:600;fill:$muted}\
.legend{font-size:15px;fill:$text}\
.attribution{font-size:13px;fill:$muted}\
path,line{vector-effect:non-scaling-stroke}\
.country{fill:$country;stroke:$country-edge;stroke-width:0.6px}\
.country.partner{fill:$partner-country;stroke:$partner-country-edge}\
.region{fill:$region;stroke:$region-edge;stroke-width:1px}\
.region.selected{fill:$selected;stroke:$selected-edge;stroke-width:2px}\
.context-region{fill:none;stroke:$context;stroke-width:0.4px}\
.marker{fill:$seat;stroke:$seat-edge;stroke-width:1.5px}\
.marker.lead{fill:$lead-seat;stroke:$lead-seat-edge}\
.legend-swatch .marker{stroke-width:1px}\
.labels text{fill:$label;font-weight:600;text-anchor:middle;dominant-baseline:middle;\
paint-order:stroke;stroke:$label-halo;stroke-width:3px;stroke-linejoin:round}\
.links line{stroke:$lead-seat;stroke-width:1.5px;stroke-dasharray:4 3}";

/// Appends [`STYLE`] with the page's colours in place of its `$name` marks (`colours` in the order
/// of [`COLOURS`]).
pub(super) fn push_style(out: &mut String, colours: &[String]) {
    for (i, part) in STYLE.split('$').enumerate() {
        let mut rest = part;
        if i > 0 {
            let len = part
                .find(|c: char| !(c.is_ascii_lowercase() || c == '-'))
                .unwrap_or(part.len());
            let name = part.get(..len).unwrap_or_default();
            let slot = SLOTS.iter().position(|s| s.name == name);
            let light = slot.and_then(|i| SLOTS.get(i)).map_or("none", |s| s.light);
            let page = slot.and_then(|i| colours.get(i)).map_or("", String::as_str);
            out.push_str(colour(page, light));
            rest = part.get(len..).unwrap_or_default();
        }
        out.push_str(rest);
    }
}

/// `value` if it is a plain CSS colour, else `fallback`.
pub(super) fn colour<'a>(value: &'a str, fallback: &'a str) -> &'a str {
    let value = value.trim();
    let plain = !value.is_empty()
        && value.len() <= 64
        && value.chars().all(|c| {
            c.is_ascii_alphanumeric()
                || matches!(c, '#' | '(' | ')' | ',' | '.' | '%' | '/' | '-' | ' ')
        });
    if plain { value } else { fallback }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::export::{ATTRIBUTION_PX, LEGEND_PX, SUBTITLE_PX, TITLE_PX};

    #[test]
    fn the_style_sheet_uses_every_colour_and_the_layout_font_sizes() {
        let mut style = String::new();
        push_style(&mut style, &[]);
        assert!(!style.contains('$'), "{style}");
        for (_, _, light) in COLOURS {
            assert!(style.contains(light), "{light} unused");
        }
        for (class, px) in [
            ("title", TITLE_PX),
            ("subtitle", SUBTITLE_PX),
            ("legend", LEGEND_PX),
            ("attribution", ATTRIBUTION_PX),
        ] {
            assert!(
                style.contains(&format!(".{class}{{font-size:{px}px;")),
                "{class}"
            );
        }
        let names = STYLE.split('$').skip(1).map(|p| {
            p.split(|c: char| !(c.is_ascii_lowercase() || c == '-'))
                .next()
                .unwrap_or_default()
        });
        for name in names {
            assert!(SLOTS.iter().any(|s| s.name == name), "${name} is no slot");
        }
    }
}
