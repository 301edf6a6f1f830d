//! Keeps the answers in the URL fragment (never sent to any server) and reads them back when a
//! shared link is opened, pasted into the open tab, or come back to with Back and Forward. The
//! codec is `srdi_engine::share`; this is the browser side.
//!
//! The browser's history follows the questionnaire: a new step or an applied what-if is a new
//! entry (pushState), typing only rewrites the current one (replaceState), so Back steps back
//! through steps and applied changes without a flood of keystrokes. Each entry holds its step
//! (the entry's state: the step's index); its fragment holds the answers.

use crate::state::State;
use crate::step::Step;
use srdi_engine::{share, Date, Profile};
use wasm_bindgen::JsValue;

/// The state for the page's URL: restored from the fragment when there is one, on the step its
/// history entry names.
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

/// The link's answers and its entry's step, when the URL changed under the page (a link pasted
/// into the tab, Back, Forward). The reducer keeps the page's own state when the answers are
/// the same (the step alone moved).
pub fn on_navigation(today: Date) -> (State, Option<Step>) {
    let step = web_sys::window()
        .and_then(|w| w.history().ok()?.state().ok()?.as_f64())
        .and_then(|i| Step::ALL.get(i as usize).copied());
    (
        initial_state(today).unwrap_or_else(|| State::new(today)),
        step,
    )
}

/// Writes the profile into the fragment and the step into the history entry, without a
/// navigation or a request: a new entry when `push` (a step or an applied what-if), else the
/// current one rewritten (typing).
pub fn write(profile: &Profile, step: Step, push: bool) {
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
    let index = JsValue::from(Step::ALL.iter().position(|s| *s == step).unwrap_or(0) as u32);
    let _ = if push {
        history.push_state_with_url(&index, "", Some(&url))
    } else {
        history.replace_state_with_url(&index, "", Some(&url))
    };
}

/// The full link to share.
pub fn current_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The URL fragment (the answers), without its `#`.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
        .trim_start_matches('#')
        .to_owned()
}

/// The session-storage key by which the library page tells the calculator which step to open
/// on ("answer this"): read once and removed at the calculator's start. Never the network.
const ASK_KEY: &str = "srdi-calculator.ask";

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// From the library page: opens the calculator at `url` (the same answers) on `step`.
pub fn ask_in_calculator(step: Step, url: &str) {
    if let Some(s) = session() {
        let i = Step::ALL.iter().position(|x| *x == step).unwrap_or(0);
        let _ = s.set_item(ASK_KEY, &i.to_string());
    }
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_href(url);
    }
}

/// The step the library page asked the calculator to open on, once: the key is removed.
pub fn take_asked_step() -> Option<Step> {
    let s = session()?;
    let i = s.get_item(ASK_KEY).ok()??;
    let _ = s.remove_item(ASK_KEY);
    Step::ALL.get(i.parse::<usize>().ok()?).copied()
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
