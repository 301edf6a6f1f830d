//! Step 1: where the firm is, city then county or district.

use crate::components::app::use_app;
use crate::components::fields::SelectField;
use crate::state::Action;
use crate::text::{t, Lang};
use srdi_engine::catalogue::{self, CITIES};
use yew::prelude::*;

fn name(lang: Lang, zh: &'static str, en: &'static str) -> AttrValue {
    AttrValue::Static(if lang == Lang::Zh { zh } else { en })
}

#[function_component(PlaceStep)]
pub fn place_step() -> Html {
    let app = use_app();
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
        <fieldset class="step">
            <legend>{ tx.step_place }</legend>
            <SelectField id="city" label={tx.city} help={tx.city_help} options={cities} value={city} onchange={on_city} />
            if counties.len() > 1 {
                <SelectField id="county" label={tx.county} help={tx.county_help} options={counties} value={county} onchange={on_county} />
            }
        </fieldset>
    }
}
