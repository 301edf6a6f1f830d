//! 三明市优质中小企业梯度培育行动方案（征求意见稿）: a draft, window 2022-01-01 to 2025-12-31.
//! Draft lines are shown, never counted.
mod common;
use common::*;
use srdi_engine::catalogue::Status;
use srdi_engine::evaluate::ConflictChoice;
use srdi_engine::{Fact, Occasion, Quantity, Reason, Tier};

fn sanming(tier: Tier) -> srdi_engine::Profile {
    let mut p = profile("sanming", Some("yongan"));
    p.tier = Some(tier);
    p
}

/// 二、（一）2: 新认定的专精特新中小企业和“小巨人”: 市级财政分别再奖励5万元和20万元 — draft, not counted.
#[test]
fn recognition_awards_are_draft_and_not_counted() {
    let mut p = sanming(Tier::LittleGiant);
    p.recognitions.insert(Tier::Provincial, date("2023-04-01"));
    p.recognitions.insert(Tier::LittleGiant, date("2024-05-01"));
    let r = run(&p, "2025-06-01");
    assert_eq!(amount(&r, "sm-first-little-giant-city"), d("200000"));
    assert_eq!(amount(&r, "sm-first-provincial-city"), d("50000"));
    assert_eq!(line(&r, "sm-first-little-giant-city").status, Status::Draft);
    assert!(!line(&r, "sm-first-little-giant-city").counted);
    assert_eq!(r.totals.city.exact, d("0"));
    assert_eq!(line(&r, "sm-first-recognition-county-match").amount, None);
}

/// 二、（一）2 "…市级财政分别再奖励5万元和20万元，各县（市、区）政府相应予以配套奖励。": the county match
/// follows both awards. A firm first recognised provincially in 2021 (before the draft's window,
/// 2022-01-01) and newly made 小巨人 on 2024-05-01 gets the 20万 and its county match, not the
/// 5万 nor its match.
#[test]
fn a_new_little_giant_gets_the_county_match_too() {
    let mut p = sanming(Tier::LittleGiant);
    p.recognitions.insert(Tier::Provincial, date("2021-06-01"));
    p.recognitions.insert(Tier::LittleGiant, date("2024-05-01"));
    let r = run(&p, "2025-06-01");
    assert_eq!(amount(&r, "sm-first-little-giant-city"), d("200000"));
    let m = line(&r, "sm-first-little-giant-county-match");
    assert_eq!((m.amount, m.payer), (None, srdi_engine::PayerLevel::County));
    assert!(matches!(
        reason(&r, "sm-first-recognition-county-match"),
        Reason::OutsideWindow { .. }
    ));
    assert!(matches!(
        reason(&r, "sm-first-provincial-city"),
        Reason::OutsideWindow { .. }
    ));
}

/// 二、（二）4 "对纳入省重点技改项目的专精特新中小企业…对其项目设备（含技术、软件等）投资额不超过5%的
/// 比例给予省级专项资金补助": 其项目 is the 省重点技改项目, so without it neither 5% is paid, whatever
/// the spend.
#[test]
fn tech_reform_awards_need_a_provincial_key_project() {
    let mut p = sanming(Tier::Provincial);
    p.amounts
        .insert(Quantity::TechReformEquipment, d("20000000"));
    p.amounts.insert(Quantity::TechReformTotal, d("30000000"));
    p.facts.insert(Fact::RevenueGrewAfterTechReform);
    let r = run(&p, "2025-06-01");
    for id in ["sm-tech-reform-subsidy", "sm-tech-reform-extra"] {
        assert_eq!(
            reason(&r, id),
            &Reason::MissingFact {
                fact: Fact::ProvincialKeyTechReformProject
            },
            "{id}"
        );
    }
}

/// sm-tech-reform-no-threshold restates 闽工信规〔2023〕11号's "其申报省重点技改项目时不受投资额条件
/// 限制": a 三明 firm sees the benefit once, from the official provincial text.
#[test]
fn the_no_threshold_benefit_is_shown_once() {
    let p = sanming(Tier::Provincial);
    let r = run(&p, "2025-06-01");
    assert!(r.lines.iter().any(|l| l.entry == "fj-tech-reform-priority"));
    assert!(matches!(
        reason(&r, "sm-tech-reform-no-threshold"),
        Reason::CountedOnce {
            with: "fj-tech-reform-priority",
            ..
        }
    ));
}

