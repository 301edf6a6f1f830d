//! Share, print, export and import: the answers travel in the link's fragment or in a file the
//! browser makes itself. Nothing is sent anywhere.
//!
//! The two browser promises (clipboard, file text) are answered with a one-shot callback rather
//! than an async task: an executor for two awaits was 3 KB of the page.

use crate::components::fields::pending_list;
use crate::components::handle::use_app;
use crate::state::{Action, State};
use crate::text::t;
use wasm_bindgen::JsValue;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[function_component(SharePanel)]
pub fn share_panel() -> Html {
    let app = use_app();
    let lang = app.lang;
    let tx = t(lang);
    // What the last action did, in the language it was said in: after a language switch the
    // old words are no longer shown.
    let status = use_state(|| (lang, String::new()));
    let link = crate::share_link::link(&app.profile, app.today);
    // While an answer does not parse, nothing is copied or exported: the list above the
    // buttons names each such answer and goes to it.
    let unfinished = (!app.errors.is_empty()).then_some(tx.unfinished_export);
    let copy = {
        let link = link.clone();
        let status = status.clone();
        let done = tx.copied;
        Callback::from(move |_| {
            if let Some(why) = unfinished {
                status.set((lang, why.to_string()));
            } else if let Some(w) = web_sys::window() {
                let promise = w.navigator().clipboard().write_text(&link);
                let status = status.clone();
                when_resolved(&promise, move |_| status.set((lang, done.to_string())));
            }
        })
    };
    let print = {
        let app = app.clone();
        Callback::from(move |_| {
            app.dispatch(Action::Printing(true));
            crate::print::print_later();
        })
    };
    // The files are written by the engine's JS API, loaded on the first export (src/api.rs).
    let export = |function: &'static str, ext: &'static str, mime: &'static str| {
        let app = app.clone();
        let status = status.clone();
        let link = link.clone();
        let failed = tx.export_failed;
        Callback::from(move |_| {
            if let Some(why) = unfinished {
                return status.set((lang, why.to_string()));
            }
            let name = file_name(&app, ext);
            let share = srdi_engine::share::encode(&app.profile);
            let made = crate::today().to_string();
            let mut args = vec![share, made, app.client_name().into(), link.clone()];
            if ext == "csv" {
                args.insert(2, lang.code().into());
            }
            let args: Vec<JsValue> = args.iter().map(|a| JsValue::from_str(a)).collect();
            let status = status.clone();
            crate::api::call(function, &args, move |text| {
                match text.map(|t| t.as_string()) {
                    Ok(Some(text)) => {
                        let _ = crate::files::download(&name, mime, &text);
                    }
                    _ => status.set((lang, failed.to_string())),
                }
            });
        })
    };
    let csv = export("exportCsv", "csv", "text/csv;charset=utf-8");
    let json = export("exportJson", "json", "application/json");
    // The file is read by the engine's JS API, as the command line reads it (src/api.rs).
    let import = {
        let app = app.clone();
        let status = status.clone();
        let failed = format!("{}{}", tx.import_failed, tx.colon);
        let unloaded = tx.export_failed;
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            let (app, status, failed) = (app.clone(), status.clone(), failed.clone());
            when_resolved(&file.text(), move |text| {
                let code = JsValue::from_str(lang.code());
                crate::api::call("readFile", &[text, code], move |read| {
                    let field = |v: &JsValue, k: &str| {
                        js_sys::Reflect::get(v, &JsValue::from_str(k))
                            .ok()
                            .and_then(|v| v.as_string())
                    };
                    match read {
                        Ok(v) => {
                            let share = field(&v, "share").unwrap_or_default();
                            let (profile, _) = srdi_engine::share::decode(&share);
                            let version = field(&v, "version");
                            status.set((
                                lang,
                                crate::files::imported_words(&profile, version.as_deref(), lang),
                            ));
                            let state = State::from_profile(profile, app.today, Vec::new());
                            app.dispatch(Action::Restore(Box::new(state)));
                        }
                        Err(why) => status.set((
                            lang,
                            match why.as_string() {
                                Some(why) => format!("{failed}{why}"),
                                None => unloaded.to_string(),
                            },
                        )),
                    }
                });
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
            status.set((lang, done.to_string()));
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
            <p class="status" role="status" aria-live="polite">{ if status.0 == lang { status.1.as_str() } else { "" } }</p>
        </section>
    }
}

/// Calls `then` with what `promise` resolves to (a rejection, such as a clipboard the browser
/// refuses, calls nothing).
pub fn when_resolved(promise: &js_sys::Promise, then: impl FnOnce(JsValue) + 'static) {
    crate::api::settle(
        Some(promise),
        Box::new(move |v| {
            if let Ok(v) = v {
                then(v)
            }
        }),
    );
}

/// "专精特新测算_永春某公司_2026-12-01.csv": the client's name and the day it is made.
fn file_name(app: &State, ext: &str) -> String {
    srdi_engine::export::file_name(app.client_name(), crate::today(), ext, app.lang)
}
