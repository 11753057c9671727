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
//!
//! By concern: this file runs the steps; `weights.rs` weighs the first visit's files and the wasm
//! modules; `twiggy.rs` reads the wasm's biggest items; `report.rs` writes the markdown report and
//! holds the bars it compares with.

mod report;
mod twiggy;
mod weights;

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::build;
use crate::compress::Budget;
use crate::exec;
use crate::flags;
use crate::tools::Need;

use report::D3;
use twiggy::WasmItems;
use weights::{FirstVisit, WasmSplit};

/// Builds, measures and writes the report.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    flags::BENCH.parse(args)?;
    let tools = build::prepare(root, Need::BuildAndBrowser)?;
    let weights = build::dist(root, &tools)?;
    // Over budget is reported, not fatal: the bench shows where the weight is.
    let budget = Budget::read(root)?.check(&weights);
    let out = root.join("target/bench");
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;

    let wasm_items = twiggy::wasm_top_items(root, &tools, &out);
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
    let markdown = report::markdown(&visit, &wasm, &report["browser"], wasm_items.as_ref());
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
}
