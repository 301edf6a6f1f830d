//! The exported document written by the engine's own JSON writer (`json.rs`, used by the page
//! and the CLI) is exactly what serde_json writes for it, for the example profiles and for a
//! profile with every kind of line, exclusion and calculation.

use srdi_engine::export::Export;
use srdi_engine::{evaluate, Date, Profile};

fn profile(path: &str) -> Profile {
    let text =
        std::fs::read_to_string(format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn the_exported_document_is_what_serde_json_writes() {
    for path in [
        "examples/yongchun-little-giant.json",
        "examples/full-profile.json",
    ] {
        let p = profile(path);
        for on in [Date::ymd(2025, 6, 1), Date::ymd(2027, 1, 1)] {
            let report = evaluate(&p, on);
            let doc = Export::new(&p, &report);
            let ours = doc.to_json().unwrap();
            assert_eq!(
                ours,
                serde_json::to_string_pretty(&doc).unwrap(),
                "{path} on {on}"
            );
            // And it reads back as the same JSON value.
            let back: serde_json::Value = serde_json::from_str(&ours).unwrap();
            assert_eq!(back, serde_json::to_value(&doc).unwrap());
        }
    }
    // The empty profile: no place, no lines, everything empty.
    let empty = Profile::default();
    let report = evaluate(&empty, Date::ymd(2025, 6, 1));
    let doc = Export::new(&empty, &report);
    assert_eq!(
        doc.to_json().unwrap(),
        serde_json::to_string_pretty(&doc).unwrap()
    );
}
