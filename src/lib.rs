//! The Yew page of 专精特新惠企计算器: a questionnaire over `srdi-engine` and the stacked result.
//!
//! - [`state`]: the one reducer every step reads from and the actions that change it.
//! - [`text`]: every user-facing string of the page, in one place.
//! - [`view`]: view models, what the components show, computed outside `html!`.
//! - [`components`]: one file per step or panel.

pub mod components;
pub mod files;
pub mod prefs;
pub mod share_link;
pub mod state;
pub mod text;
pub mod view;

use wasm_bindgen::prelude::*;

/// Today in the user's time zone, from the browser clock.
pub fn today() -> srdi_engine::Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    srdi_engine::Date::parse(&format!("{y:04}-{m:02}-{d:02}"))
        .unwrap_or(srdi_engine::Date::ymd(2026, 1, 1))
}

/// If the page ever panics, say so in both languages and offer a reload: the answers survive,
/// because they live in the URL fragment, which a reload keeps.
fn install_panic_message() {
    std::panic::set_hook(Box::new(|info| show_panic_message(&info.to_string())));
}

/// The banner shown after a panic (public so that a test can show it without panicking).
pub fn show_panic_message(detail: &str) {
    {
        web_sys::console::error_1(&detail.into());
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(body) = document.body() else { return };
        if let Ok(banner) = document.create_element("div") {
            banner.set_class_name("panic");
            let _ = banner.set_attribute("role", "alert");
            // A plain link, not a handler: after a panic the wasm cannot run callbacks, and the
            // CSP forbids inline handlers. A new query string forces a real reload; the fragment
            // carries the answers.
            let location = document.location();
            let path = location
                .as_ref()
                .and_then(|l| l.pathname().ok())
                .unwrap_or_default();
            let hash = location
                .as_ref()
                .and_then(|l| l.hash().ok())
                .unwrap_or_default();
            let href = format!("{path}?reload={}{hash}", js_sys::Date::now() as u64);
            banner.set_inner_html(&format!(
                "<p>页面出现了意外错误。您的答案保存在地址栏的链接中，重新加载即可继续。<br>\
                 The page hit an unexpected error. Your answers are kept in the link; reload to carry on.</p>\
                 <a class=\"reload\" href=\"{}\">重新加载 / Reload</a>",
                href.replace('"', "%22").replace('<', "%3C")
            ));
            let _ = body.prepend_with_node_1(&banner);
        }
    }
}

/// Mounts the page on `<main id="app">`.
#[wasm_bindgen]
pub fn start() {
    install_panic_message();
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(root) => {
            yew::Renderer::<components::app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<components::app::App>::new().render();
        }
    }
}
