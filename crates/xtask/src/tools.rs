//! Installs the pinned tools the build and the tests need, once per machine, and finds them again.
//!
//! Each tool goes into its own directory of a cache outside the clone
//! (`~/.cache/interreg-map/tools/<tool>-<version>`, or `$INTERREG_MAP_TOOLS`), so a second run, another
//! clone and CI's fresh clone on the same machine find it in milliseconds, while a fresh machine installs
//! it. Nothing is downloaded from outside the package registries (crates.io, npm, Debian).

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::exec;

/// trunk 0.22 needs a newer rustc than these machines have (TOOLCHAIN.md).
pub const TRUNK_VERSION: &str = "0.21.14";
/// binaryen from npm: Debian's binaryen 108 breaks the build (TOOLCHAIN.md), 116 or newer works.
/// Trunk.toml names the same version (`wasm_opt = "version_132"`); a test keeps the two equal.
pub const BINARYEN_VERSION: &str = "132.0.0";

/// Where the installed tools are, as a PATH to hand to child processes.
pub struct Tools {
    /// PATH with the tool directories first.
    pub path: OsString,
}

impl Tools {
    /// A command with the tools' PATH and trunk's no-network settings.
    pub fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command
            .env("PATH", &self.path)
            .env("TRUNK_SKIP_VERSION_CHECK", "true")
            .env("TRUNK_OFFLINE", "true");
        command
    }
}

/// What a command needs beyond the build tools.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// trunk, wasm-bindgen, wasm-opt and the wasm32 target.
    Build,
    /// Build, plus Chromium, chromedriver, Apache and the browser tests' npm packages.
    BuildAndBrowser,
}

/// Installs whatever is missing and returns the PATH that finds it all.
pub fn ensure(root: &Path, need: Need) -> Result<Tools, String> {
    let cache = cache_dir()?;
    ensure_wasm_target()?;
    let mut dirs = vec![
        ensure_cargo_tool(&cache, "trunk", TRUNK_VERSION, "trunk", true)?,
        ensure_cargo_tool(
            &cache,
            "wasm-bindgen-cli",
            &wasm_bindgen_version(root)?,
            "wasm-bindgen",
            // With --locked the install fails: its lock file names a crate version the registry here
            // does not have (TOOLCHAIN.md).
            false,
        )?,
        ensure_binaryen(&cache)?,
    ];
    if need == Need::BuildAndBrowser {
        ensure_debian_packages()?;
        ensure_npm_packages(&root.join("tests/e2e"))?;
    }
    let current = std::env::var_os("PATH").unwrap_or_default();
    dirs.extend(std::env::split_paths(&current));
    let path = std::env::join_paths(dirs).map_err(|e| format!("cannot build PATH: {e}"))?;
    Ok(Tools { path })
}

