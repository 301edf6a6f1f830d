//! `srdi batch`: many firms at once. Reads the portfolio template (docs/template.md) as CSV
//! (UTF-8 with or without a byte-order mark, or GBK as Excel and WPS save it on a Chinese
//! Windows), as .xlsx, or JSON Lines of profiles; writes one row per firm, in input order, as
//! CSV or JSON Lines. Every core works (std::thread::scope over chunks of rows). A bad row is
//! reported on stderr by row and column and costs only itself: the others are still written.
//!
//! Exit status: 0 every row evaluated, 1 some rows had bad cells (reported), 2 nothing could
//! be done (arguments, unreadable file).

use srdi_engine::describe::Lang;
use srdi_engine::profile::{self, Tree};
use srdi_engine::template::{self, CellProblem, FirmRow, FirmSummary, Layout};
use srdi_engine::{evaluate, Date, Profile};
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

pub const USAGE: &str = "usage: srdi batch [--date YYYY-MM-DD] [--format csv|jsonl] [--lang zh|en] [--out FILE] [--jobs N] [--stats] FILE
  FILE   the portfolio template as .csv (UTF-8 or GBK), .xlsx, or .jsonl (one profile per line); - for stdin
  --date evaluation date of every firm (default: each row's 评估日, else today)
  --format  csv (default) or jsonl; by default from the extension of --out
  --lang zh (default) or en: the output's headers and the problems' words
  --stats   print the firms per second on stderr";

/// What the command was asked.
struct Options {
    date: Option<Date>,
    json: bool,
    lang: Lang,
    out: Option<String>,
    jobs: usize,
    stats: bool,
    input: String,
}

fn options(args: Vec<String>) -> Result<Options, String> {
    let mut o = Options {
        date: None,
        json: false,
        lang: Lang::Zh,
        out: None,
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        stats: false,
        input: String::new(),
    };
    let mut format = None;
    let mut input = None;
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--date" => {
                let v = value("--date")?;
                o.date = Some(Date::parse(&v).map_err(|_| {
                    format!(
                        "--date '{v}' is not a date: write it YYYY-MM-DD, a real day of 1990–2100"
                    )
                })?);
            }
            "--format" => {
                format = Some(match value("--format")?.as_str() {
                    "csv" => false,
                    "jsonl" | "ndjson" | "json" => true,
                    v => return Err(format!("--format '{v}': csv or jsonl")),
                })
            }
            "--lang" => {
                o.lang = match value("--lang")?.as_str() {
                    "zh" => Lang::Zh,
                    "en" => Lang::En,
                    v => return Err(format!("--lang '{v}': zh or en")),
                }
            }
            "--out" | "-o" => o.out = Some(value("--out")?),
            "--jobs" | "-j" => {
                let v = value("--jobs")?;
                o.jobs = v
                    .parse()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or(format!("--jobs '{v}': a whole number above 0"))?;
            }
            "--stats" => o.stats = true,
            "-h" | "--help" => return Err(USAGE.into()),
            _ if input.is_none() => input = Some(a),
            _ => return Err(format!("unexpected argument {a:?}\n{USAGE}")),
        }
    }
    o.input = input.ok_or(format!("batch needs a file\n{USAGE}"))?;
    let by_extension = o.out.as_deref().is_some_and(|p| {
        let p = p.to_ascii_lowercase();
        p.ends_with(".jsonl") || p.ends_with(".ndjson") || p.ends_with(".json")
    });
    o.json = format.unwrap_or(by_extension);
    Ok(o)
}

/// The input as the workers see it: the rows of a sheet, or lines of JSON.
enum Input<'a> {
    /// CSV text cut into records, and the header's layout.
    Csv {
        delimiter: char,
        records: Vec<&'a str>,
    },
    /// An .xlsx sheet as text cells.
    Grid(Vec<Vec<String>>),
    /// JSON Lines: one profile per line.
    Lines(Vec<&'a str>),
}

