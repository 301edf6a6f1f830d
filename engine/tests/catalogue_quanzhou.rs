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

/// 三、（二）1: 近三年年均纳税超1500万元 — 超 is strict: 15,000,000 does not qualify, 15,000,001 does.
#[test]
fn dedicated_land_needs_tax_above_fifteen_million() {
    let mut p = jinjiang(Tier::Provincial);
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
