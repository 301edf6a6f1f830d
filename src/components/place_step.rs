//! Step 1: where the firm is, city then county or district. Rendered by a plain function, not a
//! component (see [`crate::components`]).

use crate::components::fields::{select_field, SelectProps};
use crate::components::handle::AppHandle;
use crate::state::Action;
use crate::text::{t, Lang};
use srdi_engine::catalogue::{self, CITIES};
use yew::prelude::*;

fn name(lang: Lang, zh: &'static str, en: &'static str) -> AttrValue {
    AttrValue::Static(if lang == Lang::Zh { zh } else { en })
}

/// The place step. (Keyed, so that Yew builds it afresh rather than patching another step's
/// inputs into it.)
pub fn place_step(app: &AppHandle) -> Html {
    let lang = app.lang;
    let tx = t(lang);
    let city = app.profile.city.clone().unwrap_or_default();
    let mut cities = vec![(AttrValue::Static(""), AttrValue::Static(tx.city_other))];
    cities.extend(
        CITIES
            .iter()
            .map(|c| (AttrValue::Static(c.id), name(lang, c.name, c.name_en))),
    );
    let counties: Vec<(AttrValue, AttrValue)> = catalogue::city(&city)
        .map(|c| {
            std::iter::once((AttrValue::Static(""), AttrValue::Static(tx.county_none)))
                .chain(
                    c.counties
                        .iter()
                        .map(|k| (AttrValue::Static(k.id), name(lang, k.name, k.name_en))),
                )
                .collect()
        })
        .unwrap_or_default();
    let on_city = {
        let app = app.clone();
        Callback::from(move |v| app.dispatch(Action::SetCity(v)))
    };
    let on_county = {
        let app = app.clone();
        Callback::from(move |v| app.dispatch(Action::SetCounty(v)))
    };
    let county = app.profile.county.clone().unwrap_or_default();
    html! {
        <fieldset class="step" key="place">
            <legend>{ tx.step_place }</legend>
            { select_field(SelectProps {
                id: "city".into(),
                label: tx.city.into(),
                help: tx.city_help.into(),
                options: cities,
                value: city.into(),
                onchange: on_city,
            }) }
            if counties.len() > 1 {
                { select_field(SelectProps {
                    id: "county".into(),
                    label: tx.county.into(),
                    help: tx.county_help.into(),
                    options: counties,
                    value: county.into(),
                    onchange: on_county,
                }) }
            }
        </fieldset>
    }
}
