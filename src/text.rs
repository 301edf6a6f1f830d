//! Every user-facing string of the page, in one place, so that the English page is a
//! translation of this file and not a rewrite of the components. Engine words (tiers, reasons,
//! formulas) come from `srdi_engine::describe` in the same two languages.

use srdi_engine::date::DateError;
pub use srdi_engine::describe::Lang;
use srdi_engine::money::{group, AmountError};

/// The strings of one language.
pub struct Texts {
    pub title: &'static str,
    pub subtitle: &'static str,
    pub privacy: &'static str,
    pub step_place: &'static str,
    pub city: &'static str,
    pub city_help: &'static str,
    pub city_other: &'static str,
    pub county: &'static str,
    pub county_help: &'static str,
    pub county_none: &'static str,
    pub step_tier: &'static str,
    pub tier: &'static str,
    pub tier_help: &'static str,
    pub tier_none: &'static str,
    pub recognition_date: &'static str,
    pub recognition_help: &'static str,
    pub evaluation_date: &'static str,
    pub evaluation_help: &'static str,
    pub results: &'static str,
    pub total: &'static str,
    pub exact: &'static str,
    pub up_to: &'static str,
    pub unquantified_lines: &'static str,
    pub no_lines: &'static str,
    pub not_counted: &'static str,
    pub formula: &'static str,
    pub source: &'static str,
    pub clause: &'static str,
    pub validity: &'static str,
    pub payer: &'static str,
    pub excluded: &'static str,
    pub stale: &'static str,
    pub estimate_note: &'static str,
    pub step_park: &'static str,
    pub step_innovation: &'static str,
    pub step_loans: &'static str,
    pub step_equity: &'static str,
    pub step_other: &'static str,
    pub progress: &'static str,
    pub step_of: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub park: &'static str,
    pub park_help: &'static str,
    pub park_yes: &'static str,
    pub park_no: &'static str,
    pub money_help: &'static str,
    pub count_help: &'static str,
    pub kwh_help: &'static str,
    pub months_help: &'static str,
    pub facts_legend: &'static str,
    pub loans_help: &'static str,
    pub add_loan: &'static str,
    pub remove_loan: &'static str,
    pub loan: &'static str,
    pub loan_purpose: &'static str,
    pub loan_principal: &'static str,
    pub loan_rate: &'static str,
    pub loan_rate_help: &'static str,
    pub loan_term: &'static str,
    pub loan_term_help: &'static str,
    pub loan_start: &'static str,
    pub loan_start_help: &'static str,
    pub loan_other_provincial: &'static str,
    pub loan_incomplete: &'static str,
    pub no_loans: &'static str,
    pub chart_title: &'static str,
    pub edit: &'static str,
    pub nothing_to_ask: &'static str,
    pub note: &'static str,
    /// The label of the language switch, in the language it switches to.
    pub other_language: &'static str,
}

