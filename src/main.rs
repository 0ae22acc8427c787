//! Report Explorer in the browser: mounts the app inside its own element.

mod app;
mod components;
mod corpus_parts;
mod corpus_shards;
mod corpus_source;
mod download;
mod first_screen;
mod i18n;
mod import_worker;
mod keyboard;
mod mount;
mod state;
mod storage;
mod url_sync;
mod workspace;
mod workspace_store;

fn main() {
    mount::install_panic_message();
    mount::mount_all();
}
