//! The calculator's exports written by this module (it loads the module on its first export,
//! www/api.js): from the page's share text, the same files the page wrote itself before, for
//! every example profile, on days before, inside and after their texts' windows; a share text
//! that does not read whole is refused rather than exported short of an answer.
#![cfg(not(target_arch = "wasm32"))]

use srdi_engine::describe::Lang;
use srdi_engine::export::{csv, Export, Handout};
use srdi_engine::{evaluate, share, Date, Profile};
use srdi_js::{csv_of_share, json_of_share};

fn profile(name: &str) -> Profile {
    let path = format!("{}/../../examples/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

const EXAMPLES: [&str; 7] = [
    "full-profile.json",
    "fuzhou-provincial.json",
    "jinjiang-provincial.json",
    "sanming-yongan-provincial.json",
    "xiamen-siming-little-giant.json",
    "yongchun-little-giant-2026.json",
    "yongchun-little-giant.json",
];

const LINK: &str = "https://example.org/#v1;c=quanzhou";

#[test]
fn the_module_writes_what_the_page_wrote() {
    for name in EXAMPLES {
        let p = profile(name);
        let text = share::encode(&p);
        for made in [
            Date::ymd(2024, 6, 1),
            Date::ymd(2026, 12, 2),
            Date::ymd(2027, 3, 1),
        ] {
            let report = evaluate(&p, made);
            for (lang, code) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
                let handout = Handout {
                    client: "永春某公司",
                    link: LINK,
                };
                let page = csv(&report, &p, made, lang, &handout);
                let module =
                    csv_of_share(&text, &made.to_string(), code, "永春某公司", LINK).unwrap();
                assert_eq!(module, page, "{name} on {made} in {code}");
            }
            let mut doc = Export::new(&p, &report, made);
            doc.client = Some("永春某公司");
            doc.link = Some(LINK.into());
            let module = json_of_share(&text, &made.to_string(), "永春某公司", LINK).unwrap();
            assert_eq!(module, doc.to_json().unwrap(), "{name} on {made}");
        }
    }
}

#[test]
fn the_csv_carries_the_client_the_link_and_a_hand_worked_amount() {
    // 永政办规〔2024〕1号 四、（一）: "对首次认定的国家专精特新“小巨人”企业、省级专精特新中小
    // 企业，在省级奖励基础上，县财政分别给予每家一次性 50 万元、10 万元的叠加奖励" — a first 省级
    // recognition on 2024-03-01, evaluated on 2025-06-01: 100,000 元 from the county.
    let text = "v1;c=quanzhou;k=yongchun;t=provincial;r=provincial:2024-03-01;d=2025-06-01";
    let out = csv_of_share(text, "2026-12-02", "zh", "永春某公司", LINK).unwrap();
    assert!(out.contains("永春某公司"), "{out}");
    assert!(out.contains(LINK), "{out}");
    assert!(out.contains("100000") || out.contains("100,000"), "{out}");
}

#[test]
fn a_damaged_share_text_or_day_is_refused() {
    let damaged = "v1;c=quanzhou;k=yongchun;t=provincial;r=provincial:2024-02-30";
    assert!(csv_of_share(damaged, "2026-12-02", "zh", "", "").is_err());
    assert!(json_of_share(damaged, "2026-12-02", "", "").is_err());
    let good = "v1;c=quanzhou;k=yongchun";
    assert!(csv_of_share(good, "2026-13-01", "zh", "", "").is_err());
    assert!(csv_of_share(good, "2026-12-02", "zh", "", "").is_ok());
}

#[test]
fn the_clients_file_is_the_engines() {
    let made = Date::ymd(2026, 12, 2);
    let profiles: Vec<Profile> = EXAMPLES.iter().map(|n| profile(n)).collect();
    let names: Vec<String> = EXAMPLES.iter().map(|n| format!("客户 {n}")).collect();
    let shares: Vec<String> = profiles.iter().map(share::encode).collect();
    let doc =
        srdi_engine::export::ClientsDoc::new(names.iter().map(String::as_str).zip(&profiles), made);
    let module = srdi_js::clients_file_of_shares("2026-12-02", &names, &shares).unwrap();
    assert_eq!(module, doc.to_json().unwrap());
    let mut damaged = shares.clone();
    damaged[1].push_str(";zz=1");
    assert!(srdi_js::clients_file_of_shares("2026-12-02", &names, &damaged).is_err());
}

/// The import reads a file as the command line reads its input: the same answers for an
/// export (its `profile`, not its `share`) and for a bare profile; `{"share": ""}` and other
/// notations of numbers refused by name; another catalogue version said.
#[test]
fn the_import_reads_as_the_command_line() {
    for name in EXAMPLES {
        let p = profile(name);
        let bare = serde_json::to_string(&p).unwrap();
        let (share, version) = srdi_js::read_file(&bare, "zh").unwrap();
        assert_eq!(share::decode(&share).0, p, "{name}");
        assert_eq!(version, None);
        // An export whose share text was edited apart from its profile: the profile counts.
        let made = Date::ymd(2026, 12, 2);
        let report = evaluate(&p, made);
        let mut doc: serde_json::Value =
            serde_json::from_str(&Export::new(&p, &report, made).to_json().unwrap()).unwrap();
        doc["share"] = "v1;c=fuzhou".into();
        let (share, version) = srdi_js::read_file(&format!("\u{feff}{doc}"), "en").unwrap();
        assert_eq!(share::decode(&share).0, p, "{name} as an export");
        assert_eq!(version, None);
        doc["catalogue_version"] = "2025-01".into();
        let (_, version) = srdi_js::read_file(&doc.to_string(), "en").unwrap();
        assert_eq!(version.as_deref(), Some("2025-01"));
    }
    let refused = |text: &str, lang: &str| srdi_js::read_file(text, lang).unwrap_err();
    assert!(refused(r#"{"share": ""}"#, "zh").contains("share"));
    assert!(refused(
        r#"{"city": "quanzhou", "amounts": {"park_rent_per_year": "1e5"}}"#,
        "en"
    )
    .contains("park_rent_per_year"));
    assert_eq!(refused("not json", "zh"), "不是 JSON 文件");
    assert_eq!(refused("{", "en"), "it is not a JSON file");
}
