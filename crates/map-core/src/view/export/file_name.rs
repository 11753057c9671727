//! The download's file name and the document's title, from the project's and the region's names.

/// Longest part of a file name, in characters.
const SLUG_MAX: usize = 60;

/// The download's file name: `<project>-<region>.<extension>` in lower-case ASCII (accents folded,
/// anything else a hyphen). Each part is the first of its candidates that leaves something (the
/// acronym, else the name; the region's name, else its id); no region part when none does, `map`
/// when nothing is left at all.
pub fn file_name(project: &[&str], region: &[&str], extension: &str) -> String {
    let first = |names: &[&str]| {
        names
            .iter()
            .map(|n| slug(n))
            .find(|s| !s.is_empty())
            .unwrap_or_default()
    };
    let mut stem = first(project);
    let region = first(region);
    if !stem.is_empty() && !region.is_empty() {
        stem.push('-');
    }
    stem.push_str(&region);
    if stem.is_empty() {
        stem.push_str("map");
    }
    stem.push('.');
    stem.push_str(&slug(extension));
    stem
}

/// The document's title: the project's name, after its acronym unless the name already says it
/// (`SECON: Social Economy – …`); whichever of the two there is when the other is empty.
pub fn project_title(acronym: &str, name: &str) -> String {
    let (acronym, name) = (acronym.trim(), name.trim());
    let named = name
        .split_whitespace()
        .any(|word| word.trim_matches(|c: char| c.is_ascii_punctuation()) == acronym);
    if acronym.is_empty() || named {
        name.to_owned()
    } else if name.is_empty() {
        acronym.to_owned()
    } else {
        format!("{acronym}: {name}")
    }
}

