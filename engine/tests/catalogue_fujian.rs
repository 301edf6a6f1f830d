//! 闽工信规〔2023〕11号, worked by hand from the text. Window 2023-12-28 (date of issue) to
//! 2026-12-31 (本行动计划有效期至2026年12月31日); applies in every city of Fujian and is paid by
//! the province, except the trade-fair support that 各地 pay.
mod common;
use common::*;
use srdi_engine::catalogue::Status;
use srdi_engine::{Fact, Kind, Loan, LoanPurpose, PayerLevel, Quantity, Reason, Tier};

fn firm(city: &str, tier: Tier) -> srdi_engine::Profile {
    let mut p = profile(city, None);
    p.tier = Some(tier);
    p
}

fn working_capital(principal: &str, months: u32, start: &str, other: bool) -> Loan {
    Loan {
        purpose: LoanPurpose::WorkingCapital,
        principal: d(principal),
        annual_rate: d("0.0345"),
        term_months: months,
        start: date(start),
        other_provincial_discount: other,
    }
}

const WC: &str = "fj-working-capital-discount";
const EQUITY: &str = "fj-equity-fund-reward";

/// Every entry of the document whose amount the text leaves open, with its payer.
const UNQUANTIFIED: &[(&str, PayerLevel)] = &[
    ("fj-listing-reserve-award", PayerLevel::Province),
    ("fj-joint-lab-subsidy", PayerLevel::Province),
    ("fj-enterprise-tech-center-threshold", PayerLevel::Province),
    ("fj-tech-reform-priority", PayerLevel::Province),
    ("fj-ip-enforcement-subsidy", PayerLevel::Province),
    ("fj-standards-subsidy", PayerLevel::Province),
    ("fj-smart-manufacturing-award", PayerLevel::Province),
    ("fj-green-manufacturing-award", PayerLevel::Province),
    ("fj-exhibition-support", PayerLevel::City),
    ("fj-land-priority", PayerLevel::Province),
    ("fj-sci-tech-project-priority", PayerLevel::Province),
    ("fj-senior-title-nomination", PayerLevel::Province),
    ("fj-innovative-product-first-use", PayerLevel::Province),
];

/// 二、（七）: 省级财政对符合条件的专精特新中小企业当年新发放流动资金贷款予以年化1%的贴息补助，
/// 单家企业最高贴息金额不超过20万元，贴息期限不超过1年.
/// 5,000,000 × 1% × 12/12 = 50,000; a 36-month loan still counts 12 months: 50,000.
/// 6 months: 5,000,000 × 1% × 6/12 = 25,000.
#[test]
fn working_capital_discount_is_one_percent_for_at_most_a_year() {
    let mut p = firm("fuzhou", Tier::Provincial);
    p.loans
        .push(working_capital("5000000", 12, "2024-03-01", false));
    let r = run(&p, "2025-06-01");
    let l = line(&r, WC);
    assert_eq!(l.amount, Some(d("50000")));
    assert_eq!(l.payer, PayerLevel::Province);
    assert_eq!(l.kind, Kind::Exact);
    assert_eq!(l.status, Status::InForce);
    assert!(l.counted);

    p.loans[0].term_months = 36;
    assert_eq!(amount(&run(&p, "2025-06-01"), WC), d("50000"));

    p.loans[0].term_months = 6;
    assert_eq!(amount(&run(&p, "2025-06-01"), WC), d("25000"));
}

/// 单家企业最高贴息金额不超过20万元: 30,000,000 × 1% = 300,000 → 200,000. The cap is per
/// enterprise: 20,000,000 + 10,000,000 in two loans = 200,000 + 100,000 = 300,000 → 200,000.
#[test]
fn working_capital_discount_is_capped_per_enterprise() {
    let mut p = firm("fuzhou", Tier::Provincial);
    p.loans
        .push(working_capital("30000000", 12, "2024-03-01", false));
    assert_eq!(amount(&run(&p, "2025-06-01"), WC), d("200000"));

    let mut p = firm("xiamen", Tier::LittleGiant);
    p.loans
        .push(working_capital("20000000", 12, "2024-03-01", false));
    p.loans
        .push(working_capital("10000000", 12, "2025-01-01", false));
    assert_eq!(amount(&run(&p, "2025-06-01"), WC), d("200000"));

    // Just under the cap: 19,000,000 × 1% = 190,000, paid in full.
    let mut p = firm("fuzhou", Tier::Provincial);
    p.loans
        .push(working_capital("19000000", 12, "2024-03-01", false));
    assert_eq!(amount(&run(&p, "2025-06-01"), WC), d("190000"));
}

