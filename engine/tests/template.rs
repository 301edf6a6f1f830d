//! The portfolio template (engine/src/template.rs) from the outside: the header file in
//! examples/ is the template the engine writes, and a sheet read through the template gives
//! the same report as the same profile given as JSON.

use srdi_engine::template::{self, FirmSummary};
use srdi_engine::{evaluate, Date, Profile};

fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// examples/portfolio-template.csv is what `template::template_csv` writes (the file the
/// portfolio page offers for download). `UPDATE_TEMPLATE=1 cargo test -p srdi-engine --test
/// template` rewrites it after a change of columns.
#[test]
fn the_example_template_file_is_the_template() {
    let path = root().join("examples/portfolio-template.csv");
    let want = template::template_csv();
    if std::env::var_os("UPDATE_TEMPLATE").is_some() {
        std::fs::write(&path, &want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        have, want,
        "run UPDATE_TEMPLATE=1 cargo test -p srdi-engine --test template"
    );
}

/// A row of the sheet and examples/yongchun-little-giant.json describe the same firm: the
/// report is the same, and so is its summary.
#[test]
fn a_sheet_row_and_the_json_profile_give_the_same_report() {
    let json = std::fs::read_to_string(root().join("examples/yongchun-little-giant.json")).unwrap();
    let from_json: Profile = serde_json::from_str(&json).unwrap();
    // The same answers as typed in the template, in the forms people type.
    let mut row = vec![("企业名称", "永春示例".to_string())];
    let rows = sheet_row_of(&from_json, &mut row);
    let firms = template::read_grid(&rows);
    assert_eq!(firms.len(), 1);
    let from_sheet = firms[0].profile.as_ref().expect("the row reads");
    assert_eq!(from_sheet, &from_json);
    let on = Date::ymd(2025, 6, 30);
    let report = evaluate(from_sheet, on);
    assert_eq!(report, evaluate(&from_json, on));
    let summary = FirmSummary::of(&report);
    assert_eq!(summary.claimable, report.totals);
    assert!(!summary.largest.is_empty());
}

/// The header and one row of the template for `p`, cells written as a person would.
fn sheet_row_of(p: &Profile, cells: &mut Vec<(&str, String)>) -> Vec<Vec<String>> {
    use srdi_engine::template::{Column, LoanColumn};
    let mut pairs: Vec<(String, String)> =
        cells.drain(..).map(|(h, v)| (h.to_string(), v)).collect();
    let mut put = |c: Column, v: String| pairs.push((c.header(), v));
    if let Some(c) = &p.city {
        put(Column::City, c.clone());
    }
    if let Some(c) = &p.county {
        put(Column::County, c.clone());
    }
    if let Some(t) = p.tier {
        put(Column::Tier, t.name().to_string());
    }
    for (t, d) in &p.recognitions {
        put(Column::Recognition(*t), d.to_string().replace('-', "/"));
    }
    put(
        Column::Park,
        if p.park == srdi_engine::ParkResidency::SrdiPark {
            "是"
        } else {
            "否"
        }
        .into(),
    );
    for (q, v) in &p.amounts {
        put(Column::Amount(*q), v.to_string());
    }
    for f in &p.facts {
        put(Column::Fact(*f), "是".into());
    }
    for (o, d) in &p.dates {
        put(Column::Date(*o), d.to_string());
    }
    if let Some(d) = p.evaluation_date {
        put(Column::EvaluationDate, d.to_string());
    }
    for (i, l) in p.loans.iter().enumerate() {
        let n = i + 1;
        put(
            Column::Loan(n, LoanColumn::Purpose),
            l.purpose.name().into(),
        );
        put(
            Column::Loan(n, LoanColumn::Principal),
            l.principal.to_string(),
        );
        put(
            Column::Loan(n, LoanColumn::Rate),
            format!("{}%", l.annual_rate * srdi_engine::Decimal::from(100)),
        );
        put(Column::Loan(n, LoanColumn::Term), l.term_months.to_string());
        put(Column::Loan(n, LoanColumn::Start), l.start.to_string());
        put(
            Column::Loan(n, LoanColumn::OtherProvincialDiscount),
            if l.other_provincial_discount {
                "Y"
            } else {
                "N"
            }
            .into(),
        );
    }
    let (h, v): (Vec<String>, Vec<String>) = pairs.into_iter().unzip();
    vec![h, v]
}

/// docs/template.md lists every column of the template with its letter.
#[test]
fn the_template_doc_lists_every_column() {
    let doc = std::fs::read_to_string(root().join("docs/template.md")).unwrap();
    for (i, c) in template::columns(template::TEMPLATE_LOANS)
        .iter()
        .enumerate()
    {
        let header = c.header();
        let line = match c {
            template::Column::Loan(n, _) => {
                format!("| {} |", header.replacen(&n.to_string(), "N", 1))
            }
            _ => format!("| {} | {} |", template::column_letter(i), header),
        };
        assert!(doc.contains(&line), "docs/template.md has no row {line}");
    }
}