/// One firm done: its output record and its problems for stderr.
struct Done {
    row: usize,
    out: String,
    problems: Vec<String>,
    bad: bool,
}

/// Runs `srdi batch`; the exit status is 0, 1 (bad rows) or 2 (could not run).
pub fn run(args: Vec<String>) -> u8 {
    let stderr = |s: &str| {
        let _ = writeln!(std::io::stderr(), "srdi batch: {s}");
    };
    let o = match options(args) {
        Ok(o) => o,
        Err(e) => {
            stderr(&e);
            return 2;
        }
    };
    let started = Instant::now();
    let bytes = match read_input(&o.input) {
        Ok(b) => b,
        Err(e) => {
            stderr(&e);
            return 2;
        }
    };
    let text;
    let input = if bytes.starts_with(b"PK\x03\x04") {
        match xlsx_rows(&bytes) {
            Ok(rows) => Input::Grid(rows),
            Err(e) => {
                stderr(&format!("{}: {e}", o.input));
                return 2;
            }
        }
    } else {
        text = decode(bytes);
        let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
        if body.trim_start().starts_with('{') {
            Input::Lines(body.lines().collect())
        } else {
            let (delimiter, records) = template::csv_records(body);
            Input::Csv { delimiter, records }
        }
    };
    let today = o.date.unwrap_or_else(crate::today_utc);
    let (header, done) = evaluate_all(&input, &o, today);
    let read_and_evaluated = started.elapsed();
    let firms = done.len();
    let bad: Vec<&Done> = done.iter().filter(|d| d.bad).collect();
    // Problems first (stderr), then the file: a reader watching the terminal sees them even
    // when the output goes to a pipe.
    {
        let mut err = std::io::stderr().lock();
        for note in &header {
            let _ = writeln!(err, "{note}");
        }
        for d in &bad {
            for p in &d.problems {
                let _ = writeln!(err, "{p}");
            }
        }
    }
    let mut out = String::with_capacity(done.iter().map(|d| d.out.len()).sum::<usize>() + 1024);
    if !o.json {
        out.push('\u{feff}');
        out.push_str(&template::csv_line(&template::summary_header(o.lang)));
    }
    for d in &done {
        out.push_str(&d.out);
    }
    let written = match &o.out {
        Some(path) => std::fs::write(path, out.as_bytes()).map_err(|e| format!("{path}: {e}")),
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout
                .write_all(out.as_bytes())
                .and_then(|()| stdout.flush())
            {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.to_string()),
                _ => Ok(()),
            }
        }
    };
    if let Err(e) = written {
        stderr(&format!("cannot write the output: {e}"));
        return 2;
    }
    let zh = o.lang == Lang::Zh;
    let rows: Vec<String> = bad.iter().map(|d| d.row.to_string()).collect();
    let summary = if zh {
        format!(
            "{firms} 家企业：{} 家已计算，{} 家有误未计算{}",
            firms - bad.len(),
            bad.len(),
            if rows.is_empty() {
                String::new()
            } else {
                format!("（第 {} 行）", rows.join("、"))
            }
        )
    } else {
        format!(
            "{firms} firms: {} evaluated, {} not evaluated (bad cells){}",
            firms - bad.len(),
            bad.len(),
            if rows.is_empty() {
                String::new()
            } else {
                format!(" (rows {})", rows.join(", "))
            }
        )
    };
    stderr(&summary);
    if o.stats {
        let all = started.elapsed().as_secs_f64();
        let per_s = firms as f64 / all.max(1e-9);
        stderr(&format!(
            "{firms} firms in {:.3} s ({:.3} s reading and evaluating) on {} threads: {:.0} firms/s",
            all,
            read_and_evaluated.as_secs_f64(),
            o.jobs,
            per_s
        ));
    }
    u8::from(!bad.is_empty())
}

fn read_input(path: &str) -> Result<Vec<u8>, String> {
    if path == "-" {
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut b).map_err(|e| e.to_string())?;
        Ok(b)
    } else {
        std::fs::read(path).map_err(|e| format!("{path}: {e}"))
    }
}

