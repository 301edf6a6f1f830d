//! The report as files people pass on: CSV for Excel and WPS, and the JSON document that the
//! page exports, the CLI prints and the page imports (answers and result together). Both carry
//! each line's standing on the evaluation date, its event's date and where that date came from,
//! its text's window, the days left to claim it, the totals of each standing apart, the notices
//! about ending texts, and three dates: when the catalogue's rules were last reviewed, the
//! evaluation date, and the day the file was made. Every field: docs/report.md.

use crate::catalogue::{self, Event};
use crate::checklist::{self, Group};
use crate::date::Date;
use crate::describe::{self, Lang};
use crate::evaluate::{EventSource, Exclusion, Line, Reason, Report, Standing, Totals};
use crate::notice::{notices, Notice};
use crate::profile::Profile;
use crate::vocab::PayerLevel;
use serde::{Deserialize, Serialize};

/// The exported JSON document: the catalogue version and the three dates (rules reviewed,
/// evaluation date, made), the notices at the top of the result, the answers (as a profile, and
/// as the share-link text), the result, and the checklist (办理指引: the claimable lines by
/// department, with what to prove) with, apart, what was earned under ended texts and is to be
/// confirmed with the departments. Importing it restores the answers (the result is recomputed).
#[derive(Clone, Debug, Serialize)]
pub struct Export<'a> {
    /// The client's name the consultant gave (the page), or null (the command line).
    pub client: Option<&'a str>,
    /// The full share link (the page's address with the answers after `#`), or null (the
    /// command line, which has no address).
    pub link: Option<String>,
    pub catalogue_version: &'static str,
    /// The day an analyst last checked the catalogue's rules against the texts.
    pub rules_reviewed: Date,
    /// The day the result is for.
    pub evaluation_date: Date,
    /// The day the document was made.
    pub made: Date,
    pub notices: Vec<Notice>,
    /// The answers in the share-link form, with its stamp (made, rules reviewed): what the page
    /// reads back on import, because that reader is already in the page and tolerates damaged
    /// or hand-edited text.
    pub share: String,
    pub profile: &'a Profile,
    pub report: ReportDoc<'a>,
    /// The lines the firm can claim now, by department.
    pub checklist: Vec<Group>,
    /// The lines earned under texts that have since ended, by department: to confirm with it.
    pub to_confirm: Vec<Group>,
}

/// The report as exported: the engine's [`Report`], each line with the days left to claim it.
#[derive(Clone, Debug, Serialize)]
pub struct ReportDoc<'a> {
    pub evaluation_date: Date,
    pub lines: Vec<LineDoc<'a>>,
    pub excluded: &'a [Exclusion],
    /// Claimable now.
    pub totals: &'a Totals,
    /// Earned under texts that have since ended.
    pub ended: &'a Totals,
    /// Planned: events after the evaluation date.
    pub planned: &'a Totals,
}

/// A line of the report and the days left to claim it.
#[derive(Clone, Debug, Serialize)]
pub struct LineDoc<'a> {
    #[serde(flatten)]
    pub line: &'a Line,
    /// See [`days_left`].
    pub days_left: Option<i64>,
}

impl<'a> ReportDoc<'a> {
    pub fn new(report: &'a Report) -> Self {
        ReportDoc {
            evaluation_date: report.evaluation_date,
            lines: report
                .lines
                .iter()
                .map(|line| LineDoc {
                    line,
                    days_left: days_left(line, report.evaluation_date),
                })
                .collect(),
            excluded: &report.excluded,
            totals: &report.totals,
            ended: &report.ended,
            planned: &report.planned,
        }
    }
}

impl<'a> Export<'a> {
    /// The document for `profile`'s `report`, made on `made` (the page passes the browser's
    /// today, the command line the system clock's).
    pub fn new(profile: &'a Profile, report: &'a Report, made: Date) -> Self {
        Export {
            client: None,
            link: None,
            catalogue_version: crate::CATALOGUE_VERSION,
            rules_reviewed: crate::RULES_REVIEWED,
            evaluation_date: report.evaluation_date,
            made,
            notices: notices(profile, report),
            share: crate::share::encode_stamped(profile, made),
            profile,
            report: ReportDoc::new(report),
            checklist: checklist::checklist(report, profile),
            to_confirm: checklist::confirm_list(report, profile),
        }
    }
}

