//! The map as a file to download (issue 11): one self-contained SVG document with a title, the map
//! as it is drawn now, its legend and its attribution, and the file's name.
//!
//! The browser gives the map's markup as it is drawn (serialized from the live `<svg>`, so it keeps
//! the current zoom and the selected region's classes) and the colours the page resolved for each
//! kind of shape. The page's stylesheet and its custom properties do not travel with a downloaded
//! file, so those colours are written into the document's own `<style>`. The app draws the PNG from
//! this same document in the browser, at twice its size.
//!
//! Text from the data file and the interface (title, region, legend, attribution) is escaped here:
//! it is never markup. Only the map's markup, which the browser serialized, is copied as it is.

use std::fmt::Write as _;

use crate::geo::fit::ViewBox;

/// Width of the exported document in CSS pixels (the PNG is twice as wide).
pub const WIDTH: u32 = 1000;
/// Space around the content, px.
const PAD: f64 = 24.0;
/// Font sizes, px.
const TITLE_PX: f64 = 28.0;
const SUBTITLE_PX: f64 = 18.0;
const LEGEND_PX: f64 = 15.0;
const ATTRIBUTION_PX: f64 = 13.0;
/// Average advance of a character of the sans-serif font, in em: a generous estimate, so that
/// wrapped text stays inside the page whatever font the viewer has.
const EM_PER_CHAR: f64 = 0.58;
/// Longest part of a file name, in characters.
const SLUG_MAX: usize = 60;

/// The colours of the exported map: where the app reads each one in the live widget (a CSS selector
/// inside the widget's root, empty for the root itself, and the computed property), and the light
/// theme's value (`style/main.css`), used when the page gives none or one that is not a plain
/// colour. The embedded style sheet refers to row n by `$` and the n-th letter (`$a` is the first).
///
/// The legend's swatches stand for the map's shapes where they can: they are never hovered or
/// focused, so they show the plain colours.
pub const COLOURS: [(&str, &str, &str); 19] = [
    ("", "background-color", "#ffffff"), // a: page
    (".imap__map-frame > svg", "background-color", "#eaf1f8"), // b: sea
    ("", "color", "#1b1f24"),            // c: text
    (".imap__attribution", "color", "#4a5361"), // d: muted text
    (".imap__map-frame .country:not(.partner)", "fill", "#dde1e6"), // e: country
    (
        ".imap__map-frame .country:not(.partner)",
        "stroke",
        "#ffffff",
    ), // f
    (".imap__legend .country.partner", "fill", "#c4d8ee"), // g: partner country
    (".imap__legend .country.partner", "stroke", "#ffffff"), // h
    (".imap__legend .region", "fill", "#0b5cad"), // i: partner region
    (".imap__legend .region", "stroke", "#06386b"), // j
    (".imap__map-frame .region.selected", "fill", "#f2a900"), // k: selected region
    (".imap__map-frame .region.selected", "stroke", "#1b1f24"), // l
    (".imap__map-frame .context-region", "stroke", "#8a94a3"), // m: NUTS 3 context
    (".imap__legend .marker:not(.lead)", "fill", "#ffffff"), // n: partner's seat
    (".imap__legend .marker:not(.lead)", "stroke", "#06386b"), // o
    (".imap__legend .marker.lead", "fill", "#c2410c"), // p: lead partner's seat
    (".imap__legend .marker.lead", "stroke", "#7c2d12"), // q
    (".imap__map-frame .labels text", "fill", "#334155"), // r: country names
    (
        ".imap__map-frame .labels text",
        "stroke",
        "rgb(255 255 255 / 0.85)",
    ), // s: their halo
];