/// The text of a CSV or JSON Lines file: UTF-8 (with or without a byte-order mark) when the
/// bytes are UTF-8, else GBK (GB18030), as Excel and WPS save "CSV" on a Chinese Windows.
pub fn decode(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => encoding_rs::GB18030.decode(e.as_bytes()).0.into_owned(),
    }
}

/// The first sheet with a 企业名称 header (else the first sheet) of an .xlsx file, as text
/// cells: numbers as written (1200000, 0.036), dates as YYYY-MM-DD, true/false as 是/否.
fn xlsx_rows(bytes: &[u8]) -> Result<Vec<Vec<String>>, String> {
    use calamine::{Data, Reader, Xlsx};
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("not an .xlsx file this command can read: {e}"))?;
    let mut first = None;
    for name in book.sheet_names() {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| format!("sheet {name}: {e}"))?;
        // Rows start at the sheet's first used cell: pad to keep Excel's numbering.
        let (top, left) = range.start().unwrap_or((0, 0));
        let mut rows: Vec<Vec<String>> = vec![Vec::new(); top as usize];
        for r in range.rows() {
            let mut cells = vec![String::new(); left as usize];
            cells.extend(r.iter().map(|c| match c {
                Data::Empty | Data::Error(_) => String::new(),
                Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
                Data::Int(i) => i.to_string(),
                Data::Float(f) => number(*f),
                Data::Bool(b) => if *b { "是" } else { "否" }.to_string(),
                Data::DateTime(d) => excel_date(d.as_f64()),
            }));
            rows.push(cells);
        }
        let named = rows.iter().take(10).any(|r| {
            r.iter()
                .any(|h| template::column_of(h) == Some(template::Column::Name))
        });
        if named {
            return Ok(rows);
        }
        first.get_or_insert(rows);
    }
    first.ok_or_else(|| "the workbook has no sheet".to_string())
}

/// A number cell as a person wrote it: whole numbers without ".0", others in the shortest form
/// that reads back the same (0.036, 1234567.89), at Excel's 15 significant digits, so that a
/// percentage cell computed as 3.6 / 100 (0.036000000000000004) reads as 0.036.
fn number(f: f64) -> String {
    let f = format!("{f:.14e}").parse::<f64>().unwrap_or(f);
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{f:.0}")
    } else {
        format!("{f}")
    }
}

/// An Excel date serial (days since 1899-12-30) as YYYY-MM-DD.
fn excel_date(serial: f64) -> String {
    if !serial.is_finite() || !(0.0..=2_958_465.0).contains(&serial) {
        return number(serial);
    }
    Date::ymd(1899, 12, 30)
        .add_days(serial.floor() as i64)
        .to_string()
}

/// Every firm of the input, evaluated on all cores in chunks, in input order; and the notes
/// about the header (columns not read).
fn evaluate_all(input: &Input, o: &Options, today: Date) -> (Vec<String>, Vec<Done>) {
    let zh = o.lang == Lang::Zh;
    let (count, first, layout) = match input {
        Input::Csv { delimiter, records } => {
            let head: Vec<Vec<String>> = records
                .iter()
                .take(10)
                .map(|r| template::csv_cells(r, *delimiter))
                .collect();
            let layout = Layout::of(&head);
            (records.len(), layout.header_row(), Some(layout))
        }
        Input::Grid(rows) => {
            let layout = Layout::of(rows);
            (rows.len(), layout.header_row(), Some(layout))
        }
        Input::Lines(lines) => (lines.len(), 0, None),
    };
    let mut notes = Vec::new();
    if let Some(l) = &layout {
        for (letter, header) in l.ignored() {
            notes.push(if zh {
                format!("提示：{letter} 列「{header}」不是模板的列（docs/template.md），未读取")
            } else {
                format!("note: column {letter} ({header}) is not a column of the template (docs/template.md): not read")
            });
        }
    }
    // Rows below the header (0-based indices), evaluated in chunks taken in turn by the
    // threads; each chunk's output is kept at its index, so the order is the input's.
    let indices: Vec<usize> = (first..count).collect();
    const CHUNK: usize = 512;
    let chunks: Vec<&[usize]> = indices.chunks(CHUNK).collect();
    let next = AtomicUsize::new(0);
    let mut results: Vec<(usize, Vec<Done>)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..o.jobs.min(chunks.len()).max(1))
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    let mut cells = Vec::new();
                    loop {
                        let k = next.fetch_add(1, Ordering::Relaxed);
                        let Some(chunk) = chunks.get(k) else { break };
                        let done: Vec<Done> = chunk
                            .iter()
                            .filter_map(|i| one(input, &mut cells, layout.as_ref(), *i, o, today))
                            .collect();
                        mine.push((k, done));
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    });
    results.sort_by_key(|(k, _)| *k);
    (notes, results.into_iter().flat_map(|(_, d)| d).collect())
}

