//! The client's handout (issue 19, item 3): the exports carry the client's name, every answer,
//! the three dates, the catalogue version and the share link; file names carry the client's
//! name and the day; the clients file holds every client's name and answers.

mod common;

use common::{date, profile, run};
use serde_json::Value;
use srdi_engine::describe::Lang;
use srdi_engine::export::{answers, csv, file_name, ClientsDoc, Export, Handout};
use srdi_engine::{share, Decimal, Loan, LoanPurpose, ParkResidency, Quantity, Tier};

/// A 永春 provincial SRDI firm first recognised on 2024-03-01, in the park, with a rent and a
/// working-capital loan, evaluated on 2025-06-01.
fn firm() -> srdi_engine::Profile {
    let mut p = profile("quanzhou", Some("yongchun"));
    p.tier = Some(Tier::Provincial);
    p.recognitions.insert(Tier::Provincial, date("2024-03-01"));
    p.park = ParkResidency::SrdiPark;
    p.amounts
        .insert(Quantity::ParkRentPerYear, Decimal::from(2_400_000));
    p.loans.push(Loan {
        purpose: LoanPurpose::WorkingCapital,
        principal: Decimal::from(5_000_000),
        annual_rate: "0.035".parse().unwrap(),
        term_months: 12,
        start: date("2025-01-10"),
        other_provincial_discount: false,
    });
    p.evaluation_date = Some(date("2025-06-01"));
    p
}

const LINK: &str = "https://example.org/#v1;c=quanzhou";

/// Every answer in words, in the order the print and the CSV show them.
#[test]
fn answers_are_every_answer_in_words() {
    let p = firm();
    let rows = answers(&p, date("2025-06-01"), Lang::Zh);
    let rows: Vec<(&str, &str)> = rows.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        rows,
        [
            ("所在地", "泉州市 永春县"),
            ("目前的最高层级", "省级专精特新中小企业"),
            ("首次认定为省级专精特新中小企业的日期", "2024-03-01"),
            ("入驻专精特新（示范）园区", "是"),
            (
                srdi_engine::describe::quantity(Quantity::ParkRentPerYear, Lang::Zh),
                "2,400,000 元"
            ),
            (
                "贷款 1",
                "流动资金贷款 · 5,000,000 元 · 3.5% · 12 个月 · 2025-01-10"
            ),
            ("评估日（测算日期）", "2025-06-01"),
        ]
    );
    let en = answers(&p, date("2025-06-01"), Lang::En);
    assert_eq!(en[0], ("Location".into(), "Quanzhou Yongchun".into()));
    // A label starts with a capital in English.
    let rent = srdi_engine::describe::quantity(Quantity::ParkRentPerYear, Lang::En);
    assert!(rent.starts_with(|c: char| c.is_lowercase()), "{rent}");
    assert!(
        en[4].0.starts_with(|c: char| c.is_uppercase()),
        "{:?}",
        en[4]
    );
    assert_eq!(en[4].0.to_lowercase(), rent.to_lowercase());
    assert_eq!(
        en[5].1,
        "working-capital loan · 5,000,000 yuan · 3.5% · 12 months · 2025-01-10"
    );
    // An LPR of the user's own (a link can carry one): 3.1 %.
    let mut own = p.clone();
    own.lpr_override = Some("0.031".parse().unwrap());
    let rows = answers(&own, date("2025-06-01"), Lang::Zh);
    assert_eq!(
        rows[rows.len() - 2],
        ("一年期 LPR（自定）".into(), "3.1%".into())
    );
    // Nothing answered: a dash for the place and the tier, the park "no".
    let empty = answers(&Default::default(), date("2025-06-01"), Lang::Zh);
    assert_eq!(empty[0].1, "—");
    assert_eq!(empty[1].1, "—");
    assert_eq!(empty[2], ("入驻专精特新（示范）园区".into(), "否".into()));
}

