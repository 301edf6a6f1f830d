//! The reader of a file brought back (issue 17, item 12): `profile::read_document` is the one
//! reader of the page's import and the CLI's input, so the same file gives the same answers in
//! both. An export is read from its `profile` (never its `share` text), a bare profile such as
//! examples/*.json is read as it is, `{"share": ""}` is refused by name (it used to wipe every
//! answer), and a document of another catalogue version says so.

use srdi_engine::export::Export;
use srdi_engine::profile::{read, read_document, Tree};
use srdi_engine::{evaluate, Date, Decimal, Problem, Profile, CATALOGUE_VERSION};

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

/// Every example and an export of each: the reader (plain decimals, `money::parse_plain_decimal`,
/// as the page reads every number) gives exactly the profile serde's derive gives through
/// rust_decimal's own parser (`Decimal::from_str`), which the CLI read with before: the page
/// and the CLI read the same values, and the CLI reads what it read before.
#[test]
fn the_reader_reads_every_example_and_export_as_rust_decimal_does() {
    let dir = format!("{}/../examples", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    assert!(names.len() >= 5, "{names:?}");
    for name in names {
        let text = example(&name);
        let by_serde: Profile = serde_json::from_str(&text).unwrap();
        let read = read_document(&tree(&text)).unwrap().profile;
        assert_eq!(read, by_serde, "{name}");
        // Decimals keep the scale they were written with (1200000.50 stays two places).
        for (q, v) in &read.amounts {
            assert_eq!(
                Some(v.scale()),
                by_serde.amounts.get(q).map(|d| d.scale()),
                "{name} {q:?}"
            );
        }
        let export = exported(&read);
        let doc: serde_json::Value = serde_json::from_str(&export).unwrap();
        let by_serde: Profile = serde_json::from_value(doc["profile"].clone()).unwrap();
        assert_eq!(
            read_document(&tree(&export)).unwrap().profile,
            by_serde,
            "{name}"
        );
    }
}

/// Decimals as the engine writes them (`Decimal`'s Display, which the export and the CLI
/// print), over every scale the type holds: the plain reader gives back the same value and
/// scale as `Decimal::from_str`.
#[test]
fn plain_decimals_read_as_rust_decimal_reads_them() {
    use srdi_engine::money::parse_plain_decimal;
    use std::str::FromStr;
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for i in 0..20_000u32 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let hi = (x >> 32) as u32;
        // Every width from 96 bits down to a few, so short and long numbers alike.
        let mantissa = (i128::from(x) << 32 | i128::from(hi)) >> (i % 93);
        let mantissa = if i % 3 == 0 { -mantissa } else { mantissa };
        let d = Decimal::from_i128_with_scale(mantissa, i % 29);
        let text = d.to_string();
        let plain = parse_plain_decimal(&text);
        assert_eq!(plain, Decimal::from_str(&text).ok(), "{text}");
        assert_eq!(plain.map(|p| p.scale()), Some(d.scale()), "{text}");
    }
}

/// What `Decimal::from_str` reads but no input of this engine writes or takes when typed
/// (exponents, a plus sign, a bare point, underscores, more decimals than `Decimal` holds) is
/// refused by name in a file, in the CLI and the page alike, as the share link and the form's
/// fields refuse it: one way of writing a number everywhere, and never a value rounded away
/// behind the user's back ("0.000…0001", 29 places, was read as 0).
#[test]
fn numbers_in_other_notations_are_refused_by_name() {
    let tiny = format!("0.{}1", "0".repeat(28));
    for text in [
        "1e5",
        "0.1e1",
        "1E5",
        "1.5e-3",
        "+5",
        ".5",
        "5.",
        "1_000",
        tiny.as_str(),
    ] {
        let doc = format!(
            r#"{{"lpr_override":"{text}","amounts":{{"rd_spend":"{text}"}},"loans":[{{"purpose":"working_capital","principal":"{text}","annual_rate":"{text}","term_months":12,"start":"2025-03-01"}}]}}"#
        );
        let errors = read_document(&tree(&doc)).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "lpr_override",
                "amounts.rd_spend",
                "loans[0].principal",
                "loans[0].annual_rate"
            ],
            "{text}"
        );
        for e in &errors {
            assert_eq!(
                e.problem,
                Problem::Unreadable {
                    found: srdi_engine::profile::Found::Text(text.to_string())
                },
                "{text}"
            );
        }
    }
}

/// A key given twice: the page reads a file through JavaScript's JSON.parse, which keeps the
/// last value; the CLI's tree does the same, so both read the same answers.
#[test]
fn a_key_given_twice_reads_its_last_value_as_in_the_page() {
    let imported = read_document(&tree(
        r#"{"tier":"no such tier","city":"quanzhou","tier":"provincial"}"#,
    ))
    .unwrap();
    assert_eq!(imported.profile.tier, Some(srdi_engine::Tier::Provincial));
    assert_eq!(
        tree(r#"{"a":1,"b":2,"a":3}"#),
        Tree::Map(vec![
            ("a".into(), Tree::Number("3".into())),
            ("b".into(), Tree::Number("2".into()))
        ])
    );
}

/// A loan's months as a JSON number in any notation JavaScript's JSON.parse reads as a whole
/// number (12, 12.0, 1.2e1) is that number in the CLI's tree too, as in the page; a fraction
/// is refused in both.
#[test]
fn whole_months_in_any_json_notation_read_as_in_the_page() {
    let loan = |months: &str| {
        format!(
            r#"{{"loans":[{{"purpose":"working_capital","principal":"5000000","annual_rate":"0.035","term_months":{months},"start":"2025-03-01"}}]}}"#
        )
    };
    for months in ["12", "12.0", "1.2e1", "120e-1"] {
        let p = read_document(&tree(&loan(months))).unwrap().profile;
        assert_eq!(p.loans[0].term_months, 12, "{months}");
    }
    let errors = read_document(&tree(&loan("12.5"))).unwrap_err();
    assert_eq!(errors[0].field, "loans[0].term_months");
}