/// 同一笔贷款已享受其他省级贴息政策的，不重复享受本贴息政策: the flagged loan is left out, the
/// other counted. 5,000,000 (flagged) + 3,000,000 → 3,000,000 × 1% = 30,000.
#[test]
fn a_loan_with_another_provincial_discount_is_left_out() {
    let mut p = firm("fuzhou", Tier::Provincial);
    p.loans
        .push(working_capital("5000000", 12, "2024-03-01", true));
    assert_eq!(
        reason(&run(&p, "2025-06-01"), WC),
        &Reason::NoQualifyingLoan {
            purpose: LoanPurpose::WorkingCapital
        }
    );
    p.loans
        .push(working_capital("3000000", 12, "2024-05-01", false));
    let r = run(&p, "2025-06-01");
    assert_eq!(amount(&r, WC), d("30000"));
    // A loan for another purpose is not a 流动资金贷款.
    let mut p = firm("fuzhou", Tier::Provincial);
    p.loans.push(Loan {
        purpose: LoanPurpose::ParkPremises,
        ..working_capital("5000000", 12, "2024-03-01", false)
    });
    assert_eq!(
        reason(&run(&p, "2025-06-01"), WC),
        &Reason::NoQualifyingLoan {
            purpose: LoanPurpose::WorkingCapital
        }
    );
}

/// 当年新发放: the loan must start inside the window 2023-12-28 – 2026-12-31 (both inclusive).
/// A loan of 2023-12-27 is excluded; one of 2023-12-28 gets 5,000,000 × 1% = 50,000.
#[test]
fn working_capital_loan_must_start_inside_the_window() {
    let mut p = firm("fuzhou", Tier::Provincial);
    p.loans
        .push(working_capital("5000000", 12, "2023-12-27", false));
    assert_eq!(
        reason(&run(&p, "2025-06-01"), WC),
        &Reason::OutsideWindow {
            event: date("2023-12-27"),
            from: date("2023-12-28"),
            to: Some(date("2026-12-31")),
        }
    );
    p.loans[0].start = date("2023-12-28");
    assert_eq!(amount(&run(&p, "2025-06-01"), WC), d("50000"));
    // An old loan beside a new one: only the new one counts. 2,000,000 × 1% × 12/12 = 20,000.
    p.loans[0].start = date("2023-06-01");
    p.loans
        .push(working_capital("2000000", 24, "2025-02-01", false));
    assert_eq!(amount(&run(&p, "2025-06-01"), WC), d("20000"));
}

/// 符合条件的专精特新中小企业: an innovative SME is not yet one; a firm with no tier neither.
#[test]
fn working_capital_discount_needs_a_provincial_srdi_firm() {
    let mut p = firm("fuzhou", Tier::Innovative);
    p.loans
        .push(working_capital("5000000", 12, "2024-03-01", false));
    assert_eq!(
        reason(&run(&p, "2025-06-01"), WC),
        &Reason::TierTooLow {
            needs: Tier::Provincial,
            has: Tier::Innovative
        }
    );
    p.tier = None;
    assert_eq!(
        reason(&run(&p, "2025-06-01"), WC),
        &Reason::NoTier {
            needs: Tier::Provincial
        }
    );
}

