//! `srdi batch` on examples/portfolio-50.csv and its two copies (.xlsx, GBK): hand-worked
//! totals for the good rows, row and column for every broken one, the same result from each
//! file. The evaluation date is 2026-03-01: the 永春 text (2024-01-23 to 2025-12-31) has
//! ended, the 福建 and 厦门 texts (to 2026-12-31) are in force, the 三明 text is a draft.
use serde_json::Value;
use srdi_engine::Decimal;
use std::path::PathBuf;
use std::process::{Command, Output};

fn example(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(name)
}

fn batch(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_srdi"))
        .arg("batch")
        .args(args)
        .output()
        .expect("srdi runs")
}

/// The JSON Lines output of a run on `file`, one value per firm, and its stderr.
fn run_jsonl(file: &str) -> (Vec<Value>, String) {
    let path = example(file);
    let out = batch(&[
        "--date",
        "2026-03-01",
        "--format",
        "jsonl",
        path.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8(out.stderr).expect("stderr is UTF-8");
    assert_eq!(out.status.code(), Some(1), "bad rows give exit 1: {stderr}");
    let firms = String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    (firms, stderr)
}

fn dec(v: &Value) -> Decimal {
    v.as_str()
        .expect("decimal as text")
        .parse()
        .expect("decimal")
}

fn firm(firms: &[Value], row: u64) -> &Value {
    firms
        .iter()
        .find(|f| f["row"] == row)
        .unwrap_or_else(|| panic!("no row {row}"))
}

/// (exact, up to) of a standing ("claimable", "ended", "planned") at a level ("all",
/// "county", "city", "province").
fn total(f: &Value, standing: &str, level: &str) -> (Decimal, Decimal) {
    let t = &f[standing][level];
    (dec(&t["exact"]), dec(&t["up_to"]))
}

fn n(v: i64) -> Decimal {
    Decimal::from(v)
}

/// Exact totals of every standing and level are zero except those listed.
fn only(f: &Value, nonzero: &[(&str, &str, i64, i64)]) {
    for standing in ["claimable", "ended", "planned"] {
        for level in ["all", "county", "city", "province"] {
            let want = nonzero
                .iter()
                .find(|(s, l, _, _)| *s == standing && *l == level)
                .map_or((n(0), n(0)), |(_, _, e, u)| (n(*e), n(*u)));
            assert_eq!(
                total(f, standing, level),
                want,
                "row {} {} {standing} {level}",
                f["row"],
                f["name"]
            );
        }
    }
}

/// The .xlsx and GBK copies of examples/portfolio-50.csv. `UPDATE_EXAMPLES=1 cargo test -p
/// srdi-cli --test batch` writes them after the CSV changed (scripts/make-portfolio-example.py):
/// in the .xlsx, dates are date cells, plain numbers number cells and rates in percent
/// percentage cells (0.036 shown as 3.60%), as a person's sheet has them; every other cell is
/// text.
#[test]
fn the_xlsx_and_gbk_copies_hold_the_csv() {
    let csv = std::fs::read_to_string(example("portfolio-50.csv")).unwrap();
    let text = csv
        .strip_prefix('\u{feff}')
        .expect("the CSV starts with a BOM");
    if std::env::var_os("UPDATE_EXAMPLES").is_some() {
        let (gbk, _, lossy) = encoding_rs::GBK.encode(text);
        assert!(!lossy, "every character has a GBK code");
        std::fs::write(example("portfolio-50-gbk.csv"), &gbk).unwrap();
        std::fs::write(example("portfolio-50.xlsx"), xlsx_of(text)).unwrap();
    }
    let gbk = std::fs::read(example("portfolio-50-gbk.csv")).unwrap();
    assert!(
        std::str::from_utf8(&gbk).is_err(),
        "the copy is GBK, not UTF-8"
    );
    let (decoded, _, bad) = encoding_rs::GBK.decode(&gbk);
    assert!(!bad);
    assert_eq!(decoded, text);
    let xlsx = std::fs::read(example("portfolio-50.xlsx")).unwrap();
    assert!(xlsx.starts_with(b"PK\x03\x04"), "an .xlsx is a zip file");
}

fn xlsx_of(text: &str) -> Vec<u8> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("企业").unwrap();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let percent = Format::new().set_num_format("0.00%");
    for (r, row) in srdi_engine::template::csv_rows(text).iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            if cell.is_empty() {
                continue;
            }
            let iso = cell.len() == 10 && cell.as_bytes()[4] == b'-' && cell.as_bytes()[7] == b'-';
            if let (true, Ok(d)) = (iso, ExcelDateTime::parse_from_str(cell)) {
                sheet.write_datetime_with_format(r, c, &d, &date).unwrap();
            } else if let Some(p) = cell.strip_suffix('%').and_then(|p| p.parse::<f64>().ok()) {
                sheet
                    .write_number_with_format(r, c, p / 100.0, &percent)
                    .unwrap();
            } else if let (false, Ok(v)) =
                (cell.starts_with('0') && cell.len() > 1, cell.parse::<f64>())
            {
                sheet.write_number(r, c, v).unwrap();
            } else {
                sheet.write_string(r, c, cell).unwrap();
            }
        }
    }
    book.save_to_buffer().unwrap()
}

