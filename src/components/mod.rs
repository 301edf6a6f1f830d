//! One file per step or panel of the page.
//!
//! Only what holds state of its own is a Yew component: [`app::App`] (the reducer),
//! [`results::Results`] (`use_memo`), `library::Library` (the library page) and [`share_panel::SharePanel`]
//! (`use_state`). Every other step, panel and field is a plain function that returns `Html`,
//! called by its parent with the app's handle and what it shows: a function component costs
//! the page 1.2–1.6 KB of wasm on its own (its Yew scope, runner and props plumbing), whatever
//! its body.
//!
//! The steps' functions key their `<fieldset>` ("place", "tier", "loans", "questions"), so
//! that moving to another step makes Yew build it afresh, as it did when each step was a
//! component of its own, rather than patch one step's inputs into another's.
pub mod answers;
pub mod app;
pub mod chart;
pub mod clients;
pub mod fields;
pub mod handle;
#[cfg(feature = "library-page")]
pub mod library;
pub mod loans_step;
pub mod next_steps;
pub mod place_step;
pub mod progress;
pub mod questions_step;
pub mod results;
pub mod share_panel;
pub mod tier_step;
pub mod what_if;

/// Class names joined by spaces, the empty ones left out: for `~className={..}`, which sets the
/// element's class as a DOM property. Only where the element is always drawn by the same `html!`
/// (a list item, a fixed position): Yew, reusing an element drawn elsewhere with a plain `class`,
/// would set the property and then remove the attribute, that is, the class. (A form field's
/// state is therefore a `data-` attribute.) (Yew turns a computed `class={..}` into an ordered hash set
/// of strings first; not using that anywhere keeps its hashing code out of the page.)
pub fn class_list(names: &[&str]) -> String {
    let mut out = String::new();
    for name in names.iter().filter(|n| !n.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(name);
    }
    out
}
