//! What a first visit weighs: the files it requested, and the widget's wasm modules split into
//! those loaded at start and those loaded on demand.

use serde_json::{Value, json};

use crate::compress::Weight;

/// Raw, gzip and brotli bytes of one built file.
type Sizes = (u64, u64, u64);

/// The files a first visit transferred, with their weights (`None`: not a file of dist).
pub(super) struct FirstVisit {
    pub(super) files: Vec<(String, Option<Sizes>)>,
}

impl FirstVisit {
    pub(super) fn of(requested: &[String], weights: &[Weight]) -> FirstVisit {
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
    pub(super) fn totals(&self) -> Sizes {
        self.files
            .iter()
            .filter_map(|(_, w)| *w)
            .fold((0, 0, 0), |t, w| (t.0 + w.0, t.1 + w.1, t.2 + w.2))
    }

    pub(super) fn to_json(&self) -> Value {
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
pub(super) struct WasmSplit {
    pub(super) at_start: Vec<(String, u64)>,
    pub(super) on_demand: Vec<(String, u64)>,
}

impl WasmSplit {
    pub(super) fn of(requested: &[String], weights: &[Weight]) -> WasmSplit {
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

    pub(super) fn total(list: &[(String, u64)]) -> u64 {
        list.iter().map(|(_, b)| b).sum()
    }

    pub(super) fn names(list: &[(String, u64)]) -> String {
        let names: Vec<&str> = list.iter().map(|(path, _)| path.as_str()).collect();
        names.join(", ")
    }

    pub(super) fn to_json(&self) -> Value {
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

#[cfg(test)]
mod tests {
    use super::*;

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