/// 二、（七）: 对优质中小企业获得国家制造业转型升级基金、中小企业发展基金或其一级子基金股权投资支持的，
/// 按照实际到资额分别给予5%、1%奖励，最高100万元.
/// 10,000,000 × 5% + 20,000,000 × 1% = 500,000 + 200,000 = 700,000.
/// 30,000,000 × 5% = 1,500,000 → 1,000,000.
#[test]
fn equity_reward_five_and_one_percent_capped() {
    let mut p = firm("fuzhou", Tier::Innovative);
    p.amounts
        .insert(Quantity::EquityTransformationFund, d("10000000"));
    p.amounts.insert(Quantity::EquitySmeFund, d("20000000"));
    let r = run(&p, "2025-06-01");
    let l = line(&r, EQUITY);
    assert_eq!(l.amount, Some(d("700000")));
    assert_eq!(l.payer, PayerLevel::Province);
    assert_eq!(l.kind, Kind::Exact);

    p.amounts.remove(&Quantity::EquitySmeFund);
    p.amounts
        .insert(Quantity::EquityTransformationFund, d("30000000"));
    assert_eq!(amount(&run(&p, "2025-06-01"), EQUITY), d("1000000"));

    // Exactly at the cap: 20,000,000 × 5% = 1,000,000. Both funds over it together:
    // 20,000,000 × 5% + 10,000,000 × 1% = 1,100,000 → 1,000,000.
    p.amounts
        .insert(Quantity::EquityTransformationFund, d("20000000"));
    assert_eq!(amount(&run(&p, "2025-06-01"), EQUITY), d("1000000"));
    p.amounts.insert(Quantity::EquitySmeFund, d("10000000"));
    assert_eq!(amount(&run(&p, "2025-06-01"), EQUITY), d("1000000"));
}

/// Only the SME development fund: 20,000,000 × 1% = 200,000 (the other fund counts as zero).
/// No amount at all: the reward cannot be worked out. No tier: 优质中小企业 starts at 创新型.
#[test]
fn equity_reward_with_one_fund_or_none() {
    let mut p = firm("ningde", Tier::LittleGiant);
    p.amounts.insert(Quantity::EquitySmeFund, d("20000000"));
    assert_eq!(amount(&run(&p, "2025-06-01"), EQUITY), d("200000"));

    let p = firm("ningde", Tier::Provincial);
    assert!(matches!(
        reason(&run(&p, "2025-06-01"), EQUITY),
        Reason::MissingAmount { .. }
    ));

    let mut p = profile("ningde", None);
    p.amounts.insert(Quantity::EquitySmeFund, d("20000000"));
    assert_eq!(
        reason(&run(&p, "2025-06-01"), EQUITY),
        &Reason::NoTier {
            needs: Tier::Innovative
        }
    );
}

/// A provincial SRDI firm that meets every condition the text names gets every unquantified
/// entry as a line with no amount: 11 paid by the province, 1 (展会资金支持, 各地) by the city.
/// The quantified lines add 5,000,000 × 1% = 50,000 and 10,000,000 × 5% = 500,000.
#[test]
fn every_benefit_shows_for_a_firm_that_meets_all_conditions() {
    let mut p = firm("fuzhou", Tier::Provincial);
    for f in [
        Fact::ProvincialListingReserve,
        Fact::JointLab,
        Fact::IpEnforcement,
        Fact::StandardsWork,
        Fact::SmartManufacturing,
        Fact::GreenManufacturing,
        Fact::InternationalExhibition,
    ] {
        p.facts.insert(f);
    }
    p.amounts.insert(Quantity::RdSpend, d("10000000"));
    p.amounts
        .insert(Quantity::EquityTransformationFund, d("10000000"));
    p.loans
        .push(working_capital("5000000", 12, "2024-03-01", false));
    let r = run(&p, "2025-06-01");
    for (id, payer) in UNQUANTIFIED {
        let l = line(&r, id);
        assert_eq!(l.amount, None, "{id}");
        assert_eq!(l.kind, Kind::Unquantified, "{id}");
        assert_eq!(l.payer, *payer, "{id}");
        assert!(l.counted, "{id}");
    }
    assert!(
        !r.excluded.iter().any(|e| e.entry.starts_with("fj-")),
        "{:?}",
        r.excluded
    );
    let fj_lines = r
        .lines
        .iter()
        .filter(|l| l.entry.starts_with("fj-"))
        .count();
    assert_eq!(fj_lines, UNQUANTIFIED.len() + 2);
    // Fuzhou has no document of its own: every line here is from this text.
    assert_eq!(r.totals.province.exact, d("550000"));
    assert_eq!(r.totals.province.unquantified, 12);
    assert_eq!(r.totals.city.unquantified, 1);
}

