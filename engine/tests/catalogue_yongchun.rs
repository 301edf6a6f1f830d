//! 永政办规〔2024〕1号, worked by hand from the text. Window 2024-01-23 to 2025-12-31.
mod common;
use common::*;
use srdi_engine::catalogue::Status;
use srdi_engine::{Loan, LoanPurpose, ParkResidency, Quantity, Reason, Tier};

fn yongchun(tier: Tier) -> srdi_engine::Profile {
    let mut p = profile("quanzhou", Some("yongchun"));
    p.tier = Some(tier);
    p
}

fn park_loan(principal: &str, months: u32, start: &str) -> Loan {
    Loan {
        purpose: LoanPurpose::ParkPremises,
        principal: d(principal),
        annual_rate: d("0.04"),
        term_months: months,
        start: date(start),
        other_provincial_discount: false,
    }
}

/// 四、（一）: 小巨人 50万, 省级专精特新 10万, 创新型 1万, each for a first recognition.
#[test]
fn first_recognition_awards_stack_by_tier() {
    let mut p = yongchun(Tier::LittleGiant);
    p.recognitions.insert(Tier::Innovative, date("2024-02-01"));
    p.recognitions.insert(Tier::Provincial, date("2024-03-01"));
    p.recognitions.insert(Tier::LittleGiant, date("2024-06-15"));
    let r = run(&p, "2025-06-01");
    assert_eq!(amount(&r, "yc-first-little-giant"), d("500000"));
    assert_eq!(amount(&r, "yc-first-provincial"), d("100000"));
    assert_eq!(amount(&r, "yc-first-innovative"), d("10000"));
    // 500,000 + 100,000 + 10,000; all county money.
    assert_eq!(r.totals.county.exact, d("610000"));
    assert_eq!(
        r.totals.all.exact,
        d("610000") + r.totals.province.exact + r.totals.city.exact
    );
}

/// The window is inclusive at both ends: a recognition on 2024-01-23 counts, one the day
/// before does not.
#[test]
fn recognition_must_fall_inside_the_window() {
    let mut p = yongchun(Tier::Provincial);
    p.recognitions.insert(Tier::Provincial, date("2024-01-23"));
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "yc-first-provincial"),
        d("100000")
    );
    p.recognitions.insert(Tier::Provincial, date("2024-01-22"));
    let r = run(&p, "2025-06-01");
    assert!(matches!(
        reason(&r, "yc-first-provincial"),
        Reason::OutsideWindow { .. }
    ));
    p.recognitions.insert(Tier::Provincial, date("2026-01-01"));
    let r = run(&p, "2026-02-01");
    assert!(matches!(
        reason(&r, "yc-first-provincial"),
        Reason::OutsideWindow { .. }
    ));
}

/// 有效期至 2025年12月31日: after that the line shows as expired and leaves the totals.
#[test]
fn expired_on_the_evaluation_date_is_shown_but_not_counted() {
    let mut p = yongchun(Tier::Provincial);
    p.recognitions.insert(Tier::Provincial, date("2024-05-01"));
    let r = run(&p, "2026-01-01");
    let l = line(&r, "yc-first-provincial");
    assert_eq!(l.status, Status::Expired);
    assert!(!l.counted);
    assert_eq!(r.totals.county.exact, d("0"));
    let r = run(&p, "2025-12-31");
    assert_eq!(line(&r, "yc-first-provincial").status, Status::InForce);
    assert_eq!(r.totals.county.exact, d("100000"));
}

/// A tier below the award's, or no recognition date, excludes the line with that reason.
#[test]
fn missing_tier_or_date_is_a_reason() {
    let mut p = yongchun(Tier::Innovative);
    p.recognitions.insert(Tier::Innovative, date("2024-05-01"));
    let r = run(&p, "2025-06-01");
    assert_eq!(amount(&r, "yc-first-innovative"), d("10000"));
    assert_eq!(
        reason(&r, "yc-first-little-giant"),
        &Reason::TierTooLow {
            needs: Tier::LittleGiant,
            has: Tier::Innovative
        }
    );
    let r = run(&yongchun(Tier::Provincial), "2025-06-01");
    assert_eq!(
        reason(&r, "yc-first-provincial"),
        &Reason::NoRecognitionDate {
            tier: Tier::Provincial
        }
    );
}

