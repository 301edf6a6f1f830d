//! The time model (issue 15): each line is judged by the date of its own event, and on the
//! evaluation date it is claimable, earned under a text that has since ended, planned, outside
//! the window, or a draft. Expected values were worked out by hand from the texts by an
//! independent reader (docs/readings/time-model.md), not from the catalogue entries.

mod common;

use common::*;
use srdi_engine::{
    notices, Date, EventSource, Loan, LoanPurpose, Notice, Occasion, ParkResidency, Profile,
    Quantity, Reason, Standing, Tier,
};

/// The 永春 firm of issue 15: 省级专精特新 first recognised 2024-03-01, 国家小巨人 2025-06-10, in
/// the county's 专精特新 park, rent 2,400,000 元 a year for 12 months from 2025-01-01, moved in
/// on 2025-01-01 and used 2,600,000 kWh in its first year there, and a 5,000,000 元 provincial
/// 专项资金 working-capital loan at 3.5% for 12 months drawn 2026-03-01.
fn yongchun_firm() -> Profile {
    let mut p = profile("quanzhou", Some("yongchun"));
    p.tier = Some(Tier::LittleGiant);
    p.recognitions.insert(Tier::Provincial, date("2024-03-01"));
    p.recognitions.insert(Tier::LittleGiant, date("2025-06-10"));
    p.park = ParkResidency::SrdiPark;
    p.amounts.insert(Quantity::ParkRentPerYear, d("2400000"));
    p.amounts.insert(Quantity::ParkRentMonths, d("12"));
    p.amounts.insert(Quantity::ParkFirstYearKwh, d("2600000"));
    p.dates.insert(Occasion::ParkRentStart, date("2025-01-01"));
    p.dates.insert(Occasion::ParkMoveIn, date("2025-01-01"));
    p.loans.push(Loan {
        purpose: LoanPurpose::WorkingCapital,
        principal: d("5000000"),
        annual_rate: d("0.035"),
        term_months: 12,
        start: date("2026-03-01"),
        other_provincial_discount: false,
    });
    p
}

/// 永政办规〔2024〕1号: "本方案自 2024年 1月 23日起施行，有效期至 2025年 12月31日止。"
/// 四、（一）"对首次认定的国家专精特新“小巨人”企业、省级专精特新中小企业，在省级奖励基础上，县财政
/// 分别给予每家一次性 50 万元、10 万元的叠加奖励" → 500,000 and 100,000.
/// 四、（二）2 "由县财政给予 20%的补贴，补贴期限最长不超过 1年，单家企业不超过 50万元" →
/// 2,400,000 × 20% = 480,000. 四、（二）3 "对企业入驻园区后第一年产生的用电费用，用电量达到 200
/// 万千瓦时以上的，由县财政给予每千瓦时 0.05元的奖励" → 2,600,000 × 0.05 = 130,000.
/// 闽工信规〔2023〕11号 二、（七）"当年新发放流动资金贷款予以年化 1% 的贴息补助，单家企业最高贴息
/// 金额不超过 20 万元" → 5,000,000 × 1% × 12/12 = 50,000.
/// On 2026-12-01 永春's text has ended (2025-12-31): the four county lines were earned under it,
/// 1,210,000 to confirm; the province's 50,000 is claimable, 30 days left.
#[test]
fn yongchun_firm_on_2026_12_01_keeps_what_it_earned() {
    let r = run(&yongchun_firm(), "2026-12-01");
    for (id, amount) in [
        ("yc-first-little-giant", "500000"),
        ("yc-first-provincial", "100000"),
        ("yc-park-rent", "480000"),
        ("yc-park-electricity", "130000"),
    ] {
        let l = line(&r, id);
        assert_eq!(l.amount, Some(d(amount)), "{id}");
        assert_eq!(l.standing, Standing::EarnedTextEnded, "{id}");
        assert_eq!(l.event_source, EventSource::Own, "{id}");
        assert_eq!(l.window.to, Some(date("2025-12-31")));
        assert!(!l.counted);
    }
    assert_eq!(line(&r, "yc-park-rent").event, date("2025-01-01"));
    assert_eq!(line(&r, "yc-first-little-giant").event, date("2025-06-10"));
    let loan = line(&r, "fj-working-capital-discount");
    assert_eq!(loan.amount, Some(d("50000")));
    assert_eq!(loan.standing, Standing::Claimable);
    assert_eq!(loan.event, date("2026-03-01"));
    assert_eq!(date("2026-12-01").days_until(loan.window.to.unwrap()), 30);
    assert_eq!(r.ended.all.exact, d("1210000"));
    assert_eq!(r.ended.county.exact, d("1210000"));
    assert_eq!(r.totals.all.exact, d("50000"));
    assert_eq!(r.totals.province.exact, d("50000"));
    assert_eq!(r.planned.all.exact, d("0"));
    // The top of the result: 永春's text has ended (confirm), 福建's ends within 90 days.
    let n = notices(&yongchun_firm(), &r);
    assert!(n.contains(&Notice::Ended {
        document: "yongchun-2024-1",
        number: "永政办规〔2024〕1号",
        end: date("2025-12-31"),
    }));
    assert!(n.contains(&Notice::EndsSoon {
        document: "fujian-2023-11",
        number: "闽工信规〔2023〕11号",
        end: date("2026-12-31"),
    }));
    // 泉州's plan sets no end, so not every text of 永春 has ended.
    assert!(!n.iter().any(|n| matches!(n, Notice::AllEnded { .. })));
}

