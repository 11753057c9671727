//! Writes the prerendered first views beside trunk's built `index.html` (a trunk `post_build`
//! hook, Trunk.toml, so `trunk build` and `trunk serve` both give the finished pages): one page
//! per interface language the site has a catalogue for, `<code>.html` (`el.html`), and
//! `index.html`, the English page that sends a visitor whose browser asks for another language
//! to theirs.
//!
//! Why `el.html` beside `index.html` and not `el/`: every address the widget uses is relative
//! (`data/…`, `geo/…`, the wasm, `?data=`), and a page one folder down would need them all
//! rewritten or a `<base>`, which the strict policy forbids (`base-uri 'none'`); a sibling page
//! shares the folder, the service worker's scope and the embed code's path.
//!
//! Each page:
//! - the widget's root, rendered by [`super::render`] in the page's language, replaces the
//!   body's `<noscript>` message, after a short notice for when the wasm does not start;
//! - the stylesheet is inlined (its request was a round trip before the first paint: 0.68 s
//!   against 0.55 s to the first layout on the benchmark's slow profile), allowed by its hash in
//!   the page's Content-Security-Policy (release builds; also written to
//!   `content-security-policy.txt` for hosts that send the policy as a header), as is the small
//!   inline script that sends the visitor to their language's page before anything is painted;
//! - the `<title>`, description and `hreflang` alternates name the project in the page's language;
//! - trunk's preloads of the wasm, its glue and the data file are removed: `public/boot.js`
//!   requests them once it runs (from the names on `<html>`), so a visitor without script
//!   downloads none of them;
//! - the geometry the map is drawn from, and the page's catalogue, are carried in the page
//!   (`<script data-file>` blocks, which `src/fetch.rs` reads before fetching), so the wasm
//!   waits for neither.

use std::path::Path;
use std::sync::Arc;

use base64::Engine;
use sha2::{Digest, Sha256};

use map_core::geo::shape::{drawn_json, parse_shapes};
use map_core::i18n::{Arg, LANGUAGES, Messages};

use super::html::{Tag, inside_noscript, tags};
use super::{Sources, render};
use crate::hooks::intl;

/// The geometry files the first view is drawn from, carried in the page.
const GEOMETRY: [&str; 2] = ["geo/europe.json", "geo/regions.json"];

/// How much narrower than the viewport the map is drawn on a phone (the widget's padding), for
/// the labels' size without script; measured at 320 and 390 px (`languages.test.mjs` checks the
/// result).
const PHONE_MAP_MARGIN: f64 = 24.0;

/// The policy the page declares (and a host should send); `{style}` is the inline style's hash,
/// `{script}` the language script's.
pub const POLICY: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' '{script}'; \
     style-src 'self' '{style}'; img-src 'self' blob:; connect-src 'self'; base-uri 'none'; \
     form-action 'none'; frame-src 'self'";

/// Sends a visitor to their language's page before the body is parsed: the page's `?lang=`, or
/// on `index.html` (`data-imap-negotiate`) the browser's languages, matched on the primary
/// language as `map_core::i18n::negotiate` does, among the pages the build wrote. Inline (and
/// allowed by its hash) because an external file would cost a round trip before the decision.
/// The page is hidden while the next one loads, so no word shows in the wrong language, and the
/// rest of it is not downloaded (`window.stop()`: on the bench's line its 34 KB cost 0.17 s more).
pub const LANGUAGE_SCRIPT: &str = "(function(){var h=document.documentElement,\
p=(h.getAttribute('data-imap-pages')||'').split(' '),q=new URLSearchParams(location.search),\
w=function(t){return(t||'').trim().split(/[-_]/)[0].toLowerCase()},l=w(q.get('lang'));\
if(p.indexOf(l)<0){l='';if(h.hasAttribute('data-imap-negotiate')){\
var n=navigator.languages||[navigator.language];\
for(var i=0;i<n.length&&!l;i++)if(p.indexOf(w(n[i]))>=0)l=w(n[i])}}\
if(l&&l!==h.lang){q.delete('lang');var s=q.toString();h.setAttribute('data-imap-leaving','');\
window.stop();location.replace(l+'.html'+(s?'?'+s:'')+location.hash)}})()";

