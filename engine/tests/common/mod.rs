//! Helpers shared by the engine's integration tests.
#![allow(dead_code)]

use srdi_engine::{evaluate, Date, Decimal, Line, Profile, Reason, Report};

pub fn d(s: &str) -> Decimal {
    s.parse().expect("decimal literal")
}

pub fn date(s: &str) -> Date {
    Date::parse(s).expect("date literal")
}

/// A profile in a place; the rest filled by the test.
pub fn profile(city: &str, county: Option<&str>) -> Profile {
    Profile {
        city: Some(city.into()),
        county: county.map(Into::into),
        ..Profile::default()
    }
}

pub fn run(p: &Profile, on: &str) -> Report {
    assert!(
        p.validate().is_empty(),
        "test profile invalid: {:?}",
        p.validate()
    );
    evaluate(p, date(on))
}

pub fn line<'a>(r: &'a Report, id: &str) -> &'a Line {
    r.lines.iter().find(|l| l.entry == id).unwrap_or_else(|| {
        panic!(
            "no line {id}; excluded: {:?}",
            r.excluded.iter().find(|e| e.entry == id)
        )
    })
}

pub fn amount(r: &Report, id: &str) -> Decimal {
    line(r, id).amount.expect("quantified line")
}

pub fn reason<'a>(r: &'a Report, id: &str) -> &'a Reason {
    &r.excluded
        .iter()
        .find(|e| e.entry == id)
        .unwrap_or_else(|| {
            panic!(
                "{id} not excluded; lines: {:?}",
                r.lines.iter().map(|l| l.entry).collect::<Vec<_>>()
            )
        })
        .reason
}

/// Asserts that `id` is left out of `r` because its own event (`event`) falls outside its
/// text's window, `from` to `to` (both inclusive; `None`: the text states no end): the
/// window-edge check the hand-worked tests make for each entry.
pub fn assert_outside_window(r: &Report, id: &str, event: &str, from: &str, to: Option<&str>) {
    assert_eq!(
        reason(r, id),
        &Reason::OutsideWindow {
            event: date(event),
            from: date(from),
            to: to.map(date),
        },
        "{id}"
    );
}
