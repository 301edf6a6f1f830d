//! 厦府办规〔2024〕11号, worked by hand from the text (catalogue/sources/xiamen-2024-11.txt).
//! Window: 本措施自发布之日起施行，有效期至2026年12月31日 → 2024-09-11 to 2026-12-31.
//! 1-year LPR (parameters.toml): 3.35% from 2024-07-22, 3.10% from 2024-10-21, 3.00% from
//! 2025-05-20.
mod common;
use common::*;
use srdi_engine::catalogue::Status;
use srdi_engine::{Fact, Kind, Loan, LoanPurpose, PayerLevel, Profile, Quantity, Reason, Tier};

const ON: &str = "2025-06-01";

fn xiamen(tier: Tier) -> Profile {
    let mut p = profile("xiamen", Some("huli"));
    p.tier = Some(tier);
    p
}

fn loan(purpose: LoanPurpose, principal: &str, rate: &str, months: u32, start: &str) -> Loan {
    Loan {
        purpose,
        principal: d(principal),
        annual_rate: d(rate),
        term_months: months,
        start: date(start),
        other_provincial_discount: false,
    }
}

fn ip_loan(principal: &str, rate: &str, months: u32, start: &str) -> Loan {
    loan(LoanPurpose::IpPledge, principal, rate, months, start)
}

fn fund_loan(principal: &str, rate: &str, months: u32, start: &str) -> Loan {
    loan(
        LoanPurpose::TechInnovationFund,
        principal,
        rate,
        months,
        start,
    )
}

fn outside_window(r: &srdi_engine::Report, id: &str, event: &str) {
    assert_eq!(
        reason(r, id),
        &Reason::OutsideWindow {
            event: date(event),
            from: date("2024-09-11"),
            to: Some(date("2026-12-31")),
        },
        "{id}"
    );
}

/// 二、（一）2: 对首次获得专精特新“小巨人”称号的企业，由市级、区级分别给予一次性50万元奖励。
/// First title on 2025-03-01 → 500,000 from the city and 500,000 from the district.
#[test]
fn first_little_giant_pays_city_and_district() {
    let mut p = xiamen(Tier::LittleGiant);
    p.recognitions.insert(Tier::LittleGiant, date("2025-03-01"));
    let r = run(&p, ON);
    let city = line(&r, "xm-first-little-giant-city");
    let district = line(&r, "xm-first-little-giant-district");
    assert_eq!(city.amount, Some(d("500000")));
    assert_eq!(district.amount, Some(d("500000")));
    assert_eq!((city.payer, city.kind), (PayerLevel::City, Kind::Exact));
    assert_eq!(
        (district.payer, district.kind),
        (PayerLevel::County, Kind::Exact)
    );
    assert!(city.counted && district.counted);

    // A 重点小巨人 first recognised as 小巨人 in the window gets the same.
    p.tier = Some(Tier::KeyLittleGiant);
    assert_eq!(
        amount(&run(&p, ON), "xm-first-little-giant-district"),
        d("500000")
    );

    // The window is inclusive: recognised on the day of issue, 2024-09-11, counts.
    p.recognitions.insert(Tier::LittleGiant, date("2024-09-11"));
    assert_eq!(
        amount(&run(&p, ON), "xm-first-little-giant-city"),
        d("500000")
    );

    // Recognised 2024-01-01, before the text took effect: excluded.
    p.recognitions.insert(Tier::LittleGiant, date("2024-01-01"));
    let r = run(&p, ON);
    outside_window(&r, "xm-first-little-giant-city", "2024-01-01");
    outside_window(&r, "xm-first-little-giant-district", "2024-01-01");

    // No recognition date given: nothing to check the window against.
    p.recognitions.clear();
    assert_eq!(
        reason(&run(&p, ON), "xm-first-little-giant-city"),
        &Reason::NoRecognitionDate {
            tier: Tier::LittleGiant
        }
    );
}

/// A line for a recognition inside the window, looked at after 2026-12-31: shown, not counted.
#[test]
fn after_the_window_lines_are_expired_and_not_counted() {
    let mut p = xiamen(Tier::LittleGiant);
    p.recognitions.insert(Tier::LittleGiant, date("2025-03-01"));
    let r = run(&p, "2027-03-01");
    let l = line(&r, "xm-first-little-giant-city");
    assert_eq!(l.status, Status::Expired);
    assert!(!l.counted);
    // An entry that is checked on the evaluation date itself is excluded.
    outside_window(&r, "xm-land-priority", "2027-03-01");
}

