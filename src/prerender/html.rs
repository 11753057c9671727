//! Just enough HTML reading for the prerender: start tags and their attributes (quoted or not,
//! as trunk's minifier writes them), outside comments. An HTML parser crate would do far more
//! than these few lookups on a page the build itself wrote.

/// Whether `at` lies inside a `<noscript>` element of `html`.
pub fn inside_noscript(html: &str, at: usize) -> bool {
    tags(html, "noscript")
        .iter()
        .filter(|open| open.end <= at)
        .any(|open| !html[open.end..at].contains("</noscript"))
}

/// A start tag in a page: where it is and its text.
pub struct Tag<'a> {
    /// Where the tag starts (its `<`).
    pub start: usize,
    /// Just past its `>`.
    pub end: usize,
    /// The tag's text.
    pub text: &'a str,
}

impl Tag<'_> {
    /// The value of attribute `name` (quoted or not); `Some("")` for a bare attribute.
    pub fn attr(&self, name: &str) -> Option<String> {
        attributes(self.text)
            .into_iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    }
}

/// Every `<name …>` start tag of `html`, in order; none inside a comment (trunk keeps comments in
/// a debug build, and ours name tags: "sets <html lang dir>").
pub fn tags<'a>(html: &'a str, name: &str) -> Vec<Tag<'a>> {
    let open = format!("<{name}");
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(i) = html[from..].find(&open) {
        let start = from + i;
        if let Some(comment) = html[from..start].rfind("<!--").map(|c| from + c)
            && !html[comment..start].contains("-->")
        {
            // Inside a comment: go on after its end.
            match html[start..].find("-->") {
                Some(end) => {
                    from = start + end + 3;
                    continue;
                }
                None => break,
            }
        }
        let after = html[start + open.len()..].chars().next();
        let Some(end) = tag_end(html, start) else {
            break;
        };
        if matches!(after, Some(c) if c.is_whitespace() || c == '>' || c == '/') {
            found.push(Tag {
                start,
                end,
                text: &html[start..end],
            });
        }
        from = end;
    }
    found
}

/// The index just past the `>` that ends the tag starting at `start` (a `>` inside a quoted
/// attribute value does not end it).
fn tag_end(html: &str, start: usize) -> Option<usize> {
    let mut quote = None;
    for (i, c) in html[start..].char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(start + i + 1),
            _ => {}
        }
    }
    None
}

/// The attributes of a start tag's text, `(name, value)`, values unquoted.
fn attributes(tag: &str) -> Vec<(String, String)> {
    let inner = tag
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim_end_matches('/');
    let mut chars = inner.chars().peekable();
    // Skip the tag's name.
    while chars.next_if(|c| !c.is_whitespace()).is_some() {}
    let mut out = Vec::new();
    loop {
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        let name: String =
            std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace() && *c != '=')).collect();
        if name.is_empty() {
            break;
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        let mut value = String::new();
        if chars.next_if_eq(&'=').is_some() {
            while chars.next_if(|c| c.is_whitespace()).is_some() {}
            match chars.peek().copied() {
                Some(q @ ('"' | '\'')) => {
                    chars.next();
                    value = std::iter::from_fn(|| chars.next_if(|c| *c != q)).collect();
                    chars.next();
                }
                _ => value = std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace())).collect(),
            }
        }
        out.push((name, value));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_are_read_quoted_unquoted_and_bare() {
        let attrs = attributes("<link rel=preload href=\"a b.json\" crossorigin as='fetch'>");
        let pairs: Vec<(&str, &str)> = attrs
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("rel", "preload"),
                ("href", "a b.json"),
                ("crossorigin", ""),
                ("as", "fetch")
            ]
        );
    }
}
