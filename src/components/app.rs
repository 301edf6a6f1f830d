//! The page: header, the steps, the result. Holds the one reducer and hands it to every
//! component through a context.

use crate::components::{place_step::PlaceStep, results::Results, tier_step::TierStep};
use crate::state::State;
use crate::text::t;
use yew::prelude::*;

/// The state handle every component reads from and dispatches to.
pub type AppHandle = UseReducerHandle<State>;

/// The app's state from inside any component under [`App`].
#[hook]
pub fn use_app() -> AppHandle {
    // Components are only ever rendered under <App>, which provides the context.
    use_context::<AppHandle>().expect("use_app() is only called under <App>")
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Initial state (tests); the page starts from an empty profile dated today.
    #[prop_or_default]
    pub initial: Option<State>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial.unwrap_or_else(|| State::new(crate::today())));
    use_effect_with((), |_| {
        // Marks the first rendered result, for the start-up benchmark.
        if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
            let _ = perf.mark("first-result");
        }
    });
    let tx = t(state.lang);
    html! {
        <ContextProvider<AppHandle> context={state.clone()}>
            <header class="masthead">
                <h1>{ tx.title }</h1>
                <p class="subtitle">{ tx.subtitle }</p>
                <p class="privacy">{ tx.privacy }</p>
            </header>
            <div class="layout">
                <form class="questionnaire" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <PlaceStep />
                    <TierStep />
                </form>
                <Results />
            </div>
        </ContextProvider<AppHandle>>
    }
}
