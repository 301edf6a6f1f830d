//! The spreadsheet of many firms (a portfolio): the documented template with Chinese column
//! headers (docs/template.md), a reader that turns each row into a profile as people type it
//! in Excel or WPS, and a per-firm summary of the report. `srdi batch` and the portfolio page
//! both read through here, so the same sheet gives the same totals in both.
//!
//! A bad cell costs only its own firm: [`read_grid`] returns one [`FirmRow`] per row, either
//! the profile or the problems of that row, each naming the row, the column (letter and
//! header) and what the column allows.
//!
//! Loans are laid out as column groups on the firm's own row (贷款1用途, 贷款1本金（元）…),
//! three in the template and as many as the sheet has (贷款4…, 贷款5…): one row per firm keeps
//! sorting, filtering and copying rows in Excel and WPS whole, and a CSV file (which has no
//! second sheet) carries everything. Few firms have more than three discounted loans.

use crate::catalogue::{self, City, County};
use crate::date::{Date, DateError};
use crate::describe::{self, Lang};
use crate::evaluate::{Report, Standing, Totals};
use crate::money::{self, group, AmountError};
use crate::profile::{Loan, Problem, Profile, Unit, MAX_LOAN_RATE};
use crate::vocab::*;
use rust_decimal::Decimal;
use serde::Serialize;
use std::borrow::Cow;

/// Loan column groups the template file carries; the reader takes any number.
pub const TEMPLATE_LOANS: usize = 3;

/// What a column of the template holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// 企业名称: carried to the output, never evaluated.
    Name,
    City,
    County,
    Tier,
    /// The date of first recognition in a tier.
    Recognition(Tier),
    /// 入驻园区: 是/否.
    Park,
    Amount(Quantity),
    /// 是/否.
    Fact(Fact),
    Date(Occasion),
    EvaluationDate,
    /// The 1-year LPR, over the catalogue's (in percent).
    Lpr,
    /// A cell of loan group `n` (1-based).
    Loan(usize, LoanColumn),
}

/// The cells of one loan group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoanColumn {
    Purpose,
    Principal,
    Rate,
    Term,
    Start,
    OtherProvincialDiscount,
}

impl LoanColumn {
    pub const ALL: [LoanColumn; 6] = [
        LoanColumn::Purpose,
        LoanColumn::Principal,
        LoanColumn::Rate,
        LoanColumn::Term,
        LoanColumn::Start,
        LoanColumn::OtherProvincialDiscount,
    ];
    /// The header after "贷款N".
    fn suffix(self) -> &'static str {
        match self {
            LoanColumn::Purpose => "用途",
            LoanColumn::Principal => "本金（元）",
            LoanColumn::Rate => "年利率（%）",
            LoanColumn::Term => "期限（月）",
            LoanColumn::Start => "起始日",
            LoanColumn::OtherProvincialDiscount => "已享其他省级贴息（是/否）",
        }
    }
}

/// Short names of the tiers in recognition headers ("小巨人首次认定日").
fn tier_short(t: Tier) -> &'static str {
    match t {
        Tier::Innovative => "创新型中小企业",
        Tier::Provincial => "专精特新中小企业",
        Tier::LittleGiantReserve => "小巨人后备",
        Tier::LittleGiant => "小巨人",
        Tier::KeyLittleGiant => "重点小巨人",
    }
}

fn unit_suffix(u: Unit) -> &'static str {
    match u {
        Unit::Yuan => "（元）",
        Unit::Kwh => "（千瓦时）",
        Unit::Months => "（月）",
        Unit::Count => "（项）",
        Unit::PersonDays => "（人天）",
    }
}

impl Column {
    /// The header as the template writes it.
    pub fn header(self) -> String {
        match self {
            Column::Name => "企业名称".into(),
            Column::City => "城市".into(),
            Column::County => "区县".into(),
            Column::Tier => "层级".into(),
            Column::Recognition(t) => format!("{}首次认定日", tier_short(t)),
            Column::Park => "入驻园区（是/否）".into(),
            Column::Amount(q) => format!(
                "{}{}",
                describe::quantity(q, Lang::Zh),
                unit_suffix(q.unit())
            ),
            Column::Fact(f) => format!("{}（是/否）", describe::fact(f, Lang::Zh)),
            Column::Date(o) => describe::occasion(o, Lang::Zh).into(),
            Column::EvaluationDate => "评估日".into(),
            Column::Lpr => "一年期LPR（%）".into(),
            Column::Loan(n, c) => format!("贷款{n}{}", c.suffix()),
        }
    }

    /// The path of the profile field the column fills (validation names fields by it).
    fn field(self, loan_index: Option<usize>) -> String {
        match self {
            Column::Name => "name".into(),
            Column::City => "city".into(),
            Column::County => "county".into(),
            Column::Tier => "tier".into(),
            Column::Recognition(t) => format!("recognitions.{}", t.name()),
            Column::Park => "park".into(),
            Column::Amount(q) => format!("amounts.{}", q.name()),
            Column::Fact(f) => format!("facts.{}", f.name()),
            Column::Date(o) => format!("dates.{}", o.name()),
            Column::EvaluationDate => "evaluation_date".into(),
            Column::Lpr => "lpr_override".into(),
            Column::Loan(n, c) => {
                let i = loan_index.unwrap_or(n - 1);
                let f = match c {
                    LoanColumn::Purpose => "purpose",
                    LoanColumn::Principal => "principal",
                    LoanColumn::Rate => "annual_rate",
                    LoanColumn::Term => "term_months",
                    LoanColumn::Start => "start",
                    LoanColumn::OtherProvincialDiscount => "other_provincial_discount",
                };
                format!("loans[{i}].{f}")
            }
        }
    }
}

/// Every column of the template, in the template's order, with `loans` loan groups.
pub fn columns(loans: usize) -> Vec<Column> {
    let mut cols = vec![Column::Name, Column::City, Column::County, Column::Tier];
    cols.extend(Tier::ALL.iter().map(|t| Column::Recognition(*t)));
    cols.push(Column::Park);
    cols.extend(Quantity::ALL.iter().map(|q| Column::Amount(*q)));
    cols.extend(Fact::ALL.iter().map(|f| Column::Fact(*f)));
    cols.extend(Occasion::ALL.iter().map(|o| Column::Date(*o)));
    cols.push(Column::EvaluationDate);
    cols.push(Column::Lpr);
    for n in 1..=loans {
        cols.extend(LoanColumn::ALL.iter().map(|c| Column::Loan(n, *c)));
    }
    cols
}

/// The template's header row.
pub fn headers() -> Vec<String> {
    columns(TEMPLATE_LOANS)
        .into_iter()
        .map(Column::header)
        .collect()
}

/// The template as a CSV file: a UTF-8 byte-order mark (so Excel and WPS read the Chinese
/// headers right), the header row, CRLF.
pub fn template_csv() -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&csv_line(&headers()));
    out
}

/// One CSV record with CRLF: every cell quoted when it holds a comma, a quote or a line break.
pub fn csv_line<S: AsRef<str>>(cells: &[S]) -> String {
    let mut out = String::new();
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_cell(&mut out, c.as_ref());
    }
    out.push_str("\r\n");
    out
}

/// The rows of a CSV text (RFC 4180): quoted cells with doubled quotes and line breaks inside,
/// CRLF, LF or CR line ends, a leading byte-order mark. The delimiter is the first line's
/// commonest of `,`, tab and `;` (a comma when none), so a sheet copied out of Excel as
/// tab-separated text reads too. Never fails: a quote left open runs to the end of the text.
pub fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let (delimiter, records) = csv_records(text);
    records.iter().map(|r| csv_cells(r, delimiter)).collect()
}

/// The records of a CSV text, uncut (a quoted line break stays inside its record), and the
/// delimiter: [`csv_rows`] in two steps, so that a large file is split once and its records
/// cut into cells by several threads.
pub fn csv_records(text: &str) -> (char, Vec<&str>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delimiter = sniff_delimiter(text);
    let bytes = text.as_bytes();
    let mut records = Vec::new();
    let (mut start, mut i) = (0, 0);
    let (mut quoted, mut cell_start) = (false, true);
    while i < bytes.len() {
        let b = bytes[i];
        if quoted {
            if b == b'"' {
                if bytes.get(i + 1) == Some(&b'"') {
                    i += 1;
                } else {
                    quoted = false;
                }
            }
        } else if b == b'"' && cell_start {
            quoted = true;
        } else if b == b'\r' || b == b'\n' {
            records.push(&text[start..i]);
            if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            start = i + 1;
            cell_start = true;
            i += 1;
            continue;
        }
        // The delimiter is ASCII, so a byte comparison finds it in UTF-8 text.
        cell_start = !quoted && u32::from(b) == delimiter as u32;
        i += 1;
    }
    if start < bytes.len() {
        records.push(&text[start..]);
    }
    (delimiter, records)
}

/// The cells of one record of [`csv_records`].
pub fn csv_cells(record: &str, delimiter: char) -> Vec<String> {
    let mut cells = Vec::new();
    csv_cells_into(record, delimiter, &mut cells);
    cells.into_iter().map(Cow::into_owned).collect()
}

