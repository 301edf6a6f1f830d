//! Words for what the engine computes: formulas with the firm's own numbers, reasons for
//! exclusions, names of tiers and levels, in Chinese (the page's main language) and English.

use crate::catalogue::{self, Status};
use crate::date::Date;
use crate::evaluate::{Calculation, ConflictChoice, EventSource, Line, Reason, Standing, Window};
use crate::money::{group, percent, yuan};
use crate::profile::Unit;
use crate::vocab::*;
use rust_decimal::Decimal;

/// Language of the words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn pick(self, zh: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// "zh" or "en", as the JS API and the pages pass a language.
    pub fn code(self) -> &'static str {
        self.pick("zh", "en")
    }

    /// "en" is English; anything else Chinese, the default.
    pub fn from_code(code: &str) -> Lang {
        if code == "en" {
            Lang::En
        } else {
            Lang::Zh
        }
    }
}

/// A place in words: the city and the county ("泉州市 永春县"), the city alone, or the id as
/// given when the catalogue does not know it (the answers, the what-if, an import's words).
pub fn place(city: Option<&str>, county: Option<&str>, lang: Lang) -> String {
    let names = [
        city.and_then(catalogue::city)
            .map(|c| lang.pick(c.name, c.name_en)),
        county
            .and_then(catalogue::county)
            .map(|(_, k)| lang.pick(k.name, k.name_en)),
    ];
    let words: Vec<&str> = names.into_iter().flatten().collect();
    match (words.is_empty(), city) {
        (true, Some(id)) => id.to_string(),
        _ => words.join(" "),
    }
}

pub fn tier(t: Tier, lang: Lang) -> &'static str {
    match t {
        Tier::Innovative => lang.pick("创新型中小企业", "Innovative SME"),
        Tier::Provincial => lang.pick("省级专精特新中小企业", "Provincial SRDI SME"),
        Tier::LittleGiantReserve => lang.pick("专精特新“小巨人”后备企业", "Little Giant reserve"),
        Tier::LittleGiant => lang.pick("国家专精特新“小巨人”企业", "National Little Giant"),
        Tier::KeyLittleGiant => lang.pick("专精特新重点“小巨人”企业", "Key Little Giant"),
    }
}

pub fn payer(p: PayerLevel, lang: Lang) -> &'static str {
    match p {
        PayerLevel::County => lang.pick("县（区）级", "County / district"),
        PayerLevel::City => lang.pick("市级", "City"),
        PayerLevel::Province => lang.pick("省级", "Province"),
    }
}

pub fn kind(k: Kind, lang: Lang) -> &'static str {
    match k {
        Kind::Exact => lang.pick("确定金额", "exact"),
        Kind::UpTo => lang.pick("最高可得", "up to"),
        Kind::Unquantified => lang.pick("未定额", "amount not stated"),
    }
}

pub fn status(s: Status, lang: Lang) -> &'static str {
    match s {
        Status::InForce => lang.pick("有效", "in force"),
        Status::Expired => lang.pick("已失效", "expired"),
        Status::NotYetInForce => lang.pick("尚未施行", "not yet in force"),
        Status::Draft => lang.pick("征求意见稿", "draft"),
    }
}

/// The short name of a line's standing, shown beside its amount.
pub fn standing(s: Standing, lang: Lang) -> &'static str {
    match s {
        Standing::Claimable => lang.pick("可申领", "claimable"),
        Standing::EarnedTextEnded => lang.pick("已享有·文件已到期", "earned, text ended"),
        Standing::Planned => lang.pick("计划中", "planned"),
        Standing::Draft => lang.pick("征求意见稿", "draft"),
    }
}

/// The sentence that explains a line's standing on `on`: how long its text has left, when it
/// ended and whom to ask, when the event is planned, or that a draft is not summed.
pub fn standing_sentence(line: &Line, on: Date, lang: Lang) -> String {
    let w = line.window;
    let depts = catalogue::entry(line.entry)
        .map(|e| e.departments.join("、"))
        .unwrap_or_default();
    match (line.standing, lang) {
        (Standing::Claimable, _) => window_left(w, on, lang),
        (Standing::EarnedTextEnded, Lang::Zh) => format!(
            "事项在文件有效期内，文件已于 {} 到期；能否兑现请向{}确认。不计入“现可申领”，单独合计。",
            w.to.map_or(String::new(), |d| d.to_string()),
            if depts.is_empty() { "责任单位".to_string() } else { depts }
        ),
        (Standing::EarnedTextEnded, Lang::En) => format!(
            "The event fell inside the text's window; the text ended on {}. Confirm with {} whether it can still be paid. Summed apart from what is claimable now.",
            w.to.map_or(String::new(), |d| d.to_string()),
            if depts.is_empty() { "the department the text names".to_string() } else { depts }
        ),
        (Standing::Planned, Lang::Zh) => format!(
            "事项日期 {} 晚于评估日 {on}：计划中，单独合计。{}",
            line.event,
            window_left(w, on, lang)
        ),
        (Standing::Planned, Lang::En) => format!(
            "The event is dated {}, after the evaluation date {on}: planned, summed apart. {}",
            line.event,
            window_left(w, on, lang)
        ),
        (Standing::Draft, Lang::Zh) => match w.to.filter(|end| *end < on) {
            Some(end) => format!("征求意见稿，不计入合计；其拟定有效期亦已于 {end} 结束。"),
            None => "征求意见稿，不计入合计。".into(),
        },
        (Standing::Draft, Lang::En) => match w.to.filter(|end| *end < on) {
            Some(end) => format!("A draft for comment, never summed; its proposed window also ended on {end}."),
            None => "A draft for comment, never summed.".into(),
        },
    }
}

/// How long a text's window runs from `on`: "文件有效至 2026-12-31，还剩 30 天", or that the
/// text sets no period (泉州's plan: `from` is then its publication date).
pub fn window_left(w: Window, on: Date, lang: Lang) -> String {
    match (w.to, lang) {
        (Some(to), Lang::Zh) if to >= on => {
            format!("文件有效至 {to}，还剩 {} 天。", on.days_until(to))
        }
        (Some(to), Lang::En) if to >= on => {
            let n = on.days_until(to);
            format!(
                "The text is in force until {to}, {n} day{} left.",
                if n == 1 { "" } else { "s" }
            )
        }
        (Some(to), Lang::Zh) => format!("文件有效期 {} 至 {to}。", w.from),
        (Some(to), Lang::En) => format!("The text's window: {} to {to}.", w.from),
        (None, Lang::Zh) => format!("文件未规定有效期（{} 发布）。", w.from),
        (None, Lang::En) => format!(
            "The text sets no period of validity (published {}).",
            w.from
        ),
    }
}

