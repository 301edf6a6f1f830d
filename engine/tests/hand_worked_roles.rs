//! Hand-worked values for the clauses that pay someone other than the firm they serve: a
//! service institution in 永春's park, the operator of a national cluster in 厦门, a park
//! operator in 三明. Worked out from the source texts (catalogue/sources/), checked against an
//! independent reading (docs/readings/roles.md). A line for a role appears only when the user
//! answers in that role (a role fact), and the role's questions are asked only then.
mod common;
use common::*;
use srdi_engine::questions::relevant;
use srdi_engine::{Fact, Kind, Occasion, PayerLevel, Quantity, Reason, Standing, Tier};

/// 永政办规〔2024〕1号 四（二）4: "支持入驻园区的工业设计、技术研发、创业辅导、人力资源等公共服务
/// 机构为园区内企业提供优质服务，由县财政按不高于服务费用 3%给予公共服务机构奖励，单个服务机构
/// 奖励不超过 50万元。" — up to 3% of the fees, at most 500,000 元 per institution, paid by the
/// county. The text's window: "本方案自 2024年 1月 23日起施行，有效期至 2025年 12月31日止。"
#[test]
fn yongchun_service_institution_gets_up_to_three_percent_of_its_fees() {
    let mut p = profile("quanzhou", Some("yongchun"));
    p.facts.insert(Fact::ParkServiceInstitution);
    for (fees, award) in [
        ("10000000", "300000"),    // 3% × 10,000,000
        ("16000000", "480000"),    // 3% × 16,000,000
        ("16666700", "500000"),    // 3% × 16,666,700 = 500,001 → the 500,000 cap
        ("20000000", "500000"),    // 600,000 → the cap
        ("16666666", "499999.98"), // just below the cap
    ] {
        p.amounts.insert(Quantity::ServiceFees, d(fees));
        let r = run(&p, "2025-06-01");
        let l = line(&r, "yc-park-service-institution");
        assert_eq!(l.amount, Some(d(award)), "fees {fees}");
        assert_eq!((l.payer, l.kind), (PayerLevel::County, Kind::UpTo));
        assert_eq!(l.standing, Standing::Claimable);
    }
    // No tier is asked of the institution: it need not be an SRDI firm.
    assert_eq!(p.tier, None);
    // After the text's window (no event of its own: the evaluation date decides).
    let r = run(&p, "2026-01-01");
    assert!(!r
        .lines
        .iter()
        .any(|l| l.entry == "yc-park-service-institution" && l.standing == Standing::Claimable));
}

/// A firm that does not answer as an institution sees no line for it, not even an excluded
/// one, and is not asked for an institution's fees; it is asked whether it is one.
#[test]
fn a_role_line_shows_only_for_its_role() {
    let mut p = profile("quanzhou", Some("yongchun"));
    p.tier = Some(Tier::LittleGiant);
    p.amounts.insert(Quantity::ServiceFees, d("10000000"));
    let r = run(&p, "2025-06-01");
    let id = "yc-park-service-institution";
    assert!(!r.lines.iter().any(|l| l.entry == id), "{id} shown");
    assert!(!r.excluded.iter().any(|e| e.entry == id), "{id} excluded");
    let q = relevant(&p);
    assert!(q.facts.contains(&Fact::ParkServiceInstitution));
    assert!(!q.quantities.contains(&Quantity::ServiceFees));
    p.facts.insert(Fact::ParkServiceInstitution);
    assert!(relevant(&p).quantities.contains(&Quantity::ServiceFees));
    // Roles of other places are not asked.
    assert!(!relevant(&p).facts.contains(&Fact::ParkOperator));
    assert!(!relevant(&p).facts.contains(&Fact::NationalClusterOperator));
}