pub static ZH: Texts = Texts {
    title: "专精特新惠企计算器",
    subtitle: "福建省中小企业：填写几项信息，查看县（区）、市、省三级可享受的奖励、补贴和贴息，每一项附计算公式和政策原文。",
    privacy: "所有计算都在您的浏览器中完成，填写的内容不会发送到任何地方。",
    step_place: "所在地",
    city: "所在设区市",
    city_help: "企业注册地所在的设区市。其他设区市的企业仍可查看省级政策。",
    city_other: "请选择",
    county: "所在县（市、区）",
    county_help: "县级奖励由企业所在县（市、区）或管委会发放。",
    county_none: "请选择",
    step_tier: "梯度培育层级",
    tier: "目前的最高层级",
    tier_help: "按文件用语：创新型中小企业 → 专精特新中小企业 → 专精特新“小巨人”企业。高层级同时具备低层级资格。",
    tier_none: "尚未认定",
    recognition_date: "首次认定为{tier}的日期",
    recognition_help: "认定奖励只在“首次认定”时发放，且认定日期须在文件有效期内。",
    evaluation_date: "测算日期",
    evaluation_help: "默认今天。政策按此日期判断是否有效；可改为过去的日期查看当时的结果。",
    results: "测算结果",
    total: "合计",
    exact: "确定金额",
    up_to: "最高可得",
    unquantified_lines: "项未定额",
    no_lines: "按目前填写的信息，暂无可享受的项目。",
    not_counted: "不计入合计",
    formula: "计算",
    source: "依据",
    clause: "原文",
    validity: "有效期",
    payer: "发放层级",
    excluded: "未享受的项目及原因",
    stale: "有输入需要修改，下面显示的是最近一次有效输入的结果。",
    estimate_note: "本结果为依据所引文件的估算，实际以主管部门审核为准。",
    step_park: "园区与厂房",
    step_innovation: "研发、设备与数字化",
    step_loans: "贷款",
    step_equity: "股权融资与上市",
    step_other: "其他项目",
    progress: "填写进度",
    step_of: "第 {n} 步，共 {total} 步",
    back: "上一步",
    next: "下一步",
    park: "是否入驻专精特新（示范）园区",
    park_help: "文件用语：“入驻的省级以上专精特新企业”。园区支持（租金、贴息、达产奖励）只给入驻园区的企业。",
    park_yes: "已入驻",
    park_no: "未入驻",
    money_help: "单位：元。可输入 1,200,000、120万 或全角数字。",
    count_help: "填写数量（整数）。",
    kwh_help: "单位：千瓦时（度）。可输入 2,000,000 或 200万。",
    months_help: "填写月数（整数），补贴最多按 12 个月计。",
    facts_legend: "以下情况是否属实（勾选即表示“是”）",
    loans_help: "逐笔填写银行贷款。贴息按年利率和贷款期限计算，期限最长按 1 年计；贷款发放日须在政策有效期内。",
    add_loan: "添加一笔贷款",
    remove_loan: "删除这笔贷款",
    loan: "贷款",
    loan_purpose: "贷款用途",
    loan_principal: "贷款本金",
    loan_rate: "年利率",
    loan_rate_help: "单位：%，例如 3.45。",
    loan_term: "贷款期限",
    loan_term_help: "单位：月。贴息期限最长按 12 个月计。",
    loan_start: "放款日期",
    loan_start_help: "贷款实际发放的日期。",
    loan_other_provincial: "这笔贷款已享受其他省级贴息政策",
    loan_incomplete: "填写本金、年利率、期限和放款日期后计入测算。",
    no_loans: "尚未添加贷款。",
    chart_title: "各级金额构成",
    edit: "修改",
    nothing_to_ask: "按所选地区和层级，这一步没有需要填写的内容。",
    note: "说明",
    other_language: "English",
};

pub static EN: Texts = Texts {
    title: "SRDI Support Calculator",
    subtitle: "For Fujian SMEs: answer a few questions and see the awards, subsidies and interest discounts from your county or district, your city and the province, each with its formula and the clause that grants it.",
    privacy: "Everything is computed in your browser; nothing you type is sent anywhere.",
    step_place: "Location",
    city: "City",
    city_help: "The city where the firm is registered. Firms in other cities still see provincial measures.",
    city_other: "Choose",
    county: "County or district",
    county_help: "County-level awards are paid by the county, district or zone committee.",
    county_none: "Choose",
    step_tier: "Tier",
    tier: "Highest tier held now",
    tier_help: "Innovative SME → SRDI SME → national Little Giant. A higher tier also holds every lower one.",
    tier_none: "Not recognised yet",
    recognition_date: "Date of first recognition as {tier}",
    recognition_help: "Recognition awards are paid for a first recognition dated inside the text's validity window.",
    evaluation_date: "Evaluation date",
    evaluation_help: "Today by default. Rules are in force or expired as of this date; set a past date to see the result then.",
    results: "Result",
    total: "Total",
    exact: "exact",
    up_to: "up to",
    unquantified_lines: "without a stated amount",
    no_lines: "With the answers so far, no measure applies yet.",
    not_counted: "not in the total",
    formula: "Formula",
    source: "Source",
    clause: "Clause",
    validity: "Validity",
    payer: "Paid by",
    excluded: "Measures you do not get, and why",
    stale: "An answer needs correcting; the result below is for the last valid answers.",
    estimate_note: "An estimate under the cited documents; the departments in charge decide.",
    step_park: "Park and premises",
    step_innovation: "R&D, equipment, digital",
    step_loans: "Loans",
    step_equity: "Equity and listing",
    step_other: "Other projects",
    progress: "Progress",
    step_of: "Step {n} of {total}",
    back: "Back",
    next: "Next",
    park: "Resident in an SRDI (demonstration) park?",
    park_help: "The texts say “入驻的省级以上专精特新企业”: park support (rent, interest, production award) is only for firms in the park.",
    park_yes: "Yes, resident",
    park_no: "No",
    money_help: "In yuan. 1,200,000, 120万 and full-width digits are all fine.",
    count_help: "A whole number.",
    kwh_help: "In kWh. 2,000,000 or 200万.",
    months_help: "Months, a whole number; at most 12 are counted.",
    facts_legend: "Tick what is true",
    loans_help: "One bank loan at a time. Discounts use the annual rate and the term, at most one year; the loan must start inside the rule's window.",
    add_loan: "Add a loan",
    remove_loan: "Remove this loan",
    loan: "Loan",
    loan_purpose: "Purpose",
    loan_principal: "Principal",
    loan_rate: "Annual rate",
    loan_rate_help: "In %, e.g. 3.45.",
    loan_term: "Term",
    loan_term_help: "In months; at most 12 are counted.",
    loan_start: "Start date",
    loan_start_help: "The day the loan was paid out.",
    loan_other_provincial: "This loan already has another provincial interest discount",
    loan_incomplete: "Counted once principal, rate, term and start date are filled in.",
    no_loans: "No loan yet.",
    chart_title: "Amounts by level",
    edit: "Edit",
    nothing_to_ask: "For your place and tier there is nothing to ask in this step.",
    note: "Note",
    other_language: "中文",
};