/// An interface language the site has a catalogue for.
pub struct Language {
    /// Its code (`el`), also its page's name (`el.html`).
    pub code: String,
    /// Its name in itself ("Ελληνικά"), for the menu.
    pub name: String,
    /// The catalogue's text; `None` for English, which is built in.
    pub ftl: Option<String>,
}

/// The interface languages of the built site in `dir`: English, then each `i18n/<code>.ftl` in
/// the order of `map_core::i18n::LANGUAGES` (a catalogue it does not list comes after them, named
/// by its code).
pub fn languages(dir: &Path) -> Result<Vec<Language>, String> {
    let folder = dir.join("i18n");
    let mut found: Vec<String> = match std::fs::read_dir(&folder) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .filter_map(|e| e.file_name().to_str().map(str::to_owned))
            .filter_map(|n| n.strip_suffix(".ftl").map(str::to_owned))
            .filter(|code| code != "en")
            .collect(),
        Err(_) => Vec::new(),
    };
    let rank = |code: &str| {
        LANGUAGES
            .iter()
            .position(|(c, _)| *c == code)
            .unwrap_or(usize::MAX)
    };
    found.sort_by(|a, b| rank(a).cmp(&rank(b)).then(a.cmp(b)));
    let mut out = vec![Language {
        code: "en".into(),
        name: "English".into(),
        ftl: None,
    }];
    for code in found {
        let file = folder.join(format!("{code}.ftl"));
        let ftl = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let name = LANGUAGES
            .iter()
            .find(|(c, _)| *c == code)
            .map_or_else(|| code.clone(), |(_, n)| (*n).to_owned());
        out.push(Language {
            code,
            name,
            ftl: Some(ftl),
        });
    }
    Ok(out)
}