/// The cells of one record into `cells` (cleared first), borrowed from the record unless
/// quoted: [`Layout::read_row`] reads them with no copy, and a reader reuses one vector for
/// every row.
pub fn csv_cells_into<'r>(record: &'r str, delimiter: char, cells: &mut Vec<Cow<'r, str>>) {
    cells.clear();
    // No quote in the record (most rows): every cell is a slice between delimiters.
    if delimiter.is_ascii() && !record.as_bytes().contains(&b'"') {
        let d = delimiter as u8;
        let mut start = 0;
        for (i, b) in record.bytes().enumerate() {
            if b == d {
                cells.push(Cow::Borrowed(&record[start..i]));
                start = i + 1;
            }
        }
        cells.push(Cow::Borrowed(&record[start..]));
        return;
    }
    let mut rest = record;
    loop {
        if let Some(quoted) = rest.strip_prefix('"') {
            let mut cell = String::new();
            let mut chars = quoted.char_indices().peekable();
            let mut end = quoted.len();
            while let Some((i, c)) = chars.next() {
                if c != '"' {
                    cell.push(c);
                } else if chars.peek().map(|(_, c)| *c) == Some('"') {
                    chars.next();
                    cell.push('"');
                } else {
                    end = i + 1;
                    break;
                }
            }
            // Text after the closing quote, up to the delimiter, is kept as typed.
            let after = &quoted[end..];
            let (tail, next) = match after.find(delimiter) {
                Some(j) => (&after[..j], Some(&after[j + delimiter.len_utf8()..])),
                None => (after, None),
            };
            cell.push_str(tail);
            cells.push(Cow::Owned(cell));
            match next {
                Some(n) => rest = n,
                None => return,
            }
        } else {
            match rest.find(delimiter) {
                Some(j) => {
                    cells.push(Cow::Borrowed(&rest[..j]));
                    rest = &rest[j + delimiter.len_utf8()..];
                }
                None => {
                    cells.push(Cow::Borrowed(rest));
                    return;
                }
            }
        }
    }
}

fn sniff_delimiter(text: &str) -> char {
    let mut counts = [(',', 0usize), ('\t', 0), (';', 0)];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\r' | '\n' if !quoted => break,
            _ if !quoted => {
                for (d, n) in counts.iter_mut() {
                    if *d == c {
                        *n += 1;
                    }
                }
            }
            _ => {}
        }
    }
    let best = counts.iter().max_by_key(|(_, n)| *n).copied();
    match best {
        Some((d, n)) if n > 0 && n > counts[0].1 => d,
        _ => ',',
    }
}

/// Spreadsheet letters of a 0-based column: 0 → "A", 25 → "Z", 26 → "AA".
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// One row of the sheet read as a firm.
#[derive(Clone, Debug, PartialEq)]
pub struct FirmRow {
    /// 1-based row of the sheet, as Excel numbers it (the header is row 1 in the template).
    pub row: usize,
    /// 企业名称 as typed (empty when the cell is).
    pub name: String,
    /// The profile, or every problem of this row.
    pub profile: Result<Profile, Vec<CellProblem>>,
}

/// A cell that could not be read, or whose value the profile refuses.
#[derive(Clone, Debug, PartialEq)]
pub struct CellProblem {
    /// 1-based sheet row.
    pub row: usize,
    /// Column letter ("E"); empty when the problem is the row's as a whole.
    pub column: String,
    /// The column's header as the sheet has it.
    pub header: String,
    /// The cell's text as found.
    pub text: String,
    pub error: CellError,
}

/// What is wrong with a cell.
#[derive(Clone, Debug, PartialEq)]
pub enum CellError {
    /// Not an amount of the column's unit.
    Amount {
        unit: Unit,
        error: AmountError,
    },
    /// Not a yearly rate.
    Rate(AmountError),
    /// Not a number of months.
    Months(AmountError),
    /// Not a date.
    Date(DateError),
    /// Not 是 or 否.
    YesNo,
    /// No such city of Fujian.
    UnknownCity,
    /// No such county or district in the catalogue (of the row's city, when it has some).
    UnknownCounty,
    UnknownTier,
    UnknownLoanPurpose,
    /// A loan group has some cells filled, and this one, which every loan needs, empty.
    LoanCellMissing,
    /// A formula's error value ("#DIV/0!", "#N/A"…), as an .xlsx cell holds it and a CSV
    /// saved by Excel or WPS writes it: no value at all, in any column the template reads.
    FormulaError,
    /// The value reads, but the profile refuses it (out of range, a county of another city,
    /// a recognition above the tier, a reserve outside Xiamen).
    Refused(Problem),
}

impl CellProblem {
    /// "第 5 行 E 列「年度自主研发费用（元）」：“abc”不是金额……" — where, what was found, and
    /// what the column allows.
    pub fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        let place = match (self.column.is_empty(), zh) {
            // A column the row needs that the sheet does not have (a loan group's rate).
            (true, true) if !self.header.is_empty() => {
                format!("第 {} 行「{}」（表中没有这一列）", self.row, self.header)
            }
            (true, false) if !self.header.is_empty() => format!(
                "row {} ({}: the sheet has no such column)",
                self.row, self.header
            ),
            (true, true) => format!("第 {} 行", self.row),
            (true, false) => format!("row {}", self.row),
            (false, true) => format!("第 {} 行 {} 列「{}」", self.row, self.column, self.header),
            (false, false) => format!("row {}, column {} ({})", self.row, self.column, self.header),
        };
        let found = if zh {
            format!("“{}”", self.text)
        } else {
            format!("'{}'", self.text)
        };
        let body = self.error.words(&found, lang);
        format!("{place}{}{body}", if zh { "：" } else { ": " })
    }
}

impl CellError {
    fn words(&self, found: &str, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        let pick = |z: &str, e: &str| if zh { z.to_string() } else { e.to_string() };
        match self {
            CellError::Amount { unit, error } => amount_words(found, *unit, error, lang),
            CellError::Rate(e) => {
                let why = match e {
                    AmountError::TooLarge { .. } => pick("（超过 36%）", " (above 36%)"),
                    e => amount_reason(e, lang),
                };
                pick(
                    &format!("{found}不是年利率{why}：可写 3.6%、3.6 或 0.036（都是 3.6%），0 至 36%"),
                    &format!("{found} is not a yearly rate{why}: write 3.6%, 3.6 or 0.036 (each is 3.6%), from 0 to 36%"),
                )
            }
            CellError::Months(e) => {
                let why = amount_reason(e, lang);
                pick(
                    &format!("{found}不是月数{why}：可写 12、12个月 或 1年，1 至 600"),
                    &format!("{found} is not a number of months{why}: write 12, 12个月 or 1年, from 1 to 600"),
                )
            }
            CellError::Date(e) => {
                let why = match (e, zh) {
                    (DateError::NoSuchDay, true) => "（没有这一天）",
                    (DateError::NoSuchDay, false) => " (no such day)",
                    (DateError::OutOfRange, true) => "（年份须在 1990–2100 之间）",
                    (DateError::OutOfRange, false) => " (the year must be 1990–2100)",
                    (DateError::Format, _) => "",
                };
                pick(
                    &format!("{found}不是日期{why}：可写 2024-03-01、2024/3/1 或 2024年3月1日"),
                    &format!("{found} is not a date{why}: write 2024-03-01, 2024/3/1 or 2024年3月1日"),
                )
            }
            CellError::YesNo => pick(
                &format!("{found}不是“是/否”：可写 是、否、Y、N（空白即否）"),
                &format!("{found} is not yes or no: write 是, 否, Y or N (blank is no)"),
            ),
            CellError::UnknownCity => {
                let names: Vec<&str> = catalogue::CITIES.iter().map(|c| c.name).collect();
                pick(
                    &format!("{found}不是福建的城市：可写 {}（或不带“市”）；福建其他地方留空", names.join("、")),
                    &format!("{found} is not a city of Fujian: write one of {} (or its English name); leave it blank for elsewhere in Fujian", names.join(", ")),
                )
            }
            CellError::UnknownCounty => {
                let names: Vec<String> = catalogue::CITIES
                    .iter()
                    .filter(|c| !c.counties.is_empty())
                    .map(|c| {
                        let ks: Vec<&str> = c.counties.iter().map(|k| k.name).collect();
                        match lang {
                            Lang::Zh => format!("{}：{}", c.name, ks.join("、")),
                            Lang::En => format!("{} ({}): {}", c.name, c.name_en, ks.join(", ")),
                        }
                    })
                    .collect();
                pick(
                    &format!("目录中没有{found}这个县（区）：{}", names.join("；")),
                    &format!("{found} is not a county or district of the catalogue: {}", names.join("; ")),
                )
            }
            CellError::UnknownTier => pick(
                &format!("{found}不是梯度：可写 创新型中小企业、专精特新中小企业、小巨人后备（厦门）、小巨人、重点小巨人；未认定则留空"),
                &format!("{found} is not a tier: write 创新型中小企业, 专精特新中小企业, 小巨人后备 (Xiamen), 小巨人 or 重点小巨人 (or innovative, provincial, little_giant_reserve, little_giant, key_little_giant); blank when none"),
            ),
            CellError::UnknownLoanPurpose => {
                let names: Vec<&str> = LoanPurpose::ALL
                    .iter()
                    .map(|p| describe::loan_purpose(*p, Lang::Zh))
                    .collect();
                pick(
                    &format!("{found}不是贷款用途：可写 {}（或简写：园区用房、流动资金、知识产权质押、技改、研发、其他）", names.join("、")),
                    &format!("{found} is not a loan purpose: write {} (or short: 园区用房, 流动资金, 知识产权质押, 技改, 研发, 其他, or park_premises, working_capital, ip_pledge, tech_innovation_fund, tech_innovation_fund_rd, other)", names.join(", ")),
                )
            }
            CellError::LoanCellMissing => pick(
                "这笔贷款已填了其他格，此格不能空：每笔贷款须有用途、本金、年利率、期限和起始日",
                "this loan has other cells filled, so this one cannot be blank: every loan needs its purpose, principal, rate, term and start",
            ),
            CellError::FormulaError => pick(
                &format!("{found}是公式的错误值，不是数据：请改正这一格的公式，或直接填写"),
                &format!("{found} is a formula's error value, not data: correct the cell's formula, or type the value"),
            ),
            CellError::Refused(p) => refused_words(found, p, lang),
        }
    }
}

