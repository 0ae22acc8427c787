//! Running input that may panic, quietly: the fuzz tests catch each
//! panic and report the smallest input, so the default hook's message for
//! every caught one would bury the report. The hook stays quiet only on a
//! thread inside [`panic_of`] (noting where it panicked) and is the default
//! everywhere else, so other tests running beside a fuzzer keep their
//! messages. Shared with report-office's fuzz test by path.

use std::cell::{Cell, RefCell};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
    static WHERE: RefCell<String> = const { RefCell::new(String::new()) };
}

fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if QUIET.with(Cell::get) {
                let place = info
                    .location()
                    .map(|l| format!("{}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                WHERE.with(|w| *w.borrow_mut() = place);
            } else {
                default(info);
            }
        }));
    });
}

/// What `f` returns, or the message and place of its panic.
pub fn panic_of<R>(f: impl FnOnce() -> R) -> Result<R, String> {
    install_hook();
    QUIET.with(|q| q.set(true));
    let outcome = catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(false));
    outcome.map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        format!("{message} at {}", WHERE.with(|w| w.borrow().clone()))
    })
}
