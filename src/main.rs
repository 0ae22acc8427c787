//! Report Explorer in the browser: mounts the app inside its own element.

mod app;
mod components;
mod corpus_source;
mod download;
mod mount;
mod storage;
mod url_sync;

fn main() {
    mount::install_panic_message();
    mount::mount_all();
}