impl Export<'_> {
    /// The document as pretty JSON: what the page downloads and the command line prints.
    pub fn to_json(&self) -> Result<String, crate::json::Error> {
        crate::json::to_string_pretty(self)
    }
}

/// What the command line reads from an exported document: the answers.
#[derive(Clone, Debug, Deserialize)]
pub struct Import {
    pub profile: Profile,
}

/// Days from the evaluation date `on` to the last day of a claimable line's text ("还剩 30
/// 天"): 0 on the last day. `None` for a line that is not claimable, or whose text sets no end.
pub fn days_left(line: &Line, on: Date) -> Option<i64> {
    match (line.standing, line.window.to) {
        (Standing::Claimable, Some(to)) => Some(on.days_until(to)),
        _ => None,
    }
}

/// A notice in words ([`describe::notice`]), here for the CLI and the JS API.
pub use crate::describe::notice;

/// The name of a total of one standing: "现可申领", "已享有·文件已到期（请向责任单位确认）", "计划中".
pub fn total_name(s: Standing, lang: Lang) -> &'static str {
    match (s, lang) {
        (Standing::Claimable, Lang::Zh) => "现可申领",
        (Standing::Claimable, Lang::En) => "claimable now",
        (Standing::EarnedTextEnded, Lang::Zh) => "已享有·文件已到期（请向责任单位确认）",
        (Standing::EarnedTextEnded, Lang::En) => {
            "earned under ended texts (confirm with the departments)"
        }
        (Standing::Planned, Lang::Zh) => "计划中",
        (Standing::Planned, Lang::En) => "planned",
        (Standing::Draft, Lang::Zh) => "征求意见稿（不计入合计）",
        (Standing::Draft, Lang::En) => "draft (never summed)",
    }
}

/// Where a line's event date came from, in a few words.
pub fn event_source(s: EventSource, lang: Lang) -> &'static str {
    match (s, lang) {
        (EventSource::Own, Lang::Zh) => "企业所填日期",
        (EventSource::Own, Lang::En) => "the firm's own date",
        (EventSource::Assumed, Lang::Zh) => "未填，暂按评估日",
        (EventSource::Assumed, Lang::En) => "not given: the evaluation date stands in",
        (EventSource::EvaluationDate, Lang::Zh) => "本项无事项日期，按评估日",
        (EventSource::EvaluationDate, Lang::En) => "no event of its own: the evaluation date",
    }
}

/// Quotes a CSV field: always, doubling quotes, so commas, line breaks and quotes in clauses
/// survive.
fn field(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// Who a handout is for and the link that reopens it: the page fills both; the command line
/// leaves them empty (the rows are then left out).
#[derive(Clone, Copy, Debug, Default)]
pub struct Handout<'a> {
    pub client: &'a str,
    pub link: &'a str,
}

