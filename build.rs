//! Links the page's wasm with its relocations kept (`--emit-relocs`):
//! scripts/split-page.mjs reads them to cut the views the first screen does
//! not show into chunks of their own. Only this binary: the import worker's
//! wasm is not cut, and binaryen keeps a linking section it cannot read.
fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bin=report-explorer=--emit-relocs");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