fn cache_dir() -> Result<PathBuf, String> {
    if let Some(dir) = std::env::var_os("INTERREG_MAP_TOOLS") {
        return Ok(PathBuf::from(dir));
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .ok_or(
            "neither HOME nor XDG_CACHE_HOME is set: set INTERREG_MAP_TOOLS to a cache directory",
        )?;
    Ok(base.join("interreg-map").join("tools"))
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map_err(|e| format!("cannot run rustup: {e}"))?;
    if String::from_utf8_lossy(&installed.stdout).contains("wasm32-unknown-unknown") {
        return Ok(());
    }
    eprintln!("xtask: adding the wasm32-unknown-unknown target");
    exec::run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// The bin directory of a cargo-installed tool that only some commands need (twiggy for the bench),
/// installed into the cache on first use.
pub fn cargo_tool(krate: &str, version: &str, bin: &str) -> Result<PathBuf, String> {
    ensure_cargo_tool(&cache_dir()?, krate, version, bin, true)
}

/// `cargo install <krate> --version <version> --root <cache>/<krate>-<version>` unless `bin` is there.
fn ensure_cargo_tool(
    cache: &Path,
    krate: &str,
    version: &str,
    bin: &str,
    locked: bool,
) -> Result<PathBuf, String> {
    let root = cache.join(format!("{krate}-{version}"));
    let bin_dir = root.join("bin");
    if bin_dir.join(bin).is_file() {
        return Ok(bin_dir);
    }
    eprintln!(
        "xtask: installing {krate} {version} into {} (once per machine)",
        root.display()
    );
    let mut command = Command::new("cargo");
    command
        .args(["install", krate, "--version", version, "--root"])
        .arg(&root);
    if locked {
        command.arg("--locked");
    }
    exec::run(&mut command)?;
    Ok(bin_dir)
}

fn ensure_binaryen(cache: &Path) -> Result<PathBuf, String> {
    let prefix = cache.join(format!("binaryen-{BINARYEN_VERSION}"));
    let bin_dir = prefix.join("node_modules").join(".bin");
    if bin_dir.join("wasm-opt").is_file() {
        return Ok(bin_dir);
    }
    eprintln!("xtask: installing binaryen {BINARYEN_VERSION} (wasm-opt) from npm");
    std::fs::create_dir_all(&prefix).map_err(|e| format!("{}: {e}", prefix.display()))?;
    exec::run(
        Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--prefix"])
            .arg(&prefix)
            .arg(format!("binaryen@{BINARYEN_VERSION}")),
    )?;
    Ok(bin_dir)
}

/// Debian packages the browser tests need, each with a file that shows it is installed: Chromium
/// and its driver, and Apache's server binary and modules (`apache2-bin`, without the service
/// scripts of `apache2`, which would start a server on port 80), which serves the build with its
/// generated `.htaccess` in a test (tests/e2e/apache.test.mjs).
const DEBIAN_PACKAGES: [(&str, &str); 3] = [
    ("/usr/bin/chromium", "chromium"),
    ("/usr/bin/chromedriver", "chromium-driver"),
    ("/usr/sbin/apache2", "apache2-bin"),
];

fn ensure_debian_packages() -> Result<(), String> {
    let missing: Vec<&str> = DEBIAN_PACKAGES
        .iter()
        .filter(|(file, _)| !Path::new(file).is_file())
        .map(|(_, package)| *package)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    if !is_root {
        return Err(format!(
            "the browser tests need Debian's {0}: run \
             `sudo apt-get update && sudo apt-get install -y --no-install-recommends {0}`",
            missing.join(" ")
        ));
    }
    eprintln!("xtask: installing {} with apt", missing.join(" "));
    exec::run(Command::new("apt-get").arg("update"))?;
    exec::run(
        Command::new("apt-get")
            .args(["install", "-y", "--no-install-recommends"])
            .args(&missing)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

/// `npm ci` in the browser tests' folder when its lock file changed since the last install.
fn ensure_npm_packages(dir: &Path) -> Result<(), String> {
    let lock = std::fs::read(dir.join("package-lock.json"))
        .map_err(|e| format!("{}/package-lock.json: {e}", dir.display()))?;
    let stamp = dir.join("node_modules").join(".lock-stamp");
    if std::fs::read(&stamp).is_ok_and(|old| old == lock) {
        return Ok(());
    }
    exec::run(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(dir),
    )?;
    std::fs::write(&stamp, lock).map_err(|e| format!("{}: {e}", stamp.display()))
}

/// The wasm-bindgen version in Cargo.lock: the CLI must equal the library, so it is read, not repeated.
pub fn wasm_bindgen_version(root: &Path) -> Result<String, String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e} (run `cargo generate-lockfile`)"))?;
    locked_version(&lock, "wasm-bindgen")
        .ok_or_else(|| "Cargo.lock has no wasm-bindgen package".to_string())
}

/// The version of package `name` in a Cargo.lock text.
fn locked_version(lock: &str, name: &str) -> Option<String> {
    let wanted = format!("name = \"{name}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == wanted {
            let version = lines.next()?.trim().strip_prefix("version = \"")?;
            return version.strip_suffix('"').map(str::to_string);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wasm_bindgen_version_is_read_from_the_lock_file_not_its_neighbours() {
        let lock = "[[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"0.2.1\"\n\n\
                    [[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n";
        assert_eq!(
            locked_version(lock, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(locked_version(lock, "trunk"), None);
    }

    #[test]
    fn trunk_toml_names_the_wasm_opt_and_wasm_bindgen_versions_xtask_installs() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let trunk = std::fs::read_to_string(root.join("Trunk.toml")).unwrap();
        let major = BINARYEN_VERSION.split('.').next().unwrap();
        assert!(
            trunk.contains(&format!("wasm_opt = \"version_{major}\"")),
            "{trunk}"
        );
        let bindgen = wasm_bindgen_version(&root).unwrap();
        assert!(
            trunk.contains(&format!("wasm_bindgen = \"{bindgen}\"")),
            "{trunk}"
        );
    }
}
