//! 泉州市专精特新行动方案 (published 2025-08-14, no end date): every benefit unquantified.
mod common;
use common::*;
use srdi_engine::catalogue::Status;
use srdi_engine::{Fact, Quantity, Reason, Tier};

fn jinjiang(tier: Tier) -> srdi_engine::Profile {
    let mut p = profile("quanzhou", Some("jinjiang"));
    p.tier = Some(tier);
    p
}

/// 三、（二）4: 对新招引的专精特新“小巨人”企业给予一定奖励 — a line without an amount.
#[test]
fn newly_attracted_little_giant_gets_an_unquantified_line() {
    let mut p = jinjiang(Tier::LittleGiant);
    p.facts.insert(Fact::NewlyAttractedToQuanzhou);
    let r = run(&p, "2025-10-01");
    let l = line(&r, "qz-new-little-giant-award");
    assert_eq!(l.amount, None);
    assert_eq!(l.status, Status::InForce);
    assert!(r.totals.city.unquantified >= 1);
    assert_eq!(r.totals.city.exact, d("0"));
}

/// 三、（二）1: 近三年年均纳税超1500万元 — 超 is strict: 15,000,000 does not qualify, 15,000,001 does;
/// and only for "具备牵引带动力的专精特新龙头企业,有增资扩产需求" (asked as one fact).
#[test]
fn dedicated_land_needs_tax_above_fifteen_million() {
    let mut p = jinjiang(Tier::Provincial);
    p.amounts.insert(Quantity::AvgTaxLast3Years, d("20000000"));
    assert_eq!(
        reason(&run(&p, "2025-10-01"), "qz-dedicated-land"),
        &Reason::MissingFact {
            fact: Fact::ChainLeaderExpanding
        }
    );
    p.facts.insert(Fact::ChainLeaderExpanding);
    p.amounts.insert(Quantity::AvgTaxLast3Years, d("15000000"));
    assert!(matches!(
        reason(&run(&p, "2025-10-01"), "qz-dedicated-land"),
        Reason::BelowThreshold { .. }
    ));
    p.amounts.insert(Quantity::AvgTaxLast3Years, d("15000001"));
    assert_eq!(
        line(&run(&p, "2025-10-01"), "qz-dedicated-land").amount,
        None
    );
}

/// Published 2025-08-14: before that the text is not yet in force.
#[test]
fn not_in_force_before_publication() {
    let r = run(&jinjiang(Tier::Provincial), "2025-08-13");
    assert!(matches!(
        reason(&r, "qz-rd-team-support"),
        Reason::OutsideWindow { .. }
    ));
    let r = run(&jinjiang(Tier::Provincial), "2030-01-01");
    assert_eq!(line(&r, "qz-rd-team-support").status, Status::InForce);
}

/// A line without an amount, for a firm the text addresses, in force on the evaluation date.
fn unquantified_city_line(r: &srdi_engine::Report, id: &str) {
    let l = line(r, id);
    assert_eq!(l.amount, None, "{id}");
    assert_eq!(l.payer, srdi_engine::PayerLevel::City, "{id}");
    assert_eq!(l.status, Status::InForce, "{id}");
}

/// The measures addressed to 专精特新 firms: a provincial SRDI firm gets each as a line without an
/// amount; an innovative SME (not 专精特新) does not, for its tier.
/// - 三、（二）3 "加强土地、能耗、碳耗、排放等资源要素统筹管理,推进资源要素向专精特新企业倾斜。"
/// - 三、（三）4 "在市级重大科技专项中,设置面向专精特新中小企业的专题板块,…纳入市级以上重点支持领域。"
/// - 三、（四）4 "引导政府性融资担保机构加大对专精特新企业增信服务力度,…进一步减少或取消反担保要求,并切实
///   降费让利,为专精特新企业融资提供增信服务。"
/// - 三、（四）5 "组织证券交易所等机构专家开展专题培训、现场对接、上门辅导、典型宣传等活动,大力推进
///   专精特新企业上市进程。"
#[test]
fn srdi_measures_show_unquantified_for_provincial_firms_only() {
    let ids = [
        "qz-resource-tilt",
        "qz-dedicated-module",
        "qz-guarantee-counter-guarantee",
        "qz-listing-coaching",
    ];
    let r = run(&jinjiang(Tier::Provincial), "2025-10-01");
    for id in ids {
        unquantified_city_line(&r, id);
    }
    let r = run(&jinjiang(Tier::Innovative), "2025-10-01");
    for id in ids {
        assert_eq!(
            reason(&r, id),
            &Reason::TierTooLow {
                needs: Tier::Provincial,
                has: Tier::Innovative
            },
            "{id}"
        );
    }
}

/// The measures addressed to no tier: an innovative SME in 晋江 gets each as a line without an
/// amount once the plan is published (2025-08-14); the day before, none (outside the window).
/// - 三、（二）4 "鼓励域内龙头企业开展上下游并购、技术并购,对达到一定经济规模与效益的并购项目实行
///   产业基金参投、跟投。"
/// - 三、（三）1 "对面向社会开放的中试平台,以“揭榜挂帅”“科技创新券”等政策对中试平台项目建设、开展
///   中试服务给予支持。"
/// - 三、（三）2 "对符合科技创新券要求的,按其实际发生额予以后补助。"
/// - 三、（五）3 "加大政府补助或购买第三方服务等形式,帮助企业对标专精特新提升经营管理水平。"
#[test]
fn measures_for_any_firm_show_unquantified_from_publication() {
    let ids = [
        "qz-ma-fund-co-investment",
        "qz-pilot-platform-voucher",
        "qz-innovation-voucher-post-subsidy",
        "qz-management-upgrading",
    ];
    // 三、（三）1 "对面向社会开放的中试平台" and 三、（三）2 "对符合科技创新券要求的": only for a firm
    // that runs such a platform, or used such a service (asked as facts).
    let mut p = jinjiang(Tier::Innovative);
    let r = run(&p, "2025-08-14");
    for (id, fact) in [
        ("qz-pilot-platform-voucher", Fact::OpenPilotPlatform),
        (
            "qz-innovation-voucher-post-subsidy",
            Fact::InnovationVoucherService,
        ),
    ] {
        assert_eq!(reason(&r, id), &Reason::MissingFact { fact }, "{id}");
        p.facts.insert(fact);
    }
    let r = run(&p, "2025-08-14");
    for id in ids {
        unquantified_city_line(&r, id);
    }
    let r = run(&p, "2025-08-13");
    for id in ids {
        assert!(
            matches!(reason(&r, id), Reason::OutsideWindow { .. }),
            "{id}"
        );
    }
}
