//! The wasm's biggest items: `twiggy top` on a named copy of the release wasm, read per function
//! and per crate.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{Value, json};

use crate::exec;
use crate::tools::{self, Tools};

/// Rows of the wasm's biggest functions and crates in the report.
const TOP_ITEMS: usize = 15;
const TWIGGY_VERSION: &str = "0.8.0";

/// The wasm's biggest functions and its size per crate (from function names).
pub(super) struct WasmItems {
    pub(super) total: u64,
    pub(super) functions: Vec<(String, u64)>,
    pub(super) crates: Vec<(String, u64)>,
}

impl WasmItems {
    pub(super) fn to_json(&self) -> Value {
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
pub(super) fn wasm_top_items(root: &Path, tools: &Tools, out: &Path) -> Result<WasmItems, String> {
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

/// A function name without its hash suffix, cut to a readable length.
pub(super) fn short(name: &str) -> String {
    let name = match name.rsplit_once("::h") {
        Some((head, hash)) if hash.len() == 16 => head,
        _ => name,
    };
    let name: String = name.chars().take(110).collect();
    name.replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
