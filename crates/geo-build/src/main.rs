//! `geo-build [--check] [--root DIR] [--config FILE] [--data FILE]`: builds `geo/*.json` from the
//! GISCO sources, or with `--check` rebuilds in memory and fails naming every stale file.
//! `geo-build cut SOURCE OUT ID...` cuts the small real-data test fixtures.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use geo_build::{GeoError, OutputFile, build, cut_source, load, stale_files, write_outputs};

const USAGE: &str = "usage: geo-build [--check] [--root DIR] [--config FILE] [--data FILE]
       geo-build cut SOURCE.geojson OUT.geojson ID...   (write a test fixture)
  --check        rebuild in memory; exit 1 naming each file in geo/ that differs
  --root DIR     project root (default: the workspace this tool belongs to)
  --config FILE  configuration, relative to the root (default: geo/config.json)
  --data FILE    data file to take the regions from instead of the configured one";

struct Args {
    check: bool,
    root: PathBuf,
    config: String,
    data: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        check: false,
        // crates/geo-build -> the workspace root.
        root: Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."),
        config: "geo/config.json".to_owned(),
        data: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--check" => args.check = true,
            "--root" => args.root = PathBuf::from(value("--root")?),
            "--config" => args.config = value("--config")?,
            "--data" => args.data = Some(value("--data")?),
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(args)
}

fn run(args: &Args) -> Result<Vec<OutputFile>, GeoError> {
    let inputs = load(&args.root, &args.config, args.data.as_deref())?;
    let outputs = build(&inputs)?;
    if args.check {
        let stale = stale_files(&args.root, &outputs);
        if !stale.is_empty() {
            return Err(GeoError::Stale {
                files: stale.join(", "),
            });
        }
    } else {
        write_outputs(&args.root, &outputs)?;
    }
    Ok(outputs)
}

/// `geo-build cut SOURCE OUT ID...`: writes a fixture holding only the named features.
fn cut(args: &[String]) -> ExitCode {
    let [source, out, ids @ ..] = args else {
        eprintln!("usage: geo-build cut SOURCE.geojson OUT.geojson ID...");
        return ExitCode::from(2);
    };
    let result = std::fs::read_to_string(source)
        .map_err(|e| GeoError::Read {
            path: source.clone(),
            message: e.to_string(),
        })
        .and_then(|text| cut_source(&text, ids))
        .and_then(|text| geo_build::write::write_atomic(Path::new(out), text.as_bytes()));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("geo-build: {error}");
            ExitCode::FAILURE
        }
    }
}

fn main() -> ExitCode {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    if raw.first().map(String::as_str) == Some("cut") {
        return cut(raw.get(1..).unwrap_or_default());
    }
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("geo-build: {message}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(outputs) => {
            let verb = if args.check { "up to date" } else { "built" };
            for o in &outputs {
                let s = o.stats;
                println!(
                    "{verb}: {} ({} bytes, {} features, {} arcs, {} points)",
                    o.path,
                    o.bytes.len(),
                    s.features,
                    s.arcs,
                    s.points
                );
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("geo-build: {error}");
            ExitCode::FAILURE
        }
    }
}