/// The embedded style sheet, `$x` standing for a colour of [`COLOURS`]. Stroke widths are those of
/// the live map, in px of the document (non-scaling strokes, as on the page).
const STYLE: &str = "text{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",Arial,sans-serif}\
.page{fill:$a}.sea{fill:$b}\
.title{font-size:28px;font-weight:700;fill:$c}\
.subtitle{font-size:18px;font-weight:600;fill:$d}\
.legend{font-size:15px;fill:$c}\
.attribution{font-size:13px;fill:$d}\
path,line{vector-effect:non-scaling-stroke}\
.country{fill:$e;stroke:$f;stroke-width:0.6px}\
.country.partner{fill:$g;stroke:$h}\
.region{fill:$i;stroke:$j;stroke-width:1px}\
.region.selected{fill:$k;stroke:$l;stroke-width:2px}\
.context-region{fill:none;stroke:$m;stroke-width:0.4px}\
.marker{fill:$n;stroke:$o;stroke-width:1.5px}\
.marker.lead{fill:$p;stroke:$q}\
.legend-swatch .marker{stroke-width:1px}\
.labels text{fill:$r;font-weight:600;text-anchor:middle;dominant-baseline:middle;\
paint-order:stroke;stroke:$s;stroke-width:3px;stroke-linejoin:round}\
.links line{stroke:$p;stroke-width:1.5px;stroke-dasharray:4 3}";

/// How a legend entry's swatch is drawn: with the map's own class, so with its colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swatch {
    /// A partner region.
    Region,
    /// The selected region.
    SelectedRegion,
    /// A partner country.
    PartnerCountry,
    /// A partner's seat.
    Marker,
    /// The lead partner's seat.
    LeadMarker,
}

/// The map's legend, in its order: each entry's catalogue key and swatch. The widget's legend
/// under the map and the exported file's both draw it.
pub const LEGEND: [(&str, Swatch); 4] = [
    ("legend-region", Swatch::Region),
    ("legend-country", Swatch::PartnerCountry),
    ("legend-seat", Swatch::Marker),
    ("legend-lead-seat", Swatch::LeadMarker),
];

/// One line of the legend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegendEntry {
    /// What the swatch means, in the interface language.
    pub label: String,
    /// The swatch.
    pub swatch: Swatch,
}

/// Everything the downloaded document is made of.
#[derive(Debug, Clone, Copy)]
pub struct Export<'a> {
    /// The map's `viewBox` (the frame the markup is drawn in).
    pub view_box: ViewBox,
    /// The map's content as the browser serialized it (the zoom group with its transform). Copied
    /// as it is: it must be well-formed XML, as `XMLSerializer` writes it.
    pub map_markup: &'a str,
    /// The title (the project's name).
    pub title: &'a str,
    /// The subtitle (the selected region's name), if any.
    pub subtitle: Option<&'a str>,
    /// The legend.
    pub legend: &'a [LegendEntry],
    /// The attribution the geometry's licence asks for.
    pub attribution: &'a str,
    /// The colours the page resolved, in the order of [`COLOURS`] (missing or unusable ones are
    /// the light theme's).
    pub colours: &'a [String],
}

/// A composed document and its size in CSS pixels (whole numbers, so a PNG at 2x is exact).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportedSvg {
    /// The SVG document.
    pub svg: String,
    /// `width` attribute, px.
    pub width: u32,
    /// `height` attribute, px.
    pub height: u32,
}