/// A notice at the top of a result, in words: the text ends soon (apply before then), has ended
/// (what was earned under it is to be confirmed), every text of the place has ended, or the
/// place has no text of its own. No count of days: the sentence reads the same on every day of
/// its span (the pre-rendered first screen shows it).
pub fn notice(n: &crate::notice::Notice, lang: Lang) -> String {
    use crate::notice::Notice;
    let place = |county: Option<&str>, city: Option<&str>| {
        let name = |id: &str| {
            catalogue::county(id)
                .map(|(_, k)| (k.name, k.name_en))
                .or_else(|| catalogue::city(id).map(|c| (c.name, c.name_en)))
                .map_or(id.to_string(), |(zh, en)| lang.pick(zh, en).to_string())
        };
        (county.map(name), city.map(name))
    };
    match (n, lang) {
        (Notice::EndsSoon { number, end, .. }, Lang::Zh) => {
            format!("{number} 将于 {end} 到期，请在此之前申报。")
        }
        (Notice::EndsSoon { number, end, .. }, Lang::En) => {
            format!("{number} ends on {end}: apply before then.")
        }
        (Notice::Ended { number, end, .. }, Lang::Zh) => format!(
            "{number} 已于 {end} 到期：以下按其有效期内事项计为已享有，请向责任单位确认。"
        ),
        (Notice::Ended { number, end, .. }, Lang::En) => format!(
            "{number} ended on {end}: what happened inside its window is counted below as earned; confirm with the departments it names."
        ),
        (Notice::AllEnded { last_end }, Lang::Zh) => format!(
            "本地适用的文件均已到期（最晚于 {last_end} 到期）：仍计入的只有在各文件有效期内发生的事项（计为“已享有·待确认”），能否兑现请向责任单位确认。"
        ),
        (Notice::AllEnded { last_end }, Lang::En) => format!(
            "Every text for this place has ended (the last on {last_end}): only what happened inside their windows still counts (as “earned, text ended”); confirm with the departments whether it can still be paid."
        ),
        (Notice::NoLocalText { county, city }, Lang::Zh) => match place(*county, *city) {
            (Some(k), None) => format!("目录中没有{k}的县（区）级文件：以下为市级和省级文件的适用项目。"),
            (None, Some(c)) => format!("目录中没有{c}的市级文件：以下为省级文件的适用项目。"),
            (Some(k), Some(c)) => format!("目录中没有{k}和{c}的县（区）、市级文件：以下为省级文件的适用项目。"),
            (None, None) => String::new(),
        },
        (Notice::NoLocalText { county, city }, Lang::En) => match place(*county, *city) {
            (Some(k), None) => format!("No county or district text for {k} is in the catalogue: the city and provincial lines below apply."),
            (None, Some(c)) => format!("No city text for {c} is in the catalogue: the provincial lines below apply."),
            (Some(k), Some(c)) => format!("No county or city text for {k} or {c} is in the catalogue: the provincial lines below apply."),
            (None, None) => String::new(),
        },
    }
}

/// Which date decided the line, in words.
pub fn event_sentence(line: &Line, on: Date, lang: Lang) -> String {
    let what = catalogue::entry(line.entry).map(|e| e.event);
    match (line.event_source, lang) {
        (EventSource::Own, Lang::Zh) => {
            format!("事项日期 {}（{}）", line.event, event_name(what, lang))
        }
        (EventSource::Own, Lang::En) => {
            format!("event dated {} ({})", line.event, event_name(what, lang))
        }
        (EventSource::Assumed, Lang::Zh) => format!(
            "未填{}，暂按评估日 {on} 判断；请填写该日期",
            event_name(what, lang)
        ),
        (EventSource::Assumed, Lang::En) => format!(
            "no {} given: judged by the evaluation date {on} until it is entered",
            event_name(what, lang)
        ),
        (EventSource::EvaluationDate, Lang::Zh) => {
            format!("本项没有单独的事项日期，按评估日 {on} 判断")
        }
        (EventSource::EvaluationDate, Lang::En) => {
            format!("no event of its own: judged by the evaluation date {on}")
        }
    }
}

fn event_name(e: Option<catalogue::Event>, lang: Lang) -> String {
    match e {
        Some(catalogue::Event::Recognition(t)) => match lang {
            Lang::Zh => format!("首次认定为{}", tier(t, lang)),
            Lang::En => format!("first recognised as {}", tier(t, lang)),
        },
        Some(catalogue::Event::LoanStart) => lang.pick("贷款发放日", "loan start").into(),
        Some(catalogue::Event::Occasion(o)) => occasion(o, lang).into(),
        _ => lang.pick("评估日", "evaluation date").into(),
    }
}

/// The name of an occasion's date, as the questionnaire asks it.
pub fn occasion(o: Occasion, lang: Lang) -> &'static str {
    match o {
        Occasion::ParkMoveIn => lang.pick("入驻园区日期", "date of moving into the park"),
        Occasion::ParkRentStart => lang.pick("租金补贴期起始日", "first day of the rent period"),
        Occasion::EquityPaidIn => lang.pick("股权投资实际到资日", "date the equity was paid in"),
        Occasion::EquipmentSpend => lang.pick(
            "设备投入日期（所属年度）",
            "date of the equipment investment",
        ),
        Occasion::JointLabEquipment => lang.pick(
            "联合实验室设备购置日期",
            "date the joint lab's equipment was bought",
        ),
        Occasion::StandardPublished => lang.pick("标准发布日期", "date the standard was published"),
        Occasion::DigitalUpgrade => lang.pick(
            "数字化改造完成日期",
            "date the digital upgrade was completed",
        ),
        Occasion::Consulting => {
            lang.pick("管理咨询费支付日期", "date the consulting fees were paid")
        }
        Occasion::Training => lang.pick("培训日期", "date of the training"),
        Occasion::DomesticFair => lang.pick("展会（发布会）举办日期", "date of the fair or launch"),
        Occasion::CreditInsurance => lang.pick(
            "信用保险投保日期",
            "date the credit insurance was taken out",
        ),
        Occasion::TechReform => lang.pick(
            "技改项目竣工投产日期",
            "date the technical-reform project went live",
        ),
        Occasion::NewTechCenter => lang.pick(
            "企业技术中心新认定日期",
            "date the technology centre was recognised",
        ),
        Occasion::NewMfgInnovationCenter => lang.pick(
            "制造业创新中心（试点）新认定日期",
            "date the manufacturing innovation centre was recognised",
        ),
        Occasion::NewRdInstitution => lang.pick(
            "新型研发机构新认定日期",
            "date the new R&D institution was recognised",
        ),
        Occasion::NewFirstSet => lang.pick(
            "首台（套）新认定日期",
            "date the first-set equipment was recognised",
        ),
        Occasion::NewDigitalBenchmark => {
            lang.pick("标杆新获评日期", "date the benchmark title was awarded")
        }
        Occasion::NewDemoBase => lang.pick(
            "示范基地新认定日期",
            "date the demonstration base was recognised",
        ),
        Occasion::ContestAward => lang.pick("大赛获奖日期", "date of the contest award"),
        Occasion::ClusterNamed => {
            lang.pick("集群获评国家级日期", "date the cluster was named national")
        }
        Occasion::LittleGiantSettled => lang.pick(
            "引入的“小巨人”企业落户日期",
            "date the Little Giant brought in settled",
        ),
    }
}

