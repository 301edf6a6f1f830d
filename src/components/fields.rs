//! Labelled inputs shared by the steps: every input has a label, help text under it quoting
//! the documents' term, and its error beside it (aria-describedby ties them together).
//!
//! Plain functions called by the steps, not components (see [`crate::components`]): a field
//! keeps no state, and as components the two cost the page their own Yew machinery.

use crate::components::handle::AppHandle;
use crate::state::Action;
use crate::text::t;
use crate::view::pending;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// A labelled drop-down list, for [`select_field`].
pub struct SelectProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub help: AttrValue,
    /// (value, label) pairs; the first is usually the empty "choose" option.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub value: AttrValue,
    pub onchange: Callback<String>,
}

/// A drop-down list with its label and help text; `onchange` gets the chosen value.
pub fn select_field(p: SelectProps) -> Html {
    let onchange = {
        let cb = p.onchange;
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

/// A labelled text or date input, for [`input_field`]: [`InputProps::new`] with the required
/// parts, then the setters for the optional ones.
pub struct InputProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub help: AttrValue,
    /// What the user typed, shown as typed.
    pub value: AttrValue,
    pub error: Option<AttrValue>,
    /// A question beside the input about what was typed, with its one-click fix.
    pub hint: Option<Html>,
    /// Unit shown after the input ("元", "千瓦时").
    pub unit: Option<AttrValue>,
    pub inputmode: Option<AttrValue>,
    pub placeholder: Option<AttrValue>,
    pub oninput: Callback<String>,
}

impl InputProps {
    /// A text input with no error, unit or input mode.
    pub fn new(
        id: impl Into<AttrValue>,
        label: impl Into<AttrValue>,
        help: impl Into<AttrValue>,
        value: impl Into<AttrValue>,
        oninput: Callback<String>,
    ) -> Self {
        InputProps {
            id: id.into(),
            label: label.into(),
            help: help.into(),
            value: value.into(),
            error: None,
            hint: None,
            unit: None,
            inputmode: None,
            placeholder: None,
            oninput,
        }
    }

    /// A date field: a text input read like every date of the page (`2025-01-01`,
    /// `2025/1/1`, `2025年1月1日`), not the browser's date input, which hands the page an empty
    /// value for a day that does not exist (02/30/2024): the award vanished without a word.
    /// As text, what was typed stays, with its message beside it.
    pub fn date(self, placeholder: &'static str) -> Self {
        self.placeholder(placeholder)
    }

    /// A question beside the input about what was typed.
    pub fn hint(mut self, hint: Option<Html>) -> Self {
        self.hint = hint;
        self
    }

    /// The message beside the input, if what was typed does not parse.
    pub fn error(mut self, error: Option<String>) -> Self {
        self.error = error.map(AttrValue::from);
        self
    }

    /// The unit shown after the input.
    pub fn unit(mut self, unit: &'static str) -> Self {
        self.unit = Some(AttrValue::Static(unit));
        self
    }

    /// The `placeholder` attribute: the form a typed value takes ("2025-01-01").
    pub fn placeholder(mut self, text: &'static str) -> Self {
        self.placeholder = Some(AttrValue::Static(text));
        self
    }

    /// The `inputmode` attribute ("decimal", "numeric"): which keyboard a phone shows.
    pub fn inputmode(mut self, mode: &'static str) -> Self {
        self.inputmode = Some(AttrValue::Static(mode));
        self
    }
}

/// An input with its label, help text and error; `oninput` gets the text as typed.
pub fn input_field(p: InputProps) -> Html {
    let oninput = {
        let cb = p.oninput;
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
        <div class="field" data-invalid={p.error.is_some().then_some("true")}>
            <label for={p.id.clone()}>{ &p.label }</label>
            <div class="input-row">
                <input id={p.id.clone()} type="text" value={p.value} {oninput}
                    inputmode={p.inputmode} placeholder={p.placeholder}
                    aria-invalid={p.error.is_some().then_some("true")}
                    aria-describedby={described} />
                if let Some(unit) = &p.unit { <span class="unit">{ unit }</span> }
            </div>
            if let Some(error) = &p.error {
                <p class="error" id={error_id} role="alert">{ "⚠ " }{ error }</p>
            }
            if let Some(hint) = p.hint { <div class="hint" role="status">{ hint }</div> }
            <p class="help" id={help_id}>{ &p.help }</p>
        </div>
    }
}

/// The answers that are not in the result as typed ([`crate::view::pending`]), and a button
/// that goes to the first: under the result's heading and in the share panel.
pub fn pending_list(app: &AppHandle) -> Html {
    let Some((words, step, id)) = pending(app) else {
        return Html::default();
    };
    let tx = t(app.lang);
    let app = app.clone();
    let onclick = Callback::from(move |_| app.dispatch(Action::Show(step, id.clone())));
    html! {
        <div class="stale pending">
            <p>{ tx.stale }{ words }</p>
            <button type="button" class="link" {onclick}>{ tx.go_to_first }</button>
        </div>
    }
}

/// Moves the keyboard focus to the element `id`, or to the current step's heading: after a
/// step change, so that the keyboard and a screen reader carry on from the new step's top and
/// not from the button at its foot.
pub fn focus(id: Option<&str>) {
    use wasm_bindgen::JsCast;
    let document = gloo::utils::document();
    let target = match id {
        Some(id) => document.get_element_by_id(id),
        None => document
            .query_selector(".questionnaire .step > legend")
            .ok()
            .flatten(),
    };
    if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        if id.is_none() {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = el.focus();
    }
}
