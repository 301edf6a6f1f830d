//! Two firms side by side (a client and its scenario, or two rows of a portfolio): the entries
//! either of them gets, aligned by entry id in catalogue order, each side's amount and standing,
//! the rows that differ marked, and each side's totals per standing and per level.

use crate::words::{level_total, signed_money};
use serde::Serialize;
use srdi_engine::catalogue::{self, ENTRIES};
use srdi_engine::describe::{self, Lang};
use srdi_engine::{evaluate, Date, Line, PayerLevel, Profile, Report, Standing};

/// One firm to compare: its name as the user gave it, and its answers.
pub struct Firm {
    pub name: String,
    pub profile: Profile,
}

/// The whole comparison, in words of the page's language, ready to lay out.
#[derive(Debug, Serialize)]
pub struct Comparison {
    pub names: [String; 2],
    /// Each side's evaluation date (its own, or today).
    pub dates: [String; 2],
    pub rows: Vec<Row>,
    /// How many rows differ.
    pub differences: usize,
    /// Totals: one row per standing and level, each side's figure and whether they differ.
    pub totals: Vec<TotalRow>,
}

/// One entry of the catalogue that at least one side gets.
#[derive(Debug, Serialize)]
pub struct Row {
    pub entry: &'static str,
    pub title: &'static str,
    /// Document number and article: "永政办规〔2024〕1号 四、（一）".
    pub source: String,
    pub payer: &'static str,
    pub cells: [Cell; 2],
    pub differs: bool,
    /// B's amount less A's, when the amounts differ and both can be summed ("+100,000 元").
    pub delta: Option<String>,
}

/// One side of a row: the line (amount and standing), or why the firm does not get it.
#[derive(Debug, Default, Serialize)]
pub struct Cell {
    /// "500,000 元", "最高 300,000 元", "未量化"; empty when the firm does not get the entry.
    pub amount: String,
    /// The line's standing ("可申领"…); empty when the firm does not get the entry.
    pub standing: String,
    /// Why the firm does not get the entry, when its place has it.
    pub excluded: Option<String>,
}

/// A total of one standing at one level, for both sides.
#[derive(Debug, Serialize)]
pub struct TotalRow {
    pub standing: &'static str,
    pub level: &'static str,
    pub values: [String; 2],
    pub differs: bool,
}

/// Compares `a` with `b`; `today` stands in for a side without an evaluation date of its own.
pub fn compare(a: &Firm, b: &Firm, today: Date, lang: Lang) -> Comparison {
    let reports = [evaluate(&a.profile, today), evaluate(&b.profile, today)];
    let rows: Vec<Row> = ENTRIES
        .iter()
        .filter_map(|e| row(e, &reports, lang))
        .collect();
    Comparison {
        names: [a.name.clone(), b.name.clone()],
        dates: [
            reports[0].evaluation_date.to_string(),
            reports[1].evaluation_date.to_string(),
        ],
        differences: rows.iter().filter(|r| r.differs).count(),
        rows,
        totals: totals(&reports, lang),
    }
}

/// The row of one entry, when at least one side has a line for it.
fn row(entry: &'static catalogue::Entry, reports: &[Report; 2], lang: Lang) -> Option<Row> {
    let lines = reports
        .each_ref()
        .map(|r| r.lines.iter().find(|l| l.entry == entry.id));
    if lines.iter().all(Option::is_none) {
        return None;
    }
    let cells = [0, 1].map(|i| cell(entry.id, lines[i], &reports[i], lang));
    let differs = match lines {
        [Some(x), Some(y)] => (x.amount, x.kind, x.standing) != (y.amount, y.kind, y.standing),
        _ => true,
    };
    let summed = |l: Option<&Line>| l.map_or(Some(Default::default()), |l| l.amount);
    let delta = match (summed(lines[0]), summed(lines[1])) {
        (Some(x), Some(y)) if x != y => Some(signed_money(y - x, lang)),
        _ => None,
    };
    Some(Row {
        entry: entry.id,
        title: match lang {
            Lang::Zh => entry.title,
            Lang::En => entry.title_en,
        },
        source: format!("{} {}", entry.document().number, entry.article),
        payer: describe::payer(entry.payer, lang),
        cells,
        differs,
        delta,
    })
}

