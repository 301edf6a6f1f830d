//! The app's handle: the one reducer's state, handed from [`super::app::App`] to every step and
//! panel through a context. Its own room, so that the panels and the app that draws them both
//! depend on it and not on each other.

use crate::state::State;
use yew::prelude::*;

/// The state handle every component reads from and dispatches to.
///
/// Two handles are equal when they were made for the same state value (the same allocation):
/// every action makes a new one, and a handle keeps its state alive, so an address is never
/// reused while Yew compares them. Comparing the states' contents instead would put a deep
/// comparison of the whole state and report in the page.
#[derive(Clone)]
pub struct AppHandle {
    handle: UseReducerHandle<State>,
    /// Address of the state this handle was made for.
    state: usize,
}

impl AppHandle {
    pub fn new(handle: UseReducerHandle<State>) -> Self {
        let state = &*handle as *const State as usize;
        AppHandle { handle, state }
    }
}

impl PartialEq for AppHandle {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state
    }
}

impl std::ops::Deref for AppHandle {
    type Target = UseReducerHandle<State>;
    fn deref(&self) -> &Self::Target {
        &self.handle
    }
}

/// The app's state from inside any component under [`App`].
#[hook]
pub fn use_app() -> AppHandle {
    // Components are only ever rendered under <App>, which provides the context.
    use_context::<AppHandle>().expect("use_app() is only called under <App>")
}
