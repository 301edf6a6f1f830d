//! View models: the strings and numbers the components show, worked out here so that the
//! `html!` of each component is layout only.

use crate::state::{entry_step, Step};
use crate::text::Lang;
use srdi_engine::catalogue::{self, Status};
use srdi_engine::describe;
use srdi_engine::{Decimal, Kind, PayerLevel, Report};

/// One line of the result, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct LineView {
    pub id: &'static str,
    pub title: &'static str,
    pub kind: Kind,
    pub kind_label: &'static str,
    pub status: Status,
    /// "已失效（2025-12-31 止）": the status, with the end date when expired.
    pub status_label: String,
    pub counted: bool,
    /// "500,000 元" or "—" when unquantified.
    pub amount: String,
    /// "50 万元", empty when unquantified.
    pub amount_wan: String,
    pub formula: String,
    /// "永政办规〔2024〕1号 四、（一）".
    pub citation: String,
    pub issuer: &'static str,
    pub clause: &'static str,
    pub validity: String,
    pub conflict: Option<String>,
    /// The step whose answers decide this line.
    pub edit_step: Step,
}

/// The lines one level pays, with its totals.
#[derive(Clone, Debug, PartialEq)]
pub struct LevelView {
    pub level: PayerLevel,
    pub label: &'static str,
    pub exact: Decimal,
    pub up_to: Decimal,
    pub exact_text: String,
    pub up_to_text: String,
    pub unquantified: u32,
    pub lines: Vec<LineView>,
}

/// An entry the firm does not get.
#[derive(Clone, Debug, PartialEq)]
pub struct ExcludedView {
    pub id: &'static str,
    pub title: &'static str,
    pub payer_label: &'static str,
    pub citation: String,
    pub reason: String,
    pub edit_step: Step,
}

/// The whole result panel.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultView {
    pub levels: Vec<LevelView>,
    pub exact_text: String,
    pub exact_wan: String,
    pub up_to_text: String,
    pub unquantified: u32,
    pub excluded: Vec<ExcludedView>,
    pub evaluation_date: String,
}

fn citation(entry: &catalogue::Entry) -> String {
    format!("{} {}", entry.document().number, entry.article)
}

pub fn result_view(report: &Report, lang: Lang) -> ResultView {
    let levels = [PayerLevel::County, PayerLevel::City, PayerLevel::Province]
        .into_iter()
        .map(|level| {
            let total = report.totals.level(level);
            let lines = report
                .lines
                .iter()
                .filter(|l| l.payer == level)
                .filter_map(|l| catalogue::entry(l.entry).map(|e| (l, e)))
                .map(|(l, e)| LineView {
                    id: e.id,
                    title: if lang == Lang::Zh {
                        e.title
                    } else {
                        e.title_en
                    },
                    kind: l.kind,
                    kind_label: describe::kind(l.kind, lang),
                    status: l.status,
                    status_label: status_label(l.status, e.document(), lang),
                    counted: l.counted,
                    amount: l.amount.map_or("—".into(), |a| describe::money(a, lang)),
                    amount_wan: l.amount.map_or(String::new(), |a| describe::wan(a, lang)),
                    formula: describe::formula(l, lang),
                    citation: citation(e),
                    issuer: e.document().issuer,
                    clause: e.clause,
                    validity: describe::window(e.document(), lang),
                    conflict: l
                        .conflict
                        .as_ref()
                        .map(|c| describe::conflict(c.reason, lang).to_string()),
                    edit_step: entry_step(e),
                })
                .collect();
            LevelView {
                level,
                label: describe::payer(level, lang),
                exact: total.exact,
                up_to: total.up_to,
                exact_text: describe::money(total.exact, lang),
                up_to_text: describe::money(total.up_to, lang),
                unquantified: total.unquantified,
                lines,
            }
        })
        .collect();
    let excluded = report
        .excluded
        .iter()
        .filter_map(|x| catalogue::entry(x.entry).map(|e| (x, e)))
        .map(|(x, e)| ExcludedView {
            id: e.id,
            title: if lang == Lang::Zh {
                e.title
            } else {
                e.title_en
            },
            payer_label: describe::payer(x.payer, lang),
            citation: citation(e),
            reason: describe::reason(&x.reason, lang),
            edit_step: entry_step(e),
        })
        .collect();
    ResultView {
        levels,
        exact_text: describe::money(report.totals.all.exact, lang),
        exact_wan: describe::wan(report.totals.all.exact, lang),
        up_to_text: describe::money(report.totals.all.up_to, lang),
        unquantified: report.totals.all.unquantified,
        excluded,
        evaluation_date: report.evaluation_date.to_string(),
    }
}

fn status_label(status: Status, doc: &catalogue::Document, lang: Lang) -> String {
    let word = describe::status(status, lang);
    match (status, doc.valid_to, lang) {
        (Status::Expired, Some(end), Lang::Zh) => format!("{word}（{end} 止）"),
        (Status::Expired, Some(end), Lang::En) => format!("{word} (ended {end})"),
        (Status::NotYetInForce, _, Lang::Zh) => format!("{word}（{} 起）", doc.valid_from),
        (Status::NotYetInForce, _, Lang::En) => format!("{word} (from {})", doc.valid_from),
        _ => word.to_string(),
    }
}
