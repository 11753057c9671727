//! A stable sort for the short lists the widget orders (a region's partners and events, the
//! timeline): insertion sort. `slice::sort_by` is faster on long lists, but each list type sorted
//! with it adds about 3 KB to the wasm, and these lists hold tens of items.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order. Quadratic in the worst case:
/// for short lists only.
///
/// # Examples
/// ```
/// let mut partners = [("b", false), ("a", true), ("c", false)];
/// map_core::view::order::sort_short_by(&mut partners, |x, y| y.1.cmp(&x.1));
/// assert_eq!(partners, [("a", true), ("b", false), ("c", false)]);
/// ```
pub fn sort_short_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_single_lists_are_left_alone() {
        let mut empty: [u8; 0] = [];
        sort_short_by(&mut empty, Ord::cmp);
        let mut one = [7];
        sort_short_by(&mut one, Ord::cmp);
        assert_eq!(one, [7]);
    }

    #[test]
    fn equal_keys_keep_their_order_as_the_standard_stable_sort_does() {
        let items: Vec<(u8, usize)> = [3, 1, 3, 2, 1, 3, 0, 2]
            .into_iter()
            .enumerate()
            .map(|(i, k)| (k, i))
            .collect();
        let mut ours = items.clone();
        sort_short_by(&mut ours, |a, b| a.0.cmp(&b.0));
        let mut std = items;
        std.sort_by_key(|a| a.0);
        assert_eq!(ours, std);
    }

    #[test]
    fn a_reversed_list_comes_out_ascending() {
        let mut items: Vec<u32> = (0..50).rev().collect();
        sort_short_by(&mut items, Ord::cmp);
        assert_eq!(items, (0..50).collect::<Vec<_>>());
    }
}
