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
