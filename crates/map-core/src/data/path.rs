//! JSON paths of the data file (`partners[3].region`, `project.note["pt-BR"]`): the one way paths
//! are built, whether the reader reports a field, the scanner looks for its line and column, or a
//! cross-record check names a record. Paths written the same way always match.

use std::fmt;

use serde_json::Value;

/// One step of a JSON path.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Seg<'a> {
    /// An object member.
    Key(&'a str),
    /// An array element.
    Index(usize),
}

/// A rendered JSON path, built step by step: `JsonPath::record("regions", 2).key("nuts")`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub(crate) struct JsonPath(String);

impl JsonPath {
    /// The document root (the empty path).
    pub(crate) fn root() -> Self {
        Self::default()
    }

    /// The element `index` of the top-level list `list`: `regions[2]`.
    pub(crate) fn record(list: &str, index: usize) -> Self {
        Self::root().key(list).index(index)
    }

    /// The member `key` of this value.
    pub(crate) fn key(mut self, key: &str) -> Self {
        self.push(Seg::Key(key));
        self
    }

    /// The element `index` of this value.
    pub(crate) fn index(mut self, index: usize) -> Self {
        self.push(Seg::Index(index));
        self
    }

    /// Appends one step: `.key` (or `key` first), `["odd key"]` for keys that are not plain
    /// identifiers, `[3]` for indices.
    pub(crate) fn push(&mut self, seg: Seg<'_>) {
        let out = &mut self.0;
        match seg {
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
            Seg::Key(k)
                if !k.is_empty()
                    && k.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$') =>
            {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Key(k) => {
                out.push('[');
                out.push_str(&Value::from(k).to_string());
                out.push(']');
            }
        }
    }

    /// Length of the rendered path in bytes, to [`truncate`](Self::truncate) back to.
    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    /// Drops the steps pushed since the path was `len` bytes long.
    pub(crate) fn truncate(&mut self, len: usize) {
        self.0.truncate(len);
    }

    /// The path as text.
    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<JsonPath> for String {
    fn from(path: JsonPath) -> Self {
        path.0
    }
}

/// A JSON path kept as a chain of borrowed steps on the stack, so that reading a valid file
/// allocates no path strings; it is rendered (as a [`JsonPath`]) only when an error needs it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct At<'a> {
    parent: Option<&'a At<'a>>,
    seg: Option<Seg<'a>>,
}

impl<'a> At<'a> {
    /// The document root (renders as the empty path).
    pub(crate) const ROOT: At<'static> = At {
        parent: None,
        seg: None,
    };

    /// The member `key` of this value.
    pub(crate) fn key(&'a self, key: &'a str) -> At<'a> {
        At {
            parent: Some(self),
            seg: Some(Seg::Key(key)),
        }
    }

    /// The element `index` of this value.
    pub(crate) fn index(&'a self, index: usize) -> At<'a> {
        At {
            parent: Some(self),
            seg: Some(Seg::Index(index)),
        }
    }

    /// The path as text: `partners[3].region`.
    pub(crate) fn render(&self) -> JsonPath {
        let mut segs = Vec::new();
        let mut at = Some(self);
        while let Some(a) = at {
            if let Some(seg) = a.seg {
                segs.push(seg);
            }
            at = a.parent;
        }
        let mut out = JsonPath::root();
        for seg in segs.iter().rev() {
            out.push(*seg);
        }
        out
    }
}

/// Every ancestor of a rendered path, the path itself included: `a[1].b` gives `a[1].b`, `a[1]`, `a`, ``.
pub(crate) fn ancestors(path: &str) -> impl Iterator<Item = &str> {
    let cuts = path
        .char_indices()
        .filter(|(i, c)| (*c == '.' || *c == '[') && *i > 0)
        .map(|(i, _)| i);
    std::iter::once(path.len())
        .chain(cuts.collect::<Vec<_>>().into_iter().rev())
        .chain(std::iter::once(0))
        .filter_map(move |i| path.get(..i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ancestors_run_from_the_path_to_the_root() {
        let a: Vec<&str> = ancestors("partners[3].region").collect();
        assert_eq!(a, ["partners[3].region", "partners[3]", "partners", ""]);
    }

    #[test]
    fn built_and_borrowed_paths_render_alike() {
        let built = JsonPath::record("projects", 3).key("note").key("pt-BR");
        let root = At::ROOT;
        let list = root.key("projects");
        let item = list.index(3);
        let note = item.key("note");
        assert_eq!(note.key("pt-BR").render(), built);
        assert_eq!(built.as_str(), r#"projects[3].note["pt-BR"]"#);
    }
}