/// 二、（一）2: 结合后备企业…综合指标，按照绩效考核结果给予最高30万元奖励 — reserve firms only.
#[test]
fn reserve_award_only_for_reserve_firms() {
    let r = run(&xiamen(Tier::LittleGiantReserve), ON);
    let l = line(&r, "xm-reserve-performance-award");
    assert_eq!((l.amount, l.kind), (Some(d("300000")), Kind::UpTo));
    assert_eq!(
        reason(
            &run(&xiamen(Tier::LittleGiant), ON),
            "xm-reserve-performance-award"
        ),
        &Reason::TierTooHigh {
            max: Tier::LittleGiantReserve,
            has: Tier::LittleGiant
        }
    );
    assert_eq!(
        reason(
            &run(&xiamen(Tier::Provincial), ON),
            "xm-reserve-performance-award"
        ),
        &Reason::TierTooLow {
            needs: Tier::LittleGiantReserve,
            has: Tier::Provincial
        }
    );
}

/// 二、（二）3: 企业固定融资成本为2%/年，其余部分由财政贴息 (fixed-asset loans, far under their 5亿 ceiling).
/// 20,000,000 at 3.8% for 24 months: (3.8% − 2%) × 20,000,000 × 12/12 = 360,000 (one year).
/// 10,000,000 at 3.5% for 6 months: 1.5% × 10,000,000 × 6/12 = 75,000. Both: 435,000, no cap.
#[test]
fn tech_fund_discount_is_the_rate_above_two_percent() {
    let mut p = xiamen(Tier::Provincial);
    p.loans
        .push(fund_loan("20000000", "0.038", 24, "2025-01-15"));
    let r = run(&p, ON);
    assert_eq!(amount(&r, "xm-tech-fund-discount"), d("360000"));
    assert_eq!(line(&r, "xm-tech-fund-discount").kind, Kind::Exact);
    p.loans
        .push(fund_loan("10000000", "0.035", 6, "2025-03-01"));
    assert_eq!(amount(&run(&p, ON), "xm-tech-fund-discount"), d("435000"));

    // At 2% the firm already bears the whole rate: nothing to discount.
    p.loans = vec![fund_loan("10000000", "0.02", 12, "2025-03-01")];
    assert_eq!(reason(&run(&p, ON), "xm-tech-fund-discount"), &Reason::Zero);

    // A loan started before 2024-09-11 is outside the window.
    p.loans = vec![fund_loan("10000000", "0.04", 12, "2024-08-01")];
    outside_window(&run(&p, ON), "xm-tech-fund-discount", "2024-08-01");

    // A pledge loan is not a fund loan.
    p.loans = vec![ip_loan("10000000", "0.04", 12, "2025-03-01")];
    assert_eq!(
        reason(&run(&p, ON), "xm-tech-fund-discount"),
        &Reason::NoQualifyingLoan {
            purpose: LoanPurpose::TechInnovationFund
        }
    );
}

