//! Precompresses the built site (`.gz` and `.br` beside each file, as a static host serves them) and
//! checks the first visit's brotli total against the budget kept in `budget.json`.

use std::io::Write;
use std::path::{Path, PathBuf};

/// One built file and what it weighs on the wire.
pub struct Weight {
    /// Path relative to `dist/`, with `/` separators.
    pub path: String,
    /// Bytes on disk.
    pub raw: u64,
    /// Bytes after gzip -9.
    pub gzip: u64,
    /// Bytes after brotli quality 11.
    pub brotli: u64,
}

/// Writes `<file>.gz` and `<file>.br` for every file of `dist` but the data files, and returns
/// the weights of all, sorted by path.
///
/// A data file (`data/`) is replaced on the host without a rebuild: a host that serves
/// precompressed copies would go on serving the build's data from a stale `.br` beside the new
/// file, so it gets none (hosts compress JSON on the fly anyway).
pub fn precompress(dist: &Path) -> Result<Vec<Weight>, String> {
    let mut files = Vec::new();
    collect(dist, &mut files)?;
    let mut weights = Vec::new();
    for file in files {
        let bytes = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let gzip = gzip(&bytes)?;
        let brotli = brotli(&bytes)?;
        let relative = file.strip_prefix(dist).unwrap_or(&file);
        if !relative.starts_with("data") {
            write(&with_suffix(&file, ".gz"), &gzip)?;
            write(&with_suffix(&file, ".br"), &brotli)?;
        }
        weights.push(Weight {
            path: relative.to_string_lossy().replace('\\', "/"),
            raw: len(&bytes),
            gzip: len(&gzip),
            brotli: len(&brotli),
        });
    }
    weights.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(weights)
}

/// The budget file: which files a first visit transfers and how many brotli bytes they may weigh.
pub struct Budget {
    first_visit: Vec<String>,
    max_brotli: u64,
}

impl Budget {
    /// Reads `budget.json` at the workspace root.
    pub fn read(root: &Path) -> Result<Budget, String> {
        let path = root.join("budget.json");
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let json: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| format!("budget.json: {e}"))?;
        let first_visit = json["first_visit"]
            .as_array()
            .ok_or("budget.json: `first_visit` must be a list of paths or *.ext patterns")?
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        let max_brotli = json["first_visit_brotli_max_bytes"]
            .as_u64()
            .ok_or("budget.json: `first_visit_brotli_max_bytes` must be a whole number")?;
        Ok(Budget {
            first_visit,
            max_brotli,
        })
    }

    /// Whether a first visit transfers this file. A pattern is an exact path, or holds one `*` that
    /// stands for any characters but `/` (`*.wasm`, `boot-*.js`, `geo/*.json`).
    pub fn is_first_visit(&self, path: &str) -> bool {
        self.first_visit
            .iter()
            .any(|pattern| match pattern.split_once('*') {
                Some((head, tail)) => {
                    path.len() >= head.len() + tail.len()
                        && path.starts_with(head)
                        && path.ends_with(tail)
                        && !path[head.len()..path.len() - tail.len()].contains('/')
                }
                None => pattern == path,
            })
    }

    /// Prints the table and fails when the first visit's brotli total passes the budget.
    pub fn check(&self, weights: &[Weight]) -> Result<(), String> {
        println!(
            "{:<44} {:>9} {:>9} {:>9}",
            "file (* = first visit)", "raw", "gzip", "brotli"
        );
        let (mut raw, mut gz, mut br, mut count) = (0, 0, 0, 0);
        for w in weights {
            let first = self.is_first_visit(&w.path);
            let mark = if first { "*" } else { " " };
            println!(
                "{mark}{:<43} {:>9} {:>9} {:>9}",
                w.path, w.raw, w.gzip, w.brotli
            );
            if first {
                (raw, gz, br, count) = (raw + w.raw, gz + w.gzip, br + w.brotli, count + 1);
            }
        }
        println!(
            "first visit: {count} files, {raw} B raw, {gz} B gzip, {br} B brotli (budget {} B brotli)",
            self.max_brotli
        );
        if br > self.max_brotli {
            return Err(format!(
                "the first visit weighs {br} B brotli, over the budget of {} B in budget.json",
                self.max_brotli
            ));
        }
        Ok(())
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if !matches!(path.extension().and_then(|e| e.to_str()), Some("gz" | "br")) {
            out.push(path);
        }
    }
    Ok(())
}

