//! A portfolio: the firms of one spreadsheet, read by the engine's template reader
//! (srdi_engine::template, the same as `srdi batch`), evaluated a chunk at a time so that the
//! page can show progress and never freeze, and summarised per firm for the table and its CSV.

use crate::words::summed;
use crate::{day, json};
use serde::Serialize;
use srdi_engine::catalogue;
use srdi_engine::describe::{self, Lang};
use srdi_engine::evaluate::{LevelTotal, Totals};
use srdi_engine::template::{self, Column, FirmRow, FirmSummary, Layout};
use srdi_engine::{share, Profile};
use wasm_bindgen::prelude::*;

/// The firms of one file and, for those evaluated so far, their summaries. Rows are read
/// (template::Layout::read_row) as they are evaluated, a chunk at a time: reading 10,000 rows
/// at once would hold the page for most of a second.
#[wasm_bindgen]
pub struct Book {
    grid: Vec<Vec<String>>,
    layout: Layout,
    /// Index in `grid` of each firm's row: the non-blank rows below the header.
    rows: Vec<usize>,
    /// The rows read so far, in order.
    firms: Vec<FirmRow>,
    summaries: Vec<Option<FirmSummary>>,
}

/// Why a file gives no firms at all (a bad cell only costs its own firm: that is not this).
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// No row of the first ten has a 企业名称 column: not the template.
    NoHeader,
    /// The header is there, but no firm below it.
    NoFirms,
    /// Not a workbook, or a sheet of it cannot be read.
    Workbook(String),
}

impl Refusal {
    pub fn words(&self, lang: Lang) -> String {
        match (self, lang) {
            (Refusal::NoHeader, Lang::Zh) => {
                "前 10 行中没有“企业名称”列：请按模板填写（可下载模板）。".into()
            }
            (Refusal::NoHeader, Lang::En) => {
                "none of the first 10 rows has a 企业名称 (firm name) column: please use the template (download it here).".into()
            }
            (Refusal::NoFirms, Lang::Zh) => "表头下面没有企业。".into(),
            (Refusal::NoFirms, Lang::En) => "there is no firm below the header.".into(),
            (Refusal::Workbook(e), Lang::Zh) => format!("不是可读取的 .xlsx 工作簿（{e}）。"),
            (Refusal::Workbook(e), Lang::En) => format!("not a readable .xlsx workbook ({e})."),
        }
    }
}

impl Book {
    /// The firms of a sheet given as rows of cell texts.
    pub fn of_grid(grid: Vec<Vec<String>>) -> Result<Book, Refusal> {
        let has_header = grid.iter().take(10).any(|r| {
            r.iter()
                .any(|h| template::column_of(h) == Some(Column::Name))
        });
        if !has_header {
            return Err(Refusal::NoHeader);
        }
        let layout = Layout::of(&grid);
        // As template::read_sheet: every non-blank row below the header is a firm.
        let rows: Vec<usize> = (layout.header_row()..grid.len())
            .filter(|&i| grid[i].iter().any(|c| !c.trim().is_empty()))
            .collect();
        if rows.is_empty() {
            return Err(Refusal::NoFirms);
        }
        Ok(Book {
            firms: Vec::with_capacity(rows.len()),
            summaries: Vec::with_capacity(rows.len()),
            grid,
            layout,
            rows,
        })
    }

    /// The firms of an .xlsx file's bytes.
    pub fn of_xlsx(bytes: &[u8]) -> Result<Book, Refusal> {
        let grid = srdi_xlsx::rows(bytes).map_err(|e| Refusal::Workbook(e.0))?;
        Book::of_grid(grid)
    }

    /// The firm of the `i`-th row, read now if it was not yet.
    fn firm(&mut self, i: usize) -> &FirmRow {
        while self.firms.len() <= i {
            let at = self.rows[self.firms.len()];
            let firm = self.layout.read_row(at + 1, &self.grid[at]);
            self.firms.push(firm);
        }
        &self.firms[i]
    }

