//! Line and column of JSON paths, and duplicate keys, found by one pass over the file's text.
//!
//! serde_json's `Value` keeps no positions, and the span-aware alternatives (`serde_spanned` is
//! for TOML; `json-spanned-value` wraps every value) would slow down and enlarge the common,
//! valid case. So the loader parses with serde_json, reads and validates the `Value`, and only
//! when there are errors (or to look for duplicate keys, which `Value` silently merges) walks the
//! text once with this small scanner. The text has already been accepted by serde_json, so the
//! scanner can assume well-formed JSON; it still never indexes out of bounds and always moves
//! forward, so a bug here can cost a position but never a panic or a hang.
//!
//! Columns count characters (Unicode scalar values) from 1, as editors show them.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use crate::data::error::{DataError, Location, Position};
use crate::data::path::{JsonPath, Seg, ancestors};

/// Where a path's key and value start.
#[derive(Debug, Clone, Copy)]
struct Spot {
    key: Option<Position>,
    value: Position,
}

struct Scanner<'t> {
    text: &'t str,
    bytes: &'t [u8],
    pos: usize,
    line: usize,
    line_start: usize,
    /// Column cache: byte offset and column of the last position computed on `line`, so that
    /// positions on one long (minified) line cost O(length) in total, not per lookup.
    cache: (usize, usize, usize),
    path: JsonPath,
    wanted: &'t HashSet<String>,
    spots: HashMap<String, Spot>,
    duplicates: Vec<(String, String, Position)>,
}

impl<'t> Scanner<'t> {
    fn position(&mut self) -> Position {
        let (line, offset, column) = self.cache;
        let (from, col) = if line == self.line && offset <= self.pos {
            (offset, column)
        } else {
            (self.line_start, 1)
        };
        let column = col
            + self
                .text
                .get(from..self.pos)
                .map_or(0, |s| s.chars().count());
        self.cache = (self.line, self.pos, column);
        Position {
            line: self.line,
            column,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b) = self.peek() {
            match b {
                b'\n' => {
                    self.pos += 1;
                    self.line += 1;
                    self.line_start = self.pos;
                }
                b' ' | b'\t' | b'\r' => self.pos += 1,
                _ => break,
            }
        }
    }

    /// Skips a string starting at `"`; returns its raw contents (between the quotes).
    fn string(&mut self) -> &'t str {
        self.pos += 1;
        let start = self.pos;
        while let Some(b) = self.peek() {
            match b {
                b'\\' => self.pos += 2,
                b'"' => break,
                _ => self.pos += 1,
            }
        }
        let raw = self.text.get(start..self.pos).unwrap_or_default();
        self.pos += 1;
        raw
    }

    fn mark(&mut self, key: Option<Position>) {
        if self.wanted.contains(self.path.as_str()) {
            let value = self.position();
            self.spots
                .insert(self.path.to_string(), Spot { key, value });
        }
    }

    fn value(&mut self, key: Option<Position>) {
        self.skip_ws();
        self.mark(key);
        match self.peek() {
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => {
                self.string();
            }
            Some(_) => {
                while let Some(b) = self.peek() {
                    if matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n') {
                        break;
                    }
                    self.pos += 1;
                }
            }
            None => {}
        }
    }

    fn object(&mut self) {
        self.pos += 1;
        let mut keys: HashSet<String> = HashSet::new();
        loop {
            self.skip_ws();
            match self.peek() {
                Some(b'"') => {}
                Some(b'}') | None => {
                    self.pos += 1;
                    return;
                }
                Some(_) => {
                    // ',' between members.
                    self.pos += 1;
                    continue;
                }
            }
            let key_pos = self.position();
            let raw = self.string();
            let key = if raw.contains('\\') {
                serde_json::from_str::<String>(&format!("\"{raw}\""))
                    .unwrap_or_else(|_| raw.to_owned())
            } else {
                raw.to_owned()
            };
            let len = self.path.len();
            self.path.push(Seg::Key(&key));
            if !keys.insert(key.clone()) {
                self.duplicates.push((self.path.to_string(), key, key_pos));
            }
            self.skip_ws();
            if self.peek() == Some(b':') {
                self.pos += 1;
            }
            self.value(Some(key_pos));
            self.path.truncate(len);
        }
    }

    fn array(&mut self) {
        self.pos += 1;
        let mut index = 0;
        loop {
            self.skip_ws();
            match self.peek() {
                Some(b']') | None => {
                    self.pos += 1;
                    return;
                }
                Some(b',') => {
                    self.pos += 1;
                    continue;
                }
                Some(_) => {}
            }
            let len = self.path.len();
            self.path.push(Seg::Index(index));
            let before = self.pos;
            self.value(None);
            self.path.truncate(len);
            if self.pos == before {
                self.pos += 1;
            }
            index += 1;
        }
    }
}

/// Scans `text` once: positions of the `wanted` paths, and every duplicate key as an error.
fn scan(
    file: &str,
    text: &str,
    wanted: &HashSet<String>,
) -> (HashMap<String, Spot>, Vec<DataError>) {
    let mut s = Scanner {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        line: 1,
        line_start: 0,
        cache: (0, 0, 1),
        path: JsonPath::root(),
        wanted,
        spots: HashMap::new(),
        duplicates: Vec::new(),
    };
    s.value(None);
    let duplicates = s
        .duplicates
        .into_iter()
        .map(|(path, key, position)| DataError::DuplicateKey {
            at: Location {
                file: file.to_owned(),
                path,
                record: None,
                position: Some(position),
            },
            key,
        })
        .collect();
    (s.spots, duplicates)
}

