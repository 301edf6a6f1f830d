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
    pub exact: &'static str,
    pub up_to: &'static str,
    /// "+ {n} 项未定额" beside a total; `unquantified_line` when `{n}` is 1.
    pub unquantified_lines: &'static str,
    pub unquantified_line: &'static str,
    pub no_lines: &'static str,
    pub not_counted: &'static str,
    /// After a label: "：" in Chinese, ": " in English.
    pub colon: &'static str,
    /// Between the items of a list: "；" in Chinese, "; " in English.
    pub list_sep: &'static str,
    pub formula: &'static str,
    pub source: &'static str,
    pub clause: &'static str,
    /// A line opened before the page has read the clauses (src/clauses.rs), and when it could not.
    pub clause_reading: &'static str,
    pub clause_failed: &'static str,
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
    pub tab_result: &'static str,
    pub tab_next: &'static str,
    pub tab_library: &'static str,
    pub views: &'static str,
    pub next_help: &'static str,
    pub next_none: &'static str,
    /// Lines shown in the result that cannot be claimed now; `{n}` is their number.
    pub next_left_out: &'static str,
    pub depends_on: &'static str,
    pub frequency: &'static str,
    pub departments: &'static str,
    pub unlock_title: &'static str,
    pub unquantified_mark: &'static str,
    #[cfg(feature = "library-page")]
    pub lib_help: &'static str,
    #[cfg(feature = "library-page")]
    pub lib_search: &'static str,
    #[cfg(feature = "library-page")]
    pub lib_place: &'static str,
    #[cfg(feature = "library-page")]
    pub lib_payer: &'static str,
    #[cfg(feature = "library-page")]
    pub lib_tier: &'static str,
    #[cfg(feature = "library-page")]
    pub lib_kind: &'static str,
    #[cfg(feature = "library-page")]
    pub lib_status: &'static str,
    pub all: &'static str,
    #[cfg(feature = "library-page")]
    pub lib_count: &'static str,
    #[cfg(feature = "library-page")]
    /// `lib_count` for one entry ("1 entry").
    pub lib_count_one: &'static str,
    /// `next_left_out` for one line.
    pub next_left_out_one: &'static str,
    #[cfg(feature = "library-page")]
    pub lib_none: &'static str,
    #[cfg(feature = "library-page")]
    pub lib_questions: &'static str,
    #[cfg(feature = "library-page")]
    pub lib_ask: &'static str,
    #[cfg(feature = "library-page")]
    pub lib_rule: &'static str,
    pub keep_local: &'static str,
    pub forget: &'static str,
    pub forgotten: &'static str,
    pub offline_note: &'static str,
    pub what_if_title: &'static str,
    pub what_if_tier: &'static str,
    pub what_if_park: &'static str,
    pub what_if_place: &'static str,
    pub what_if_apply: &'static str,
    pub what_if_gains: &'static str,
    pub what_if_loses: &'static str,
    pub what_if_other: &'static str,
    pub what_if_none: &'static str,
    pub share_title: &'static str,
    pub share_link: &'static str,
    pub share_help: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub print: &'static str,
    pub export_csv: &'static str,
    pub export_json: &'static str,
    pub import_json: &'static str,
    pub import_failed: &'static str,
    /// An import done: "已导入：" then the place, the tier and the loans.
    pub imported: &'static str,
    /// "{n} 笔贷款"; `imported_loan` when `{n}` is 1.
    pub imported_loans: &'static str,
    pub imported_loan: &'static str,
    /// A file exported under other rules: {file}, {this}.
    pub imported_other_version: &'static str,
    /// After "应用到答案": what was done, beside the undo button.
    pub what_if_applied: &'static str,
    pub undo: &'static str,
    pub restored_problems: &'static str,
    pub dismiss: &'static str,
    pub answers: &'static str,
    pub occasion_help: &'static str,
    pub date_placeholder: &'static str,
    pub total_claimable: &'static str,
    pub total_ended: &'static str,
    /// The same, in the phone's sticky total bar, where the room is one short line.
    pub bar_ended: &'static str,
    pub total_planned: &'static str,
    pub ended_note: &'static str,
    pub planned_note: &'static str,
    pub plus_up_to: &'static str,
    pub view_as_of: &'static str,
    pub back_to_today: &'static str,
    #[cfg(feature = "library-page")]
    /// The library page's link back to the calculator (same answers).
    pub back_to_calculator: &'static str,
    pub viewing_as_of: &'static str,
    pub notices_label: &'static str,
    pub rules_reviewed: &'static str,
    pub evaluated_on: &'static str,
    pub made_on: &'static str,
    pub link_stamp: &'static str,
    pub standing_label: &'static str,
    pub event_label: &'static str,
    pub enter_date: &'static str,
    pub legend_up_to: &'static str,
    /// Beside a loan with no purpose chosen.
    pub loan_no_purpose: &'static str,
    /// In the result: a loan not counted; `{loan}` is its name ("贷款 2").
    pub loan_not_counted: &'static str,
    pub no_purpose: &'static str,
    /// Beside "add a loan" once there are as many as a profile holds.
    pub loans_max: &'static str,
    /// Beside a rate that reads as a fraction: `{p}` the percent meant, `{typed}` as typed.
    pub rate_meant: &'static str,
    pub rate_fix: &'static str,
    /// An export or copy asked for while an answer does not parse.
    pub unfinished_export: &'static str,
    /// The module that writes the exports and reads imports could not be loaded (offline before
    /// its first use).
    pub export_failed: &'static str,
    /// The button beside the unfinished answers.
    pub go_to_first: &'static str,
    pub client: &'static str,
    pub clients_menu: &'static str,
    pub client_current: &'static str,
    pub client_new: &'static str,
    pub client_duplicate: &'static str,
    pub client_delete: &'static str,
    pub client_delete_confirm: &'static str,
    pub clients_export: &'static str,
    pub clients_import: &'static str,
    pub clients_file: &'static str,
    pub compare: &'static str,
    pub store_problems: &'static str,
    pub bar_questions: &'static str,
    pub bar_details: &'static str,
    pub catalogue_version: &'static str,
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
    evaluation_date: "评估日（测算日期）",
    evaluation_help: "默认今天。每一项按其事项日期和文件有效期，在这一天判断为可申领、已享有（文件已到期）或计划中；可改为其他日期查看当时的结果。",
    results: "测算结果",
    exact: "确定金额",
    up_to: "最高可得",
    unquantified_lines: "另 {n} 项未定额",
    unquantified_line: "另 {n} 项未定额",
    no_lines: "按目前填写的信息，暂无可享受的项目。",
    not_counted: "不计入合计",
    colon: "：",
    list_sep: "；",
    formula: "计算",
    source: "依据",
    clause: "原文",
    clause_reading: "正在载入原文…",
    clause_failed: "原文未能载入（离线？），出处见上；联网后重新展开即可。",
    validity: "有效期",
    payer: "发放层级",
    excluded: "未享受的项目及原因",
    stale: "以下内容未填完或有误，结果、链接和导出仍按原值计算：",
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
    loan_rate_help: "单位：%，可输入 3.45、3.45% 或全角数字；最高 36%。",
    loan_term: "贷款期限",
    loan_term_help: "单位：月，可输入 12、12个月 或 1年（1 至 600 个月）。贴息期限最长按 12 个月计。",
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
    tab_result: "测算结果",
    tab_next: "办理指引",
    tab_library: "政策库",
    views: "查看",
    next_help: "按应联系的部门（文件所列责任单位，第一个为牵头单位）整理可申请的项目，先县（区）、再市、再省。请准备好每项所依据的材料。",
    next_none: "按目前的答案，暂无可申请的项目。",
    next_left_out: "另有 {n} 项现在不能申请，未列入此处（测算结果中可见）：事项发生时文件有效、但文件已到期（已享有·待确认，请向责任单位确认），事项日期晚于评估日（计划中），或依据的是征求意见稿。",
    depends_on: "需证明",
    frequency: "发放方式",
    departments: "责任单位",
    unlock_title: "通过调整答案可解锁",
    unquantified_mark: "未定额",
    #[cfg(feature = "library-page")]
    lib_help: "文件中所有面向企业的条款。可按地区、发放层级、层级、类型和状态筛选，或搜索标题和原文。",
    #[cfg(feature = "library-page")]
    lib_search: "搜索标题或原文",
    #[cfg(feature = "library-page")]
    lib_place: "地区",
    #[cfg(feature = "library-page")]
    lib_payer: "发放层级",
    #[cfg(feature = "library-page")]
    lib_tier: "层级",
    #[cfg(feature = "library-page")]
    lib_kind: "类型",
    #[cfg(feature = "library-page")]
    lib_status: "状态（按测算日期）",
    all: "全部",
    #[cfg(feature = "library-page")]
    lib_count: "共 {n} 条",
    #[cfg(feature = "library-page")]
    lib_count_one: "共 {n} 条",
    next_left_out_one: "另有 1 项现在不能申请，未列入此处（测算结果中可见）：事项发生时文件有效、但文件已到期（已享有·待确认，请向责任单位确认），事项日期晚于评估日（计划中），或依据的是征求意见稿。",
    #[cfg(feature = "library-page")]
    lib_none: "没有符合条件的条款。",
    #[cfg(feature = "library-page")]
    lib_questions: "决定因素",
    #[cfg(feature = "library-page")]
    lib_ask: "去填写相关问题",
    #[cfg(feature = "library-page")]
    lib_rule: "金额规则",
    keep_local: "在本设备上保存全部客户的答案（保存在本浏览器中，不会上传）",
    forget: "清除本设备上保存的全部客户",
    forgotten: "已清除本设备上保存的全部客户",
    offline_note: "首次打开后，本页面可在断网时使用。",
    what_if_title: "如果……（下一步可多得多少）",
    what_if_tier: "升级为{tier}（以测算日期为首次认定日期）",
    what_if_park: "入驻专精特新（示范）园区",
    what_if_place: "同一企业位于{place}",
    what_if_apply: "应用到答案",
    what_if_gains: "新增",
    what_if_loses: "失去",
    what_if_other: "改选“{other}”（不重复享受，只能二选一）",
    what_if_none: "按目前的答案，没有可提高金额的下一步。",
    share_title: "分享、打印与导出",
    share_link: "分享链接",
    share_help: "答案只保存在链接“#”之后的部分，浏览器不会把这部分发送给任何服务器。打开链接即可恢复全部答案。",
    copy: "复制链接",
    copied: "已复制链接",
    print: "打印 / 存为 PDF",
    export_csv: "导出 CSV（Excel、WPS）",
    export_json: "导出 JSON",
    import_json: "导入之前导出的 JSON 文件，恢复答案",
    import_failed: "无法读取该文件",
    imported: "已导入：",
    imported_loans: "{n} 笔贷款",
    imported_loan: "{n} 笔贷款",
    imported_other_version: "此文件由规则版本 {file} 导出，本页为 {this}，结果可能不同。",
    what_if_applied: "已应用到答案。",
    undo: "撤销",
    restored_problems: "链接或文件中有部分内容无法读取，已忽略：",
    dismiss: "知道了",
    answers: "企业填写的信息",
    occasion_help: "事项日期，决定该项按哪份文件的有效期计算。可输入 2025-01-01、2025/1/1 或 2025年1月1日。",
    date_placeholder: "年-月-日",
    total_claimable: "现可申领",
    total_ended: "已享有·待确认",
    bar_ended: "已享有·待确认",
    total_planned: "计划中",
    ended_note: "“已享有·待确认”：事项发生在文件有效期内，但文件已到期。能否兑现，请向该文件所列责任单位确认（见各项明细）。",
    planned_note: "“计划中”：事项日期晚于评估日，届时符合条件方可申领。",
    plus_up_to: "另最高",
    view_as_of: "按 {date} 查看",
    back_to_today: "回到今天",
    #[cfg(feature = "library-page")]
    back_to_calculator: "回到计算器",
    viewing_as_of: "正在按 {date} 查看结果，不是今天。",
    notices_label: "文件到期提示",
    rules_reviewed: "规则核对日",
    evaluated_on: "评估日",
    made_on: "生成日",
    link_stamp: "链接生成于 {made}（规则核对日 {reviewed}）",
    standing_label: "状态",
    event_label: "日期依据",
    enter_date: "填写{what}",
    legend_up_to: "（最高）",
    loan_no_purpose: "请选择用途，选定前不计入测算。",
    loan_not_counted: "{loan} 未计入测算",
    no_purpose: "未选用途",
    loans_max: "最多 50 笔贷款：每项贴息都有每家企业的上限。",
    rate_meant: "是否应为 {p}%？现按 {typed}% 计算。",
    rate_fix: "改为 {p}%",
    unfinished_export: "有内容未填完或有误（见上），未导出。",
    export_failed: "未能载入导入导出模块：请联网后再试一次（载入过一次后，断网也能使用）。",
    go_to_first: "前往修改",
    client: "客户",
    clients_menu: "客户列表",
    client_current: "（当前）",
    client_new: "新客户",
    client_duplicate: "复制为方案",
    client_delete: "删除此客户",
    client_delete_confirm: "删除客户“{name}”及其全部答案？",
    clients_export: "导出全部客户",
    clients_import: "导入客户文件（之前导出的全部客户）",
    clients_file: "专精特新客户",
    compare: "与当前客户并排比较",
    store_problems: "本设备上保存的客户答案中有部分内容无法读取，已略去（保存的原文在您关闭此提示前不会被改写）：",
    bar_questions: "改答案",
    bar_details: "明细",
    catalogue_version: "目录版本",
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
    evaluation_help: "Today by default. On this day each line is judged claimable, earned under a text that has ended, or planned, from its own event date and its text's window; set another date to see the result then.",
    results: "Result",
    exact: "exact",
    up_to: "up to",
    unquantified_lines: "+ {n} lines without a stated amount",
    unquantified_line: "+ {n} line without a stated amount",
    no_lines: "With the answers so far, no measure applies yet.",
    not_counted: "not in the total",
    colon: ": ",
    list_sep: "; ",
    formula: "Formula",
    source: "Source",
    clause: "Clause",
    clause_reading: "Loading the clause…",
    clause_failed: "Could not load the clause (offline?); its source is above. Open the line again once online.",
    validity: "Validity",
    payer: "Paid by",
    excluded: "Measures you do not get, and why",
    stale: "Unfinished or wrong, so the result, link and exports keep the previous values: ",
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
    money_help: "In yuan: 1,200,000, 1.2 million, 1.2m, 1,200k and 120万 are all fine.",
    count_help: "A whole number.",
    kwh_help: "In kWh: 2,000,000, 2 million, 2m or 200万.",
    months_help: "Months, a whole number; at most 12 are counted.",
    facts_legend: "Tick what is true",
    loans_help: "One bank loan at a time. Discounts use the annual rate and the term, at most one year; the loan must start inside the rule's window.",
    add_loan: "Add a loan",
    remove_loan: "Remove this loan",
    loan: "Loan",
    loan_purpose: "Purpose",
    loan_principal: "Principal",
    loan_rate: "Annual rate",
    loan_rate_help: "In %: 3.45, 3.45% and full-width digits are fine; at most 36%.",
    loan_term: "Term",
    loan_term_help: "In months: 12, 12个月 or 1年 (1 to 600 months). At most 12 are counted.",
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
    tab_result: "Result",
    tab_next: "Next steps",
    tab_library: "Policy library",
    views: "Views",
    next_help: "Claimable lines grouped by the department to approach (the first 责任单位 the text names leads), county first, then city, then province. Have the listed facts ready to prove.",
    next_none: "With these answers there is nothing to claim yet.",
    next_left_out: "{n} more lines of the result cannot be claimed now and are not listed here: earned under a text that has since ended (to confirm with the departments it names), planned (the event is dated after the evaluation date), or resting on a draft for comment.",
    depends_on: "To prove",
    frequency: "Paid",
    departments: "Departments",
    unlock_title: "Unlocked by a change to the answers",
    unquantified_mark: "amount not stated",
    #[cfg(feature = "library-page")]
    lib_help: "Every enterprise-facing clause of the documents. Filter by place, payer level, tier, kind and status, or search titles and clauses.",
    #[cfg(feature = "library-page")]
    lib_search: "Search titles and clauses",
    #[cfg(feature = "library-page")]
    lib_place: "Place",
    #[cfg(feature = "library-page")]
    lib_payer: "Paid by",
    #[cfg(feature = "library-page")]
    lib_tier: "Tier",
    #[cfg(feature = "library-page")]
    lib_kind: "Kind",
    #[cfg(feature = "library-page")]
    lib_status: "Status (on the evaluation date)",
    all: "All",
    #[cfg(feature = "library-page")]
    lib_count: "{n} entries",
    #[cfg(feature = "library-page")]
    lib_count_one: "{n} entry",
    next_left_out_one: "1 more line of the result cannot be claimed now and is not listed here: it was earned under a text that has since ended (to confirm with the departments it names), is planned (its event is dated after the evaluation date), or rests on a draft for comment.",
    #[cfg(feature = "library-page")]
    lib_none: "No entry matches.",
    #[cfg(feature = "library-page")]
    lib_questions: "Decided by",
    #[cfg(feature = "library-page")]
    lib_ask: "Answer the questions that decide it",
    #[cfg(feature = "library-page")]
    lib_rule: "Amount rule",
    keep_local: "Keep every client's answers on this device (in this browser, never uploaded)",
    forget: "Forget all clients kept on this device",
    forgotten: "The clients kept on this device are gone",
    offline_note: "After the first visit this page works offline.",
    what_if_title: "What if… (the gain from the next step)",
    what_if_tier: "Recognised as {tier} (first recognition on the evaluation date)",
    what_if_park: "Moving into an SRDI (demonstration) park",
    what_if_place: "The same firm in {place}",
    what_if_apply: "Apply to my answers",
    what_if_gains: "gains",
    what_if_loses: "loses",
    what_if_other: "Choosing “{other}” instead (not both can be paid)",
    what_if_none: "With these answers, no next step raises the amount.",
    share_title: "Share, print, export",
    share_link: "Share link",
    share_help: "The answers live only after the “#” of the link, which browsers never send to any server. Opening the link restores every answer.",
    copy: "Copy link",
    copied: "Link copied",
    print: "Print / save as PDF",
    export_csv: "Export CSV (Excel, WPS)",
    export_json: "Export JSON",
    import_json: "Import a JSON file exported earlier to restore the answers",
    import_failed: "Could not read that file",
    imported: "Imported: ",
    imported_loans: "{n} loans",
    imported_loan: "{n} loan",
    imported_other_version: "This file was exported under rules version {file}; this page is {this}: results may differ.",
    what_if_applied: "Applied to the answers.",
    undo: "Undo",
    restored_problems: "Parts of the link or file could not be read and were left out:",
    dismiss: "OK",
    answers: "The enterprise’s answers",
    occasion_help: "The day of this event: it decides which text's window the line falls in. 2025-01-01, 2025/1/1 and 2025年1月1日 are all fine.",
    date_placeholder: "YYYY-MM-DD",
    total_claimable: "Claimable now",
    total_ended: "Earned, text ended (to confirm)",
    bar_ended: "Earned (to confirm)",
    total_planned: "Planned",
    ended_note: "“Earned, text ended”: the event fell inside the text's window, but the text has since ended. Ask the departments the text names (in each line's details) whether it can still be paid.",
    planned_note: "“Planned”: the event is dated after the evaluation date; it can be claimed once it has happened.",
    plus_up_to: "plus up to",
    view_as_of: "View as of {date}",
    back_to_today: "Back to today",
    #[cfg(feature = "library-page")]
    back_to_calculator: "Back to the calculator",
    viewing_as_of: "Showing the result as of {date}, not today.",
    notices_label: "Texts ending",
    rules_reviewed: "Rules reviewed",
    evaluated_on: "Evaluated as of",
    made_on: "Made on",
    link_stamp: "Link made on {made} (rules reviewed {reviewed})",
    standing_label: "Standing",
    event_label: "Dated by",
    enter_date: "Enter the {what}",
    legend_up_to: "(up to)",
    loan_no_purpose: "Choose a purpose: until then the loan is not counted.",
    loan_not_counted: "{loan} is not counted",
    no_purpose: "no purpose chosen",
    loans_max: "At most 50 loans: every discount is capped per firm.",
    rate_meant: "Did you mean {p}%? Counted as {typed}% now.",
    rate_fix: "Use {p}%",
    unfinished_export: "Unfinished answers (above): nothing exported.",
    export_failed: "The import and export module could not be loaded: connect and try again (once loaded, it also works offline).",
    go_to_first: "Go to it",
    client: "Client",
    clients_menu: "Clients",
    client_current: " (shown)",
    client_new: "New client",
    client_duplicate: "Duplicate as a scenario",
    client_delete: "Delete this client",
    client_delete_confirm: "Delete the client “{name}” and all its answers?",
    clients_export: "Export all clients",
    clients_import: "Import a clients file (all clients exported earlier)",
    clients_file: "SRDI-clients",
    compare: "Compare side by side with the client shown",
    store_problems: "Parts of the answers kept on this device could not be read and were left out (what is kept stays unchanged until you close this notice):",
    bar_questions: "Answers",
    bar_details: "Details",
    catalogue_version: "Catalogue version",
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
                "Enter a number, e.g. 1,200,000, 1.2 million, 1.2m or 120万".into()
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
        (Lang::Zh, AmountError::TooSmall { min }) => format!("至少为 {}", group(*min, 0)),
        (Lang::En, AmountError::TooSmall { min }) => format!("At least {}", group(*min, 0)),
    }
}

