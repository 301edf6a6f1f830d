//! Hand-worked values for 三明市优质中小企业梯度培育行动方案（征求意见稿）, worked out from
//! catalogue/sources/sanming-draft.txt (not from the TOML entries).
//!
//! The text is a 征求意见稿 (draft): every line is shown with standing Draft and is never
//! counted in a total. Its window: "本方案有效期从2022年1月1日至2025年12月31日" — 2022-01-01 to
//! 2025-12-31, both ends inclusive. A 新认定/新获评 award is dated by the day of that
//! recognition (`profile.dates`); without a date, the evaluation date stands in.
//! Payers: "省级专项资金" is the province's money; "市级财政" is the city's.
mod common;
use common::*;
use srdi_engine::catalogue::Status;
use srdi_engine::{Fact, Kind, Occasion, PayerLevel, Profile, Reason, Report, Standing, Tier};

const ON: &str = "2025-06-01";

fn sanming() -> Profile {
    profile("sanming", Some("yongan"))
}

/// Nothing of a draft is ever summed: all three totals hold no money and no line.
fn nothing_counted(r: &Report) {
    for totals in [&r.totals, &r.ended, &r.planned] {
        assert_eq!(totals.all.exact, d("0"));
        assert_eq!(totals.all.up_to, d("0"));
    }
}

/// A fixed award for something newly recognised, dated by `occasion`: the amount worked out
/// from the text, the payer and kind the text names, standing Draft; the window's both ends
/// inclusive (an event the day before or after is outside); no line without the fact.
fn dated_award(
    id: &str,
    fact: Fact,
    occasion: Occasion,
    expected: &str,
    payer: PayerLevel,
    kind: Kind,
) {
    let mut p = sanming();
    p.facts.insert(fact);
    p.dates.insert(occasion, date("2024-03-15"));
    let r = run(&p, ON);
    let l = line(&r, id);
    assert_eq!(l.amount, Some(d(expected)), "{id}");
    assert_eq!((l.payer, l.kind), (payer, kind), "{id}");
    assert_eq!(
        (l.status, l.standing),
        (Status::Draft, Standing::Draft),
        "{id}"
    );
    assert!(!l.counted, "{id}: a draft is never counted");
    assert_eq!(l.event, date("2024-03-15"), "{id}");
    nothing_counted(&r);

    // The window's ends are inclusive.
    for inside in ["2022-01-01", "2025-12-31"] {
        p.dates.insert(occasion, date(inside));
        assert_eq!(
            line(&run(&p, ON), id).amount,
            Some(d(expected)),
            "{id} on {inside}"
        );
    }
    for outside in ["2021-12-31", "2026-01-01"] {
        p.dates.insert(occasion, date(outside));
        assert_eq!(
            reason(&run(&p, ON), id),
            &Reason::OutsideWindow {
                event: date(outside),
                from: date("2022-01-01"),
                to: Some(date("2025-12-31")),
            },
            "{id} on {outside}"
        );
    }

    // Without the date, the evaluation date stands in: inside the window on 2025-06-01,
    // outside it on 2026-03-01 (and the reason says the date is worth giving).
    p.dates.remove(&occasion);
    let r = run(&p, ON);
    assert_eq!(line(&r, id).event, date(ON), "{id}");
    assert_eq!(
        reason(&run(&p, "2026-03-01"), id),
        &Reason::OutsideWindowAssumed {
            occasion,
            event: date("2026-03-01"),
            from: date("2022-01-01"),
            to: Some(date("2025-12-31")),
        },
        "{id}"
    );

    // Not newly recognised: no award.
    p.facts.remove(&fact);
    p.dates.insert(occasion, date("2024-03-15"));
    assert_eq!(
        reason(&run(&p, ON), id),
        &Reason::MissingFact { fact },
        "{id}"
    );
}

/// 二、（二）1 "对新认定的国家企业技术中心给予500万元省级专项资金奖励":
/// 500万元 = 5,000,000 元, paid from the province's special fund, a fixed sum.
#[test]
fn national_tech_center_five_million() {
    dated_award(
        "sm-national-tech-center",
        Fact::NewNationalTechCenter,
        Occasion::NewTechCenter,
        "5000000",
        PayerLevel::Province,
        Kind::Exact,
    );
}

/// 二、（二）1 "对新认定的省级制造业创新中心和省级制造业创新中心试点，分别给予牵头单位1000万元、
/// 100万元省级专项资金扶持": the centre (first of 分别) gets 1000万元 = 10,000,000 元.
#[test]
fn mfg_innovation_center_ten_million() {
    dated_award(
        "sm-mfg-innovation-center",
        Fact::NewProvincialMfgInnovationCenter,
        Occasion::NewMfgInnovationCenter,
        "10000000",
        PayerLevel::Province,
        Kind::Exact,
    );
}