/// 二、（二）3, the fund's loan ceilings: "其中专精特新“小巨人”企业固定资产投资贷款额度上限从5亿元
/// 提高至10亿元，研发创新贷款上限从5000万元提高至1亿元". Worked by an independent reader
/// (docs/readings/time-model.md, D): a provincial firm's R&D loan of 60,000,000 at 4% for 12
/// months counts only 50,000,000: 50,000,000 × (4% − 2%) = 1,000,000 (not 1,200,000); at
/// 30,000,000 nothing is cut: 600,000; a 小巨人's 60,000,000 is under its 1亿 ceiling:
/// 1,200,000. A fixed-asset loan of 60,000,000 is far under 5亿: 1,200,000.
#[test]
fn tech_fund_discount_counts_the_principal_up_to_the_loan_ceiling() {
    let rd = |principal: &str| {
        loan(
            LoanPurpose::TechInnovationFundRd,
            principal,
            "0.04",
            12,
            "2025-03-01",
        )
    };
    let mut p = xiamen(Tier::Provincial);
    p.loans = vec![rd("60000000")];
    let r = run(&p, ON);
    assert_eq!(amount(&r, "xm-tech-fund-rd-discount"), d("1000000"));
    assert!(r.lines.iter().all(|l| l.entry != "xm-tech-fund-discount"));
    p.loans = vec![rd("30000000")];
    assert_eq!(
        amount(&run(&p, ON), "xm-tech-fund-rd-discount"),
        d("600000")
    );
    // At the ceiling and one yuan above it: the same 1,000,000.
    p.loans = vec![rd("50000000")];
    assert_eq!(
        amount(&run(&p, ON), "xm-tech-fund-rd-discount"),
        d("1000000")
    );
    p.loans = vec![rd("50000001")];
    assert_eq!(
        amount(&run(&p, ON), "xm-tech-fund-rd-discount"),
        d("1000000")
    );
    let mut giant = xiamen(Tier::LittleGiant);
    giant.loans = vec![rd("60000000")];
    assert_eq!(
        amount(&run(&giant, ON), "xm-tech-fund-rd-discount"),
        d("1200000")
    );
    giant.loans = vec![rd("150000000")];
    // 1亿 × 2% = 2,000,000.
    assert_eq!(
        amount(&run(&giant, ON), "xm-tech-fund-rd-discount"),
        d("2000000")
    );
    p.loans = vec![fund_loan("60000000", "0.04", 12, "2025-03-01")];
    assert_eq!(amount(&run(&p, ON), "xm-tech-fund-discount"), d("1200000"));
    // 6亿 fixed-asset loan of a provincial firm: 5亿 × 2% = 10,000,000; a 小巨人's 10亿 ceiling
    // leaves it whole: 12,000,000.
    p.loans = vec![fund_loan("600000000", "0.04", 12, "2025-03-01")];
    assert_eq!(amount(&run(&p, ON), "xm-tech-fund-discount"), d("10000000"));
    giant.loans = vec![fund_loan("600000000", "0.04", 12, "2025-03-01")];
    assert_eq!(
        amount(&run(&giant, ON), "xm-tech-fund-discount"),
        d("12000000")
    );
}

/// 二、（二）3: the higher loan ceilings (5亿→10亿, 5000万→1亿) are for 小巨人 only: no amount.
#[test]
fn higher_fund_ceilings_for_little_giants() {
    let r = run(&xiamen(Tier::LittleGiant), ON);
    let l = line(&r, "xm-tech-fund-higher-ceiling");
    assert_eq!((l.amount, l.kind), (None, Kind::Unquantified));
    assert!(matches!(
        reason(
            &run(&xiamen(Tier::Provincial), ON),
            "xm-tech-fund-higher-ceiling"
        ),
        Reason::TierTooLow { .. }
    ));
}

