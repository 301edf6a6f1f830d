//! 闽工信规〔2023〕11号, worked by hand from the text. Window 2023-12-28 to 2026-12-31; applies
//! in every city of Fujian.
mod common;
use common::*;
use srdi_engine::{Fact, Loan, LoanPurpose, PayerLevel, Quantity, Reason, Tier};

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

/// 二、（七）: 年化1%的贴息补助，单家企业最高贴息金额不超过20万元，贴息期限不超过1年.
/// 5,000,000 × 1% × 12/12 = 50,000; a 36-month loan still counts 12 months.
#[test]
fn working_capital_discount_is_one_percent_for_at_most_a_year() {
    let mut p = firm("fuzhou", Tier::Provincial);
    p.loans
        .push(working_capital("5000000", 36, "2024-03-01", false));
    let r = run(&p, "2025-06-01");
    assert_eq!(amount(&r, "fj-working-capital-discount"), d("50000"));
    assert_eq!(
        line(&r, "fj-working-capital-discount").payer,
        PayerLevel::Province
    );
    // 6 months: 5,000,000 × 1% × 6/12 = 25,000.
    p.loans[0].term_months = 6;
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "fj-working-capital-discount"),
        d("25000")
    );
}

/// 30,000,000 × 1% = 300,000, above the 200,000 cap.
#[test]
fn working_capital_discount_is_capped_per_enterprise() {
    let mut p = firm("xiamen", Tier::LittleGiant);
    p.loans
        .push(working_capital("20000000", 12, "2024-03-01", false));
    p.loans
        .push(working_capital("10000000", 12, "2025-01-01", false));
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "fj-working-capital-discount"),
        d("200000")
    );
}

/// 同一笔贷款已享受其他省级贴息政策的，不重复享受; a loan before 2023-12-28 is outside the window.
#[test]
fn working_capital_discount_exclusions() {
    let mut p = firm("fuzhou", Tier::Provincial);
    p.loans
        .push(working_capital("5000000", 12, "2024-03-01", true));
    let r = run(&p, "2025-06-01");
    assert_eq!(
        reason(&r, "fj-working-capital-discount"),
        &Reason::NoQualifyingLoan {
            purpose: LoanPurpose::WorkingCapital
        }
    );
    p.loans = vec![working_capital("5000000", 12, "2023-12-27", false)];
    assert!(matches!(
        reason(&run(&p, "2025-06-01"), "fj-working-capital-discount"),
        Reason::OutsideWindow { .. }
    ));
    // An innovative SME is not a 专精特新中小企业.
    let mut p = firm("fuzhou", Tier::Innovative);
    p.loans
        .push(working_capital("5000000", 12, "2024-03-01", false));
    assert!(matches!(
        reason(&run(&p, "2025-06-01"), "fj-working-capital-discount"),
        Reason::TierTooLow { .. }
    ));
}

/// 二、（七）: 按照实际到资额分别给予5%、1%奖励，最高100万元.
/// 10,000,000 × 5% + 20,000,000 × 1% = 500,000 + 200,000 = 700,000; 30,000,000 × 5% → 1,000,000.
#[test]
fn equity_reward_five_and_one_percent_capped() {
    let mut p = firm("fuzhou", Tier::Innovative);
    p.amounts
        .insert(Quantity::EquityTransformationFund, d("10000000"));
    p.amounts.insert(Quantity::EquitySmeFund, d("20000000"));
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "fj-equity-fund-reward"),
        d("700000")
    );
    p.amounts
        .insert(Quantity::EquityTransformationFund, d("30000000"));
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "fj-equity-fund-reward"),
        d("1000000")
    );
}

/// 二、（二）: 年度自主研发费用1000万元以上 (inclusive) and a joint lab → 按规定给予补助, unquantified.
#[test]
fn joint_lab_needs_ten_million_of_rd() {
    let mut p = firm("fuzhou", Tier::Provincial);
    p.facts.insert(Fact::JointLab);
    p.amounts.insert(Quantity::RdSpend, d("9999999"));
    assert!(matches!(
        reason(&run(&p, "2025-06-01"), "fj-joint-lab-subsidy"),
        Reason::BelowThreshold { .. }
    ));
    p.amounts.insert(Quantity::RdSpend, d("10000000"));
    let r = run(&p, "2025-06-01");
    assert_eq!(line(&r, "fj-joint-lab-subsidy").amount, None);
    assert!(r.totals.province.unquantified >= 1);
}

/// 本行动计划有效期至2026年12月31日: on 2027-01-01 the lines are expired and leave the totals.
#[test]
fn provincial_lines_expire_after_2026() {
    let mut p = firm("fuzhou", Tier::Provincial);
    p.loans
        .push(working_capital("5000000", 12, "2026-06-01", false));
    assert_eq!(run(&p, "2026-12-31").totals.province.exact, d("50000"));
    let r = run(&p, "2027-01-01");
    assert!(!line(&r, "fj-working-capital-discount").counted);
    assert_eq!(r.totals.province.exact, d("0"));
}