/// The CSV handout: the client, the dates with the catalogue version, the share link, then every
/// answer; the result rows above are the same as without a handout.
#[test]
fn csv_handout_carries_client_link_and_answers() {
    let p = firm();
    let r = run(&p, "2025-06-01");
    let made = date("2026-12-01");
    let plain = csv(&r, &p, made, Lang::Zh, &Handout::default());
    let handout = Handout {
        client: "永春某公司",
        link: LINK,
    };
    let text = csv(&r, &p, made, Lang::Zh, &handout);
    // 永政办规〔2024〕1号 四、（一）: a first provincial recognition, 100,000 元, in the rows of
    // both files.
    for t in [&plain, &text] {
        assert!(t.contains("\"首次认定省级专精特新中小企业叠加奖励\",\"100000\""));
    }
    let rows: Vec<&str> = text.split("\r\n").collect();
    let at = |cells: &str| {
        rows.iter()
            .position(|r| *r == cells)
            .unwrap_or_else(|| panic!("no row {cells} in\n{text}"))
    };
    let client = at("\"客户\",\"永春某公司\"");
    assert_eq!(rows[client - 1], "", "an empty row before the dates block");
    assert_eq!(
        rows[client + 1],
        format!("\"规则核对日\",\"{}\"", srdi_engine::RULES_REVIEWED)
    );
    assert_eq!(rows[client + 2], "\"评估日\",\"2025-06-01\"");
    assert_eq!(rows[client + 3], "\"生成日\",\"2026-12-01\"");
    assert_eq!(
        rows[client + 4],
        format!("\"目录版本\",\"{}\"", srdi_engine::CATALOGUE_VERSION)
    );
    assert_eq!(rows[client + 5], format!("\"分享链接\",\"{LINK}\""));
    let answers_at = at("\"企业填写的信息\"");
    assert!(answers_at > client + 5);
    assert_eq!(rows[answers_at + 1], "\"所在地\",\"泉州市 永春县\"");
    at("\"贷款 1\",\"流动资金贷款 · 5,000,000 元 · 3.5% · 12 个月 · 2025-01-10\"");
    at("\"评估日（测算日期）\",\"2025-06-01\"");
    // Without a handout: no client, no link, the answers all the same.
    assert!(!plain.contains("\"客户\""));
    assert!(!plain.contains("分享链接"));
    assert!(plain.contains("\"贷款 1\",\"流动资金贷款"));
    // In English.
    let en = csv(&r, &p, made, Lang::En, &handout);
    assert!(en.contains("\r\n\"Client\",\"永春某公司\"\r\n"));
    assert!(en.contains(&format!("\r\n\"Share link\",\"{LINK}\"\r\n")));
    assert!(en.contains("\r\n\"Answers\"\r\n\"Location\",\"Quanzhou Yongchun\"\r\n"));
}

/// The JSON document names the client and carries the link beside the profile; the command line
/// (no handout) writes null for both.
#[test]
fn json_handout_carries_client_and_link() {
    let p = firm();
    let r = run(&p, "2025-06-01");
    let mut doc = Export::new(&p, &r, date("2026-12-01"));
    let cli: Value = serde_json::from_str(&doc.to_json().unwrap()).unwrap();
    assert_eq!(cli["client"], Value::Null);
    assert_eq!(cli["link"], Value::Null);
    doc.client = Some("永春某公司");
    doc.link = Some(LINK.into());
    let text = doc.to_json().unwrap();
    assert_eq!(text, serde_json::to_string_pretty(&doc).unwrap());
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["client"], "永春某公司");
    assert_eq!(v["link"], LINK);
    assert_eq!(v["profile"]["loans"][0]["principal"], "5000000");
    assert_eq!(
        v["report"]["totals"]["county"]["exact"],
        cli["report"]["totals"]["county"]["exact"]
    );
}

/// File names: the client's name made safe, then the day.
#[test]
fn file_names_carry_the_client_and_the_day() {
    let day = date("2026-12-01");
    assert_eq!(
        file_name("永春某公司", day, "csv", Lang::Zh),
        "专精特新测算_永春某公司_2026-12-01.csv"
    );
    assert_eq!(
        file_name("Acme Ltd.", day, "json", Lang::En),
        "SRDI-estimate_Acme_Ltd_2026-12-01.json"
    );
    // Path separators, reserved characters, control characters and white space become `_`;
    // the ends are trimmed.
    assert_eq!(
        file_name("../a/b\\c:d*e?f\"g<h>i|j\tk\nl", day, "csv", Lang::Zh),
        "专精特新测算_a_b_c_d_e_f_g_h_i_j_k_l_2026-12-01.csv"
    );
    // Nothing left of the name: no empty part.
    assert_eq!(
        file_name(" .. ", day, "csv", Lang::Zh),
        "专精特新测算_2026-12-01.csv"
    );
    // Cut to 40 characters.
    let long = "甲".repeat(100);
    assert_eq!(
        file_name(&long, day, "csv", Lang::Zh),
        format!("专精特新测算_{}_2026-12-01.csv", "甲".repeat(40))
    );
}

/// The clients file: every client's name, answers as share text and as a profile; each share
/// reads back as the same profile, and the JSON is what serde_json writes.
#[test]
fn clients_file_round_trips_each_client() {
    let a = firm();
    let mut b = a.clone();
    b.tier = Some(Tier::LittleGiant);
    b.recognitions.insert(Tier::LittleGiant, date("2025-03-01"));
    let empty = srdi_engine::Profile::default();
    let doc = ClientsDoc::new(
        [
            ("永春某公司", &a),
            ("永春某公司（方案2）", &b),
            ("客户 3", &empty),
        ],
        date("2026-12-01"),
    );
    let text = doc.to_json().unwrap();
    assert_eq!(text, serde_json::to_string_pretty(&doc).unwrap());
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], "srdi-clients");
    assert_eq!(v["made"], "2026-12-01");
    let clients = v["clients"].as_array().unwrap();
    assert_eq!(clients.len(), 3);
    for (c, (name, p)) in clients.iter().zip([
        ("永春某公司", &a),
        ("永春某公司（方案2）", &b),
        ("客户 3", &empty),
    ]) {
        assert_eq!(c["name"], name);
        let (back, bad) = share::decode(c["share"].as_str().unwrap());
        assert!(bad.is_empty(), "{bad:?}");
        assert_eq!(&back, p);
        let profile: srdi_engine::Profile = serde_json::from_value(c["profile"].clone()).unwrap();
        assert_eq!(&profile, p);
    }
}
