//! What the page remembers on this device: the language choice, and the clients (names and
//! answers) only while the user asks for it. What was kept is read with the share-link reader;
//! if part of it cannot be read, the page says what was left out and writes nothing over the
//! kept text until the user has seen that (`State::store_held`).

use crate::state::{Client, State};
use crate::text::Lang;
use srdi_engine::{share, Date};
use wasm_bindgen::JsValue;

const LANG_KEY: &str = "srdi-calculator.lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The language chosen on an earlier visit.
pub fn saved_lang() -> Option<Lang> {
    match storage()?.get_item(LANG_KEY).ok()??.as_str() {
        "en" => Some(Lang::En),
        "zh" => Some(Lang::Zh),
        _ => None,
    }
}

/// Sets `<html lang>` so that screen readers and fonts follow the page language.
pub fn apply_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", if lang == Lang::Zh { "zh-CN" } else { "en" });
    }
}

/// Remembers a language the user chose (only when they switch, never by default).
pub fn save_lang(lang: Lang) {
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, if lang == Lang::Zh { "zh" } else { "en" });
    }
}

/// The clients file (`srdi_engine::export::ClientsDoc`, names and share texts), as kept on the
/// device.
const CLIENTS_KEY: &str = "srdi-calculator.clients";
/// One client's share-link text, as kept before there were clients: still read.
const ANSWERS_KEY: &str = "srdi-calculator.answers";

/// The state for the clients kept on this device at the user's request, if any: the first shown,
/// and what could not be read listed (and the kept text held) rather than dropped.
pub fn saved_state(today: Date) -> Option<State> {
    let store = storage()?;
    let (clients, problems) = match store.get_item(CLIENTS_KEY).ok()? {
        Some(text) => read_clients(&text).unwrap_or_else(|e| (Vec::new(), vec![e])),
        None => {
            let (profile, bad) = share::decode(&store.get_item(ANSWERS_KEY).ok()??);
            let name = crate::text::client_name(Lang::Zh, 1);
            (
                vec![Client { name, profile }],
                bad.into_iter().map(|b| b.0).collect(),
            )
        }
    };
    let mut s = State::new(today);
    if let Some(first) = clients.first() {
        s = State::from_profile(first.profile.clone(), today, Vec::new());
        s.clients = clients;
    }
    s.keep_local = true;
    s.store_held = !problems.is_empty();
    s.restored_problems = problems;
    Some(s)
}

/// Keeps every client on this device; only called while the user has asked for it. The clients
/// file's form ([`srdi_engine::export::ClientsDoc`]) without each client's `profile`: the page
/// reads a client back from its `share` alone ([`read_clients`]), and writing the profiles would
/// put a JSON writer in the page's first load for nothing.
pub fn save_clients(clients: &[Client], today: Date) {
    let set = |o: &js_sys::Object, k: &str, v: &JsValue| {
        let _ = js_sys::Reflect::set(o, &JsValue::from_str(k), v);
    };
    let list: js_sys::Array = clients
        .iter()
        .map(|c| {
            let o = js_sys::Object::new();
            set(&o, "name", &JsValue::from_str(&c.name));
            set(&o, "share", &JsValue::from_str(&share::encode(&c.profile)));
            JsValue::from(o)
        })
        .collect();
    let doc = js_sys::Object::new();
    set(&doc, "format", &JsValue::from_str("srdi-clients"));
    let version = srdi_engine::CATALOGUE_VERSION;
    set(&doc, "catalogue_version", &JsValue::from_str(version));
    set(&doc, "made", &JsValue::from_str(&today.to_string()));
    set(&doc, "clients", &list);
    let text = js_sys::JSON::stringify(&doc)
        .ok()
        .and_then(|t| t.as_string());
    if let (Some(s), Some(text)) = (storage(), text) {
        let _ = s.set_item(CLIENTS_KEY, &text);
        let _ = s.remove_item(ANSWERS_KEY);
    }
}

/// Forgets every client kept on this device.
pub fn forget_answers() {
    if let Some(s) = storage() {
        let _ = s.remove_item(CLIENTS_KEY);
        let _ = s.remove_item(ANSWERS_KEY);
    }
}

/// Reads a clients file: each client's name and, from its `share`, its answers with the
/// share-link reader; what could not be read is listed as "name: part". Not a clients file at
/// all: the reason.
pub fn read_clients(text: &str) -> Result<(Vec<Client>, Vec<String>), String> {
    let get = |v: &JsValue, key: &str| js_sys::Reflect::get(v, &JsValue::from_str(key)).ok();
    let doc = js_sys::JSON::parse(text).map_err(|_| "JSON?".to_string())?;
    let list = get(&doc, "clients")
        .filter(js_sys::Array::is_array)
        .ok_or_else(|| "\"clients\"?".to_string())?;
    let mut clients = Vec::new();
    let mut problems = Vec::new();
    for item in js_sys::Array::from(&list).iter() {
        let name = get(&item, "name")
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        match get(&item, "share").and_then(|v| v.as_string()) {
            Some(share) => {
                let (profile, bad) = share::decode(&share);
                problems.extend(bad.into_iter().map(|b| format!("{name}: {}", b.0)));
                clients.push(Client { name, profile });
            }
            None => problems.push(format!("{name}: \"share\"?")),
        }
    }
    Ok((clients, problems))
}