fn gzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).map_err(|e| e.to_string())?;
    encoder.finish().map_err(|e| e.to_string())
}

fn brotli(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        writer.write_all(bytes).map_err(|e| e.to_string())?;
    }
    Ok(out)
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn len(bytes: &[u8]) -> u64 {
    u64::try_from(bytes.len()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn budget(max: u64) -> Budget {
        Budget {
            first_visit: vec!["*.wasm".into(), "data/secon.json".into()],
            max_brotli: max,
        }
    }

    fn weight(path: &str, brotli: u64) -> Weight {
        Weight {
            path: path.into(),
            raw: brotli * 3,
            gzip: brotli + 1,
            brotli,
        }
    }

    #[test]
    fn first_visit_patterns_match_root_extensions_and_exact_paths_only() {
        let b = budget(0);
        assert!(b.is_first_visit("app_bg.wasm"));
        assert!(b.is_first_visit("data/secon.json"));
        assert!(!b.is_first_visit("geo/nuts3.wasm"));
        assert!(!b.is_first_visit("data/schema.json"));
    }

    #[test]
    fn a_star_inside_a_pattern_matches_hashed_names_but_not_other_files_or_folders() {
        let b = Budget {
            first_visit: vec!["boot-*.js".into(), "geo/*.json".into()],
            max_brotli: 0,
        };
        assert!(b.is_first_visit("boot-0123abcd.js"));
        assert!(b.is_first_visit("geo/europe.json"));
        assert!(!b.is_first_visit("embed.js"));
        assert!(!b.is_first_visit("boot-x/y.js"));
        assert!(!b.is_first_visit("geo/x/nuts3.json"));
        assert!(!b.is_first_visit("boot.js"));
    }

    #[test]
    fn budget_fails_only_when_first_visit_brotli_total_passes_it() {
        let files = [
            weight("app_bg.wasm", 90),
            weight("data/secon.json", 10),
            weight("geo/nuts3.json", 500),
        ];
        assert!(budget(100).check(&files).is_ok());
        let err = budget(99).check(&files).unwrap_err();
        assert!(err.contains("100 B brotli"), "{err}");
    }

    #[test]
    fn a_data_file_gets_no_precompressed_copy_so_a_replaced_one_is_served() {
        let dist = std::env::temp_dir().join(format!("xtask-precompress-{}", std::process::id()));
        std::fs::create_dir_all(dist.join("data")).unwrap();
        std::fs::write(dist.join("data/secon.json"), "{}".repeat(50)).unwrap();
        std::fs::write(dist.join("app_bg.wasm"), "wasm".repeat(50)).unwrap();
        let weights = precompress(&dist).unwrap();
        // Weighed for the budget, but only the app's files have copies beside them.
        assert_eq!(weights.len(), 2);
        assert!(!dist.join("data/secon.json.br").exists());
        assert!(!dist.join("data/secon.json.gz").exists());
        assert!(dist.join("app_bg.wasm.br").exists());
        assert!(dist.join("app_bg.wasm.gz").exists());
        std::fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn brotli_and_gzip_shrink_repetitive_text() {
        let text = "the same words again and again ".repeat(100);
        assert!(brotli(text.as_bytes()).unwrap().len() < text.len() / 10);
        assert!(gzip(text.as_bytes()).unwrap().len() < text.len() / 10);
    }
}