    /// The summaries of the next `n` firms, each as the table shows it.
    pub fn next_rows(&mut self, n: usize, today: srdi_engine::Date, lang: Lang) -> Vec<FirmView> {
        let from = self.summaries.len();
        let to = (from + n).min(self.rows.len());
        let mut out = Vec::with_capacity(to - from);
        for i in from..to {
            let firm = self.firm(i);
            let summary = template::evaluate_firm(firm, today);
            out.push(FirmView::of(i, firm, summary.as_ref(), lang));
            self.summaries.push(summary);
        }
        out
    }

    /// Totals of the firms evaluated so far, summed as Decimals: firms, then each standing.
    pub fn overall_words(&self, lang: Lang) -> Vec<(String, String)> {
        let ok = self.summaries.iter().flatten().count();
        let bad = self.firms.iter().filter(|f| f.profile.is_err()).count();
        let sum = |pick: fn(&FirmSummary) -> &Totals| {
            let mut t = LevelTotal::default();
            for s in self.summaries.iter().flatten() {
                let a = &pick(s).all;
                t.exact += a.exact;
                t.up_to += a.up_to;
                t.unquantified += a.unquantified;
            }
            summed(&t, lang)
        };
        let (firms, errors) = match lang {
            Lang::Zh => ("已测算企业", "有错误的行"),
            Lang::En => ("firms evaluated", "rows with errors"),
        };
        vec![
            (firms.into(), ok.to_string()),
            (errors.into(), bad.to_string()),
            (
                describe::standing(srdi_engine::Standing::Claimable, lang).into(),
                sum(|s| &s.claimable),
            ),
            (
                describe::standing(srdi_engine::Standing::EarnedTextEnded, lang).into(),
                sum(|s| &s.ended),
            ),
            (
                describe::standing(srdi_engine::Standing::Planned, lang).into(),
                sum(|s| &s.planned),
            ),
        ]
    }

    /// The engine's summary CSV of the firms at `indices` (the table's rows, in its order).
    pub fn summary_csv(&self, indices: &[u32], lang: Lang) -> String {
        let rows: Vec<(FirmRow, Option<FirmSummary>)> = indices
            .iter()
            .filter_map(|&i| {
                let i = i as usize;
                Some((self.firms.get(i)?.clone(), self.summaries.get(i)?.clone()))
            })
            .collect();
        template::summary_csv(&rows, lang)
    }
}

#[wasm_bindgen]
impl Book {
    /// The firms of a CSV file's text (the page decoded it: UTF-8, or GBK).
    #[wasm_bindgen(js_name = fromCsv)]
    pub fn from_csv(text: &str, lang_code: &str) -> Result<Book, JsError> {
        Book::of_grid(template::csv_rows(text))
            .map_err(|r| JsError::new(&r.words(Lang::from_code(lang_code))))
    }

    /// The firms of an .xlsx file: its first sheet with a 企业名称 header, else its first
    /// sheet (srdi_xlsx::rows, as `srdi batch` reads it).
    #[wasm_bindgen(js_name = fromXlsx)]
    pub fn from_xlsx(bytes: &[u8], lang_code: &str) -> Result<Book, JsError> {
        let refuse = |r: Refusal| JsError::new(&r.words(Lang::from_code(lang_code)));
        Book::of_xlsx(bytes).map_err(refuse)
    }

    /// How many firms (rows) the file has, good or bad.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether the file has no firm (never: such a file is refused).
    #[wasm_bindgen(js_name = isEmpty)]
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Whether every firm has been evaluated.
    pub fn finished(&self) -> bool {
        self.summaries.len() >= self.rows.len()
    }

    /// Forgets the summaries, to evaluate again (another language, another day).
    pub fn rewind(&mut self) {
        self.summaries.clear();
    }

    /// The next `n` firms evaluated, as JSON of [`FirmView`]s.
    #[wasm_bindgen(js_name = evaluateNext)]
    pub fn evaluate_next(&mut self, n: usize, today: &str, lang_code: &str) -> String {
        json(&self.next_rows(n, day(today), Lang::from_code(lang_code)))
    }

    /// The totals of the firms evaluated, as JSON pairs of words.
    pub fn overall(&self, lang_code: &str) -> String {
        json(&self.overall_words(Lang::from_code(lang_code)))
    }

