//! srdi-xlsx: an .xlsx workbook, from its bytes, as the rows of cell texts that the portfolio
//! template reader takes (srdi_engine::template, docs/template.md). `srdi batch` and the
//! portfolio page both read a workbook through [`rows`], so a sheet gives the same cells, and
//! the same bad cells, in both.
//!
//! The sheet is laid out from A1, so that a row and column named in an error are the ones
//! Excel shows. A cell's text is what the sheet shows, so that it reads as the same text typed
//! into a CSV would: numbers as plain decimals at Excel's 15 significant digits ("1200000",
//! "0.036"), a date cell as "YYYY-MM-DD", TRUE/FALSE as 是/否, and a formula's error value as
//! Excel writes it ("#DIV/0!", "#N/A"), which the template reader reports as a bad cell of its
//! row and column, as it does for the same text in a CSV.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

use calamine::{CellErrorType, Data, Reader, Xlsx};
use srdi_engine::template::{self, Column};
use srdi_engine::Date;
use std::fmt;
use std::io::Cursor;

/// Why a file could not be read as a workbook at all.
#[derive(Debug, PartialEq, Eq)]
pub struct Unreadable(pub String);

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The sheet of the workbook in `bytes` that holds the firms, row by row from A1: the first
/// sheet with a 企业名称 header in its first ten rows (a sheet of instructions may come first),
/// else the first sheet.
pub fn rows(bytes: &[u8]) -> Result<Vec<Vec<String>>, Unreadable> {
    let mut book =
        Xlsx::new(Cursor::new(bytes)).map_err(|e| Unreadable(format!("not an .xlsx file: {e}")))?;
    let mut first = None;
    for name in book.sheet_names() {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| Unreadable(format!("sheet {name} cannot be read: {e}")))?;
        let rows = grid(&range);
        if rows.iter().take(10).any(|r| {
            r.iter()
                .any(|h| template::column_of(h) == Some(Column::Name))
        }) {
            return Ok(rows);
        }
        first.get_or_insert(rows);
    }
    first.ok_or_else(|| Unreadable("the workbook has no sheet".into()))
}

/// A sheet's cells as texts, padded so that the first used cell keeps its Excel row and
/// column; a row ends at its last filled cell.
fn grid(range: &calamine::Range<Data>) -> Vec<Vec<String>> {
    let Some((top, left)) = range.start() else {
        return Vec::new();
    };
    let mut rows: Vec<Vec<String>> = vec![Vec::new(); top as usize];
    for row in range.rows() {
        let mut cells = vec![String::new(); left as usize];
        cells.extend(row.iter().map(text));
        while cells.last().is_some_and(String::is_empty) {
            cells.pop();
        }
        rows.push(cells);
    }
    rows
}

/// A cell's text as the sheet shows it.
pub fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number(*f),
        Data::Bool(b) => if *b { "是" } else { "否" }.into(),
        Data::DateTime(d) if d.is_datetime() => serial_date(d.as_f64()),
        // A duration ([h]:mm) is a number of days, not a day.
        Data::DateTime(d) => number(d.as_f64()),
        Data::Error(e) => error(e).into(),
    }
}

/// A formula's error value as Excel shows it in the cell (and writes it in a CSV).
fn error(e: &CellErrorType) -> &'static str {
    match e {
        CellErrorType::Div0 => "#DIV/0!",
        CellErrorType::NA => "#N/A",
        CellErrorType::Name => "#NAME?",
        CellErrorType::Null => "#NULL!",
        CellErrorType::Num => "#NUM!",
        CellErrorType::Ref => "#REF!",
        CellErrorType::Value => "#VALUE!",
        CellErrorType::GettingData => "#GETTING_DATA",
    }
}

/// A number as Excel shows it: rounded to 15 significant digits, then the shortest decimal
/// that reads back the same, whole numbers without ".0": "1200000", "0.0435", and
/// 0.036000000000000004 (3.6% computed in binary) as "0.036", 2400000.0000000005 as "2400000".
fn number(f: f64) -> String {
    if !f.is_finite() {
        return "#NUM!".into();
    }
    let f = format!("{f:.14e}").parse::<f64>().unwrap_or(f);
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{f:.0}")
    } else {
        format!("{f}")
    }
}

/// Excel's day serial (1900 system: days since 1899-12-30 for every date after 1900-03-01) as
/// "YYYY-MM-DD"; the time of day, if any, is dropped. A serial outside Excel's calendar stays
/// a number (the template reader then says it is not a date).
fn serial_date(serial: f64) -> String {
    if !(1.0..=2_958_465.0).contains(&serial) {
        return number(serial);
    }
    // 25,569 is 1970-01-01's serial.
    Date::ymd(1970, 1, 1)
        .add_days(serial.floor() as i64 - 25_569)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_serials_are_days_since_1899_12_30() {
        // 45,444 is 2024-06-01 in Excel (=DATE(2024,6,1)); 45,352 is 2024-03-01.
        assert_eq!(serial_date(45_444.0), "2024-06-01");
        assert_eq!(serial_date(45_444.75), "2024-06-01");
        assert_eq!(serial_date(45_352.0), "2024-03-01");
        assert_eq!(serial_date(25_569.0), "1970-01-01");
        assert_eq!(serial_date(0.5), "0.5");
    }

    #[test]
    fn numbers_are_plain_decimals_at_15_digits() {
        assert_eq!(number(1_200_000.0), "1200000");
        assert_eq!(number(-5.0), "-5");
        assert_eq!(number(0.0435), "0.0435");
        assert_eq!(number(1_234_567.89), "1234567.89");
        assert_eq!(number(3.6 / 100.0), "0.036");
        assert_eq!(number(0.036000000000000004), "0.036");
        assert_eq!(
            number(f64::from_bits(2_400_000f64.to_bits() + 1)),
            "2400000"
        );
        assert_eq!(
            number(f64::from_bits(2_400_000f64.to_bits() - 1)),
            "2400000"
        );
        assert_eq!(number(f64::NAN), "#NUM!");
    }

    #[test]
    fn bytes_that_are_not_a_workbook_are_refused_in_words() {
        let e = rows(b"city,county\n").unwrap_err();
        assert!(e.0.starts_with("not an .xlsx file"), "{e:?}");
    }
}