/// `text` in lower-case ASCII letters and digits with single hyphens between words, at most
/// 60 characters; accented Latin letters lose their accents.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let folded = fold(c);
        if folded.is_empty() {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push_str(folded);
        }
    }
    let mut out: String = out.chars().take(SLUG_MAX).collect();
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// A character as lower-case ASCII letters or digits; empty for anything else.
///
/// Accented letters of Latin-1 and Latin Extended-A (and Romanian ș, ț) become their base letter,
/// upper or lower case alike, through two tables of base letters (`-` for none): written out
/// because `char::to_lowercase` would bring Unicode's case tables, about 10 KB, into the wasm.
fn fold(c: char) -> &'static str {
    /// U+00C0..=U+00DF, whose lower-case letters are 0x20 above.
    const LATIN_1: &str = "aaaaaa-ceeeeiiiidnooooo-ouuuuy--";
    /// U+0100..=U+017F, upper and lower case side by side.
    const EXTENDED_A: &str = concat!(
        "aaaaaacccccccc",
        "dddd",
        "eeeeeeeeee",
        "gggggggg",
        "hhhh",
        "iiiiiiiiii",
        "--",
        "jj",
        "kkk",
        "llllllllll",
        "nnnnnnnnn",
        "oooooo",
        "--",
        "rrrrrr",
        "ssssssss",
        "tttttt",
        "uuuuuuuuuuuu",
        "ww",
        "yyy",
        "zzzzzz",
        "s",
    );
    const DIGITS_AND_LETTERS: &str = "0123456789abcdefghijklmnopqrstuvwxyz";
    let (table, i) = match c {
        '0'..='9' => (DIGITS_AND_LETTERS, c as usize - '0' as usize),
        'a'..='z' => (DIGITS_AND_LETTERS, c as usize - 'a' as usize + 10),
        'A'..='Z' => (DIGITS_AND_LETTERS, c as usize - 'A' as usize + 10),
        'Æ' | 'æ' => return "ae",
        'Œ' | 'œ' => return "oe",
        'Ĳ' | 'ĳ' => return "ij",
        'Þ' | 'þ' => return "th",
        'ß' => return "ss",
        'ÿ' => return "y",
        'Ș' | 'ș' => return "s",
        'Ț' | 'ț' => return "t",
        '\u{C0}'..='\u{FF}' => (LATIN_1, (c as usize - 0xC0) & 0x1F),
        '\u{100}'..='\u{17F}' => (EXTENDED_A, c as usize - 0x100),
        _ => return "",
    };
    match table.get(i..=i) {
        Some("-") | None => "",
        Some(letter) => letter,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_slugs_of_the_project_and_the_region() {
        assert_eq!(
            file_name(&["SECON"], &["Région de Bruxelles"], "svg"),
            "secon-region-de-bruxelles.svg"
        );
        assert_eq!(
            file_name(&["SECON"], &["Extremadura"], "png"),
            "secon-extremadura.png"
        );
        assert_eq!(file_name(&["SECON"], &[], "svg"), "secon.svg");
        assert_eq!(
            file_name(&["SECON"], &["Rhein-Neckar (Baden-Württemberg)"], "png"),
            "secon-rhein-neckar-baden-wurttemberg.png"
        );
        assert_eq!(
            file_name(&["SECON"], &["Mazowieckie / Łódź"], "svg"),
            "secon-mazowieckie-lodz.svg"
        );
        assert_eq!(
            file_name(&["SECON"], &["Nord-Est (Iași)"], "svg"),
            "secon-nord-est-iasi.svg"
        );
        assert_eq!(
            file_name(&["SECON"], &["Latgale, Rīga"], "svg"),
            "secon-latgale-riga.svg"
        );
        assert_eq!(file_name(&["  --SECON--  "], &["  "], "svg"), "secon.svg");
        // Nothing that survives (only other scripts, punctuation, nothing at all): "map".
        assert_eq!(
            file_name(&["Κεντρική Μακεδονία"], &["!!!"], "png"),
            "map.png"
        );
        assert_eq!(file_name(&[""], &[], "svg"), "map.svg");
        // No path separators, dots or spaces can reach the name.
        assert_eq!(
            file_name(&["../../etc/passwd"], &["a\\b c.d"], "svg"),
            "etc-passwd-a-b-c-d.svg"
        );
        let long = "x".repeat(500);
        assert_eq!(file_name(&[&long], &[], "svg").len(), SLUG_MAX + 4);
        assert_eq!(slug("Straße Œuvre ÆØÅ"), "strasse-oeuvre-aeoa");
        // The acronym, else the name; the region's name, else its id.
        assert_eq!(
            file_name(
                &["", "Social Economy"],
                &["Κεντρική Μακεδονία", "central-macedonia"],
                "png"
            ),
            "social-economy-central-macedonia.png"
        );
        assert_eq!(
            file_name(&["SECON", "Social Economy"], &["", ""], "svg"),
            "secon.svg"
        );
        // Upper and lower case of the partners' languages fold alike.
        assert_eq!(
            slug("ÀÉÎÕÜÇÑ àéîõüçñ ŁŚŹŻĄĘĆŃÓ łśźżąęćńó ŠČŽŘĚŮ šč žřěů"),
            "aeioucn-aeioucn-lszzaecno-lszzaecno-sczreu-sc-zreu"
        );
        assert_eq!(
            slug("ĀĒĪŪĢĶĻŅ āēīūģķļņ ĂÂÎȘȚ ăâîșț Ĳssel ×÷ ÿ"),
            "aeiugkln-aeiugkln-aaist-aaist-ijssel-y"
        );
    }

    #[test]
    fn the_title_puts_the_acronym_before_the_name_once() {
        assert_eq!(
            project_title("SECON", "Social Economy – Regional Policies"),
            "SECON: Social Economy – Regional Policies"
        );
        assert_eq!(
            project_title("SECON", "Περιφερειακές πολιτικές (SECON)"),
            "Περιφερειακές πολιτικές (SECON)"
        );
        assert_eq!(project_title(" SECON ", ""), "SECON");
        assert_eq!(project_title("", "Social Economy"), "Social Economy");
        assert_eq!(project_title("", " "), "");
    }
}
