//! The JS API checked from JS values, in headless Chromium.
#![cfg(target_arch = "wasm32")]

use js_sys::{Reflect, JSON};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(v.clone(), |v, k| {
        Reflect::get(&v, &JsValue::from_str(k)).unwrap()
    })
}

/// 永政办规〔2024〕1号 四、（一）: a first 省级 recognition in Yongchun on 2024-03-01 → 100,000 元.
#[wasm_bindgen_test]
fn calculate_from_a_plain_object() {
    let profile = JSON::parse(
        r#"{"city":"quanzhou","county":"yongchun","tier":"provincial",
            "recognitions":{"provincial":"2024-03-01"},"evaluation_date":"2025-06-01"}"#,
    )
    .unwrap();
    let report = srdi_js::calculate(profile).unwrap();
    assert_eq!(
        get(&report, "totals.county.exact").as_string().unwrap(),
        "100000"
    );
    assert_eq!(
        get(&report, "evaluation_date").as_string().unwrap(),
        "2025-06-01"
    );
    let lines = js_sys::Array::from(&get(&report, "lines"));
    let line = lines
        .iter()
        .find(|l| get(l, "entry").as_string().as_deref() == Some("yc-first-provincial"))
        .unwrap();
    assert_eq!(
        get(&line, "formula").as_string().unwrap(),
        "定额 100,000 元"
    );
    // 永政办规〔2024〕1号 "本方案自 2024年 1月 23日起施行，有效期至 2025年 12月31日止。": on
    // 2025-06-01 the award is claimable, 213 days before the text ends.
    assert_eq!(get(&line, "standing").as_string().unwrap(), "claimable");
    assert_eq!(get(&line, "event").as_string().unwrap(), "2024-03-01");
    assert_eq!(get(&line, "event_source").as_string().unwrap(), "own");
    assert_eq!(get(&line, "window.from").as_string().unwrap(), "2024-01-23");
    assert_eq!(get(&line, "window.to").as_string().unwrap(), "2025-12-31");
    assert_eq!(get(&line, "days_left").as_f64(), Some(213.0));
    assert!(get(&line, "standing_text")
        .as_string()
        .unwrap()
        .contains("还剩 213 天"));
    // The catalogue's version and the three dates.
    assert_eq!(
        get(&report, "catalogue_version").as_string().unwrap(),
        srdi_engine::CATALOGUE_VERSION
    );
    assert_eq!(
        get(&report, "rules_reviewed").as_string().unwrap(),
        srdi_engine::RULES_REVIEWED.to_string()
    );
    let made = get(&report, "made").as_string().unwrap();
    assert!(srdi_engine::Date::parse(&made).is_ok(), "{made}");
}

