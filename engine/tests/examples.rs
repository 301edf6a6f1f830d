//! Each profile in examples/ evaluated on its own fixed evaluation date, with its totals worked
//! by hand from the texts (catalogue/sources/*.txt): claimable now, earned under texts that
//! have since ended, planned. One complete profile per covered place: 永春 (two), 晋江 (a 泉州
//! county without a text of its own), 思明 (a 厦门 district), 永安 (a 三明 county), 福州 (a
//! city without a text of its own).

use srdi_engine::profile::{self, Tree};
use srdi_engine::{evaluate, Decimal, Report, Standing, Totals};

fn example(name: &str) -> Report {
    let path = format!("{}/../examples/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("example");
    let tree: Tree = serde_json::from_str(&text).expect("JSON");
    let p = profile::read(&tree).unwrap_or_else(|e| panic!("{name}: {e:?}"));
    let on = p
        .evaluation_date
        .expect("an example fixes its evaluation date");
    evaluate(&p, on)
}

fn d(s: &str) -> Decimal {
    s.parse().expect("decimal")
}

/// The amount of the line of `entry` with `standing`.
fn line(r: &Report, entry: &str, standing: Standing) -> Decimal {
    r.lines
        .iter()
        .find(|l| l.entry == entry && l.standing == standing)
        .and_then(|l| l.amount)
        .unwrap_or_else(|| panic!("no {standing:?} line {entry}"))
}

/// Exact totals (county, city, province) of a standing; nothing "up to" in these examples.
fn exact(t: &Totals) -> [Decimal; 3] {
    assert!(t.all.up_to.is_zero());
    [t.county.exact, t.city.exact, t.province.exact]
}

const ZERO: [&str; 3] = ["0", "0", "0"];

fn assert_totals(t: &Totals, expected: [&str; 3]) {
    assert_eq!(exact(t), expected.map(d));
    assert_eq!(t.all.exact, expected.iter().map(|v| d(v)).sum::<Decimal>());
}

/// examples/jinjiang-provincial.json, on 2026-06-01. 闽工信规〔2023〕11号 二、（七）: "省级财政对
/// 符合条件的专精特新中小企业当年新发放流动资金贷款予以年化 1% 的贴息补助，单家企业最高贴息金额不
/// 超过 20 万元，贴息期限不超过 1 年。" Loan of 10,000,000 started 2026-03-01, 12 months:
/// 10,000,000 × 1% × 12/12 = 100,000 — claimable (the text runs to 2026-12-31: "本行动计划有效期
/// 至2026年12月31日"). Loan of 6,000,000 starting 2026-08-01: 60,000, planned (after the
/// evaluation date); together 160,000, under the 200,000 cap. 晋江 has no text of its own and
/// the 泉州 plan names no amount: nothing at county or city level.
#[test]
fn jinjiang_provincial_firm() {
    let r = example("jinjiang-provincial.json");
    assert_eq!(
        line(&r, "fj-working-capital-discount", Standing::Claimable),
        d("100000")
    );
    assert_eq!(
        line(&r, "fj-working-capital-discount", Standing::Planned),
        d("60000")
    );
    assert_totals(&r.totals, ["0", "0", "100000"]);
    assert_totals(&r.ended, ZERO);
    assert_totals(&r.planned, ["0", "0", "60000"]);
}

/// examples/xiamen-siming-little-giant.json, on 2026-06-01 (厦府办规〔2024〕11号 runs from its
/// publication, 2024-09-11, to "有效期至2026年12月31日").
/// - 二（一）2 "对首次获得专精特新“小巨人”称号的企业，由市级、区级分别给予一次性50万元奖励": first
///   recognised 小巨人 on 2025-07-01 → 500,000 city + 500,000 district (思明).
/// - 二（二）4 "对符合条件的共建联合实验室按照新增研发设备（含软件）非财政资金投入的10%给予补助，最高
///   1000万元": 2,000,000 × 10% = 200,000 (bought 2026-03-15), city.
/// - 二（二）3 技术创新基金 "研发创新贷款上限从5000万元提高至1亿元" for a 小巨人, the fund's discount
///   being the rate above 2%: an R&D loan of 60,000,000 (under the 100,000,000 ceiling) at 4%
///   for 12 months from 2026-01-10 → 60,000,000 × (4% − 2%) = 1,200,000, city.
///
/// Claimable: county 500,000; city 500,000 + 200,000 + 1,200,000 = 1,900,000.
#[test]
fn xiamen_siming_little_giant() {
    let r = example("xiamen-siming-little-giant.json");
    assert_eq!(
        line(&r, "xm-first-little-giant-city", Standing::Claimable),
        d("500000")
    );
    assert_eq!(
        line(&r, "xm-first-little-giant-district", Standing::Claimable),
        d("500000")
    );
    assert_eq!(
        line(&r, "xm-joint-lab-subsidy", Standing::Claimable),
        d("200000")
    );
    assert_eq!(
        line(&r, "xm-tech-fund-rd-discount", Standing::Claimable),
        d("1200000")
    );
    assert_totals(&r.totals, ["500000", "1900000", "0"]);
    assert_totals(&r.ended, ZERO);
    assert_totals(&r.planned, ZERO);
}

/// examples/sanming-yongan-provincial.json, on 2027-03-01.
/// - 三明 draft 二（一）2 "对新认定的专精特新中小企业和专精特新“小巨人”企业，在省级财政资金奖励的基础
///   上，市级财政分别再奖励5万元和20万元": first provincial recognition 2024-05-01 → 50,000; and
///   二（二）1 "市级财政按照一等奖3万元、二等奖2万元、三等奖1万元给予奖励": second prize
///   2025-06-01 → 20,000. The text is a draft (征求意见稿): both lines are shown as drafts and
///   summed nowhere.
/// - 闽工信规〔2023〕11号 二、（七）, 1% a year on new working-capital loans: 4,000,000 × 1% ×
///   12/12 = 40,000 for the loan of 2026-02-01 — earned while the text ran (to 2026-12-31),
///   which has ended on the evaluation date.
#[test]
fn sanming_yongan_provincial_firm() {
    let r = example("sanming-yongan-provincial.json");
    assert_eq!(
        line(&r, "sm-first-provincial-city", Standing::Draft),
        d("50000")
    );
    assert_eq!(line(&r, "sm-contest-second", Standing::Draft), d("20000"));
    assert_eq!(
        line(&r, "fj-working-capital-discount", Standing::EarnedTextEnded),
        d("40000")
    );
    assert_totals(&r.totals, ZERO);
    assert_totals(&r.ended, ["0", "0", "40000"]);
    assert_totals(&r.planned, ZERO);
}

/// examples/fuzhou-provincial.json, on 2026-06-01: 福州 has no text of its own, only the
/// province's 闽工信规〔2023〕11号 二、（七）:
/// - "对优质中小企业获得国家制造业转型升级基金、中小企业发展基金或其一级子基金股权投资支持的，按照实际
///   到资额分别给予 5%、1% 奖励，最高 100 万元": paid in 2025-11-20, 4,000,000 × 5% +
///   10,000,000 × 1% = 200,000 + 100,000 = 300,000 (under 1,000,000).
/// - the working-capital discount, "年化 1%": 3,000,000 × 1% × 6/12 = 15,000 for a six-month
///   loan from 2026-04-01.
///
/// Claimable: province 315,000.
#[test]
fn fuzhou_provincial_firm() {
    let r = example("fuzhou-provincial.json");
    assert_eq!(
        line(&r, "fj-equity-fund-reward", Standing::Claimable),
        d("300000")
    );
    assert_eq!(
        line(&r, "fj-working-capital-discount", Standing::Claimable),
        d("15000")
    );
    assert_totals(&r.totals, ["0", "0", "315000"]);
    assert_totals(&r.ended, ZERO);
    assert_totals(&r.planned, ZERO);
}

/// examples/yongchun-little-giant.json, on 2025-06-01 (永政办规〔2024〕1号 "本方案自 2024年 1月
/// 23日起施行，有效期至 2025年 12月31日止。"):
/// - 四（一） "对首次认定的国家专精特新“小巨人”企业、省级专精特新中小企业，在省级奖励基础上，县财政分别
///   给予每家一次性 50 万元、10 万元的叠加奖励": 500,000 + 100,000.
/// - 四（二）2 "对企业租用园区产业用房（含配套用房）产生的租金，由县财政给予 20%的补贴，补贴期限最长不超过
///   1年，单家企业不超过 50万元。租金补贴与融资贴息不重复享受": 3,000,000 × 20% = 600,000 → 500,000,
///   which beats the premises loan's 10,000,000 × 1% = 100,000 (not both).
/// - 四（二）3 "由县财政给予每千瓦时 0.05 元的奖励，单家企业不超过 50万元": 2,500,000 × 0.05 =
///   125,000.
///
/// Claimable: county 500,000 + 100,000 + 500,000 + 125,000 = 1,225,000.
#[test]
fn yongchun_little_giant_in_2025() {
    let r = example("yongchun-little-giant.json");
    assert_eq!(
        line(&r, "yc-first-little-giant", Standing::Claimable),
        d("500000")
    );
    assert_eq!(
        line(&r, "yc-first-provincial", Standing::Claimable),
        d("100000")
    );
    assert_eq!(line(&r, "yc-park-rent", Standing::Claimable), d("500000"));
    assert_eq!(
        line(&r, "yc-park-electricity", Standing::Claimable),
        d("125000")
    );
    assert_totals(&r.totals, ["1225000", "0", "0"]);
    assert_totals(&r.ended, ZERO);
    assert_totals(&r.planned, ZERO);
}

/// examples/yongchun-little-giant-2026.json, on 2026-12-01, after 永政办规〔2024〕1号 ended
/// (2025-12-31): what was earned under it stays, summed apart — 500,000 + 100,000 (四（一）),
/// rent 2,400,000 × 20% = 480,000 (under 500,000), 2,600,000 kWh × 0.05 = 130,000: 1,210,000.
/// Claimable: 闽工信规〔2023〕11号 二、（七） "年化 1% 的贴息补助": 5,000,000 × 1% × 12/12 = 50,000.
#[test]
fn yongchun_little_giant_in_2026() {
    let r = example("yongchun-little-giant-2026.json");
    assert_eq!(
        line(&r, "yc-park-rent", Standing::EarnedTextEnded),
        d("480000")
    );
    assert_eq!(
        line(&r, "yc-park-electricity", Standing::EarnedTextEnded),
        d("130000")
    );
    assert_eq!(
        line(&r, "fj-working-capital-discount", Standing::Claimable),
        d("50000")
    );
    assert_totals(&r.totals, ["0", "0", "50000"]);
    assert_totals(&r.ended, ["1210000", "0", "0"]);
    assert_totals(&r.planned, ZERO);
}