/// Composes the standalone SVG document: a header with the title and subtitle, the map clipped to
/// its frame, and a footer with the legend and the attribution, on the page's background.
pub fn compose_svg(export: &Export<'_>) -> ExportedSvg {
    let width = f64::from(WIDTH);
    let inner = width - 2.0 * PAD;
    let vb = sane_view_box(export.view_box);
    let map_height = inner * vb.height / vb.width;

    // Header: the title's lines, then the subtitle's.
    let mut body = String::new();
    let mut y = PAD;
    for line in wrap(export.title, inner, TITLE_PX * 1.05) {
        y += TITLE_PX * 1.2;
        text_line(&mut body, "title", PAD, y - TITLE_PX * 0.25, &line);
    }
    if let Some(subtitle) = export.subtitle.filter(|s| !s.trim().is_empty()) {
        y += 4.0;
        for line in wrap(subtitle, inner, SUBTITLE_PX) {
            y += SUBTITLE_PX * 1.3;
            text_line(&mut body, "subtitle", PAD, y - SUBTITLE_PX * 0.3, &line);
        }
    }
    y += 14.0;

    // The map, clipped to its frame (a zoomed map draws far outside it).
    let map_y = y;
    let _ = write!(
        body,
        "<clipPath id=\"imap-export-clip\"><rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"6\"/></clipPath>\
         <g clip-path=\"url(#imap-export-clip)\"><rect class=\"sea\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\"/>\
         <svg class=\"map\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" viewBox=\"{} {} {} {}\" preserveAspectRatio=\"xMidYMid meet\" overflow=\"hidden\">",
        Num(vb.x),
        Num(vb.y),
        Num(vb.width),
        Num(vb.height),
        x = Num(PAD),
        y = Num(map_y),
        w = Num(inner),
        h = Num(map_height),
    );
    body.push_str(export.map_markup);
    body.push_str("</svg></g>");
    y = map_y + map_height + 14.0;

    // Footer: the legend's entries in rows, then the attribution.
    let row = LEGEND_PX * 1.8;
    let mut x = PAD;
    let mut row_top = y;
    if !export.legend.is_empty() {
        for entry in export.legend {
            let item = 22.0 + 8.0 + text_width(&entry.label, LEGEND_PX) + 22.0;
            if x > PAD && x + item - 22.0 > width - PAD {
                x = PAD;
                row_top += row;
            }
            swatch(&mut body, entry.swatch, x, row_top + (row - 16.0) / 2.0);
            text_line(
                &mut body,
                "legend",
                x + 30.0,
                row_top + row / 2.0 + LEGEND_PX * 0.35,
                &entry.label,
            );
            x += item;
        }
        y = row_top + row + 6.0;
    }
    for line in wrap(export.attribution, inner, ATTRIBUTION_PX) {
        y += ATTRIBUTION_PX * 1.4;
        text_line(
            &mut body,
            "attribution",
            PAD,
            y - ATTRIBUTION_PX * 0.3,
            &line,
        );
    }
    let height = (y + PAD).ceil();
    let height = if (1.0..=100_000.0).contains(&height) {
        height as u32
    } else {
        WIDTH
    };

    let mut svg = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\"><title>"
    );
    push_escaped(&mut svg, export.title);
    if let Some(subtitle) = export.subtitle.filter(|s| !s.trim().is_empty()) {
        svg.push_str(" – ");
        push_escaped(&mut svg, subtitle);
    }
    svg.push_str("</title><style>");
    push_style(&mut svg, export.colours);
    let _ = write!(
        svg,
        "</style><rect class=\"page\" width=\"{WIDTH}\" height=\"{height}\"/>"
    );
    svg.push_str(&body);
    svg.push_str("</svg>\n");
    ExportedSvg {
        svg,
        width: WIDTH,
        height,
    }
}

/// Appends [`STYLE`] with the page's colours in place of its `$x` marks.
fn push_style(out: &mut String, colours: &[String]) {
    for (i, part) in STYLE.split('$').enumerate() {
        let mut rest = part;
        if i > 0 {
            let row = usize::from(part.bytes().next().unwrap_or(b'a').wrapping_sub(b'a'));
            let light = COLOURS.get(row).map_or("none", |c| c.2);
            out.push_str(colour(colours.get(row).map_or("", String::as_str), light));
            rest = part.get(1..).unwrap_or_default();
        }
        out.push_str(rest);
    }
}

/// A legend swatch in a 22 × 16 px box whose top left corner is (`x`, `y`).
fn swatch(out: &mut String, kind: Swatch, x: f64, y: f64) {
    let _ = write!(
        out,
        "<g class=\"legend-swatch\" transform=\"translate({} {})\">",
        Num(x),
        Num(y)
    );
    let rect =
        |class| format!("<rect class=\"{class}\" x=\"1\" y=\"1\" width=\"20\" height=\"14\"/>");
    // The same shapes as the map's markers (crate::view::layers), scaled to the box.
    let seat = |class, d| {
        format!("<path class=\"{class}\" transform=\"translate(11 8) scale(5.5)\" d=\"{d}\"/>")
    };
    out.push_str(&match kind {
        Swatch::Region => rect("region"),
        Swatch::SelectedRegion => rect("region selected"),
        Swatch::PartnerCountry => rect("country partner"),
        Swatch::Marker => seat("marker", crate::view::layers::SEAT_PATH),
        Swatch::LeadMarker => seat("marker lead", crate::view::layers::LEAD_SEAT_PATH),
    });
    out.push_str("</g>");
}

