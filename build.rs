//! Two things the page's build needs before compiling:
//! - the bundled corpus without the indentation `data/corpus.json` keeps
//!   for readable diffs (a third of its bytes, 2 KB of the first download
//!   gzipped, and memory the page never uses), as `$OUT_DIR/corpus.json`;
//! - the page's wasm linked with its relocations kept (`--emit-relocs`):
//!   scripts/split-page.mjs reads them to cut the views the first screen
//!   does not show into chunks of their own. Only this binary: the import
//!   worker's wasm is not cut, and binaryen keeps a linking section it
//!   cannot read.
use std::path::Path;

fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bin=report-explorer=--emit-relocs");
    }
    let corpus = std::fs::read_to_string("data/corpus.json").expect("data/corpus.json reads");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("corpus.json"), without_layout(&corpus))
        .expect("the compact corpus writes");
    println!("cargo:rerun-if-changed=data/corpus.json");
    println!("cargo:rerun-if-changed=build.rs");
}

/// `json` without the whitespace between its tokens (what is inside
/// strings is kept byte for byte, escapes included).
fn without_layout(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if !matches!(c, ' ' | '\n' | '\r' | '\t') {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}