/// `prerender [DIR]`: writes `DIR/index.html` and `DIR/<lang>.html` (default: trunk's
/// `$TRUNK_STAGING_DIR`).
pub fn run(args: Vec<String>) -> Result<(), String> {
    let dir = match args.as_slice() {
        [dir] => dir.clone(),
        [] => std::env::var("TRUNK_STAGING_DIR")
            .map_err(|_| "usage: prerender DIR (or run as trunk's post_build hook)".to_owned())?,
        _ => return Err("usage: prerender DIR".into()),
    };
    let release = std::env::var("TRUNK_PROFILE").map_or(true, |p| p == "release");
    let dir = Path::new(&dir);
    let read = |file: &str| {
        std::fs::read_to_string(dir.join(file))
            .map_err(|e| format!("{}: {e}", dir.join(file).display()))
    };
    let index = read("index.html")?;
    let (options, _) = map_core::view::options::Options::from_query("");
    let data = read(&options.data_file)?;
    let countries = read(GEOMETRY[0])?;
    let regions = read(GEOMETRY[1])?;
    let sources = Sources {
        data: (&options.data_file, &data),
        countries: (GEOMETRY[0], &countries),
        regions: (GEOMETRY[1], &regions),
    };
    let project_data = map_core::data::load(&options.data_file, &data).data;
    let project = &project_data.project;
    // The countries as drawn (their paths repeat the page's SVG, which brotli stores once); the
    // regions as built, since zooming to a region needs its outline's points.
    let parsed = parse_shapes(GEOMETRY[0], &countries).map_err(|e| e.to_string())?;
    // Without their paths, which the map in the page draws: the wasm takes them from there
    // (`src/fetch.rs`), so the page carries each once (a gzip host's window is 32 KB: repeats
    // further apart than that are sent twice).
    let drawn = without_paths(&drawn_json(&parsed))?;
    // The map's width to height, which the wasm sets on the map's frame and the layout for the CSS
    // that sizes the map and its column to the screen (and a phone's panel sheet to what it
    // leaves): the first view must have it too, or the map changes size at the takeover. In the
    // stylesheet, since its Content-Security-Policy allows no style attribute.
    let view = parsed.view_box;
    // Without script: the followed region marked on the map, labels a phone can read.
    let extra = format!(
        "\n.imap {{ --imap-map-ratio: {} }}\n{}{}",
        view.width / view.height,
        map_core::view::first_view::followed_region_css(&project_data),
        map_core::view::first_view::phone_label_css(view.width, PHONE_MAP_MARGIN),
    );
    let stylesheet = |href: &str| read(href.trim_start_matches("./")).map(|css| css + &extra);
    let geometry = [
        (GEOMETRY[0], drawn.as_str()),
        (GEOMETRY[1], regions.as_str()),
    ];
    let diagnose = version_diagnose(dir)?;
    let languages = languages(dir)?;
    let pages: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
    crate::i18n::set_page_languages(&pages);
    let mut policy = String::new();
    for language in &languages {
        let messages = match &language.ftl {
            None => Messages::english(),
            Some(ftl) => match Messages::new(&language.code, ftl) {
                (messages, None) => messages.with_plural_rule(intl::plural_category),
                (_, Some(error)) => return Err(error.to_string()),
            },
        };
        let messages = Arc::new(messages);
        let (root, problems) = render(&sources, &messages)?;
        if language.code == "en" {
            for problem in &problems {
                eprintln!("prerender: warning: {problem}");
            }
        }
        let title_of =
            |key: &str, name: &str| messages.t_with(key, &[("project", Arg::Text(name))]);
        let name = project.name.resolve(&language.code);
        let acronym = project.acronym.trim();
        let head = Head {
            lang: &language.code,
            title: title_of(
                "page-title",
                if acronym.is_empty() { name } else { acronym },
            ),
            description: title_of("page-description", name),
            languages: &languages,
            pages: &pages,
            data_file: &options.data_file,
            diagnose: diagnose.as_deref(),
            notice: notice(&messages),
            catalogue: language.ftl.as_deref(),
        };
        for (file, negotiate) in [
            (format!("{}.html", language.code), false),
            ("index.html".to_owned(), true),
        ] {
            if negotiate && language.code != "en" {
                continue;
            }
            let page = rewrite(&index, &root, &geometry, stylesheet, &head, negotiate)?;
            let html = if release {
                policy = POLICY
                    .replace("{style}", &page.style_hash)
                    .replace("{script}", &hash(LANGUAGE_SCRIPT));
                // After `<meta charset>`, which must come first; before the style it allows.
                let at = page.html.find("<style>").unwrap_or(0);
                let mut html = page.html.clone();
                html.insert_str(
                    at,
                    &format!("<meta http-equiv=Content-Security-Policy content=\"{policy}\">"),
                );
                html
            } else {
                page.html
            };
            write(&dir.join(&file), &html)?;
        }
    }
    if release {
        write(
            &dir.join("content-security-policy.txt"),
            &format!("{policy}\n"),
        )?;
    }
    Ok(())
}

/// A shapes file's JSON with every feature's `d` emptied.
fn without_paths(json: &str) -> Result<String, String> {
    let mut value: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    if let Some(features) = value
        .get_mut("features")
        .and_then(serde_json::Value::as_array_mut)
    {
        for feature in features {
            if let Some(d) = feature.get_mut("d") {
                *d = serde_json::Value::String(String::new());
            }
        }
    }
    Ok(value.to_string())
}

/// `sha256-<base64>` of `text`, as a Content-Security-Policy source.
fn hash(text: &str) -> String {
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
    )
}

