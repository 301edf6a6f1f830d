//! The result panel: totals (announced to screen readers), then the lines stacked by payer
//! level, each expandable to its formula, citation, clause and validity; then what the firm
//! does not get, and why.

use crate::components::app::use_app;
use crate::components::app::AppHandle;
use crate::components::chart::chart;
use crate::components::class_list;
use crate::state::{Action, Step};
use crate::text::{self, t};
use crate::view::{result_view, ExcludedView, LevelView, LineView};
use srdi_engine::catalogue::Status;
use yew::prelude::*;

#[function_component(Results)]
pub fn results() -> Html {
    let app = use_app();
    let tx = t(app.lang);
    let view = use_memo((SameRc(app.report.clone()), app.lang), |(r, lang)| {
        result_view(&r.0, *lang)
    });
    let stale = !app.errors.is_empty();
    let any_lines = view.levels.iter().any(|l| !l.lines.is_empty());
    html! {
        <section class="results" aria-labelledby="results-title">
            <h2 id="results-title">{ tx.results }</h2>
            if stale { <p class="stale" role="status">{ tx.stale }</p> }
            <div class="grand-total" aria-live="polite" aria-atomic="true">
                <p>
                    <span class="label">{ tx.total_exact }</span>
                    <strong id="total-exact" class="amount">{ &view.exact_text }</strong>
                    <span class="wan">{ &view.exact_wan }</span>
                </p>
                <p>
                    <span class="label">{ tx.up_to }</span>
                    <strong id="total-up-to" class="amount">{ &view.up_to_text }</strong>
                    if view.unquantified > 0 { <span class="unq">{ format!(" + {} {}", view.unquantified, tx.unquantified_lines) }</span> }
                </p>
            </div>
            { chart(&view, tx.chart_title, app.lang) }
            if !any_lines { <p class="empty">{ tx.no_lines }</p> }
            { for view.levels.iter().filter(|l| !l.lines.is_empty()).map(|l| level(l, &app)) }
            if !view.excluded.is_empty() {
                <details class="excluded">
                    <summary>{ tx.excluded }{ format!("（{}）", view.excluded.len()) }</summary>
                    <ul>{ for view.excluded.iter().map(|x| excluded(x, &app)) }</ul>
                </details>
            }
            <p class="note">{ tx.estimate_note }{ " " }{ tx.evaluation_date }{ tx.colon }<time>{ &view.evaluation_date }</time></p>
        </section>
    }
}

/// A memo dependency that changes when the report is replaced: the reducer makes a new report
/// for every change, so comparing the allocation is enough (and far smaller than comparing
/// reports field by field).
struct SameRc<T>(std::rc::Rc<T>);

impl<T> PartialEq for SameRc<T> {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

fn edit(app: &AppHandle, step: Step) -> Html {
    let lang = app.lang;
    let tx = t(lang);
    let app = app.clone();
    let onclick = Callback::from(move |_| {
        app.dispatch(Action::GoTo(step));
        crate::focus_first_question_later();
    });
    html! { <button type="button" class="link edit" {onclick}>{ tx.edit }{ tx.colon }{ text::step(lang, step) }</button> }
}

fn level(l: &LevelView, app: &AppHandle) -> Html {
    let app_lang_total = if l.up_to.is_zero() {
        l.exact_text.clone()
    } else {
        format!("{} + ≤{}", l.exact_text, l.up_to_text)
    };
    html! {
        <section ~className={format!("level level-{}", l.level.name())} aria-label={l.label}>
            <h3>
                <span>{ l.label }</span>
                <span class="level-total">{ app_lang_total }</span>
            </h3>
            <ul class="lines">{ for l.lines.iter().map(|x| line(x, app)) }</ul>
        </section>
    }
}

fn line(l: &LineView, app: &AppHandle) -> Html {
    let tx = t(app.lang);
    html! {
        <li ~className={class_list(&["line", if l.counted { "" } else { "not-counted" }])} data-entry={l.id}>
            <details>
                <summary>
                    <span class="title">{ l.title }</span>
                    <span class="badges">
                        <span ~className={format!("badge kind-{}", l.kind.name())}>{ l.kind_label }</span>
                        if l.status != Status::InForce { <span class="badge status">{ &l.status_label }</span> }
                        if !l.counted { <span class="badge">{ tx.not_counted }</span> }
                    </span>
                    <span class="amount">{ &l.amount }</span>
                </summary>
                <dl>
                    { term(tx.formula, "formula", html! { &l.formula }) }
                    { term(tx.source, "citation", html! { format!("{} {}", l.issuer, l.citation) }) }
                    { term(tx.clause, "", clause(l.clause)) }
                    { term(tx.validity, "", html! { format!("{} · {}", l.validity, l.status_label) }) }
                    if let Some(c) = &l.conflict { { term(tx.note, "", html! { c }) } }
                </dl>
                { edit(app, l.edit_step) }
            </details>
        </li>
    }
}

/// One term of a description list: `<dt>label</dt><dd class>value</dd>`. One function for every
/// such pair of the results and the library, because each `html!` element is inlined code.
pub fn term(label: &'static str, class: &'static str, value: Html) -> Html {
    html! { <><dt>{ label }</dt><dd ~className={class}>{ value }</dd></> }
}

/// A clause quoted verbatim, marked as Chinese for screen readers.
pub fn clause(text: &'static str) -> Html {
    html! { <blockquote lang="zh-CN">{ text }</blockquote> }
}

fn excluded(x: &ExcludedView, app: &AppHandle) -> Html {
    html! {
        <li data-entry={x.id}>
            <span class="title">{ x.title }</span>
            <span class="payer">{ " · " }{ x.payer_label }{ " · " }{ &x.citation }</span>
            <p class="reason">{ &x.reason }{ " " }{ edit(app, x.edit_step) }</p>
        </li>
    }
}