/// 二、（三）5: 按融资利率最高不超过一年期贷款市场报价利率，比例最高60%给予补贴（单笔贷款补贴期限
/// 最长不超过1年），企业一年享受贴息总额最高30万元.
#[test]
fn ip_pledge_counts_the_rate_only_up_to_the_lpr() {
    let mut p = xiamen(Tier::Provincial);
    // 4.5% for 12 months from 2025-06-01, LPR 3.00%: 10,000,000 × 3.00% × 60% = 180,000.
    p.loans.push(ip_loan("10000000", "0.045", 12, "2025-06-01"));
    let r = run(&p, ON);
    let l = line(&r, "xm-ip-pledge-discount");
    assert_eq!(
        (l.amount, l.kind, l.payer),
        (Some(d("180000")), Kind::UpTo, PayerLevel::City)
    );

    // At 2.5%, below the LPR: 10,000,000 × 2.5% × 60% = 150,000.
    p.loans[0].annual_rate = d("0.025");
    assert_eq!(amount(&run(&p, ON), "xm-ip-pledge-discount"), d("150000"));

    // 6 months at 4.5%: half of 180,000 = 90,000.
    p.loans[0] = ip_loan("10000000", "0.045", 6, "2025-06-01");
    assert_eq!(amount(&run(&p, ON), "xm-ip-pledge-discount"), d("90000"));

    // 18 months counts only 12 (补贴期限最长不超过1年): 180,000.
    p.loans[0] = ip_loan("10000000", "0.045", 18, "2025-06-01");
    assert_eq!(amount(&run(&p, ON), "xm-ip-pledge-discount"), d("180000"));

    // The user's LPR of 3.5%, 6 months at 4.5%: 10,000,000 × 3.5% × 60% × 6/12 = 105,000.
    p.loans[0] = ip_loan("10000000", "0.045", 6, "2025-06-01");
    p.lpr_override = Some(d("0.035"));
    assert_eq!(amount(&run(&p, ON), "xm-ip-pledge-discount"), d("105000"));
    p.lpr_override = None;

    // The LPR in force at the loan's start: 2024-10-01 → 3.35%, 2024-10-21 → 3.10%.
    // 5,000,000 at 4% for 12 months: × 3.35% × 60% = 100,500; × 3.10% × 60% = 93,000.
    p.loans[0] = ip_loan("5000000", "0.04", 12, "2024-10-01");
    assert_eq!(amount(&run(&p, ON), "xm-ip-pledge-discount"), d("100500"));
    p.loans[0] = ip_loan("5000000", "0.04", 12, "2024-10-21");
    assert_eq!(amount(&run(&p, ON), "xm-ip-pledge-discount"), d("93000"));

    // Both loans together: 193,500, under the 300,000 cap.
    p.loans.push(ip_loan("5000000", "0.04", 12, "2024-10-01"));
    assert_eq!(amount(&run(&p, ON), "xm-ip-pledge-discount"), d("193500"));

    // 一年享受贴息总额最高30万元: 100,000,000 × 3% × 60% = 1,800,000 → 300,000.
    p.loans = vec![ip_loan("100000000", "0.045", 12, "2025-06-01")];
    assert_eq!(amount(&run(&p, ON), "xm-ip-pledge-discount"), d("300000"));

    // Started the day before the text took effect.
    p.loans = vec![ip_loan("10000000", "0.045", 12, "2024-09-10")];
    outside_window(&run(&p, ON), "xm-ip-pledge-discount", "2024-09-10");
}

/// 二、（二）3: 各区（管委会）对上年度设备投入100～500万元的…技术改造项目…按年度给予不超过设备投入
/// 10%的补助, 上年度设备投入500万元（含）以上的按照现行工业固投补助政策执行.
#[test]
fn equipment_subsidy_band_is_one_to_five_million() {
    let mut p = xiamen(Tier::Provincial);
    let mut with = |v: &str| {
        p.amounts.insert(Quantity::EquipmentPrevYear, d(v));
        run(&p, ON)
    };
    // 1,000,000 is inside (100万 is the start of the band): × 10% = 100,000, district, up to.
    let r = with("1000000");
    let l = line(&r, "xm-equipment-subsidy");
    assert_eq!(
        (l.amount, l.kind, l.payer),
        (Some(d("100000")), Kind::UpTo, PayerLevel::County)
    );
    assert_eq!(
        reason(&r, "xm-equipment-large"),
        &Reason::BelowThreshold {
            quantity: Quantity::EquipmentPrevYear,
            value: d("1000000")
        }
    );
    // 3,000,000 × 10% = 300,000; 4,999,999 × 10% = 499,999.90.
    assert_eq!(
        amount(&with("3000000"), "xm-equipment-subsidy"),
        d("300000")
    );
    assert_eq!(
        amount(&with("4999999"), "xm-equipment-subsidy"),
        d("499999.9")
    );
    // 999,999 is below the band: neither line.
    let r = with("999999");
    assert!(matches!(
        reason(&r, "xm-equipment-subsidy"),
        Reason::BelowThreshold { .. }
    ));
    assert!(matches!(
        reason(&r, "xm-equipment-large"),
        Reason::BelowThreshold { .. }
    ));
    // 5,000,000 is 500万元（含）以上: not the 10% line, the fixed-investment policy instead.
    let r = with("5000000");
    assert_eq!(
        reason(&r, "xm-equipment-subsidy"),
        &Reason::BelowThreshold {
            quantity: Quantity::EquipmentPrevYear,
            value: d("5000000")
        }
    );
    let l = line(&r, "xm-equipment-large");
    assert_eq!((l.amount, l.kind), (None, Kind::Unquantified));
    // Not answered: the amount is asked for.
    p.amounts.clear();
    assert_eq!(
        reason(&run(&p, ON), "xm-equipment-subsidy"),
        &Reason::MissingAmount {
            quantity: Quantity::EquipmentPrevYear
        }
    );
}

