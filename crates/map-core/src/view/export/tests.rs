//! Tests of the composed document: structure, escaping, colours, wrapping, degenerate frames.

use super::palette::colour;
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
fn escape_covers_the_five_xml_characters() {
    assert_eq!(escape("a&b<c>d\"e'f"), "a&amp;b&lt;c&gt;d&quot;e&apos;f");
    assert_eq!(escape("tab\there\u{0}\u{1b}"), "tab\there");
    assert_eq!(Num(952.0 * 410.0 / 420.0).to_string(), "929.33");
    assert_eq!(Num(-0.001).to_string(), "0");
    assert_eq!(Num(24.0).to_string(), "24");
}