/// 二、（二）1 "对新认定的省级制造业创新中心和省级制造业创新中心试点，分别给予牵头单位1000万元、
/// 100万元省级专项资金扶持": the pilot (second of 分别) gets 100万元 = 1,000,000 元.
#[test]
fn mfg_innovation_center_pilot_one_million() {
    dated_award(
        "sm-mfg-innovation-center-pilot",
        Fact::NewProvincialMfgInnovationCenterPilot,
        Occasion::NewMfgInnovationCenter,
        "1000000",
        PayerLevel::Province,
        Kind::Exact,
    );
}

/// 二、（二）1 "对新认定的省级企业技术中心和省级新型研发机构，分别给予50万元省级专项资金奖励":
/// each gets 50万元 = 500,000 元; here the new R&D institution.
#[test]
fn provincial_rd_institution_half_a_million() {
    dated_award(
        "sm-provincial-rd-institution",
        Fact::NewProvincialRdInstitution,
        Occasion::NewRdInstitution,
        "500000",
        PayerLevel::Province,
        Kind::Exact,
    );
}

/// 二、（二）1 "对在“创响福建”中小企业创业创新大赛市决赛上获奖项目，市级财政按照一等奖3万元、
/// 二等奖2万元、三等奖1万元给予奖励。": first prize 3万元 = 30,000 元, paid by the city.
#[test]
fn contest_first_prize_thirty_thousand() {
    dated_award(
        "sm-contest-first",
        Fact::ContestFirstPrize,
        Occasion::ContestAward,
        "30000",
        PayerLevel::City,
        Kind::Exact,
    );
}

/// Same clause: second prize 2万元 = 20,000 元, paid by the city.
/// "…市级财政按照一等奖3万元、二等奖2万元、三等奖1万元给予奖励。"
#[test]
fn contest_second_prize_twenty_thousand() {
    dated_award(
        "sm-contest-second",
        Fact::ContestSecondPrize,
        Occasion::ContestAward,
        "20000",
        PayerLevel::City,
        Kind::Exact,
    );
}

/// Same clause: third prize 1万元 = 10,000 元, paid by the city.
/// "…市级财政按照一等奖3万元、二等奖2万元、三等奖1万元给予奖励。"
#[test]
fn contest_third_prize_ten_thousand() {
    dated_award(
        "sm-contest-third",
        Fact::ContestThirdPrize,
        Occasion::ContestAward,
        "10000",
        PayerLevel::City,
        Kind::Exact,
    );
}

/// A first prize is not also a second or third prize: one prize, one line.
#[test]
fn a_first_prize_gets_only_the_first_prize_award() {
    let mut p = sanming();
    p.facts.insert(Fact::ContestFirstPrize);
    p.dates.insert(Occasion::ContestAward, date("2024-11-20"));
    let r = run(&p, ON);
    assert_eq!(amount(&r, "sm-contest-first"), d("30000"));
    for id in ["sm-contest-second", "sm-contest-third"] {
        assert!(matches!(reason(&r, id), Reason::MissingFact { .. }), "{id}");
    }
}

/// 二、（二）3 "对新获评省级新一代信息技术与制造业融合发展新模式新业态标杆的企业，给予最高不超过50万元
/// 省级专项资金奖励。": 最高不超过 makes the sum a maximum: up to 500,000 元, the province's money.
#[test]
fn digital_benchmark_up_to_half_a_million() {
    dated_award(
        "sm-digital-benchmark",
        Fact::DigitalBenchmark,
        Occasion::NewDigitalBenchmark,
        "500000",
        PayerLevel::Province,
        Kind::UpTo,
    );
}

/// 二、（三）1 "对新认定的国家级中小微企业创业创新示范基地，给予100万元省级专项资金奖励。":
/// 100万元 = 1,000,000 元, the province's money, a fixed sum.
#[test]
fn innovation_demo_base_one_million() {
    dated_award(
        "sm-innovation-demo-base",
        Fact::NationalInnovationDemoBase,
        Occasion::NewDemoBase,
        "1000000",
        PayerLevel::Province,
        Kind::Exact,
    );
}

