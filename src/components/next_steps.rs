//! 办理指引 / next steps: every claimable line grouped by the department to approach, nearest
//! level first, with how often it is paid and the facts from the answers it depends on; and the
//! lines a "what if" change would unlock, with the change.

use crate::components::app::use_app;
use crate::text::{t, Lang};
use srdi_engine::checklist::checklist;
use srdi_engine::describe;
use srdi_engine::what_if::Change;
use srdi_engine::{catalogue, Kind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Rendered for print only (the tab is not active on screen).
    #[prop_or_default]
    pub print_only: bool,
}

#[function_component(NextSteps)]
pub fn next_steps(p: &Props) -> Html {
    let app = use_app();
    let lang = app.lang;
    let tx = t(lang);
    let groups = checklist(&app.report, &app.profile);
    let title = |id: &str| {
        catalogue::entry(id).map_or("", |e| {
            if lang == Lang::Zh {
                e.title
            } else {
                e.title_en
            }
        })
    };
    let group_views: Vec<Html> = groups
        .iter()
        .map(|g| {
            let gloss = describe::department_gloss(g.department);
            let heading = if lang == Lang::En && !gloss.is_empty() {
                format!("{} · {} ({gloss})", describe::payer(g.level, lang), g.department)
            } else {
                format!("{} · {}", describe::payer(g.level, lang), g.department)
            };
            let items: Vec<Html> = g
                .items
                .iter()
                .map(|i| {
                    let amount = match (i.amount, i.kind) {
                        (Some(a), Kind::UpTo) => format!("≤ {}", describe::money(a, lang)),
                        (Some(a), _) => describe::money(a, lang),
                        (None, _) => tx.unquantified_mark.to_string(),
                    };
                    let evidence: Vec<String> = i.evidence.iter().map(|e| describe::evidence(e, lang)).collect();
                    html! {
                        <li class="item" data-entry={i.entry}>
                            <p><strong>{ title(i.entry) }</strong>{ " · " }<span class="amount">{ amount }</span></p>
                            <p class="help">{ tx.frequency }{ "：" }{ describe::frequency(i.frequency, lang) }</p>
                            if !evidence.is_empty() {
                                <p class="help">{ tx.depends_on }{ "：" }{ evidence.join("；") }</p>
                            }
                        </li>
                    }
                })
                .collect();
            html! {
                <section class={classes!("dept", format!("dept-{}", g.level.name()))}>
                    <h3>{ heading }</h3>
                    <p class="help">{ tx.departments }{ "：" }{ g.departments.join("、") }</p>
                    <ul>{ for items }</ul>
                </section>
            }
        })
        .collect();
    let unlocks: Vec<Html> = app
        .scenarios
        .iter()
        .filter(|s| !s.gained.is_empty())
        .map(|s| {
            let change = match &s.change {
                Change::NextTier { tier, .. } => tx
                    .what_if_tier
                    .replace("{tier}", describe::tier(*tier, lang)),
                Change::IntoPark => tx.what_if_park.to_string(),
                Change::Place { city, county } => {
                    let name = county
                        .and_then(catalogue::county)
                        .map(|(_, k)| if lang == Lang::Zh { k.name } else { k.name_en })
                        .or(catalogue::city(city).map(|c| {
                            if lang == Lang::Zh {
                                c.name
                            } else {
                                c.name_en
                            }
                        }))
                        .unwrap_or(city);
                    tx.what_if_place.replace("{place}", name)
                }
            };
            let titles: Vec<&str> = s.gained.iter().map(|id| title(id)).collect();
            html! { <li><strong>{ change }</strong>{ "：" }{ titles.join("；") }</li> }
        })
        .collect();
    html! {
        <section class={classes!("next-steps", p.print_only.then_some("print-only"))} aria-labelledby="next-title">
            <h2 id="next-title">{ tx.tab_next }</h2>
            <p class="help">{ tx.next_help }</p>
            if group_views.is_empty() { <p>{ tx.next_none }</p> }
            { for group_views }
            if !unlocks.is_empty() {
                <h3>{ tx.unlock_title }</h3>
                <ul class="unlocks">{ for unlocks }</ul>
            }
        </section>
    }
}