/// The answers of a profile in words, one (label, value) pair a row: the place, the tier and
/// its recognition dates, the park, the dated occasions, the amounts, the facts, each loan,
/// an LPR of the user's own, and the evaluation date `on`. The printed report and the CSV show the same rows.
pub fn answers(p: &Profile, on: Date, lang: Lang) -> Vec<(String, String)> {
    let pick = |zh: &'static str, en: &'static str| lang.pick(zh, en);
    let name = |zh: &'static str, en: &'static str| lang.pick(zh, en).to_string();
    let place = describe::place(p.city.as_deref(), p.county.as_deref(), lang);
    let or_dash = |s: String| if s.is_empty() { "—".to_string() } else { s };
    let mut rows = vec![
        (name("所在地", "Location"), or_dash(place)),
        (
            name("目前的最高层级", "Highest tier held now"),
            p.tier
                .map_or("—".into(), |t| describe::tier(t, lang).into()),
        ),
    ];
    for (tier, date) in &p.recognitions {
        rows.push((
            pick(
                "首次认定为{tier}的日期",
                "Date of first recognition as {tier}",
            )
            .replace("{tier}", describe::tier(*tier, lang)),
            date.to_string(),
        ));
    }
    rows.push((
        name("入驻专精特新（示范）园区", "Resident in an SRDI park"),
        (if p.park == crate::vocab::ParkResidency::SrdiPark {
            pick("是", "yes")
        } else {
            pick("否", "no")
        })
        .into(),
    ));
    // The engine's English words are written for the middle of a sentence: a label starts
    // with a capital (ASCII only: `char::to_uppercase` would put Unicode's case tables in the
    // page, and Chinese has no case).
    let label = |words: &str| {
        let mut s = words.to_string();
        if let Some(first) = s.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        s
    };
    for (o, d) in &p.dates {
        rows.push((label(describe::occasion(*o, lang)), d.to_string()));
    }
    for (q, v) in &p.amounts {
        rows.push((
            label(describe::quantity(*q, lang)),
            describe::value(*q, *v, lang),
        ));
    }
    if !p.facts.is_empty() {
        rows.push((
            name("其他情况", "Other facts"),
            p.facts
                .iter()
                .map(|f| describe::fact(*f, lang))
                .collect::<Vec<_>>()
                .join(pick("；", "; ")),
        ));
    }
    for (i, l) in p.loans.iter().enumerate() {
        rows.push((
            format!("{} {}", pick("贷款", "Loan"), i + 1),
            format!(
                "{} · {} · {} · {} {} · {}",
                describe::loan_purpose(l.purpose, lang),
                describe::money(l.principal, lang),
                crate::money::percent(l.annual_rate),
                l.term_months,
                pick("个月", "months"),
                l.start
            ),
        ));
    }
    if let Some(lpr) = p.lpr_override {
        rows.push((
            name("一年期 LPR（自定）", "1-year LPR (own figure)"),
            crate::money::percent(lpr),
        ));
    }
    rows.push((
        name("评估日（测算日期）", "Evaluation date"),
        on.to_string(),
    ));
    rows
}

/// The name of a file handed to a client: "专精特新测算_永春某公司_2026-12-01.csv" (in English
/// "SRDI-estimate_…"). The client's name is made safe for every file system: the characters
/// Windows, macOS and Linux refuse or read as paths (`\ / : * ? " < > |`), control characters
/// and white space become `_`; dots and `_` are trimmed from its ends; it is cut to 40
/// characters; an empty name is left out.
pub fn file_name(client: &str, made: Date, ext: &str, lang: Lang) -> String {
    let safe: String = client
        .chars()
        .map(|c| {
            if c.is_control() || c.is_whitespace() || "\\/:*?\"<>|".contains(c) {
                '_'
            } else {
                c
            }
        })
        .take(40)
        .collect();
    let safe = safe.trim_matches(|c| c == '_' || c == '.');
    let prefix = if lang == Lang::Zh {
        "专精特新测算"
    } else {
        "SRDI-estimate"
    };
    if safe.is_empty() {
        format!("{prefix}_{made}.{ext}")
    } else {
        format!("{prefix}_{safe}_{made}.{ext}")
    }
}

/// The file of a consultant's clients, exported and imported whole (and what the page keeps on
/// the device when asked): each client's name, answers as a profile and as share-link text.
/// The page reads each client back from its `share`, with the share-link reader (so a damaged
/// part costs only itself); the command line reads a `profile`.
#[derive(Clone, Debug, Serialize)]
pub struct ClientsDoc<'a> {
    /// Always "srdi-clients": what the file is.
    pub format: &'static str,
    pub catalogue_version: &'static str,
    pub made: Date,
    pub clients: Vec<ClientDoc<'a>>,
}

/// One client of a [`ClientsDoc`].
#[derive(Clone, Debug, Serialize)]
pub struct ClientDoc<'a> {
    pub name: &'a str,
    pub share: String,
    pub profile: &'a Profile,
}

impl<'a> ClientsDoc<'a> {
    /// The file of `clients` (name, answers), made on `made`.
    pub fn new(clients: impl IntoIterator<Item = (&'a str, &'a Profile)>, made: Date) -> Self {
        ClientsDoc {
            format: "srdi-clients",
            catalogue_version: crate::CATALOGUE_VERSION,
            made,
            clients: clients
                .into_iter()
                .map(|(name, profile)| ClientDoc {
                    name,
                    share: crate::share::encode(profile),
                    profile,
                })
                .collect(),
        }
    }