/// The 永春 firm of issue 15 on 2026-12-01 (values worked by hand from the texts,
/// docs/readings/time-model.md A1–A2): 500,000 + 100,000 (四、（一）), rent 2,400,000 × 20% =
/// 480,000 (四、（二）2) and 2,600,000 kWh × 0.05 = 130,000 (四、（二）3), all under
/// 永政办规〔2024〕1号, which ended 2025-12-31: 1,210,000 earned, to confirm; 5,000,000 × 1% =
/// 50,000 under 闽工信规〔2023〕11号 二、（七）, in force until 2026-12-31: claimable, 30 days left.
#[wasm_bindgen_test]
fn calculate_keeps_what_was_earned_under_an_ended_text() {
    let profile = JSON::parse(
        r#"{"city":"quanzhou","county":"yongchun","tier":"little_giant",
            "recognitions":{"provincial":"2024-03-01","little_giant":"2025-06-10"},
            "park":"srdi_park",
            "amounts":{"park_rent_per_year":"2400000","park_rent_months":"12",
                       "park_first_year_kwh":"2600000"},
            "dates":{"park_rent_start":"2025-01-01","park_move_in":"2025-01-01"},
            "loans":[{"purpose":"working_capital","principal":"5000000","annual_rate":"0.035",
                      "term_months":12,"start":"2026-03-01"}],
            "evaluation_date":"2026-12-01"}"#,
    )
    .unwrap();
    let report = srdi_js::calculate(profile).unwrap();
    let dec = |path: &str| -> srdi_engine::Decimal {
        get(&report, path).as_string().unwrap().parse().unwrap()
    };
    assert_eq!(
        dec("ended.all.exact"),
        srdi_engine::Decimal::from(1_210_000)
    );
    assert_eq!(
        dec("ended.county.exact"),
        srdi_engine::Decimal::from(1_210_000)
    );
    assert_eq!(dec("totals.all.exact"), srdi_engine::Decimal::from(50_000));
    assert_eq!(
        dec("totals.province.exact"),
        srdi_engine::Decimal::from(50_000)
    );
    assert_eq!(dec("planned.all.exact"), srdi_engine::Decimal::ZERO);
    assert_eq!(
        get(&report, "evaluation_date").as_string().unwrap(),
        "2026-12-01"
    );
    let lines = js_sys::Array::from(&get(&report, "lines"));
    let line = |id: &str| {
        lines
            .iter()
            .find(|l| get(l, "entry").as_string().as_deref() == Some(id))
            .unwrap_or_else(|| panic!("no line {id}"))
    };
    for id in [
        "yc-first-little-giant",
        "yc-first-provincial",
        "yc-park-rent",
        "yc-park-electricity",
    ] {
        let l = line(id);
        assert_eq!(
            get(&l, "standing").as_string().unwrap(),
            "earned_text_ended"
        );
        assert_eq!(get(&l, "window.to").as_string().unwrap(), "2025-12-31");
        assert!(get(&l, "days_left").is_null());
        assert!(get(&l, "standing_text")
            .as_string()
            .unwrap()
            .contains("县工信商务局"));
    }
    assert_eq!(
        get(&line("yc-park-rent"), "event").as_string().unwrap(),
        "2025-01-01"
    );
    let loan = line("fj-working-capital-discount");
    assert_eq!(get(&loan, "standing").as_string().unwrap(), "claimable");
    assert_eq!(get(&loan, "event").as_string().unwrap(), "2026-03-01");
    assert_eq!(get(&loan, "days_left").as_f64(), Some(30.0));
    // 泉州's plan sets no end: its window's `to` is null.
    let city = lines
        .iter()
        .find(|l| get(l, "payer").as_string().as_deref() == Some("city"))
        .unwrap();
    assert!(get(&city, "window.to").is_null());
    assert_eq!(get(&city, "window.from").as_string().unwrap(), "2025-08-14");
    // The notices: 永春's text has ended, 福建's ends in 30 days; each in words.
    let notices = js_sys::Array::from(&get(&report, "notices"));
    let kinds: Vec<String> = notices
        .iter()
        .map(|n| get(&n, "kind").as_string().unwrap())
        .collect();
    assert_eq!(kinds, ["ended", "ends_soon"]);
    assert_eq!(
        get(&notices.get(1), "end").as_string().unwrap(),
        "2026-12-31"
    );
    assert!(get(&notices.get(1), "text")
        .as_string()
        .unwrap()
        .contains("闽工信规〔2023〕11号"));
}

