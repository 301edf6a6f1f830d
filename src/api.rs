//! The engine's JS API (dist/api/, bindings/js), which writes the CSV and JSON exports and the
//! clients file, and reads an imported file as the command line does, for the page: `www/api.js`
//! (inlined in index.html) loads it on first use and keeps it for the page's life. The export code is then not part of the calculator's first
//! load (docs/performance.md); the files are the same (bindings/js/tests/exports.rs). Only the
//! page's own api/ files are fetched: the answers are handed to the module in memory and never
//! leave the page. The service worker keeps the module once fetched, for exports offline.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// One of the promise's two handlers: whichever runs first calls `then`, once.
fn settle<F: FnOnce(Result<JsValue, JsValue>) + 'static>(
    then: &Rc<RefCell<Option<F>>>,
    ok: bool,
) -> JsValue {
    let then = then.clone();
    Closure::once_into_js(move |v: JsValue| {
        if let Some(f) = then.borrow_mut().take() {
            f(if ok { Ok(v) } else { Err(v) })
        }
    })
}

/// Calls the API's function `name` with `args`, then `then` with what it returns, or with what
/// it threw: its reason as a string, or another value when the module could not be loaded
/// (offline before its first use).
pub fn call<F: FnOnce(Result<JsValue, JsValue>) + 'static>(name: &str, args: &[JsValue], then: F) {
    let then = Rc::new(RefCell::new(Some(then)));
    let (ok, err) = (settle(&then, true), settle(&then, false));
    let list = args.iter().collect::<js_sys::Array>();
    let window = JsValue::from(gloo::utils::window());
    let api = js_sys::Reflect::get(&window, &JsValue::from_str("srdiApi"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let promise = api.and_then(|f| {
        f.call2(&JsValue::NULL, &JsValue::from_str(name), &list)
            .ok()
    });
    let then_fn = promise
        .as_ref()
        .and_then(|p| js_sys::Reflect::get(p, &JsValue::from_str("then")).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match (promise, then_fn) {
        (Some(p), Some(f)) => {
            let _ = f.call2(&p, &ok, &err);
        }
        _ => {
            if let Some(f) = then.borrow_mut().take() {
                f(Err(JsValue::NULL))
            }
        }
    }
}
