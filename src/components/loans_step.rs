//! The loans step: a list of bank loans, each added, edited or removed on its own. Only the
//! purposes some entry of the firm's place and tier discounts are offered (plus "other").
//! Rendered by a plain function, not a component (see [`crate::components`]).

use crate::components::fields::{input_field, select_field, InputProps, SelectProps};
use crate::components::handle::AppHandle;
use crate::state::{Action, Field, LoanDraft, LoanField};
use crate::text::t;
use crate::view::with_echo;
use srdi_engine::describe;
use srdi_engine::money::{group, parse_rate_percent, percent, rate_typed_as_fraction};
use srdi_engine::profile::MAX_LOANS;
use srdi_engine::LoanPurpose;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The loans step (keyed: see [`crate::components`]).
pub fn loans_step(app: &AppHandle) -> Html {
    let lang = app.lang;
    let tx = t(lang);
    // No purpose until the user picks one ("请选择" first).
    let mut purposes = vec![(AttrValue::Static(""), AttrValue::Static(tx.city_other))];
    purposes.extend(
        app.relevant
            .loan_purposes
            .iter()
            .copied()
            .chain(std::iter::once(LoanPurpose::Other))
            .map(|p| {
                (
                    AttrValue::Static(p.name()),
                    AttrValue::Static(describe::loan_purpose(p, lang)),
                )
            }),
    );
    let add = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::AddLoan))
    };
    let full = app.loans.len() >= MAX_LOANS;
    let loans: Vec<Html> = app
        .loans
        .iter()
        .enumerate()
        .map(|(i, loan)| loan_card(app, i, loan, purposes.clone()))
        .collect();
    html! {
        <fieldset class="step" key="loans">
            <legend>{ tx.step_loans }</legend>
            <p class="help">{ tx.loans_help }</p>
            if loans.is_empty() { <p>{ tx.no_loans }</p> }
            <>{ for loans }</>
            <button type="button" class="secondary" id="add-loan" onclick={add} disabled={full}
                aria-describedby={full.then_some("loans-max")}>{ "＋ " }{ tx.add_loan }</button>
            if full { <p class="help" id="loans-max">{ tx.loans_max }</p> }
        </fieldset>
    }
}

/// The help of a loan's rate: the rate as read, and the question when it reads as a fraction
/// ("0.036" meant as 3.6 %) with the button that makes it so.
fn rate_parts(app: &AppHandle, i: usize, loan: &LoanDraft) -> (String, Option<Html>) {
    let tx = t(app.lang);
    let Ok(rate) = parse_rate_percent(&loan.rate) else {
        return (tx.loan_rate_help.to_string(), None);
    };
    let help = with_echo(Some(format!("= {}", percent(rate))), tx.loan_rate_help);
    let hint = rate_typed_as_fraction(rate).map(|meant| {
        let meant = group(meant, 4);
        let typed = group(rate * srdi_engine::Decimal::from(100), 6);
        let app = app.clone();
        let fix = meant.clone();
        let onclick = Callback::from(move |_| {
            app.dispatch(Action::SetLoanField(i, LoanField::Rate, fix.clone()));
            app.dispatch(Action::Commit);
        });
        html! {
            <>
                <span>{ tx.rate_meant.replace("{p}", &meant).replace("{typed}", &typed) }</span>
                { " " }
                <button type="button" class="link" id={format!("loan-{i}-rate-fix")} {onclick}>{ tx.rate_fix.replace("{p}", &meant) }</button>
            </>
        }
    });
    (help, hint)
}

fn loan_card(
    app: &AppHandle,
    i: usize,
    loan: &LoanDraft,
    purposes: Vec<(AttrValue, AttrValue)>,
) -> Html {
    let tx = t(app.lang);
    let field = |f: LoanField, raw: &str| {
        let app = app.clone();
        (
            Field::Loan(i, f).input_id(),
            raw.to_string(),
            app.errors.get(&Field::Loan(i, f)).cloned(),
            Callback::from(move |v| app.dispatch(Action::SetLoanField(i, f, v))),
        )
    };
    let (pid, pval, perr, pcb) = field(LoanField::Principal, &loan.principal);
    let (rid, rval, rerr, rcb) = field(LoanField::Rate, &loan.rate);
    let (tid, tval, terr, tcb) = field(LoanField::Term, &loan.term);
    let (sid, sval, serr, scb) = field(LoanField::Start, &loan.start);
    let on_purpose = {
        let app = app.clone();
        Callback::from(move |v: String| {
            app.dispatch(Action::SetLoanPurpose(i, LoanPurpose::from_name(&v)))
        })
    };
    let on_other = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            app.dispatch(Action::SetLoanOtherProvincial(
                i,
                e.target_unchecked_into::<HtmlInputElement>().checked(),
            ))
        })
    };
    let remove = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::RemoveLoan(i)))
    };
    let complete = !loan.principal.trim().is_empty()
        && !loan.rate.trim().is_empty()
        && !loan.start.trim().is_empty();
    let show_flag =
        app.relevant.other_provincial_flag && loan.purpose == Some(LoanPurpose::WorkingCapital);
    let zh = app.lang == crate::text::Lang::Zh;
    let other_id = format!("loan-{i}-other");
    let title = format!("{} {}", tx.loan, i + 1);
    let (rate_help, rate_hint) = if rerr.is_none() {
        rate_parts(app, i, loan)
    } else {
        (tx.loan_rate_help.to_string(), None)
    };
    html! {
        <fieldset class="loan" aria-label={title.clone()}>
            <legend>{ title }</legend>
            { select_field(SelectProps {
                id: format!("loan-{i}-purpose").into(),
                label: tx.loan_purpose.into(),
                help: (if loan.purpose.is_none() { tx.loan_no_purpose } else { "" }).into(),
                options: purposes,
                value: loan.purpose.map_or("", |p| p.name()).into(),
                onchange: on_purpose,
            }) }
            { input_field(
                InputProps::new(pid, tx.loan_principal, tx.money_help, pval, pcb)
                    .error(perr)
                    .unit(if zh { "元" } else { "yuan" })
                    .inputmode("decimal")
            ) }
            { input_field(
                InputProps::new(rid, tx.loan_rate, rate_help, rval, rcb)
                    .error(rerr)
                    .hint(rate_hint)
                    .unit("%")
                    .inputmode("decimal")
            ) }
            { input_field(
                InputProps::new(tid, tx.loan_term, tx.loan_term_help, tval, tcb)
                    .error(terr)
                    .unit(if zh { "个月" } else { "months" })
                    .inputmode("numeric")
            ) }
            { input_field(InputProps::new(sid, tx.loan_start, tx.loan_start_help, sval, scb).date(tx.date_placeholder).error(serr)) }
            if show_flag {
                <div class="check">
                    <input type="checkbox" id={other_id.clone()} checked={loan.other_provincial} onchange={on_other} />
                    <label for={other_id}>{ tx.loan_other_provincial }</label>
                </div>
            }
            if loan.purpose.is_some() && !complete { <p class="help">{ tx.loan_incomplete }</p> }
            <button type="button" class="link" onclick={remove}>{ tx.remove_loan }</button>
        </fieldset>
    }
}