fn amount_reason(e: &AmountError, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    match (e, zh) {
        (AmountError::Empty, _) | (AmountError::NotANumber, _) => String::new(),
        (AmountError::Negative, true) => "（不能为负）".into(),
        (AmountError::Negative, false) => " (it cannot be negative)".into(),
        (AmountError::TooPrecise { max_dp: 0 }, true) => "（须为整数）".into(),
        (AmountError::TooPrecise { max_dp: 0 }, false) => " (a whole number)".into(),
        (AmountError::TooPrecise { max_dp }, true) => format!("（小数最多 {max_dp} 位）"),
        (AmountError::TooPrecise { max_dp }, false) => format!(" (at most {max_dp} decimals)"),
        (AmountError::TooLarge { max }, true) => format!("（超过上限 {}）", group(*max, 4)),
        (AmountError::TooLarge { max }, false) => format!(" (above {})", group(*max, 4)),
        (AmountError::TooSmall { min }, true) => format!("（小于 {}）", group(*min, 4)),
        (AmountError::TooSmall { min }, false) => format!(" (below {})", group(*min, 4)),
    }
}

fn amount_words(found: &str, unit: Unit, e: &AmountError, lang: Lang) -> String {
    let why = amount_reason(e, lang);
    let max = group(unit.max(), 0);
    let (zh_noun, en_noun, zh_eg, en_eg) = match unit {
        Unit::Yuan => (
            "以元计的金额",
            "an amount in 元",
            "1200000、1,200,000、120万、１２０万元",
            "1200000, 1,200,000, 120万, 1.2m",
        ),
        Unit::Kwh => (
            "以千瓦时计的电量",
            "a quantity in kWh",
            "2000000、200万、200万度",
            "2000000, 200万, 2m",
        ),
        Unit::Months => ("月数", "a number of months", "12、12个月", "12"),
        Unit::Count => ("项数", "a count", "2、2项", "2"),
        Unit::PersonDays => ("人天数", "a number of person-days", "300、300人天", "300"),
    };
    let dp = unit.max_dp();
    match lang {
        Lang::Zh => format!(
            "{found}不是{zh_noun}{why}：可写 {zh_eg}，0 至 {max}{}",
            if dp == 0 {
                "，整数".to_string()
            } else {
                format!("，小数最多 {dp} 位")
            }
        ),
        Lang::En => format!(
            "{found} is not {en_noun}{why}: write {en_eg}, from 0 to {max}{}",
            if dp == 0 {
                ", a whole number".to_string()
            } else {
                format!(" with at most {dp} decimals")
            }
        ),
    }
}

fn refused_words(found: &str, p: &Problem, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    match p {
        Problem::CountyNotInCity => {
            if zh {
                format!("{found}不属于本行的城市：改正城市或区县（城市可留空，由区县推出）")
            } else {
                format!("{found} is not in this row's city: correct the city or the county (the city may be left blank: it follows from the county)")
            }
        }
        Problem::RecognitionAboveTier => {
            if zh {
                "这一认定日期高于本行“层级”：提高层级，或删去这一日期".to_string()
            } else {
                "a recognition above this row's tier (层级): raise the tier or remove this date"
                    .to_string()
            }
        }
        Problem::TierNotOfferedHere => {
            if zh {
                "专精特新“小巨人”后备企业只在厦门认定：城市须为厦门".to_string()
            } else {
                "the Little Giant reserve (小巨人后备) exists only in Xiamen: the city must be 厦门"
                    .to_string()
            }
        }
        Problem::OutOfRange { min, max } => {
            if zh {
                format!(
                    "{found}超出范围：须在 {} 至 {} 之间",
                    group(*min, 4),
                    group(*max, 4)
                )
            } else {
                format!(
                    "{found} is out of range: from {} to {}",
                    group(*min, 4),
                    group(*max, 4)
                )
            }
        }
        other => describe::problem("", other, lang)
            .trim_start_matches("profile: ")
            .to_string(),
    }
}

/// The normal form of a header or a name for matching: no white space, no quotes, full-width
/// letters, digits and brackets as ASCII, lower case. "入驻园区（是/否）" and "入驻园区(是/否)"
/// match; so do “小巨人” and 小巨人.
fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '「' | '」' | '*')
        })
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '·' | '・' => '.',
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The units a header may carry after its name: "本金（元）" and "本金" are the same column.
const UNIT_TAILS: &[&str] = &[
    "(元)",
    "(万元)",
    "(千瓦时)",
    "(月)",
    "(项)",
    "(人天)",
    "(%)",
    "(是/否)",
];

fn bare(folded: &str) -> &str {
    UNIT_TAILS
        .iter()
        .find_map(|t| folded.strip_suffix(t))
        .unwrap_or(folded)
}

/// The column a header names, or `None` for a column the template does not have (notes,
/// contacts: ignored and reported).
pub fn column_of(header: &str) -> Option<Column> {
    let h = fold(header);
    let h = bare(&h);
    if h.is_empty() {
        return None;
    }
    if let Some(rest) = h.strip_prefix("贷款") {
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let n: usize = digits.parse().ok()?;
        if n == 0 || n > 99 {
            return None;
        }
        let tail = &rest[digits.len()..];
        return LoanColumn::ALL
            .iter()
            .find(|c| bare(&fold(c.suffix())) == tail)
            .map(|c| Column::Loan(n, *c));
    }
    header_forms()
        .iter()
        .find(|(f, _)| f == h)
        .map(|(_, c)| *c)
        .or(alias(h))
}

/// The folded header of every column but the loans' (made once).
fn header_forms() -> &'static [(String, Column)] {
    static FORMS: std::sync::OnceLock<Vec<(String, Column)>> = std::sync::OnceLock::new();
    FORMS.get_or_init(|| {
        columns(0)
            .into_iter()
            .map(|c| (bare(&fold(&c.header())).to_string(), c))
            .collect()
    })
}

/// A few plain alternatives a person may type for a header.
fn alias(h: &str) -> Option<Column> {
    match h {
        "名称" | "企业" | "公司名称" | "单位名称" => Some(Column::Name),
        "市" | "所在城市" | "设区市" => Some(Column::City),
        "县区" | "县(区)" | "县(市、区)" | "所在区县" => Some(Column::County),
        "梯度" | "企业层级" => Some(Column::Tier),
        "入驻专精特新园区" | "园区" => Some(Column::Park),
        "评估日期" => Some(Column::EvaluationDate),
        "lpr" | "一年期lpr" => Some(Column::Lpr),
        _ => None,
    }
}

/// Every form a place is typed in (folded), with the place: built once, so that reading a
/// row compares strings and makes none.
struct PlaceForms {
    cities: Vec<(String, &'static City)>,
    counties: Vec<(String, &'static City, &'static County)>,
}

fn place_forms() -> &'static PlaceForms {
    static FORMS: std::sync::OnceLock<PlaceForms> = std::sync::OnceLock::new();
    FORMS.get_or_init(|| {
        let mut cities = Vec::new();
        let mut counties = Vec::new();
        for c in catalogue::CITIES {
            for f in name_forms(c.name) {
                cities.push((f, c));
            }
            cities.push((fold(c.name_en), c));
            cities.push((c.id.to_string(), c));
            for k in c.counties {
                for f in name_forms(k.name) {
                    counties.push((f, c, k));
                }
                counties.push((fold(k.name_en), c, k));
                counties.push((k.id.to_string(), c, k));
            }
        }
        PlaceForms { cities, counties }
    })
}

/// A city by its name (泉州市, 泉州), English name (Quanzhou) or id (quanzhou).
pub fn find_city(text: &str) -> Option<&'static City> {
    typed_or_folded(text, |t| {
        place_forms()
            .cities
            .iter()
            .find(|(f, _)| f == t)
            .map(|(_, c)| *c)
    })
}

/// A county by its name (永春县, 永春), English name or id, first among `city`'s counties.
pub fn find_county(
    text: &str,
    city: Option<&'static City>,
) -> Option<(&'static City, &'static County)> {
    typed_or_folded(text, |t| {
        let mut found = place_forms().counties.iter().filter(|(f, _, _)| f == t);
        let first = found.next()?;
        let in_city = |c: &City| city.is_some_and(|k| k.id == c.id);
        std::iter::once(first)
            .chain(found)
            .find(|(_, c, _)| in_city(c))
            .or(Some(first))
            .map(|(_, c, k)| (*c, *k))
    })
}

/// The forms a place name is typed in: whole, without a bracketed note, without its 市/县/区.
fn name_forms(name: &str) -> Vec<String> {
    let whole = fold(name);
    let mut forms = vec![whole.clone()];
    let plain = match whole.find('(') {
        Some(i) => whole[..i].to_string(),
        None => whole,
    };
    forms.push(plain.clone());
    for suffix in ["综合实验区", "市", "县", "区"] {
        if let Some(short) = plain.strip_suffix(suffix) {
            if short.chars().count() >= 2 {
                forms.push(short.to_string());
            }
        }
    }
    forms
}

/// `find` on the text as typed, else on its folded form: most cells are typed in the form a
/// name is kept in (a folded form), and folding makes a string.
fn typed_or_folded<T>(text: &str, find: impl Fn(&str) -> Option<T>) -> Option<T> {
    find(text).or_else(|| find(&fold(text)))
}

fn find_tier(text: &str) -> Option<Tier> {
    typed_or_folded(text, tier_of)
}

fn tier_of(t: &str) -> Option<Tier> {
    let t = t.strip_suffix("企业").unwrap_or(t);
    Tier::from_name(t).or(match t {
        "创新型中小" | "创新型" | "innovativesme" => Some(Tier::Innovative),
        "专精特新中小" | "专精特新" | "省级专精特新中小" | "省级专精特新" | "provincialsrdisme" => {
            Some(Tier::Provincial)
        }
        "小巨人后备" | "专精特新小巨人后备" | "littlegiantreserve" => {
            Some(Tier::LittleGiantReserve)
        }
        "小巨人"
        | "专精特新小巨人"
        | "国家专精特新小巨人"
        | "国家级专精特新小巨人"
        | "国家级小巨人"
        | "nationallittlegiant"
        | "littlegiant" => Some(Tier::LittleGiant),
        "重点小巨人" | "专精特新重点小巨人" | "keylittlegiant" => {
            Some(Tier::KeyLittleGiant)
        }
        _ => None,
    })
}

