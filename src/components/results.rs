//! The result panel: totals (announced to screen readers), then the lines stacked by payer
//! level, each expandable to its formula, citation, clause and validity; then what the firm
//! does not get, and why.

use crate::components::chart::chart;
use crate::components::class_list;
use crate::components::fields::pending_list;
use crate::components::handle::use_app;
use crate::components::handle::AppHandle;
use crate::state::Action;
use crate::step::Step;
use crate::text::{self, t};
use crate::view::{result_view, Context, ExcludedView, LevelView, LineView, NoticeView, TotalRow};
use yew::prelude::*;

#[function_component(Results)]
pub fn results() -> Html {
    let app = use_app();
    let tx = t(app.lang);
    let deps = (
        SameRc(app.report.clone()),
        SameRc(app.relevant.clone()),
        app.lang,
        app.stamp,
    );
    let notices = app.notices.clone();
    let today = app.today;
    let view = use_memo(deps, move |(r, relevant, lang, stamp)| {
        let cx = Context {
            notices: &notices,
            today,
            stamp: *stamp,
            relevant: &relevant.0,
        };
        result_view(&r.0, &cx, *lang)
    });
    let any_lines = view.levels.iter().any(|l| !l.lines.is_empty());
    let back_to_today = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::BackToToday))
    };
    html! {
        <section class="results" aria-labelledby="results-title">
            <h2 id="results-title" tabindex="-1">{ tx.results }</h2>
            <div role="status">{ pending_list(&app) }</div>
            if !view.notices.is_empty() {
                <ul class="time-notices" aria-label={tx.notices_label}>
                    { for view.notices.iter().map(|n| notice(n, &app)) }
                </ul>
            }
            if let Some(as_of) = &view.viewing_as_of {
                <p class="as-of" role="status">
                    <span>{ as_of }</span>
                    <button type="button" id="back-to-today" class="secondary" onclick={back_to_today}>{ tx.back_to_today }</button>
                </p>
            }
            <div class="grand-total" aria-live="polite" aria-atomic="true">
                { for view.rows.iter().map(total_row) }
                if view.has_ended { <p class="group-note">{ tx.ended_note }</p> }
                if view.has_planned { <p class="group-note">{ tx.planned_note }</p> }
            </div>
            <p class="dates">
                <span>{ tx.rules_reviewed }{ tx.colon }<time data-fixed="">{ &view.rules_reviewed }</time></span>
                <span>{ tx.evaluated_on }{ tx.colon }<time id="evaluated-on">{ &view.evaluation_date }</time></span>
                <span>{ tx.made_on }{ tx.colon }<time>{ &view.made }</time></span>
            </p>
            if let Some(stamp) = &view.stamp { <p class="stamp">{ stamp }</p> }
            { chart(&view, tx.chart_title, app.lang) }
            if !any_lines { <p class="empty">{ tx.no_lines }</p> }
            { for view.levels.iter().filter(|l| !l.lines.is_empty()).map(|l| level(l, &app)) }
            if !view.excluded.is_empty() {
                <details class="excluded">
                    <summary>{ tx.excluded }{ format!("（{}）", view.excluded.len()) }</summary>
                    <ul>{ for view.excluded.iter().map(|x| excluded(x, &app)) }</ul>
                </details>
            }
            <p class="note">{ tx.estimate_note }</p>
        </section>
    }
}

/// On a phone the result is below the questions: a compact bar, sticky at the top of the page
/// (www/style.css shows it under 960 px), keeps the claimable total in view while answering,
/// one tap from the questions and from the lines. What was earned under a text that has since
/// ended, and what is planned, stand beside it when there is any: a firm whose only award is
/// earned-to-confirm must not read a lone 0 as "nothing".
pub fn total_bar(app: &AppHandle) -> Html {
    let tx = t(app.lang);
    let figure = |class: &'static str, id: &'static str, label: &'static str, amount| {
        html! {
            <span ~className={class}><span class="label">{ label }</span>{ " " }<strong {id}>{ srdi_engine::describe::money(amount, app.lang) }</strong></span>
        }
    };
    let report = &app.report;
    html! {
        <div class="total-bar" role="group" aria-label={tx.results}>
            { figure("bar-total", "bar-total", tx.total_claimable, report.totals.all.exact) }
            if !report.ended.all.exact.is_zero() { { figure("bar-total bar-ended", "bar-ended", tx.bar_ended, report.ended.all.exact) } }
            if !report.planned.all.exact.is_zero() { { figure("bar-total bar-planned", "bar-planned", tx.total_planned, report.planned.all.exact) } }
            <button type="button" id="bar-questions" onclick={Callback::from(|_| crate::go_to("questions"))}>{ tx.bar_questions }</button>
            <button type="button" id="bar-details" onclick={Callback::from(|_| crate::go_to("results-title"))}>{ tx.bar_details }</button>
        </div>
    }
}

fn total_row(r: &TotalRow) -> Html {
    let (exact_id, up_to_id) = if r.key == "claimable" {
        ("total-exact".to_string(), "total-up-to".to_string())
    } else {
        (format!("total-{}", r.key), format!("total-{}-up-to", r.key))
    };
    html! {
        <p ~className={format!("total-row total-{}", r.key)}>
            <span class="label">{ r.label }</span>
            <strong id={exact_id} class="amount">{ &r.exact_text }</strong>
            <span class="wan">{ &r.exact_wan }</span>
            if let Some(up_to) = &r.up_to_text { <span id={up_to_id} class="up-to">{ up_to }</span> }
            if let Some(unq) = &r.unquantified_text { <span class="unq">{ unq }</span> }
        </p>
    }
}

