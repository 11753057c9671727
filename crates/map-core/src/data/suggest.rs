//! "Did you mean" suggestions for misspelt field names, choices and ids.
//!
//! Uses the optimal string alignment distance: Levenshtein's edit distance (V. I. Levenshtein,
//! "Binary codes capable of correcting deletions, insertions and reversals", 1966) plus
//! Damerau's transposition of two adjacent characters (F. J. Damerau, "A technique for computer
//! detection and correction of spelling errors", CACM 7(3), 1964), so `nmae` is one edit from
//! `name`. A candidate is suggested only when it is close enough to be a plausible typo.

/// Edit distance between `a` and `b` in Unicode scalar values: insert, delete, substitute and
/// swap two neighbours cost 1 each (optimal string alignment, three-row dynamic programme).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut before: Vec<usize> = vec![0; width];
    let mut previous: Vec<usize> = (0..width).collect();
    let mut current: Vec<usize> = vec![0; width];
    let at = |row: &Vec<usize>, j: usize| row.get(j).copied().unwrap_or(usize::MAX / 2);
    for (i, ca) in a.iter().enumerate() {
        current.fill(0);
        if let Some(first) = current.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let mut best = (at(&previous, j) + usize::from(ca != cb))
                .min(at(&previous, j + 1) + 1)
                .min(at(&current, j) + 1);
            let swapped = i > 0 && j > 0 && a.get(i - 1) == Some(cb) && b.get(j - 1) == Some(ca);
            if swapped {
                best = best.min(at(&before, j - 1) + 1);
            }
            if let Some(cell) = current.get_mut(j + 1) {
                *cell = best;
            }
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous.last().copied().unwrap_or(0)
}

/// The candidate closest to `word`, if it is a plausible typo of it: the same ignoring case,
/// `-`/`_`, or within an edit distance of a third of the word's length (at least 1, at most 3).
/// Ties go to the earlier candidate. Long words are compared only up to 64 characters, so a
/// pasted paragraph costs no more than a short word.
pub fn did_you_mean<'c, I>(word: &str, candidates: I) -> Option<&'c str>
where
    I: IntoIterator<Item = &'c str>,
{
    let fold = |s: &str| -> String {
        s.chars()
            .take(64)
            .map(|c| {
                if c == '-' {
                    '_'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    };
    let word_folded = fold(word);
    let limit = (word_folded.chars().count() / 3).clamp(1, 3);
    let mut best: Option<(usize, &'c str)> = None;
    for candidate in candidates {
        if candidate == word {
            continue;
        }
        let distance = edit_distance(&word_folded, &fold(candidate));
        if distance <= limit && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_single_character_edits() {
        assert_eq!(edit_distance("", ""), 0);
        assert_eq!(edit_distance("name", ""), 4);
        assert_eq!(edit_distance("nmae", "name"), 1);
        assert_eq!(edit_distance("ab", "ba"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("Ελλάδα", "Ελλαδα"), 1);
    }

    #[test]
    fn close_typos_get_a_suggestion() {
        let fields = ["id", "name", "name_local", "short_name", "region"];
        assert_eq!(did_you_mean("nmae", fields), Some("name"));
        assert_eq!(did_you_mean("regoin", fields), Some("region"));
        assert_eq!(did_you_mean("Short-Name", fields), Some("short_name"));
        assert_eq!(did_you_mean("leader", ["lead", "partner"]), Some("lead"));
    }

    #[test]
    fn unrelated_words_get_no_suggestion() {
        assert_eq!(did_you_mean("colour", ["id", "name", "region"]), None);
        assert_eq!(did_you_mean("", ["id"]), None);
        assert_eq!(did_you_mean("x", Vec::<&str>::new()), None);
    }
}
