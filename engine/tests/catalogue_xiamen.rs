//! 厦府办规〔2024〕11号, worked by hand from the text. Window 2024-09-11 to 2026-12-31.
mod common;
use common::*;
use srdi_engine::{Fact, Kind, Loan, LoanPurpose, PayerLevel, Quantity, Reason, Tier};

fn xiamen(tier: Tier) -> srdi_engine::Profile {
    let mut p = profile("xiamen", Some("huli"));
    p.tier = Some(tier);
    p
}

fn ip_loan(principal: &str, rate: &str, months: u32, start: &str) -> Loan {
    Loan {
        purpose: LoanPurpose::IpPledge,
        principal: d(principal),
        annual_rate: d(rate),
        term_months: months,
        start: date(start),
        other_provincial_discount: false,
    }
}

/// 二、（一）2: 对首次获得专精特新“小巨人”称号的企业，由市级、区级分别给予一次性50万元奖励.
#[test]
fn first_little_giant_pays_city_and_district() {
    let mut p = xiamen(Tier::LittleGiant);
    p.recognitions.insert(Tier::LittleGiant, date("2025-03-01"));
    let r = run(&p, "2025-06-01");
    assert_eq!(amount(&r, "xm-first-little-giant-city"), d("500000"));
    assert_eq!(amount(&r, "xm-first-little-giant-district"), d("500000"));
    assert_eq!(
        line(&r, "xm-first-little-giant-district").payer,
        PayerLevel::County
    );
    // Recognised before the text took effect on 2024-09-11.
    p.recognitions.insert(Tier::LittleGiant, date("2024-01-01"));
    assert!(matches!(
        reason(&run(&p, "2025-06-01"), "xm-first-little-giant-city"),
        Reason::OutsideWindow { .. }
    ));
}

/// 二、（三）5: 按融资利率最高不超过一年期LPR，比例最高60%. LPR on 2025-06-01 is 3.00%.
/// 10,000,000 at 4.5% for 12 months: 10,000,000 × 3.00% × 60% = 180,000.
/// At 2.5%: 10,000,000 × 2.5% × 60% = 150,000. For 6 months: half, 90,000.
#[test]
fn ip_pledge_counts_the_rate_only_up_to_the_lpr() {
    let mut p = xiamen(Tier::Provincial);
    p.loans.push(ip_loan("10000000", "0.045", 12, "2025-06-01"));
    let r = run(&p, "2025-06-01");
    assert_eq!(amount(&r, "xm-ip-pledge-discount"), d("180000"));
    assert_eq!(line(&r, "xm-ip-pledge-discount").kind, Kind::UpTo);
    p.loans[0].annual_rate = d("0.025");
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "xm-ip-pledge-discount"),
        d("150000")
    );
    p.loans[0] = ip_loan("10000000", "0.045", 6, "2025-06-01");
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "xm-ip-pledge-discount"),
        d("90000")
    );
    // The user overrides the LPR at 3.5%: 10,000,000 × 3.5% × 60% × 6/12 = 105,000.
    p.lpr_override = Some(d("0.035"));
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "xm-ip-pledge-discount"),
        d("105000")
    );
    // 企业一年享受贴息总额最高30万元: 100,000,000 × 3% × 60% = 1,800,000 → 300,000.
    p.lpr_override = None;
    p.loans[0] = ip_loan("100000000", "0.045", 12, "2025-06-01");
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "xm-ip-pledge-discount"),
        d("300000")
    );
}

/// 二、（二）3: 上年度设备投入100～500万元 → 不超过10%; 500万元（含）以上 → another policy.
#[test]
fn equipment_subsidy_band_is_one_to_five_million() {
    let mut p = xiamen(Tier::Provincial);
    p.amounts.insert(Quantity::EquipmentPrevYear, d("1000000"));
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "xm-equipment-subsidy"),
        d("100000")
    );
    p.amounts.insert(Quantity::EquipmentPrevYear, d("999999"));
    assert!(matches!(
        reason(&run(&p, "2025-06-01"), "xm-equipment-subsidy"),
        Reason::BelowThreshold { .. }
    ));
    p.amounts.insert(Quantity::EquipmentPrevYear, d("5000000"));
    let r = run(&p, "2025-06-01");
    assert!(matches!(
        reason(&r, "xm-equipment-subsidy"),
        Reason::BelowThreshold { .. }
    ));
    assert_eq!(line(&r, "xm-equipment-large").amount, None);
}