pub fn quantity(q: Quantity, lang: Lang) -> &'static str {
    match q {
        Quantity::ParkRentPerYear => {
            lang.pick("园区产业用房年租金", "annual rent of park premises")
        }
        Quantity::ParkRentMonths => lang.pick("租用月数", "months rented"),
        Quantity::ParkFirstYearKwh => lang.pick(
            "入驻第一年用电量",
            "electricity used in the first year in the park",
        ),
        Quantity::RdSpend => lang.pick("年度自主研发费用", "annual own R&D spend"),
        Quantity::EquipmentPrevYear => {
            lang.pick("上年度设备投入", "equipment investment last year")
        }
        Quantity::EquityTransformationFund => lang.pick(
            "国家制造业转型升级基金股权投资实际到资额",
            "equity paid in by the national manufacturing transformation fund",
        ),
        Quantity::EquitySmeFund => lang.pick(
            "中小企业发展基金股权投资实际到资额",
            "equity paid in by the national SME development fund",
        ),
        Quantity::JointLabEquipment => lang.pick(
            "联合实验室新增研发设备非财政资金投入",
            "non-fiscal spend on new joint-lab R&D equipment",
        ),
        Quantity::StandardsLed => lang.pick(
            "作为主要起草单位制定的标准数",
            "standards led as main drafter",
        ),
        Quantity::DigitalUpgradeSpend => {
            lang.pick("数字化改造实际投入", "actual digital-upgrade spend")
        }
        Quantity::ConsultingFees => {
            lang.pick("管理咨询服务实际费用", "management consulting fees paid")
        }
        Quantity::TrainingPersonDays => lang.pick(
            "数字化技能培训人天",
            "person-days of digital-skills training",
        ),
        Quantity::DomesticFairVenueRent => {
            lang.pick("国内推介会等场租", "venue rent for fairs in China")
        }
        Quantity::CreditInsuranceInsured => lang.pick(
            "国内贸易信用保险保险金额",
            "insured amount of trade credit insurance",
        ),
        Quantity::CreditInsurancePremium => lang.pick(
            "国内贸易信用保险实缴保费",
            "trade credit insurance premium paid",
        ),
        Quantity::FirstSetUnitPrice => lang.pick(
            "首台（套）市场销售单价",
            "unit price of the first-set equipment",
        ),
        Quantity::TechReformEquipment => lang.pick(
            "技改项目设备投资额",
            "equipment investment of the tech-reform project",
        ),
        Quantity::TechReformTotal => lang.pick(
            "技改项目实际总投资",
            "total investment of the tech-reform project",
        ),
        Quantity::AvgTaxLast3Years => lang.pick(
            "近三年年均纳税",
            "average annual tax over the last three years",
        ),
        Quantity::GuaranteedLoan => lang.pick(
            "政府性融资担保机构担保的贷款金额",
            "loan guaranteed by a government guarantee institution",
        ),
        Quantity::ServiceFees => lang.pick(
            "为园区企业提供服务的服务费用",
            "fees for services to the park's firms",
        ),
        Quantity::LittleGiantsBroughtIn => lang.pick(
            "从三明市外引入落户的“小巨人”企业数",
            "Little Giants brought in from outside Sanming",
        ),
        Quantity::SrdiFirmsInPark => lang.pick(
            "园区聚集的专精特新中小企业数",
            "SRDI SMEs gathered in the park",
        ),
    }
}

pub fn fact(f: Fact, lang: Lang) -> &'static str {
    match f {
        Fact::RelocatingToStandardPark => lang.pick(
            "从园区外搬迁入驻工业（产业）标准化园区",
            "moving into a standardised industrial park",
        ),
        Fact::CityRecognisedTalentTeam => lang.pick(
            "引进经市级认定的高层次人才团队",
            "brought in a city-recognised high-level talent team",
        ),
        Fact::DigitalLevel2 => lang.pick(
            "改造后数字化水平达到二级以上",
            "digital level 2 or above after the upgrade",
        ),
        Fact::ProvincialKeyTechReformProject => lang.pick(
            "技改项目列为省重点技改项目",
            "the tech-reform project is a provincial key project",
        ),
        Fact::RevenueGrewAfterTechReform => lang.pick(
            "技改项目投产后营业收入较上一年度增长",
            "revenue grew after the tech-reform project",
        ),
        Fact::FirstSetNational => lang.pick(
            "新认定为国家首台（套）重大技术装备",
            "newly recognised national first-set equipment",
        ),
        Fact::FirstSetProvincial => lang.pick(
            "新认定为省级首台（套）重大技术装备",
            "newly recognised provincial first-set equipment",
        ),
        Fact::ProvincialListingReserve => lang.pick(
            "列入省级重点上市后备企业库",
            "in the provincial key pre-IPO pool",
        ),
        Fact::JointLab => lang.pick(
            "与高校院所共建联合实验室",
            "co-builds a joint lab with a university or institute",
        ),
        Fact::IpEnforcement => lang.pick("开展知识产权相关维权", "is enforcing its IP rights"),
        Fact::StandardsWork => lang.pick("参与国际、国家、行业或地方标准研制", "takes part in drafting standards"),
        Fact::SmartManufacturing => lang.pick("建设智能制造示范工厂或申报智能制造优秀场景", "builds a smart-manufacturing demonstration factory or scenario"),
        Fact::GreenManufacturing => lang.pick("获评国家绿色工厂、绿色供应链管理企业或绿色设计示范企业", "holds a national green factory, supply-chain or design title"),
        Fact::InternationalExhibition => lang.pick("参加国际性展会、线上外贸展会或赴境外参展", "exhibits at international, online or overseas trade fairs"),
        Fact::NewNationalTechCenter => lang.pick("新认定为国家企业技术中心", "newly recognised national enterprise technology centre"),
        Fact::NewProvincialMfgInnovationCenter => lang.pick("牵头新认定的省级制造业创新中心", "leads a newly recognised provincial manufacturing innovation centre"),
        Fact::NewProvincialMfgInnovationCenterPilot => lang.pick("牵头新认定的省级制造业创新中心试点", "leads a newly recognised provincial manufacturing innovation centre pilot"),
        Fact::NewProvincialTechCenter => lang.pick("新认定为省级企业技术中心", "newly recognised provincial enterprise technology centre"),
        Fact::NewProvincialRdInstitution => lang.pick("新认定为省级新型研发机构", "newly recognised provincial new-type R&D institution"),
        Fact::ContestFirstPrize => lang.pick("“创响福建”大赛市决赛一等奖", "first prize in the city final of the 创响福建 contest"),
        Fact::ContestSecondPrize => lang.pick("“创响福建”大赛市决赛二等奖", "second prize in the city final of the 创响福建 contest"),
        Fact::ContestThirdPrize => lang.pick("“创响福建”大赛市决赛三等奖", "third prize in the city final of the 创响福建 contest"),
        Fact::DigitalBenchmark => lang.pick("新获评省级新一代信息技术与制造业融合发展新模式新业态标杆", "newly named provincial benchmark for IT–manufacturing integration"),
        Fact::NationalInnovationDemoBase => lang.pick("新认定为国家级中小微企业创业创新示范基地", "newly recognised national SME innovation demonstration base"),
        Fact::NewlyAttractedToQuanzhou => lang.pick("新招引落户泉州", "newly attracted to settle in Quanzhou"),
        Fact::TestingPlatform => lang.pick("共建检测平台，新购入检测设备达到省级新型研发机构要求", "co-builds a testing platform whose new equipment meets provincial R&D institution standards"),
        Fact::EnclaveRdCenter => lang.pick("在市外设立符合认定条件的飞地研发中心", "runs a qualifying R&D centre outside the city (飞地研发中心)"),
        Fact::RdInstitutionInProgress => lang.pick("研发机构在建或尚未达到相关认定标准", "has an R&D institution under construction or not yet meeting its recognition standard"),
        Fact::FirstSetEquipment => lang.pick("拥有科技创新的首台（套）技术装备", "makes a first-set (首台（套）) technical equipment"),
        Fact::ChainLeaderExpanding => lang.pick(
            "在产业链设备总装、芯片制造、系统集成、关键新材料研发等环节具备牵引带动力的龙头企业，有增资扩产需求",
            "a leading firm in a key link of the chain (final assembly, chips, system integration, key new materials) that needs to expand",
        ),
        Fact::OpenPilotPlatform => lang.pick(
            "建设或运营面向社会开放的中试平台",
            "builds or runs a pilot platform open to others",
        ),
        Fact::InnovationVoucherService => lang.pick(
            "使用了符合科技创新券要求的服务",
            "used a service that meets the innovation-voucher (科技创新券) rules",
        ),
        Fact::ResourceUseRatedBOrAbove => lang.pick(
            "工业企业资源集约利用综合评价结果为B类以上",
            "rated B or above in the industrial resource-use evaluation",
        ),
        Fact::ParkServiceInstitution => lang.pick(
            "本单位是入驻园区、为园区企业服务的公共服务机构（工业设计、技术研发、创业辅导、人力资源等）",
            "we are a public service institution in the park serving its firms (industrial design, R&D, start-up coaching, human resources…)",
        ),
        Fact::NationalClusterOperator => lang.pick(
            "本单位是国家级中小企业特色产业集群的运营单位",
            "we operate a national SME characteristic industry cluster",
        ),
        Fact::ParkOperator => lang.pick(
            "本单位是产业园区运营主体",
            "we operate an industrial park",
        ),
    }
}

