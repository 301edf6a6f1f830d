//! The engine's JS API (dist/api/, bindings/js), which writes the CSV and JSON exports and the
//! clients file, and reads an imported file as the command line does, for the page:
//! `www/api.js` (inlined in index.html) loads it on first use and keeps it for the page's life.
//! The export code is then not part of the calculator's first load (docs/performance.md); the
//! files are the same (bindings/js/tests/exports.rs). Only the page's own api/ files are
//! fetched, and from the service worker's copy of the first visit (scripts/make-sw.mjs), so
//! nothing reaches the network after load and exports work offline: the answers are handed to
//! the module in memory and never leave the page.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// What a promise settles with: its value, or what it was rejected with.
type Settled = Box<dyn FnOnce(Result<JsValue, JsValue>)>;

/// Calls the API's function `name` with `args`, then `then` with what it returns, or with what
/// it threw: its reason as a string, or another value when the module could not be loaded
/// (offline before its first use).
pub fn call(name: &str, args: &[JsValue], then: impl FnOnce(Result<JsValue, JsValue>) + 'static) {
    let window = JsValue::from(gloo::utils::window());
    let promise = js_sys::Reflect::get(&window, &JsValue::from_str("srdiApi"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| {
            f.call2(
                &JsValue::NULL,
                &JsValue::from_str(name),
                &args.iter().collect::<js_sys::Array>(),
            )
            .ok()
        });
    settle(promise.as_ref(), Box::new(then));
}

/// Calls `then` once `promise` settles (at once with `Err` when there is no promise). One
/// function for every promise of the page (the API's, the clipboard's, a file's text): the two
/// handlers free themselves, and whichever runs first calls `then`.
pub fn settle(promise: Option<&JsValue>, then: Settled) {
    let then = Rc::new(RefCell::new(Some(then)));
    let handler = |ok: bool| {
        let then = then.clone();
        Closure::once_into_js(move |v: JsValue| {
            if let Some(f) = then.borrow_mut().take() {
                f(if ok { Ok(v) } else { Err(v) })
            }
        })
    };
    let (ok, err) = (handler(true), handler(false));
    let method = promise
        .and_then(|p| js_sys::Reflect::get(p, &JsValue::from_str("then")).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match (promise, method) {
        (Some(p), Some(f)) => {
            let _ = f.call2(p, &ok, &err);
        }
        _ => {
            if let Some(f) = then.borrow_mut().take() {
                f(Err(JsValue::NULL))
            }
        }
    }
}