/// The firm of 0-based row `i`, or `None` for a blank row. `cells` is the thread's own vector
/// for a CSV record's cells, reused from row to row.
fn one<'a>(
    input: &'a Input,
    cells: &mut Vec<std::borrow::Cow<'a, str>>,
    layout: Option<&Layout>,
    i: usize,
    o: &Options,
    today: Date,
) -> Option<Done> {
    let firm = match (input, layout) {
        (Input::Csv { delimiter, records }, Some(l)) => {
            let record = records.get(i)?;
            if record
                .bytes()
                .all(|b| b == *delimiter as u8 || b.is_ascii_whitespace() || b == b'"')
            {
                return None;
            }
            template::csv_cells_into(record, *delimiter, cells);
            l.read_row(i + 1, cells)
        }
        (Input::Grid(rows), Some(l)) => {
            let row = rows.get(i)?;
            if row.iter().all(|c| c.trim().is_empty()) {
                return None;
            }
            l.read_row(i + 1, row)
        }
        (Input::Lines(lines), _) => {
            let line = lines.get(i)?;
            if line.trim().is_empty() {
                return None;
            }
            return Some(json_line(i + 1, line, o, today));
        }
        _ => return None,
    };
    Some(finish(firm, o, today))
}

/// A firm read from the sheet, evaluated and written.
fn finish(mut firm: FirmRow, o: &Options, today: Date) -> Done {
    if let (Ok(p), Some(d)) = (&mut firm.profile, o.date) {
        p.evaluation_date = Some(d);
    }
    let summary = template::evaluate_firm(&firm, today);
    let problems: Vec<String> = match &firm.profile {
        Err(ps) => ps.iter().map(|p| p.message(o.lang)).collect(),
        Ok(_) => Vec::new(),
    };
    let out = if o.json {
        json_record(
            firm.row,
            &firm.name,
            summary.as_ref(),
            firm.profile.as_ref().err().map(|v| &v[..]),
            &[],
            o.lang,
        )
    } else {
        let mut out = String::new();
        template::write_summary_row(&mut out, &firm, summary.as_ref(), o.lang);
        out
    };
    Done {
        row: firm.row,
        out,
        bad: firm.profile.is_err(),
        problems,
    }
}

