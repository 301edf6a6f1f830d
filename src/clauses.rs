//! The clauses a line's details quote, verbatim. The engine keeps them apart from its entries
//! (`catalogue::CLAUSES`) and this page never reads that table, so its wasm carries none of
//! them: the build writes them, by entry id, to `api/<catalogue::CLAUSES_FILE>` (`srdi
//! --write-clauses`), and the page reads that file once it has started, in the background
//! (`www/api.js`: from the service worker's copy of the first visit, like the JS API, so
//! nothing reaches the network after load and they are there offline). A line is closed until
//! asked for, so the texts are read long before anyone opens one; until then, or if the file
//! cannot be read (offline in a browser that refuses service workers), the details say so and
//! opening a line tries again.

use std::cell::{Cell, RefCell};
use wasm_bindgen::{JsCast, JsValue};

/// Where the clauses stand in this page.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    Reading,
    Read,
    Failed,
}

thread_local! {
    static STATUS: Cell<Status> = const { Cell::new(Status::Reading) };
    /// The file's object: entry id → clause.
    static TEXTS: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

pub fn status() -> Status {
    STATUS.get()
}

/// Reads the file, unless it has been read; then `done()` (to draw the page
/// again with them, or with the failure).
pub fn read(done: impl FnOnce() + 'static) {
    if status() == Status::Read {
        return;
    }
    STATUS.set(Status::Reading);
    let promise = js_sys::Reflect::get(&gloo::utils::window(), &JsValue::from_str("srdiClauses"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| {
            let path = format!("api/{}", srdi_engine::catalogue::CLAUSES_FILE);
            f.call1(&JsValue::NULL, &JsValue::from_str(&path)).ok()
        });
    crate::api::settle(
        promise.as_ref(),
        Box::new(move |r| {
            match r {
                Ok(texts) if texts.is_object() => set(texts),
                _ => STATUS.set(Status::Failed),
            }
            done()
        }),
    );
}

/// Takes the clauses as the file holds them (an object, entry id → clause). Public for the
/// component tests, which have no file to read.
pub fn set(texts: JsValue) {
    TEXTS.set(Some(texts));
    STATUS.set(Status::Read);
}

/// The clause of entry `id`, once the file has been read.
pub fn get(id: &str) -> Option<String> {
    TEXTS.with_borrow(|t| {
        t.as_ref()
            .and_then(|t| js_sys::Reflect::get(t, &JsValue::from_str(id)).ok())
            .and_then(|c| c.as_string())
    })
}
