//! The reader of a file brought back (issue 17, item 12): `profile::read_document` is the one
//! reader of the page's import and the CLI's input, so the same file gives the same answers in
//! both. An export is read from its `profile` (never its `share` text), a bare profile such as
//! examples/*.json is read as it is, `{"share": ""}` is refused by name (it used to wipe every
//! answer), and a document of another catalogue version says so.

use srdi_engine::export::Export;
use srdi_engine::profile::{read, read_document, Tree};
use srdi_engine::{evaluate, Date, Problem, Profile, CATALOGUE_VERSION};

fn tree(json: &str) -> Tree {
    serde_json::from_str(json).unwrap()
}

fn example(name: &str) -> String {
    std::fs::read_to_string(format!("{}/../examples/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn exported(profile: &Profile) -> String {
    let made = Date::ymd(2026, 12, 1);
    let report = evaluate(profile, made);
    Export::new(profile, &report, made).to_json().unwrap()
}

#[test]
fn an_export_reads_back_to_its_profile_and_version() {
    let profile = read(&tree(&example("yongchun-little-giant.json"))).unwrap();
    let imported = read_document(&tree(&exported(&profile))).unwrap();
    assert_eq!(imported.profile, profile);
    assert_eq!(
        imported.catalogue_version.as_deref(),
        Some(CATALOGUE_VERSION)
    );
    assert_eq!(imported.other_version(), None);
}

#[test]
fn a_bare_example_profile_is_read_as_it_is() {
    for name in [
        "yongchun-little-giant.json",
        "full-profile.json",
        "xiamen-siming-little-giant.json",
    ] {
        let text = example(name);
        let imported = read_document(&tree(&text)).unwrap();
        assert_eq!(imported.profile, read(&tree(&text)).unwrap(), "{name}");
        assert_eq!(imported.catalogue_version, None, "{name}");
    }
}

/// A hand-edited export: its profile says 永春县, its share text (left as exported) says
/// nothing of a county. The profile is what is read, by the page and the CLI alike.
#[test]
fn a_hand_edited_export_is_read_from_its_profile_not_its_share_text() {
    let mut json: serde_json::Value = serde_json::from_str(&exported(&Profile {
        city: Some("quanzhou".into()),
        ..Profile::default()
    }))
    .unwrap();
    json["profile"]["county"] = "yongchun".into();
    let imported = read_document(&tree(&json.to_string())).unwrap();
    assert_eq!(imported.profile.county.as_deref(), Some("yongchun"));
    assert!(json["share"].as_str().unwrap().contains("c=quanzhou"));
    assert!(!json["share"].as_str().unwrap().contains("yongchun"));
}

#[test]
fn a_share_field_alone_is_refused_by_name_not_read_as_no_answers() {
    let errors = read_document(&tree(r#"{"share":""}"#)).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, "share");
    assert_eq!(errors[0].problem, Problem::UnknownField);
}

#[test]
fn a_broken_profile_in_an_export_names_its_fields_under_profile() {
    let errors = read_document(&tree(
        r#"{"catalogue_version":"x","profile":{"city":"quanzhou","tier":"giant","amounts":{"rd_spend":"-1"}}}"#,
    ))
    .unwrap_err();
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert!(fields.contains(&"profile.tier"), "{fields:?}");
    assert!(
        fields.iter().all(|f| f.starts_with("profile.")),
        "{fields:?}"
    );
    // Not JSON objects at all: refused, never an empty profile.
    assert!(read_document(&tree("[]")).is_err());
    assert!(read_document(&tree("\"v1;c=quanzhou\"")).is_err());
}

#[test]
fn an_export_of_another_catalogue_version_says_which() {
    let mut json: serde_json::Value = serde_json::from_str(&exported(&Profile::default())).unwrap();
    json["catalogue_version"] = "2025-01".into();
    let imported = read_document(&tree(&json.to_string())).unwrap();
    assert_eq!(imported.other_version(), Some("2025-01"));
}
