//! Share, print, export and import: the answers travel in the link's fragment or in a file the
//! browser makes itself. Nothing is sent anywhere.
//!
//! The two browser promises (clipboard, file text) are answered with a one-shot callback rather
//! than an async task: an executor for two awaits was 3 KB of the page.

use crate::components::fields::pending_list;
use crate::components::handle::use_app;
use crate::state::{Action, State};
use crate::text::t;
use srdi_engine::share;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[function_component(SharePanel)]
pub fn share_panel() -> Html {
    let app = use_app();
    let lang = app.lang;
    let tx = t(lang);
    let status = use_state(String::new);
    let base = web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default();
    let link = format!("{base}#{}", share::encode_stamped(&app.profile, app.today));
    // While an answer does not parse, nothing is copied or exported: the list above the
    // buttons names each such answer and goes to it.
    let unfinished = (!app.errors.is_empty()).then_some(tx.unfinished_export);
    let copy = {
        let link = link.clone();
        let status = status.clone();
        let done = tx.copied;
        Callback::from(move |_| {
            if let Some(why) = unfinished {
                status.set(why.to_string());
            } else if let Some(w) = web_sys::window() {
                let promise = w.navigator().clipboard().write_text(&link);
                let status = status.clone();
                when_resolved(&promise, move |_| status.set(done.to_string()));
            }
        })
    };
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let csv = {
        let app = app.clone();
        let status = status.clone();
        Callback::from(move |_| {
            if let Some(why) = unfinished {
                return status.set(why.to_string());
            }
            let text =
                srdi_engine::export::csv(&app.report, &app.profile, crate::today(), app.lang);
            let _ =
                crate::files::download(&file_name(&app, "csv"), "text/csv;charset=utf-8", &text);
        })
    };
    let json = {
        let app = app.clone();
        let status = status.clone();
        Callback::from(move |_| {
            if let Some(why) = unfinished {
                return status.set(why.to_string());
            }
            if let Ok(text) = crate::files::export_json(&app.profile, &app.report) {
                let _ = crate::files::download(&file_name(&app, "json"), "application/json", &text);
            }
        })
    };
    let import = {
        let app = app.clone();
        let status = status.clone();
        let failed = format!("{}{}", tx.import_failed, tx.colon);
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            let (app, status, failed) = (app.clone(), status.clone(), failed.clone());
            when_resolved(&file.text(), move |text| {
                let text = text.as_string().unwrap_or_default();
                match crate::files::import_json(&text, app.lang) {
                    Ok(imported) => {
                        status.set(crate::files::imported_words(&imported, app.lang));
                        app.dispatch(Action::Restore(Box::new(State::from_profile(
                            imported.profile,
                            app.today,
                            Vec::new(),
                        ))));
                    }
                    Err(e) => status.set(format!("{failed}{e}")),
                }
            });
        })
    };
    let keep = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            if !on {
                crate::prefs::forget_answers();
            }
            app.dispatch(Action::SetKeepLocal(on))
        })
    };
    let forget = {
        let app = app.clone();
        let status = status.clone();
        let done = tx.forgotten;
        Callback::from(move |_| {
            crate::prefs::forget_answers();
            app.dispatch(Action::SetKeepLocal(false));
            status.set(done.to_string());
        })
    };
    html! {
        <section class="share" aria-labelledby="share-title">
            <h2 id="share-title">{ tx.share_title }</h2>
            <div class="field">
                <label for="share-url">{ tx.share_link }</label>
                <div class="input-row">
                    <input id="share-url" readonly=true value={link} aria-describedby="share-url-help" />
                    <button type="button" class="secondary" id="copy-link" onclick={copy}>{ tx.copy }</button>
                </div>
                <p class="help" id="share-url-help">{ tx.share_help }</p>
            </div>
            { pending_list(&app) }
            <div class="buttons">
                <button type="button" class="secondary" id="print" onclick={print}>{ tx.print }</button>
                <button type="button" class="secondary" id="export-csv" onclick={csv}>{ tx.export_csv }</button>
                <button type="button" class="secondary" id="export-json" onclick={json}>{ tx.export_json }</button>
            </div>
            <div class="field">
                <label for="import-json">{ tx.import_json }</label>
                <input type="file" id="import-json" accept=".json,application/json" onchange={import} />
            </div>
            <div class="check">
                <input type="checkbox" id="keep-local" checked={app.keep_local} onchange={keep} />
                <label for="keep-local">{ tx.keep_local }</label>
            </div>
            <button type="button" class="secondary" id="forget" onclick={forget}>{ tx.forget }</button>
            <p class="help">{ tx.offline_note }</p>
            <p class="status" role="status" aria-live="polite">{ (*status).clone() }</p>
        </section>
    }
}

/// Calls `then` once `promise` resolves (a rejection, such as a clipboard the browser refuses,
/// calls nothing). The callback frees itself after its one call.
fn when_resolved(promise: &js_sys::Promise, then: impl FnOnce(JsValue) + 'static) {
    use wasm_bindgen::JsCast;
    let callback = Closure::once_into_js(then);
    if let Ok(method) = js_sys::Reflect::get(promise, &JsValue::from_str("then")) {
        let _ = method
            .unchecked_ref::<js_sys::Function>()
            .call1(promise, &callback);
    }
}

fn file_name(app: &State, ext: &str) -> String {
    let date = app.report.evaluation_date;
    format!("srdi-estimate-{date}.{ext}")
}