/// Singular name of a top-level list, for record labels.
fn kind_of(list: &str) -> Option<&'static str> {
    Some(match list {
        "indicators" => "indicator",
        "partners" => "partner",
        "regions" => "region",
        "policy_instruments" => "policy instrument",
        "good_practices" => "good practice",
        "events" => "event",
        "sources" => "source",
        _ => return None,
    })
}

/// Adds `partner "kmop"` to errors inside a record whose id is a string in `root`.
pub(crate) fn label_records(root: &Value, errors: &mut [DataError]) {
    for e in errors.iter_mut() {
        let at = e.location_mut();
        if at.record.is_some() {
            continue;
        }
        let Some((list, rest)) = at.path.split_once('[') else {
            continue;
        };
        let index = rest
            .split_once(']')
            .and_then(|(i, _)| i.parse::<usize>().ok());
        let (Some(kind), Some(index)) = (kind_of(list), index) else {
            continue;
        };
        let id = root
            .get(list)
            .and_then(|l| l.get(index))
            .and_then(|r| r.get("id"))
            .and_then(Value::as_str);
        if let Some(id) = id {
            let short: String = id.chars().take(64).collect();
            at.record = Some(format!("{kind} {short:?}"));
        }
    }
}

/// Fills in line and column of every error whose path is in `text`, using the nearest enclosing
/// value for a path that is absent (a missing field). Returns the duplicate-key errors found.
pub(crate) fn locate_all(file: &str, text: &str, errors: &mut [DataError]) -> Vec<DataError> {
    let wanted: HashSet<String> = errors
        .iter()
        .flat_map(|e| {
            ancestors(&e.location().path)
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    let (spots, duplicates) = scan(file, text, &wanted);
    for e in errors.iter_mut() {
        let about_key = e.is_about_key();
        let at = e.location_mut();
        if at.position.is_some() {
            continue;
        }
        let spot =
            ancestors(&at.path).find_map(|p| spots.get(p).map(|s| (p.len() == at.path.len(), *s)));
        at.position = spot.map(|(exact, s)| match (exact && about_key, s.key) {
            (true, Some(key)) => key,
            _ => s.value,
        });
    }
    duplicates
}

/// Line and column of a serde_json syntax error, with the column converted from bytes to
/// characters. serde_json counts the bytes consumed on the line, so 0 can occur (at a line
/// start); that is shown as column 1.
pub(crate) fn syntax_position(text: &str, line: usize, byte_column: usize) -> Position {
    let line_text = text
        .split('\n')
        .nth(line.saturating_sub(1))
        .unwrap_or_default();
    let mut cut = byte_column.min(line_text.len());
    while !line_text.is_char_boundary(cut) {
        cut -= 1;
    }
    let column = line_text.get(..cut).map_or(0, |s| s.chars().count()).max(1);
    Position {
        line: line.max(1),
        column,
    }
}

/// Fills in positions of `errors` (e.g. from [`crate::data::validate::check_geometry`]) from the file's text.
/// Errors that already have a position are left alone; paths not in the text get the position
/// of their nearest enclosing value.
pub fn locate(text: &str, errors: &mut [DataError]) {
    let file = errors
        .first()
        .map(|e| e.location().file.clone())
        .unwrap_or_default();
    let _ = locate_all(&file, text, errors);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spots(text: &str, paths: &[&str]) -> HashMap<String, Spot> {
        let wanted = paths.iter().map(|p| (*p).to_owned()).collect();
        scan("f.json", text, &wanted).0
    }

    #[test]
    fn values_and_keys_are_located_by_path() {
        let text = "{\n  \"partners\": [\n    {\"id\": \"a\", \"region\": \"foo\"}\n  ]\n}";
        let s = spots(text, &["partners[0].region", "partners", ""]);
        let region = s["partners[0].region"];
        assert_eq!(
            region.value,
            Position {
                line: 3,
                column: 27
            }
        );
        assert_eq!(
            region.key,
            Some(Position {
                line: 3,
                column: 17
            })
        );
        assert_eq!(
            s["partners"].value,
            Position {
                line: 2,
                column: 15
            }
        );
        assert_eq!(s[""].value, Position { line: 1, column: 1 });
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = r#"{"name": "Πελοπόννησος", "x": 1}"#;
        let s = spots(text, &["x"]);
        assert_eq!(s["x"].value.column, 31);
    }

    #[test]
    fn escaped_keys_and_strings_do_not_confuse_the_scanner() {
        let text = r#"{"a\"b": "x\"}", "c": [1, {"d": "]"}, 3]}"#;
        let s = spots(text, &["c[2]", "c[1].d"]);
        assert_eq!(s["c[2]"].value.column, 39);
        assert_eq!(s["c[1].d"].value.column, 33);
    }

    #[test]
    fn duplicate_keys_are_reported_where_the_second_one_is() {
        let text = "{\"a\": {\"id\": 1,\n \"id\": 2}}";
        let (_, dups) = scan("f.json", text, &HashSet::new());
        assert_eq!(dups.len(), 1);
        assert_eq!(
            dups[0].to_string(),
            "f.json: a.id (line 2, column 2): the key \"id\" appears twice in one object; JSON keeps only the last, so remove one"
        );
    }

    #[test]
    fn syntax_columns_are_converted_to_characters() {
        let text = "{\n\"ά\": x}";
        assert_eq!(syntax_position(text, 2, 7), Position { line: 2, column: 6 });
        assert_eq!(syntax_position(text, 2, 0), Position { line: 2, column: 1 });
        assert_eq!(syntax_position("", 9, 9), Position { line: 9, column: 1 });
    }
}
