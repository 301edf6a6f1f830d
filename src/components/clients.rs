//! The client bar at the top of the page: the name of the client shown (typed in place, which
//! renames it), and a menu of every client (switch to one, or open it side by side with the
//! client shown on the portfolio page), new client, duplicate as a scenario, delete, and the
//! clients file (export all, import). Everything stays in the browser. A plain function, not a
//! component (see [`crate::components`]).

use crate::components::handle::AppHandle;
use crate::components::share_panel::when_resolved;
use crate::state::{Action, Client};
use crate::text::t;
use srdi_engine::{share, Date};
use wasm_bindgen::JsValue;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The client bar, from the app's state.
pub fn client_bar(app: &AppHandle) -> Html {
    let tx = t(app.lang);
    let clients = app.saved_clients();
    let rename = {
        let app = app.clone();
        Callback::from(move |e: InputEvent| {
            let name = e.target_unchecked_into::<HtmlInputElement>().value();
            app.dispatch(Action::RenameClient(name))
        })
    };
    let delete = {
        let app = app.clone();
        let question = tx
            .client_delete_confirm
            .replace("{name}", app.client_name());
        Callback::from(move |_| {
            let sure = web_sys::window()
                .and_then(|w| w.confirm_with_message(&question).ok())
                .unwrap_or(false);
            if sure {
                app.dispatch(Action::DeleteClient)
            }
        })
    };
    // The clients file is written by the engine's JS API, loaded on first use (src/api.rs).
    let export = {
        let app = app.clone();
        Callback::from(move |_| {
            let today = crate::today();
            let list = app.saved_clients();
            let names: js_sys::Array = list.iter().map(|c| JsValue::from_str(&c.name)).collect();
            let shares: js_sys::Array = list
                .iter()
                .map(|c| JsValue::from_str(&share::encode(&c.profile)))
                .collect();
            let name = format!("{}_{today}.json", t(app.lang).clients_file);
            let args = [
                JsValue::from_str(&today.to_string()),
                names.into(),
                shares.into(),
            ];
            let failed = t(app.lang).export_failed;
            crate::api::call("clientsFile", &args, move |text| {
                match text.map(|t| t.as_string()) {
                    Ok(Some(text)) => {
                        let _ = crate::files::download(&name, "application/json", &text);
                    }
                    _ => {
                        if let Some(w) = web_sys::window() {
                            let _ = w.alert_with_message(failed);
                        }
                    }
                }
            });
        })
    };
    let import = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let app = app.clone();
            when_resolved(&file.text(), move |text| {
                let text = text.as_string().unwrap_or_default();
                let action = match crate::prefs::read_clients(&text) {
                    Ok((clients, problems)) => Action::AddClients(clients, problems),
                    Err(e) => Action::AddClients(
                        Vec::new(),
                        vec![format!("{}: {e}", t(app.lang).import_failed)],
                    ),
                };
                app.dispatch(action)
            });
        })
    };
    let shown = app.client;
    let today = app.today;
    let items = clients.iter().enumerate().map(|(i, c)| {
        let current = i == shown;
        html! {
            <li aria-current={current.then_some("true")}>
                <button type="button" class="switch" disabled={current} onclick={act(app, Action::SwitchClient, i)}>{ &c.name }</button>
                if current { { tx.client_current } } else {
                    <a class="compare" target="_blank" rel="noopener" href={compare_href(&clients[shown], c, today)}>{ tx.compare }</a>
                }
            </li>
        }
    });
    let buttons = [
        ("client-new", tx.client_new, act(app, |_| Action::NewClient, 0)),
        ("client-duplicate", tx.client_duplicate, act(app, |_| Action::DuplicateClient, 0)),
        ("client-delete", tx.client_delete, delete),
        ("clients-export", tx.clients_export, export),
    ]
    .into_iter()
    .map(|(id, label, onclick)| html! { <button type="button" class="secondary" {id} {onclick}>{ label }</button> });
    html! {
        <div class="client-bar">
            <label for="client-name">{ tx.client }</label>
            <input id="client-name" value={app.client_name().to_string()} oninput={rename} autocomplete="off" />
            <details class="client-menu">
                <summary>{ tx.clients_menu }{ crate::text::in_brackets(app.lang, clients.len()) }</summary>
                <ul class="client-list">{ for items }</ul>
                { for buttons }
                <label for="clients-import">{ tx.clients_import }</label>
                <input type="file" id="clients-import" accept=".json,application/json" onchange={import} />
            </details>
        </div>
    }
}

/// A button's click dispatching `action(i)`: one closure type for every such button, and no
/// clone of an `Action` (whose clone is 1 KB of the page).
fn act(app: &AppHandle, action: fn(usize) -> Action, i: usize) -> Callback<MouseEvent> {
    let app = app.clone();
    Callback::from(move |_| app.dispatch(action(i)))
}

/// The portfolio page's side-by-side view of two clients: each one's share-link text and name,
/// in the fragment (never sent).
pub fn compare_href(a: &Client, b: &Client, today: Date) -> String {
    let enc = |s: &str| String::from(js_sys::encode_uri_component(s));
    let link = |c: &Client| enc(&share::encode_stamped(&c.profile, today));
    format!(
        "portfolio/#compare&a={}&an={}&b={}&bn={}",
        link(a),
        enc(&a.name),
        link(b),
        enc(&b.name)
    )
}