/// The same firm on 2025-12-01: every 永春 line claimable (1,210,000, 30 days left); the loan
/// drawn 2026-03-01 is planned (50,000).
#[test]
fn yongchun_firm_on_2025_12_01_can_claim_everything() {
    let r = run(&yongchun_firm(), "2025-12-01");
    for id in [
        "yc-first-little-giant",
        "yc-first-provincial",
        "yc-park-rent",
        "yc-park-electricity",
    ] {
        assert_eq!(line(&r, id).standing, Standing::Claimable, "{id}");
    }
    assert_eq!(r.totals.all.exact, d("1210000"));
    assert_eq!(r.planned.all.exact, d("50000"));
    assert_eq!(
        line(&r, "fj-working-capital-discount").standing,
        Standing::Planned
    );
    assert_eq!(r.ended.all.exact, d("0"));
}

/// Without the rent period's and the move-in's dates, the evaluation date stands in and the
/// line says so: on 2026-12-01 both fall outside 永春's window, with the occasion to fill in.
#[test]
fn a_missing_event_date_is_said_and_named() {
    let mut p = yongchun_firm();
    p.dates.clear();
    let r = run(&p, "2026-12-01");
    assert_eq!(
        reason(&r, "yc-park-rent"),
        &Reason::OutsideWindowAssumed {
            occasion: Occasion::ParkRentStart,
            event: date("2026-12-01"),
            from: date("2024-01-23"),
            to: Some(date("2025-12-31")),
        }
    );
    assert!(matches!(
        reason(&r, "yc-park-electricity"),
        Reason::OutsideWindowAssumed {
            occasion: Occasion::ParkMoveIn,
            ..
        }
    ));
    // On a day inside the window the stand-in is said on the line.
    let r = run(&p, "2025-06-01");
    assert_eq!(line(&r, "yc-park-rent").event_source, EventSource::Assumed);
}

/// 厦府办规〔2024〕11号 二、（一）2 "对首次获得专精特新“小巨人”称号的企业，由市级、区级分别给予
/// 一次性50万元奖励。" "有效期至2026年12月31日。" A firm first made 小巨人 on 2025-04-20 and
/// looking on 2027-01-15 earned 500,000 + 500,000 under a text that has ended.
#[test]
fn xiamen_little_giant_after_its_text_ended() {
    let mut p = profile("xiamen", Some("siming"));
    p.tier = Some(Tier::LittleGiant);
    p.recognitions.insert(Tier::LittleGiant, date("2025-04-20"));
    let r = run(&p, "2027-01-15");
    for id in [
        "xm-first-little-giant-city",
        "xm-first-little-giant-district",
    ] {
        assert_eq!(line(&r, id).amount, Some(d("500000")));
        assert_eq!(line(&r, id).standing, Standing::EarnedTextEnded);
    }
    assert_eq!(r.ended.all.exact, d("1000000"));
    assert_eq!(r.ended.city.exact, d("500000"));
    assert_eq!(r.ended.county.exact, d("500000"));
    assert_eq!(r.totals.all.exact, d("0"));
    // Every text of 厦门 has ended by then.
    assert!(notices(&p, &r).contains(&Notice::AllEnded {
        last_end: date("2026-12-31")
    }));
}

/// 90 days before 2026-12-31 a 厦门 firm with a claimable line is told to apply before then.
#[test]
fn xiamen_firm_on_2026_12_01_is_told_its_text_ends() {
    let mut p = profile("xiamen", Some("siming"));
    p.tier = Some(Tier::LittleGiant);
    p.recognitions.insert(Tier::LittleGiant, date("2025-04-20"));
    let r = run(&p, "2026-12-01");
    assert_eq!(r.totals.all.exact, d("1000000"));
    assert!(notices(&p, &r).contains(&Notice::EndsSoon {
        document: "xiamen-2024-11",
        number: "厦府办规〔2024〕11号",
        end: date("2026-12-31"),
    }));
    // On 2026-10-01, 91 days before, not yet.
    let r = run(&p, "2026-10-01");
    assert!(!notices(&p, &r).iter().any(|n| matches!(
        n,
        Notice::EndsSoon {
            document: "xiamen-2024-11",
            ..
        }
    )));
}

