//! The steady span of a day: the days over which a profile with no dates of its own (the empty
//! profile of a first visit, and any other without recognition dates, loans or an evaluation
//! date) gets the same result. The page's pre-rendered first screen is built on one day and
//! shown only on the days of that day's span (scripts/prerender.mjs, www/prerender.js), so a
//! span that is too long would show a stale result.

mod common;

use common::date;
use srdi_engine::catalogue::{change_days, steady_span, CITIES};
use srdi_engine::what_if::scenarios;
use srdi_engine::{evaluate, Date, ParkResidency, Profile, Tier};

/// The windows of the five documents (each TOML's `valid_from`/`valid_to`, from their validity
/// clauses) and the LPR's dates in parameters.toml, worked out by hand: a window opens on its
/// first day and is closed from the day after its last.
#[test]
fn change_days_are_the_windows_edges_and_the_parameters_dates() {
    let expected = [
        "2022-01-01", // 三明 征求意见稿: 2022-01-01 …
        "2023-08-21", // LPR 3.45%
        "2023-12-28", // 闽工信规〔2023〕11号 六、: 自2023年12月28日起施行
        "2024-01-23", // 永政办规〔2024〕1号: 自印发之日起施行
        "2024-07-22", // LPR 3.35%
        "2024-09-11", // 厦府办规〔2024〕11号
        "2024-10-21", // LPR 3.10%
        "2025-05-20", // LPR 3.00%
        "2025-08-14", // 泉州 action plan, published 2025-08-14
        "2025-10-02", // 90 days before 永春 and 三明 end: the notice starts
        "2026-01-01", // the day after 永春 and 三明 end (2025-12-31)
        "2026-10-02", // 90 days before 福建 and 厦门 end: the notice starts
        "2027-01-01", // the day after 福建 and 厦门 end (2026-12-31)
    ];
    let expected: Vec<Date> = expected.iter().map(|s| date(s)).collect();
    assert_eq!(change_days(), expected);
}

#[test]
fn a_days_span_runs_from_the_last_change_to_the_next() {
    let d = |s| Some(date(s));
    assert_eq!(
        steady_span(date("2026-12-01")),
        (d("2026-10-02"), d("2027-01-01"))
    );
    // A change day starts its own span.
    assert_eq!(
        steady_span(date("2026-01-01")),
        (d("2026-01-01"), d("2026-10-02"))
    );
    assert_eq!(
        steady_span(date("2025-12-31")),
        (d("2025-10-02"), d("2026-01-01"))
    );
    assert_eq!(
        steady_span(date("2026-12-31")),
        (d("2026-10-02"), d("2027-01-01"))
    );
    assert_eq!(steady_span(date("2027-06-01")), (d("2027-01-01"), None));
    assert_eq!(steady_span(date("2021-06-01")), (None, d("2022-01-01")));
}

/// Every place, tier and park answer, with no dates: what a first visit can show.
fn dateless_profiles() -> Vec<Profile> {
    let mut out = vec![Profile::default()];
    for city in CITIES {
        let counties: Vec<Option<&str>> = std::iter::once(None)
            .chain(city.counties.iter().map(|k| Some(k.id)))
            .collect();
        for county in counties {
            for tier in std::iter::once(None).chain(Tier::ALL.iter().copied().map(Some)) {
                let p = Profile {
                    city: Some(city.id.into()),
                    county: county.map(Into::into),
                    tier,
                    ..Profile::default()
                };
                if !p.validate().is_empty() {
                    continue; // a tier the place does not have
                }
                if tier.is_some() {
                    let mut in_park = p.clone();
                    in_park.park = ParkResidency::SrdiPark;
                    out.push(in_park);
                }
                out.push(p);
            }
        }
    }
    out
}

/// The report, its notices and the what-if scenarios on `on`, with `on` itself written as "ON"
/// where it stands for the day: the evaluation date the page shows, the event date of a line
/// dated by it, and the date a what-if recognition would take. (A window's edge that happens
/// to be `on` stays a date.)
fn result_on(p: &Profile, on: Date) -> String {
    let report = evaluate(p, on);
    let notices = srdi_engine::notices(p, &report);
    let what_if = scenarios(p, &report, on);
    let day = format!("{on:?}");
    format!("{report:?}\n{notices:?}")
        .replace(&format!("evaluation_date: {day}"), "evaluation_date: ON")
        .replace(&format!("event: {day}"), "event: ON")
        + &format!("\n{what_if:?}").replace(&day, "ON")
}

/// The first, the middle and the last day of every span from 2021 to 2028, and its two
/// neighbours across each change day: equal within a span, and the test can tell them apart
/// (some profile's result does change on a change day).
#[test]
fn a_dateless_profile_gets_the_same_result_on_every_day_of_a_span() {
    let mut edges = vec![date("2021-01-01")];
    edges.extend(change_days());
    edges.push(date("2029-01-01"));
    let profiles = dateless_profiles();
    assert!(profiles.len() > 50, "{} profiles", profiles.len());
    let mut changed_somewhere = 0;
    for w in edges.windows(2) {
        let (first, end) = (w[0], w[1]);
        assert_eq!(
            steady_span(first).0,
            Some(first).filter(|d| change_days().contains(d))
        );
        let mut last = first;
        let mut days = vec![first];
        while last.next_day() < end {
            last = last.next_day();
            days.push(last);
        }
        let middle = days[days.len() / 2];
        for p in &profiles {
            let at_first = result_on(p, first);
            let at_last = result_on(p, last);
            assert_eq!(at_first, result_on(p, middle), "{p:?}: {first} vs {middle}");
            assert_eq!(at_first, at_last, "{p:?}: {first} vs {last}");
            if end.year() < 2029 && result_on(p, end) != at_last {
                changed_somewhere += 1;
            }
        }
    }
    assert!(
        changed_somewhere > 0,
        "no result ever changes on a change day"
    );
}