/// 四、（二）2: 20% of rent for at most a year, 单家企业不超过50万元. 3,000,000 × 20% = 600,000 → 500,000.
/// 四、（二）1: 10,000,000 × 1% × 12/12 = 100,000. 不重复享受: the rent subsidy, larger, is paid.
#[test]
fn rent_subsidy_and_loan_interest_are_not_both_paid() {
    let mut p = yongchun(Tier::Provincial);
    p.park = ParkResidency::SrdiPark;
    p.amounts.insert(Quantity::ParkRentPerYear, d("3000000"));
    p.amounts.insert(Quantity::ParkRentMonths, d("12"));
    p.loans.push(park_loan("10000000", 12, "2024-07-01"));
    let r = run(&p, "2025-06-01");
    assert_eq!(amount(&r, "yc-park-rent"), d("500000"));
    assert_eq!(
        reason(&r, "yc-park-loan-interest"),
        &Reason::NotCombined {
            with: "yc-park-rent",
            amount: Some(d("100000")),
            other_amount: Some(d("500000"))
        }
    );
    assert_eq!(r.totals.county.exact, d("500000"));
}

/// Rent 200,000/yr for 6 months: 200,000 × 6/12 × 20% = 20,000, less than the loan's
/// 10,000,000 × 1% = 100,000, so the loan discount is paid instead.
#[test]
fn the_better_of_rent_and_interest_is_chosen() {
    let mut p = yongchun(Tier::Provincial);
    p.park = ParkResidency::SrdiPark;
    p.amounts.insert(Quantity::ParkRentPerYear, d("200000"));
    p.amounts.insert(Quantity::ParkRentMonths, d("6"));
    p.loans.push(park_loan("10000000", 24, "2024-07-01"));
    let r = run(&p, "2025-06-01");
    assert_eq!(amount(&r, "yc-park-loan-interest"), d("100000"));
    assert!(matches!(
        reason(&r, "yc-park-rent"),
        Reason::NotCombined {
            with: "yc-park-loan-interest",
            ..
        }
    ));
}

/// 补贴期限按实际贷款期限计算，最长不超过1年: 1,000,000 × 1% × 7/12 = 5,833.333… → 5,833.33
/// (rounded to the fen, half away from zero). 单家企业不超过50万元: 60,000,000 × 1% = 600,000 → 500,000.
#[test]
fn loan_interest_is_pro_rated_and_capped() {
    let mut p = yongchun(Tier::LittleGiant);
    p.park = ParkResidency::SrdiPark;
    p.loans.push(park_loan("1000000", 7, "2024-07-01"));
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "yc-park-loan-interest"),
        d("5833.33")
    );
    p.loans.push(park_loan("59000000", 36, "2025-01-10"));
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "yc-park-loan-interest"),
        d("500000")
    );
    // A loan that started before the text took effect does not count.
    p.loans = vec![park_loan("1000000", 12, "2023-12-31")];
    assert!(matches!(
        reason(&run(&p, "2025-06-01"), "yc-park-loan-interest"),
        Reason::OutsideWindow { .. }
    ));
}

/// 四、（二）3: 用电量达到200万千瓦时以上 → 0.05 元/kWh, 单家企业不超过50万元.
#[test]
fn electricity_award_threshold_is_inclusive_and_capped() {
    let mut p = yongchun(Tier::Provincial);
    p.park = ParkResidency::SrdiPark;
    p.amounts.insert(Quantity::ParkFirstYearKwh, d("1999999"));
    assert!(matches!(
        reason(&run(&p, "2025-06-01"), "yc-park-electricity"),
        Reason::BelowThreshold { .. }
    ));
    p.amounts.insert(Quantity::ParkFirstYearKwh, d("2000000"));
    // 2,000,000 × 0.05 = 100,000
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "yc-park-electricity"),
        d("100000")
    );
    p.amounts.insert(Quantity::ParkFirstYearKwh, d("12000000"));
    // 12,000,000 × 0.05 = 600,000 → capped at 500,000
    assert_eq!(
        amount(&run(&p, "2025-06-01"), "yc-park-electricity"),
        d("500000")
    );
}

/// The park benefits are for firms 入驻 the 专精特新示范园区.
#[test]
fn park_benefits_need_park_residency() {
    let mut p = yongchun(Tier::Provincial);
    p.amounts.insert(Quantity::ParkFirstYearKwh, d("3000000"));
    assert_eq!(
        reason(&run(&p, "2025-06-01"), "yc-park-electricity"),
        &Reason::NotInPark
    );
}

/// A firm elsewhere in Quanzhou sees none of Yongchun's lines, included or excluded.
#[test]
fn yongchun_entries_stay_in_yongchun() {
    let mut p = profile("quanzhou", Some("jinjiang"));
    p.tier = Some(Tier::LittleGiant);
    p.recognitions.insert(Tier::LittleGiant, date("2024-06-15"));
    let r = run(&p, "2025-06-01");
    assert!(r.lines.iter().all(|l| !l.entry.starts_with("yc-")));
    assert!(r.excluded.iter().all(|e| !e.entry.starts_with("yc-")));
}