fn find_purpose(text: &str) -> Option<LoanPurpose> {
    typed_or_folded(text, purpose_of)
}

fn purpose_of(t: &str) -> Option<LoanPurpose> {
    LoanPurpose::from_name(t)
        .or(match t {
            "园区用房" | "购房" | "购买园区产业用房" | "园区产业用房" | "购买园区产业用房贷款" => {
                Some(LoanPurpose::ParkPremises)
            }
            "流动资金" | "流贷" => Some(LoanPurpose::WorkingCapital),
            "知识产权质押" | "专利质押" | "商标质押" | "专利商标质押" | "质押" => {
                Some(LoanPurpose::IpPledge)
            }
            "技改" | "技术改造" | "增资扩产" | "技术创新基金" => {
                Some(LoanPurpose::TechInnovationFund)
            }
            "研发" | "研发创新" | "研发创新贷款" => {
                Some(LoanPurpose::TechInnovationFundRd)
            }
            "其他" | "其它" => Some(LoanPurpose::Other),
            _ => None,
        })
        .or_else(|| {
            LoanPurpose::ALL
                .iter()
                .find(|p| fold(describe::loan_purpose(**p, Lang::Zh)) == t)
                .copied()
        })
}

/// Whether a cell holds a formula's error value as Excel and WPS show it (and write it in a
/// CSV): one rule for every column the template reads, so that a failed look-up is never read
/// as a name, or as text the column then refuses for another reason.
pub fn is_formula_error(text: &str) -> bool {
    const ERRORS: [&str; 17] = [
        "#DIV/0!",
        "#N/A",
        "#NAME?",
        "#NULL!",
        "#NUM!",
        "#REF!",
        "#VALUE!",
        "#GETTING_DATA",
        "#SPILL!",
        "#CALC!",
        "#FIELD!",
        "#BLOCKED!",
        "#CONNECT!",
        "#BUSY!",
        "#UNKNOWN!",
        "#EXTERNAL!",
        "#PYTHON!",
    ];
    text.starts_with('#') && ERRORS.iter().any(|e| text.eq_ignore_ascii_case(e))
}

/// 是/否 as typed: 是, Y, yes, 1, √, 有, true; 否, N, no, 0, ×, 无, false; blank is no.
fn yes_no(text: &str) -> Option<bool> {
    match text {
        "是" | "Y" | "y" | "1" => return Some(true),
        "否" | "N" | "n" | "0" | "" => return Some(false),
        _ => {}
    }
    match fold(text).as_str() {
        "" | "否" | "n" | "no" | "0" | "×" | "x" | "无" | "false" | "不是" => Some(false),
        "是" | "y" | "yes" | "1" | "√" | "✓" | "✔" | "有" | "true" | "是的" => Some(true),
        _ => None,
    }
}

/// A yearly rate: "3.6%" and "3.6" are 3.6%; a bare number below 1 is a fraction ("0.036", as
/// Excel stores a cell formatted as a percentage).
fn rate(text: &str) -> Result<Decimal, AmountError> {
    let t = text.trim();
    let has_percent = t.ends_with('%') || t.ends_with('％');
    if !has_percent {
        if let Ok(v) = money::parse_amount(t, 8, Decimal::ONE) {
            if v < Decimal::ONE {
                return if v > MAX_LOAN_RATE {
                    // In percent, as money::parse_rate_percent says it (36, not 0.36).
                    Err(AmountError::TooLarge {
                        max: money::MAX_RATE_PERCENT,
                    })
                } else {
                    Ok(v)
                };
            }
        }
    }
    money::parse_rate_percent(t)
}

/// "2024-03-01" read without the folding [`Date::parse`] does for every other form (most
/// cells of a sheet are written so); `None` for anything else, [`Date::parse`] then says why.
fn iso_date(text: &str) -> Option<Date> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let n = |r: std::ops::Range<usize>| -> Option<u16> {
        b[r].iter().try_fold(0u16, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + u16::from(c - b'0'))
        })
    };
    let (y, m, d) = (n(0..4)?, n(5..7)?, n(8..10)?);
    if !(1990..=2100).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // A day past the month's end (2025-02-30) comes back as another day of the calendar.
    let date = Date::ymd(y, m as u8, d as u8);
    (date.add_days(0) == date).then_some(date)
}

/// Where the header row is: the first of the first ten rows with a 企业名称 column, else the
/// first row (a title line above the headers is allowed).
fn header_row(rows: &[Vec<String>]) -> usize {
    rows.iter()
        .take(10)
        .position(|r| r.iter().any(|h| column_of(h) == Some(Column::Name)))
        .unwrap_or(0)
}

/// The sheet as read: one [`FirmRow`] per non-blank row below the header, and the columns the
/// reader did not use (unknown headers, or a header given twice: the first one is read).
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// 1-based row of the header.
    pub header_row: usize,
    pub firms: Vec<FirmRow>,
    /// (letter, header) of each column not read.
    pub ignored: Vec<(String, String)>,
}

/// The firms of a sheet given as rows of cell texts (the first rows up to the header
/// included). Blank rows are skipped.
pub fn read_grid(rows: &[Vec<String>]) -> Vec<FirmRow> {
    read_sheet(rows).firms
}

/// [`read_grid`] with the header's row and the columns not read.
pub fn read_sheet(rows: &[Vec<String>]) -> Sheet {
    let layout = Layout::of(rows);
    let firms = rows
        .iter()
        .enumerate()
        .skip(layout.header_row + 1)
        .filter(|(_, r)| r.iter().any(|c| !c.trim().is_empty()))
        .map(|(i, r)| layout.read_row(i + 1, r))
        .collect();
    Sheet {
        header_row: layout.header_row + 1,
        firms,
        ignored: layout.ignored,
    }
}

/// The header read once: which cell index holds which column.
#[derive(Clone, Debug)]
pub struct Layout {
    /// 0-based row of the header.
    header_row: usize,
    /// (cell index, column, header as written).
    cols: Vec<(usize, Column, String)>,
    /// Loan group numbers present, ascending.
    loans: Vec<usize>,
    ignored: Vec<(String, String)>,
}

impl Layout {
    /// The layout of a sheet's header row.
    pub fn of(rows: &[Vec<String>]) -> Layout {
        let header_row = header_row(rows);
        let mut cols: Vec<(usize, Column, String)> = Vec::new();
        let mut ignored = Vec::new();
        for (i, h) in rows.get(header_row).into_iter().flatten().enumerate() {
            match column_of(h) {
                Some(c) if !cols.iter().any(|(_, k, _)| *k == c) => {
                    cols.push((i, c, h.trim().to_string()))
                }
                _ if h.trim().is_empty() => {}
                _ => ignored.push((column_letter(i), h.trim().to_string())),
            }
        }
        let mut loans: Vec<usize> = cols
            .iter()
            .filter_map(|(_, c, _)| match c {
                Column::Loan(n, _) => Some(*n),
                _ => None,
            })
            .collect();
        loans.sort_unstable();
        loans.dedup();
        Layout {
            header_row,
            cols,
            loans,
            ignored,
        }
    }

    /// 1-based row of the header.
    pub fn header_row(&self) -> usize {
        self.header_row + 1
    }

    /// (letter, header) of each column not read.
    pub fn ignored(&self) -> &[(String, String)] {
        &self.ignored
    }

    /// One row (1-based `row`) as a firm.
    pub fn read_row<S: AsRef<str>>(&self, row: usize, cells: &[S]) -> FirmRow {
        RowReader {
            layout: self,
            row,
            cells,
            problems: Vec::new(),
            fields: Vec::new(),
        }
        .read()
    }
}

struct RowReader<'a, S> {
    layout: &'a Layout,
    row: usize,
    cells: &'a [S],
    problems: Vec<CellProblem>,
    /// The cells read (column, index of the loan in the profile, cell index), to place
    /// validation problems; the field's path is made only for a problem.
    fields: Vec<(Column, Option<usize>, usize)>,
}

