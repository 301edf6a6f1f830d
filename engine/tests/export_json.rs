//! The exported document: written by the engine's own JSON writer (`json.rs`, used by the page
//! and the CLI), it is exactly what serde_json writes for it, for the example profiles and for
//! a profile with every kind of line, exclusion and calculation; it carries each line's
//! standing, event date and its source, its text's window and the days left to claim it, the
//! totals of each standing apart, the notices and the three dates (issue 15); and so does the
//! CSV. docs/report.md names every field it holds.
//!
//! The 永春 firm's expected values were worked out by hand from the texts by an independent
//! reader (docs/readings/time-model.md, A1 and A2), not from the program's output.

use rust_decimal::Decimal;
use serde_json::Value;
use srdi_engine::describe::Lang;
use srdi_engine::export::{csv, Export};
use srdi_engine::{evaluate, Date, EventSource, Notice, Profile, Standing};

fn profile(path: &str) -> Profile {
    let text =
        std::fs::read_to_string(format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// A decimal written as a JSON string ("1210000.00"), as a number to compare.
fn dec(v: &Value) -> Decimal {
    d(v.as_str()
        .unwrap_or_else(|| panic!("not a decimal string: {v}")))
}

const EXAMPLES: [&str; 3] = [
    "examples/yongchun-little-giant.json",
    "examples/full-profile.json",
    "examples/yongchun-little-giant-2026.json",
];

/// The day the documents below are made: after the evaluation date, as an export made later.
const MADE: Date = Date::ymd(2026, 12, 3);

#[test]
fn the_exported_document_is_what_serde_json_writes() {
    for path in EXAMPLES {
        let mut p = profile(path);
        // The profile's own evaluation date, and days on which texts have ended.
        let own = p.evaluation_date;
        for on in [
            own,
            Some(Date::ymd(2025, 6, 1)),
            Some(Date::ymd(2027, 1, 1)),
        ] {
            p.evaluation_date = on;
            let report = evaluate(&p, Date::ymd(2025, 6, 1));
            let doc = Export::new(&p, &report, MADE);
            let ours = doc.to_json().unwrap();
            assert_eq!(
                ours,
                serde_json::to_string_pretty(&doc).unwrap(),
                "{path} on {on:?}"
            );
            // And it reads back as the same JSON value.
            let back: Value = serde_json::from_str(&ours).unwrap();
            assert_eq!(back, serde_json::to_value(&doc).unwrap());
        }
    }
    // The empty profile: no place, no lines, everything empty.
    let empty = Profile::default();
    let report = evaluate(&empty, Date::ymd(2025, 6, 1));
    let doc = Export::new(&empty, &report, MADE);
    assert_eq!(
        doc.to_json().unwrap(),
        serde_json::to_string_pretty(&doc).unwrap()
    );
}

/// The 永春 firm of issue 15 (examples/yongchun-little-giant-2026.json) as exported on
/// 2026-12-03, evaluated on 2026-12-01.
fn yongchun_2026() -> Value {
    let p = profile("examples/yongchun-little-giant-2026.json");
    assert!(p.validate().is_empty());
    let report = evaluate(&p, Date::ymd(2020, 1, 1));
    serde_json::from_str(&Export::new(&p, &report, MADE).to_json().unwrap()).unwrap()
}

fn line<'a>(doc: &'a Value, entry: &str) -> &'a Value {
    doc["report"]["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["entry"] == entry)
        .unwrap_or_else(|| panic!("no line {entry}"))
}

/// 永政办规〔2024〕1号 ("本方案自 2024年 1月 23日起施行，有效期至 2025年 12月31日止。"):
/// 四、（一） "对首次认定的国家专精特新“小巨人”企业、省级专精特新中小企业，……分别给予每家一次性
/// 50 万元、10 万元的叠加奖励" → 500,000 (first 小巨人 2025-06-10) and 100,000 (first 省级
/// 2024-03-01); 四、（二）2 "由县财政给予 20%的补贴，补贴期限最长不超过 1年，单家企业不超过
/// 50万元" → 2,400,000 × 20% = 480,000 (rent period from 2025-01-01); 四、（二）3 "对企业入驻园区后
/// 第一年产生的用电费用，用电量达到 200 万千瓦时以上的，……每千瓦时 0.05元" → 2,600,000 × 0.05 =
/// 130,000 (moved in 2025-01-01). All four inside the window, and the text ended on
/// 2025-12-31: on 2026-12-01 earned under an ended text, 1,210,000 apart.
/// 闽工信规〔2023〕11号 二、（七） "当年新发放流动资金贷款予以年化 1% 的贴息补助，单家企业最高贴息
/// 金额不超过 20 万元" and "本行动计划有效期至2026年12月31日。" → 5,000,000 × 1% × 12/12 = 50,000,
/// drawn 2026-03-01: claimable, 30 days left.
#[test]
fn yongchun_firm_on_2026_12_01_exports_what_it_earned_and_what_it_can_claim() {
    let doc = yongchun_2026();
    // The three dates and the catalogue's version.
    assert_eq!(
        doc["rules_reviewed"],
        srdi_engine::RULES_REVIEWED.to_string()
    );
    assert_eq!(doc["evaluation_date"], "2026-12-01");
    assert_eq!(doc["report"]["evaluation_date"], "2026-12-01");
    assert_eq!(doc["made"], "2026-12-03");
    assert_eq!(doc["catalogue_version"], srdi_engine::CATALOGUE_VERSION);
    // The share text carries the stamp: made, and the rules' review date.
    let share = doc["share"].as_str().unwrap();
    assert!(share.contains(";m=2026-12-03;"), "{share}");
    assert!(share.ends_with(&format!(";rv={}", srdi_engine::RULES_REVIEWED)));

    for (entry, amount, event) in [
        ("yc-first-little-giant", "500000", "2025-06-10"),
        ("yc-first-provincial", "100000", "2024-03-01"),
        ("yc-park-rent", "480000", "2025-01-01"),
        ("yc-park-electricity", "130000", "2025-01-01"),
    ] {
        let l = line(&doc, entry);
        assert_eq!(dec(&l["amount"]), d(amount), "{entry}");
        assert_eq!(l["standing"], "earned_text_ended", "{entry}");
        assert_eq!(l["event"], event, "{entry}");
        assert_eq!(l["event_source"], "own", "{entry}");
        assert_eq!(l["window"]["from"], "2024-01-23", "{entry}");
        assert_eq!(l["window"]["to"], "2025-12-31", "{entry}");
        assert!(l["days_left"].is_null(), "{entry}");
        assert_eq!(l["counted"], false, "{entry}");
    }
    let loan = line(&doc, "fj-working-capital-discount");
    assert_eq!(dec(&loan["amount"]), d("50000"));
    assert_eq!(loan["standing"], "claimable");
    assert_eq!(loan["event"], "2026-03-01");
    assert_eq!(loan["event_source"], "own");
    assert_eq!(loan["window"]["to"], "2026-12-31");
    assert_eq!(loan["days_left"], 30);
    assert_eq!(loan["counted"], true);

    // The totals of each standing, by level.
    let r = &doc["report"];
    assert_eq!(dec(&r["ended"]["all"]["exact"]), d("1210000"));
    assert_eq!(dec(&r["ended"]["county"]["exact"]), d("1210000"));
    assert_eq!(dec(&r["ended"]["province"]["exact"]), d("0"));
    assert_eq!(dec(&r["ended"]["all"]["up_to"]), d("0"));
    assert_eq!(dec(&r["totals"]["all"]["exact"]), d("50000"));
    assert_eq!(dec(&r["totals"]["province"]["exact"]), d("50000"));
    assert_eq!(dec(&r["totals"]["county"]["exact"]), d("0"));
    assert_eq!(dec(&r["planned"]["all"]["exact"]), d("0"));
    assert_eq!(r["planned"]["all"]["unquantified"], 0);

    // The notices: 永春's text has ended, 福建's ends within 90 days.
    let notices = doc["notices"].as_array().unwrap();
    assert!(notices.iter().any(|n| n["kind"] == "ended"
        && n["number"] == "永政办规〔2024〕1号"
        && n["end"] == "2025-12-31"));
    assert!(notices.iter().any(|n| n["kind"] == "ends_soon"
        && n["number"] == "闽工信规〔2023〕11号"
        && n["end"] == "2026-12-31"));

    // The checklist: only the loan discount can be claimed now (省工信厅 leads it); the four
    // county lines are listed apart, to confirm with 县工信商务局.
    let entries = |list: &Value| -> Vec<String> {
        list.as_array()
            .unwrap()
            .iter()
            .flat_map(|g| g["items"].as_array().unwrap().iter())
            .map(|i| i["entry"].as_str().unwrap().to_string())
            .collect()
    };
    let claim = entries(&doc["checklist"]);
    assert!(claim.contains(&"fj-working-capital-discount".to_string()));
    assert!(!claim.iter().any(|e| e.starts_with("yc-")), "{claim:?}");
    let confirm = &doc["to_confirm"];
    let mut ids = entries(confirm);
    ids.sort();
    assert_eq!(
        ids,
        [
            "yc-first-little-giant",
            "yc-first-provincial",
            "yc-park-electricity",
            "yc-park-rent"
        ]
    );
    assert_eq!(confirm[0]["department"], "县工信商务局");
    assert_eq!(confirm[0]["level"], "county");
    assert_eq!(confirm[0]["items"][0]["standing"], "earned_text_ended");
    assert_eq!(confirm[0]["items"][0]["window"]["to"], "2025-12-31");
}

/// The same firm on 2025-12-01 (docs/readings/time-model.md, A2): every 永春 line claimable,
/// 30 days before its text ends, 1,210,000 in all; the loan drawn 2026-03-01 is planned
/// (50,000), with no days left counted.
#[test]
fn yongchun_firm_on_2025_12_01_exports_claimable_and_planned() {
    let mut p = profile("examples/yongchun-little-giant-2026.json");
    p.evaluation_date = Some(Date::ymd(2025, 12, 1));
    let report = evaluate(&p, Date::ymd(2020, 1, 1));
    let doc: Value =
        serde_json::from_str(&Export::new(&p, &report, MADE).to_json().unwrap()).unwrap();
    assert_eq!(doc["evaluation_date"], "2025-12-01");
    for entry in [
        "yc-first-little-giant",
        "yc-first-provincial",
        "yc-park-rent",
        "yc-park-electricity",
    ] {
        assert_eq!(line(&doc, entry)["standing"], "claimable", "{entry}");
        assert_eq!(line(&doc, entry)["days_left"], 30, "{entry}");
    }
    let loan = line(&doc, "fj-working-capital-discount");
    assert_eq!(loan["standing"], "planned");
    assert!(loan["days_left"].is_null());
    assert_eq!(dec(&doc["report"]["totals"]["all"]["exact"]), d("1210000"));
    assert_eq!(dec(&doc["report"]["planned"]["all"]["exact"]), d("50000"));
    assert_eq!(dec(&doc["report"]["ended"]["all"]["exact"]), d("0"));
    // Nothing earned under an ended text: nothing to confirm.
    assert_eq!(doc["to_confirm"], serde_json::json!([]));
}

/// 泉州's plan has no validity clause: its lines carry a window whose `to` is null (the text
/// sets no end; `from` is the page's publication date 2025-08-14), and so no days left.
#[test]
fn a_text_without_an_end_exports_a_null_end() {
    let doc = yongchun_2026();
    let quanzhou: Vec<&Value> = doc["report"]["lines"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["payer"] == "city")
        .collect();
    assert!(!quanzhou.is_empty());
    for l in quanzhou {
        assert_eq!(l["window"]["from"], "2025-08-14", "{l}");
        assert!(l["window"]["to"].is_null(), "{l}");
        assert_eq!(l["standing"], "claimable", "{l}");
        assert!(l["days_left"].is_null(), "{l}");
        // No event of its own: the evaluation date decides.
        assert_eq!(l["event_source"], "evaluation_date", "{l}");
        assert_eq!(l["event"], "2026-12-01", "{l}");
    }
}

/// The CSV of the same firm: each row says its standing in words, the days left, the event
/// date and its source, and its text's window; the earned rows come after the claimable ones;
/// the totals of each standing by level, the three dates and the notices close the file.
#[test]
fn yongchun_firm_csv_carries_standing_dates_and_totals() {
    let p = profile("examples/yongchun-little-giant-2026.json");
    let report = evaluate(&p, Date::ymd(2020, 1, 1));
    let zh = csv(&report, &p, MADE, Lang::Zh, &Default::default());
    let rows: Vec<&str> = zh.split("\r\n").collect();
    assert!(
        rows[0].starts_with(
            "\u{feff}\"层级\",\"项目\",\"金额（元）\",\"类型\",\"申领状态\",\"剩余天数\",\"事项日期\",\"日期来源\",\"文件有效期起\",\"文件有效期止\",\"状态说明\""
        ),
        "{}",
        rows[0]
    );
    let row = |title: &str| -> Vec<String> {
        let r = rows
            .iter()
            .find(|r| r.contains(&format!(",\"{title}\",")))
            .unwrap_or_else(|| panic!("no row {title}"));
        r.trim_matches('"')
            .split("\",\"")
            .map(String::from)
            .collect()
    };
    // 四、（一）: 500,000, first 小巨人 2025-06-10, earned under the text that ended 2025-12-31.
    let award = row("首次认定国家专精特新“小巨人”企业叠加奖励");
    assert_eq!(
        award[2..10],
        [
            "500000",
            "确定金额",
            "已享有·文件已到期",
            "",
            "2025-06-10",
            "企业所填日期",
            "2024-01-23",
            "2025-12-31"
        ]
    );
    assert!(award[10].contains("2025-12-31 到期"), "{}", award[10]);
    assert!(
        award[10].contains("县工信商务局、财政局确认"),
        "{}",
        award[10]
    );
    assert_eq!(award[11], "否");
    let rent = row("园区产业用房租金补贴");
    assert_eq!(d(&rent[2]), d("480000"));
    assert_eq!(rent[6], "2025-01-01");
    // 二、（七）: 50,000, claimable, 30 days left (闽工信规〔2023〕11号 ends 2026-12-31).
    let loan = row("专精特新中小企业专项资金贷款贴息（年化1%）");
    assert_eq!(d(&loan[2]), d("50000"));
    assert_eq!(loan[4..8], ["可申领", "30", "2026-03-01", "企业所填日期"]);
    assert_eq!(loan[9], "2026-12-31");
    assert!(loan[10].contains("还剩 30 天"), "{}", loan[10]);
    assert_eq!(loan[11], "是");
    // Claimable rows come before the earned ones.
    let at = |needle: &str| rows.iter().position(|r| r.contains(needle)).unwrap();
    assert!(
        at("专精特新中小企业专项资金贷款贴息") < at("首次认定国家专精特新“小巨人”企业叠加奖励")
    );
    // The totals of each standing by level: 1,210,000 earned in the county, 50,000 claimable
    // from the province.
    let total = |standing: &str, level: &str| -> Decimal {
        let prefix = format!("\"{standing}\",\"{level}\",\"");
        let r = rows
            .iter()
            .find(|r| r.starts_with(&prefix))
            .unwrap_or_else(|| panic!("no total {standing} {level}"));
        d(r[prefix.len()..].split('"').next().unwrap())
    };
    let ended = "已享有·文件已到期（请向责任单位确认）";
    assert_eq!(total(ended, "县（区）级"), d("1210000"));
    assert_eq!(total(ended, "各级合计"), d("1210000"));
    assert_eq!(total("现可申领", "省级"), d("50000"));
    assert_eq!(total("现可申领", "各级合计"), d("50000"));
    assert_eq!(total("现可申领", "县（区）级"), d("0"));
    assert_eq!(total("计划中", "各级合计"), d("0"));
    // The three dates and the catalogue's version.
    assert!(rows.contains(&format!("\"规则核对日\",\"{}\"", srdi_engine::RULES_REVIEWED).as_str()));
    assert!(rows.contains(&"\"评估日\",\"2026-12-01\""));
    assert!(rows.contains(&"\"生成日\",\"2026-12-03\""));
    assert!(rows.contains(&format!("\"目录版本\",\"{}\"", srdi_engine::CATALOGUE_VERSION).as_str()));
    // The notices.
    assert!(
        rows.iter()
            .any(|r| r.starts_with("\"提示\",\"永政办规〔2024〕1号 已于 2025-12-31 到期")),
        "{zh}"
    );
    assert!(
        rows.iter().any(|r| r
            .starts_with("\"提示\",\"闽工信规〔2023〕11号 将于 2026-12-31 到期，请在此之前申报")),
        "{zh}"
    );

    // In English: the same columns, in English words.
    let en = csv(&report, &p, MADE, Lang::En, &Default::default());
    assert!(en.contains("\"Standing\",\"Days left\",\"Event date\",\"Date source\",\"Text valid from\",\"Text valid to\""));
    assert!(en.contains("\"earned, text ended\",\"\",\"2025-06-10\",\"the firm's own date\",\"2024-01-23\",\"2025-12-31\""));
    assert!(en.contains("\"claimable\",\"30\",\"2026-03-01\""));
    assert!(en.contains(
        "\"earned under ended texts (confirm with the departments)\",\"all levels\",\"1210000"
    ));
    assert!(en.contains("\"Made\",\"2026-12-03\""));
}

/// An event outside its text's window is excluded, and the CSV shows its date beside the
/// window's: 永政办规〔2024〕1号 "本方案自 2024年 1月 23日起施行": a first 省级 recognition on
/// 2024-01-22 is one day early (docs/readings/time-model.md, C1).
#[test]
fn csv_shows_an_event_outside_the_window_with_both_dates() {
    let mut p = profile("examples/yongchun-little-giant-2026.json");
    p.recognitions
        .insert(srdi_engine::Tier::Provincial, Date::ymd(2024, 1, 22));
    let report = evaluate(&p, Date::ymd(2020, 1, 1));
    let zh = csv(&report, &p, MADE, Lang::Zh, &Default::default());
    let row = zh
        .split("\r\n")
        .find(|r| r.contains("\"首次认定省级专精特新中小企业叠加奖励\""))
        .expect("row");
    assert!(
        row.contains("\"事项不在有效期内\",\"\",\"2024-01-22\",\"企业所填日期\",\"2024-01-23\",\"2025-12-31\""),
        "{row}"
    );
    assert!(
        row.contains("事项日期 2024-01-22 不在文件有效期 2024-01-23 至 2025-12-31 内"),
        "{row}"
    );
}

/// docs/report.md names every field of the exported document (each key of the JSON of the
/// example profiles, on days before and after the texts end) and every value of the
/// enumerations a reader has to tell apart: standings, event sources, notice kinds.
#[test]
fn docs_report_names_every_field() {
    let doc = std::fs::read_to_string(format!("{}/../docs/report.md", env!("CARGO_MANIFEST_DIR")))
        .unwrap();
    fn keys(v: &Value, out: &mut std::collections::BTreeSet<String>, under_map: bool) {
        match v {
            Value::Object(m) => {
                for (k, v) in m {
                    // The keys of the profile's maps are names from the vocabulary (tiers,
                    // amounts, occasions), documented by reference, not one by one.
                    if !under_map {
                        out.insert(k.clone());
                    }
                    let map = matches!(k.as_str(), "recognitions" | "amounts" | "dates");
                    keys(v, out, map);
                }
            }
            Value::Array(a) => a.iter().for_each(|v| keys(v, out, false)),
            _ => {}
        }
    }
    let mut all = std::collections::BTreeSet::new();
    for path in EXAMPLES {
        let mut p = profile(path);
        for on in [
            None,
            Some(Date::ymd(2025, 12, 1)),
            Some(Date::ymd(2027, 1, 15)),
        ] {
            if on.is_some() {
                p.evaluation_date = on;
            }
            let report = evaluate(&p, Date::ymd(2025, 6, 1));
            let v: Value =
                serde_json::from_str(&Export::new(&p, &report, MADE).to_json().unwrap()).unwrap();
            keys(&v, &mut all, false);
        }
    }
    let missing: Vec<&String> = all
        .iter()
        .filter(|k| !doc.contains(&format!("`{k}`")))
        .collect();
    assert!(missing.is_empty(), "docs/report.md lacks {missing:?}");
    // The values of the enumerations, as the engine writes them.
    let mut values: Vec<Value> = [
        Standing::Claimable,
        Standing::EarnedTextEnded,
        Standing::Planned,
        Standing::Draft,
    ]
    .iter()
    .map(|s| serde_json::to_value(s).unwrap())
    .collect();
    values.extend(
        [
            EventSource::Own,
            EventSource::Assumed,
            EventSource::EvaluationDate,
        ]
        .iter()
        .map(|s| serde_json::to_value(s).unwrap()),
    );
    let end = Date::ymd(2026, 12, 31);
    values.extend(
        [
            Notice::EndsSoon {
                document: "",
                number: "",
                end,
            },
            Notice::Ended {
                document: "",
                number: "",
                end,
            },
            Notice::AllEnded { last_end: end },
        ]
        .iter()
        .map(|n| serde_json::to_value(n).unwrap()["kind"].clone()),
    );
    for v in values {
        let v = v.as_str().unwrap();
        assert!(doc.contains(&format!("`{v}`")), "docs/report.md lacks {v}");
    }
}
