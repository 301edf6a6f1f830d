//! The client's handout sheet: the client's name and every answer (`export::answers`, the same
//! rows as the CSV), the catalogue version and the share link. Shown in the printed report (and
//! hidden on screen, where the questionnaire itself shows them). A panel rendered by a plain
//! function, not a component (see [`crate::components`]: it needs no hook of its own).

use crate::components::handle::AppHandle;
use crate::text::t;
use yew::prelude::*;

/// The answers panel of the page, from the app's state.
pub fn answers(app: &AppHandle) -> Html {
    let tx = t(app.lang);
    let mut rows = srdi_engine::export::answers(&app.profile, app.report.evaluation_date, app.lang);
    rows.push((
        tx.catalogue_version.into(),
        srdi_engine::CATALOGUE_VERSION.into(),
    ));
    rows.push((
        tx.share_link.into(),
        crate::share_link::link(&app.profile, app.today),
    ));
    html! {
        <section class="answers print-only" aria-labelledby="answers-title">
            <h2 id="answers-title">{ tx.answers }</h2>
            <p class="client-name">{ tx.client }{ tx.colon }{ app.client_name() }</p>
            <dl>{ for rows.into_iter().map(|(k, v)| html! { <><dt>{ k }</dt><dd>{ v }</dd></> }) }</dl>
        </section>
    }
}
