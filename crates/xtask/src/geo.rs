//! `cargo xtask geo [--check] [--data FILE]`: rebuild `geo/` with geo-build, or check that it is up
//! to date. The regions come from the data file that `geo/config.json`'s `data` names; `--data FILE`
//! takes them from another data file for this run, which is how a second project tries its file.

use std::path::{Path, PathBuf};

use crate::exec::{self, cargo};
use crate::flags;

/// Rebuilds (or with `--check`, checks) `geo/`.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let flags = flags::GEO.parse(args)?;
    let data = match flags.value("--data") {
        Some(file) => Some(data_argument(root, Path::new(file))?),
        None => None,
    };
    geo_build(root, flags.has("--check"), data.as_deref())
}

/// Checks that `geo/` is what the configured inputs give (a step of `cargo xtask test`).
pub fn check(root: &Path) -> Result<(), String> {
    geo_build(root, true, None)
}

fn geo_build(root: &Path, check: bool, data: Option<&Path>) -> Result<(), String> {
    let mut command = cargo(root);
    command.args(["run", "--quiet", "-p", "geo-build", "--"]);
    if check {
        command.arg("--check");
    }
    if let Some(data) = data {
        command.arg("--data").arg(data);
    }
    exec::run(&mut command)
}

/// The data file as geo-build takes it: geo-build reads paths relative to the project root and records
/// them in `geo/manifest.json`, while the user typed it relative to where they stand. A file inside
/// the project becomes root-relative (the manifest then reads like the configured one), any other
/// stays absolute.
fn data_argument(root: &Path, file: &Path) -> Result<PathBuf, String> {
    let absolute = std::env::current_dir()
        .map_err(|e| format!("geo: cannot read the current directory: {e}"))?
        .join(file);
    let absolute = absolute
        .canonicalize()
        .map_err(|e| format!("geo: --data {}: {e}", file.display()))?;
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    Ok(absolute
        .strip_prefix(&root)
        .map(Path::to_path_buf)
        .unwrap_or(absolute))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_data_file_inside_the_project_is_passed_relative_to_its_root() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let file = root.join("public/data/secon.json");
        assert_eq!(
            data_argument(&root, &file).unwrap(),
            Path::new("public/data/secon.json")
        );
    }

    #[test]
    fn a_missing_data_file_is_named() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let err = data_argument(&root, Path::new("no/such/data.json")).unwrap_err();
        assert!(err.starts_with("geo: --data no/such/data.json: "), "{err}");
    }
}