/// The three files give the same firms, line for line.
#[test]
fn csv_gbk_and_xlsx_read_the_same() {
    let (csv, csv_err) = run_jsonl("portfolio-50.csv");
    let (gbk, gbk_err) = run_jsonl("portfolio-50-gbk.csv");
    let (xlsx, xlsx_err) = run_jsonl("portfolio-50.xlsx");
    assert_eq!(csv.len(), 50);
    assert_eq!(csv, gbk);
    assert_eq!(csv_err, gbk_err);
    // The .xlsx holds numbers and dates as cells of their own kind: the totals are the same,
    // and so are the rows reported (a typed cell is quoted as the sheet shows it).
    assert_eq!(csv.len(), xlsx.len());
    for (a, b) in csv.iter().zip(&xlsx) {
        let strip = |v: &Value| {
            let mut v = v.clone();
            if let Some(ps) = v.get_mut("problems").and_then(Value::as_array_mut) {
                for p in ps {
                    p.as_object_mut().unwrap().remove("text");
                    p.as_object_mut().unwrap().remove("message");
                }
            }
            v
        };
        assert_eq!(strip(a), strip(b));
    }
    let rows = |s: &str| s.lines().filter(|l| l.starts_with('第')).count();
    assert_eq!(rows(&csv_err), rows(&xlsx_err));
}

