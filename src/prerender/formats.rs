//! Numbers, dates, plural categories and country names for a first view in a language other
//! than English, from node's `Intl` at build time (see `crate::hooks::intl`'s native formatters).
//!
//! Why node: the browser formats with `Intl` (no tables in the wasm), and the first view must
//! show the same text or the page changes under the visitor at the takeover. node (20, with full
//! ICU) is already needed by the build (wasm-opt from npm, the browser tests) and answers from the
//! same CLDR data; a Rust ICU (icu4x) has no `formatRange` for dates yet and would be a second,
//! differently versioned copy of that data. A browser test compares each first view with the page
//! the wasm draws.

use std::io::Write;
use std::process::{Command, Stdio};

use map_core::data::date::Date;
use serde_json::{Value, json};

use crate::hooks::intl::{Missing, Table};

/// The script node runs: reads `{lang, numbers, dates, plurals, countries}` on stdin and writes
/// the answers as the browser's `Intl` gives them (the same calls as `src/hooks/intl/browser.rs`:
/// a date is local noon, `EL`/`UK` are asked as ISO's `GR`/`GB`).
const SCRIPT: &str = r#"
const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
const lang = input.lang;
const nf = new Intl.NumberFormat(lang);
const df = new Intl.DateTimeFormat(lang, { day: "numeric", month: "long", year: "numeric" });
const pr = new Intl.PluralRules(lang);
const dn = new Intl.DisplayNames(lang, { type: "region" });
const day = (s) => { const [y, m, d] = s.split("-").map(Number); return new Date(y, m - 1, d, 12); };
// Chromium (and Firefox) write a plain space where newer CLDR data has a thin or narrow no-break
// space (around a range's dash, before "г."): their ICU is patched so for the web's sake, node's
// is not. The first view writes what the browsers write (the takeover test compares them).
const web = (s) => s.replace(/[\u2009\u202f]/g, " ");
const iso = (c) => c === "EL" ? "GR" : c === "UK" ? "GB" : c;
const name = (c) => { try { const n = dn.of(iso(c)); return n === iso(c) ? "" : n; } catch { return ""; } };
process.stdout.write(JSON.stringify({
  numbers: input.numbers.map((n) => [n, nf.format(BigInt(n))]),
  dates: input.dates.map(([a, b]) => [a, b, web(a === b ? df.format(day(a)) : df.formatRange(day(a), day(b)))]),
  plurals: input.plurals.map((n) => [n, pr.select(n)]),
  countries: input.countries.map((c) => [c, name(c)]),
}));
"#;

/// Adds node's answers for `missing` to `table` (of `table.lang`).
pub fn answer(table: &mut Table, missing: &Missing) -> Result<(), String> {
    let question = json!({
        "lang": table.lang,
        "numbers": missing.numbers.iter().map(u64::to_string).collect::<Vec<_>>(),
        "dates": missing.dates.iter().map(|(a, b)| [a.to_string(), b.to_string()]).collect::<Vec<_>>(),
        "plurals": missing.plurals.iter().collect::<Vec<_>>(),
        "countries": missing.countries.iter().collect::<Vec<_>>(),
    });
    let reply = run_node(&question.to_string())?;
    let reply: Value = serde_json::from_str(&reply)
        .map_err(|e| format!("node's formats for {}: {e}", table.lang))?;
    let pairs = |key: &str| {
        reply
            .get(key)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_owned);
    for pair in pairs("numbers") {
        let number = text(pair.get(0)).and_then(|n| n.parse::<u64>().ok());
        if let (Some(number), Some(shown)) = (number, text(pair.get(1))) {
            table.numbers.insert(number, shown);
        }
    }
    for triple in pairs("dates") {
        let day = |i: usize| text(triple.get(i)).and_then(|d| Date::parse(&d).ok());
        if let (Some(a), Some(b), Some(shown)) = (day(0), day(1), text(triple.get(2))) {
            table.dates.insert((a, b), shown);
        }
    }
    for pair in pairs("plurals") {
        let count = pair
            .get(0)
            .and_then(Value::as_u64)
            .and_then(|c| usize::try_from(c).ok());
        if let (Some(count), Some(category)) = (count, text(pair.get(1))) {
            table.plurals.insert(count, category_of(&category));
        }
    }
    for pair in pairs("countries") {
        if let (Some(code), Some(name)) = (text(pair.get(0)), text(pair.get(1))) {
            table.countries.insert(code, name);
        }
    }
    Ok(())
}

/// The CLDR category as the static string the plural rule returns.
fn category_of(category: &str) -> &'static str {
    match category {
        "zero" => "zero",
        "one" => "one",
        "two" => "two",
        "few" => "few",
        "many" => "many",
        _ => "other",
    }
}

fn run_node(input: &str) -> Result<String, String> {
    let mut child = Command::new("node")
        .args(["-e", SCRIPT])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            format!("node, which formats the first views' numbers and dates, could not start: {e}")
        })?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(input.as_bytes())
            .map_err(|e| format!("node: {e}"))?;
    }
    let output = child.wait_with_output().map_err(|e| format!("node: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "node could not format the first view's numbers and dates: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| format!("node: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn node_formats_greek_numbers_dates_plurals_and_country_names_as_intl_does() {
        let mut table = Table {
            lang: "el".into(),
            ..Table::default()
        };
        let mut missing = Missing::default();
        missing.numbers.insert(1_914_046);
        missing.dates.insert((day("2023-05-24"), day("2023-05-25")));
        missing.dates.insert((day("2024-08-30"), day("2024-08-30")));
        missing.plurals.extend([1, 3]);
        missing.countries.extend(["EL".to_owned(), "DE".to_owned()]);
        answer(&mut table, &missing).unwrap();
        assert_eq!(table.numbers[&1_914_046], "1.914.046");
        assert!(table.dates[&(day("2024-08-30"), day("2024-08-30"))].contains("Αυγούστου"));
        assert!(table.dates[&(day("2023-05-24"), day("2023-05-25"))].contains("Μαΐου"));
        assert_eq!(table.plurals[&1], "one");
        assert_eq!(table.plurals[&3], "other");
        assert_eq!(table.countries["EL"], "Ελλάδα");
        assert_eq!(table.countries["DE"], "Γερμανία");
    }
}