pub fn t(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// The message beside a date field that does not parse.
pub fn date_error(lang: Lang, e: &DateError) -> String {
    match (lang, e) {
        (Lang::Zh, DateError::Format) => "日期格式应为 年-月-日，例如 2024-06-15".into(),
        (Lang::Zh, DateError::NoSuchDay) => "没有这一天，请检查月份和日期".into(),
        (Lang::Zh, DateError::OutOfRange) => "年份应在 1990 至 2100 之间".into(),
        (Lang::En, DateError::Format) => "Use year-month-day, e.g. 2024-06-15".into(),
        (Lang::En, DateError::NoSuchDay) => "There is no such day; check the month and day".into(),
        (Lang::En, DateError::OutOfRange) => "The year must be between 1990 and 2100".into(),
    }
}

/// The message beside an amount field that does not parse.
pub fn amount_error(lang: Lang, e: &AmountError, money: bool) -> String {
    match (lang, e) {
        (Lang::Zh, AmountError::Empty) | (Lang::En, AmountError::Empty) => String::new(),
        (Lang::Zh, AmountError::NotANumber) => {
            if money {
                "请输入数字，可带千分位逗号或“万”，例如 1,200,000 或 120万".into()
            } else {
                "请输入数字".into()
            }
        }
        (Lang::En, AmountError::NotANumber) => {
            if money {
                "Enter a number; thousands separators and 万 are fine, e.g. 1,200,000 or 120万"
                    .into()
            } else {
                "Enter a number".into()
            }
        }
        (Lang::Zh, AmountError::Negative) => "不能为负数".into(),
        (Lang::En, AmountError::Negative) => "Cannot be negative".into(),
        (Lang::Zh, AmountError::TooPrecise { max_dp: 0 }) => "请输入整数".into(),
        (Lang::En, AmountError::TooPrecise { max_dp: 0 }) => "Enter a whole number".into(),
        (Lang::Zh, AmountError::TooPrecise { max_dp }) => format!("最多 {max_dp} 位小数"),
        (Lang::En, AmountError::TooPrecise { max_dp }) => format!("At most {max_dp} decimals"),
        (Lang::Zh, AmountError::TooLarge { max }) => format!("不能超过 {}", group(*max, 0)),
        (Lang::En, AmountError::TooLarge { max }) => format!("At most {}", group(*max, 0)),
    }
}

/// The message beside a loan term of zero months.
pub fn term_zero(lang: Lang) -> String {
    match lang {
        Lang::Zh => "期限至少 1 个月".into(),
        Lang::En => "The term is at least 1 month".into(),
    }
}

/// The name of a step.
pub fn step(lang: Lang, step: crate::state::Step) -> &'static str {
    use crate::state::Step;
    let tx = t(lang);
    match step {
        Step::Place => tx.step_place,
        Step::Tier => tx.step_tier,
        Step::Park => tx.step_park,
        Step::Innovation => tx.step_innovation,
        Step::Loans => tx.step_loans,
        Step::Equity => tx.step_equity,
        Step::Other => tx.step_other,
    }
}
