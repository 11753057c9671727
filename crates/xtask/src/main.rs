//! `cargo xtask <command>`: the project's commands, so that a fresh machine needs only rustup and cargo.
//!
//! Every command installs what it is missing first (see `tools.rs`), into a cache outside the clone.

mod bench;
mod compress;
mod package; // the offline package for workshops with no network
mod serve;
mod test;
mod tools;
mod validate;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

  serve [--port N]     install what is missing, build and serve the widget at http://127.0.0.1:8080/
                       (rebuilds on change)
  test                 everything CI runs: fmt, clippy (host + wasm), native tests, geometry and data
                       checks, wasm release build, size budget, wasm-bindgen tests, browser tests
  build                the release build in dist/, precompressed (.gz, .br), with its size report
  bench                release build, then first-visit weight, time to ready, hover latency, heap and
                       pan/zoom frame times in throttled headless Chromium; report in target/bench/
  screenshot           release build + browser screenshots (320 px, 1280 px) in target/screenshots/
  validate [FILE..]    check data files and .ftl catalogues (default public/data/secon.json and
                       crates/map-core/i18n/*.ftl); prints every problem
  schema               write public/data/schema.json from the data model
  geo [--check]        rebuild geo/ from geo/source (or check that geo/ is up to date)
  package              release build, then target/package/: one self-contained HTML file that
                       runs from file:// with no network, and a zip of the static site (dist/)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve::run(&root, &args[1..]),
        Some("test") => test::run_all(&root),
        Some("build") => test::release_build(&root).map(|_| ()),
        Some("bench") => bench::run_bench(&root),
        Some("screenshot") => test::screenshots(&root),
        Some("validate") => run_validate(&root, &args[1..]),
        Some("schema") => validate::write_schema(&root.join("public/data/schema.json")),
        Some("package") => package::run_package(&root),
        Some("geo") => test::geo(&root, args.iter().any(|a| a == "--check")),
        Some("help" | "--help" | "-h") | None => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run_validate(root: &Path, files: &[String]) -> Result<(), String> {
    let files: Vec<PathBuf> = if files.is_empty() {
        // The data file and the interface catalogues: both are edited without touching code.
        let mut files = vec![root.join("public/data/secon.json")];
        for (lang, _) in map_core::i18n::LANGUAGES {
            files.push(root.join(format!("crates/map-core/i18n/{lang}.ftl")));
        }
        files
    } else {
        files.iter().map(PathBuf::from).collect()
    };
    let geometry = root.join("geo/regions.json");
    if validate::run(&files, Some(&geometry)) {
        Ok(())
    } else {
        Err("a data file or catalogue has errors (listed above)".into())
    }
}

/// The workspace root: xtask lives in `crates/xtask`, two levels down.
fn workspace_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest
        .ancestors()
        .nth(2)
        .map(Path::to_path_buf)
        .unwrap_or(manifest)
}

/// Runs a command with inherited output; the error names the command and how it ended.
pub fn run(command: &mut std::process::Command) -> Result<(), String> {
    let status = command
        .status()
        .map_err(|e| format!("cannot start {}: {e}", describe(command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{} failed ({status})", describe(command)))
    }
}

fn describe(command: &std::process::Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}
