//! Keeps the answers in the URL fragment (never sent to any server) and reads them back when a
//! shared link is opened. The codec is `srdi_engine::share`; this is the browser side.

use crate::state::State;
use srdi_engine::{share, Date, Profile};

/// The state for the page's current URL: restored from the fragment when there is one.
pub fn initial_state(today: Date) -> Option<State> {
    let hash = web_sys::window()?.location().hash().ok()?;
    if hash.trim_start_matches('#').is_empty() {
        return None;
    }
    let (profile, bad) = share::decode(&hash);
    let mut s = State::from_profile(profile, today, bad.into_iter().map(|b| b.0).collect());
    s.stamp = share::stamp(&hash);
    Some(s)
}

/// Writes the profile into the fragment without a navigation or a request (replaceState).
pub fn write(profile: &Profile) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    let url = if *profile == Profile::default() {
        path
    } else {
        format!("{path}#{}", share::encode(profile))
    };
    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
}

/// The full link to share.
pub fn current_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The link that reopens `profile`'s result: this page's address, the answers after `#` with
/// the stamp of the day it is made (what the share panel, the exports and the print carry).
pub fn link(profile: &Profile, today: Date) -> String {
    let base = web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default();
    format!("{base}#{}", share::encode_stamped(profile, today))
}