/// 二、（二）4: 对符合条件的共建联合实验室按照新增研发设备（含软件）非财政资金投入的10%给予补助，
/// 最高1000万元. 5,000,000 × 10% = 500,000; 150,000,000 × 10% = 15,000,000 → 10,000,000.
#[test]
fn joint_lab_is_ten_percent_up_to_ten_million() {
    let mut p = xiamen(Tier::Provincial);
    p.amounts.insert(Quantity::JointLabEquipment, d("5000000"));
    assert_eq!(
        reason(&run(&p, ON), "xm-joint-lab-subsidy"),
        &Reason::MissingFact {
            fact: Fact::JointLab
        }
    );
    p.facts.insert(Fact::JointLab);
    let r = run(&p, ON);
    let l = line(&r, "xm-joint-lab-subsidy");
    assert_eq!(
        (l.amount, l.kind, l.payer),
        (Some(d("500000")), Kind::Exact, PayerLevel::City)
    );
    p.amounts
        .insert(Quantity::JointLabEquipment, d("150000000"));
    assert_eq!(amount(&run(&p, ON), "xm-joint-lab-subsidy"), d("10000000"));
}

/// 二、（三）6: 作为主要起草单位制定的国际标准、国家标准、行业标准项目给予最高100万元资助 — per
/// standard. Two standards: 2 × 1,000,000 = 2,000,000 at most.
#[test]
fn standards_are_up_to_a_million_each() {
    let mut p = xiamen(Tier::Provincial);
    p.amounts.insert(Quantity::StandardsLed, d("2"));
    let r = run(&p, ON);
    let l = line(&r, "xm-standards-award");
    assert_eq!((l.amount, l.kind), (Some(d("2000000")), Kind::UpTo));
    p.amounts.insert(Quantity::StandardsLed, d("0"));
    assert_eq!(reason(&run(&p, ON), "xm-standards-award"), &Reason::Zero);
}

/// 二、（三）7: 后备企业、小巨人企业…改造后数字化水平达到二级以上的按其数字化改造实际投入资金最高30%
/// 给予补助，单家企业最高25万元. 500,000 × 30% = 150,000; 1,000,000 × 30% = 300,000 → 250,000.
#[test]
fn digital_upgrade_needs_level_two_and_reserve_or_little_giant() {
    let mut p = xiamen(Tier::LittleGiantReserve);
    p.amounts.insert(Quantity::DigitalUpgradeSpend, d("500000"));
    assert_eq!(
        reason(&run(&p, ON), "xm-digital-upgrade"),
        &Reason::MissingFact {
            fact: Fact::DigitalLevel2
        }
    );
    p.facts.insert(Fact::DigitalLevel2);
    let r = run(&p, ON);
    let l = line(&r, "xm-digital-upgrade");
    assert_eq!((l.amount, l.kind), (Some(d("150000")), Kind::UpTo));
    p.amounts
        .insert(Quantity::DigitalUpgradeSpend, d("1000000"));
    assert_eq!(amount(&run(&p, ON), "xm-digital-upgrade"), d("250000"));
    // A 小巨人 and a 重点小巨人 qualify too; a plain 专精特新中小企业 does not.
    p.tier = Some(Tier::LittleGiant);
    assert_eq!(amount(&run(&p, ON), "xm-digital-upgrade"), d("250000"));
    p.tier = Some(Tier::KeyLittleGiant);
    assert_eq!(amount(&run(&p, ON), "xm-digital-upgrade"), d("250000"));
    p.tier = Some(Tier::Provincial);
    assert!(matches!(
        reason(&run(&p, ON), "xm-digital-upgrade"),
        Reason::TierTooLow { .. }
    ));
}

