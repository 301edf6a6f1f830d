//! The Yew page of 专精特新惠企计算器: a questionnaire over `srdi-engine` and the stacked result.
//!
//! - [`state`]: the one reducer every step reads from and the actions that change it.
//! - [`step`]: the steps of the walk-through, and which step asks what.
//! - [`text`]: every user-facing string of the page, in one place.
//! - [`view`]: view models, what the components show, computed outside `html!`.
//! - [`components`]: one file per step or panel.
//! - [`print`]: every line's details drawn for a print.

pub mod api;
pub mod clauses;
pub mod components;
pub mod files;
pub mod prefs;
pub mod print;
pub mod share_link;
pub mod state;
pub mod step;
pub mod text;
pub mod view;

use wasm_bindgen::prelude::*;

/// Talc instead of the default dlmalloc: the same allocation in fewer bytes of the first load,
/// and faster (docs/performance.md). The page is single-threaded.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Today in the user's time zone, from the browser clock.
pub fn today() -> srdi_engine::Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    srdi_engine::Date::parse(&format!("{y:04}-{m:02}-{d:02}"))
        .unwrap_or(srdi_engine::Date::ymd(2026, 1, 1))
}

/// Puts the keyboard focus on the first question of the step the questionnaire shows, once Yew
/// has rendered it: for the links that jump to a step (from a result line or the policy
/// library), whose button disappears or stays far away, so keyboard users land where they meant
/// to go.
pub fn focus_first_question_later() {
    go_to("questions");
}

/// Scrolls to the element `id` and puts the focus there (the result's heading, or the
/// questionnaire's first question when `id` is "questions"), once Yew has rendered.
pub fn go_to(id: &'static str) {
    later(move || {
        use wasm_bindgen::JsCast;
        let document = gloo::utils::document();
        let target = if id == "questions" {
            document
                .query_selector(".questionnaire fieldset :is(input, select)")
                .ok()
                .flatten()
        } else {
            document.get_element_by_id(id)
        };
        if let Some(e) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            e.scroll_into_view();
            let _ = e.focus();
        }
    });
}

/// Runs `f` a task later, once Yew has rendered what the current event asked for (the focus
/// moves above, the print button's dialog: src/print.rs).
pub fn later(f: impl FnOnce() + 'static) {
    after(0, f)
}

/// Calls `f` in a task `ms` milliseconds from now.
pub fn after(ms: i32, f: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            Closure::once_into_js(f).unchecked_ref(),
            ms,
        );
    }
}

/// Mounts the page on `<main id="app">`, in place of the first screen the build pre-rendered
/// there (scripts/prerender.mjs): Yew builds the same DOM in the same task, before the browser
/// paints again, so the swap is not seen. (If the wasm ever stops, `www/crash.js` says so: the
/// release build turns a panic into a trap, so there is no Rust panic hook.)
#[cfg(not(feature = "library-page"))]
#[wasm_bindgen]
pub fn start() {
    mount::<components::app::App>();
}

/// The library page (library/, built with the `library-page` feature) mounts its own root.
#[cfg(feature = "library-page")]
#[wasm_bindgen]
pub fn start() {
    mount::<components::library::LibraryPage>();
}

fn mount<C: yew::BaseComponent<Properties: Default>>() {
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(root) => {
            root.set_text_content(None);
            yew::Renderer::<C>::with_root(root).render();
        }
        None => {
            yew::Renderer::<C>::new().render();
        }
    }
}