/// 永春's window edges: first recognised on 2024-01-22, one day before "自 2024年 1月 23日起
/// 施行", is outside; on 2025-12-31, "有效期至 2025年 12月31日止", inside.
#[test]
fn an_event_one_day_before_the_window_and_one_on_its_last_day() {
    let mut p = profile("quanzhou", Some("yongchun"));
    p.tier = Some(Tier::Provincial);
    p.recognitions.insert(Tier::Provincial, date("2024-01-22"));
    assert_outside_window(
        &run(&p, "2026-12-01"),
        "yc-first-provincial",
        "2024-01-22",
        "2024-01-23",
        Some("2025-12-31"),
    );
    p.recognitions.insert(Tier::Provincial, date("2025-12-31"));
    let r = run(&p, "2026-12-01");
    assert_eq!(line(&r, "yc-first-provincial").amount, Some(d("100000")));
    assert_eq!(
        line(&r, "yc-first-provincial").standing,
        Standing::EarnedTextEnded
    );
    let r = run(&p, "2025-12-31");
    assert_eq!(
        line(&r, "yc-first-provincial").standing,
        Standing::Claimable
    );
}

/// 厦府办规〔2024〕11号 二、（二）3 "企业固定融资成本为2%/年，其余部分由财政贴息": a 技术创新基金
/// loan of 30,000,000 at 4% for 12 months starting 2026-12-20, seen on 2026-12-01, is planned:
/// 30,000,000 × (4% − 2%) × 12/12 = 600,000, summed apart.
#[test]
fn a_loan_dated_after_the_evaluation_date_is_planned() {
    let mut p = profile("xiamen", Some("siming"));
    p.tier = Some(Tier::Provincial);
    p.loans.push(Loan {
        purpose: LoanPurpose::TechInnovationFund,
        principal: d("30000000"),
        annual_rate: d("0.04"),
        term_months: 12,
        start: date("2026-12-20"),
        other_provincial_discount: false,
    });
    let r = run(&p, "2026-12-01");
    let l = line(&r, "xm-tech-fund-discount");
    assert_eq!(l.amount, Some(d("600000")));
    assert_eq!(l.standing, Standing::Planned);
    assert_eq!(r.planned.all.exact, d("600000"));
    assert_eq!(r.totals.all.exact, d("0"));
}

/// Two loans of one discount on either side of a text's end: one line per standing, the
/// per-enterprise cap used up in the order the loans start. 闽工信规〔2023〕11号 二、（七）"单家
/// 企业最高贴息金额不超过 20 万元": 15,000,000 × 1% = 150,000 drawn 2026-06-01 (claimable on
/// 2026-12-01), then 10,000,000 × 1% = 100,000 drawn 2026-12-15 (planned) gets only the
/// 50,000 the cap leaves.
#[test]
fn loans_of_one_discount_split_by_standing_share_the_cap() {
    let mut p = profile("fuzhou", None);
    p.tier = Some(Tier::Provincial);
    for (principal, start) in [("15000000", "2026-06-01"), ("10000000", "2026-12-15")] {
        p.loans.push(Loan {
            purpose: LoanPurpose::WorkingCapital,
            principal: d(principal),
            annual_rate: d("0.03"),
            term_months: 12,
            start: date(start),
            other_provincial_discount: false,
        });
    }
    let r = run(&p, "2026-12-01");
    let parts: Vec<_> = r
        .lines
        .iter()
        .filter(|l| l.entry == "fj-working-capital-discount")
        .map(|l| (l.standing, l.amount.unwrap()))
        .collect();
    assert_eq!(
        parts,
        [
            (Standing::Claimable, d("150000")),
            (Standing::Planned, d("50000"))
        ]
    );
    assert_eq!(r.totals.all.exact + r.planned.all.exact, d("200000"));
}

/// 泉州's plan has no validity clause: its lines are claimable on any day after its
/// publication date, and never announced as ending.
#[test]
fn a_text_without_an_end_never_ends() {
    let mut p = profile("quanzhou", Some("jinjiang"));
    p.tier = Some(Tier::Provincial);
    let r = run(&p, "2030-01-01");
    let l = line(&r, "qz-green-channel");
    assert_eq!(l.standing, Standing::Claimable);
    assert_eq!(l.window.to, None);
    assert_eq!(l.event_source, EventSource::EvaluationDate);
    let _ = Date::ymd(2030, 1, 1);
}

/// A place without a text of its own says so instead of leaving a silent 0 (issue 19.6): 晋江
/// has no county text (泉州's plan and the province apply); 福州 has no city text; 永春 has both.
#[test]
fn a_place_without_its_own_text_is_named() {
    let mut p = profile("quanzhou", Some("jinjiang"));
    p.tier = Some(Tier::Provincial);
    let r = run(&p, "2026-06-01");
    assert_eq!(
        notices(&p, &r)[0],
        Notice::NoLocalText {
            county: Some("jinjiang"),
            city: None
        }
    );
    let fuzhou = profile("fuzhou", None);
    let r = run(&fuzhou, "2026-06-01");
    assert!(notices(&fuzhou, &r).contains(&Notice::NoLocalText {
        county: None,
        city: Some("fuzhou")
    }));
    let yongchun = yongchun_firm();
    let r = run(&yongchun, "2026-06-01");
    assert!(!notices(&yongchun, &r)
        .iter()
        .any(|n| matches!(n, Notice::NoLocalText { .. })));
}
