//! An .xlsx file, from the bytes the browser read, as a grid of cell texts: the first sheet,
//! laid out from A1 so that a row and column named in an error are the ones Excel shows.
//! Numbers are written as plain decimals ("1200000", "0.0435"), a cell formatted as a date as
//! "YYYY-MM-DD"; what each cell means is the template reader's business (engine/src/template.rs).

use calamine::{Data, Reader, Xlsx};
use srdi_engine::Date;
use std::io::Cursor;

/// Why a file could not be read as a workbook at all.
#[derive(Debug, PartialEq, Eq)]
pub struct Unreadable(pub String);

/// The first sheet of the workbook in `bytes`, row by row, from A1.
pub fn grid(bytes: &[u8]) -> Result<Vec<Vec<String>>, Unreadable> {
    let mut book =
        Xlsx::new(Cursor::new(bytes)).map_err(|e| Unreadable(format!("not an .xlsx file: {e}")))?;
    let range = book
        .worksheet_range_at(0)
        .ok_or_else(|| Unreadable("the workbook has no sheet".into()))?
        .map_err(|e| Unreadable(format!("the first sheet cannot be read: {e}")))?;
    let Some((top, left)) = range.start() else {
        return Ok(Vec::new());
    };
    let pad = left as usize;
    let mut rows: Vec<Vec<String>> = vec![Vec::new(); top as usize];
    for row in range.rows() {
        let mut cells = vec![String::new(); pad];
        cells.extend(row.iter().map(text));
        while cells.last().is_some_and(String::is_empty) {
            cells.pop();
        }
        rows.push(cells);
    }
    Ok(rows)
}

/// A cell's text as the template reader takes it.
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => float(*f),
        Data::Bool(b) => if *b { "是" } else { "否" }.into(),
        Data::DateTime(d) if d.is_datetime() => serial_date(d.as_f64()),
        Data::DateTime(d) => float(d.as_f64()),
        Data::Error(e) => format!("#{e}"),
    }
}

/// A number as Excel shows it: rounded to 15 significant digits, then the shortest decimal
/// ("1200000", "0.0435", and 0.036000000000000004, what 3.6% computed in binary is, as
/// "0.036"). The same rule as `srdi batch` (bindings/cli/src/batch.rs), so both read a sheet
/// alike.
fn float(f: f64) -> String {
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

/// Excel's day serial (1900 system; days since 1899-12-30 for every date after 1900-03-01)
/// as "YYYY-MM-DD"; the time of day, if any, is dropped.
fn serial_date(serial: f64) -> String {
    if !(1.0..=2_958_465.0).contains(&serial) {
        return float(serial);
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
        // 45,444 is 2024-06-01 in Excel (=DATE(2024,6,1)).
        assert_eq!(serial_date(45_444.0), "2024-06-01");
        assert_eq!(serial_date(45_444.75), "2024-06-01");
        assert_eq!(serial_date(25_569.0), "1970-01-01");
    }

    #[test]
    fn numbers_are_plain_decimals() {
        assert_eq!(float(1_200_000.0), "1200000");
        assert_eq!(float(0.0435), "0.0435");
        assert_eq!(float(f64::NAN), "#NUM!");
        assert_eq!(float(3.6 / 100.0 + 1e-18), "0.036");
        assert_eq!(float(0.036000000000000004), "0.036");
    }

    #[test]
    fn bytes_that_are_not_a_workbook_are_refused_in_words() {
        let e = grid(b"city,county\n").unwrap_err();
        assert!(e.0.starts_with("not an .xlsx file"), "{e:?}");
    }
}