/// Hand-worked totals, from the clauses (catalogue/sources/, /work/shared/seeds/).
#[test]
fn good_rows_give_hand_worked_totals() {
    let (firms, _) = run_jsonl("portfolio-50.csv");
    // Row 2, 永春, 专精特新中小企业 first recognised 2024-03-01. 永政办规〔2024〕1号 四、（一）
    // "对首次认定的国家专精特新“小巨人”企业、省级专精特新中小企业，在省级奖励基础上，县财政分别给予每家
    // 一次性 50 万元、10 万元的叠加奖励": 100,000 元 from the county, earned under the 永春 text,
    // which ended on 2025-12-31 ("有效期至 2025年 12月31日止").
    let f = firm(&firms, 2);
    assert_eq!(f["name"], "永春甲精密机械有限公司");
    only(
        f,
        &[
            ("ended", "all", 100_000, 0),
            ("ended", "county", 100_000, 0),
        ],
    );
    assert_eq!(f["largest"][0]["entry"], "yc-first-provincial");

    // Row 3, 永春 小巨人 (provincial 2024/3/1, 小巨人 2024年6月15日): the same clause, 50 万元
    // and 10 万元, both first recognitions inside the window: 600,000 元, ended.
    let f = firm(&firms, 3);
    only(
        f,
        &[
            ("ended", "all", 600_000, 0),
            ("ended", "county", 600_000, 0),
        ],
    );

    // Row 4, 永春, in the park. 四、（二）3 "用电量达到 200 万千瓦时以上的，由县财政给予每千瓦时 0.05元
    // 的奖励，单家企业不超过 50万元": 250万 kWh × 0.05 = 125,000 元. 四、（二）2 "对企业租用园区产业
    // 用房…产生的租金，由县财政给予 20%的补贴，补贴期限最长不超过 1年，单家企业不超过 50万元":
    // 3,000,000 × 20% × 12/12 = 600,000, capped at 500,000. Moved in and rented 2024-05-01
    // (inside the window), first recognised 2023 (before it: no recognition award).
    // 125,000 + 500,000 = 625,000 元, ended.
    let f = firm(&firms, 4);
    only(
        f,
        &[
            ("ended", "all", 625_000, 0),
            ("ended", "county", 625_000, 0),
        ],
    );
    assert_eq!(f["largest"][0]["entry"], "yc-park-rent");
    assert_eq!(dec(&f["largest"][0]["amount"]), n(500_000));

    // Row 5, 永春, rent 100万 a year for 6 months (100万 × 20% × 6/12 = 100,000) and a loan of
    // 2000万 to buy park premises, 24 months from 2024-07-01. 四、（二）1 "由县财政给予 1%的贴息
    // 补贴，补贴期限按实际贷款期限计算，最长不超过 1 年，单家企业不超过 50 万元": 2000万 × 1% ×
    // 12/12 = 200,000. "租金补贴与融资贴息不重复享受": the larger, 200,000 元, ended.
    let f = firm(&firms, 5);
    only(
        f,
        &[
            ("ended", "all", 200_000, 0),
            ("ended", "county", 200_000, 0),
        ],
    );
    assert_eq!(f["largest"][0]["entry"], "yc-park-loan-interest");

    // Row 6, 厦门思明, first 小巨人 on 2024-10-01 (inside 厦府办规〔2024〕11号's window from
    // 2024-09-11). 二、（一）2 "对首次获得专精特新“小巨人”称号的企业，由市级、区级分别给予一次性
    // 50万元奖励": 500,000 city + 500,000 district, claimable.
    let f = firm(&firms, 6);
    only(
        f,
        &[
            ("claimable", "all", 1_000_000, 0),
            ("claimable", "city", 500_000, 0),
            ("claimable", "county", 500_000, 0),
        ],
    );

    // Row 7, 厦门湖里. 二、（三）7 "按企业为获得该项服务实际发生费用总额给予最高50%的补助，每家企业
    // 每年补助最高30万元": fees 20万 → up to 100,000. 二、（六）15 "单张保单保险费率7‰以内部分的
    // 保费，按企业实缴保险费用40%给予补贴，单家企业最高30万元": insured 10,000,000, premium 100,000
    // (1%); the part within 7‰ is 70,000; × 40% = 28,000 exact. City, claimable.
    let f = firm(&firms, 7);
    only(
        f,
        &[
            ("claimable", "all", 28_000, 100_000),
            ("claimable", "city", 28_000, 100_000),
        ],
    );

    // Row 8, 福州 (no county text: 鼓楼区 changes nothing). 闽工信规〔2023〕11号 二、（七）
    // "对符合条件的专精特新中小企业当年新发放流动资金贷款予以年化1%的贴息补助，单家企业最高贴息金额
    // 不超过20万元，贴息期限不超过1年": 500万 × 1% × 12/12 = 50,000 元, province, claimable.
    let f = firm(&firms, 8);
    only(
        f,
        &[
            ("claimable", "all", 50_000, 0),
            ("claimable", "province", 50_000, 0),
        ],
    );

    // Row 9, 福州: 8,000,000 for 6 months → 8,000,000 × 1% × 6/12 = 40,000; the second loan
    // has another provincial discount: "同一笔贷款已享受其他省级贴息政策的，不重复享受本贴息政策".
    let f = firm(&firms, 9);
    only(
        f,
        &[
            ("claimable", "all", 40_000, 0),
            ("claimable", "province", 40_000, 0),
        ],
    );

    // Row 10, 福州, 创新型. 二、（七） "按照实际到资额分别给予5%、1%奖励，最高100万元":
    // 1000万 × 5% + 2000万 × 1% = 500,000 + 200,000 = 700,000 元, province, claimable.
    let f = firm(&firms, 10);
    only(
        f,
        &[
            ("claimable", "all", 700_000, 0),
            ("claimable", "province", 700_000, 0),
        ],
    );

    // Row 11, 三明永安, 专精特新 first recognised 2024-05-01. 三明's 二、（一）2 "市级财政分别再奖励
    // 5万元和20万元，各县（市、区）政府相应予以配套奖励" is a 征求意见稿: shown, never summed.
    let f = firm(&firms, 11);
    only(f, &[]);
    assert_eq!(f["drafts"], 2, "the city's 5万 and the county's match");

    // Row 12, 三明沙县: the equity reward in two texts: 5% (闽工信规〔2023〕11号, in force) and
    // "分别给予5‰、1％省级专项资金奖励" (三明 draft). Counted once, the text in force:
    // 10,000,000 × 5% = 500,000 元.
    let f = firm(&firms, 12);
    only(
        f,
        &[
            ("claimable", "all", 500_000, 0),
            ("claimable", "province", 500_000, 0),
        ],
    );

    // Row 13, 晋江: no county text in the catalogue, the provincial lines name no amount.
    let f = firm(&firms, 13);
    only(f, &[]);
    assert!(f["claimable"]["all"]["unquantified"].as_u64().unwrap() > 0);
}

