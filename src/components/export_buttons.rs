//! `<ExportButtons/>`: download the map as it is drawn now, as an SVG file (self-contained, with the
//! title, the legend and the attribution) or as a PNG at twice its size, drawn from that SVG in the
//! browser. `map_core::view::export` composes the document and names the file; this only reads the live
//! map (its markup and the colours CSS resolved for it) and hands the result to the browser.

use std::sync::Arc;
use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use map_core::view::export::{self, Export, ExportedSvg, LegendEntry};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, Element};

use crate::fetch::DataLoad;
use crate::i18n::t;
use crate::state::Selection;

/// The interface strings the file carries, read while the component is drawn (in its language).
struct Texts {
    lang: String,
    fallback_title: String,
    legend: Vec<LegendEntry>,
    attribution: String,
}

/// The two download buttons, under the map's legend.
#[component]
pub fn ExportButtons(
    /// The loaded data file (the project's and the regions' names), once it is there.
    #[prop(into)]
    data: Signal<Option<Arc<DataLoad>>>,
) -> impl IntoView {
    let selection = Selection::expect();
    let texts = Arc::new(Texts {
        lang: crate::i18n::lang(),
        fallback_title: t("project-map"),
        legend: export::LEGEND
            .iter()
            .map(|&(key, swatch)| LegendEntry {
                label: t(key),
                swatch,
            })
            .collect(),
        attribution: t("attribution"),
    });
    let start = move |png: bool, event: ev::MouseEvent| {
        let root = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.closest(".imap").ok().flatten());
        let (Some(root), Some(loaded)) = (root, data.get_untracked()) else {
            return;
        };
        let texts = texts.clone();
        let selected = selection.selected.get_untracked();
        leptos::task::spawn_local(async move {
            let data = &loaded.data;
            let region = selected.and_then(|id| data.regions.iter().find(|r| r.id == id));
            let project = &data.project;
            let title = export::project_title(&project.acronym, project.name.resolve(&texts.lang));
            let title = if title.is_empty() {
                texts.fallback_title.clone()
            } else {
                title
            };
            // Named in ASCII: the acronym (else the English name), the region's English name
            // (else its id).
            let region_names = region.map(|r| [r.name.resolve("en"), r.id.as_str()]);
            let name = |extension| {
                export::file_name(
                    &[&project.acronym, project.name.resolve("en")],
                    region_names.as_ref().map_or(&[][..], |n| &n[..]),
                    extension,
                )
            };
            let subtitle = region.map(|r| r.name.resolve(&texts.lang));
            let result = match compose(&root, &title, subtitle, &texts) {
                Ok(doc) if png => match draw_png(&doc).await {
                    Ok(blob) => download(&blob, &name("png")),
                    Err(e) => Err(e),
                },
                Ok(doc) => svg_blob(&doc.svg).and_then(|blob| download(&blob, &name("svg"))),
                Err(e) => Err(e),
            };
            if let Err(error) = result {
                web_sys::console::error_2(&"The map could not be exported:".into(), &error);
            }
        });
    };

    let start_png = start.clone();
    view! {
        <div class="imap__export" role="group" aria-label=t("export-label")>
            <button type="button" on:click=move |e| start(false, e)>
                {t("export-svg")}
            </button>
            <button type="button" on:click=move |e| start_png(true, e)>
                {t("export-png")}
            </button>
        </div>
    }
}

/// The downloadable document from the widget's live map.
fn compose(
    root: &Element,
    title: &str,
    subtitle: Option<&str>,
    texts: &Texts,
) -> Result<ExportedSvg, JsValue> {
    let svg = root
        .query_selector(".imap__map-frame > svg")?
        .ok_or("the map is not drawn")?;
    // Read as numbers from the SVG DOM: parsing the attribute's text would bring Rust's float
    // parser and its 10 KB table into the wasm.
    let rect = svg
        .unchecked_ref::<web_sys::SvgsvgElement>()
        .view_box()
        .base_val()
        .ok_or("the map has no viewBox")?;
    let view_box = map_core::geo::fit::ViewBox {
        x: rect.x().into(),
        y: rect.y().into(),
        width: rect.width().into(),
        height: rect.height().into(),
    };
    // The zoom group: every shape, with the current transform and the selected region's class.
    let group = svg.first_element_child().ok_or("the map is empty")?;
    let markup = web_sys::XmlSerializer::new()?.serialize_to_string(&group)?;
    Ok(export::compose_svg(&Export {
        view_box,
        map_markup: &markup,
        title,
        subtitle,
        legend: &texts.legend,
        attribution: &texts.attribution,
        colours: &colours(root),
    }))
}

/// The colours CSS resolved for the live map (theme and host overrides included), read where
/// `export::COLOURS` says; what is missing stays empty and the file gets the light theme's colour.
fn colours(root: &Element) -> Vec<String> {
    let window = window();
    export::COLOURS
        .iter()
        .map(|(selector, property, _)| {
            let element = if selector.is_empty() {
                Some(root.clone())
            } else {
                root.query_selector(selector).ok().flatten()
            };
            element
                .and_then(|e| window.get_computed_style(&e).ok().flatten())
                .and_then(|style| style.get_property_value(property).ok())
                .unwrap_or_default()
        })
        .collect()
}

fn svg_blob(svg: &str) -> Result<Blob, JsValue> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml;charset=utf-8");
    Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(&svg.into()), &options)
}

/// The PNG: the SVG document drawn on a canvas twice its size, in the browser.
async fn draw_png(doc: &ExportedSvg) -> Result<Blob, JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(&svg_blob(&doc.svg)?)?;
    let drawn = draw_image(&url, doc.width, doc.height).await;
    web_sys::Url::revoke_object_url(&url)?;
    drawn
}

async fn draw_image(url: &str, width: u32, height: u32) -> Result<Blob, JsValue> {
    let image = web_sys::HtmlImageElement::new()?;
    image.set_src(url);
    JsFuture::from(image.decode()).await?;
    let canvas: web_sys::HtmlCanvasElement = document().create_element("canvas")?.unchecked_into();
    canvas.set_width(width * 2);
    canvas.set_height(height * 2);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or("no 2D canvas")?
        .unchecked_into();
    context.draw_image_with_html_image_element_and_dw_and_dh(
        &image,
        0.0,
        0.0,
        f64::from(width * 2),
        f64::from(height * 2),
    )?;
    let blob = js_sys::Promise::new(&mut |resolve, _| {
        let _ = canvas.to_blob_with_type(&resolve, "image/png");
    });
    JsFuture::from(blob)
        .await?
        .dyn_into::<Blob>()
        .map_err(|_| "the canvas gave no PNG".into())
}

/// Saves `blob` as `name` through a temporary link; the address is released a minute later, once
/// the browser has read it.
fn download(blob: &Blob, name: &str) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        Duration::from_secs(60),
    );
    Ok(())
}