/// A line of JSON Lines input: a profile, or {"name": …, "profile": {…}}.
fn json_line(row: usize, line: &str, o: &Options, today: Date) -> Done {
    let zh = o.lang == Lang::Zh;
    let at = |s: String| {
        if zh {
            format!("第 {row} 行：{s}")
        } else {
            format!("row {row}: {s}")
        }
    };
    let read = serde_json::from_str::<Tree>(line.trim_start_matches('\u{feff}'))
        .map_err(|e| vec![at(format!("not JSON ({e})"))])
        .and_then(|tree| {
            let (name, p) = match &tree {
                Tree::Map(items) if items.iter().any(|(k, _)| k == "profile") => {
                    let name = items.iter().find_map(|(k, v)| match (k.as_str(), v) {
                        ("name", Tree::Text(n)) => Some(n.clone()),
                        _ => None,
                    });
                    let p = items.iter().find(|(k, _)| k == "profile").map(|(_, v)| v);
                    (name, p.map(|p| profile::read_at(p, "profile.")))
                }
                _ => (None, Some(profile::read(&tree))),
            };
            let p = p.unwrap_or_else(|| Ok(Profile::default()));
            let name = name.unwrap_or_default();
            p.map(|p| (name.clone(), p)).map_err(|errors| {
                errors
                    .iter()
                    .map(|e| at(srdi_engine::describe::problem(&e.field, &e.problem, o.lang)))
                    .collect()
            })
        });
    match read {
        Ok((name, mut p)) => {
            if let Some(d) = o.date {
                p.evaluation_date = Some(d);
            }
            let summary = FirmSummary::of(&evaluate(&p, today));
            let firm = FirmRow {
                row,
                name,
                profile: Ok(p),
            };
            let out = if o.json {
                json_record(row, &firm.name, Some(&summary), None, &[], o.lang)
            } else {
                template::csv_line(&template::summary_cells(&firm, Some(&summary), o.lang))
            };
            Done {
                row,
                out,
                problems: Vec::new(),
                bad: false,
            }
        }
        Err(problems) => {
            let out = if o.json {
                json_record(row, "", None, None, &problems, o.lang)
            } else {
                let sep = if zh { "；" } else { "; " };
                template::csv_line(&template::problem_cells(
                    row,
                    "",
                    &problems.join(sep),
                    o.lang,
                ))
            };
            Done {
                row,
                out,
                problems,
                bad: true,
            }
        }
    }
}

/// One line of JSON Lines output: the row, the name, and the summary or the problems.
fn json_record(
    row: usize,
    name: &str,
    summary: Option<&FirmSummary>,
    cells: Option<&[CellProblem]>,
    words: &[String],
    lang: Lang,
) -> String {
    use serde_json::{json, Value};
    let mut problems: Vec<Value> = cells
        .unwrap_or_default()
        .iter()
        .map(|p| {
            json!({
                "row": p.row,
                "column": p.column,
                "header": p.header,
                "text": p.text,
                "message": p.message(lang),
            })
        })
        .collect();
    problems.extend(words.iter().map(|w| json!({ "row": row, "message": w })));
    // Written by hand around the parts so that "row" and "name" come first and the summary's
    // fields keep their order.
    let name = Value::from(name);
    let rest = match summary {
        Some(s) => serde_json::to_string(s).unwrap_or_else(|_| "{}".into()),
        None => json!({ "problems": problems }).to_string(),
    };
    let rest = rest.strip_prefix('{').unwrap_or(&rest);
    if rest == "}" {
        format!("{{\"row\":{row},\"name\":{name}}}\n")
    } else {
        format!("{{\"row\":{row},\"name\":{name},{rest}\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xlsx_numbers_and_dates_read_as_typed() {
        assert_eq!(number(1_200_000.0), "1200000");
        assert_eq!(number(3.6 / 100.0), "0.036");
        assert_eq!(number(0.0345), "0.0345");
        assert_eq!(number(1234567.89), "1234567.89");
        assert_eq!(number(-5.0), "-5");
        // 45352 is 2024-03-01 in Excel's 1900 date system; a time of day is dropped.
        assert_eq!(excel_date(45352.0), "2024-03-01");
        assert_eq!(excel_date(45352.75), "2024-03-01");
        assert_eq!(excel_date(f64::NAN), "NaN");
    }

    #[test]
    fn text_is_utf8_else_gbk() {
        assert_eq!(decode("企业名称".as_bytes().to_vec()), "企业名称");
        let (gbk, _, _) = encoding_rs::GBK.encode("企业名称,城市");
        assert_eq!(decode(gbk.into_owned()), "企业名称,城市");
    }
}