/// Every broken row is reported by row and column, on stderr and in the output, and costs
/// only itself: the 38 others are evaluated.
#[test]
fn broken_rows_are_named_by_row_and_column() {
    let (firms, stderr) = run_jsonl("portfolio-50.csv");
    let expected: &[(u64, &[(&str, &str)])] = &[
        (14, &[("N", "年度自主研发费用（元）")]),
        (15, &[("F", "专精特新中小企业首次认定日")]),
        (16, &[("B", "城市")]),
        (17, &[("C", "区县")]),
        (18, &[("D", "层级")]),
        (19, &[("CD", "贷款1年利率（%）")]),
        (20, &[("CD", "贷款1年利率（%）")]),
        (21, &[("J", "入驻园区（是/否）")]),
        (22, &[("C", "区县")]),
        (23, &[("H", "小巨人首次认定日")]),
        (24, &[("D", "层级")]),
        (
            25,
            &[("T", "数字化改造实际投入（元）"), ("CE", "贷款1期限（月）")],
        ),
    ];
    for (row, cells) in expected {
        let f = firm(&firms, *row);
        assert!(f.get("claimable").is_none(), "row {row} has no totals");
        let problems = f["problems"].as_array().expect("problems");
        let got: Vec<(&str, &str)> = problems
            .iter()
            .map(|p| (p["column"].as_str().unwrap(), p["header"].as_str().unwrap()))
            .collect();
        assert_eq!(&got, cells, "row {row}");
        for (col, header) in *cells {
            let line = format!("第 {row} 行 {col} 列「{header}」：");
            assert!(stderr.contains(&line), "stderr names {line}\n{stderr}");
        }
    }
    let bad = firms.iter().filter(|f| f.get("problems").is_some()).count();
    assert_eq!(bad, expected.len());
    assert_eq!(
        firms
            .iter()
            .filter(|f| f.get("claimable").is_some())
            .count(),
        38
    );
    assert!(
        stderr.contains("50 家企业：38 家已计算，12 家有误未计算"),
        "{stderr}"
    );
    // What the words say is allowed, for two of them.
    assert!(stderr.contains("第 14 行 N 列「年度自主研发费用（元）」：“五十万”不是以元计的金额：可写 1200000、1,200,000、120万"));
    assert!(stderr.contains("第 20 行 CD 列「贷款1年利率（%）」：“40%”不是年利率（超过 36%）"));
}