impl<'a, S: AsRef<str>> RowReader<'a, S> {
    fn cell(&self, i: usize) -> &'a str {
        self.cells.get(i).map_or("", |c| c.as_ref().trim())
    }

    fn problem(&mut self, i: usize, header: &str, error: CellError) {
        self.problems.push(CellProblem {
            row: self.row,
            column: column_letter(i),
            header: header.to_string(),
            text: self.cell(i).to_string(),
            error,
        });
    }

    fn read(mut self) -> FirmRow {
        let mut p = Profile::default();
        let mut name = String::new();
        let mut county_text: Option<(usize, &str, &str)> = None;
        let layout = self.layout;
        for (i, col, header) in &layout.cols {
            let (i, col) = (*i, *col);
            let text = self.cell(i);
            if text.is_empty() || matches!(col, Column::Loan(..)) {
                continue;
            }
            if is_formula_error(text) {
                self.problem(i, header, CellError::FormulaError);
                continue;
            }
            self.fields.push((col, None, i));
            match col {
                Column::Name => name = text.to_string(),
                Column::City => match find_city(text) {
                    Some(c) => p.city = Some(c.id.to_string()),
                    None => self.problem(i, header, CellError::UnknownCity),
                },
                Column::County => county_text = Some((i, header.as_str(), text)),
                Column::Tier => match find_tier(text) {
                    Some(t) => p.tier = Some(t),
                    None => self.problem(i, header, CellError::UnknownTier),
                },
                Column::Recognition(t) => {
                    if let Some(d) = self.date(i, header, text) {
                        p.recognitions.insert(t, d);
                    }
                }
                Column::Park => match yes_no(text) {
                    Some(true) => p.park = ParkResidency::SrdiPark,
                    Some(false) => {}
                    None => self.problem(i, header, CellError::YesNo),
                },
                Column::Amount(q) => {
                    let unit = q.unit();
                    match money::parse_amount(text, unit.max_dp(), unit.max()) {
                        Ok(v) => {
                            p.amounts.insert(q, v);
                        }
                        Err(error) => self.problem(i, header, CellError::Amount { unit, error }),
                    }
                }
                Column::Fact(f) => match yes_no(text) {
                    Some(true) => {
                        p.facts.insert(f);
                    }
                    Some(false) => {}
                    None => self.problem(i, header, CellError::YesNo),
                },
                Column::Date(o) => {
                    if let Some(d) = self.date(i, header, text) {
                        p.dates.insert(o, d);
                    }
                }
                Column::EvaluationDate => p.evaluation_date = self.date(i, header, text),
                Column::Lpr => match rate(text) {
                    Ok(r) => p.lpr_override = Some(r),
                    Err(e) => self.problem(i, header, CellError::Rate(e)),
                },
                Column::Loan(..) => {}
            }
        }
        // The county after the city, so that a county name is looked up in its city first.
        if let Some((i, header, text)) = county_text {
            let city = p.city.as_deref().and_then(catalogue::city);
            match find_county(text, city) {
                Some((_, k)) => p.county = Some(k.id.to_string()),
                // A city with no county text in the catalogue (福州…): its districts are not
                // offered by the questionnaire either, and change nothing; the name is kept
                // in the sheet only.
                None if city.is_some_and(|c| c.counties.is_empty()) => {}
                None => self.problem(i, header, CellError::UnknownCounty),
            }
        }
        for &n in &layout.loans {
            if let Some(loan) = self.loan(n, p.loans.len()) {
                p.loans.push(loan);
            }
        }
        for e in p.validate() {
            let at = self
                .fields
                .iter()
                .find(|(c, loan, _)| c.field(*loan) == e.field)
                .map(|(_, _, i)| *i);
            match at {
                Some(i) => {
                    let header = self.header_at(i);
                    self.problem(i, &header, CellError::Refused(e.problem));
                }
                None => self.problems.push(CellProblem {
                    row: self.row,
                    column: String::new(),
                    header: String::new(),
                    text: String::new(),
                    error: CellError::Refused(e.problem),
                }),
            }
        }
        let profile = if self.problems.is_empty() {
            Ok(p)
        } else {
            Err(self.problems)
        };
        FirmRow {
            row: self.row,
            name,
            profile,
        }
    }

    fn header_at(&self, i: usize) -> String {
        self.layout
            .cols
            .iter()
            .find(|(j, _, _)| *j == i)
            .map_or(String::new(), |(_, _, h)| h.clone())
    }

    fn date(&mut self, i: usize, header: &str, text: &str) -> Option<Date> {
        if let Some(d) = iso_date(text) {
            return Some(d);
        }
        match Date::parse(text) {
            Ok(d) => Some(d),
            Err(e) => {
                self.problem(i, header, CellError::Date(e));
                None
            }
        }
    }

    /// Loan group `n`, which becomes the profile's loan `index` when it is read whole. A group
    /// with every cell blank is no loan.
    fn loan(&mut self, n: usize, index: usize) -> Option<Loan> {
        let layout = self.layout;
        let cells: Vec<(usize, LoanColumn, &String)> = layout
            .cols
            .iter()
            .filter_map(|(i, c, h)| match c {
                Column::Loan(m, lc) if *m == n => Some((*i, *lc, h)),
                _ => None,
            })
            .collect();
        if cells.iter().all(|(i, _, _)| self.cell(*i).is_empty()) {
            return None;
        }
        let before = self.problems.len();
        let (mut purpose, mut principal, mut annual_rate, mut term, mut start) =
            (None, None, None, None, None);
        let mut other = false;
        for (i, lc, header) in &cells {
            let (i, lc) = (*i, *lc);
            let text = self.cell(i);
            self.fields.push((Column::Loan(n, lc), Some(index), i));
            if text.is_empty() {
                if lc != LoanColumn::OtherProvincialDiscount {
                    self.problem(i, header, CellError::LoanCellMissing);
                }
                continue;
            }
            if is_formula_error(text) {
                self.problem(i, header, CellError::FormulaError);
                continue;
            }
            match lc {
                LoanColumn::Purpose => match find_purpose(text) {
                    Some(v) => purpose = Some(v),
                    None => self.problem(i, header, CellError::UnknownLoanPurpose),
                },
                LoanColumn::Principal => match money::parse_money(text) {
                    Ok(v) => principal = Some(v),
                    Err(error) => self.problem(
                        i,
                        header,
                        CellError::Amount {
                            unit: Unit::Yuan,
                            error,
                        },
                    ),
                },
                LoanColumn::Rate => match rate(text) {
                    Ok(v) => annual_rate = Some(v),
                    Err(e) => self.problem(i, header, CellError::Rate(e)),
                },
                LoanColumn::Term => match money::parse_months(text) {
                    Ok(v) => term = Some(v),
                    Err(e) => self.problem(i, header, CellError::Months(e)),
                },
                LoanColumn::Start => start = self.date(i, header, text),
                LoanColumn::OtherProvincialDiscount => match yes_no(text) {
                    Some(v) => other = v,
                    None => self.problem(i, header, CellError::YesNo),
                },
            }
        }
        // A column of the group missing from the sheet altogether.
        for lc in LoanColumn::ALL {
            if lc != LoanColumn::OtherProvincialDiscount && !cells.iter().any(|(_, c, _)| *c == lc)
            {
                self.problems.push(CellProblem {
                    row: self.row,
                    column: String::new(),
                    header: Column::Loan(n, lc).header(),
                    text: String::new(),
                    error: CellError::LoanCellMissing,
                });
            }
        }
        if self.problems.len() > before {
            return None;
        }
        Some(Loan {
            purpose: purpose?,
            principal: principal?,
            annual_rate: annual_rate?,
            term_months: term?,
            start: start?,
            other_provincial_discount: other,
        })
    }
}

/// One line of a firm's result, among its largest.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TopLine {
    pub entry: &'static str,
    pub title: &'static str,
    pub title_en: &'static str,
    pub payer: PayerLevel,
    pub kind: Kind,
    pub standing: Standing,
    pub amount: Decimal,
}

/// How many of a firm's largest lines a summary keeps.
pub const TOP_LINES: usize = 3;

/// What a portfolio shows of one firm's report: the totals of each standing by payer level
/// (exact and "up to" apart), the count of draft lines (never summed) and the largest lines.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FirmSummary {
    pub evaluation_date: Date,
    /// Claimable now.
    pub claimable: Totals,
    /// Earned under a text that has since ended.
    pub ended: Totals,
    /// Events dated after the evaluation date.
    pub planned: Totals,
    /// Lines of a draft text: shown, never summed.
    pub drafts: u32,
    /// Lines the firm qualifies for, whatever their standing.
    pub lines: u32,
    /// The largest quantified lines that are not drafts, largest first (at most [`TOP_LINES`]).
    pub largest: Vec<TopLine>,
}

impl FirmSummary {
    pub fn of(report: &Report) -> FirmSummary {
        // Largest first; the report's order among equals. The catalogue is looked up for the
        // few kept only.
        let mut quantified: Vec<(&crate::evaluate::Line, Decimal)> = report
            .lines
            .iter()
            .filter(|l| l.standing != Standing::Draft)
            .filter_map(|l| Some((l, l.amount?)))
            .collect();
        quantified.sort_by_key(|(_, a)| std::cmp::Reverse(*a));
        let top: Vec<TopLine> = quantified
            .into_iter()
            .filter_map(|(l, amount)| {
                let e = catalogue::entry(l.entry)?;
                Some(TopLine {
                    entry: l.entry,
                    title: e.title,
                    title_en: e.title_en,
                    payer: l.payer,
                    kind: l.kind,
                    standing: l.standing,
                    amount,
                })
            })
            .take(TOP_LINES)
            .collect();
        FirmSummary {
            evaluation_date: report.evaluation_date,
            claimable: report.totals.clone(),
            ended: report.ended.clone(),
            planned: report.planned.clone(),
            drafts: report
                .lines
                .iter()
                .filter(|l| l.standing == Standing::Draft)
                .count() as u32,
            lines: report.lines.len() as u32,
            largest: top,
        }
    }
}

/// The header of the summary file: one row per firm (see [`summary_cells`]).
pub fn summary_header(lang: Lang) -> Vec<String> {
    let zh = lang == Lang::Zh;
    let mut h: Vec<String> = if zh {
        ["行号", "企业名称", "结果", "评估日"]
    } else {
        ["Row", "Firm", "Result", "Evaluation date"]
    }
    .iter()
    .map(|s| s.to_string())
    .collect();
    for s in [
        Standing::Claimable,
        Standing::EarnedTextEnded,
        Standing::Planned,
    ] {
        let st = describe::standing(s, lang);
        for level in [
            None,
            Some(PayerLevel::County),
            Some(PayerLevel::City),
            Some(PayerLevel::Province),
        ] {
            let lv = match level {
                Some(l) => describe::payer(l, lang),
                None => lang_pick(lang, "各级合计", "all levels"),
            };
            h.push(format!(
                "{st}·{lv}·{}",
                lang_pick(lang, "确定金额（元）", "exact (yuan)")
            ));
            h.push(format!(
                "{st}·{lv}·{}",
                lang_pick(lang, "最高可得（元）", "up to (yuan)")
            ));
        }
        h.push(format!(
            "{st}·{}",
            lang_pick(lang, "未定额（项）", "amount not stated (lines)")
        ));
    }
    h.push(lang_pick(lang, "征求意见稿（项，不计入）", "draft lines (not summed)").into());
    for n in 1..=TOP_LINES {
        h.push(if zh {
            format!("最大项{n}")
        } else {
            format!("Largest {n}")
        });
    }
    h.push(lang_pick(lang, "问题", "Problems").into());
    h
}