    /// The summary CSV of the firms at `indices`.
    pub fn csv(&self, indices: &[u32], lang_code: &str) -> String {
        self.summary_csv(indices, Lang::from_code(lang_code))
    }
}

/// One firm as the table shows it.
#[derive(Debug, Serialize)]
pub struct FirmView {
    /// Index in the book.
    pub index: usize,
    /// Row of the sheet.
    pub row: usize,
    pub name: String,
    pub ok: bool,
    pub errors: Vec<CellView>,
    pub place: String,
    pub tier: String,
    pub claimable: Option<LevelsView>,
    pub ended: Option<Figure>,
    pub planned: Option<Figure>,
    /// The largest lines, in words.
    pub top: Vec<String>,
    /// The calculator's share-link fragment of this firm's answers.
    pub link: String,
}

/// A bad cell: where, and what is wrong, in words.
#[derive(Debug, Serialize)]
pub struct CellView {
    pub row: usize,
    pub column: String,
    pub message: String,
}

/// A claimable total per level and overall.
#[derive(Debug, Serialize)]
pub struct LevelsView {
    pub all: Figure,
    pub county: Figure,
    pub city: Figure,
    pub province: Figure,
}

/// A total: `v` the exact amount as a decimal (the table sorts by it), `t` it in words, `up`
/// the "up to" amounts ("最高 300,000 元") when there are any, `u` the lines with no stated
/// amount.
#[derive(Debug, Serialize)]
pub struct Figure {
    pub v: String,
    pub t: String,
    pub up: Option<String>,
    pub u: u32,
}

impl Figure {
    fn of(t: &LevelTotal, lang: Lang) -> Figure {
        Figure {
            v: t.exact.to_string(),
            t: describe::money(t.exact, lang),
            up: (!t.up_to.is_zero())
                .then(|| crate::words::amount(t.up_to, srdi_engine::Kind::UpTo, lang)),
            u: t.unquantified,
        }
    }
}

impl FirmView {
    fn of(index: usize, firm: &FirmRow, summary: Option<&FirmSummary>, lang: Lang) -> FirmView {
        let mut view = FirmView {
            index,
            row: firm.row,
            name: firm.name.clone(),
            ok: false,
            errors: Vec::new(),
            place: String::new(),
            tier: String::new(),
            claimable: None,
            ended: None,
            planned: None,
            top: Vec::new(),
            link: String::new(),
        };
        match (&firm.profile, summary) {
            (Ok(p), Some(s)) => {
                view.ok = true;
                view.place = place(p, lang);
                view.tier = p
                    .tier
                    .map_or(String::new(), |t| describe::tier(t, lang).into());
                view.claimable = Some(LevelsView {
                    all: Figure::of(&s.claimable.all, lang),
                    county: Figure::of(&s.claimable.county, lang),
                    city: Figure::of(&s.claimable.city, lang),
                    province: Figure::of(&s.claimable.province, lang),
                });
                view.ended = Some(Figure::of(&s.ended.all, lang));
                view.planned = Some(Figure::of(&s.planned.all, lang));
                view.top = s.largest.iter().map(|l| top_line(l, lang)).collect();
                view.link = link(p);
            }
            (Err(problems), _) => {
                view.errors = problems
                    .iter()
                    .map(|p| CellView {
                        row: p.row,
                        column: p.column.clone(),
                        message: p.message(lang),
                    })
                    .collect();
            }
            (Ok(_), None) => {}
        }
        view
    }
}

/// The calculator's share-link fragment of a firm, with the city written out when the row gave
/// only the county (the calculator's place step shows the city it belongs to).
fn link(p: &Profile) -> String {
    match (&p.city, p.city_id()) {
        (None, Some(city)) => share::encode(&Profile {
            city: Some(city.to_string()),
            ..p.clone()
        }),
        _ => share::encode(p),
    }
}

