//! Labelled inputs shared by the steps: every input has a label, help text under it quoting
//! the documents' term, and its error beside it (aria-describedby ties them together).

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub help: AttrValue,
    /// (value, label) pairs; the first is usually the empty "choose" option.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub value: AttrValue,
    pub onchange: Callback<String>,
}

#[function_component(SelectField)]
pub fn select_field(p: &SelectProps) -> Html {
    let onchange = {
        let cb = p.onchange.clone();
        Callback::from(move |e: Event| {
            cb.emit(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let help_id = format!("{}-help", p.id);
    html! {
        <div class="field">
            <label for={p.id.clone()}>{ &p.label }</label>
            <select id={p.id.clone()} {onchange} aria-describedby={help_id.clone()}>
                { for p.options.iter().map(|(v, l)| html! {
                    <option value={v.clone()} selected={*v == p.value}>{ l }</option>
                }) }
            </select>
            <p class="help" id={help_id}>{ &p.help }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct InputProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub help: AttrValue,
    /// What the user typed, shown as typed.
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// "date" or "text".
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    /// Unit shown after the input ("元", "千瓦时").
    #[prop_or_default]
    pub unit: Option<AttrValue>,
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    pub oninput: Callback<String>,
}

#[function_component(InputField)]
pub fn input_field(p: &InputProps) -> Html {
    let oninput = {
        let cb = p.oninput.clone();
        Callback::from(move |e: InputEvent| {
            cb.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let help_id = format!("{}-help", p.id);
    let error_id = format!("{}-error", p.id);
    let described = if p.error.is_some() {
        format!("{help_id} {error_id}")
    } else {
        help_id.clone()
    };
    html! {
        <div class={classes!("field", p.error.is_some().then_some("invalid"))}>
            <label for={p.id.clone()}>{ &p.label }</label>
            <div class="input-row">
                <input id={p.id.clone()} type={p.kind.clone()} value={p.value.clone()} {oninput}
                    inputmode={p.inputmode.clone()}
                    aria-invalid={p.error.is_some().then_some("true")}
                    aria-describedby={described} />
                if let Some(unit) = &p.unit { <span class="unit">{ unit }</span> }
            </div>
            if let Some(error) = &p.error {
                <p class="error" id={error_id} role="alert">{ "⚠ " }{ error }</p>
            }
            <p class="help" id={help_id}>{ &p.help }</p>
        </div>
    }
}
