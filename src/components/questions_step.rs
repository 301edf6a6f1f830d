//! The steps built from the catalogue: park and premises, R&D and equipment, equity, other
//! projects. Each shows only the amounts and facts that some entry of the firm's place and tier
//! reads (srdi_engine::questions). Rendered by a plain function, not a component (see
//! [`crate::components`]).

use crate::components::fields::{input_field, select_field, InputProps, SelectProps};
use crate::components::handle::AppHandle;
use crate::state::{Action, Field};
use crate::step::Step;
use crate::text::{self, t, Texts};
use crate::view::{money_echo, with_echo};
use srdi_engine::describe;
use srdi_engine::profile::Unit;
use srdi_engine::questions::Relevant;
use srdi_engine::{Fact, Occasion, ParkResidency, Quantity};
use web_sys::HtmlInputElement;
use yew::prelude::*;

fn unit_and_help(
    tx: &Texts,
    q: Quantity,
    lang: text::Lang,
) -> (&'static str, &'static str, &'static str) {
    match (q.unit(), lang) {
        (Unit::Yuan, text::Lang::Zh) => ("元", tx.money_help, "decimal"),
        (Unit::Yuan, text::Lang::En) => ("yuan", tx.money_help, "decimal"),
        (Unit::Kwh, text::Lang::Zh) => ("千瓦时", tx.kwh_help, "decimal"),
        (Unit::Kwh, text::Lang::En) => ("kWh", tx.kwh_help, "decimal"),
        (Unit::Months, text::Lang::Zh) => ("个月", tx.months_help, "numeric"),
        (Unit::Months, text::Lang::En) => ("months", tx.months_help, "numeric"),
        (Unit::Count, _) | (Unit::PersonDays, _) => ("", tx.count_help, "numeric"),
    }
}

/// One of the steps built from the catalogue, `step` (keyed alike, so that moving from one to
/// the next patches the page as it did when this was one component: see
/// [`crate::components`]).
pub fn questions_step(app: &AppHandle, step: Step) -> Html {
    let lang = app.lang;
    let tx = t(lang);
    let r = app.relevant.clone();
    let quantities: Vec<Quantity> = r
        .quantities
        .iter()
        .copied()
        .filter(|q| Step::of_quantity(*q) == step)
        .collect();
    let facts: Vec<Fact> = r
        .facts
        .iter()
        .copied()
        .filter(|f| Step::of_fact(*f) == step)
        .collect();
    let show_park = step == Step::Park && r.park;
    let on_park = {
        let app = app.clone();
        Callback::from(move |v: String| app.dispatch(Action::SetPark(v == "srdi_park")))
    };
    let park_options = vec![
        (AttrValue::Static("none"), AttrValue::Static(tx.park_no)),
        (
            AttrValue::Static("srdi_park"),
            AttrValue::Static(tx.park_yes),
        ),
    ];
    // The date of each occasion in play, asked once, after the last amount of this step that it
    // dates (the rent period's first day after the rent and its months).
    let occasion_after = |i: usize| -> Option<Occasion> {
        let o = Relevant::occasion_of(quantities[i]).filter(|o| r.occasions.contains(o))?;
        let later = quantities[i + 1..]
            .iter()
            .any(|q| Relevant::occasion_of(*q) == Some(o));
        (!later).then_some(o)
    };
    let amount_fields: Vec<Html> = (0..quantities.len())
        .map(|i| {
            let q = quantities[i];
            let field = Field::Amount(q);
            let (unit, help, mode) = unit_and_help(tx, q, lang);
            let app2 = app.clone();
            let oninput = Callback::from(move |v| app2.dispatch(Action::SetAmount(q, v)));
            // Echo the parsed value with separators (and in 万元 for money) under the input.
            let echo = match (
                app.profile.amount(q),
                app.errors.contains_key(&field),
                q.unit(),
            ) {
                (Some(v), false, Unit::Yuan) => Some(money_echo(v, lang)),
                (Some(v), false, _) => Some(format!("= {}", describe::value(q, v, lang))),
                _ => None,
            };
            let help = with_echo(echo, help);
            let mut props = InputProps::new(
                format!("q-{}", q.name()),
                describe::quantity(q, lang),
                help,
                app.typed(field),
                oninput,
            )
            .error(app.errors.get(&field).cloned())
            .inputmode(mode);
            if !unit.is_empty() {
                props = props.unit(unit);
            }
            html! {
                <>
                    { input_field(props) }
                    if let Some(o) = occasion_after(i) { { occasion_field(app, o) } }
                </>
            }
        })
        .collect();
    let dated_by_amount = |o: Occasion| {
        quantities
            .iter()
            .any(|q| Relevant::occasion_of(*q) == Some(o))
    };
    let fact_boxes: Vec<Html> = facts
        .iter()
        .map(|f| {
            let f = *f;
            let app2 = app.clone();
            let onchange = Callback::from(move |e: Event| {
                app2.dispatch(Action::SetFact(f, e.target_unchecked_into::<HtmlInputElement>().checked()))
            });
            let id = format!("f-{}", f.name());
            let checked = app.profile.facts.contains(&f);
            // The day a checked fact happened, when it dates an entry in play and no amount of
            // this step asks it already.
            let date = Relevant::occasion_of_fact(f)
                .filter(|o| checked && r.occasions.contains(o) && !dated_by_amount(*o));
            html! {
                <div class="check">
                    <input type="checkbox" id={id.clone()} {checked} {onchange} />
                    <label for={id}>{ describe::fact(f, lang) }</label>
                    if let Some(o) = date { <div class="fact-date">{ occasion_field(app, o) }</div> }
                </div>
            }
        })
        .collect();
    let empty = !show_park && amount_fields.is_empty() && fact_boxes.is_empty();
    html! {
        <fieldset class="step" key="questions">
            <legend>{ text::step(lang, step) }</legend>
            if show_park {
                { select_field(SelectProps {
                    id: "park".into(),
                    label: tx.park.into(),
                    help: tx.park_help.into(),
                    options: park_options,
                    value: (if app.profile.park == ParkResidency::SrdiPark { "srdi_park" } else { "none" }).into(),
                    onchange: on_park,
                }) }
            }
            // One node (see tier_step): amounts appearing must not rebuild the park select.
            <>{ for amount_fields }</>
            if !fact_boxes.is_empty() {
                <fieldset class="facts">
                    <legend>{ tx.facts_legend }</legend>
                    { for fact_boxes }
                </fieldset>
            }
            if empty { <p class="help">{ tx.nothing_to_ask }</p> }
        </fieldset>
    }
}

/// The date field of an occasion, beside the amount or fact it dates: a text field read like
/// the other dates (`2025-01-01`, `2025/1/1`, `2025年1月1日`), so that a day that does not
/// exist stays as typed with its message beside it.
fn occasion_field(app: &AppHandle, o: Occasion) -> Html {
    let lang = app.lang;
    let tx = t(lang);
    let field = Field::Occasion(o);
    let app2 = app.clone();
    let oninput = Callback::from(move |v| app2.dispatch(Action::SetDate(field, v)));
    let help = match app.profile.dates.get(&o) {
        Some(d) if !app.errors.contains_key(&field) => format!("= {d} · {}", tx.occasion_help),
        _ => tx.occasion_help.to_string(),
    };
    input_field(
        InputProps::new(
            format!("d-{}", o.name()),
            describe::occasion(o, lang),
            help,
            app.typed(field),
            oninput,
        )
        .error(app.errors.get(&field).cloned())
        .date(tx.date_placeholder),
    )
}
