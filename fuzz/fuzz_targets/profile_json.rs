//! Any bytes as a profile JSON (what the CLI and an import read): reading never panics, and a
//! profile that validates always evaluates, with totals equal to the sum of counted lines.
#![no_main]
use libfuzzer_sys::fuzz_target;
use srdi_engine::{evaluate, Date, Decimal, Kind, Profile};

fuzz_target!(|data: &[u8]| {
    let Ok(profile) = serde_json::from_slice::<Profile>(data) else {
        return;
    };
    if !profile.validate().is_empty() {
        return;
    }
    let report = evaluate(&profile, Date::ymd(2025, 6, 1));
    let exact: Decimal = report
        .lines
        .iter()
        .filter(|l| l.counted && l.kind == Kind::Exact)
        .filter_map(|l| l.amount)
        .sum();
    assert_eq!(exact, report.totals.all.exact);
    assert!(report
        .lines
        .iter()
        .all(|l| l.amount.is_none_or(|a| a > Decimal::ZERO)));
});
