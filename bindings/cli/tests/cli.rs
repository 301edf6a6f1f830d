//! The command line reads a profile and prints the report.
use std::process::Command;

fn srdi(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_srdi"))
        .args(args)
        .output()
        .expect("run srdi")
}

/// examples/yongchun-little-giant.json, by hand from 永政办规〔2024〕1号:
/// 四、（一） 500,000 + 100,000; 四、（二）2 rent 3,000,000 × 20% = 600,000 → cap 500,000 (beats the
/// loan's 10,000,000 × 1% = 100,000, not both); 四、（二）3 2,500,000 kWh × 0.05 = 125,000.
#[test]
fn json_report_for_the_example_profile() {
    let out = srdi(&[concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/yongchun-little-giant.json"
    )]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["report"]["totals"]["county"]["exact"], "1225000.00");
    assert_eq!(report["report"]["evaluation_date"], "2025-06-01");
    assert_eq!(report["profile"]["county"], "yongchun");
    assert_eq!(report["catalogue_version"], srdi_engine::CATALOGUE_VERSION);
}

/// The exported document reads back: the same answers give the same county total.
#[test]
fn exported_document_imports_back() {
    let first = srdi(&[concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/yongchun-little-giant.json"
    )]);
    let path = std::env::temp_dir().join("srdi-cli-export.json");
    std::fs::write(&path, &first.stdout).expect("write");
    let second = srdi(&[path.to_str().expect("path")]);
    assert!(
        second.status.success(),
        "{}",
        String::from_utf8_lossy(&second.stderr)
    );
    assert_eq!(first.stdout, second.stdout);
}

#[test]
fn invalid_profile_names_the_field() {
    let dir = std::env::temp_dir().join("srdi-cli-test.json");
    std::fs::write(&dir, r#"{"city":"quanzhou","county":"siming"}"#).expect("write");
    let out = srdi(&[dir.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("county: CountyNotInCity"));
}

/// `--steady-span`: 2026-12-01 lies between the day after 永政办规〔2024〕1号 and the 三明 draft
/// end (2025-12-31) and the day after 闽工信规〔2023〕11号 and 厦府办规〔2024〕11号 end
/// (2026-12-31); after that no document gives an end.
#[test]
fn steady_span_as_json() {
    let out = srdi(&["--steady-span", "--date", "2026-12-01"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let span: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    // 2026-10-02: 90 days before they end, the notice at the top of a result starts.
    assert_eq!(span["from"], "2026-10-02");
    assert_eq!(span["until"], "2027-01-01");
    let out = srdi(&["--steady-span", "--date", "2027-03-01"]);
    let span: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(span["from"], "2027-01-01");
    assert!(span["until"].is_null());
    // It takes no profile.
    assert!(!srdi(&["--steady-span", "p.json"]).status.success());
}