/// One line of text with its baseline at (`x`, `y`).
fn text_line(out: &mut String, class: &str, x: f64, y: f64, text: &str) {
    let _ = write!(
        out,
        "<text class=\"{class}\" x=\"{}\" y=\"{}\">",
        Num(x),
        Num(y)
    );
    push_escaped(out, text);
    out.push_str("</text>");
}

/// A view box that can be drawn: a degenerate or non-finite one becomes the unit square.
fn sane_view_box(vb: ViewBox) -> ViewBox {
    let ok = [vb.x, vb.y, vb.width, vb.height]
        .iter()
        .all(|v| v.is_finite())
        && vb.width > 0.0
        && vb.height > 0.0
        && vb.height / vb.width < 10.0
        && vb.width / vb.height < 10.0;
    if ok {
        vb
    } else {
        ViewBox {
            x: 0.0,
            y: 0.0,
            width: 1.0,
            height: 1.0,
        }
    }
}

/// Estimated width of `text` in px at `font_px`.
fn text_width(text: &str, font_px: f64) -> f64 {
    text.chars().count() as f64 * font_px * EM_PER_CHAR
}

/// Greedy word wrap of `text` into lines no wider than `max_px` (estimated) at `font_px`. A word
/// longer than a line gets a line of its own.
fn wrap(text: &str, max_px: f64, font_px: f64) -> Vec<String> {
    let max_chars = ((max_px / (font_px * EM_PER_CHAR)).floor() as usize).max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max_chars {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A number for an attribute: at most two decimals, no trailing zeros, no `-0`.
struct Num(f64);

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let rounded = (self.0 * 100.0).round() / 100.0;
        write!(f, "{}", if rounded == 0.0 { 0.0 } else { rounded })
    }
}

/// `value` if it is a plain CSS colour, else `fallback`.
fn colour<'a>(value: &'a str, fallback: &'a str) -> &'a str {
    let value = value.trim();
    let plain = !value.is_empty()
        && value.len() <= 64
        && value.chars().all(|c| {
            c.is_ascii_alphanumeric()
                || matches!(c, '#' | '(' | ')' | ',' | '.' | '%' | '/' | '-' | ' ')
        });
    if plain { value } else { fallback }
}

/// Text as XML character data or attribute value: `& < > " '` escaped, and the characters XML 1.0
/// does not allow (control characters) dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
}

/// The download's file name: `<project>-<region>.<extension>` in lower-case ASCII (accents folded,
/// anything else a hyphen). Each part is the first of its candidates that leaves something (the
/// acronym, else the name; the region's name, else its id); no region part when none does, `map`
/// when nothing is left at all.
pub fn file_name(project: &[&str], region: &[&str], extension: &str) -> String {
    let first = |names: &[&str]| {
        names
            .iter()
            .map(|n| slug(n))
            .find(|s| !s.is_empty())
            .unwrap_or_default()
    };
    let mut stem = first(project);
    let region = first(region);
    if !stem.is_empty() && !region.is_empty() {
        stem.push('-');
    }
    stem.push_str(&region);
    if stem.is_empty() {
        stem.push_str("map");
    }
    stem.push('.');
    stem.push_str(&slug(extension));
    stem
}

/// The document's title: the project's name, after its acronym unless the name already says it
/// (`SECON: Social Economy – …`); whichever of the two there is when the other is empty.
pub fn project_title(acronym: &str, name: &str) -> String {
    let (acronym, name) = (acronym.trim(), name.trim());
    let named = name
        .split_whitespace()
        .any(|word| word.trim_matches(|c: char| c.is_ascii_punctuation()) == acronym);
    if acronym.is_empty() || named {
        name.to_owned()
    } else if name.is_empty() {
        acronym.to_owned()
    } else {
        format!("{acronym}: {name}")
    }
}