/// What the boot script shows, in the page's language, when the wasm cannot show the page: while
/// a page the first view cannot be (another data file) waits, when the wasm did not start, and
/// when that page is another data file's (its name goes into the `<code>`). The stylesheet shows
/// one of them by the state `public/boot.js` writes on `<html>`; visitors without script see the
/// second (public/noscript.css).
fn notice(messages: &Messages) -> String {
    const FILE: &str = "\u{1}";
    let data = messages.t_with("needs-script-data", &[("file", Arg::Text(FILE))]);
    let (before, after) = data.split_once(FILE).unwrap_or((data.as_str(), ""));
    format!(
        "<div class=imap-boot role=status><p class=imap-boot__loading>{}</p>\
         <p class=imap-boot__failed>{}</p>\
         <p class=imap-boot__failed-data>{}<code class=imap-boot__file></code>{}</p></div>",
        escape(&messages.t("loading-map")),
        escape(&messages.t("needs-script")),
        escape(before),
        escape(after),
    )
}

/// `text` safe inside an element or a double-quoted attribute.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// What differs from one language's page to the next.
pub struct Head<'a> {
    /// The page's language code.
    pub lang: &'a str,
    /// The `<title>`.
    pub title: String,
    /// The `<meta name=description>`.
    pub description: String,
    /// Every language with a page, for the alternates.
    pub languages: &'a [Language],
    /// Their codes, for the language script.
    pub pages: &'a [&'a str],
    /// The build's data file (a page asked for another one waits for the wasm).
    pub data_file: &'a str,
    /// The diagnostic module's versioned glue, if the build has it.
    pub diagnose: Option<&'a str>,
    /// The boot notice's HTML ([`notice`]).
    pub notice: String,
    /// The page's catalogue, carried in the page for the wasm; `None` for English (built in).
    pub catalogue: Option<&'a str>,
}