/// A county given without its city brings its city: the city's lines do not vanish.
#[test]
fn a_county_without_its_city_brings_the_city() {
    let mut p = sanming(Tier::LittleGiant);
    p.city = None;
    p.recognitions.insert(Tier::LittleGiant, date("2024-05-01"));
    let r = run(&p, "2025-06-01");
    assert_eq!(amount(&r, "sm-first-little-giant-city"), d("200000"));
    let (decoded, bad) = srdi_engine::share::decode("v1;k=yongan;t=little_giant");
    assert_eq!(decoded.city.as_deref(), Some("sanming"));
    assert!(bad.is_empty());
}

/// 二、（二）2: 首台（套）国家60%、省级30% of the unit price, 最高不超过200万元、100万元.
/// 5,000,000 × 60% = 3,000,000 → 2,000,000; 2,000,000 × 30% = 600,000.
#[test]
fn first_set_equipment_awards() {
    let mut p = sanming(Tier::Provincial);
    p.facts.insert(Fact::FirstSetNational);
    p.amounts.insert(Quantity::FirstSetUnitPrice, d("5000000"));
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "sm-first-set-national"),
        d("2000000")
    );
    p.facts = [Fact::FirstSetProvincial].into();
    p.amounts.insert(Quantity::FirstSetUnitPrice, d("2000000"));
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "sm-first-set-provincial"),
        d("600000")
    );
}

/// 二、（二）4: 设备投资额不超过5%，单家企业最高500万元; a further 5% when 实际总投资1000万元以上 and
/// revenue grew. 20,000,000 × 5% = 1,000,000; 120,000,000 × 5% = 6,000,000 → 5,000,000.
#[test]
fn tech_reform_subsidy_and_extra() {
    let mut p = sanming(Tier::Provincial);
    p.facts.insert(Fact::ProvincialKeyTechReformProject);
    p.amounts
        .insert(Quantity::TechReformEquipment, d("20000000"));
    p.amounts.insert(Quantity::TechReformTotal, d("10000000"));
    let r = run(&p, "2025-06-01");
    assert_eq!(amount(&r, "sm-tech-reform-subsidy"), d("1000000"));
    assert_eq!(
        reason(&r, "sm-tech-reform-extra"),
        &Reason::MissingFact {
            fact: Fact::RevenueGrewAfterTechReform
        }
    );
    p.facts.insert(Fact::RevenueGrewAfterTechReform);
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "sm-tech-reform-extra"),
        d("1000000")
    );
    p.amounts
        .insert(Quantity::TechReformEquipment, d("120000000"));
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "sm-tech-reform-subsidy"),
        d("5000000")
    );
}

/// The equity reward is the provincial one (闽工信规〔2023〕11号 gives 5%, this draft 5‰): counted
/// once, from the official text in force. 10,000,000 × 5% = 500,000 (not 10,000,000 × 5‰ = 50,000).
#[test]
fn equity_reward_is_counted_once_from_the_official_text() {
    let mut p = sanming(Tier::Provincial);
    p.amounts
        .insert(Quantity::EquityTransformationFund, d("10000000"));
    let r = run(&p, "2025-06-01");
    let kept = line(&r, "fj-equity-fund-reward");
    assert_eq!(kept.amount, Some(d("500000")));
    let conflict = kept.conflict.as_ref().expect("conflict shown");
    assert_eq!(conflict.other_entry, "sm-equity-fund-reward");
    assert_eq!(conflict.other_amount, Some(d("50000")));
    assert_eq!(conflict.reason, ConflictChoice::InForceOverDraft);
    assert!(matches!(
        reason(&r, "sm-equity-fund-reward"),
        Reason::CountedOnce {
            with: "fj-equity-fund-reward",
            ..
        }
    ));
    assert_eq!(r.totals.province.exact, d("500000"));
}