/// CSV out (by the output's extension), in input order, in English on request; exit 0 when
/// every row reads.
#[test]
fn csv_output_in_input_order_and_exit_zero_when_all_rows_read() {
    let dir = std::env::temp_dir().join(format!("srdi-batch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good: String = std::fs::read_to_string(example("portfolio-50.csv"))
        .unwrap()
        .lines()
        .filter(|l| !l.contains("错例"))
        .map(|l| format!("{l}\r\n"))
        .collect();
    let input = dir.join("good.csv");
    std::fs::write(&input, good).unwrap();
    let out = dir.join("out.csv");
    let run = batch(&[
        "--date",
        "2026-03-01",
        "--lang",
        "en",
        "--jobs",
        "3",
        "--out",
        out.to_str().unwrap(),
        input.to_str().unwrap(),
    ]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text
        .starts_with("\u{feff}Row,Firm,Result,Evaluation date,claimable·all levels·exact (yuan)"));
    let rows = srdi_engine::template::csv_rows(&text);
    assert_eq!(rows.len(), 39);
    let numbers: Vec<usize> = rows[1..].iter().map(|r| r[0].parse().unwrap()).collect();
    assert!(
        numbers.windows(2).all(|w| w[0] < w[1]),
        "input order: {numbers:?}"
    );
    // Row 6 (厦门思明): claimable, all levels, exact.
    let r6 = rows.iter().find(|r| r[0] == "6").unwrap();
    assert_eq!((r6[2].as_str(), r6[4].as_str()), ("evaluated", "1000000"));
    std::fs::remove_dir_all(&dir).ok();
}

/// JSON Lines of profiles in: a plain profile, or {"name", "profile"}; a bad line is reported
/// by line and field path.
#[test]
fn json_lines_of_profiles() {
    let dir = std::env::temp_dir().join(format!("srdi-batch-jsonl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("firms.jsonl");
    std::fs::write(
        &input,
        concat!(
            r#"{"city": "xiamen", "county": "siming", "tier": "little_giant", "recognitions": {"provincial": "2023-05-01", "little_giant": "2024-10-01"}}"#,
            "\n",
            r#"{"name": "甲", "profile": {"county": "yongchun", "tier": "provincial", "recognitions": {"provincial": "2024-03-01"}}}"#,
            "\n\n",
            r#"{"county": "yongchun", "tier": "provincial", "amounts": {"rd_spend": "lots"}}"#,
            "\n"
        ),
    )
    .unwrap();
    let run = batch(&[
        "--date",
        "2026-03-01",
        "--lang",
        "en",
        "--format",
        "jsonl",
        input.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(1));
    let out: Vec<Value> = String::from_utf8(run.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(out.len(), 3);
    assert_eq!(total(&out[0], "claimable", "all"), (n(1_000_000), n(0)));
    assert_eq!(
        (out[1]["row"].as_u64(), out[1]["name"].as_str()),
        (Some(2), Some("甲"))
    );
    assert_eq!(total(&out[1], "ended", "county"), (n(100_000), n(0)));
    assert_eq!(out[2]["row"], 4);
    let stderr = String::from_utf8(run.stderr).unwrap();
    assert!(
        stderr.contains("row 4: amounts.rd_spend: 'lots' is not an amount in 元"),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// Arguments and files that cannot be read: exit 2 with a sentence.
#[test]
fn unusable_input_is_exit_two() {
    let run = batch(&["/no/such/file.csv"]);
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("/no/such/file.csv"));
    let run = batch(&["--date", "2026-02-30", "x.csv"]);
    assert_eq!(run.status.code(), Some(2));
    let run = batch(&[]);
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("usage: srdi batch"));
}

/// The template from stdin (`-`), JSON Lines chosen by the output's extension.
#[test]
fn stdin_in_and_json_lines_by_extension() {
    use std::io::Write;
    let dir = std::env::temp_dir().join(format!("srdi-batch-stdin-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("firms.jsonl");
    let mut child = Command::new(env!("CARGO_BIN_EXE_srdi"))
        .args([
            "batch",
            "--date",
            "2026-03-01",
            "--out",
            out.to_str().unwrap(),
            "-",
        ])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("企业名称,区县,层级,小巨人首次认定日,专精特新中小企业首次认定日\r\n戊,思明,小巨人,2024-10-01,2023-05-01\r\n".as_bytes())
        .unwrap();
    let run = child.wait_with_output().unwrap();
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let text = std::fs::read_to_string(&out).unwrap();
    let firm: Value = serde_json::from_str(text.trim()).unwrap();
    assert_eq!(
        (firm["row"].as_u64(), firm["name"].as_str()),
        (Some(2), Some("戊"))
    );
    // 厦府办规〔2024〕11号 二、（一）2: 50万元 from the city and 50万元 from the district.
    assert_eq!(total(&firm, "claimable", "all"), (n(1_000_000), n(0)));
    std::fs::remove_dir_all(&dir).ok();
}

/// xlsx/tests/cells.xlsx (a sheet of instructions, then three firms; srdi-xlsx's own test says
/// what each cell reads as) gives the same rows in `srdi batch` and in the portfolio page's
/// reader: the same names, the same totals for the good row, and the same bad cells, each a
/// formula's error value in a column the template reads, named by row and column.
#[test]
fn an_error_cell_is_the_same_bad_cell_in_batch_and_on_the_page() {
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../xlsx/tests/cells.xlsx");
    let out = batch(&[
        "--date",
        "2026-03-01",
        "--format",
        "jsonl",
        file.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let cli: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut book =
        srdi_portfolio::book::Book::of_xlsx(&std::fs::read(&file).unwrap()).expect("a workbook");
    let page = book.next_rows(
        10,
        srdi_engine::Date::ymd(2026, 3, 1),
        srdi_engine::describe::Lang::Zh,
    );
    assert_eq!(cli.len(), 3);
    assert_eq!(page.len(), 3);
    // (row, name, the bad cells as (row, column, text, words)).
    type Firm = (u64, String, Vec<(u64, String, String)>);
    let from_cli: Vec<Firm> = cli
        .iter()
        .map(|f| {
            let bad = f["problems"].as_array().map_or(Vec::new(), |ps| {
                ps.iter()
                    .map(|p| {
                        (
                            p["row"].as_u64().unwrap(),
                            p["column"].as_str().unwrap().to_string(),
                            p["message"].as_str().unwrap().to_string(),
                        )
                    })
                    .collect()
            });
            (
                f["row"].as_u64().unwrap(),
                f["name"].as_str().unwrap().to_string(),
                bad,
            )
        })
        .collect();
    let from_page: Vec<Firm> = page
        .iter()
        .map(|f| {
            let bad = f
                .errors
                .iter()
                .map(|e| (e.row as u64, e.column.clone(), e.message.clone()))
                .collect();
            (f.row as u64, f.name.clone(), bad)
        })
        .collect();
    assert_eq!(from_cli, from_page);
    let cells: Vec<Vec<(u64, &str)>> = from_cli
        .iter()
        .map(|(_, _, bad)| bad.iter().map(|(r, c, _)| (*r, c.as_str())).collect())
        .collect();
    assert_eq!(cells, vec![vec![], vec![(3, "F")], vec![(4, "D")]]);
    assert!(from_cli[1].2[0].1 == "F" && from_cli[1].2[0].2.contains("“#DIV/0!”"));
    assert!(from_cli[2].2[0].2.contains("“#N/A”"));
    for (r, c, words) in from_cli.iter().flat_map(|f| &f.2) {
        let line = format!("第 {r} 行 {c} 列");
        assert!(
            words.starts_with(&line) && stderr.contains(words.as_str()),
            "{stderr}"
        );
    }
    // The good row, read whole (the 备注 column's #N/A is not read): 永春's 县财政…给予每家
    // 一次性…10 万元的叠加奖励 for the 2024-03-01 provincial recognition, earned under the 永春
    // text that ended 2025-12-31, in both.
    let page_ended: Decimal = page[0].ended.as_ref().unwrap().v.parse().unwrap();
    assert_eq!(total(&cli[0], "ended", "all"), (n(100_000), n(0)));
    assert_eq!(page_ended, n(100_000));
}