/// Gives the diagnostic module (trunk builds it unhashed, as a worker: `diagnose.js` and
/// `diagnose_bg.wasm`) a name that changes with its content, `diagnose-<16 hex>.js` and
/// `…_bg.wasm`, so that no cache serves an old one to a new widget (and the service worker
/// caches it as a hashed file). Returns the glue's new name, which boot.js imports; `None` when
/// the build has no such module.
fn version_diagnose(dir: &Path) -> Result<Option<String>, String> {
    let (js, wasm) = (dir.join("diagnose.js"), dir.join("diagnose_bg.wasm"));
    let (Ok(js_bytes), Ok(wasm_bytes)) = (std::fs::read(&js), std::fs::read(&wasm)) else {
        return Ok(None);
    };
    let digest = Sha256::new()
        .chain_update(&js_bytes)
        .chain_update(&wasm_bytes)
        .finalize();
    let hash: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    let name = format!("diagnose-{hash}");
    let rename = |from: &Path, to: String| {
        std::fs::rename(from, dir.join(&to)).map_err(|e| format!("{}: {e}", from.display()))
    };
    rename(&js, format!("{name}.js"))?;
    rename(&wasm, format!("{name}_bg.wasm"))?;
    Ok(Some(format!("{name}.js")))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The rewritten page and the CSP source of its inline style (`sha256-…`).
#[derive(Debug)]
pub struct Page {
    /// The whole page.
    pub html: String,
    /// `sha256-<base64>` of the inline stylesheet's text.
    pub style_hash: String,
}

/// Rewrites trunk's `index` as the module doc says, for `head`'s language; `negotiate` for
/// `index.html`, which sends a visitor to the page of their browser's language. `stylesheet`
/// reads a stylesheet by its `href`.
pub fn rewrite(
    index: &str,
    root: &str,
    geometry: &[(&str, &str)],
    stylesheet: impl Fn(&str) -> Result<String, String>,
    head: &Head<'_>,
    negotiate: bool,
) -> Result<Page, String> {
    let mut html = index.to_owned();
    let mut style_hash = String::new();
    let (mut glue, mut wasm) = (String::new(), String::new());
    // From the last tag to the first, so earlier offsets stay valid.
    let links: Vec<Tag> = tags(index, "link");
    for tag in links.iter().rev() {
        let rel = tag.attr("rel").unwrap_or_default();
        let href = tag.attr("href").unwrap_or_default();
        match rel.as_str() {
            // The widget's stylesheet; not the one a `<noscript>` loads for visitors without script.
            "stylesheet" if href.ends_with(".css") && !inside_noscript(index, tag.start) => {
                let css = stylesheet(&href)?;
                style_hash = hash(&css);
                let alternates: String = head
                    .languages
                    .iter()
                    .map(|l| format!("<link rel=alternate hreflang={0} href={0}.html>", l.code))
                    .collect();
                html.replace_range(
                    tag.start..tag.end,
                    &format!(
                        "<script>{LANGUAGE_SCRIPT}</script><style>{css}</style>{alternates}\
                         <link rel=alternate hreflang=x-default href=./>"
                    ),
                );
            }
            "preload" | "modulepreload" => {
                if rel == "modulepreload" && href.ends_with(".js") {
                    glue = href.clone();
                } else if href.ends_with(".wasm") {
                    wasm = href.clone();
                }
                html.replace_range(tag.start..tag.end, "");
            }
            _ => {}
        }
    }
    if style_hash.is_empty() {
        return Err("index.html has no stylesheet link to inline".into());
    }
    let mut body = head.notice.clone();
    body.push_str(root);
    let catalogue = head
        .catalogue
        .map(|ftl| (format!("i18n/{}.ftl", head.lang), ftl, "text/plain"));
    for (file, text, kind) in geometry
        .iter()
        .map(|(file, text)| ((*file).to_owned(), *text, "application/json"))
        .chain(catalogue)
    {
        // JSON cannot hold a raw `<` outside strings, and `\u003c` inside one is the same text:
        // nothing in the block can close it. A catalogue must not hold `</` (its check says so).
        let text = match kind {
            "application/json" => text.replace('<', "\\u003c"),
            _ if text.contains("</") || text.contains("<!--") => {
                return Err(format!(
                    "{file} contains \"</\" or \"<!--\", which would end its block"
                ));
            }
            _ => text.to_owned(),
        };
        body.push_str(&format!(
            "<script type={kind} data-file=\"{file}\">{}</script>",
            text.trim()
        ));
    }
    let noscript = tags(&html, "noscript")
        .into_iter()
        .find(|t| t.start > html.find("<body").unwrap_or(0))
        .ok_or("index.html has no <noscript> in its body for the first view to replace")?;
    let close = html[noscript.end..]
        .find("</noscript>")
        .map(|i| noscript.end + i + "</noscript>".len())
        .ok_or("index.html's <noscript> is not closed")?;
    html.replace_range(noscript.start..close, &body);
    html = replace_title(&html, head)?;
    let mut tag = format!(
        "<html lang={} data-imap-pages=\"{}\" data-imap-data=\"{}\" data-imap-glue=\"{}\" data-imap-wasm=\"{}\"",
        head.lang,
        head.pages.join(" "),
        escape(head.data_file),
        escape(&glue),
        escape(&wasm),
    );
    if let Some(diagnose) = head.diagnose {
        tag.push_str(&format!(" data-imap-diagnose={diagnose}"));
    }
    if negotiate {
        tag.push_str(" data-imap-negotiate");
    }
    tag.push('>');
    // Trunk's minifier leaves out the optional <html> start tag; the page then gets one.
    let html = match tags(&html, "html").first() {
        Some(existing) => format!("{}{tag}{}", &html[..existing.start], &html[existing.end..]),
        None => match html
            .find('>')
            .filter(|_| html.to_ascii_lowercase().starts_with("<!doctype"))
        {
            Some(end) => format!("{}{tag}{}", &html[..=end], &html[end + 1..]),
            None => format!("{tag}{html}"),
        },
    };
    Ok(Page { html, style_hash })
}

/// `html` with the head's `<title>` and description (both must be in trunk's page).
fn replace_title(html: &str, head: &Head<'_>) -> Result<String, String> {
    let mut html = html.to_owned();
    if let Some(meta) = tags(&html, "meta")
        .into_iter()
        .find(|m| m.attr("name").as_deref() == Some("description"))
    {
        let (start, end) = (meta.start, meta.end);
        html.replace_range(
            start..end,
            &format!(
                "<meta name=description content=\"{}\">",
                escape(&head.description)
            ),
        );
    }
    let open = tags(&html, "title")
        .first()
        .map(|t| t.end)
        .ok_or("index.html has no <title>")?;
    let close = html[open..]
        .find("</title>")
        .map(|i| open + i)
        .ok_or("index.html's <title> is not closed")?;
    html.replace_range(open..close, &escape(&head.title));
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    // As trunk's minifier writes it: no <html> start tag.
    const INDEX: &str = "<!doctype html><head><meta charset=utf-8>\
        <title>Partner regions and indicators</title>\
        <meta name=description content=\"Interactive map\">\
        <link rel=preload href=data/secon.json as=fetch crossorigin>\
        <link rel=preload href=geo/europe.json as=fetch crossorigin>\
        <link rel=stylesheet href=./main-1a2b.css integrity=\"sha384-x>y\">\
        <noscript><link rel=stylesheet href=noscript.css></noscript>\
        <link rel=\"modulepreload\" href=\"./interreg-map-9f.js\" crossorigin=anonymous>\
        <link rel=preload href=./interreg-map-9f_bg.wasm as=fetch type=application/wasm>\
        <script src=./boot-77.js></script></head>\
        <body><noscript>This map needs JavaScript.</noscript></body></html>";

    fn languages() -> Vec<Language> {
        ["en", "el"]
            .iter()
            .map(|code| Language {
                code: (*code).to_owned(),
                name: (*code).to_owned(),
                ftl: None,
            })
            .collect()
    }

    fn page(lang: &str, catalogue: Option<&str>, negotiate: bool) -> Result<Page, String> {
        let languages = languages();
        let head = Head {
            lang,
            title: "SECON · partner regions".into(),
            description: "Map of \"SECON\" & more".into(),
            languages: &languages,
            pages: &["en", "el"],
            data_file: "data/secon.json",
            diagnose: Some("diagnose-00.js"),
            notice: "<div class=imap-boot></div>".into(),
            catalogue,
        };
        rewrite(
            INDEX,
            "<main class=imap>map</main>",
            &[("geo/europe.json", "{\"a\":\"</script>\"}")],
            |href| {
                assert_eq!(href, "./main-1a2b.css");
                Ok(".imap{color:red}".into())
            },
            &head,
            negotiate,
        )
    }

    /// An English page's head with nothing in it but its one language.
    fn bare_head(languages: &[Language]) -> Head<'_> {
        Head {
            lang: "en",
            title: String::new(),
            description: String::new(),
            languages,
            pages: &["en"],
            data_file: "data/secon.json",
            diagnose: None,
            notice: String::new(),
            catalogue: None,
        }
    }

    fn rewritten() -> Page {
        page("en", None, true).unwrap()
    }

    #[test]
    fn the_root_replaces_the_noscript_message_after_the_notice_and_the_stylesheet_is_inlined() {
        let page = rewritten();
        assert!(
            page.html
                .contains("<body><div class=imap-boot></div><main class=imap>map</main>")
        );
        assert!(!page.html.contains("needs JavaScript"));
        assert!(page.html.contains("<style>.imap{color:red}</style>"));
        assert!(!page.html.contains("main-1a2b.css"));
        // The stylesheet for visitors without script stays a link inside its <noscript>.
        assert!(
            page.html
                .contains("<noscript><link rel=stylesheet href=noscript.css></noscript>")
        );
        assert_eq!(page.style_hash, hash(".imap{color:red}"));
        // The language script comes before anything is drawn.
        let script = page.html.find(LANGUAGE_SCRIPT).unwrap();
        assert!(script < page.html.find("<style>").unwrap());
    }

    #[test]
    fn nothing_of_the_wasm_or_the_data_is_requested_by_the_page_itself() {
        let page = rewritten();
        // No preload a visitor without script would download; boot.js reads the names.
        assert!(!page.html.contains("rel=preload"));
        assert!(!page.html.contains("modulepreload"));
        assert!(
            page.html
                .contains("data-imap-glue=\"./interreg-map-9f.js\"")
        );
        assert!(
            page.html
                .contains("data-imap-wasm=\"./interreg-map-9f_bg.wasm\"")
        );
        assert!(page.html.contains("data-imap-data=\"data/secon.json\""));
        // The geometry is in the page; a `<` in the JSON cannot end its block.
        assert!(page.html.contains("data-file=\"geo/europe.json\""));
        assert!(page.html.contains("{\"a\":\"\\u003c/script>\"}"));
    }

    #[test]
    fn the_page_says_its_language_its_siblings_and_whether_it_chooses_for_the_visitor() {
        let index = page("en", None, true).unwrap();
        assert!(
            index.html.starts_with(
                "<!doctype html><html lang=en data-imap-pages=\"en el\" data-imap-data="
            )
        );
        assert!(index.html.contains(" data-imap-negotiate>"));
        assert!(index.html.contains(" data-imap-diagnose=diagnose-00.js"));
        let greek = page("el", Some("language = Γλώσσα"), false).unwrap();
        assert!(greek.html.starts_with("<!doctype html><html lang=el "));
        assert!(!greek.html.contains(" data-imap-negotiate>"));
        for alternate in [
            "<link rel=alternate hreflang=en href=en.html>",
            "<link rel=alternate hreflang=el href=el.html>",
            "<link rel=alternate hreflang=x-default href=./>",
        ] {
            assert!(greek.html.contains(alternate), "{alternate}");
        }
    }

    #[test]
    fn the_title_and_description_name_the_project_as_text() {
        let page = rewritten();
        assert!(page.html.contains("<title>SECON · partner regions</title>"));
        assert!(
            page.html.contains(
                "<meta name=description content=\"Map of &quot;SECON&quot; &amp; more\">"
            )
        );
        assert!(!page.html.contains("Partner regions and indicators"));
    }

    #[test]
    fn the_pages_catalogue_is_carried_in_it_and_one_that_could_end_its_block_is_refused() {
        let greek = page("el", Some("language = Γλώσσα"), false).unwrap();
        assert!(greek.html.contains(
            "<script type=text/plain data-file=\"i18n/el.ftl\">language = Γλώσσα</script>"
        ));
        let err = page("el", Some("x = a </script> b"), false).unwrap_err();
        assert!(err.contains("i18n/el.ftl"), "{err}");
    }

    #[test]
    fn a_page_with_its_own_html_tag_gets_the_builds_in_its_place() {
        let languages = languages();
        let head = bare_head(&languages);
        let index = INDEX.replace("<!doctype html>", "<!doctype html><html class=x>");
        let page = rewrite(&index, "", &[], |_| Ok(String::new()), &head, false).unwrap();
        assert!(
            page.html
                .starts_with("<!doctype html><html lang=en data-imap-pages")
        );
        assert_eq!(page.html.matches("<html").count(), 1);
    }

    #[test]
    fn a_page_without_a_stylesheet_is_refused() {
        let languages = languages();
        let head = bare_head(&languages);
        let err = rewrite(
            "<html><title></title><body><noscript></noscript></body></html>",
            "",
            &[],
            |_| Ok(String::new()),
            &head,
            false,
        )
        .unwrap_err();
        assert!(err.contains("stylesheet"), "{err}");
    }

    #[test]
    fn the_escaped_text_cannot_open_a_tag_or_close_an_attribute() {
        assert_eq!(
            escape("<b>\"a\" & c</b>"),
            "&lt;b&gt;&quot;a&quot; &amp; c&lt;/b&gt;"
        );
    }
}
