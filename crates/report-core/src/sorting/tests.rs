use super::*;

/// A small deterministic generator (xorshift), so the cases repeat.
fn numbers(seed: u64, len: usize, range: u64) -> Vec<u64> {
    let mut state = seed.max(1);
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % range
        })
        .collect()
}

#[test]
fn sort_by_orders_as_std_does_and_keeps_ties_in_place() {
    for (seed, len) in [(1, 0), (2, 1), (3, 2), (4, 17), (5, 300), (6, 2_000)] {
        // Pairs of (key, original position): equal keys must keep their order.
        let items: Vec<(u64, usize)> = numbers(seed, len, 10)
            .into_iter()
            .enumerate()
            .map(|(i, k)| (k, i))
            .collect();
        let mut ours = items.clone();
        sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
        let mut theirs = items;
        theirs.sort_by_key(|a| a.0);
        assert_eq!(ours, theirs, "seed {seed}, {len} items");
    }
}

#[test]
fn every_entry_point_agrees_with_its_std_counterpart() {
    let words: Vec<String> = numbers(9, 500, 40)
        .into_iter()
        .map(|n| format!("词{}", n * 7 % 40))
        .collect();

    let mut ours = words.clone();
    sort(&mut ours);
    let mut theirs = words.clone();
    theirs.sort();
    assert_eq!(ours, theirs);

    let mut ours = words.clone();
    sort_by_key(&mut ours, |w| std::cmp::Reverse(w.chars().count()));
    let mut theirs = words.clone();
    theirs.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    assert_eq!(ours, theirs);

    let mut calls = 0;
    let mut ours = words.clone();
    sort_by_cached_key(&mut ours, |w| {
        calls += 1;
        w.chars().rev().collect::<String>()
    });
    let mut theirs = words.clone();
    theirs.sort_by_cached_key(|w| w.chars().rev().collect::<String>());
    assert_eq!(ours, theirs);
    assert_eq!(calls, words.len(), "a cached key is computed once per item");
}

#[test]
fn a_reversed_run_and_long_cycles_are_put_right() {
    // Reversal is one long swap chain per pair; a rotation is one cycle
    // through every position.
    let mut reversed: Vec<u32> = (0..1_000).rev().collect();
    sort(&mut reversed);
    assert!(reversed.iter().copied().eq(0..1_000));
    let mut rotated: Vec<u32> = (1..1_000).chain([0]).collect();
    sort(&mut rotated);
    assert!(rotated.iter().copied().eq(0..1_000));
}

#[test]
fn a_sorted_set_answers_as_a_btree_set_does_through_random_changes() {
    use std::collections::BTreeSet;
    let mut ours = SortedSet::new();
    let mut theirs = BTreeSet::new();
    let values = numbers(21, 600, 50);
    let choices = numbers(22, 600, 3);
    for (value, choice) in values.into_iter().zip(choices) {
        let word = format!("区{value}");
        match choice {
            0 | 1 => assert_eq!(ours.insert(word.clone()), theirs.insert(word)),
            _ => assert_eq!(ours.remove(word.as_str()), theirs.remove(word.as_str())),
        }
        assert!(
            ours.iter().eq(theirs.iter()),
            "same values in the same order"
        );
        assert_eq!(ours.contains("区7"), theirs.contains("区7"));
    }
    assert_eq!(ours.first(), theirs.first());
    assert_eq!(ours.last(), theirs.last());
    ours.retain(|w| w.len() % 2 == 0);
    theirs.retain(|w| w.len() % 2 == 0);
    assert!(ours.iter().eq(theirs.iter()));
}

#[test]
fn a_sorted_set_is_built_sorted_and_unique_from_any_order() {
    let from_array = SortedSet::from([3u16, 1, 3, 2]);
    assert_eq!(from_array.iter().copied().collect::<Vec<_>>(), [1, 2, 3]);
    let collected: SortedSet<u16> = [2, 2, 1].into_iter().collect();
    assert_eq!(collected.len(), 2);
    assert_eq!(collected, SortedSet::from([1, 2]));
    assert!(SortedSet::<u16>::default().is_empty());
    let many = numbers(23, 5_000, 700);
    let ours: SortedSet<u64> = many.iter().copied().collect();
    let theirs: std::collections::BTreeSet<u64> = many.into_iter().collect();
    assert!(ours.iter().eq(theirs.iter()));
}

#[test]
fn a_sorted_map_answers_as_a_btree_map_does_through_random_changes() {
    use std::collections::BTreeMap;
    let mut ours = SortedMap::new();
    let mut theirs = BTreeMap::new();
    let keys = numbers(31, 600, 40);
    let choices = numbers(32, 600, 4);
    for (n, (key, choice)) in keys.into_iter().zip(choices).enumerate() {
        match choice {
            0 => assert_eq!(ours.insert(key, n), theirs.insert(key, n)),
            1 => assert_eq!(ours.remove(&key), theirs.remove(&key)),
            2 => *ours.get_or_insert_with(key, || 0) += 1,
            _ => assert_eq!(ours.get(&key), theirs.get(&key)),
        }
        if choice == 2 {
            *theirs.entry(key).or_insert(0) += 1;
        }
        assert!(ours.keys().eq(theirs.keys()), "same keys in the same order");
        assert_eq!(ours.len(), theirs.len());
    }
    assert!(ours.into_iter().eq(theirs));
}
