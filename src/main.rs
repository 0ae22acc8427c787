//! Report Explorer in the browser: mounts the app inside its own element.

mod app;
mod bundled;
mod components;
mod mount;

fn main() {
    mount::install_panic_message();
    mount::mount_all();
}