/// `text` in lower-case ASCII letters and digits with single hyphens between words, at most
/// 60 characters; accented Latin letters lose their accents.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let folded = fold(c);
        if folded.is_empty() {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push_str(folded);
        }
    }
    let mut out: String = out.chars().take(SLUG_MAX).collect();
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// A character as lower-case ASCII letters or digits; empty for anything else.
///
/// Accented letters of Latin-1 and Latin Extended-A (and Romanian ș, ț) become their base letter,
/// upper or lower case alike, through two tables of base letters (`-` for none): written out
/// because `char::to_lowercase` would bring Unicode's case tables, about 10 KB, into the wasm.
fn fold(c: char) -> &'static str {
    /// U+00C0..=U+00DF, whose lower-case letters are 0x20 above.
    const LATIN_1: &str = "aaaaaa-ceeeeiiiidnooooo-ouuuuy--";
    /// U+0100..=U+017F, upper and lower case side by side.
    const EXTENDED_A: &str = concat!(
        "aaaaaacccccccc",
        "dddd",
        "eeeeeeeeee",
        "gggggggg",
        "hhhh",
        "iiiiiiiiii",
        "--",
        "jj",
        "kkk",
        "llllllllll",
        "nnnnnnnnn",
        "oooooo",
        "--",
        "rrrrrr",
        "ssssssss",
        "tttttt",
        "uuuuuuuuuuuu",
        "ww",
        "yyy",
        "zzzzzz",
        "s",
    );
    const DIGITS_AND_LETTERS: &str = "0123456789abcdefghijklmnopqrstuvwxyz";
    let (table, i) = match c {
        '0'..='9' => (DIGITS_AND_LETTERS, c as usize - '0' as usize),
        'a'..='z' => (DIGITS_AND_LETTERS, c as usize - 'a' as usize + 10),
        'A'..='Z' => (DIGITS_AND_LETTERS, c as usize - 'A' as usize + 10),
        'Æ' | 'æ' => return "ae",
        'Œ' | 'œ' => return "oe",
        'Ĳ' | 'ĳ' => return "ij",
        'Þ' | 'þ' => return "th",
        'ß' => return "ss",
        'ÿ' => return "y",
        'Ș' | 'ș' => return "s",
        'Ț' | 'ț' => return "t",
        '\u{C0}'..='\u{FF}' => (LATIN_1, (c as usize - 0xC0) & 0x1F),
        '\u{100}'..='\u{17F}' => (EXTENDED_A, c as usize - 0x100),
        _ => return "",
    };
    match table.get(i..=i) {
        Some("-") | None => "",
        Some(letter) => letter,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn legend() -> Vec<LegendEntry> {
        vec![
            LegendEntry {
                label: "Partner region".into(),
                swatch: Swatch::Region,
            },
            LegendEntry {
                label: "Partner country".into(),
                swatch: Swatch::PartnerCountry,
            },
            LegendEntry {
                label: "Partner's seat".into(),
                swatch: Swatch::Marker,
            },
            LegendEntry {
                label: "Lead partner's seat".into(),
                swatch: Swatch::LeadMarker,
            },
        ]
    }

    /// Markup as `XMLSerializer` writes the map's zoom group (a hostile name is already escaped).
    const MAP: &str = "<g xmlns=\"http://www.w3.org/2000/svg\" class=\"imap__zoomable\" transform=\"translate(-10.00 -20.00) scale(2.00000)\">\
        <g class=\"countries\"><path class=\"country partner\" d=\"M0 0L100 0L100 100Z\" role=\"img\" aria-label=\"Spain &amp; &lt;b&gt;\"/></g>\
        <g class=\"regions\"><path class=\"region selected\" d=\"M10 10L50 10L50 50Z\" data-id=\"extremadura\" aria-label=\"Extremadura\"/></g>\
        <g class=\"labels\"><text x=\"50\" y=\"50\" font-size=\"5\">Spain</text></g></g>";

    fn export<'a>(
        title: &'a str,
        subtitle: Option<&'a str>,
        legend: &'a [LegendEntry],
        colours: &'a [String],
    ) -> ExportedSvg {
        compose_svg(&Export {
            view_box: ViewBox {
                x: 0.0,
                y: 0.0,
                width: 420.0,
                height: 410.0,
            },
            map_markup: MAP,
            title,
            subtitle,
            legend,
            attribution: "© EuroGeographics for the administrative boundaries · Source: Eurostat GISCO",
            colours,
        })
    }

    #[test]
    fn export_is_a_standalone_svg_with_title_map_legend_and_attribution() {
        let legend = legend();
        let palette: Vec<String> = Vec::new();
        let out = export("SECON", Some("Extremadura"), &legend, &palette);
        let doc = roxmltree::Document::parse(&out.svg).expect("well-formed XML");
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "svg");
        assert_eq!(
            root.tag_name().namespace(),
            Some("http://www.w3.org/2000/svg")
        );
        assert_eq!(root.attribute("width"), Some("1000"));
        assert_eq!(
            root.attribute("height"),
            Some(out.height.to_string().as_str())
        );
        assert_eq!(out.width, WIDTH);
        // A 420 × 410 map 952 px wide is 929 px tall, plus the header and the footer.
        assert!(
            out.height > 929 + 100 && out.height < 929 + 260,
            "{}",
            out.height
        );
        let title = root
            .children()
            .find(|n| n.has_tag_name("title"))
            .and_then(|n| n.text());
        assert_eq!(title, Some("SECON – Extremadura"));
        let texts: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .collect();
        for wanted in [
            "SECON",
            "Extremadura",
            "Partner region",
            "Lead partner's seat",
        ] {
            assert!(texts.contains(&wanted), "{wanted} missing from {texts:?}");
        }
        let attribution: String = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("attribution"))
            .filter_map(|n| n.text())
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(
            attribution,
            "© EuroGeographics for the administrative boundaries · Source: Eurostat GISCO"
        );
        // The map keeps its zoom and its selected region, inside a frame clipped to the view box.
        let map = doc
            .descendants()
            .find(|n| n.attribute("class") == Some("map"))
            .expect("map");
        assert_eq!(map.attribute("viewBox"), Some("0 0 420 410"));
        let clipped = map.parent().expect("clip group");
        assert_eq!(
            clipped.attribute("clip-path"),
            Some("url(#imap-export-clip)")
        );
        assert!(doc.descendants().any(|n| n.has_tag_name("clipPath")));
        assert!(
            doc.descendants()
                .any(|n| n.attribute("data-id") == Some("extremadura")
                    && n.attribute("class") == Some("region selected"))
        );
        // The colours travel in the document's own style sheet.
        let style = doc
            .descendants()
            .find(|n| n.has_tag_name("style"))
            .and_then(|n| n.text())
            .expect("style");
        assert!(style.contains(".region.selected{fill:#f2a900"), "{style}");
        assert!(style.contains(".page{fill:#ffffff}"), "{style}");
    }

    #[test]
    fn hostile_text_is_escaped_never_markup() {
        let legend = vec![LegendEntry {
            label: "</text><script>alert(1)</script>".into(),
            swatch: Swatch::Region,
        }];
        let palette: Vec<String> = Vec::new();
        let out = export("<script>&\"'\u{1}", Some("a]]>b<"), &legend, &palette);
        let doc = roxmltree::Document::parse(&out.svg).expect("well-formed XML");
        assert!(!doc.descendants().any(|n| n.has_tag_name("script")));
        assert!(!out.svg.contains("<script"));
        let texts: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .collect();
        assert!(texts.contains(&"<script>&\"'"), "{texts:?}");
        assert!(texts.contains(&"a]]>b<"), "{texts:?}");
        assert!(
            texts.contains(&"</text><script>alert(1)</script>"),
            "{texts:?}"
        );
    }

    #[test]
    fn colours_that_are_not_plain_css_fall_back_to_the_light_theme() {
        // In the order of COLOURS: page (a) is a URL, region fill (i) tries to close the style.
        let mut palette = vec![String::new(); COLOURS.len()];
        palette[0] = "url(https://example.org/x.png)".into();
        palette[8] = "red}</style><script>".into();
        palette[9] = "rgb(1, 2, 3)".into();
        let legend = legend();
        let out = export("SECON", None, &legend, &palette);
        roxmltree::Document::parse(&out.svg).expect("well-formed XML");
        assert!(
            out.svg
                .contains(".region{fill:#0b5cad;stroke:rgb(1, 2, 3);")
        );
        // `url(…)` has a colon: not a colour, so nothing is fetched from elsewhere.
        assert!(!out.svg.contains("example.org"));
        assert!(out.svg.contains(".page{fill:#ffffff}"));
        assert_eq!(
            colour("rgb(255 255 255 / 0.85)", "x"),
            "rgb(255 255 255 / 0.85)"
        );
        assert_eq!(colour("  ", "#000"), "#000");
    }

    #[test]
    fn without_a_region_there_is_no_subtitle() {
        let legend = legend();
        let palette: Vec<String> = Vec::new();
        let with = export("SECON", Some("Extremadura"), &legend, &palette);
        let without = export("SECON", None, &legend, &palette);
        let doc = roxmltree::Document::parse(&without.svg).expect("well-formed XML");
        assert!(
            !doc.descendants()
                .any(|n| n.attribute("class") == Some("subtitle"))
        );
        assert!(without.height < with.height);
        assert!(without.svg.contains("<title>SECON</title>"));
    }

    #[test]
    fn long_titles_and_legends_wrap_inside_the_page() {
        let title = "Social Economy – Regional Policies for supporting Social Economy Enterprises in nine European countries and beyond";
        let lines = wrap(title, f64::from(WIDTH) - 2.0 * PAD, TITLE_PX * 1.05);
        assert!(lines.len() >= 2, "{lines:?}");
        for line in &lines {
            assert!(text_width(line, TITLE_PX * 1.05) <= f64::from(WIDTH) - 2.0 * PAD);
        }
        assert_eq!(lines.join(" "), title);
        assert_eq!(wrap("  ", 100.0, 10.0), Vec::<String>::new());
        let legend: Vec<LegendEntry> = (0..8)
            .map(|i| LegendEntry {
                label: format!("A rather long legend entry number {i}"),
                swatch: Swatch::Marker,
            })
            .collect();
        let palette: Vec<String> = Vec::new();
        let one_row = export("SECON", None, &legend[..1], &palette);
        let rows = export("SECON", None, &legend, &palette);
        assert!(
            rows.height > one_row.height + 3 * 20,
            "legend rows add height"
        );
        let doc = roxmltree::Document::parse(&rows.svg).expect("well-formed XML");
        for swatch in doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("legend-swatch"))
        {
            let transform = swatch.attribute("transform").unwrap_or_default();
            let x: f64 = transform
                .trim_start_matches("translate(")
                .split(' ')
                .next()
                .and_then(|x| x.parse().ok())
                .unwrap_or(f64::MAX);
            assert!(x < f64::from(WIDTH) - PAD, "{transform}");
        }
    }

    #[test]
    fn a_degenerate_view_box_still_gives_a_drawable_document() {
        let palette: Vec<String> = Vec::new();
        let out = compose_svg(&Export {
            view_box: ViewBox {
                x: 0.0,
                y: 0.0,
                width: 0.0,
                height: f64::NAN,
            },
            map_markup: "",
            title: "",
            subtitle: None,
            legend: &[],
            attribution: "",
            colours: &palette,
        });
        roxmltree::Document::parse(&out.svg).expect("well-formed XML");
        assert!(out.height > 900 && out.height < 1100, "{}", out.height);
        assert!(!out.svg.contains("NaN"));
    }

    #[test]
    fn file_names_are_slugs_of_the_project_and_the_region() {
        assert_eq!(
            file_name(&["SECON"], &["Région de Bruxelles"], "svg"),
            "secon-region-de-bruxelles.svg"
        );
        assert_eq!(
            file_name(&["SECON"], &["Extremadura"], "png"),
            "secon-extremadura.png"
        );
        assert_eq!(file_name(&["SECON"], &[], "svg"), "secon.svg");
        assert_eq!(
            file_name(&["SECON"], &["Rhein-Neckar (Baden-Württemberg)"], "png"),
            "secon-rhein-neckar-baden-wurttemberg.png"
        );
        assert_eq!(
            file_name(&["SECON"], &["Mazowieckie / Łódź"], "svg"),
            "secon-mazowieckie-lodz.svg"
        );
        assert_eq!(
            file_name(&["SECON"], &["Nord-Est (Iași)"], "svg"),
            "secon-nord-est-iasi.svg"
        );
        assert_eq!(
            file_name(&["SECON"], &["Latgale, Rīga"], "svg"),
            "secon-latgale-riga.svg"
        );
        assert_eq!(file_name(&["  --SECON--  "], &["  "], "svg"), "secon.svg");
        // Nothing that survives (only other scripts, punctuation, nothing at all): "map".
        assert_eq!(
            file_name(&["Κεντρική Μακεδονία"], &["!!!"], "png"),
            "map.png"
        );
        assert_eq!(file_name(&[""], &[], "svg"), "map.svg");
        // No path separators, dots or spaces can reach the name.
        assert_eq!(
            file_name(&["../../etc/passwd"], &["a\\b c.d"], "svg"),
            "etc-passwd-a-b-c-d.svg"
        );
        let long = "x".repeat(500);
        assert_eq!(file_name(&[&long], &[], "svg").len(), SLUG_MAX + 4);
        assert_eq!(slug("Straße Œuvre ÆØÅ"), "strasse-oeuvre-aeoa");
        // The acronym, else the name; the region's name, else its id.
        assert_eq!(
            file_name(
                &["", "Social Economy"],
                &["Κεντρική Μακεδονία", "central-macedonia"],
                "png"
            ),
            "social-economy-central-macedonia.png"
        );
        assert_eq!(
            file_name(&["SECON", "Social Economy"], &["", ""], "svg"),
            "secon.svg"
        );
        // Upper and lower case of the partners' languages fold alike.
        assert_eq!(
            slug("ÀÉÎÕÜÇÑ àéîõüçñ ŁŚŹŻĄĘĆŃÓ łśźżąęćńó ŠČŽŘĚŮ šč žřěů"),
            "aeioucn-aeioucn-lszzaecno-lszzaecno-sczreu-sc-zreu"
        );
        assert_eq!(
            slug("ĀĒĪŪĢĶĻŅ āēīūģķļņ ĂÂÎȘȚ ăâîșț Ĳssel ×÷ ÿ"),
            "aeiugkln-aeiugkln-aaist-aaist-ijssel-y"
        );
    }

    #[test]
    fn the_title_puts_the_acronym_before_the_name_once() {
        assert_eq!(
            project_title("SECON", "Social Economy – Regional Policies"),
            "SECON: Social Economy – Regional Policies"
        );
        assert_eq!(
            project_title("SECON", "Περιφερειακές πολιτικές (SECON)"),
            "Περιφερειακές πολιτικές (SECON)"
        );
        assert_eq!(project_title(" SECON ", ""), "SECON");
        assert_eq!(project_title("", "Social Economy"), "Social Economy");
        assert_eq!(project_title("", " "), "");
    }

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
        let letters = STYLE.split('$').skip(1).filter_map(|p| p.bytes().next());
        assert!(
            letters
                .into_iter()
                .all(|b| usize::from(b - b'a') < COLOURS.len())
        );
    }

    #[test]
    fn escape_covers_the_five_xml_characters() {
        assert_eq!(escape("a&b<c>d\"e'f"), "a&amp;b&lt;c&gt;d&quot;e&apos;f");
        assert_eq!(escape("tab\there\u{0}\u{1b}"), "tab\there");
        assert_eq!(Num(952.0 * 410.0 / 420.0).to_string(), "929.33");
        assert_eq!(Num(-0.001).to_string(), "0");
        assert_eq!(Num(24.0).to_string(), "24");
    }
}