/// A value of a quantity with its unit: "3,000,000 元", "2,500,000 千瓦时", "12 个月".
pub fn value(q: Quantity, v: Decimal, lang: Lang) -> String {
    let n = group(v, 2);
    match q.unit() {
        Unit::Yuan => format!("{n} {}", lang.pick("元", "yuan")),
        Unit::Kwh => format!("{n} {}", lang.pick("千瓦时", "kWh")),
        Unit::Months => format!("{n} {}", lang.pick("个月", "months")),
        Unit::Count if q == Quantity::StandardsLed => {
            format!("{n} {}", lang.pick("项", "standards"))
        }
        Unit::Count => format!("{n} {}", lang.pick("家", "firms")),
        Unit::PersonDays => format!("{n} {}", lang.pick("人天", "person-days")),
    }
}

/// Money in the page language: "1,200,000 元" or "1,200,000 yuan".
pub fn money(v: Decimal, lang: Lang) -> String {
    match lang {
        Lang::Zh => yuan(v),
        Lang::En => format!("{} yuan", group(v, 2)),
    }
}

/// The formula of a line with the firm's numbers, e.g.
/// "3,000,000 元 × 20% = 600,000 元，封顶 500,000 元 → 500,000 元".
pub fn formula(line: &Line, lang: Lang) -> String {
    let cap_text = |sum: Decimal, cap: Option<Decimal>, amount: Decimal| match cap {
        Some(c) if sum > c => match lang {
            Lang::Zh => format!(
                "，超过上限 {}，按上限计 {}",
                money(c, lang),
                money(amount, lang)
            ),
            Lang::En => format!(
                ", above the cap of {}, so {}",
                money(c, lang),
                money(amount, lang)
            ),
        },
        _ if sum != amount => match lang {
            Lang::Zh => format!("，四舍五入到分：{}", money(amount, lang)),
            Lang::En => format!(", rounded to the fen: {}", money(amount, lang)),
        },
        _ => String::new(),
    };
    match &line.calculation {
        Calculation::Unquantified => lang
            .pick("文件未规定金额", "the text states no amount")
            .to_string(),
        Calculation::Fixed { amount } => match lang {
            Lang::Zh => format!("定额 {}", money(*amount, lang)),
            Lang::En => format!("fixed sum of {}", money(*amount, lang)),
        },
        Calculation::Terms {
            terms,
            sum,
            cap,
            amount,
        } => {
            let parts: Vec<String> = terms
                .iter()
                .map(|t| {
                    let mut base = value(t.base, t.base_value, lang);
                    if let Some(m) = t.months {
                        base = format!("{base} × {}/12", group(m, 2));
                    }
                    if let Some(limit) = t.base_limit {
                        base = match lang {
                            Lang::Zh => format!("min({base}, {})", money(limit, lang)),
                            Lang::En => format!("min({base}, {})", money(limit, lang)),
                        };
                    }
                    match t.base.unit() {
                        Unit::Yuan => format!("{base} × {}", percent(t.rate)),
                        _ => format!("{base} × {}", money(t.rate, lang)),
                    }
                })
                .collect();
            format!(
                "{} = {}{}",
                parts.join(" + "),
                money(round_or(*sum), lang),
                cap_text(*sum, *cap, *amount)
            )
        }
        Calculation::Loans {
            loans,
            sum,
            cap,
            amount,
        } => {
            let parts: Vec<String> = loans
                .iter()
                .map(|l| {
                    let rate = match l.lpr {
                        Some(lpr) => match lang {
                            Lang::Zh => format!(
                                "min({}, LPR {}) × 比例",
                                percent(l.loan_rate),
                                percent(lpr)
                            ),
                            Lang::En => format!(
                                "min({}, LPR {}) × share",
                                percent(l.loan_rate),
                                percent(lpr)
                            ),
                        },
                        None => String::new(),
                    };
                    let rate = if rate.is_empty() {
                        percent(l.discount_rate)
                    } else {
                        format!("{} = {}", rate, percent(l.discount_rate))
                    };
                    let principal = if l.counted_principal < l.principal {
                        match lang {
                            Lang::Zh => format!(
                                "min({}, 贷款上限 {})",
                                money(l.principal, lang),
                                money(l.counted_principal, lang)
                            ),
                            Lang::En => format!(
                                "min({}, loan ceiling {})",
                                money(l.principal, lang),
                                money(l.counted_principal, lang)
                            ),
                        }
                    } else {
                        money(l.principal, lang)
                    };
                    // Only the first year of a longer loan is counted: said, not hidden.
                    let first_year = match (l.term_months > 12, lang) {
                        (true, Lang::Zh) => {
                            format!("（期限 {} 个月，只计首 12 个月）", l.term_months)
                        }
                        (true, Lang::En) => {
                            format!(
                                " (a {}-month loan: only its first 12 months counted)",
                                l.term_months
                            )
                        }
                        _ => String::new(),
                    };
                    match lang {
                        Lang::Zh => format!(
                            "贷款{} {} × {} × {}/12 个月{first_year}",
                            l.index + 1,
                            principal,
                            rate,
                            l.counted_months
                        ),
                        Lang::En => format!(
                            "loan {} {} × {} × {}/12 months{first_year}",
                            l.index + 1,
                            principal,
                            rate,
                            l.counted_months
                        ),
                    }
                })
                .collect();
            format!(
                "{} = {}{}",
                parts.join(" + "),
                money(round_or(*sum), lang),
                cap_text(*sum, *cap, *amount)
            )
        }
    }
}

fn round_or(v: Decimal) -> Decimal {
    crate::money::round_fen(v)
}

