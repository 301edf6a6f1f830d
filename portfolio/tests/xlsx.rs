//! An .xlsx file as the page reads it (srdi_xlsx::rows; tests/e2e/xlsx.mjs wrote this one as
//! Excel stores typed cells: text, numbers, and dates as serials with a date format), through
//! the engine's template reader.

use srdi_engine::template;

#[test]
fn an_xlsx_sheet_reads_as_its_csv_would() {
    let grid = srdi_xlsx::rows(include_bytes!("two-firms.xlsx")).unwrap();
    // A title row above the header, as people add; dates back as YYYY-MM-DD, numbers as typed.
    assert_eq!(grid[0], vec!["清单 2025"]);
    assert_eq!(
        grid[2],
        vec![
            "永春甲公司",
            "泉州市",
            "永春县",
            "小巨人",
            "2024-03-01",
            "2024-06-15",
            "2025-06-01",
            "0.0435"
        ]
    );
    let csv = "清单 2025\n企业名称,城市,区县,层级,专精特新中小企业首次认定日,小巨人首次认定日,评估日,贷款1年利率（%）\n\
               永春甲公司,泉州市,永春县,小巨人,2024-03-01,2024-06-15,2025-06-01,0.0435\n乙,火星市\n";
    let from_csv = template::read_grid(&template::csv_rows(csv));
    let from_xlsx = template::read_grid(&grid);
    assert_eq!(from_xlsx, from_csv);
    // The bad city is named by the row and column Excel shows: row 4, column B.
    let bad = from_xlsx[1].profile.as_ref().unwrap_err();
    assert_eq!((bad[0].row, bad[0].column.as_str()), (4, "B"));
}

/// examples/portfolio-50.xlsx (written by bindings/cli/tests/batch.rs from the CSV) gives the
/// firms of examples/portfolio-50.csv: the same profiles, the same rows at fault.
#[test]
fn the_50_firm_example_reads_the_same_as_its_csv() {
    let xlsx = srdi_xlsx::rows(include_bytes!("../../examples/portfolio-50.xlsx")).unwrap();
    let csv = template::csv_rows(include_str!("../../examples/portfolio-50.csv"));
    let (a, b) = (template::read_grid(&xlsx), template::read_grid(&csv));
    assert_eq!(a.len(), 50);
    for (x, c) in a.iter().zip(&b) {
        match (&x.profile, &c.profile) {
            (Ok(p), Ok(q)) => assert_eq!(p, q, "row {}", x.row),
            (Err(p), Err(q)) => assert_eq!(
                p.iter().map(|e| &e.column).collect::<Vec<_>>(),
                q.iter().map(|e| &e.column).collect::<Vec<_>>(),
                "row {}",
                x.row
            ),
            _ => panic!("row {}: {:?} against {:?}", x.row, x.profile, c.profile),
        }
    }
}
