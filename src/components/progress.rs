//! The progress indicator: every step shown for the firm's place and tier, the current one
//! marked; each is a button, so any answer can be revisited. Rendered by a plain function, not
//! a component (see [`crate::components`]).

use crate::components::class_list;
use crate::components::handle::AppHandle;
use crate::state::Action;
use crate::text::{self, t};
use yew::prelude::*;

/// The progress indicator of the questionnaire.
pub fn progress(app: &AppHandle) -> Html {
    let tx = t(app.lang);
    let steps = app.steps();
    let current = steps.iter().position(|s| *s == app.step).unwrap_or(0);
    let counter = tx
        .step_of
        .replace("{n}", &(current + 1).to_string())
        .replace("{total}", &steps.len().to_string());
    let items: Vec<(usize, &'static str, bool, bool, Callback<MouseEvent>)> = steps
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let app = app.clone();
            let step = *s;
            (
                i + 1,
                text::step(app.lang, step),
                i == current,
                i < current,
                Callback::from(move |_| app.dispatch(Action::GoTo(step))),
            )
        })
        .collect();
    html! {
        <nav class="progress" aria-label={tx.progress}>
            <p class="counter">{ counter }</p>
            <ol>
                { for items.into_iter().map(|(n, name, here, done, onclick)| html! {
                    <li ~className={class_list(&[if here { "current" } else { "" }, if done { "done" } else { "" }])}>
                        <button type="button" {onclick} aria-current={here.then_some("step")}>
                            <span class="num" aria-hidden="true">{ n }</span>
                            <span class="name">{ name }</span>
                        </button>
                    </li>
                }) }
            </ol>
        </nav>
    }
}
