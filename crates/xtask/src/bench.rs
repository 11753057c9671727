//! `cargo xtask bench`: what a first visit weighs and how fast the widget is on a slow profile, next to
//! the hand-built D3 + TopoJSON version of the same widget, written to `target/bench/` as
//! `report.md` and `report.json`.
//!
//! 1. The release build (`dist/`, precompressed), as `cargo xtask build` makes it; the budget check
//!    prints its table, and going over it is reported at the end instead of stopping the bench.
//! 2. `tests/e2e/bench.mjs` in headless Chromium (throttled network and CPU, empty cache; see that
//!    file for what it measures and how): time to ready, hover-to-highlight, JS heap, the requests
//!    of a first visit, and frame intervals while panning and zooming the `?stress=nuts3` page.
//! 3. Each file of the first visit (as the browser requested it) raw, gzip and brotli.
//! 4. The biggest items of the wasm, by function and by crate: `twiggy top` on a copy of the release
//!    wasm optimized like the shipped one but keeping its function names (`wasm-opt -g`).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::build;
use crate::compress::{Budget, Weight};
use crate::exec;
use crate::flags;
use crate::tools::{self, Need, Tools};

/// The hand-built D3 + TopoJSON widget measured on the same profile: the bar to meet.
const D3: Reference = Reference {
    first_visit_gzip: 57_000,
    requests: 5,
    ready_ms: 900.0,
    hover_frames: 1.0,
    frame_p95_ms: 33.0,
};
/// The bar for panning the NUTS 3 page: one frame at 60 Hz.
const FRAME_P95_TARGET_MS: f64 = 16.7;
/// The prerendered first view's bar: the map visible within this many ms on the slow profile,
/// well before the D3 version is ready (about 900 ms).
const VISIBLE_TARGET_MS: f64 = 600.0;
/// The takeover must not move anything: cumulative layout shift up to 1.5 s after ready.
const CLS_TARGET: f64 = 0.01;
/// requestAnimationFrame timestamps of one-vsync intervals read 16.6 to 16.8 ms.
const VSYNC_JITTER_MS: f64 = 0.2;
/// The first visit's brotli weight the size work aims for (the report says whether it is met).
const FIRST_VISIT_TARGET_BROTLI: u64 = 120_000;
/// The first-visit wasm the size work aims for (issue 18).
const WASM_AT_START_TARGET_BROTLI: u64 = 140_000;
/// Rows of the wasm's biggest functions and crates in the report.
const TOP_ITEMS: usize = 15;
const TWIGGY_VERSION: &str = "0.8.0";

struct Reference {
    first_visit_gzip: u64,
    requests: usize,
    ready_ms: f64,
    hover_frames: f64,
    frame_p95_ms: f64,
}

/// Builds, measures and writes the report.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    flags::BENCH.parse(args)?;
    let tools = build::prepare(root, Need::BuildAndBrowser)?;
    let weights = build::dist(root, &tools)?;
    // Over budget is reported, not fatal: the bench shows where the weight is.
    let budget = Budget::read(root)?.check(&weights);
    let out = root.join("target/bench");
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;

    let wasm_items = wasm_top_items(root, &tools, &out);
    exec::run(
        tools
            .command("node")
            .arg("bench.mjs")
            .env("DIST", root.join("dist"))
            .env("OUT", &out)
            .current_dir(root.join("tests/e2e")),
    )?;
    let browser_file = out.join("browser.json");
    let browser: Value = read_json(&browser_file)?;

    let requested: Vec<String> = browser["first_visit_requests"]
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(Value::as_str)
                .map(dist_path)
                .collect()
        })
        .unwrap_or_default();
    let visit = FirstVisit::of(&requested, &weights);
    let wasm = WasmSplit::of(&requested, &weights);
    let report = json!({
        "first_visit": visit.to_json(),
        "wasm": wasm.to_json(),
        "browser": browser,
        "wasm_top": wasm_items.as_ref().map(WasmItems::to_json).unwrap_or(Value::Null),
        "reference_d3": {
            "first_visit_gzip_bytes": D3.first_visit_gzip,
            "requests": D3.requests,
            "ready_ms": D3.ready_ms,
            "hover_frames": D3.hover_frames,
            "frame_p95_ms": D3.frame_p95_ms,
        },
    });
    let markdown = markdown(&visit, &wasm, &report["browser"], wasm_items.as_ref());
    write(&out.join("report.json"), &format!("{report:#}\n"))?;
    write(&out.join("report.md"), &markdown)?;
    println!("\n{markdown}");
    println!("xtask: bench report in {}", out.join("report.md").display());
    if let Err(message) = &wasm_items {
        eprintln!("xtask: the wasm's biggest items are missing from the report: {message}");
    }
    if let Err(message) = budget {
        eprintln!("xtask: {message}");
    }
    Ok(())
}