/// The message beside a rate field that does not parse: its bounds are in percent.
pub fn rate_error(lang: Lang, e: &AmountError) -> String {
    match (lang, e) {
        (Lang::Zh, AmountError::TooLarge { max }) => format!("年利率不能超过 {max}%"),
        (Lang::En, AmountError::TooLarge { max }) => format!("At most {max}% a year"),
        _ => amount_error(lang, e, false),
    }
}

/// `many` with `{n}` replaced by `n`, or `one` when `n` is 1 ("1 entry", "3 entries").
pub fn count(n: usize, one: &str, many: &str) -> String {
    (if n == 1 { one } else { many }).replace("{n}", &n.to_string())
}

/// The name of a step.
pub fn step(lang: Lang, step: crate::step::Step) -> &'static str {
    use crate::step::Step;
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

/// A new client's name: "客户 3", "Client 3".
pub fn client_name(lang: Lang, n: usize) -> String {
    format!("{} {n}", t(lang).client)
}

/// A scenario of a client: "永春某公司（方案2）", "Acme (scenario 2)".
pub fn scenario_name(lang: Lang, client: &str, n: usize) -> String {
    match lang {
        Lang::Zh => format!("{client}（方案{n}）"),
        Lang::En => format!("{client} (scenario {n})"),
    }
}

/// "（3）" after a Chinese word, " (3)" after an English one.
pub fn in_brackets(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("（{n}）"),
        Lang::En => format!(" ({n})"),
    }
}