fn lang_pick(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// Cells of a summary row: row, name, result, date, 3 standings × (4 levels × 2 + 1), drafts,
/// the largest lines, problems.
pub const SUMMARY_WIDTH: usize = 4 + 3 * 9 + 1 + TOP_LINES + 1;

/// One firm's row of the summary file, under [`summary_header`]: its summary, or its problems
/// (the figures left blank, never 0).
pub fn summary_cells(firm: &FirmRow, summary: Option<&FirmSummary>, lang: Lang) -> Vec<String> {
    match (summary, &firm.profile) {
        (_, Err(problems)) => {
            let words: Vec<String> = problems.iter().map(|p| p.message(lang)).collect();
            let sep = if lang == Lang::Zh { "；" } else { "; " };
            problem_cells(firm.row, &firm.name, &words.join(sep), lang)
        }
        (Some(s), Ok(_)) => {
            let mut c = vec![firm.row.to_string(), firm.name.clone()];
            c.push(lang_pick(lang, "已计算", "evaluated").into());
            c.push(s.evaluation_date.to_string());
            for t in [&s.claimable, &s.ended, &s.planned] {
                for lt in [&t.all, &t.county, &t.city, &t.province] {
                    c.push(lt.exact.normalize().to_string());
                    c.push(lt.up_to.normalize().to_string());
                }
                c.push(t.all.unquantified.to_string());
            }
            c.push(s.drafts.to_string());
            for n in 0..TOP_LINES {
                c.push(
                    s.largest
                        .get(n)
                        .map_or(String::new(), |l| top_line(l, lang)),
                );
            }
            c.push(String::new());
            c
        }
        (None, Ok(_)) => {
            let mut c = vec![firm.row.to_string(), firm.name.clone()];
            c.resize(SUMMARY_WIDTH, String::new());
            c
        }
    }
}

/// [`summary_cells`] as one CSV record (CRLF) appended to `out`, the figures written straight
/// into it: `srdi batch` writes a hundred thousand of these a second.
pub fn write_summary_row(
    out: &mut String,
    firm: &FirmRow,
    summary: Option<&FirmSummary>,
    lang: Lang,
) {
    use std::fmt::Write as _;
    let (Some(s), Ok(_)) = (summary, &firm.profile) else {
        out.push_str(&csv_line(&summary_cells(firm, summary, lang)));
        return;
    };
    // Numbers and dates hold no comma, quote or line break: written as they are.
    let _ = write!(out, "{},", firm.row);
    push_cell(out, &firm.name);
    let _ = write!(
        out,
        ",{},{}",
        lang_pick(lang, "已计算", "evaluated"),
        s.evaluation_date
    );
    for t in [&s.claimable, &s.ended, &s.planned] {
        for lt in [&t.all, &t.county, &t.city, &t.province] {
            for v in [lt.exact, lt.up_to] {
                // Most totals are 0: written without Decimal's formatting.
                if v.is_zero() {
                    out.push_str(",0");
                } else {
                    let _ = write!(out, ",{}", v.normalize());
                }
            }
        }
        let _ = write!(out, ",{}", t.all.unquantified);
    }
    let _ = write!(out, ",{}", s.drafts);
    for n in 0..TOP_LINES {
        out.push(',');
        if let Some(l) = s.largest.get(n) {
            push_cell(out, &top_line(l, lang));
        }
    }
    out.push_str(",\r\n");
}

/// One CSV cell, quoted when it holds a comma, a quote or a line break.
fn push_cell(out: &mut String, c: &str) {
    if c.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&c.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(c);
    }
}

/// The summary row of a firm that was not evaluated: `words` says why, the figures are blank
/// (a JSON Lines input reports its problems by field path, not by cell).
pub fn problem_cells(row: usize, name: &str, words: &str, lang: Lang) -> Vec<String> {
    let mut c = vec![row.to_string(), name.to_string()];
    c.push(lang_pick(lang, "有误，未计算", "not evaluated: bad cells").into());
    c.resize(SUMMARY_WIDTH - 1, String::new());
    c.push(words.to_string());
    c
}

/// "省级专精特新中小企业认定奖励 500,000 元（省级，可申领）".
fn top_line(l: &TopLine, lang: Lang) -> String {
    let title = if lang == Lang::Zh {
        l.title
    } else {
        l.title_en
    };
    let up_to = if l.kind == Kind::UpTo {
        lang_pick(lang, "最高 ", "up to ")
    } else {
        ""
    };
    match lang {
        Lang::Zh => format!(
            "{title} {up_to}{}（{}，{}）",
            money::yuan(l.amount),
            describe::payer(l.payer, lang),
            describe::standing(l.standing, lang)
        ),
        Lang::En => format!(
            "{title} {up_to}{} ({}, {})",
            describe::money(l.amount, lang),
            describe::payer(l.payer, lang),
            describe::standing(l.standing, lang)
        ),
    }
}

/// The summary of every firm as a CSV file (byte-order mark, CRLF), in the order given.
pub fn summary_csv(firms: &[(FirmRow, Option<FirmSummary>)], lang: Lang) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&csv_line(&summary_header(lang)));
    for (f, s) in firms {
        out.push_str(&csv_line(&summary_cells(f, s.as_ref(), lang)));
    }
    out
}