/// 二、（三）7: 咨询 最高50%，每家企业每年补助最高30万元; 培训 每天每人次最高500元.
/// 二、（六）13: 单家企业给予不超过10万元的场租补贴.
#[test]
fn consulting_training_and_fair_rent() {
    let mut p = xiamen(Tier::Provincial);
    // 400,000 × 50% = 200,000; 40 person-days × 500 = 20,000; rent 60,000 → 60,000.
    p.amounts.insert(Quantity::ConsultingFees, d("400000"));
    p.amounts.insert(Quantity::TrainingPersonDays, d("40"));
    p.amounts
        .insert(Quantity::DomesticFairVenueRent, d("60000"));
    let r = run(&p, ON);
    assert_eq!(amount(&r, "xm-consulting-subsidy"), d("200000"));
    assert_eq!(amount(&r, "xm-training-subsidy"), d("20000"));
    assert_eq!(amount(&r, "xm-domestic-fair-rent"), d("60000"));
    for id in [
        "xm-consulting-subsidy",
        "xm-training-subsidy",
        "xm-domestic-fair-rent",
    ] {
        assert_eq!(line(&r, id).kind, Kind::UpTo, "{id}");
    }
    // 800,000 × 50% = 400,000 → 300,000; rent 150,000 → 100,000.
    p.amounts.insert(Quantity::ConsultingFees, d("800000"));
    p.amounts
        .insert(Quantity::DomesticFairVenueRent, d("150000"));
    let r = run(&p, ON);
    assert_eq!(amount(&r, "xm-consulting-subsidy"), d("300000"));
    assert_eq!(amount(&r, "xm-domestic-fair-rent"), d("100000"));
}

/// 二、（六）15: 单张保单保险费率7‰以内部分的保费，按企业实缴保险费用40%给予补贴，单家企业最高30万元.
#[test]
fn credit_insurance_counts_premium_within_seven_per_mille() {
    let mut p = xiamen(Tier::Provincial);
    // Insured 50,000,000, premium 500,000: within 7‰ is 350,000; × 40% = 140,000.
    p.amounts
        .insert(Quantity::CreditInsuranceInsured, d("50000000"));
    p.amounts
        .insert(Quantity::CreditInsurancePremium, d("500000"));
    let r = run(&p, ON);
    let l = line(&r, "xm-credit-insurance");
    assert_eq!((l.amount, l.kind), (Some(d("140000")), Kind::Exact));
    // Premium 200,000 is within 7‰ (350,000): 200,000 × 40% = 80,000.
    p.amounts
        .insert(Quantity::CreditInsurancePremium, d("200000"));
    assert_eq!(amount(&run(&p, ON), "xm-credit-insurance"), d("80000"));
    // Insured 200,000,000, premium 1,400,000 (exactly 7‰): 560,000 → 300,000.
    p.amounts
        .insert(Quantity::CreditInsuranceInsured, d("200000000"));
    p.amounts
        .insert(Quantity::CreditInsurancePremium, d("1400000"));
    assert_eq!(amount(&run(&p, ON), "xm-credit-insurance"), d("300000"));
    // Without the insured amount the 7‰ limit cannot be worked out.
    p.amounts.remove(&Quantity::CreditInsuranceInsured);
    assert_eq!(
        reason(&run(&p, ON), "xm-credit-insurance"),
        &Reason::MissingAmount {
            quantity: Quantity::CreditInsuranceInsured
        }
    );
}

/// The clauses without an amount show as lines without one, for the tiers and facts they name.
#[test]
fn unquantified_benefits_by_tier_and_fact() {
    let unquantified = |r: &srdi_engine::Report, id: &str| {
        let l = line(r, id);
        assert_eq!((l.amount, l.kind), (None, Kind::Unquantified), "{id}");
    };
    // A 专精特新中小企业 with no facts.
    let mut p = xiamen(Tier::Provincial);
    let r = run(&p, ON);
    for id in [
        "xm-innovation-leading-projects", // 二、（二）4 按条件享受科技创新相关补助
        "xm-patent-fast-track",           // 二、（三）5 专利加快预审额度保障
        "xm-premises-for-innovative",     // 二、（四）8 为创新型中小企业提供适宜的经营场地
        "xm-credit-enhancement",          // 二、（五）11 最高2000万元的融资支持，暂免收增信服务费
        "xm-listing-green-channel",       // 二、（五）12 挂牌绿色通道
    ] {
        unquantified(&r, id);
    }
    for id in [
        "xm-land-priority",            // 二、（四）8 小巨人 only
        "xm-public-venue-display",     // 二、（六）13 小巨人 only
        "xm-tech-fund-higher-ceiling", // 二、（二）3 小巨人 only
    ] {
        assert!(matches!(reason(&r, id), Reason::TierTooLow { .. }), "{id}");
    }
    let missing = [
        ("xm-rd-institution-support", Fact::RdInstitutionInProgress),
        ("xm-overseas-exhibition", Fact::InternationalExhibition),
        ("xm-first-set-procurement", Fact::FirstSetEquipment),
    ];
    for (id, fact) in missing {
        assert_eq!(reason(&r, id), &Reason::MissingFact { fact }, "{id}");
        p.facts.insert(fact);
    }
    let r = run(&p, ON);
    for (id, _) in missing {
        unquantified(&r, id);
    }

    // A 小巨人 sees the land priority, the public display and the higher fund ceilings.
    let r = run(&xiamen(Tier::LittleGiant), ON);
    for id in [
        "xm-land-priority",
        "xm-public-venue-display",
        "xm-tech-fund-higher-ceiling",
    ] {
        unquantified(&r, id);
    }

    // An innovative SME gets only the premises clause of this text.
    let r = run(&xiamen(Tier::Innovative), ON);
    unquantified(&r, "xm-premises-for-innovative");
    assert!(matches!(
        reason(&r, "xm-credit-enhancement"),
        Reason::TierTooLow { .. }
    ));
}