/// 厦府办规〔2024〕11号 二（三）6: "对获评国家级中小企业特色产业集群的，结合产值、研发、数字化等
/// 绩效考核结果分3年给予集群运营单位最高200万元资金支持" — up to 2,000,000 元 in all, over three
/// years, to the cluster's operator; the 责任单位 lead with city bureaus. Dated by the day the
/// cluster was named national. Window: issued 2024-09-11, "有效期至2026年12月31日".
#[test]
fn xiamen_cluster_operator_gets_up_to_two_million_over_three_years() {
    let mut p = profile("xiamen", Some("siming"));
    p.facts.insert(Fact::NationalClusterOperator);
    p.dates.insert(Occasion::ClusterNamed, date("2025-03-01"));
    let r = run(&p, "2025-06-01");
    let l = line(&r, "xm-cluster-operator-support");
    assert_eq!(l.amount, Some(d("2000000")));
    assert_eq!((l.payer, l.kind), (PayerLevel::City, Kind::UpTo));
    assert_eq!(l.standing, Standing::Claimable);
    assert_eq!(l.event, date("2025-03-01"));
    // Named after the window's end: outside it.
    p.dates.insert(Occasion::ClusterNamed, date("2027-02-01"));
    assert_outside_window(
        &run(&p, "2027-03-01"),
        "xm-cluster-operator-support",
        "2027-02-01",
        "2024-09-11",
        Some("2026-12-31"),
    );
}

/// 三明 draft 二（一）4: "对成功从三明市行政区域以外引入专精特新“小巨人”企业落户的产业园区运营
/// 主体，单个项目由受益地财政分别给予最高不超过100万元的一次性奖励" — up to 1,000,000 元 once per
/// 小巨人 brought in; 受益地财政: the locality where it settles (read as the county). A draft
/// ("征求意见稿"): shown, never summed. Window: "本方案有效期从2022年1月1日至2025年12月31日".
#[test]
fn sanming_park_operator_gets_up_to_a_million_per_little_giant_brought_in() {
    let mut p = profile("sanming", Some("yongan"));
    p.facts.insert(Fact::ParkOperator);
    p.amounts.insert(Quantity::LittleGiantsBroughtIn, d("2"));
    p.dates
        .insert(Occasion::LittleGiantSettled, date("2025-05-01"));
    let r = run(&p, "2025-06-01");
    let l = line(&r, "sm-park-operator-little-giant");
    assert_eq!(l.amount, Some(d("2000000")));
    assert_eq!((l.payer, l.kind), (PayerLevel::County, Kind::UpTo));
    assert_eq!(l.standing, Standing::Draft);
    assert!(!l.counted);
    p.amounts.insert(Quantity::LittleGiantsBroughtIn, d("1"));
    p.dates
        .insert(Occasion::LittleGiantSettled, date("2026-01-01"));
    assert_outside_window(
        &run(&p, "2026-02-01"),
        "sm-park-operator-little-giant",
        "2026-01-01",
        "2022-01-01",
        Some("2025-12-31"),
    );
}

/// 三明 draft 二（一）4: "对聚集5家以上专精特新中小企业的产业园区，市政府授予“专精特新园区”牌匾，
/// 给予重点扶持" — 5家以上 includes 5; a plaque and support without an amount.
#[test]
fn sanming_park_with_five_srdi_firms_gets_the_plaque() {
    let mut p = profile("sanming", Some("yongan"));
    p.facts.insert(Fact::ParkOperator);
    p.amounts.insert(Quantity::SrdiFirmsInPark, d("4"));
    assert!(matches!(
        reason(&run(&p, "2025-06-01"), "sm-srdi-park-plaque"),
        Reason::BelowThreshold { .. }
    ));
    p.amounts.insert(Quantity::SrdiFirmsInPark, d("5"));
    let r = run(&p, "2025-06-01");
    let l = line(&r, "sm-srdi-park-plaque");
    assert_eq!((l.amount, l.kind), (None, Kind::Unquantified));
    assert_eq!(l.payer, PayerLevel::City);
}