/// Reads and evaluates one firm: its summary when its row reads.
pub fn evaluate_firm(firm: &FirmRow, today: Date) -> Option<FirmSummary> {
    let p = firm.profile.as_ref().ok()?;
    Some(FirmSummary::of(&crate::evaluate(p, today)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn grid(header: &[&str], rows: &[&[&str]]) -> Vec<Vec<String>> {
        let mut g = vec![header.iter().map(|s| s.to_string()).collect::<Vec<_>>()];
        g.extend(
            rows.iter()
                .map(|r| r.iter().map(|s| s.to_string()).collect()),
        );
        g
    }

    #[test]
    fn csv_rows_follow_rfc_4180() {
        let text = "\u{feff}a,\"b,c\",\"say \"\"hi\"\"\"\r\n1,\"two\r\nlines\",\r\nlast,row";
        assert_eq!(
            csv_rows(text),
            vec![
                vec!["a", "b,c", "say \"hi\""],
                vec!["1", "two\r\nlines", ""],
                vec!["last", "row"],
            ]
        );
        // LF and CR line ends, a trailing line end adds no row, an empty line is one empty cell.
        assert_eq!(csv_rows("a\nb\rc\n"), vec![vec!["a"], vec!["b"], vec!["c"]]);
        assert_eq!(csv_rows("a\n\nb"), vec![vec!["a"], vec![""], vec!["b"]]);
        assert_eq!(csv_rows(""), Vec::<Vec<String>>::new());
        // Tab-separated text copied out of Excel; semicolons of a European Excel.
        assert_eq!(
            csv_rows("a\tb\tc,d\n1\t2\t3"),
            vec![vec!["a", "b", "c,d"], vec!["1", "2", "3"]]
        );
        assert_eq!(csv_rows("a;b\n1;2"), vec![vec!["a", "b"], vec!["1", "2"]]);
        // A quote left open runs to the end rather than losing the text.
        assert_eq!(csv_rows("a,\"b\nc"), vec![vec!["a", "b\nc"]]);
        // What csv_line writes, csv_rows reads back.
        let cells = ["x", "1,200,000", "“引号”\"", "two\r\nlines", ""];
        assert_eq!(csv_rows(&csv_line(&cells)), vec![cells.to_vec()]);
    }

    #[test]
    fn iso_dates_read_as_date_parse_reads_them() {
        for t in [
            "2024-03-01",
            "2024-02-29",
            "2025-02-29",
            "2025-02-30",
            "2025-13-01",
            "2025-00-10",
            "2025-01-00",
            "1989-12-31",
            "2101-01-01",
            "2025-1-011",
            "2025-04-31",
            "２０２５-01-01",
        ] {
            match iso_date(t) {
                Some(d) => assert_eq!(Some(d), Date::parse(t).ok(), "{t}"),
                // Not read here: either no date at all, or a form Date::parse folds first.
                None => assert!(Date::parse(t).is_err() || !t.is_ascii(), "{t}"),
            }
        }
    }

    /// Whatever a sheet holds, reading it never panics, every non-blank row gives one firm
    /// with its own row number, and a row is either a valid profile or has problems.
    #[test]
    fn any_grid_reads_without_panic() {
        let pool = [
            "",
            " ",
            "是",
            "否",
            "可能",
            "120万",
            "1,200,000",
            "-5",
            "9999999999999999999999",
            "1e9",
            "3.6%",
            "0.036",
            "40%",
            "12个月",
            "0",
            "2024-02-30",
            "2024/3/1",
            "２０２４年３月１日",
            "泉州",
            "永春",
            "厦门",
            "思明",
            "福州",
            "鼓楼区",
            "上海",
            "小巨人",
            "小巨人后备",
            "专精特新",
            "流动资金",
            "园区用房",
            "\"",
            "a,b",
            "\r\n",
            "𝔘𝔫𝔦",
            "（）",
            "贷款",
            "%",
            "万",
        ];
        let headers: Vec<String> = headers();
        let mut seed: u64 = 0x5eed;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) as usize) % n
        };
        for _ in 0..300 {
            let width = 1 + next(headers.len());
            let mut grid = vec![(0..width)
                .map(|_| headers[next(headers.len())].clone())
                .collect::<Vec<_>>()];
            for _ in 0..5 {
                grid.push(
                    (0..width)
                        .map(|_| pool[next(pool.len())].to_string())
                        .collect(),
                );
            }
            let firms = read_grid(&grid);
            let non_blank = grid[1..]
                .iter()
                .filter(|r| r.iter().any(|c| !c.trim().is_empty()))
                .count();
            assert!(firms.len() <= non_blank);
            for f in &firms {
                match &f.profile {
                    Ok(p) => assert!(p.validate().is_empty()),
                    Err(ps) => {
                        assert!(!ps.is_empty());
                        for e in ps {
                            assert_eq!(e.row, f.row);
                            assert!(
                                !e.message(Lang::Zh).is_empty() && !e.message(Lang::En).is_empty()
                            );
                        }
                    }
                }
            }
            // What csv_line writes, csv_rows reads back, whatever the cells.
            let line: String = grid.iter().map(|r| csv_line(r)).collect();
            assert_eq!(csv_rows(&line), grid);
        }
    }

    #[test]
    fn column_letters_as_excel_numbers_them() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(4), "E");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(51), "AZ");
        assert_eq!(column_letter(52), "BA");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn every_header_names_its_own_column_and_no_other() {
        let cols = columns(TEMPLATE_LOANS);
        for c in &cols {
            assert_eq!(column_of(&c.header()), Some(*c), "{}", c.header());
            // Half-width brackets, spaces and no unit read the same.
            let loose = c.header().replace('（', "(").replace('）', ") ");
            assert_eq!(column_of(&loose), Some(*c), "{loose}");
        }
        let mut bares: Vec<String> = cols
            .iter()
            .map(|c| bare(&fold(&c.header())).to_string())
            .collect();
        bares.sort();
        let n = bares.len();
        bares.dedup();
        assert_eq!(bares.len(), n, "two columns read the same header");
        assert_eq!(column_of("本金"), None);
        assert_eq!(
            column_of("贷款7本金"),
            Some(Column::Loan(7, LoanColumn::Principal))
        );
        assert_eq!(column_of("备注"), None);
        let t = template_csv();
        assert!(t.starts_with("\u{feff}企业名称,城市,区县,层级,"));
        assert!(t.ends_with("贷款3已享其他省级贴息（是/否）\r\n"));
        assert_eq!(csv_rows(&t), vec![headers()]);
    }

    #[test]
    fn reads_values_as_people_type_them() {
        let g = grid(
            &[
                "企业名称",
                "城市",
                "区县",
                "层级",
                "专精特新中小企业首次认定日",
                "入驻园区",
                "年度自主研发费用（元）",
                "入驻第一年用电量（千瓦时）",
                "与高校院所共建联合实验室（是/否）",
                "入驻园区日期",
                "评估日",
                "贷款2用途",
                "贷款2本金（元）",
                "贷款2年利率（%）",
                "贷款2期限（月）",
                "贷款2起始日",
                "备注",
            ],
            &[
                &[
                    "甲公司",
                    "泉州",
                    "永春县",
                    "专精特新",
                    "2024/3/1",
                    "是",
                    "1,200,000",
                    "200万",
                    "Y",
                    "２０２４－０５－０１",
                    "2025-06-30",
                    "流动资金",
                    "120万",
                    "3.6%",
                    "12个月",
                    "2025年1月2日",
                    "老客户",
                ],
                &[
                    "乙公司",
                    "",
                    "yongchun",
                    "“小巨人”",
                    "",
                    "否",
                    "１２０万元",
                    "",
                    "否",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                ],
                &[
                    "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                ],
                &[
                    "丙公司",
                    "Xiamen",
                    "思明",
                    "innovative",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "专利质押",
                    "5000000",
                    "0.0435",
                    "1年",
                    "2025-03-01",
                    "",
                ],
            ],
        );
        let sheet = read_sheet(&g);
        assert_eq!(sheet.ignored, vec![("Q".to_string(), "备注".to_string())]);
        assert_eq!(sheet.firms.len(), 3, "the blank row is skipped");
        let a = &sheet.firms[0];
        assert_eq!((a.row, a.name.as_str()), (2, "甲公司"));
        let p = a.profile.as_ref().unwrap();
        assert_eq!(p.city.as_deref(), Some("quanzhou"));
        assert_eq!(p.county.as_deref(), Some("yongchun"));
        assert_eq!(p.tier, Some(Tier::Provincial));
        assert_eq!(
            p.recognitions.get(&Tier::Provincial),
            Some(&Date::ymd(2024, 3, 1))
        );
        assert_eq!(p.park, ParkResidency::SrdiPark);
        assert_eq!(p.amount(Quantity::RdSpend), Some(d("1200000")));
        assert_eq!(p.amount(Quantity::ParkFirstYearKwh), Some(d("2000000")));
        assert!(p.facts.contains(&Fact::JointLab));
        assert_eq!(
            p.dates.get(&Occasion::ParkMoveIn),
            Some(&Date::ymd(2024, 5, 1))
        );
        assert_eq!(p.evaluation_date, Some(Date::ymd(2025, 6, 30)));
        assert_eq!(
            p.loans,
            vec![Loan {
                purpose: LoanPurpose::WorkingCapital,
                principal: d("1200000"),
                annual_rate: d("0.036"),
                term_months: 12,
                start: Date::ymd(2025, 1, 2),
                other_provincial_discount: false,
            }]
        );
        let b = sheet.firms[1].profile.as_ref().unwrap();
        assert_eq!(
            (b.city.as_deref(), b.county.as_deref()),
            (None, Some("yongchun"))
        );
        assert_eq!(b.tier, Some(Tier::LittleGiant));
        assert_eq!(b.park, ParkResidency::None);
        assert_eq!(b.amount(Quantity::RdSpend), Some(d("1200000")));
        assert!(b.loans.is_empty());
        let c = &sheet.firms[2];
        assert_eq!(c.row, 5, "rows are numbered as the sheet numbers them");
        let c = c.profile.as_ref().unwrap();
        assert_eq!(
            (c.city.as_deref(), c.county.as_deref()),
            (Some("xiamen"), Some("siming"))
        );
        assert_eq!(c.loans[0].purpose, LoanPurpose::IpPledge);
        assert_eq!(
            c.loans[0].annual_rate,
            d("0.0435"),
            "a bare fraction is a rate"
        );
        assert_eq!(c.loans[0].term_months, 12);
    }

    #[test]
    fn a_bad_cell_costs_only_its_own_row_and_names_row_and_column() {
        let g = grid(
            &[
                "企业名称",
                "城市",
                "区县",
                "层级",
                "小巨人首次认定日",
                "年度自主研发费用（元）",
                "贷款1用途",
                "贷款1本金（元）",
                "贷款1年利率（%）",
                "贷款1期限（月）",
                "贷款1起始日",
            ],
            &[
                &[
                    "好",
                    "三明",
                    "永安",
                    "专精特新",
                    "",
                    "50万",
                    "",
                    "",
                    "",
                    "",
                    "",
                ],
                &[
                    "坏金额",
                    "三明",
                    "永安",
                    "专精特新",
                    "",
                    "五十万",
                    "",
                    "",
                    "",
                    "",
                    "",
                ],
                &[
                    "坏日期",
                    "",
                    "",
                    "小巨人",
                    "2024-02-30",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                ],
                &["县不属市", "厦门", "永春", "", "", "", "", "", "", "", ""],
                &[
                    "认定高于层级",
                    "",
                    "",
                    "专精特新",
                    "2024-01-01",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                ],
                &[
                    "贷款缺格",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "流动资金",
                    "100万",
                    "",
                    "12",
                    "2025-01-01",
                ],
                &[
                    "利率过高",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "流动资金",
                    "100万",
                    "40%",
                    "12",
                    "2025-01-01",
                ],
                &["没有的城市", "上海", "", "", "", "", "", "", "", "", ""],
                &[
                    "后备不在厦门",
                    "泉州",
                    "",
                    "小巨人后备",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                ],
                &["负数", "", "", "", "", "-5", "", "", "", "", ""],
            ],
        );
        let firms = read_grid(&g);
        assert!(firms[0].profile.is_ok());
        let only = |i: usize| -> CellProblem {
            let ps = firms[i].profile.clone().unwrap_err();
            assert_eq!(ps.len(), 1, "{:?}", ps);
            ps[0].clone()
        };
        let p = only(1);
        assert_eq!(
            (p.row, p.column.as_str(), p.header.as_str(), p.text.as_str()),
            (3, "F", "年度自主研发费用（元）", "五十万")
        );
        assert_eq!(
            p.message(Lang::Zh),
            "第 3 行 F 列「年度自主研发费用（元）」：“五十万”不是以元计的金额：可写 1200000、1,200,000、120万、１２０万元，0 至 1,000,000,000,000，小数最多 2 位"
        );
        assert!(p.message(Lang::En).starts_with(
            "row 3, column F (年度自主研发费用（元）): '五十万' is not an amount in 元"
        ));
        // Every other broken row, by its sheet row: the one bad cell's column and error.
        let broken: [(usize, &str, CellError); 8] = [
            (4, "E", CellError::Date(DateError::NoSuchDay)),
            (5, "C", CellError::Refused(Problem::CountyNotInCity)),
            (6, "E", CellError::Refused(Problem::RecognitionAboveTier)),
            (7, "I", CellError::LoanCellMissing),
            (
                8,
                "I",
                CellError::Rate(AmountError::TooLarge { max: d("36") }),
            ),
            (9, "B", CellError::UnknownCity),
            (10, "D", CellError::Refused(Problem::TierNotOfferedHere)),
            (
                11,
                "F",
                CellError::Amount {
                    unit: Unit::Yuan,
                    error: AmountError::Negative,
                },
            ),
        ];
        for (row, column, error) in &broken {
            let p = only(row - 2);
            assert_eq!(
                (p.row, p.column.as_str(), &p.error),
                (*row, *column, error),
                "row {row}"
            );
        }
        assert!(only(2).message(Lang::Zh).contains("（没有这一天）"));
        assert_eq!(only(5).header, "贷款1年利率（%）");
        let negative = only(9).message(Lang::En);
        assert!(negative.contains("(it cannot be negative)"), "{negative}");
    }

    /// A formula's error value (an .xlsx error cell, or its text in a CSV saved by Excel) is a
    /// bad cell of its row and column in every column read, the name and a loan's included;
    /// in a column not read (备注) it is nothing.
    #[test]
    fn a_formula_error_is_a_bad_cell_in_any_column_read() {
        let g = grid(
            &[
                "企业名称",
                "城市",
                "层级",
                "年度自主研发费用（元）",
                "贷款1用途",
                "贷款1本金（元）",
                "贷款1年利率（%）",
                "贷款1期限（月）",
                "贷款1起始日",
                "备注",
            ],
            &[
                &["甲", "厦门", "专精特新", "50万", "", "", "", "", "", "#N/A"],
                &["#N/A", "厦门", "#n/a", "#DIV/0!", "", "", "", "", "", ""],
                &[
                    "丙",
                    "厦门",
                    "专精特新",
                    "",
                    "流动资金",
                    "#VALUE!",
                    "3.6%",
                    "12",
                    "2025-01-01",
                    "",
                ],
                &["丁", "厦门", "专精特新", "#5万", "", "", "", "", "", ""],
            ],
        );
        let firms = read_grid(&g);
        assert!(firms[0].profile.is_ok(), "{:?}", firms[0].profile);
        let bad = |i: usize| -> Vec<(usize, String, CellError)> {
            let problems: &Vec<CellProblem> = firms[i].profile.as_ref().unwrap_err();
            problems
                .iter()
                .map(|p| (p.row, p.column.clone(), p.error.clone()))
                .collect()
        };
        let formula = |row: usize, column: &str| (row, column.to_string(), CellError::FormulaError);
        assert_eq!(
            bad(1),
            vec![formula(3, "A"), formula(3, "C"), formula(3, "D")]
        );
        assert_eq!(firms[1].name, "");
        assert_eq!(bad(2), vec![formula(4, "F")]);
        // Text that only starts with "#" is not an error value: the amount column refuses it
        // as an amount.
        assert!(matches!(bad(3)[0].2, CellError::Amount { .. }));
        let words = firms[2].profile.as_ref().unwrap_err()[0].message(Lang::Zh);
        assert_eq!(
            words,
            "第 4 行 F 列「贷款1本金（元）」：“#VALUE!”是公式的错误值，不是数据：请改正这一格的公式，或直接填写"
        );
    }

    #[test]
    fn a_loan_column_missing_from_the_sheet_is_named() {
        let g = grid(
            &[
                "企业名称",
                "贷款1用途",
                "贷款1本金",
                "贷款1期限",
                "贷款1起始日",
            ],
            &[
                &["甲", "流动资金", "100万", "12", "2025-01-01"],
                &["乙", "", "", "", ""],
            ],
        );
        let firms = read_grid(&g);
        let e = firms[0].profile.as_ref().unwrap_err();
        assert_eq!(e.len(), 1);
        assert_eq!(
            (e[0].column.as_str(), e[0].header.as_str()),
            ("", "贷款1年利率（%）")
        );
        assert_eq!(
            e[0].message(Lang::Zh),
            "第 2 行「贷款1年利率（%）」（表中没有这一列）：这笔贷款已填了其他格，此格不能空：每笔贷款须有用途、本金、年利率、期限和起始日"
        );
        assert!(
            firms[1].profile.as_ref().unwrap().loans.is_empty(),
            "a blank group is no loan"
        );
    }

    #[test]
    fn a_city_without_county_texts_keeps_its_district_out_of_the_profile() {
        let g = grid(
            &["企业名称", "城市", "区县"],
            &[&["闽都", "福州市", "鼓楼区"], &["笔误", "泉州", "永春镇"]],
        );
        let firms = read_grid(&g);
        let p = firms[0].profile.as_ref().unwrap();
        assert_eq!(
            (p.city.as_deref(), p.county.as_deref()),
            (Some("fuzhou"), None)
        );
        let e = firms[1].profile.as_ref().unwrap_err();
        assert_eq!(
            (e[0].column.as_str(), &e[0].error),
            ("C", &CellError::UnknownCounty)
        );
    }

    #[test]
    fn a_title_line_above_the_header_is_allowed() {
        let g = grid(
            &["2025 年园区企业名单"],
            &[&["企业名称", "层级"], &["甲", "创新型中小企业"]],
        );
        let sheet = read_sheet(&g);
        assert_eq!(sheet.header_row, 2);
        assert_eq!(sheet.firms[0].row, 3);
        assert_eq!(
            sheet.firms[0].profile.as_ref().unwrap().tier,
            Some(Tier::Innovative)
        );
    }

    #[test]
    fn yes_no_rates_and_places_in_their_usual_forms() {
        for y in ["是", "Y", "y", "YES", "1", "√", "有", "TRUE", " 是 "] {
            assert_eq!(yes_no(y), Some(true), "{y}");
        }
        for n in ["否", "N", "no", "0", "×", "无", "", "FALSE"] {
            assert_eq!(yes_no(n), Some(false), "{n}");
        }
        assert_eq!(yes_no("也许"), None);
        assert_eq!(rate("3.6%"), Ok(d("0.036")));
        assert_eq!(rate("３．６％"), Ok(d("0.036")));
        assert_eq!(rate("3.6"), Ok(d("0.036")));
        assert_eq!(rate("0.036"), Ok(d("0.036")));
        assert_eq!(rate("0"), Ok(d("0")));
        assert!(rate("0.5").is_err(), "50% is above the 36% ceiling");
        assert!(rate("abc").is_err());
        assert_eq!(find_city("厦门").map(|c| c.id), Some("xiamen"));
        assert_eq!(find_city("SANMING").map(|c| c.id), Some("sanming"));
        assert_eq!(
            find_county("火炬高新区", None).map(|(_, k)| k.id),
            Some("torch")
        );
        assert_eq!(
            find_county("Nan'an", None).map(|(_, k)| k.id),
            Some("nanan")
        );
        assert_eq!(
            find_county("永安市", None).map(|(c, k)| (c.id, k.id)),
            Some(("sanming", "yongan"))
        );
        for (typed, tier) in [
            ("专精特新“小巨人”", Tier::LittleGiant),
            ("国家级专精特新小巨人企业", Tier::LittleGiant),
            ("省级专精特新中小企业", Tier::Provincial),
            ("创新型中小企业", Tier::Innovative),
            ("重点小巨人", Tier::KeyLittleGiant),
            ("小巨人后备", Tier::LittleGiantReserve),
            ("key_little_giant", Tier::KeyLittleGiant),
        ] {
            assert_eq!(find_tier(typed), Some(tier), "{typed}");
        }
        for p in LoanPurpose::ALL {
            assert_eq!(find_purpose(describe::loan_purpose(*p, Lang::Zh)), Some(*p));
            assert_eq!(find_purpose(p.name()), Some(*p));
        }
    }

    #[test]
    fn a_summary_keeps_standings_apart_and_its_largest_lines() {
        // A 永春 provincial SRDI firm first recognised 2024-03-01, evaluated on 2026-06-30: the
        // 永春 text ended on 2025-12-31, so its lines are earned under an ended text; the
        // province's text is in force until 2026-12-31.
        let g = grid(
            &[
                "企业名称",
                "区县",
                "层级",
                "专精特新中小企业首次认定日",
                "评估日",
            ],
            &[&["甲", "永春", "专精特新", "2024-03-01", "2026-06-30"]],
        );
        let firm = &read_grid(&g)[0];
        let report = crate::evaluate(firm.profile.as_ref().unwrap(), Date::ymd(2000, 1, 1));
        let s = FirmSummary::of(&report);
        assert_eq!(s.evaluation_date, Date::ymd(2026, 6, 30));
        assert_eq!(s.claimable, report.totals);
        assert_eq!(s.ended, report.ended);
        assert!(s.ended.county.exact + s.ended.county.up_to > Decimal::ZERO);
        assert!(s.largest.len() <= TOP_LINES);
        assert!(s.largest.windows(2).all(|w| w[0].amount >= w[1].amount));
        let most = report
            .lines
            .iter()
            .filter(|l| l.standing != Standing::Draft)
            .filter_map(|l| l.amount)
            .max();
        assert_eq!(s.largest.first().map(|l| l.amount), most);
        // The summary row: figures for a good firm, words and no figures for a bad one.
        let cells = summary_cells(firm, Some(&s), Lang::Zh);
        assert_eq!(summary_header(Lang::Zh).len(), SUMMARY_WIDTH);
        assert_eq!(summary_header(Lang::En).len(), SUMMARY_WIDTH);
        assert_eq!(cells.len(), SUMMARY_WIDTH);
        assert_eq!(cells[..4], ["2", "甲", "已计算", "2026-06-30"]);
        let bad = FirmRow {
            row: 9,
            name: "乙".into(),
            profile: Err(vec![]),
        };
        let cells = summary_cells(&bad, None, Lang::En);
        assert_eq!(cells.len(), summary_header(Lang::En).len());
        assert!(
            cells[4..cells.len() - 1].iter().all(String::is_empty),
            "no 0 for a firm not evaluated"
        );
        for lang in [Lang::Zh, Lang::En] {
            let mut row = String::new();
            write_summary_row(&mut row, firm, Some(&s), lang);
            assert_eq!(row, csv_line(&summary_cells(firm, Some(&s), lang)));
        }
        let csv = summary_csv(&[(firm.clone(), Some(s)), (bad, None)], Lang::Zh);
        assert!(csv.starts_with("\u{feff}行号,企业名称,结果,评估日,可申领·各级合计·确定金额（元）"));
        assert_eq!(csv_rows(&csv).len(), 3);
    }
}