/// Why an entry does not pay, in a sentence.
pub fn reason(r: &Reason, lang: Lang) -> String {
    let title = |id: &str| {
        catalogue::entry(id).map_or(id.to_string(), |e| match lang {
            Lang::Zh => e.title.to_string(),
            Lang::En => e.title_en.to_string(),
        })
    };
    let opt_money = |a: &Option<Decimal>| {
        a.map_or(lang.pick("未定额", "unstated").to_string(), |a| {
            money(a, lang)
        })
    };
    match (r, lang) {
        (Reason::NoTier { needs }, Lang::Zh) => format!("需要{}资格", tier(*needs, lang)),
        (Reason::NoTier { needs }, Lang::En) => format!("needs {} status", tier(*needs, lang)),
        (Reason::TierTooLow { needs, .. }, Lang::Zh) => {
            format!("需要{}及以上资格", tier(*needs, lang))
        }
        (Reason::TierTooLow { needs, .. }, Lang::En) => {
            format!("needs {} status or higher", tier(*needs, lang))
        }
        (Reason::TierTooHigh { max, .. }, Lang::Zh) => format!("仅适用于{}", tier(*max, lang)),
        (Reason::TierTooHigh { max, .. }, Lang::En) => format!("only for {}", tier(*max, lang)),
        (Reason::NoRecognitionDate { tier: t }, Lang::Zh) => {
            format!("需要填写首次认定为{}的日期", tier(*t, lang))
        }
        (Reason::NoRecognitionDate { tier: t }, Lang::En) => {
            format!("needs the date of first recognition as {}", tier(*t, lang))
        }
        (Reason::OutsideWindow { event, from, to }, Lang::Zh) => match to {
            Some(to) => format!("事项日期 {event} 不在文件有效期 {from} 至 {to} 内"),
            None => format!("事项日期 {event} 早于文件施行日 {from}"),
        },
        (Reason::OutsideWindow { event, from, to }, Lang::En) => match to {
            Some(to) => format!("dated {event}, outside the text's window {from} to {to}"),
            None => format!("dated {event}, before the text took effect on {from}"),
        },
        (
            Reason::OutsideWindowAssumed {
                occasion: o,
                event,
                from,
                to,
            },
            Lang::Zh,
        ) => format!(
            "未填{}：按评估日 {event} 判断，不在文件有效期 {from} 至 {} 内；请填写该日期",
            occasion(*o, lang),
            to.map_or("（未规定）".to_string(), |t| t.to_string())
        ),
        (
            Reason::OutsideWindowAssumed {
                occasion: o,
                event,
                from,
                to,
            },
            Lang::En,
        ) => format!(
            "no {} given: judged by the evaluation date {event}, outside the text's window {from} to {}; enter that date",
            occasion(*o, lang),
            to.map_or("(no end)".to_string(), |t| t.to_string())
        ),
        (Reason::NotInPark, Lang::Zh) => "需要入驻专精特新（示范）园区".into(),
        (Reason::NotInPark, Lang::En) => "needs residency in an SRDI (demonstration) park".into(),
        (Reason::MissingFact { fact: f }, Lang::Zh) => format!("需要满足：{}", fact(*f, lang)),
        (Reason::MissingFact { fact: f }, Lang::En) => format!("needs: {}", fact(*f, lang)),
        (Reason::MissingAmount { quantity: q }, Lang::Zh) => {
            format!("需要填写{}", quantity(*q, lang))
        }
        (Reason::MissingAmount { quantity: q }, Lang::En) => {
            format!("needs the {}", quantity(*q, lang))
        }
        (
            Reason::BelowThreshold {
                quantity: q,
                value: v,
            },
            Lang::Zh,
        ) => {
            format!(
                "{}为 {}，未达到文件规定的条件",
                quantity(*q, lang),
                value(*q, *v, lang)
            )
        }
        (
            Reason::BelowThreshold {
                quantity: q,
                value: v,
            },
            Lang::En,
        ) => {
            format!(
                "{} of {} does not meet the text's threshold",
                quantity(*q, lang),
                value(*q, *v, lang)
            )
        }
        (Reason::NoQualifyingLoan { .. }, Lang::Zh) => "没有符合用途的贷款".into(),
        (Reason::NoQualifyingLoan { .. }, Lang::En) => "no loan of the qualifying purpose".into(),
        (Reason::Zero, Lang::Zh) => "按所填数字计算金额为 0".into(),
        (Reason::Zero, Lang::En) => "your numbers give 0".into(),
        (
            Reason::NotCombined {
                with,
                amount,
                other_amount,
            },
            Lang::Zh,
        ) => format!(
            "与“{}”不重复享受；该项为 {}，本项为 {}，按较多的一项计",
            title(with),
            opt_money(other_amount),
            opt_money(amount)
        ),
        (
            Reason::NotCombined {
                with,
                amount,
                other_amount,
            },
            Lang::En,
        ) => format!(
            "not combined with \"{}\" ({}), which gives more than this ({})",
            title(with),
            opt_money(other_amount),
            opt_money(amount)
        ),
        (
            Reason::CountedOnce {
                with,
                amount,
                other_amount,
            },
            Lang::Zh,
        ) => format!(
            "与“{}”为同一奖励，只计一次（该项 {}，本项 {}）",
            title(with),
            opt_money(other_amount),
            opt_money(amount)
        ),
        (
            Reason::CountedOnce {
                with,
                amount,
                other_amount,
            },
            Lang::En,
        ) => format!(
            "the same reward as \"{}\", counted once ({} there, {} here)",
            title(with),
            opt_money(other_amount),
            opt_money(amount)
        ),
    }
}

/// Why a conflicting description was set aside, for the kept line.
pub fn conflict(choice: ConflictChoice, lang: Lang) -> &'static str {
    match choice {
        ConflictChoice::InForceOverDraft => lang.pick(
            "另一文件对同一奖励规定不同，其为征求意见稿或不在有效期内，按本文件计",
            "another text describes this reward differently; it is a draft or not in force, so this one is used",
        ),
        ConflictChoice::Larger => lang.pick(
            "另一文件对同一奖励规定不同，按较多的金额显示",
            "another text describes this reward differently; the larger amount is shown",
        ),
    }
}

/// "2024-01-23 至 2025-12-31" or "2025-08-14 起（未规定截止日期）".
pub fn window(doc: &catalogue::Document, lang: Lang) -> String {
    match (doc.valid_to, lang) {
        (Some(to), Lang::Zh) => format!("{} 至 {}", doc.valid_from, to),
        (Some(to), Lang::En) => format!("{} to {}", doc.valid_from, to),
        (None, Lang::Zh) => format!("{} 起（文件未规定截止日期）", doc.valid_from),
        (None, Lang::En) => format!("from {} (no end date given)", doc.valid_from),
    }
}