    /// The file as pretty JSON.
    pub fn to_json(&self) -> Result<String, crate::json::Error> {
        crate::json::to_string_pretty(self)
    }
}

/// The report as CSV: a UTF-8 byte-order mark (so Excel and WPS read Chinese correctly), CRLF
/// line ends, a header row, then one row per line (claimable first, then earned under ended
/// texts, planned, drafts) and per exclusion; then the totals of each standing by level, the
/// three dates with the catalogue version (and, for a handout, the client's name and the share
/// link), the notices, and the answers ([`answers`]). `made` is the day the file is made.
pub fn csv(
    report: &Report,
    profile: &Profile,
    made: Date,
    lang: Lang,
    handout: &Handout,
) -> String {
    let zh = lang == Lang::Zh;
    let on = report.evaluation_date;
    let header: &[&str] = if zh {
        &[
            "层级",
            "项目",
            "金额（元）",
            "类型",
            "申领状态",
            "剩余天数",
            "事项日期",
            "日期来源",
            "文件有效期起",
            "文件有效期止",
            "状态说明",
            "计入现可申领合计",
            "计算",
            "依据",
            "原文",
            "文件状态",
            "有效期",
            "未享受原因",
            "责任单位",
            "发放方式",
            "需提供的依据",
        ]
    } else {
        &[
            "Level",
            "Measure",
            "Amount (yuan)",
            "Kind",
            "Standing",
            "Days left",
            "Event date",
            "Date source",
            "Text valid from",
            "Text valid to",
            "Standing explained",
            "In claimable total",
            "Formula",
            "Source",
            "Clause",
            "Text status",
            "Validity",
            "Why not",
            "Departments",
            "Paid",
            "To prove",
        ]
    };
    let mut out = String::from("\u{feff}");
    let mut row = |cells: Vec<String>| {
        out.push_str(&cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    };
    row(header.iter().map(|h| h.to_string()).collect());
    let title = |e: &catalogue::Entry| if zh { e.title } else { e.title_en };
    let source = |e: &catalogue::Entry| {
        format!(
            "{} {} {}",
            e.document().issuer,
            e.document().number,
            e.article
        )
    };
    let yes_no = |b: bool| match (b, zh) {
        (true, true) => "是",
        (true, false) => "yes",
        (false, true) => "否",
        (false, false) => "no",
    };
    let date = |d: Option<Date>| d.map_or(String::new(), |d| d.to_string());
    // Department names stay in Chinese; the English file adds a gloss.
    let departments = |e: &catalogue::Entry| {
        e.departments
            .iter()
            .map(|d| match describe::department_gloss(d) {
                g if !zh && !g.is_empty() => format!("{d} ({g})"),
                _ => d.to_string(),
            })
            .collect::<Vec<_>>()
            .join(if zh { "、" } else { "; " })
    };
    // Claimable first, then earned under ended texts, planned and drafts; the report's order
    // within each.
    let mut lines: Vec<&Line> = report.lines.iter().collect();
    lines.sort_by_key(|l| l.standing);
    for l in lines {
        let Some(e) = catalogue::entry(l.entry) else {
            continue;
        };
        let evidence: Vec<String> = checklist::evidence(e, profile, &l.calculation)
            .iter()
            .map(|x| describe::evidence(x, lang))
            .collect();
        row(vec![
            describe::payer(l.payer, lang).into(),
            title(e).into(),
            l.amount.map_or(String::new(), |a| a.to_string()),
            describe::kind(l.kind, lang).into(),
            describe::standing(l.standing, lang).into(),
            days_left(l, on).map_or(String::new(), |n| n.to_string()),
            l.event.to_string(),
            event_source(l.event_source, lang).into(),
            l.window.from.to_string(),
            date(l.window.to),
            describe::standing_sentence(l, on, lang),
            yes_no(l.counted).into(),
            describe::formula(l, lang),
            source(e),
            e.clause().into(),
            describe::status(l.status, lang).into(),
            describe::window(e.document(), lang),
            String::new(),
            departments(e),
            describe::frequency(e.frequency, lang).into(),
            evidence.join(if zh { "；" } else { "; " }),
        ]);
    }
    for x in &report.excluded {
        let Some(e) = catalogue::entry(x.entry) else {
            continue;
        };
        let doc = e.document();
        // An event outside the window is shown with its date beside the window's.
        let (standing, event, event_from) = match &x.reason {
            Reason::OutsideWindow { event, .. } => (
                if zh {
                    "事项不在有效期内"
                } else {
                    "outside the window"
                },
                event.to_string(),
                event_source(
                    if e.event == Event::EvaluationDate {
                        EventSource::EvaluationDate
                    } else {
                        EventSource::Own
                    },
                    lang,
                ),
            ),
            Reason::OutsideWindowAssumed { event, .. } => (
                if zh {
                    "事项不在有效期内"
                } else {
                    "outside the window"
                },
                event.to_string(),
                event_source(EventSource::Assumed, lang),
            ),
            _ => (if zh { "未享受" } else { "not granted" }, String::new(), ""),
        };
        row(vec![
            describe::payer(x.payer, lang).into(),
            title(e).into(),
            String::new(),
            describe::kind(e.kind, lang).into(),
            standing.into(),
            String::new(),
            event,
            event_from.into(),
            doc.valid_from.to_string(),
            date(doc.valid_to),
            String::new(),
            yes_no(false).into(),
            String::new(),
            source(e),
            e.clause().into(),
            describe::status(x.status, lang).into(),
            describe::window(doc, lang),
            describe::reason(&x.reason, lang),
            departments(e),
            describe::frequency(e.frequency, lang).into(),
            String::new(),
        ]);
    }
    // The totals of each standing, by level, exact and "up to" apart.
    row(Vec::new());
    row(if zh {
        [
            "合计",
            "层级",
            "确定金额（元）",
            "最高可得（元）",
            "未定额（项）",
        ]
    } else {
        [
            "Total",
            "Level",
            "Exact (yuan)",
            "Up to (yuan)",
            "Amount not stated (lines)",
        ]
    }
    .iter()
    .map(|s| s.to_string())
    .collect());
    for (standing, totals) in [
        (Standing::Claimable, &report.totals),
        (Standing::EarnedTextEnded, &report.ended),
        (Standing::Planned, &report.planned),
    ] {
        for level in [
            Some(PayerLevel::County),
            Some(PayerLevel::City),
            Some(PayerLevel::Province),
            None,
        ] {
            let (name, t) = match level {
                Some(l) => (describe::payer(l, lang), totals.level(l)),
                None => (if zh { "各级合计" } else { "all levels" }, &totals.all),
            };
            row(vec![
                total_name(standing, lang).into(),
                name.into(),
                t.exact.to_string(),
                t.up_to.to_string(),
                t.unquantified.to_string(),
            ]);
        }
    }
    // The client, the three dates, the catalogue's version, the link and the notices.
    row(Vec::new());
    if !handout.client.is_empty() {
        row(vec![
            (if zh { "客户" } else { "Client" }).into(),
            handout.client.into(),
        ]);
    }
    for (name, value) in [
        (
            if zh {
                "规则核对日"
            } else {
                "Rules reviewed"
            },
            crate::RULES_REVIEWED.to_string(),
        ),
        (
            if zh { "评估日" } else { "Evaluation date" },
            on.to_string(),
        ),
        (if zh { "生成日" } else { "Made" }, made.to_string()),
        (
            if zh {
                "目录版本"
            } else {
                "Catalogue version"
            },
            crate::CATALOGUE_VERSION.to_string(),
        ),
    ] {
        row(vec![name.into(), value]);
    }
    if !handout.link.is_empty() {
        row(vec![
            (if zh { "分享链接" } else { "Share link" }).into(),
            handout.link.into(),
        ]);
    }
    for n in notices(profile, report) {
        row(vec![
            (if zh { "提示" } else { "Notice" }).into(),
            notice(&n, lang),
        ]);
    }
    // Every answer, in words.
    row(Vec::new());
    row(vec![(if zh {
        "企业填写的信息"
    } else {
        "Answers"
    })
    .into()]);
    for (label, value) in answers(profile, on, lang) {
        row(vec![label, value]);
    }
    out
}