/// The text is Xiamen's: every district and the Torch zone, and a firm that gave only the city;
/// nothing for a firm in Quanzhou.
#[test]
fn only_firms_in_xiamen() {
    for county in [Some("siming"), Some("torch"), Some("xiangan"), None] {
        let mut p = profile("xiamen", county);
        p.tier = Some(Tier::LittleGiant);
        p.recognitions.insert(Tier::LittleGiant, date("2025-03-01"));
        assert_eq!(
            amount(&run(&p, ON), "xm-first-little-giant-district"),
            d("500000"),
            "{county:?}"
        );
    }
    let mut p = profile("quanzhou", Some("jinjiang"));
    p.tier = Some(Tier::LittleGiant);
    p.recognitions.insert(Tier::LittleGiant, date("2025-03-01"));
    let r = run(&p, ON);
    assert!(r.lines.iter().all(|l| !l.entry.starts_with("xm-")));
    assert!(r.excluded.iter().all(|e| !e.entry.starts_with("xm-")));
}

/// 二、（四）8 "鼓励各区（管委会）结合实际新建或新增一定面积的通用厂房，用于保障专精特新中小企业发展。"
/// and 二、（四）9 "组织企业赴先进制造业集中或企业“出海”主要目的地国家和地区考察学习。": a provincial
/// SRDI firm in 湖里 gets the district's factory space and the city's study tours (no amount);
/// an innovative SME gets neither, for its tier.
#[test]
fn factory_space_and_study_tours_are_for_srdi_firms() {
    let r = run(&xiamen(Tier::Provincial), ON);
    for (id, payer) in [
        ("xm-standard-factory-space", PayerLevel::County),
        ("xm-study-tours", PayerLevel::City),
    ] {
        let l = line(&r, id);
        assert_eq!(
            (l.amount, l.kind, l.payer),
            (None, Kind::Unquantified, payer)
        );
        assert_eq!(l.status, Status::InForce);
    }
    let r = run(&xiamen(Tier::Innovative), ON);
    for id in ["xm-standard-factory-space", "xm-study-tours"] {
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

/// 二、（四）9 "专精特新重点“小巨人”、专精特新“小巨人”企业的核心技术高管按规定分别纳入本市B类、C类
/// 高层次人才认定范畴": 分别 — a 重点小巨人's executives class B, a 小巨人's class C. A 重点小巨人
/// gets the B line and not the C one (its tier is above C's); a 小巨人 gets C and not B.
#[test]
fn core_executives_talent_class_follows_the_tier() {
    let r = run(&xiamen(Tier::KeyLittleGiant), ON);
    assert_eq!(line(&r, "xm-key-little-giant-b-talent").amount, None);
    assert_eq!(
        reason(&r, "xm-little-giant-c-talent"),
        &Reason::TierTooHigh {
            max: Tier::LittleGiant,
            has: Tier::KeyLittleGiant
        }
    );
    let r = run(&xiamen(Tier::LittleGiant), ON);
    assert_eq!(line(&r, "xm-little-giant-c-talent").amount, None);
    assert_eq!(
        reason(&r, "xm-key-little-giant-b-talent"),
        &Reason::TierTooLow {
            needs: Tier::KeyLittleGiant,
            has: Tier::LittleGiant
        }
    );
}