/// 有效期…至2025年12月31日: a 新认定 award is dated by the recognition. Without its date the
/// evaluation date stands in, and on 2026-02-01 that is outside the window (said so); a centre
/// recognised on 2026-01-05 is outside the window; one recognised on 2025-12-31, its last day,
/// is inside it (and a draft's line is never summed).
#[test]
fn window_ends_in_2025() {
    let mut p = sanming(Tier::Provincial);
    p.facts.insert(Fact::NewProvincialTechCenter);
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "sm-provincial-tech-center"),
        d("500000")
    );
    assert!(matches!(
        reason(&run(&p, "2026-02-01"), "sm-provincial-tech-center"),
        Reason::OutsideWindowAssumed {
            occasion: Occasion::NewTechCenter,
            ..
        }
    ));
    p.dates.insert(Occasion::NewTechCenter, date("2026-01-05"));
    assert!(matches!(
        reason(&run(&p, "2026-02-01"), "sm-provincial-tech-center"),
        Reason::OutsideWindow { .. }
    ));
    p.dates.insert(Occasion::NewTechCenter, date("2025-12-31"));
    let r = run(&p, "2026-02-01");
    assert_eq!(amount(&r, "sm-provincial-tech-center"), d("500000"));
    let line = r
        .lines
        .iter()
        .find(|l| l.entry == "sm-provincial-tech-center")
        .unwrap();
    assert_eq!(line.standing, srdi_engine::Standing::Draft);
    assert!(!line.counted);
}

/// A draft line without an amount: shown, never counted.
fn unquantified_draft_line(r: &srdi_engine::Report, id: &str) {
    let l = line(r, id);
    assert_eq!(l.amount, None, "{id}");
    assert_eq!(l.status, Status::Draft, "{id}");
    assert!(!l.counted, "{id}");
}

/// 二、（二）4 "对工业企业资源集约利用综合评价结果B类以上专精特新中小企业用地需求优先纳入供地计划，在能耗
/// 双控中保障合理用能需求。": a provincial SRDI firm in 永安 sees the priority (no amount, draft;
/// the B rating is the firm's to show); an innovative SME does not, for its tier.
#[test]
fn land_and_energy_priority_is_for_srdi_smes() {
    // "对工业企业资源集约利用综合评价结果B类以上专精特新中小企业": only a firm rated B or above.
    let mut p = sanming(Tier::Provincial);
    assert_eq!(
        reason(&run(&p, "2025-06-01"), "sm-land-energy-priority"),
        &Reason::MissingFact {
            fact: Fact::ResourceUseRatedBOrAbove
        }
    );
    p.facts.insert(Fact::ResourceUseRatedBOrAbove);
    let r = run(&p, "2025-06-01");
    unquantified_draft_line(&r, "sm-land-energy-priority");
    let mut p = sanming(Tier::Innovative);
    p.facts.insert(Fact::ResourceUseRatedBOrAbove);
    let r = run(&p, "2025-06-01");
    assert_eq!(
        reason(&r, "sm-land-energy-priority"),
        &Reason::TierTooLow {
            needs: Tier::Provincial,
            has: Tier::Innovative
        }
    );
}

/// 二、（三）3 "严格执行《政府采购促进中小企业发展管理办法》，落实预留采购份额、价格评审优惠、优先采购等
/// 措施": for every SME, so an innovative SME sees it (no amount, draft) inside the draft's window
/// (2022-01-01 to 2025-12-31); on 2026-01-01 it is outside the window.
#[test]
fn procurement_preferences_are_for_any_sme_inside_the_window() {
    let r = run(&sanming(Tier::Innovative), "2025-12-31");
    unquantified_draft_line(&r, "sm-procurement-share");
    let r = run(&sanming(Tier::Innovative), "2026-01-01");
    assert!(matches!(
        reason(&r, "sm-procurement-share"),
        Reason::OutsideWindow { .. }
    ));
}

/// 二、（三）4 "将专精特新“小巨人”企业列入“2+3+N”人才政策体系重点支持范围": a 小巨人 sees it (no
/// amount, draft); a provincial SRDI firm does not.
#[test]
fn talent_policy_focus_is_for_little_giants() {
    let r = run(&sanming(Tier::LittleGiant), "2025-06-01");
    unquantified_draft_line(&r, "sm-talent-2-3-n");
    let r = run(&sanming(Tier::Provincial), "2025-06-01");
    assert_eq!(
        reason(&r, "sm-talent-2-3-n"),
        &Reason::TierTooLow {
            needs: Tier::LittleGiant,
            has: Tier::Provincial
        }
    );
}