/// An innovative SME (优质中小企业 but not 专精特新) with no facts: the 优质中小企业 measures
/// without a further condition show (技改不受投资额限制, 用地优先, 科技计划优先推荐); the
/// 专精特新 ones are excluded for the tier; the ones tied to an activity for the missing fact.
#[test]
fn an_innovative_sme_gets_only_the_measures_for_all_quality_smes() {
    let p = firm("fuzhou", Tier::Innovative);
    let r = run(&p, "2025-06-01");
    for id in [
        "fj-tech-reform-priority",
        "fj-land-priority",
        "fj-sci-tech-project-priority",
    ] {
        assert_eq!(line(&r, id).amount, None, "{id}");
    }
    let too_low = Reason::TierTooLow {
        needs: Tier::Provincial,
        has: Tier::Innovative,
    };
    for id in [
        "fj-listing-reserve-award",
        "fj-joint-lab-subsidy",
        "fj-enterprise-tech-center-threshold",
        "fj-smart-manufacturing-award",
        "fj-green-manufacturing-award",
        "fj-exhibition-support",
        "fj-senior-title-nomination",
        "fj-innovative-product-first-use",
    ] {
        assert_eq!(reason(&r, id), &too_low, "{id}");
    }
    // 对参与相关标准研制的企业 (二、（四）, said of 优质中小企业): only with the activity.
    assert_eq!(
        reason(&r, "fj-standards-subsidy"),
        &Reason::MissingFact {
            fact: Fact::StandardsWork
        }
    );
    assert_eq!(
        reason(&r, "fj-ip-enforcement-subsidy"),
        &Reason::MissingFact {
            fact: Fact::IpEnforcement
        }
    );
}

/// A provincial SRDI firm without the activities: each activity-bound entry is excluded for its
/// fact; the ones without a condition show.
#[test]
fn activity_bound_entries_need_their_fact() {
    let p = firm("zhangzhou", Tier::Provincial);
    let r = run(&p, "2025-06-01");
    for (id, fact) in [
        ("fj-listing-reserve-award", Fact::ProvincialListingReserve),
        ("fj-joint-lab-subsidy", Fact::JointLab),
        ("fj-smart-manufacturing-award", Fact::SmartManufacturing),
        ("fj-green-manufacturing-award", Fact::GreenManufacturing),
        ("fj-exhibition-support", Fact::InternationalExhibition),
    ] {
        assert_eq!(reason(&r, id), &Reason::MissingFact { fact }, "{id}");
    }
    for id in [
        "fj-enterprise-tech-center-threshold",
        "fj-senior-title-nomination",
        "fj-tech-reform-priority",
    ] {
        assert_eq!(line(&r, id).amount, None, "{id}");
    }
}

/// 二、（二）: 鼓励年度自主研发费用1000万元以上的专精特新中小企业…共建联合实验室，对符合条件的按规定给予补助.
/// 以上 is inclusive: 10,000,000 qualifies, 9,999,999 does not; no R&D figure: asked for.
#[test]
fn joint_lab_needs_ten_million_of_rd() {
    let mut p = firm("fuzhou", Tier::Provincial);
    p.facts.insert(Fact::JointLab);
    assert_eq!(
        reason(&run(&p, "2025-06-01"), "fj-joint-lab-subsidy"),
        &Reason::MissingAmount {
            quantity: Quantity::RdSpend
        }
    );
    p.amounts.insert(Quantity::RdSpend, d("9999999"));
    assert_eq!(
        reason(&run(&p, "2025-06-01"), "fj-joint-lab-subsidy"),
        &Reason::BelowThreshold {
            quantity: Quantity::RdSpend,
            value: d("9999999")
        }
    );
    p.amounts.insert(Quantity::RdSpend, d("10000000"));
    let r = run(&p, "2025-06-01");
    assert_eq!(line(&r, "fj-joint-lab-subsidy").amount, None);
    assert_eq!(line(&r, "fj-joint-lab-subsidy").payer, PayerLevel::Province);
}