/// An unquantified benefit for firms of `needs` and above: present without an amount for a
/// firm of that tier (standing Draft, event the evaluation date), excluded for the tier below.
fn tier_benefit(id: &str, needs: Tier, below: Tier) {
    let mut p = sanming();
    p.tier = Some(needs);
    let r = run(&p, ON);
    let l = line(&r, id);
    assert_eq!((l.amount, l.kind), (None, Kind::Unquantified), "{id}");
    assert_eq!(l.standing, Standing::Draft, "{id}");
    assert!(!l.counted, "{id}");
    assert_eq!(l.event, date(ON), "{id}");
    // The city's lines of 三明 come only from this draft (the province's official text has
    // unquantified lines of its own for such a firm): none is summed.
    assert_eq!(r.totals.city.unquantified, 0, "{id}: a draft is not summed");

    // A higher tier holds the lower one.
    p.tier = Some(Tier::KeyLittleGiant);
    assert_eq!(line(&run(&p, ON), id).amount, None, "{id}");

    p.tier = Some(below);
    assert_eq!(
        reason(&run(&p, ON), id),
        &Reason::TierTooLow { needs, has: below },
        "{id}"
    );
    p.tier = None;
    assert_eq!(reason(&run(&p, ON), id), &Reason::NoTier { needs }, "{id}");

    // No event of its own: the evaluation date must fall inside 2022-01-01..2025-12-31.
    p.tier = Some(needs);
    assert!(
        matches!(
            reason(&run(&p, "2026-01-01"), id),
            Reason::OutsideWindow { .. }
        ),
        "{id}"
    );
    assert_eq!(line(&run(&p, "2025-12-31"), id).amount, None, "{id}");
}

/// 二、（三）2 "专精特新中小企业同等享受市融资担保“白名单”企业待遇。": no amount; for a
/// 专精特新中小企业 (provincial tier) and above, not for an innovative SME.
#[test]
fn guarantee_whitelist_for_provincial_firms() {
    tier_benefit("sm-guarantee-whitelist", Tier::Provincial, Tier::Innovative);
}

/// 二、（三）2 "政府性融资担保机构为专精特新中小企业提供500万元以下担保贷款，为专精特新“小巨人”企业
/// 提供1000万元以下担保贷款，减收或免收融资担保费。": 减收或免收 names no amount. 以下 is strict
/// (catalogue/README.md's reading rules): a 专精特新中小企业's guaranteed loan of 4,999,999.99 元
/// qualifies, 5,000,000 does not; a 小巨人's of 9,999,999.99 qualifies, 10,000,000 does not; an
/// innovative SME's never; no guaranteed loan given, nothing to reduce.
#[test]
fn guarantee_fee_relief_below_the_loan_size_of_each_tier() {
    use srdi_engine::Quantity::GuaranteedLoan;
    let relieved = |tier: Tier, loan: Option<&str>| -> bool {
        let mut p = sanming();
        p.tier = Some(tier);
        if let Some(v) = loan {
            p.amounts.insert(GuaranteedLoan, d(v));
        }
        let r = run(&p, ON);
        r.lines.iter().any(|l| {
            l.entry.starts_with("sm-guarantee-fee")
                && l.amount.is_none()
                && l.kind == Kind::Unquantified
                && l.standing == Standing::Draft
        })
    };
    assert!(relieved(Tier::Provincial, Some("4999999.99")));
    assert!(!relieved(Tier::Provincial, Some("5000000")));
    assert!(!relieved(Tier::Provincial, None));
    assert!(relieved(Tier::LittleGiant, Some("9999999.99")));
    assert!(relieved(Tier::LittleGiant, Some("3000000")));
    assert!(!relieved(Tier::LittleGiant, Some("10000000")));
    assert!(relieved(Tier::KeyLittleGiant, Some("9999999.99")));
    assert!(!relieved(Tier::Innovative, Some("1000000")));
    // Which line: the provincial half for a provincial firm, the 小巨人 half for a 小巨人.
    let mut p = sanming();
    p.tier = Some(Tier::LittleGiant);
    p.amounts.insert(GuaranteedLoan, d("3000000"));
    let r = run(&p, ON);
    assert_eq!(line(&r, "sm-guarantee-fee-little-giant").amount, None);
    assert!(matches!(
        reason(&r, "sm-guarantee-fee"),
        Reason::TierTooHigh { .. }
    ));
}

/// 二、（二）2 "将全部专精特新“小巨人”企业纳入知识产权优势企业培育对象": every 小巨人, no amount;
/// a provincial SRDI firm is not a 小巨人.
#[test]
fn ip_advantage_programme_for_little_giants() {
    tier_benefit("sm-ip-advantage", Tier::LittleGiant, Tier::Provincial);
}
