//! The page's code sorts through `report_core::sorting` and keeps no
//! B-tree: std's sorts and `BTreeSet`/`BTreeMap` instantiate kilobytes of
//! wasm for every type and call site, and together they were 90 KB raw of
//! the page's first download (docs/benchmarks.md, "Generic code
//! instantiated per call site"). Read from the source tree: library code
//! of report-core and of the app (`src/`), outside test code.
//! Allowed: the postings' and shards' integer sorts (a hot path; std's
//! code, one copy for all of them), the views that load as chunks of their
//! own (comparison, trends: not in the first download) and `sorting`
//! itself.

mod source_tree;

use source_tree::{library_code, rust_files};
use std::fs;
use std::path::Path;

/// Folders (below the workspace root) whose code may use std's sorts and
/// B-trees, with why.
const ALLOWED: [&str; 5] = [
    "crates/report-core/src/sorting",         // the one copy
    "crates/report-core/src/search/postings", // integer sorts, hot
    "crates/report-core/src/search/shards.rs",
    "crates/report-core/src/views/compare", // a chunk of its own
    "crates/report-core/src/views/trends",
];

/// What the page's code must not write.
const GENERIC_COPIES: [&str; 9] = [
    ".sort()",
    ".sort_by(",
    ".sort_by_key(",
    ".sort_by_cached_key(",
    ".sort_unstable()",
    ".sort_unstable_by(",
    ".sort_unstable_by_key(",
    "BTreeSet",
    "BTreeMap",
];

/// Each use of a generic copy in `code`, as `file: pattern`.
fn uses_in(file: &str, code: &str) -> Vec<String> {
    GENERIC_COPIES
        .iter()
        .filter(|p| code.contains(*p))
        .map(|p| format!("{file}: {p}"))
        .collect()
}

#[test]
fn the_page_sorts_through_one_copy_and_keeps_no_b_tree() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut found = Vec::new();
    let mut read = 0;
    for dir in ["crates/report-core/src", "src"] {
        for file in rust_files(&root.join(dir)) {
            let relative = file
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let is_test = relative.ends_with("tests.rs") || relative.contains("/tests/");
            if is_test || ALLOWED.iter().any(|a| relative.starts_with(a)) {
                continue;
            }
            read += 1;
            let code = library_code(&fs::read_to_string(&file).expect("a source file reads"));
            found.extend(uses_in(&relative, &code));
        }
    }
    assert!(read > 50, "the source tree was read ({read} files)");
    assert!(
        found.is_empty(),
        "use report_core::sorting instead: {found:#?}"
    );
}

#[test]
fn a_use_is_seen_in_code_and_not_in_a_comment_or_a_test() {
    let code = "// items.sort_by(|a, b| a.cmp(b));\nfn f(v: &mut Vec<u8>) { v.sort_unstable(); }\n#[cfg(test)]\nmod tests { fn g() { let s = std::collections::BTreeSet::<u8>::new(); } }\n";
    assert_eq!(
        uses_in("f.rs", &library_code(code)),
        ["f.rs: .sort_unstable()"]
    );
}