/// A request path as the built file's path in `dist/` (`/` is `index.html`).
fn dist_path(request: &str) -> String {
    let path = request.trim_start_matches('/');
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    }
}

/// Raw, gzip and brotli bytes of one built file.
type Sizes = (u64, u64, u64);

/// The files a first visit transferred, with their weights (`None`: not a file of dist).
struct FirstVisit {
    files: Vec<(String, Option<Sizes>)>,
}

impl FirstVisit {
    fn of(requested: &[String], weights: &[Weight]) -> FirstVisit {
        let files = requested
            .iter()
            .map(|path| {
                let weight = weights
                    .iter()
                    .find(|w| &w.path == path)
                    .map(|w| (w.raw, w.gzip, w.brotli));
                (path.clone(), weight)
            })
            .collect();
        FirstVisit { files }
    }

    /// Raw, gzip and brotli totals of the files found in dist.
    fn totals(&self) -> Sizes {
        self.files
            .iter()
            .filter_map(|(_, w)| *w)
            .fold((0, 0, 0), |t, w| (t.0 + w.0, t.1 + w.1, t.2 + w.2))
    }

    fn to_json(&self) -> Value {
        let (raw, gzip, brotli) = self.totals();
        json!({
            "requests": self.files.len(),
            "raw_bytes": raw,
            "gzip_bytes": gzip,
            "brotli_bytes": brotli,
            "files": self.files.iter().map(|(path, w)| match w {
                Some((raw, gzip, brotli)) => json!({ "path": path, "raw": raw, "gzip": gzip, "brotli": brotli }),
                None => json!({ "path": path, "missing": true }),
            }).collect::<Vec<_>>(),
        })
    }
}

/// The widget's wasm modules (`*_bg.wasm`, brotli bytes): those a first visit loads at start, and
/// those loaded only on demand (the diagnostic module, for a data file with problems). The data
/// editor's wasm (`editor-*`) belongs to another page, editor.html, and is left out.
struct WasmSplit {
    at_start: Vec<(String, u64)>,
    on_demand: Vec<(String, u64)>,
}

impl WasmSplit {
    fn of(requested: &[String], weights: &[Weight]) -> WasmSplit {
        let (at_start, on_demand) = weights
            .iter()
            .filter(|w| w.path.ends_with("_bg.wasm") && !w.path.starts_with("editor"))
            .map(|w| (w.path.clone(), w.brotli))
            .partition(|(path, _)| requested.contains(path));
        WasmSplit {
            at_start,
            on_demand,
        }
    }

    fn total(list: &[(String, u64)]) -> u64 {
        list.iter().map(|(_, b)| b).sum()
    }

    fn names(list: &[(String, u64)]) -> String {
        let names: Vec<&str> = list.iter().map(|(path, _)| path.as_str()).collect();
        names.join(", ")
    }

    fn to_json(&self) -> Value {
        let rows = |list: &[(String, u64)]| {
            list.iter()
                .map(|(path, brotli)| json!({ "path": path, "brotli": brotli }))
                .collect::<Vec<_>>()
        };
        json!({
            "at_start_brotli_bytes": Self::total(&self.at_start),
            "on_demand_brotli_bytes": Self::total(&self.on_demand),
            "at_start": rows(&self.at_start),
            "on_demand": rows(&self.on_demand),
        })
    }
}

/// The wasm's biggest functions and its size per crate (from function names).
struct WasmItems {
    total: u64,
    functions: Vec<(String, u64)>,
    crates: Vec<(String, u64)>,
}

impl WasmItems {
    fn to_json(&self) -> Value {
        let rows = |list: &[(String, u64)]| {
            list.iter()
                .map(|(name, bytes)| json!({ "name": name, "bytes": bytes }))
                .collect::<Vec<_>>()
        };
        json!({ "code_and_data_bytes": self.total, "functions": rows(&self.functions), "crates": rows(&self.crates) })
    }
}

