//! Issue 17.13: a profile holds at most `MAX_LOANS` loans (every loan discount is capped per
//! enterprise, so more add nothing); validation names the field, and a share link with more
//! keeps the first 50 and says that the rest were dropped.

use srdi_engine::describe::{self, Lang};
use srdi_engine::profile::{FieldError, Problem, MAX_LOANS};
use srdi_engine::share::{decode, encode, Unreadable};
use srdi_engine::{Date, Decimal, Loan, LoanPurpose, Profile};

fn loan(i: usize) -> Loan {
    Loan {
        purpose: LoanPurpose::WorkingCapital,
        principal: Decimal::from(1000 + i as i64),
        annual_rate: Decimal::new(35, 3),
        term_months: 12,
        start: Date::ymd(2025, 1, 10),
        other_provincial_discount: false,
    }
}

fn with_loans(n: usize) -> Profile {
    Profile {
        city: Some("quanzhou".into()),
        loans: (0..n).map(loan).collect(),
        ..Profile::default()
    }
}

#[test]
fn the_bound_is_fifty() {
    assert_eq!(MAX_LOANS, 50);
}

#[test]
fn fifty_loans_validate_and_fifty_one_name_the_field() {
    assert_eq!(with_loans(MAX_LOANS).validate(), vec![]);
    assert_eq!(
        with_loans(MAX_LOANS + 1).validate(),
        vec![FieldError {
            field: "loans".into(),
            problem: Problem::TooMany { max: 50 },
        }]
    );
}

#[test]
fn the_message_names_the_field_and_the_bound() {
    let zh = describe::problem("loans", &Problem::TooMany { max: 50 }, Lang::Zh);
    let en = describe::problem("loans", &Problem::TooMany { max: 50 }, Lang::En);
    assert!(zh.contains("loans") && zh.contains("最多 50 笔"), "{zh}");
    assert!(
        en.contains("loans") && en.contains("at most 50 loans"),
        "{en}"
    );
}

#[test]
fn a_link_with_ten_thousand_loans_keeps_the_first_fifty_and_says_so() {
    let link = encode(&with_loans(10_000));
    let (p, bad) = decode(&link);
    assert_eq!(p.loans.len(), MAX_LOANS);
    // The first fifty, in order: the 50th principal is 1000 + 49.
    assert_eq!(p.loans, with_loans(MAX_LOANS).loans);
    assert_eq!(p.city.as_deref(), Some("quanzhou"));
    assert_eq!(bad, vec![Unreadable("loans[50..] (9950)".into())]);
}

#[test]
fn a_link_with_fifty_loans_loses_nothing() {
    let p = with_loans(MAX_LOANS);
    assert_eq!(decode(&encode(&p)), (p, vec![]));
}