fn notice(n: &NoticeView, app: &AppHandle) -> Html {
    let button = n.as_of.clone().map(|(label, day)| {
        let app = app.clone();
        let onclick = Callback::from(move |_| app.dispatch(Action::ViewAsOf(day)));
        html! { <button type="button" class="secondary as-of-button" data-day={day.to_string()} {onclick}>{ label }</button> }
    });
    html! {
        <li ~className={format!("time-notice {}", n.kind)}>
            <span>{ &n.text }</span>
            { for button }
        </li>
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

fn edit(app: &AppHandle, step: Step, date_field: Option<&'static str>) -> Html {
    let lang = app.lang;
    let tx = t(lang);
    let app = app.clone();
    let onclick = Callback::from(move |_| {
        app.dispatch(Action::GoTo(step));
        crate::focus_first_question_later();
    });
    let label = match date_field {
        Some(what) => format!(
            "{}{}{}",
            tx.enter_date.replace("{what}", what),
            tx.colon,
            text::step(lang, step)
        ),
        None => format!("{}{}{}", tx.edit, tx.colon, text::step(lang, step)),
    };
    html! { <button type="button" ~className={class_list(&["link edit", if date_field.is_some() { "enter-date" } else { "" }])} {onclick}>{ label }</button> }
}

fn level(l: &LevelView, app: &AppHandle) -> Html {
    html! {
        <section ~className={format!("level level-{}", l.level.name())} aria-label={l.label}>
            <h3>
                <span>{ l.label }</span>
                <span class="level-total">{ &l.total_text }</span>
            </h3>
            <ul class="lines">{ for l.lines.iter().map(|x| line(x, app)) }</ul>
        </section>
    }
}

/// A line: its title, kind, amount and standing, and its details, which are built only while
/// the line is open (or a print is coming: src/print.rs), so that a link with every answer opens
/// with far fewer elements to make on a phone. A click on the summary (the mouse's, or Enter
/// and Space on it) opens and closes it through the state, in place of the browser's toggle.
fn line(l: &LineView, app: &AppHandle) -> Html {
    let tx = t(app.lang);
    let open = app.opened.contains(&l.id);
    let toggle = {
        let app = app.clone();
        let id = l.id;
        Callback::from(move |e: MouseEvent| {
            // The state opens and closes it: the browser's own toggle, after this handler and
            // Yew's render, would undo the render's.
            e.prevent_default();
            app.dispatch(Action::ToggleLine(id))
        })
    };
    html! {
        <li ~className={class_list(&["line", l.standing_class, if l.counted { "" } else { "not-counted" }])} data-entry={l.id}>
            <details {open}>
                <summary onclick={toggle}>
                    // One grid, no wrappers (www/style.css): the title over the badges, the
                    // amount over the standing, a few elements less per line to make.
                    <span class="title">{ l.title }</span>
                    <span class="amount">{ &l.amount }</span>
                    <span ~className={format!("badge kind-{}", l.kind.name())}>{ l.kind_label }</span>
                    if !l.counted { <span class="badge">{ tx.not_counted }</span> }
                    <span ~className={format!("standing {}", l.standing_class)}>{ l.standing_label }</span>
                </summary>
                if open || app.print_all { { details(l, app) } }
            </details>
        </li>
    }
}

/// A line's standing, event date, formula, citation, clause and window, and the way to the
/// answers that decide it.
fn details(l: &LineView, app: &AppHandle) -> Html {
    let tx = t(app.lang);
    html! {
        <>
                <dl>
                    { term(tx.standing_label, "standing-sentence", html! { &l.standing_sentence }) }
                    { term(tx.event_label, "event-sentence", html! {
                        <>
                            { &l.event_sentence }
                            if let Some((what, step)) = l.assumed { { " " }{ edit(app, step, Some(what)) } }
                        </>
                    }) }
                    { term(tx.formula, "formula", html! { &l.formula }) }
                    { term(tx.source, "citation", html! { format!("{} {}", l.issuer, l.citation) }) }
                    { term(tx.clause, "", quoted(l.id, tx)) }
                    { term(tx.validity, "", html! { &l.validity }) }
                    if let Some(c) = &l.conflict { { term(tx.note, "", html! { c }) } }
                </dl>
                { edit(app, l.edit_step, None) }
        </>
    }
}

/// One term of a description list: `<dt>label</dt><dd class>value</dd>`. One function for every
/// such pair of the results and the library, because each `html!` element is inlined code.
pub fn term(label: &'static str, class: &'static str, value: Html) -> Html {
    html! { <><dt>{ label }</dt><dd ~className={class}>{ value }</dd></> }
}

/// A line's clause, once the page has read the clauses (src/clauses.rs); until then, or when
/// they could not be read, a sentence that says so.
fn quoted(id: &str, tx: &text::Texts) -> Html {
    match crate::clauses::get(id) {
        Some(text) => clause(text),
        None => {
            let failed = crate::clauses::status() == crate::clauses::Status::Failed;
            html! { <span class="clause-missing">{ if failed { tx.clause_failed } else { tx.clause_reading } }</span> }
        }
    }
}

/// A clause quoted verbatim, marked as Chinese for screen readers.
pub fn clause(text: String) -> Html {
    html! { <blockquote lang="zh-CN">{ text }</blockquote> }
}

fn excluded(x: &ExcludedView, app: &AppHandle) -> Html {
    html! {
        <li data-entry={x.id}>
            <span class="title">{ x.title }</span>
            <span class="payer">{ " · " }{ x.payer_label }{ " · " }{ &x.citation }</span>
            <p class="reason">{ &x.reason }{ " " }{ edit(app, x.edit_step, x.date_field) }</p>
        </li>
    }
}
