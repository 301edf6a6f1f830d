//! The page: header, the steps, the result. Holds the one reducer and hands it to every
//! component through a context.

use crate::components::class_list;
use crate::components::handle::AppHandle;
use crate::components::{
    answers::answers,
    clients::client_bar,
    loans_step::loans_step,
    next_steps::next_steps,
    place_step::place_step,
    progress::progress,
    questions_step::questions_step,
    results::{total_bar, Results},
    share_panel::SharePanel,
    tier_step::tier_step,
    what_if::what_if,
};
use crate::state::State;
use crate::state::{Action, View};
use crate::step::Step;
use crate::text::{t, Lang};
use yew::prelude::*;

#[derive(Properties, Default)]
pub struct AppProps {
    /// Initial state (tests); the page starts from an empty profile dated today.
    #[prop_or_default]
    pub initial: Option<State>,
}

/// The props are read once, when the reducer starts, so a new value never needs a re-render:
/// equal always (comparing two states would put a deep comparison of the state in the page).
impl PartialEq for AppProps {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || {
        let today = crate::today();
        // The link's answers, among the clients kept on this device at the user's request.
        let link = initial.or_else(|| crate::share_link::initial_state(today));
        let from_link = link.is_some();
        let mut s = match (link, crate::prefs::saved_state(today)) {
            (Some(link), Some(kept)) => kept.open_link(link),
            (link, kept) => link.or(kept).unwrap_or_else(|| State::new(today)),
        };
        if let Some(lang) = crate::prefs::saved_lang().filter(|l| *l != s.lang) {
            s = (*std::rc::Rc::new(s).reduce(Action::SetLang(lang))).clone();
        }
        // The library page's "answer this": open on the step that asks it, focus its first
        // question. Any other link opens on its result (on a phone it is below the questions).
        if let Some(step) = crate::share_link::take_asked_step() {
            s.step = step;
            crate::focus_first_question_later();
        } else if from_link {
            crate::go_to("results-title");
        }
        s
    });
    // Keep the answers in the URL fragment, so the address bar is always a share link: a new
    // history entry for a new step, an applied what-if or an import, the same entry rewritten
    // for typing (src/share_link.rs).
    let written = use_mut_ref(|| state.entry);
    use_effect_with(
        (state.profile.clone(), state.step, state.entry),
        move |(profile, step, entry)| {
            let push = std::mem::replace(&mut *written.borrow_mut(), *entry) != *entry;
            crate::share_link::write(profile, *step, push);
        },
    );
    // Follow the link when it changes under the page: pasted into the tab, Back, Forward; build
    // every line's details when a print is coming; read the clauses the details quote.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let printing = state.clone();
            crate::print::around_print(move |on| printing.dispatch(Action::Printing(on)));
            let redraw = state.clone();
            crate::clauses::read(move || redraw.dispatch(Action::Redraw));
            follow_navigation(state)
        });
    }
    // A line opened after the clauses could not be read (offline without a service worker)
    // tries again: the network may be back.
    {
        let state = state.clone();
        use_effect_with(state.opened.len(), move |_| {
            if crate::clauses::status() == crate::clauses::Status::Failed {
                crate::clauses::read(move || state.dispatch(Action::Redraw));
            }
        });
    }
    // Keep the clients on this device only while the user asks for it, and never over kept
    // text the user has not yet been told was partly unreadable.
    use_effect_with(
        (state.saved_clients(), state.keep_local && !state.store_held),
        |(clients, keep)| {
            if *keep {
                crate::prefs::save_clients(clients, crate::today());
            }
        },
    );
    // Move the focus where a step change or a "go to the field" link asked for it.
    use_effect_with(state.focus.clone(), |(n, id)| {
        if *n > 0 {
            crate::components::fields::focus(id.as_deref())
        }
    });
    // Keep <html lang> in step with the page language.
    use_effect_with(state.lang, |lang| crate::prefs::apply_lang(*lang));
    let tx = t(state.lang);
    let handle = AppHandle::new(state.clone());
    let step = match state.step {
        Step::Place => place_step(&handle),
        Step::Tier => tier_step(&handle),
        Step::Loans => loans_step(&handle),
        other => questions_step(&handle, other),
    };
    let steps = state.steps();
    let first = steps.first() == Some(&state.step);
    let last = steps.last() == Some(&state.step);
    let other_lang = if state.lang == Lang::Zh {
        Lang::En
    } else {
        Lang::Zh
    };
    let switch_lang = {
        let state = state.clone();
        Callback::from(move |_| {
            crate::prefs::save_lang(other_lang);
            state.dispatch(Action::SetLang(other_lang))
        })
    };
    let tabs: Vec<Html> = [(View::Result, tx.tab_result), (View::NextSteps, tx.tab_next)]
        .into_iter()
        .map(|(view, label)| {
            let state = state.clone();
            let pressed = state.view == view;
            let onclick = Callback::from(move |_| state.dispatch(Action::SetView(view)));
            html! {
                <button type="button" ~className={class_list(&["tab", if pressed { "active" } else { "" }])} aria-pressed={if pressed { "true" } else { "false" }} {onclick}>{ label }</button>
            }
        })
        .collect();
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::DismissProblems))
    };
    let back = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Back))
    };
    let next = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Next))
    };
    // A field left (its change event, bubbling here) ends its edit: what parses is committed.
    let commit = {
        let state = state.clone();
        Callback::from(move |_: Event| state.dispatch(Action::Commit))
    };
    html! {
        <ContextProvider<AppHandle> context={handle.clone()}>
            <header class="masthead">
                <div class="title-row">
                    <h1>{ tx.title }</h1>
                    <button type="button" id="lang" class="secondary lang" onclick={switch_lang}
                        lang={if other_lang == Lang::Zh { "zh-CN" } else { "en" }}>{ tx.other_language }</button>
                </div>
                <p class="subtitle">{ tx.subtitle }</p>
                <p class="privacy">{ tx.privacy }</p>
            </header>
            { client_bar(&handle) }
            { total_bar(&handle) }
            if !state.restored_problems.is_empty() {
                <div class="notice" role="alert">
                    <p>{ if state.store_held { tx.store_problems } else { tx.restored_problems } }{ " " }<code>{ state.restored_problems.join(tx.list_sep) }</code></p>
                    <button type="button" class="secondary" onclick={dismiss}>{ tx.dismiss }</button>
                </div>
            }
            <div class="layout">
                <form class="questionnaire" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} onchange={commit}>
                    { progress(&handle) }
                    { step }
                    <div class="nav-buttons">
                        <button type="button" id="back" class="secondary" onclick={back} disabled={first}>{ "← " }{ tx.back }</button>
                        <button type="button" id="next" onclick={next} disabled={last}>{ tx.next }{ " →" }</button>
                    </div>
                </form>
                <div class="result-column">
                    <div class="tabs" role="group" aria-label={tx.views}>
                        { for tabs }
                        // 政策库 is a page of its own (library/), with the same answers.
                        <a class="tab" id="to-library" href={format!("library/#{}", srdi_engine::share::encode(&state.profile))}>{ tx.tab_library }</a>
                    </div>
                    // The handout's answers and the next steps are printed with the result:
                    // built only when a print is coming (src/print.rs).
                    if state.print_all { { answers(&handle) } }
                    if state.view == View::Result {
                        <Results />
                        { what_if(&handle) }
                        if state.print_all { { next_steps(&handle, true) } }
                    }
                    if state.view == View::NextSteps { { next_steps(&handle, false) } <Results /> }
                    <SharePanel />
                </div>
            </div>
        </ContextProvider<AppHandle>>
    }
}

/// Listens, for the page's life, to the browser moving to another link of the page (a link
/// pasted into the tab fires `hashchange`, Back and Forward `popstate`): its answers replace
/// the page's when they differ, with the notice of anything that could not be read, so that the
/// next edit never writes the old answers over the new link.
fn follow_navigation(state: UseReducerHandle<State>) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener = Closure::<dyn Fn()>::new(move || {
        let (restored, step) = crate::share_link::on_navigation(crate::today());
        state.dispatch(Action::Navigated(Box::new(restored), step));
    });
    for event in ["popstate", "hashchange"] {
        let _ = window.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
    }
    listener.forget();
}
