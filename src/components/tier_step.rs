//! Step 2: the tier, the dates of first recognition that decide the recognition awards, and the
//! evaluation date.

use crate::components::app::use_app;
use crate::components::fields::{InputField, SelectField};
use crate::state::{Action, Field};
use crate::text::t;
use srdi_engine::describe;
use srdi_engine::Tier;
use yew::prelude::*;

#[function_component(TierStep)]
pub fn tier_step() -> Html {
    let app = use_app();
    let lang = app.lang;
    let tx = t(lang);
    let xiamen = app.profile.city.as_deref() == Some("xiamen");
    let mut tiers = vec![(AttrValue::Static(""), AttrValue::Static(tx.tier_none))];
    tiers.extend(
        Tier::ALL
            .iter()
            .filter(|t| **t != Tier::LittleGiantReserve || xiamen)
            .map(|t| {
                (
                    AttrValue::Static(t.name()),
                    AttrValue::Static(describe::tier(*t, lang)),
                )
            }),
    );
    let tier = app.profile.tier;
    let on_tier = {
        let app = app.clone();
        Callback::from(move |v| app.dispatch(Action::SetTier(v)))
    };
    // Only the tiers whose first recognition some entry of this place rewards.
    let dates: Vec<(Tier, String, Option<String>, Callback<String>)> = app
        .relevant
        .recognitions
        .iter()
        .copied()
        .map(|r| {
            let field = Field::Recognition(r);
            let app2 = app.clone();
            (
                r,
                tx.recognition_date
                    .replace("{tier}", describe::tier(r, lang)),
                app.errors.get(&field).cloned(),
                Callback::from(move |v| app2.dispatch(Action::SetDate(field, v))),
            )
        })
        .collect();
    let on_eval = {
        let app = app.clone();
        Callback::from(move |v| app.dispatch(Action::SetDate(Field::EvaluationDate, v)))
    };
    let eval_value = match app.typed.get(&Field::EvaluationDate) {
        Some(v) => v.clone(),
        None => app.today.to_string(),
    };
    html! {
        <fieldset class="step">
            <legend>{ tx.step_tier }</legend>
            <SelectField id="tier" label={tx.tier} help={tx.tier_help} options={tiers}
                value={tier.map_or("", |t| t.name())} onchange={on_tier} />
            { for dates.into_iter().map(|(r, label, error, cb)| html! {
                <InputField id={format!("rec-{}", r.name())} kind="date" label={label} help={tx.recognition_help}
                    value={app.typed(Field::Recognition(r))} error={error.map(AttrValue::from)} oninput={cb} />
            }) }
            <InputField id="eval-date" kind="date" label={tx.evaluation_date} help={tx.evaluation_help}
                value={eval_value} error={app.errors.get(&Field::EvaluationDate).cloned().map(AttrValue::from)} oninput={on_eval} />
        </fieldset>
    }
}