/// `twiggy top` on the release wasm, optimized as shipped but keeping names. The release profile
/// does not strip (Cargo.toml), so wasm-bindgen's output in target/ still has the names; index.html's
/// `data-wasm-opt-params` strip them from the shipped file.
fn wasm_top_items(root: &Path, tools: &Tools, out: &Path) -> Result<WasmItems, String> {
    let input = root.join("target/wasm-bindgen/release/interreg-map_bg.wasm");
    if !input.is_file() {
        return Err(format!("{} is missing", input.display()));
    }
    let named = out.join("interreg-map_bg.names.wasm");
    let mut opt = tools.command("wasm-opt");
    opt.arg("-Oz").arg("-g").args(wasm_features(root)?);
    opt.arg(&input).arg("-o").arg(&named);
    exec::run(&mut opt)?;
    let twiggy = tools::cargo_tool("twiggy", TWIGGY_VERSION, "twiggy")?.join("twiggy");
    let output = tools
        .command(&twiggy.to_string_lossy())
        .args(["top", "-n", "100000", "-f", "csv"])
        .arg(&named)
        .output()
        .map_err(|e| format!("cannot run twiggy: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "twiggy failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(parse_twiggy(&String::from_utf8_lossy(&output.stdout)))
}

/// The wasm features index.html tells wasm-opt about (its `--enable-*` parameters).
fn wasm_features(root: &Path) -> Result<Vec<String>, String> {
    let html =
        std::fs::read_to_string(root.join("index.html")).map_err(|e| format!("index.html: {e}"))?;
    Ok(html
        .split_whitespace()
        .map(|word| word.trim_matches(|c| c == '"' || c == '>'))
        .filter(|word| word.starts_with("--enable-"))
        .map(str::to_string)
        .collect())
}

/// Reads `twiggy top -f csv`: code and data items (custom sections, such as the names this copy
/// keeps, are not shipped and left out), the biggest functions, and the totals per crate.
fn parse_twiggy(csv: &str) -> WasmItems {
    let mut items: Vec<(String, u64)> = Vec::new();
    for line in csv.lines().skip(1) {
        let Some((name, bytes)) = split_csv_row(line) else {
            continue;
        };
        if name.starts_with("custom section") || name.contains("\" subsection") {
            continue;
        }
        items.push((name, bytes));
    }
    let total = items.iter().map(|(_, b)| b).sum();
    let mut crates: BTreeMap<String, u64> = BTreeMap::new();
    for (name, bytes) in &items {
        *crates.entry(crate_of(name)).or_default() += bytes;
    }
    let mut crates: Vec<(String, u64)> = crates.into_iter().collect();
    crates.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    crates.truncate(TOP_ITEMS);
    items.sort_by_key(|item| std::cmp::Reverse(item.1));
    items.truncate(TOP_ITEMS);
    WasmItems {
        total,
        functions: items,
        crates,
    }
}

/// Name and shallow size of one `twiggy top -f csv` row (the name may be quoted, with `""` for `"`).
fn split_csv_row(line: &str) -> Option<(String, u64)> {
    let (name, rest) = match line.strip_prefix('"') {
        Some(quoted) => {
            let mut name = String::new();
            let mut chars = quoted.char_indices();
            loop {
                let (i, c) = chars.next()?;
                if c != '"' {
                    name.push(c);
                } else if quoted[i + 1..].starts_with('"') {
                    name.push('"');
                    chars.next();
                } else {
                    break (name, quoted[i + 1..].strip_prefix(',')?);
                }
            }
        }
        None => {
            let (name, rest) = line.split_once(',')?;
            (name.to_string(), rest)
        }
    };
    let bytes = rest.split(',').next()?.trim().parse().ok()?;
    Some((name, bytes))
}

/// The crate a function belongs to, as far as its name tells: its path's first segment, or for a
/// trait method on a generic type (`<T as reactive_graph::traits::Get>::get`) the trait's crate;
/// data segments, unnamed functions (`code[12]`) and imports get their own rows.
fn crate_of(name: &str) -> String {
    if name.starts_with("data segment") || name.starts_with("data[") {
        return "(data: strings and constants)".to_string();
    }
    if name.starts_with("code[") {
        return "(unnamed code)".to_string();
    }
    if name.starts_with("import ") {
        return "(imports from JS)".to_string();
    }
    let mut path = name.trim_start_matches(['<', '&', '*', '(', '[']);
    for prefix in ["dyn ", "mut ", "const "] {
        path = path.trim_start_matches(prefix);
    }
    let first = first_segment(path);
    let generic = first.len() <= 2 && first.starts_with(|c: char| c.is_ascii_uppercase());
    let primitive = matches!(
        first,
        "str"
            | "bool"
            | "char"
            | "usize"
            | "isize"
            | "u8"
            | "u16"
            | "u32"
            | "u64"
            | "i32"
            | "i64"
            | "f32"
            | "f64"
    );
    let krate = match path.split_once(" as ") {
        Some((_, trait_path)) if generic || primitive || first.is_empty() => {
            first_segment(trait_path)
        }
        _ => first,
    };
    if krate.is_empty() {
        "(other)".to_string()
    } else {
        krate.to_string()
    }
}

/// The leading identifier of a path (`tachys` of `tachys::view::…`, without a `[hash]`).
fn first_segment(path: &str) -> &str {
    let path = path.trim_start_matches(['<', '&', '*', '(', '[']);
    let end = path
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(path.len());
    &path[..end]
}

fn markdown(
    visit: &FirstVisit,
    split: &WasmSplit,
    browser: &Value,
    wasm: Result<&WasmItems, &String>,
) -> String {
    let mut md = String::new();
    let (raw, gzip, brotli) = visit.totals();
    let num = |v: &Value| v.as_f64().unwrap_or(f64::NAN);
    let _ = writeln!(md, "# Benchmark: first visit and interaction\n");
    let _ = writeln!(
        md,
        "Release build in `dist/`, headless {} on a throttled profile: {} kbps down, {} kbps up, {} ms latency, \
         CPU slowed {}×, empty cache; medians of {} runs (`cargo xtask bench`).\n",
        browser["chromium"].as_str().unwrap_or("Chromium"),
        browser["profile"]["downloadKbps"],
        browser["profile"]["uploadKbps"],
        browser["profile"]["latencyMs"],
        browser["profile"]["cpuSlowdown"],
        browser["runs"],
    );
    let _ = writeln!(
        md,
        "| | this widget | D3 + TopoJSON | bar |\n|---|---:|---:|---|"
    );
    let _ = writeln!(
        md,
        "| first visit, brotli | {} | | under {} |",
        kb(brotli),
        kb(FIRST_VISIT_TARGET_BROTLI)
    );
    let _ = writeln!(
        md,
        "| first visit, gzip | {} | {} | |",
        kb(gzip),
        kb(D3.first_visit_gzip)
    );
    let _ = writeln!(
        md,
        "| wasm loaded at start, brotli ({}) | {} | | under {} |",
        WasmSplit::names(&split.at_start),
        kb(WasmSplit::total(&split.at_start)),
        kb(WASM_AT_START_TARGET_BROTLI)
    );
    let _ = writeln!(
        md,
        "| wasm loaded on demand, brotli ({}: only for a data file with problems) | {} | | |",
        WasmSplit::names(&split.on_demand),
        kb(WasmSplit::total(&split.on_demand))
    );
    let _ = writeln!(
        md,
        "| requests | {} | {} | |",
        visit.files.len(),
        D3.requests
    );
    let visible = num(&browser["visible_ms"]);
    let _ = writeln!(
        md,
        "| map visible (first frame with five sized map elements) | {visible:.0} ms | {:.0} ms (ready) | ≤ {VISIBLE_TARGET_MS:.0} ms {} |",
        D3.ready_ms,
        verdict(visible <= VISIBLE_TARGET_MS)
    );
    let cls = num(&browser["cls"]);
    let _ = writeln!(
        md,
        "| layout shift (CLS) up to 1.5 s after ready | {cls:.4} | | ≤ {CLS_TARGET} {} |",
        verdict(cls <= CLS_TARGET)
    );
    let ready = num(&browser["ready_ms"]);
    let _ = writeln!(
        md,
        "| time to `data-state=\"ready\"` (the wasm has taken over) | {ready:.0} ms | {:.0} ms | no later than D3 {} |",
        D3.ready_ms,
        verdict(ready <= D3.ready_ms)
    );
    let hover_frames = num(&browser["hover_frames"]);
    let _ = writeln!(
        md,
        "| hover to highlight (input to painted frame) | {:.1} ms, frame {hover_frames} | within {} frame | the next frame {} |",
        num(&browser["hover_ms"]),
        D3.hover_frames,
        verdict(hover_frames <= D3.hover_frames)
    );
    let _ = writeln!(
        md,
        "| JS heap after ready | {} | | |",
        kb(num(&browser["heap_bytes"]) as u64)
    );
    let p95 = num(&browser["frame_p95_ms"]);
    let _ = writeln!(
        md,
        "| pan + zoom `?stress=nuts3` ({} paths), frame p50 / p95 | {:.1} / {p95:.1} ms ({:.1} % missed) | p95 {:.0} ms | p95 ≤ {FRAME_P95_TARGET_MS} ms {} |",
        browser["stress_paths"],
        num(&browser["frame_p50_ms"]),
        num(&browser["frames_missed"]) * 100.0,
        D3.frame_p95_ms,
        verdict(p95 <= FRAME_P95_TARGET_MS + VSYNC_JITTER_MS)
    );
    let _ = writeln!(
        md,
        "\nFrame intervals are whole vsyncs (16.67 ms at 60 Hz) read with about ±{VSYNC_JITTER_MS} ms of timer \
         jitter, so a p95 up to {:.1} ms is one vsync; \"missed\" counts intervals over 25 ms.",
        FRAME_P95_TARGET_MS + VSYNC_JITTER_MS
    );
    let (wasm_at, started_at) = (num(&browser["wasm_loaded_ms"]), num(&browser["started_ms"]));
    // `started_ms` is when the wasm's widget took the prerendered view over (src/takeover.rs).
    let _ = writeln!(
        md,
        "\nWhere the time to ready goes (medians, from navigation): the wasm's last byte arrives at \
         {wasm_at:.0} ms (after the first view's page, with the glue and the data); the widget has \
         taken the prerendered view over (compiled, instantiated, drawn, swapped in) at {started_at:.0} ms, {:.0} ms later; it is ready \
         {:.0} ms after that (data and geometry read, everything drawn).",
        started_at - wasm_at,
        ready - started_at
    );
    let _ = writeln!(md, "\n## First visit, file by file\n");
    let _ = writeln!(md, "| file | raw | gzip | brotli |\n|---|---:|---:|---:|");
    for (path, weight) in &visit.files {
        match weight {
            Some((r, g, b)) => {
                let _ = writeln!(md, "| {path} | {r} | {g} | {b} |");
            }
            None => {
                let _ = writeln!(md, "| {path} | not in dist | | |");
            }
        }
    }
    let _ = writeln!(
        md,
        "| **total, {} requests** | **{raw}** | **{gzip}** | **{brotli}** |",
        visit.files.len()
    );
    let _ = writeln!(
        md,
        "\nOn the wire (CDP, with headers): {} per visit.",
        kb(num(&browser["wire_bytes"]) as u64)
    );
    let _ = writeln!(md, "\n## Runs\n");
    let _ = writeln!(
        md,
        "| run | visible ms | CLS | ready ms | hover ms | heap | frames | p50 ms | p95 ms | missed |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    );
    for (i, run) in browser["per_run"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        let _ = writeln!(
            md,
            "| {} | {:.0} | {:.4} | {:.0} | {:.1} | {} | {} | {:.1} | {:.1} | {:.1} % |",
            i + 1,
            num(&run["visible_ms"]),
            num(&run["cls"]),
            num(&run["ready_ms"]),
            num(&run["hover_ms"]),
            kb(num(&run["heap_bytes"]) as u64),
            run["frames"],
            num(&run["frame_p50_ms"]),
            num(&run["frame_p95_ms"]),
            num(&run["frames_missed"]) * 100.0,
        );
    }
    match wasm {
        Ok(items) => {
            let _ = writeln!(
                md,
                "\n## The wasm's biggest items\n\n`twiggy top` on the release wasm kept with names ({} of code and data).\n",
                kb(items.total)
            );
            let _ = writeln!(md, "| crate | bytes |\n|---|---:|");
            for (name, bytes) in &items.crates {
                let _ = writeln!(md, "| {name} | {bytes} |");
            }
            let _ = writeln!(md, "\n| function | bytes |\n|---|---:|");
            for (name, bytes) in &items.functions {
                let _ = writeln!(md, "| `{}` | {bytes} |", short(name));
            }
        }
        Err(message) => {
            let _ = writeln!(md, "\n(The wasm's biggest items are missing: {message}.)");
        }
    }
    let errors = browser["errors"].as_array().map_or(0, Vec::len);
    if errors > 0 {
        let _ = writeln!(
            md,
            "\n{errors} console errors during the runs: see report.json."
        );
    }
    md
}

fn verdict(met: bool) -> &'static str {
    if met { "✔" } else { "✘" }
}

fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

/// A function name without its hash suffix, cut to a readable length.
fn short(name: &str) -> String {
    let name = match name.rsplit_once("::h") {
        Some((head, hash)) if hash.len() == 16 => head,
        _ => name,
    };
    let name: String = name.chars().take(110).collect();
    name.replace('|', "\\|")
}

fn read_json(path: &PathBuf) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_paths_name_the_built_files() {
        assert_eq!(dist_path("/"), "index.html");
        assert_eq!(dist_path("/geo/europe.json"), "geo/europe.json");
        assert_eq!(dist_path("/embed/"), "embed/index.html");
    }

    #[test]
    fn twiggy_rows_are_summed_per_crate_without_custom_sections() {
        let csv = "Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent\n\
                   \"\"\"function names\"\" subsection\",400,40,,\n\
                   custom section '.debug_str',100,10,,\n\
                   \"<tachys::view::Render for F>::build::h0123456789abcdef\",300,30,,\n\
                   tachys::html::attach::h0123456789abcdef,50,5,,\n\
                   map_core::read::Fields::meta::h0123456789abcdef,100,10,,\n\
                   \"data segment \"\".rodata\"\"\",40,4,,\n";
        let items = parse_twiggy(csv);
        assert_eq!(items.total, 490);
        assert_eq!(items.crates[0], ("tachys".to_string(), 350));
        assert_eq!(items.crates[1], ("map_core".to_string(), 100));
        assert_eq!(
            items.crates[2],
            ("(data: strings and constants)".to_string(), 40)
        );
        assert_eq!(items.functions[0].1, 300);
        assert_eq!(
            short(&items.functions[0].0),
            "<tachys::view::Render for F>::build"
        );
    }

    #[test]
    fn methods_of_generic_and_primitive_types_count_for_their_traits_crate() {
        assert_eq!(
            crate_of("<T as reactive_graph::traits::Get>::get::h0123456789abcdef"),
            "reactive_graph"
        );
        assert_eq!(crate_of("<str as core::fmt::Display>::fmt"), "core");
        assert_eq!(
            crate_of("<map_core::model::Text as map_core::read::FieldValue>::read"),
            "map_core"
        );
        assert_eq!(
            crate_of("core[c5930c85a12de822]::fmt::float::float_to_decimal_common_exact::<f64>"),
            "core"
        );
        assert_eq!(crate_of("code[12]"), "(unnamed code)");
        assert_eq!(
            crate_of("import wbg::__wbg_fetch_1234"),
            "(imports from JS)"
        );
    }

    #[test]
    fn wasm_modules_split_into_those_a_first_visit_loads_and_the_others() {
        let weight = |path: &str, brotli| Weight {
            path: path.into(),
            raw: brotli * 3,
            gzip: brotli * 2,
            brotli,
        };
        let weights = [
            weight("interreg-map-0123456789abcdef_bg.wasm", 100),
            weight("interreg-map-0123456789abcdef.js", 5),
            weight("diagnose-fedcba9876543210_bg.wasm", 40),
            weight("diagnose-fedcba9876543210.js", 2),
            weight("editor-0011223344556677_bg.wasm", 300),
        ];
        let requested = [
            "index.html".into(),
            "interreg-map-0123456789abcdef_bg.wasm".into(),
        ];
        let split = WasmSplit::of(&requested, &weights);
        assert_eq!(WasmSplit::total(&split.at_start), 100);
        assert_eq!(WasmSplit::total(&split.on_demand), 40);
        assert_eq!(
            WasmSplit::names(&split.on_demand),
            "diagnose-fedcba9876543210_bg.wasm"
        );
    }

    #[test]
    fn first_visit_totals_count_only_files_found_in_dist() {
        let weights = [Weight {
            path: "index.html".into(),
            raw: 30,
            gzip: 20,
            brotli: 10,
        }];
        let visit = FirstVisit::of(&["index.html".into(), "missing.js".into()], &weights);
        assert_eq!(visit.totals(), (30, 20, 10));
        assert_eq!(visit.to_json()["requests"], 2);
    }
}