/// "泉州市 永春县", or "Quanzhou, Yongchun".
fn place(p: &Profile, lang: Lang) -> String {
    let Some(city) = p.city_id().and_then(catalogue::city) else {
        return match lang {
            Lang::Zh => "福建省其他地区".into(),
            Lang::En => "elsewhere in Fujian".into(),
        };
    };
    let county = p
        .county
        .as_deref()
        .and_then(|k| city.counties.iter().find(|c| c.id == k));
    match (lang, county) {
        (Lang::Zh, Some(k)) => format!("{} {}", city.name, k.name),
        (Lang::Zh, None) => city.name.into(),
        (Lang::En, Some(k)) => format!("{}, {}", city.name_en, k.name_en),
        (Lang::En, None) => city.name_en.into(),
    }
}

/// "永春县首次认定小巨人奖励 500,000 元（县（区）级，可申领）".
fn top_line(l: &template::TopLine, lang: Lang) -> String {
    let title = match lang {
        Lang::Zh => l.title,
        Lang::En => l.title_en,
    };
    let amount = crate::words::amount(l.amount, l.kind, lang);
    let (payer, standing) = (
        describe::payer(l.payer, lang),
        describe::standing(l.standing, lang),
    );
    match lang {
        Lang::Zh => format!("{title} {amount}（{payer}，{standing}）"),
        Lang::En => format!("{title} {amount} ({payer}, {standing})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(text: &str) -> Vec<Vec<String>> {
        template::csv_rows(text)
    }

    /// A row with the county alone (城市 left blank, as the template allows): the table names
    /// the city, and the calculator link carries it. 永政办规〔2024〕1号 四、（一） "…省级专精特新中小
    /// 企业…县财政…给予每家一次性…10 万元的叠加奖励": 100,000 元 from the county.
    #[test]
    fn a_county_alone_is_placed_in_its_city() {
        let mut book = Book::of_grid(grid(
            "企业名称,城市,区县,层级,专精特新中小企业首次认定日,评估日\n甲,,永春县,专精特新,2024-03-01,2025-06-01\n",
        ))
        .unwrap();
        let day = srdi_engine::Date::parse("2025-06-01").unwrap();
        let rows = book.next_rows(10, day, Lang::Zh);
        assert!(book.finished());
        let r = &rows[0];
        assert!(r.ok, "{r:?}");
        assert_eq!(r.place, "泉州市 永春县");
        assert!(
            r.link.starts_with("v1;c=quanzhou;k=yongchun;t=provincial;"),
            "{}",
            r.link
        );
        let c = r.claimable.as_ref().unwrap();
        assert_eq!(
            (c.county.v.as_str(), c.county.t.as_str()),
            ("100000", "100,000 元")
        );
        assert_eq!(c.county.up, None);
        assert!(r.top[0].contains("100,000 元"), "{:?}", r.top);
    }

    /// A bad cell costs its own row only, named by row and column.
    #[test]
    fn a_bad_cell_costs_its_own_row() {
        let mut book = Book::of_grid(grid(
            "企业名称,城市,区县,层级\n甲,火星市,,专精特新\n乙,泉州市,永春县,专精特新\n",
        ))
        .unwrap();
        let rows = book.next_rows(1, srdi_engine::RULES_REVIEWED, Lang::Zh);
        assert!(!book.finished());
        assert!(!rows[0].ok);
        assert_eq!(
            (rows[0].errors[0].row, rows[0].errors[0].column.as_str()),
            (2, "B")
        );
        let rows = book.next_rows(1, srdi_engine::RULES_REVIEWED, Lang::Zh);
        assert!(rows[0].ok && book.finished());
        let csv = book.summary_csv(&[1, 0], Lang::Zh);
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
        assert!(lines[1].starts_with("3,乙,"), "{csv}");
        assert!(lines[2].starts_with("2,甲,"), "{csv}");
    }

    #[test]
    fn a_file_without_the_template_header_is_refused_in_words() {
        let e = Book::of_grid(grid("a,b\n1,2\n")).err().unwrap();
        assert_eq!(e, Refusal::NoHeader);
        assert!(e.words(Lang::Zh).contains("企业名称"));
        let e = Book::of_grid(grid("企业名称,城市\n")).err().unwrap();
        assert_eq!(e, Refusal::NoFirms);
    }
}