/// 二、（六）15: 单张保单保险费率7‰以内部分的保费，按企业实缴保险费用40%给予补贴，单家企业最高30万元.
/// Insured 50,000,000, premium 500,000: within 7‰ is 350,000; × 40% = 140,000.
#[test]
fn credit_insurance_counts_premium_within_seven_per_mille() {
    let mut p = xiamen(Tier::Provincial);
    p.amounts
        .insert(Quantity::CreditInsuranceInsured, d("50000000"));
    p.amounts
        .insert(Quantity::CreditInsurancePremium, d("500000"));
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "xm-credit-insurance"),
        d("140000")
    );
    // Premium 200,000 is within 7‰: 200,000 × 40% = 80,000.
    p.amounts
        .insert(Quantity::CreditInsurancePremium, d("200000"));
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "xm-credit-insurance"),
        d("80000")
    );
}

/// 二、（三）7: 数字化改造 up to 30%, 单家企业最高25万元, only at digital level 2 or above, for the
/// reserve and 小巨人; 1,000,000 × 30% = 300,000 → 250,000.
#[test]
fn digital_upgrade_needs_level_two_and_reserve_or_little_giant() {
    let mut p = xiamen(Tier::LittleGiantReserve);
    p.amounts
        .insert(Quantity::DigitalUpgradeSpend, d("1000000"));
    assert_eq!(
        reason(&run(&p, "2025-06-01"), "xm-digital-upgrade"),
        &Reason::MissingFact {
            fact: Fact::DigitalLevel2
        }
    );
    p.facts.insert(Fact::DigitalLevel2);
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "xm-digital-upgrade"),
        d("250000")
    );
    p.tier = Some(Tier::Provincial);
    assert!(matches!(
        reason(&run(&p, "2025-06-01"), "xm-digital-upgrade"),
        Reason::TierTooLow { .. }
    ));
}

/// 二、（一）2: 后备企业 最高30万元; a 小巨人 is no longer a reserve firm.
#[test]
fn reserve_award_only_for_reserve_firms() {
    assert_eq!(
        amount(
            &run(&xiamen(Tier::LittleGiantReserve), "2025-06-01"),
            "xm-reserve-performance-award"
        ),
        d("300000")
    );
    let r = run(&xiamen(Tier::LittleGiant), "2025-06-01");
    assert!(matches!(
        reason(&r, "xm-reserve-performance-award"),
        Reason::TierTooHigh { .. }
    ));
}

/// 二、（二）3: 企业固定融资成本为2%/年，其余部分由财政贴息: 20,000,000 at 3.8% for 12 months →
/// 20,000,000 × 1.8% = 360,000.
#[test]
fn tech_fund_discount_is_the_rate_above_two_percent() {
    let mut p = xiamen(Tier::Provincial);
    p.loans.push(Loan {
        purpose: LoanPurpose::TechInnovationFund,
        principal: d("20000000"),
        annual_rate: d("0.038"),
        term_months: 24,
        start: date("2025-01-15"),
        other_provincial_discount: false,
    });
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "xm-tech-fund-discount"),
        d("360000")
    );
}

/// 二、（三）7 and 二、（六）13: consulting 50% up to 300,000; training 500 元 per person-day;
/// venue rent at most 100,000. 800,000 × 50% = 400,000 → 300,000; 40 × 500 = 20,000; 150,000 → 100,000.
#[test]
fn consulting_training_and_fair_rent() {
    let mut p = xiamen(Tier::Provincial);
    p.amounts.insert(Quantity::ConsultingFees, d("800000"));
    p.amounts.insert(Quantity::TrainingPersonDays, d("40"));
    p.amounts
        .insert(Quantity::DomesticFairVenueRent, d("150000"));
    let r = run(&p, "2025-06-01");
    assert_eq!(amount(&r, "xm-consulting-subsidy"), d("300000"));
    assert_eq!(amount(&r, "xm-training-subsidy"), d("20000"));
    assert_eq!(amount(&r, "xm-domestic-fair-rent"), d("100000"));
}
