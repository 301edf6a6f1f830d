//! What the page remembers on this device: only the language choice, in localStorage. Answers
//! are never stored unless the user asks.

use crate::text::Lang;

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

const ANSWERS_KEY: &str = "srdi-calculator.answers";

/// Answers the user asked this device to keep (share-link text), if any.
pub fn saved_answers() -> Option<String> {
    storage()?.get_item(ANSWERS_KEY).ok()?
}

/// Keeps the answers on this device; only called while the user has asked for it.
pub fn save_answers(fragment: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(ANSWERS_KEY, fragment);
    }
}

/// Forgets the kept answers.
pub fn forget_answers() {
    if let Some(s) = storage() {
        let _ = s.remove_item(ANSWERS_KEY);
    }
}