#[wasm_bindgen_test]
fn errors_name_the_field() {
    let bad = JSON::parse(r#"{"city":"quanzhou","county":"siming"}"#).unwrap();
    let err = srdi_js::calculate(bad).unwrap_err();
    let first = js_sys::Array::from(&get(&err, "errors")).get(0);
    assert_eq!(get(&first, "field").as_string().unwrap(), "county");
    let unknown = JSON::parse(r#"{"citty":"quanzhou"}"#).unwrap();
    let err = srdi_js::calculate(unknown).unwrap_err();
    let first = js_sys::Array::from(&get(&err, "errors")).get(0);
    assert_eq!(get(&first, "field").as_string().unwrap(), "citty");
}

#[wasm_bindgen_test]
fn catalogue_lists_every_entry() {
    let list = js_sys::Array::from(&srdi_js::catalogue());
    assert_eq!(
        list.length() as usize,
        srdi_engine::catalogue::ENTRIES.len()
    );
    assert!(!srdi_js::catalogue_version().is_empty());
}

/// The benchmark's entry point gives the same exact total as `calculate`: 永政办规〔2024〕1号
/// 四、（一）, a first 省级 recognition on 2024-03-01 → 100,000 元; and it reads the profile the
/// same way (a bad one names its field).
#[wasm_bindgen_test]
fn evaluate_repeatedly_gives_the_total_of_calculate() {
    let profile = || {
        JSON::parse(
            r#"{"city":"quanzhou","county":"yongchun","tier":"provincial",
                "recognitions":{"provincial":"2024-03-01"},"evaluation_date":"2025-06-01"}"#,
        )
        .unwrap()
    };
    assert_eq!(
        srdi_js::evaluate_repeatedly(profile(), 50).unwrap(),
        "100000"
    );
    assert_eq!(
        srdi_js::evaluate_repeatedly(profile(), 0).unwrap(),
        "100000"
    );
    let bad = JSON::parse(r#"{"city":"quanzhou","county":"siming"}"#).unwrap();
    let err = srdi_js::evaluate_repeatedly(bad, 3).unwrap_err();
    let first = js_sys::Array::from(&get(&err, "errors")).get(0);
    assert_eq!(get(&first, "field").as_string().unwrap(), "county");
}

/// The message of the first error whose field is `field`.
fn message_for(err: &JsValue, field: &str) -> String {
    js_sys::Array::from(&get(err, "errors"))
        .iter()
        .find(|e| get(e, "field").as_string().as_deref() == Some(field))
        .map(|e| get(&e, "message").as_string().unwrap())
        .unwrap_or_else(|| panic!("no error for {field}: {:?}", JSON::stringify(err)))
}

/// A misspelt key inside a loan is refused, not ignored (ignored, it would change the amount:
/// here the loan would lose its other provincial discount); a value that is not an amount or
/// a date names its path and says in words what is allowed; no serde or Debug text.
#[wasm_bindgen_test]
fn errors_name_the_path_at_every_depth() {
    let bad = JSON::parse(
        r#"{"city":"quanzhou","county":"yongchun","tier":"provincial","evaluation_date":"2025-06-01",
            "loans":[{"purpose":"working_capital","principal":"abc","annual_rate":"0.035",
                      "term_months":12,"start":"2025-02-30","other_provincal_discount":true}],
            "amounts":{"rd_spend":"-1"}}"#,
    )
    .unwrap();
    let err = srdi_js::calculate(bad).unwrap_err();
    assert!(message_for(&err, "loans[0].other_provincal_discount")
        .contains("unknown field (misspelt?); the fields allowed here: purpose, principal"));
    assert!(message_for(&err, "loans[0].principal")
        .starts_with("loans[0].principal: 'abc' is not an amount in 元: write it as text"));
    assert!(message_for(&err, "loans[0].start")
        .starts_with("loans[0].start: '2025-02-30' is not a date (no such day)"));
    assert_eq!(
        message_for(&err, "amounts.rd_spend"),
        "amounts.rd_spend: out of range: it must be from 0 yuan to 1,000,000,000,000 yuan"
    );
    let text = JSON::stringify(&err).unwrap().as_string().unwrap();
    for never in [
        "line 1 column",
        "OutOfRange {",
        "Decimal type",
        "invalid type",
    ] {
        assert!(!text.contains(never), "{never} in {text}");
    }
    // A number where an amount is written as text: said so.
    let number = JSON::parse(
        r#"{"loans":[{"purpose":"other","principal":5000000,"annual_rate":"0.03","term_months":12,"start":"2025-01-01"}]}"#,
    )
    .unwrap();
    let err = srdi_js::calculate(number).unwrap_err();
    assert!(message_for(&err, "loans[0].principal").starts_with(
        "loans[0].principal: the number 5000000 is not an amount in 元: write it as text"
    ));
}
