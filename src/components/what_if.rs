//! What if: beside the result, the gain from the next step up, each "+N 元" with the lines that
//! make the difference and one click to apply it to the answers. A panel rendered by a plain
//! function, not a component (see [`crate::components`]).

use crate::components::handle::AppHandle;
use crate::state::Action;
use crate::text::{t, Lang};
use srdi_engine::what_if::{alternatives, Change};
use srdi_engine::{catalogue, describe, Decimal};
use yew::prelude::*;

/// A signed amount: "+150,000 元", "−20,000 元".
fn signed(v: Decimal, lang: Lang) -> String {
    if v.is_sign_negative() && !v.is_zero() {
        format!("−{}", describe::money(-v, lang))
    } else {
        format!("+{}", describe::money(v, lang))
    }
}

fn title(id: &str, lang: Lang) -> &'static str {
    catalogue::entry(id).map_or("", |e| {
        if lang == Lang::Zh {
            e.title
        } else {
            e.title_en
        }
    })
}

/// The what-if panel, from the scenarios the state worked out with the report.
pub fn what_if(app: &AppHandle) -> Html {
    let lang = app.lang;
    let tx = t(lang);
    let list = app.scenarios.clone();
    let alts = alternatives(&app.report);
    let items: Vec<Html> = list
        .iter()
        .filter(|s| s.exact > Decimal::ZERO || s.up_to > Decimal::ZERO)
        .map(|s| {
            let label = match &s.change {
                Change::NextTier { tier, .. } => tx.what_if_tier.replace("{tier}", describe::tier(*tier, lang)),
                Change::IntoPark => tx.what_if_park.to_string(),
                Change::Place { city, county } => tx.what_if_place.replace("{place}", &describe::place(Some(city), *county, lang)),
            };
            let mut amount = signed(s.exact, lang);
            if !s.up_to.is_zero() {
                amount.push_str(&format!("（{} {}）", describe::kind(srdi_engine::Kind::UpTo, lang), signed(s.up_to, lang)));
            }
            let gained: Vec<&str> = s.gained.iter().map(|id| title(id, lang)).collect();
            let lost: Vec<&str> = s.lost.iter().map(|id| title(id, lang)).collect();
            let apply = apply(app, &s.change);
            html! {
                <li class="scenario">
                    <p><strong class="gain">{ amount }</strong>{ " " }<span>{ label }</span></p>
                    if !gained.is_empty() { <p class="help">{ tx.what_if_gains }{ tx.colon }{ gained.join(tx.list_sep) }</p> }
                    if !lost.is_empty() { <p class="help">{ tx.what_if_loses }{ tx.colon }{ lost.join(tx.list_sep) }</p> }
                    <button type="button" class="link edit" onclick={apply}>{ tx.what_if_apply }</button>
                </li>
            }
        })
        .collect();
    let others: Vec<Html> = alts
        .iter()
        .map(|a| {
            html! {
                <li class="scenario">
                    <p><strong>{ signed(a.difference, lang) }</strong>{ " " }{ tx.what_if_other.replace("{other}", title(a.other, lang)) }</p>
                </li>
            }
        })
        .collect();
    let undo = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Undo))
    };
    html! {
        <section class="what-if" aria-labelledby="what-if-title">
            <h2 id="what-if-title">{ tx.what_if_title }</h2>
            if app.undo.is_some() {
                <p class="applied" role="status">{ tx.what_if_applied }{ " " }
                    <button type="button" id="undo" class="secondary" onclick={undo}>{ tx.undo }</button></p>
            }
            if items.is_empty() && others.is_empty() { <p class="help">{ tx.what_if_none }</p> }
            <ul>{ for items }{ for others }</ul>
        </section>
    }
}

fn apply(app: &AppHandle, change: &Change) -> Callback<MouseEvent> {
    let (app, change) = (app.clone(), change.clone());
    Callback::from(move |_| app.dispatch(Action::Apply(change.clone())))
}