/// The CSV opens in Excel and WPS: a UTF-8 BOM, CRLF rows, every field quoted, Chinese kept.
#[test]
fn csv_export_has_bom_quotes_and_totals() {
    let mut p = yongchun(Tier::Provincial);
    p.recognitions.insert(Tier::Provincial, date("2024-03-01"));
    let r = run(&p, "2025-06-01");
    let csv = srdi_engine::export::csv(
        &r,
        &p,
        date("2025-06-01"),
        srdi_engine::describe::Lang::Zh,
        &Default::default(),
    );
    assert!(csv.starts_with('\u{feff}'));
    assert!(csv.contains("\"首次认定省级专精特新中小企业叠加奖励\",\"100000\""));
    assert!(csv.contains("\r\n"));
    // The checklist's columns close the header (14: … 责任单位, 发放方式, 需提供的依据).
    let header = csv.lines().next().expect("header");
    assert!(
        header.ends_with("\"未享受原因\",\"责任单位\",\"发放方式\",\"需提供的依据\""),
        "{header}"
    );
    let line = csv
        .lines()
        .find(|l| l.contains("首次认定省级专精特新中小企业叠加奖励"))
        .expect("row");
    // 四、（一） (责任单位：县工信商务局、财政局), paid once, on the first recognition.
    assert!(
        line.ends_with(
            "\"县工信商务局、财政局\",\"一次性\",\"首次认定为省级专精特新中小企业：2024-03-01\""
        ),
        "{line}"
    );
    // In English the department names stay Chinese, with a gloss.
    let en = srdi_engine::export::csv(
        &r,
        &p,
        date("2025-06-01"),
        srdi_engine::describe::Lang::En,
        &Default::default(),
    );
    let line = en.lines().find(|l| l.contains("\"100000\"")).expect("row");
    assert!(line.contains("县工信商务局 ("), "{line}");
    // 四、（一）: 100,000 in the exact claimable-now total of all levels.
    assert!(
        csv.contains("\"现可申领\",\"各级合计\",\"100000\",\"0\","),
        "{csv}"
    );
}

/// A county line without an amount, in force on the evaluation date.
fn unquantified_county_line(r: &srdi_engine::Report, id: &str) {
    let l = line(r, id);
    assert_eq!(l.amount, None, "{id}");
    assert_eq!(l.payer, srdi_engine::PayerLevel::County, "{id}");
    assert_eq!(l.status, Status::InForce, "{id}");
}

/// The measures of 三、（四）（五） addressed to 专精特新 firms: a provincial SRDI firm in 永春 gets
/// each as a county line without an amount; an innovative SME does not, for its tier.
/// - 三、（四） "在重大科技专项中，设置面向专精特新中小企业的专题模块，将专精特新中小企业关键核心技术
///   与重点创新产品等重点研发方向纳入重点支持领域。"
/// - 三、（五） "引导政府性融资担保机构加大对专精特新企业增信服务力度，…进一步减少或取消反担保要求，
///   并切实降费让利，为专精特新企业融资提供增信服务。"
/// - 三、（五） "加强企业上市辅导，大力推进专精特新企业上市进程。"
#[test]
fn srdi_channels_show_unquantified_for_provincial_firms_only() {
    let ids = [
        "yc-dedicated-module",
        "yc-guarantee-counter-guarantee",
        "yc-listing-coaching",
    ];
    let r = run(&yongchun(Tier::Provincial), "2025-06-01");
    for id in ids {
        unquantified_county_line(&r, id);
    }
    let r = run(&yongchun(Tier::Innovative), "2025-06-01");
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

/// 三、（六） "推荐符合条件的专精特新“小巨人”企业参评省、市高层次人才自主认定，扩大企业自主认定人才
/// 权限": a 小巨人 gets the line (no amount); a provincial SRDI firm does not.
#[test]
fn talent_self_recognition_nomination_is_for_little_giants() {
    let r = run(&yongchun(Tier::LittleGiant), "2025-06-01");
    unquantified_county_line(&r, "yc-talent-self-recognition");
    let r = run(&yongchun(Tier::Provincial), "2025-06-01");
    assert_eq!(
        reason(&r, "yc-talent-self-recognition"),
        &Reason::TierTooLow {
            needs: Tier::LittleGiant,
            has: Tier::Provincial
        }
    );
}

/// 三、（六） "加大政府补助或购买第三方服务等形式，帮助企业对标专精特新提升经营管理水平。": for a firm
/// measuring itself against the 专精特新 standard, so no tier is needed — an innovative SME gets
/// the line (no amount) while the text is in force; after its end (有效期至2025年12月31日), a line
/// with no event of its own is outside the window.
#[test]
fn management_upgrading_is_for_any_firm_while_in_force() {
    let r = run(&yongchun(Tier::Innovative), "2025-12-31");
    unquantified_county_line(&r, "yc-management-upgrading");
    let r = run(&yongchun(Tier::Innovative), "2026-01-01");
    assert!(matches!(
        reason(&r, "yc-management-upgrading"),
        Reason::OutsideWindow { .. }
    ));
}