/// The amount rule of an entry in general terms, without a firm's numbers, e.g.
/// "20% × 园区产业用房年租金 × min(月数,12)/12，上限 500,000 元".
pub fn rule(entry: &catalogue::Entry, lang: Lang) -> String {
    use catalogue::{Formula, InterestRate};
    let cap = |c: &Option<Decimal>| match (c, lang) {
        (Some(c), Lang::Zh) => format!("，上限 {}", money(*c, lang)),
        (Some(c), Lang::En) => format!(", capped at {}", money(*c, lang)),
        (None, _) => String::new(),
    };
    match &entry.formula {
        Formula::Unquantified => lang.pick("未规定金额", "no amount stated").to_string(),
        Formula::Fixed(a) => match lang {
            Lang::Zh => format!("定额 {}", money(*a, lang)),
            Lang::En => format!("fixed {}", money(*a, lang)),
        },
        Formula::Terms { terms, cap: c } => {
            let parts: Vec<String> = terms
                .iter()
                .map(|t| {
                    let rate = match t.base.unit() {
                        Unit::Yuan => percent(t.rate),
                        _ => money(t.rate, lang),
                    };
                    let mut s = format!("{rate} × {}", quantity(t.base, lang));
                    if t.months.is_some() {
                        s.push_str(" × min(月数, 12)/12");
                    }
                    if let Some(b) = &t.base_cap {
                        s = match lang {
                            Lang::Zh => format!(
                                "{s}（基数不超过 {} × {}）",
                                percent(b.rate),
                                quantity(b.of, lang)
                            ),
                            Lang::En => format!(
                                "{s} (base at most {} × {})",
                                percent(b.rate),
                                quantity(b.of, lang)
                            ),
                        };
                    }
                    s
                })
                .collect();
            format!("{}{}", parts.join(" + "), cap(c))
        }
        Formula::LoanInterest {
            purpose,
            rate,
            skip_if_other_provincial,
            principal_caps,
            cap: c,
        } => {
            let r = match (rate, lang) {
                (InterestRate::Fixed(r), _) => percent(*r),
                (InterestRate::Above(f), Lang::Zh) => format!("(贷款利率 − {})", percent(*f)),
                (InterestRate::Above(f), Lang::En) => format!("(loan rate − {})", percent(*f)),
                (InterestRate::ShareWithinLpr(s), Lang::Zh) => {
                    format!("min(贷款利率, 一年期LPR) × {}", percent(*s))
                }
                (InterestRate::ShareWithinLpr(s), Lang::En) => {
                    format!("min(loan rate, 1-year LPR) × {}", percent(*s))
                }
            };
            let skip = match (skip_if_other_provincial, lang) {
                (true, Lang::Zh) => "；已享受其他省级贴息的贷款除外",
                (true, Lang::En) => "; not on loans with another provincial discount",
                _ => "",
            };
            let ceilings: Vec<String> = principal_caps
                .iter()
                .map(|(t, c)| format!("{} {}", tier(*t, lang), money(*c, lang)))
                .collect();
            let principal = match (ceilings.is_empty(), lang) {
                (true, Lang::Zh) => "本金".to_string(),
                (true, Lang::En) => "principal".to_string(),
                (false, Lang::Zh) => format!("min(本金, 贷款上限：{})", ceilings.join("，")),
                (false, Lang::En) => {
                    format!("min(principal, loan ceiling: {})", ceilings.join(", "))
                }
            };
            match lang {
                Lang::Zh => format!(
                    "{} × {principal} × min(期限月数, 12)/12（{}）{}{}",
                    r,
                    loan_purpose(*purpose, lang),
                    cap(c),
                    skip
                ),
                Lang::En => format!(
                    "{} × {principal} × min(term months, 12)/12 ({}){}{}",
                    r,
                    loan_purpose(*purpose, lang),
                    cap(c),
                    skip
                ),
            }
        }
    }
}

pub fn loan_purpose(p: LoanPurpose, lang: Lang) -> &'static str {
    match p {
        LoanPurpose::ParkPremises => lang.pick("购买园区产业用房贷款", "loan to buy park premises"),
        LoanPurpose::WorkingCapital => lang.pick("流动资金贷款", "working-capital loan"),
        LoanPurpose::IpPledge => lang.pick("专利、商标质押贷款", "patent or trademark pledge loan"),
        LoanPurpose::TechInnovationFund => lang.pick(
            "技术创新基金：增资扩产、技术改造贷款",
            "technology innovation fund: expansion or technical-reform loan",
        ),
        LoanPurpose::TechInnovationFundRd => lang.pick(
            "技术创新基金：研发创新贷款",
            "technology innovation fund: R&D loan",
        ),
        LoanPurpose::Other => lang.pick("其他贷款", "other loan"),
    }
}

pub fn frequency(f: Frequency, lang: Lang) -> &'static str {
    match f {
        Frequency::OneOff => lang.pick("一次性", "one-off"),
        Frequency::Yearly => lang.pick("按年度", "yearly"),
        Frequency::PerLoan => lang.pick("按笔（每笔贷款）", "per loan"),
        Frequency::PerProject => lang.pick("按项目", "per project"),
        Frequency::PerPersonDay => lang.pick("按人天", "per person-day"),
        Frequency::Staged => lang.pick("分阶段", "in stages"),
        Frequency::NotStated => lang.pick("文件未说明", "not stated"),
    }
}

/// A fact a line depends on, in words: "首次认定为省级专精特新中小企业：2024-06-15".
pub fn evidence(e: &crate::checklist::Evidence, lang: Lang) -> String {
    use crate::checklist::Evidence;
    match (e, lang) {
        (Evidence::Recognition { tier: t, date }, Lang::Zh) => {
            format!("首次认定为{}：{date}", tier(*t, lang))
        }
        (Evidence::Recognition { tier: t, date }, Lang::En) => {
            format!("first recognised as {} on {date}", tier(*t, lang))
        }
        (Evidence::Park, Lang::Zh) => "入驻专精特新（示范）园区".into(),
        (Evidence::Park, Lang::En) => "resident in the SRDI park".into(),
        (Evidence::Fact { fact: f }, _) => fact(*f, lang).into(),
        (
            Evidence::Amount {
                quantity: q,
                value: v,
            },
            Lang::Zh,
        ) => format!("{}：{}", quantity(*q, lang), value(*q, *v, lang)),
        (
            Evidence::Amount {
                quantity: q,
                value: v,
            },
            Lang::En,
        ) => format!("{}: {}", quantity(*q, lang), value(*q, *v, lang)),
        (
            Evidence::Loan {
                index,
                purpose,
                principal,
                start,
                term_months,
            },
            Lang::Zh,
        ) => format!(
            "贷款{}（{}）{}，{start} 放款，期限 {term_months} 个月",
            index + 1,
            loan_purpose(*purpose, lang),
            money(*principal, lang)
        ),
        (
            Evidence::Loan {
                index,
                purpose,
                principal,
                start,
                term_months,
            },
            Lang::En,
        ) => format!(
            "loan {} ({}) of {}, started {start}, {term_months} months",
            index + 1,
            loan_purpose(*purpose, lang),
            money(*principal, lang)
        ),
    }
}

/// An English gloss of a department name as the texts write it ("县工信商务局" → "county bureau
/// of industry, IT and commerce"). The Chinese name is always shown; this only helps a reader.
pub fn department_gloss(name: &str) -> String {
    const LEVELS: [(&str, &str); 3] = [("省", "provincial "), ("市", "city "), ("县", "county ")];
    const UNITS: [(&str, &str); 24] = [
        ("工信商务局", "bureau of industry, IT and commerce"),
        ("工信厅", "department of industry and IT"),
        ("工信局", "bureau of industry and IT"),
        ("财政厅", "department of finance"),
        ("财政局", "finance bureau"),
        ("科技厅", "department of science and technology"),
        ("科技局", "science and technology bureau"),
        ("市场监管局", "market regulation bureau"),
        ("商务局", "commerce bureau"),
        ("商务厅", "department of commerce"),
        ("人社局", "human resources and social security bureau"),
        ("人才办", "talent office"),
        ("金融监管局", "financial regulation bureau"),
        ("金融办", "finance office"),
        ("金融局", "finance office"),
        ("自然资源", "natural resources authority"),
        ("资源规划局", "natural resources and planning bureau"),
        ("资规局", "natural resources and planning bureau"),
        ("发改", "development and reform authority"),
        ("教育厅", "department of education"),
        ("生态环境", "ecology and environment authority"),
        ("管委会", "administrative committee"),
        ("人民政府", "government"),
        ("区政府", "district government"),
    ];
    let level = LEVELS
        .iter()
        .find(|(p, _)| name.starts_with(p))
        .map_or("", |(_, e)| e);
    match UNITS.iter().find(|(k, _)| name.contains(k)) {
        Some((_, unit)) => format!("{level}{unit}"),
        None => String::new(),
    }
}