/// 二、（三）: 对中小企业开展知识产权相关维权的相关费用…给予后补助 — any SME, no tier needed.
#[test]
fn ip_enforcement_post_subsidy_is_for_any_sme() {
    let mut p = profile("putian", None);
    p.facts.insert(Fact::IpEnforcement);
    let r = run(&p, "2025-06-01");
    assert_eq!(line(&r, "fj-ip-enforcement-subsidy").amount, None);
    // The tiered measures are not shown to a firm with no tier.
    assert_eq!(
        reason(&r, "fj-land-priority"),
        &Reason::NoTier {
            needs: Tier::Innovative
        }
    );
}

/// The province pays everywhere in Fujian: a firm in Fuzhou, in a Quanzhou county, in Xiamen
/// and in Sanming gets the same 5,000,000 × 1% = 50,000 and the same 二、（七） listing line.
#[test]
fn provincial_lines_reach_every_place() {
    for (city, county) in [
        ("fuzhou", None),
        ("quanzhou", Some("yongchun")),
        ("xiamen", None),
        ("sanming", None),
        ("pingtan", None),
    ] {
        let mut p = profile(city, county);
        p.tier = Some(Tier::Provincial);
        p.facts.insert(Fact::ProvincialListingReserve);
        p.loans
            .push(working_capital("5000000", 12, "2024-03-01", false));
        let r = run(&p, "2025-06-01");
        assert_eq!(amount(&r, WC), d("50000"), "{city}");
        assert_eq!(line(&r, "fj-listing-reserve-award").amount, None, "{city}");
    }
}

/// 本行动计划有效期至2026年12月31日: on 2026-12-31 a loan of 2026-06-01 counts
/// (5,000,000 × 1% = 50,000); on 2027-01-01 the line is shown as expired and leaves the totals.
#[test]
fn provincial_lines_expire_after_2026() {
    let mut p = firm("fuzhou", Tier::Provincial);
    p.loans
        .push(working_capital("5000000", 12, "2026-06-01", false));
    assert_eq!(run(&p, "2026-12-31").totals.province.exact, d("50000"));
    let r = run(&p, "2027-01-01");
    let l = line(&r, WC);
    assert_eq!(l.status, Status::Expired);
    assert!(!l.counted);
    assert_eq!(r.totals.province.exact, d("0"));
    // The unquantified measures are tied to the evaluation date: outside the window they are
    // excluded with the window as reason.
    assert_eq!(
        reason(&r, "fj-land-priority"),
        &Reason::OutsideWindow {
            event: date("2027-01-01"),
            from: date("2023-12-28"),
            to: Some(date("2026-12-31")),
        }
    );
}

/// 二、（八）: "鼓励大企业先试、首用专精特新中小企业创新产品，发挥政府采购对专精特新中小企业创新产品迭代
/// 应用作用。" A market channel for the products of a 专精特新中小企业, no amount: a provincial firm
/// in 福州 gets an unquantified provincial line; an innovative SME (not 专精特新) does not.
#[test]
fn innovative_product_first_use_is_for_srdi_smes() {
    let r = run(&firm("fuzhou", Tier::Provincial), "2025-06-01");
    let l = line(&r, "fj-innovative-product-first-use");
    assert_eq!((l.amount, l.kind), (None, Kind::Unquantified));
    assert_eq!(l.payer, PayerLevel::Province);
    assert_eq!(l.status, Status::InForce);
    let r = run(&firm("fuzhou", Tier::Innovative), "2025-06-01");
    assert_eq!(
        reason(&r, "fj-innovative-product-first-use"),
        &Reason::TierTooLow {
            needs: Tier::Provincial,
            has: Tier::Innovative
        }
    );
}
