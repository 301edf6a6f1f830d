//! Step 2: the tier, the dates of first recognition that decide the recognition awards, and the
//! evaluation date. Rendered by a plain function, not a component (see [`crate::components`]).

use crate::components::fields::{input_field, select_field, InputProps, SelectProps};
use crate::components::handle::AppHandle;
use crate::state::{Action, Field};
use crate::text::t;
use srdi_engine::describe;
use srdi_engine::Tier;
use yew::prelude::*;

/// The tier step (keyed: see [`crate::components`]).
pub fn tier_step(app: &AppHandle) -> Html {
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
    let dates: Vec<Html> = app
        .relevant
        .recognitions
        .iter()
        .map(|r| {
            let field = Field::Recognition(*r);
            let app2 = app.clone();
            let label = tx
                .recognition_date
                .replace("{tier}", describe::tier(*r, lang));
            let oninput = Callback::from(move |v| app2.dispatch(Action::SetDate(field, v)));
            input_field(
                InputProps::new(
                    field.input_id(),
                    label,
                    tx.recognition_help,
                    app.typed(field),
                    oninput,
                )
                .date(tx.date_placeholder)
                .error(app.errors.get(&field).cloned()),
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
        <fieldset class="step" key="tier">
            <legend>{ tx.step_tier }</legend>
            { select_field(SelectProps {
                id: "tier".into(),
                label: tx.tier.into(),
                help: tx.tier_help.into(),
                options: tiers,
                value: tier.map_or("", |t| t.name()).into(),
                onchange: on_tier,
            }) }
            // One node, whatever the number of dates: Yew matches unkeyed children from the end,
            // so a date field appearing here would otherwise shift the tier select into a new
            // element and lose its focus (one ArrowDown picks a tier that asks a date).
            <>{ for dates }</>
            { input_field(
                InputProps::new("eval-date", tx.evaluation_date, tx.evaluation_help, eval_value, on_eval)
                    .date(tx.date_placeholder)
                    .error(app.errors.get(&Field::EvaluationDate).cloned())
            ) }
        </fieldset>
    }
}
