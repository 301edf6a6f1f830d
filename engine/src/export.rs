//! The report as files people pass on: CSV for Excel and WPS, and the JSON document that the
//! page exports, the CLI prints and the page imports (answers and result together).

use crate::catalogue;
use crate::describe::{self, Lang};
use crate::evaluate::Report;
use crate::profile::Profile;
use serde::{Deserialize, Serialize};

/// The exported JSON document: the catalogue version it was computed with, the answers (as a
/// profile, and as the share-link text), the result, and the checklist (办理指引: the claimable
/// lines by department, with what to prove). Importing it restores the answers (the result is
/// recomputed).
#[derive(Clone, Debug, Serialize)]
pub struct Export<'a> {
    pub catalogue_version: &'static str,
    /// The answers in the share-link form: what the page reads back on import, because that
    /// reader is already in the page and tolerates damaged or hand-edited text.
    pub share: String,
    pub profile: &'a Profile,
    pub report: &'a Report,
    pub checklist: Vec<crate::checklist::Group>,
}

impl<'a> Export<'a> {
    pub fn new(profile: &'a Profile, report: &'a Report) -> Self {
        Export {
            catalogue_version: crate::CATALOGUE_VERSION,
            share: crate::share::encode(profile),
            profile,
            report,
            checklist: crate::checklist::checklist(report, profile),
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

/// Quotes a CSV field: always, doubling quotes, so commas, line breaks and quotes in clauses
/// survive.
fn field(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// The report as CSV: a UTF-8 byte-order mark (so Excel and WPS read Chinese correctly), CRLF
/// line ends, one row per line and per exclusion.
pub fn csv(report: &Report, profile: &Profile, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let header: &[&str] = if zh {
        &[
            "层级",
            "项目",
            "金额（元）",
            "类型",
            "状态",
            "计入合计",
            "计算",
            "依据",
            "原文",
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
            "Status",
            "In total",
            "Formula",
            "Source",
            "Clause",
            "Validity",
            "Why not",
            "Departments",
            "Paid",
            "To prove",
        ]
    };
    let mut out = String::from("\u{feff}");
    out.push_str(
        &header
            .iter()
            .map(|h| field(h))
            .collect::<Vec<_>>()
            .join(","),
    );
    out.push_str("\r\n");
    let mut row = |cells: Vec<String>| {
        out.push_str(&cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    };
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
    for l in &report.lines {
        let Some(e) = catalogue::entry(l.entry) else {
            continue;
        };
        let evidence: Vec<String> = crate::checklist::evidence(e, profile, &l.calculation)
            .iter()
            .map(|x| describe::evidence(x, lang))
            .collect();
        row(vec![
            describe::payer(l.payer, lang).into(),
            title(e).into(),
            l.amount.map_or(String::new(), |a| a.to_string()),
            describe::kind(l.kind, lang).into(),
            describe::status(l.status, lang).into(),
            yes_no(l.counted).into(),
            describe::formula(l, lang),
            source(e),
            e.clause.into(),
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
        row(vec![
            describe::payer(x.payer, lang).into(),
            title(e).into(),
            String::new(),
            describe::kind(e.kind, lang).into(),
            describe::status(x.status, lang).into(),
            yes_no(false).into(),
            String::new(),
            source(e),
            e.clause.into(),
            describe::window(e.document(), lang),
            describe::reason(&x.reason, lang),
            departments(e),
            describe::frequency(e.frequency, lang).into(),
            String::new(),
        ]);
    }
    let t = &report.totals.all;
    row(vec![
        (if zh { "合计" } else { "Total" }).into(),
        (if zh { "确定金额" } else { "exact" }).into(),
        t.exact.to_string(),
    ]);
    row(vec![
        (if zh { "合计" } else { "Total" }).into(),
        (if zh { "最高可得" } else { "up to" }).into(),
        t.up_to.to_string(),
    ]);
    out
}
