//! tests/cells.xlsx, cell by cell, as [`srdi_xlsx::rows`] reads it. The workbook is written by
//! [`workbook`] below as Excel stores what a person typed (`UPDATE_EXAMPLES=1 cargo test -p
//! srdi-xlsx` writes it again): a sheet of instructions first, then the firms, with date,
//! number, percentage, boolean, empty and formula-error cells. `srdi batch`
//! (bindings/cli/tests/batch.rs) and the portfolio page read the same file.

use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};
use std::path::PathBuf;

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/cells.xlsx")
}

/// The next f64 above `x`: a sum in a sheet lands there (2400000.0000000005), not on `x`.
fn above(x: f64) -> f64 {
    f64::from_bits(x.to_bits() + 1)
}

fn workbook() -> Vec<u8> {
    let mut book = Workbook::new();
    let about = book.add_worksheet();
    about.set_name("填写说明").unwrap();
    about
        .write_string(0, 0, "请在“企业”表中每行填写一家企业")
        .unwrap();
    let sheet = book.add_worksheet();
    sheet.set_name("企业").unwrap();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let percent = Format::new().set_num_format("0.00%");
    let headers = [
        "企业名称",
        "城市",
        "区县",
        "层级",
        "专精特新中小企业首次认定日",
        "年度自主研发费用（元）",
        "入驻园区（是/否）",
        "一年期LPR（%）",
        "备注",
    ];
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    let day = |s: &str| ExcelDateTime::parse_from_str(s).unwrap();
    // Row 2: every kind of cell, all good; the 备注 column (not read) holds an error.
    sheet.write_string(1, 0, "永春甲公司").unwrap();
    sheet.write_string(1, 1, "泉州市").unwrap();
    sheet.write_string(1, 2, "永春县").unwrap();
    sheet.write_string(1, 3, "专精特新中小企业").unwrap();
    sheet
        .write_datetime_with_format(1, 4, day("2024-03-01"), &date)
        .unwrap();
    sheet.write_number(1, 5, above(2_400_000.0)).unwrap();
    sheet.write_boolean(1, 6, true).unwrap();
    sheet
        .write_number_with_format(1, 7, 3.45 / 100.0, &percent)
        .unwrap();
    sheet
        .write_formula(
            1,
            8,
            Formula::new("=VLOOKUP(A2,Z:Z,1,0)").set_result("#N/A"),
        )
        .unwrap();
    // Row 3: a formula that divides by zero in a column the template reads.
    sheet.write_string(2, 0, "厦门乙公司").unwrap();
    sheet.write_string(2, 1, "厦门").unwrap();
    sheet.write_string(2, 2, "思明区").unwrap();
    sheet.write_string(2, 3, "专精特新中小企业").unwrap();
    sheet
        .write_datetime_with_format(2, 4, day("2024-06-01T18:30:00"), &date)
        .unwrap();
    sheet
        .write_formula(2, 5, Formula::new("=1/0").set_result("#DIV/0!"))
        .unwrap();
    sheet.write_boolean(2, 6, false).unwrap();
    sheet.write_string(2, 8, " 见附件 ").unwrap();
    // Row 4: a look-up that found nothing in the tier column; the county left empty.
    sheet.write_string(3, 0, "三明丙公司").unwrap();
    sheet.write_string(3, 1, "三明").unwrap();
    sheet
        .write_formula(
            3,
            3,
            Formula::new("=VLOOKUP(A4,Z:Z,1,0)").set_result("#N/A"),
        )
        .unwrap();
    sheet.write_number(3, 5, 1_200_000.0).unwrap();
    book.save_to_buffer().unwrap()
}

#[test]
fn each_cell_reads_as_the_sheet_shows_it() {
    if std::env::var_os("UPDATE_EXAMPLES").is_some() {
        std::fs::write(fixture(), workbook()).unwrap();
    }
    let rows = srdi_xlsx::rows(&std::fs::read(fixture()).unwrap()).unwrap();
    let want: [&[&str]; 4] = [
        &[
            "企业名称",
            "城市",
            "区县",
            "层级",
            "专精特新中小企业首次认定日",
            "年度自主研发费用（元）",
            "入驻园区（是/否）",
            "一年期LPR（%）",
            "备注",
        ],
        // The date cell as a day; 2400000.0000000005 as Excel shows it; TRUE as 是; the
        // percentage cell 3.45% as the fraction Excel stores (the template reads a bare number
        // below 1 as a fraction); the look-up's error as Excel writes it.
        &[
            "永春甲公司",
            "泉州市",
            "永春县",
            "专精特新中小企业",
            "2024-03-01",
            "2400000",
            "是",
            "0.0345",
            "#N/A",
        ],
        // The time of day is dropped; an empty cell between is empty text; text is trimmed.
        &[
            "厦门乙公司",
            "厦门",
            "思明区",
            "专精特新中小企业",
            "2024-06-01",
            "#DIV/0!",
            "否",
            "",
            "见附件",
        ],
        // A row ends at its last filled cell.
        &["三明丙公司", "三明", "", "#N/A", "", "1200000"],
    ];
    assert_eq!(rows.len(), want.len(), "{rows:?}");
    for (got, want) in rows.iter().zip(want) {
        assert_eq!(got, want);
    }
}

#[test]
fn the_first_sheet_is_read_when_none_has_the_header() {
    let mut book = Workbook::new();
    let first = book.add_worksheet();
    first.write_string(1, 2, "城市").unwrap();
    first.write_number(2, 2, 7.0).unwrap();
    book.add_worksheet().write_string(0, 0, "其他").unwrap();
    let rows = srdi_xlsx::rows(&book.save_to_buffer().unwrap()).unwrap();
    // Laid out from A1: the first used cell, C2, stays at row 2, column C.
    assert_eq!(rows, vec![vec![], vec!["", "", "城市"], vec!["", "", "7"]]);
}
