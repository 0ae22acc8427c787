//! Sorting with one copy of the sorting code. `slice::sort_by` and its
//! kin are generic over the element and the comparator, so every call site
//! instantiates a whole driftsort or ipnsort with its small-sort helpers:
//! 1.5–3 KB of wasm each, 56 KB of the page's first module before this.
//! Here the order is found by one instantiation of std's stable sort, over
//! indices, with the comparison behind a `dyn`; a call site adds only its
//! comparison and a permutation. Hot paths over integers (the postings'
//! lists) keep std's sort, which they share. `SortedSet` and `SortedMap` do
//! the same for `BTreeSet`'s and `BTreeMap`'s code.

use std::cmp::Ordering;

mod sorted_map;
mod sorted_set;

pub use sorted_map::SortedMap;
pub use sorted_set::SortedSet;

/// Sorts `items` stably by `compare`, as `slice::sort_by` does.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = sorted_order(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` stably by the key `key` gives each, as `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` stably by a key computed once per item, as
/// `slice::sort_by_cached_key` (for keys that allocate or cost).
pub fn sort_by_cached_key<T, K: Ord>(items: &mut [T], key: impl FnMut(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = sorted_order(items.len(), &mut |a, b| keys[a].cmp(&keys[b]));
    permute(items, order);
}

/// Sorts `items` stably in their natural order, as `slice::sort`.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The indices `0..len` in the order `compare` puts them, ties kept in
/// index order. The one place the sorting code is instantiated.
fn sorted_order(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Rearranges `items` so position `i` holds what was at `order[i]`,
/// following each cycle of the permutation once (swaps only: no clone,
/// no second buffer of `T`).
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        let mut current = start;
        loop {
            let next = std::mem::replace(&mut order[current], DONE);
            if next == DONE || next == start {
                break;
            }
            items.swap(current, next);
            current = next;
        }
    }
}

#[cfg(test)]
mod tests;