/// A question that decides an entry, in words.
pub fn question(q: crate::questions::Question, lang: Lang) -> String {
    use crate::questions::Question;
    match (q, lang) {
        (Question::Tier(t), Lang::Zh) => format!("层级：{}及以上", tier(t, lang)),
        (Question::Tier(t), Lang::En) => format!("tier: {} or higher", tier(t, lang)),
        (Question::Recognition(t), Lang::Zh) => format!("首次认定为{}的日期", tier(t, lang)),
        (Question::Recognition(t), Lang::En) => {
            format!("date of first recognition as {}", tier(t, lang))
        }
        (Question::Park, Lang::Zh) => "是否入驻专精特新（示范）园区".into(),
        (Question::Park, Lang::En) => "residency in an SRDI park".into(),
        (Question::Fact(f), _) => fact(f, lang).into(),
        (Question::Amount(q), _) => quantity(q, lang).into(),
        (Question::Loan(p), _) => loan_purpose(p, lang).into(),
    }
}

/// The same amount in 万元 (10,000 yuan): "120 万元" or "1.2 million yuan" (in English in full
/// below a million: "80,000 yuan").
pub fn wan(v: Decimal, lang: Lang) -> String {
    match lang {
        Lang::Zh => crate::money::wan(v),
        Lang::En => crate::money::yuan_en_short(v),
    }
}