fn cell(entry: &str, line: Option<&Line>, report: &Report, lang: Lang) -> Cell {
    match line {
        Some(l) => Cell {
            amount: crate::words::line_amount(l, lang),
            standing: describe::standing(l.standing, lang).into(),
            excluded: None,
        },
        None => Cell {
            excluded: report
                .excluded
                .iter()
                .find(|x| x.entry == entry)
                .map(|x| describe::reason(&x.reason, lang)),
            ..Cell::default()
        },
    }
}

/// Each side's totals of the three summed standings, by level then overall.
fn totals(reports: &[Report; 2], lang: Lang) -> Vec<TotalRow> {
    let standings = [
        Standing::Claimable,
        Standing::EarnedTextEnded,
        Standing::Planned,
    ];
    let mut rows = Vec::new();
    for s in standings {
        let of = |r: &Report| match s {
            Standing::Claimable => r.totals.clone(),
            Standing::EarnedTextEnded => r.ended.clone(),
            _ => r.planned.clone(),
        };
        let t = reports.each_ref().map(of);
        let levels = [
            (
                Some(PayerLevel::County),
                t[0].county.clone(),
                t[1].county.clone(),
            ),
            (Some(PayerLevel::City), t[0].city.clone(), t[1].city.clone()),
            (
                Some(PayerLevel::Province),
                t[0].province.clone(),
                t[1].province.clone(),
            ),
            (None, t[0].all.clone(), t[1].all.clone()),
        ];
        for (level, x, y) in levels {
            rows.push(TotalRow {
                standing: srdi_engine::export::total_name(s, lang),
                level: level.map_or(
                    match lang {
                        Lang::Zh => "合计",
                        Lang::En => "all levels",
                    },
                    |l| describe::payer(l, lang),
                ),
                differs: x != y,
                values: [level_total(&x, lang), level_total(&y, lang)],
            });
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use srdi_engine::share;

    fn firm(name: &str, fragment: &str) -> Firm {
        let (profile, bad) = share::decode(fragment);
        assert!(bad.is_empty(), "{bad:?}");
        Firm {
            name: name.into(),
            profile,
        }
    }

    /// 永政办规〔2024〕1号 四、（一）: "对首次认定的国家级专精特新“小巨人”企业、省级专精特新中小企业，
    /// 在省级奖励基础上，县财政分别给予每家一次性50万元、10万元奖励": the 小巨人 first recognised on
    /// 2024-06-15 gets 500,000 more from the county than the same firm as a provincial SRDI SME
    /// (both recognised as provincial on 2024-03-01, which pays 100,000 to each).
    #[test]
    fn a_yongchun_little_giant_against_the_same_firm_as_provincial_srdi() {
        let giant = firm(
            "甲",
            "v1;c=quanzhou;k=yongchun;t=little_giant;r=provincial:2024-03-01,little_giant:2024-06-15;d=2025-06-01",
        );
        let srdi = firm(
            "乙",
            "v1;c=quanzhou;k=yongchun;t=provincial;r=provincial:2024-03-01;d=2025-06-01",
        );
        let c = compare(&srdi, &giant, Date::parse("2025-06-01").unwrap(), Lang::Zh);
        let lg = c
            .rows
            .iter()
            .find(|r| r.entry == "yc-first-little-giant")
            .unwrap();
        assert!(lg.differs);
        assert_eq!(lg.cells[1].amount, "500,000 元");
        assert_eq!(lg.cells[0].amount, "");
        assert!(lg.cells[0].excluded.is_some());
        assert_eq!(lg.delta.as_deref(), Some("+500,000 元"));
        let p = c
            .rows
            .iter()
            .find(|r| r.entry == "yc-first-provincial")
            .unwrap();
        assert!(!p.differs, "{p:?}");
        assert_eq!(p.cells[0].amount, "100,000 元");
        assert_eq!(p.delta, None);
    }

    #[test]
    fn a_firm_against_itself_differs_nowhere() {
        let a = firm(
            "甲",
            "v1;c=xiamen;k=siming;t=little_giant;r=little_giant:2025-01-10;d=2025-06-01",
        );
        let b = firm(
            "甲",
            "v1;c=xiamen;k=siming;t=little_giant;r=little_giant:2025-01-10;d=2025-06-01",
        );
        let c = compare(&a, &b, Date::parse("2025-06-01").unwrap(), Lang::En);
        assert!(!c.rows.is_empty());
        assert_eq!(c.differences, 0);
        assert!(c
            .totals
            .iter()
            .all(|t| !t.differs && t.values[0] == t.values[1]));
    }
}
