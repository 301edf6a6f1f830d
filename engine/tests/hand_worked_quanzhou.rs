//! Hand-worked values for 泉州市专精特新企业培育行动方案, worked out from
//! catalogue/sources/quanzhou-action-plan.txt (not from the TOML entries).
//!
//! The text sets no period of validity; the only date it carries is "发布日期:2025-08-14", so
//! its window runs from 2025-08-14 with no end. Every benefit below names no amount
//! (一定…补助, 按规定给予补贴, 纳入…范围): each is a line without an amount, paid by the city, for
//! a firm anywhere in 泉州 (a city text: its counties included). These have no event of their
//! own: the evaluation date decides.
mod common;
use common::*;
use srdi_engine::catalogue::Status;
use srdi_engine::{Fact, Kind, PayerLevel, Profile, Reason, Standing, Tier};

const ON: &str = "2025-09-01";

fn quanzhou(county: &str) -> Profile {
    profile("quanzhou", Some(county))
}

/// A line without an amount, claimable, paid by the city; the window opens on 2025-08-14
/// (inclusive, not the day before) and never closes.
fn unquantified_city_line(p: &Profile, id: &str) {
    let r = run(p, ON);
    let l = line(&r, id);
    assert_eq!((l.amount, l.kind), (None, Kind::Unquantified), "{id}");
    assert_eq!(l.payer, PayerLevel::City, "{id}");
    assert_eq!(
        (l.status, l.standing),
        (Status::InForce, Standing::Claimable),
        "{id}"
    );
    assert!(l.counted, "{id}");
    assert_eq!(l.window.from, date("2025-08-14"), "{id}");
    assert_eq!(l.window.to, None, "{id}: the text sets no end");
    assert!(r.totals.city.unquantified >= 1, "{id}");

    assert_eq!(line(&run(p, "2025-08-14"), id).amount, None, "{id}");
    assert_eq!(
        reason(&run(p, "2025-08-13"), id),
        &Reason::OutsideWindow {
            event: date("2025-08-13"),
            from: date("2025-08-14"),
            to: None,
        },
        "{id}"
    );
    let later = run(p, "2031-01-01");
    assert_eq!(line(&later, id).standing, Standing::Claimable, "{id}");
}

/// 三、（五）1 "将符合条件的专精特新“小巨人”企业纳入市高层次人才自主认定范围,相应赋予高层次人才自主
/// 认定权限": a 小巨人 (and a 重点小巨人, which is one) is included; no amount. A provincial
/// SRDI firm is not a 小巨人.
#[test]
fn talent_self_recognition_for_little_giants() {
    let mut p = quanzhou("jinjiang");
    p.tier = Some(Tier::LittleGiant);
    unquantified_city_line(&p, "qz-talent-self-recognition");

    // A city text: a 小巨人 in any county of 泉州, 永春 included, is covered.
    let mut y = quanzhou("yongchun");
    y.tier = Some(Tier::KeyLittleGiant);
    assert_eq!(
        line(&run(&y, ON), "qz-talent-self-recognition").amount,
        None
    );

    p.tier = Some(Tier::Provincial);
    assert_eq!(
        reason(&run(&p, ON), "qz-talent-self-recognition"),
        &Reason::TierTooLow {
            needs: Tier::LittleGiant,
            has: Tier::Provincial
        }
    );
    p.tier = None;
    assert_eq!(
        reason(&run(&p, ON), "qz-talent-self-recognition"),
        &Reason::NoTier {
            needs: Tier::LittleGiant
        }
    );

    // Not a 泉州 firm: no line and no exclusion (the text does not speak to it).
    let mut x = profile("xiamen", None);
    x.tier = Some(Tier::LittleGiant);
    let r = run(&x, ON);
    assert!(!r
        .lines
        .iter()
        .any(|l| l.entry == "qz-talent-self-recognition"));
    assert!(!r
        .excluded
        .iter()
        .any(|e| e.entry == "qz-talent-self-recognition"));
}

/// 三、（三）1 "支持以同类型企业+院校(或行业协会)模式共建检测平台,对达到省级新型研发机构要求的新购入
/// 检测设备按规定给予补贴": 按规定 names no amount. The clause names no tier: a firm that
/// co-builds such a platform qualifies whatever its tier; one that does not, does not.
#[test]
fn testing_equipment_subsidy_for_a_co_built_platform() {
    let mut p = quanzhou("fengze");
    p.facts.insert(Fact::TestingPlatform);
    unquantified_city_line(&p, "qz-testing-equipment-subsidy");
    p.tier = Some(Tier::Innovative);
    assert_eq!(
        line(&run(&p, ON), "qz-testing-equipment-subsidy").amount,
        None
    );

    p.facts.remove(&Fact::TestingPlatform);
    assert_eq!(
        reason(&run(&p, ON), "qz-testing-equipment-subsidy"),
        &Reason::MissingFact {
            fact: Fact::TestingPlatform
        }
    );
}

/// 三、（六）1 "对飞地研发中心的研发投入、科研成果产出、研发人员数量、办公场地等设定相应的指标,
/// 符合认定条件的,予以一定的研发投入补助、开办奖励、运营经费补助等,并享受我市重点实验室、工程
/// (技术)研究中心、企业技术中心优惠政策。": 一定的 names no amount; for a firm whose enclave R&D
/// centre meets the recognition conditions, none otherwise. The clause names no tier.
#[test]
fn enclave_rd_center_grants() {
    let mut p = quanzhou("nanan");
    p.tier = Some(Tier::Provincial);
    p.facts.insert(Fact::EnclaveRdCenter);
    unquantified_city_line(&p, "qz-enclave-rd-center");

    p.facts.remove(&Fact::EnclaveRdCenter);
    assert_eq!(
        reason(&run(&p, ON), "qz-enclave-rd-center"),
        &Reason::MissingFact {
            fact: Fact::EnclaveRdCenter
        }
    );
}