/// A problem with a field of a profile, in words a user can act on: the field's path, what was
/// found and what the field allows, e.g. "loans[0].principal: 'abc' is not an amount in 元:
/// write it as text, e.g. \"1200000.50\", from 0 to 1,000,000,000,000 with at most 2
/// decimals". One place for these words: the CLI and the JS API both use it.
pub fn problem(field: &str, problem: &crate::profile::Problem, lang: Lang) -> String {
    use crate::profile::{Field, Problem};
    let f = Field::of(field);
    let zh = lang == Lang::Zh;
    let body = match problem {
        Problem::Unreadable { found } => {
            let mut s = if zh {
                format!("{}不是{}", found_words(found, lang), field_noun(f, lang))
            } else {
                format!("{} is not {}", found_words(found, lang), field_noun(f, lang))
            };
            if let (crate::profile::Found::Text(t), true) = (found, is_date_field(f)) {
                if let Err(e) = Date::parse(t) {
                    s.push_str(match (e, zh) {
                        (crate::date::DateError::NoSuchDay, true) => "（没有这一天）",
                        (crate::date::DateError::NoSuchDay, false) => " (no such day)",
                        (crate::date::DateError::OutOfRange, true) => "（年份须在 1990–2100 之间）",
                        (crate::date::DateError::OutOfRange, false) => " (the year must be 1990–2100)",
                        (crate::date::DateError::Format, _) => "",
                    });
                }
            }
            let allowed = field_allowed(f, lang);
            if !allowed.is_empty() {
                s.push_str(if zh { "：" } else { ": " });
                s.push_str(&allowed);
            }
            s
        }
        Problem::UnknownField => {
            let parent = match field.rsplit_once('.') {
                Some((p, _)) => p,
                None => "",
            };
            let keys = Field::of(parent).keys().join(", ");
            if zh {
                format!("未知字段（拼写错误？）；可用字段：{keys}")
            } else {
                format!("unknown field (misspelt?); the fields allowed here: {keys}")
            }
        }
        Problem::Missing => {
            if zh {
                format!("缺少此项：须为{}", field_noun(f, lang))
            } else {
                format!("missing: a loan needs it ({})", field_noun(f, lang))
            }
        }
        Problem::TooMany { max } => {
            if zh {
                format!("贷款最多 {max} 笔：每项贴息都有每家企业的上限，几笔贷款即可达到")
            } else {
                format!("at most {max} loans: every interest discount is capped per enterprise, which a few loans reach")
            }
        }
        Problem::OutOfRange { min, max } => {
            let (lo, hi) = (range_value(f, *min, lang), range_value(f, *max, lang));
            if zh {
                format!("超出范围：须在 {lo} 至 {hi} 之间")
            } else {
                format!("out of range: it must be from {lo} to {hi}")
            }
        }
        Problem::TooPrecise { max_dp } => match (*max_dp, zh) {
            (0, true) => "须为整数".to_string(),
            (0, false) => "must be a whole number".to_string(),
            (n, true) => format!("小数最多 {n} 位（元精确到分）"),
            (n, false) => format!("at most {n} decimals (元 to the fen)"),
        },
        Problem::UnknownPlace => {
            let ids = if f == Field::City {
                catalogue::CITIES.iter().map(|c| c.id).collect::<Vec<_>>().join(", ")
            } else {
                catalogue::CITIES
                    .iter()
                    .filter(|c| !c.counties.is_empty())
                    .map(|c| {
                        let ks: Vec<&str> = c.counties.iter().map(|k| k.id).collect();
                        format!("{} ({})", ks.join(", "), c.id)
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            match (f == Field::City, zh) {
                (true, true) => format!("目录中没有这个城市；可选：{ids}；在福建其他地方则不填"),
                (true, false) => format!("no such city in the catalogue; one of: {ids}; leave it out for elsewhere in Fujian"),
                (false, true) => format!("目录中没有这个县（区）；可选：{ids}"),
                (false, false) => format!("no such county or district in the catalogue; one of: {ids}"),
            }
        }
        Problem::CountyNotInCity => lang
            .pick(
                "这个县（区）不属于所填城市：改填它所属的城市，或不填城市（由县（区）推出）",
                "this county or district is not in the city given: give its own city, or leave city out (it follows from the county)",
            )
            .to_string(),
        Problem::RecognitionAboveTier => lang
            .pick(
                "高于企业当前梯度（tier）的认定日期：提高 tier，或删去这一日期",
                "a recognition above the firm's tier: raise tier or remove this date",
            )
            .to_string(),
        Problem::TierNotOfferedHere => lang
            .pick(
                "专精特新“小巨人”后备企业只在厦门（city: xiamen）认定",
                "little_giant_reserve (专精特新“小巨人”后备企业) exists only in Xiamen (city: xiamen)",
            )
            .to_string(),
    };
    let field = if field.is_empty() { "profile" } else { field };
    format!("{field}: {body}")
}

/// A value as found in the input: 'abc', 1000000.5, true, null, a list, an object.
fn found_words(found: &crate::profile::Found, lang: Lang) -> String {
    use crate::profile::Found;
    match (found, lang) {
        (Found::Text(t), Lang::Zh) => format!("“{t}”"),
        (Found::Text(t), Lang::En) => format!("'{t}'"),
        (Found::Number(n), Lang::Zh) => format!("数字 {n}"),
        (Found::Number(n), Lang::En) => format!("the number {n}"),
        (Found::Bool(b), _) => b.to_string(),
        (Found::Null, _) => "null".to_string(),
        (Found::List, _) => lang.pick("列表", "a list").to_string(),
        (Found::Map, _) => lang.pick("对象", "an object").to_string(),
    }
}

fn is_date_field(f: crate::profile::Field) -> bool {
    use crate::profile::Field;
    matches!(
        f,
        Field::Recognition(_) | Field::Date(_) | Field::LoanStart | Field::EvaluationDate
    )
}

fn unit_noun(u: Unit, lang: Lang) -> &'static str {
    match u {
        Unit::Yuan => lang.pick("以元计的金额", "an amount in 元"),
        Unit::Kwh => lang.pick("以千瓦时计的电量", "a quantity in kWh"),
        Unit::Months => lang.pick("月数", "a number of months"),
        Unit::Count => lang.pick("项数", "a count"),
        Unit::PersonDays => lang.pick("人天数", "a number of person-days"),
    }
}

/// What a field is, as a noun: "an amount in 元", "a date", "a tier".
fn field_noun(f: crate::profile::Field, lang: Lang) -> &'static str {
    use crate::profile::Field;
    match f {
        Field::Profile => lang.pick("画像（JSON 对象）", "a profile (an object)"),
        Field::City => lang.pick("城市代码", "a city id"),
        Field::County => lang.pick("县（区）代码", "a county or district id"),
        Field::Tier => lang.pick("梯度", "a tier"),
        Field::Recognitions => lang.pick("认定日期表（对象）", "an object of recognition dates"),
        Field::Park => lang.pick("园区选项", "a park value"),
        Field::Amounts => lang.pick("金额表（对象）", "an object of amounts"),
        Field::Amount(q) => unit_noun(q.unit(), lang),
        Field::Facts => lang.pick("事实列表", "a list of facts"),
        Field::Fact => lang.pick("事实名称", "a fact"),
        Field::Loans => lang.pick("贷款列表", "a list of loans"),
        Field::Loan => lang.pick("一笔贷款（对象）", "a loan (an object)"),
        Field::LoanPurpose => lang.pick("贷款用途", "a loan purpose"),
        Field::LoanPrincipal => unit_noun(Unit::Yuan, lang),
        Field::LoanAnnualRate | Field::LprOverride => lang.pick("年利率", "a yearly rate"),
        Field::LoanTermMonths => lang.pick("整月数", "a whole number of months"),
        Field::LoanOtherProvincialDiscount => lang.pick("true 或 false", "true or false"),
        Field::Dates => lang.pick("事项日期表（对象）", "an object of occasion dates"),
        Field::Recognition(_) | Field::Date(_) | Field::LoanStart | Field::EvaluationDate => {
            lang.pick("日期", "a date")
        }
        Field::Unknown => lang.pick("已知字段", "a known field"),
    }
}

const DATE_ZH: &str = "写作 YYYY-MM-DD，如 \"2024-03-01\"（也接受 2024/3/1、2024.3.1、2024年3月1日和全角数字），1990–2100 年间真实存在的一天";
const DATE_EN: &str = "write it YYYY-MM-DD, e.g. \"2024-03-01\" (2024/3/1, 2024.3.1, 2024年3月1日 and full-width digits are read too), a real day of 1990–2100";

/// What a field allows, in a phrase.
fn field_allowed(f: crate::profile::Field, lang: Lang) -> String {
    use crate::profile::{Field, MAX_LOAN_RATE};
    let zh = lang == Lang::Zh;
    let names = |v: Vec<&str>| v.join(", ");
    let one_of = |v: Vec<&str>| {
        if zh {
            format!("可选：{}", names(v))
        } else {
            format!("one of: {}", names(v))
        }
    };
    let amount = |u: Unit| {
        let max = group(u.max(), 0);
        match (u.max_dp(), zh) {
            (0, true) => format!("写成带引号的整数，如 \"12\"，0 至 {max}"),
            (0, false) => format!("write it as text, a whole number, e.g. \"12\", from 0 to {max}"),
            (n, true) => {
                format!("写成带引号的数字，如 \"1200000.50\"，0 至 {max}，小数最多 {n} 位")
            }
            (n, false) => format!(
                "write it as text, e.g. \"1200000.50\", from 0 to {max} with at most {n} decimals"
            ),
        }
    };
    match f {
        Field::Profile | Field::Loan => {
            let keys = names(f.keys());
            if zh {
                format!("字段：{keys}")
            } else {
                format!("with the fields {keys}")
            }
        }
        Field::City => one_of(catalogue::CITIES.iter().map(|c| c.id).collect()),
        Field::County => one_of(
            catalogue::CITIES
                .iter()
                .flat_map(|c| c.counties.iter().map(|k| k.id))
                .collect(),
        ),
        Field::Tier => one_of(Tier::ALL.iter().map(|t| t.name()).collect()),
        Field::Park => one_of(ParkResidency::ALL.iter().map(|p| p.name()).collect()),
        Field::Fact => one_of(Fact::ALL.iter().map(|x| x.name()).collect()),
        Field::LoanPurpose => one_of(LoanPurpose::ALL.iter().map(|x| x.name()).collect()),
        Field::Recognitions => lang
            .pick(
                "梯度名 → 首次认定日期，如 {\"provincial\": \"2024-03-01\"}",
                "tier name → date of first recognition, e.g. {\"provincial\": \"2024-03-01\"}",
            )
            .to_string(),
        Field::Amounts => lang
            .pick(
                "金额名 → 带引号的数字，如 {\"rd_spend\": \"12000000\"}",
                "amount name → number as text, e.g. {\"rd_spend\": \"12000000\"}",
            )
            .to_string(),
        Field::Dates => lang
            .pick(
                "事项名 → 日期，如 {\"park_move_in\": \"2025-01-01\"}",
                "occasion name → date, e.g. {\"park_move_in\": \"2025-01-01\"}",
            )
            .to_string(),
        Field::Facts => lang
            .pick("事实名称的列表，如 [\"joint_lab\"]", "a list of fact names, e.g. [\"joint_lab\"]")
            .to_string(),
        Field::Loans => lang
            .pick(
                "贷款对象的列表，如 [{\"purpose\": \"working_capital\", \"principal\": \"5000000\", \"annual_rate\": \"0.035\", \"term_months\": 12, \"start\": \"2025-03-01\"}]",
                "a list of loan objects, e.g. [{\"purpose\": \"working_capital\", \"principal\": \"5000000\", \"annual_rate\": \"0.035\", \"term_months\": 12, \"start\": \"2025-03-01\"}]",
            )
            .to_string(),
        Field::Amount(q) => amount(q.unit()),
        Field::LoanPrincipal => amount(Unit::Yuan),
        Field::LoanAnnualRate | Field::LprOverride => {
            let max = percent(MAX_LOAN_RATE);
            if zh {
                format!("写成带引号的小数，如 \"0.035\" 表示 3.5%，0 至 {max}")
            } else {
                format!("write it as text, a fraction, e.g. \"0.035\" for 3.5%, from 0 to {max}")
            }
        }
        Field::LoanTermMonths => lang
            .pick("不带引号的整数，1 至 600", "a number without quotes, from 1 to 600")
            .to_string(),
        Field::LoanOtherProvincialDiscount => String::new(),
        Field::Recognition(_) | Field::Date(_) | Field::LoanStart | Field::EvaluationDate => {
            lang.pick(DATE_ZH, DATE_EN).to_string()
        }
        Field::Unknown => String::new(),
    }
}

/// A bound of a range in the field's unit: "1,000,000,000,000 元", "36%", "600 个月".
fn range_value(f: crate::profile::Field, v: Decimal, lang: Lang) -> String {
    use crate::profile::Field;
    match f {
        Field::Amount(q) => value(q, v, lang),
        Field::LoanPrincipal => money(v, lang),
        Field::LoanAnnualRate | Field::LprOverride => percent(v),
        Field::LoanTermMonths => format!("{} {}", group(v, 0), lang.pick("个月", "months")),
        _ => group(v, 2),
    }
}
