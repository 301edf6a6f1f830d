//! The engine compiled to wasm32 and run in headless Chromium: the same hand-worked numbers as
//! the native tests must come out of the WebAssembly build (Decimal arithmetic, the generated
//! catalogue statics, the date logic).
#![cfg(target_arch = "wasm32")]

use srdi_engine::{evaluate, Date, Decimal, Profile, Tier};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// 永政办规〔2024〕1号 四、（一）: first 小巨人 50万 + first 省级 10万 from the county.
#[wasm_bindgen_test]
fn yongchun_recognition_awards_in_wasm() {
    let mut p = Profile {
        city: Some("quanzhou".into()),
        county: Some("yongchun".into()),
        ..Profile::default()
    };
    p.tier = Some(Tier::LittleGiant);
    p.recognitions
        .insert(Tier::Provincial, Date::parse("2024-03-01").unwrap());
    p.recognitions
        .insert(Tier::LittleGiant, Date::parse("2024-06-15").unwrap());
    let r = evaluate(&p, Date::parse("2025-06-01").unwrap());
    assert_eq!(r.totals.county.exact, d("600000"));
    let total: Decimal = r
        .lines
        .iter()
        .filter(|l| l.counted && l.kind == srdi_engine::Kind::Exact)
        .filter_map(|l| l.amount)
        .sum();
    assert_eq!(total, r.totals.all.exact);
}

/// The rounding rule holds in wasm too: 1,000,000 × 1% × 7/12 = 5,833.333… → 5,833.33.
#[wasm_bindgen_test]
fn rounding_in_wasm() {
    let v = d("1000000") * d("0.01") * Decimal::from(7) / Decimal::from(12);
    assert_eq!(srdi_engine::money::round_fen(v), d("5833.33"));
    assert_eq!(srdi_engine::money::yuan(d("1234567.5")), "1,234,567.5 元");
}
