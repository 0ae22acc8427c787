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
