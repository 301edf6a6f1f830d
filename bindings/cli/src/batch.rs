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
    /// CSV text cut into records.
    Csv {
        delimiter: char,
        records: Vec<&'a str>,
    },
    /// An .xlsx sheet as text cells.
    Grid(&'a [Vec<String>]),
    /// JSON Lines: one profile per line.
    Lines(Vec<&'a str>),
}

/// A chunk of rows done: their output records, in order, and the bad rows' problems for
/// stderr.
#[derive(Default)]
struct Chunk {
    out: String,
    firms: usize,
    /// (row, the words of each problem)
    bad: Vec<(usize, Vec<String>)>,
}

/// Runs `srdi batch`; the exit status is 0, 1 (bad rows) or 2 (could not run).
pub fn run(args: Vec<String>) -> u8 {
    if args.iter().any(|a| a == "-h" || a == "--help") {
        let _ = writeln!(std::io::stdout(), "{USAGE}");
        return 0;
    }
    match options(args).and_then(|o| batch(&o)) {
        Ok(status) => status,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "srdi batch: {e}");
            2
        }
    }
}

/// The file as read: text (CSV or JSON Lines, decoded) or the cells of an .xlsx sheet.
enum Source {
    Text(String),
    Sheet(Vec<Vec<String>>),
}

impl Source {
    fn read(path: &str) -> Result<Source, String> {
        let bytes = read_input(path)?;
        if bytes.starts_with(b"PK\x03\x04") {
            srdi_xlsx::rows(&bytes)
                .map(Source::Sheet)
                .map_err(|e| format!("{path}: {e}"))
        } else {
            Ok(Source::Text(decode(bytes)))
        }
    }

    /// The rows to evaluate: a sheet, lines of JSON (the text starts with `{`), or CSV records.
    fn input(&self) -> Input<'_> {
        match self {
            Source::Sheet(rows) => Input::Grid(rows),
            Source::Text(text) => {
                let body = text.strip_prefix('\u{feff}').unwrap_or(text);
                if body.trim_start().starts_with('{') {
                    Input::Lines(body.lines().collect())
                } else {
                    let (delimiter, records) = template::csv_records(body);
                    Input::Csv { delimiter, records }
                }
            }
        }
    }
}

fn batch(o: &Options) -> Result<u8, String> {
    let started = Instant::now();
    let source = Source::read(&o.input)?;
    let input = source.input();
    let today = o.date.unwrap_or_else(crate::today_utc);
    let (notes, done) = evaluate_all(&input, o, today);
    let evaluated = started.elapsed();
    let firms: usize = done.iter().map(|c| c.firms).sum();
    let bad: Vec<&(usize, Vec<String>)> = done.iter().flat_map(|c| &c.bad).collect();
    // Problems first (stderr), then the file: a reader watching the terminal sees them even
    // when the output goes to a pipe.
    {
        let mut err = std::io::stderr().lock();
        for line in notes.iter().chain(bad.iter().flat_map(|(_, p)| p)) {
            let _ = writeln!(err, "{line}");
        }
    }
    write_output(o, &done).map_err(|e| format!("cannot write the output: {e}"))?;
    let rows: Vec<usize> = bad.iter().map(|(row, _)| *row).collect();
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "srdi batch: {}", tally(firms, &rows, o.lang));
    if o.stats {
        let all = started.elapsed().as_secs_f64();
        let cpu = cpu_seconds().map_or(String::new(), |c| {
            format!(
                "; CPU {c:.3} s, {:.1} µs a firm",
                c * 1e6 / (firms.max(1) as f64)
            )
        });
        let _ = writeln!(
            err,
            "srdi batch: {firms} firms in {all:.3} s ({:.3} s reading and evaluating) on {} threads: {:.0} firms/s{cpu}",
            evaluated.as_secs_f64(),
            o.jobs,
            firms as f64 / all.max(1e-9),
        );
    }
    Ok(u8::from(!rows.is_empty()))
}

/// The header (CSV) and every chunk's records, in order, to --out or stdout.
fn write_output(o: &Options, done: &[Chunk]) -> Result<(), String> {
    let mut head = String::new();
    if !o.json {
        head.push('\u{feff}');
        head.push_str(&template::csv_line(&template::summary_header(o.lang)));
    }
    let write = |w: &mut dyn Write| -> std::io::Result<()> {
        w.write_all(head.as_bytes())?;
        for c in done {
            w.write_all(c.out.as_bytes())?;
        }
        w.flush()
    };
    match &o.out {
        Some(path) => std::fs::File::create(path)
            .and_then(|f| write(&mut std::io::BufWriter::new(f)))
            .map_err(|e| format!("{path}: {e}")),
        // A reader that stops early (`| head`) closes the pipe: not an error of ours.
        None => match write(&mut std::io::stdout().lock()) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.to_string()),
            _ => Ok(()),
        },
    }
}

/// "50 家企业：38 家已计算，12 家有误未计算（第 14、15… 行）".
fn tally(firms: usize, bad_rows: &[usize], lang: Lang) -> String {
    let list = |sep: &str| {
        bad_rows
            .iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(sep)
    };
    let (good, bad) = (firms - bad_rows.len(), bad_rows.len());
    match (lang, bad) {
        (Lang::Zh, 0) => format!("{firms} 家企业：{good} 家已计算，0 家有误未计算"),
        (Lang::Zh, _) => format!(
            "{firms} 家企业：{good} 家已计算，{bad} 家有误未计算（第 {} 行）",
            list("、")
        ),
        (Lang::En, 0) => format!("{firms} firms: {good} evaluated, 0 not evaluated (bad cells)"),
        (Lang::En, _) => format!(
            "{firms} firms: {good} evaluated, {bad} not evaluated (bad cells) (rows {})",
            list(", ")
        ),
    }
}

/// User and system CPU time of this process so far (Linux: /proc/self/stat, in the kernel's
/// 100 ticks a second), to tell the work done from the time waited on a busy machine.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after_name = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = after_name.split(' ').collect();
    // Fields 14 and 15 of the line (utime, stime) are the 12th and 13th after the name.
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
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

/// Every firm of the input, evaluated on all cores in chunks, in input order; and the notes
/// about the header (columns not read).
fn evaluate_all(input: &Input, o: &Options, today: Date) -> (Vec<String>, Vec<Chunk>) {
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
    let mut results: Vec<(usize, Chunk)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..o.jobs.min(chunks.len()).max(1))
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    let mut cells = Vec::new();
                    loop {
                        let k = next.fetch_add(1, Ordering::Relaxed);
                        let Some(chunk) = chunks.get(k) else { break };
                        let mut done = Chunk {
                            out: String::with_capacity(chunk.len() * 320),
                            ..Chunk::default()
                        };
                        for i in *chunk {
                            one(input, &mut cells, layout.as_ref(), *i, o, today, &mut done);
                        }
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
    (notes, results.into_iter().map(|(_, c)| c).collect())
}

/// The firm of 0-based row `i` (nothing for a blank row) written into `chunk`. `cells` is the
/// thread's own vector for a CSV record's cells, reused from row to row.
fn one<'a>(
    input: &'a Input,
    cells: &mut Vec<std::borrow::Cow<'a, str>>,
    layout: Option<&Layout>,
    i: usize,
    o: &Options,
    today: Date,
    chunk: &mut Chunk,
) {
    let firm = match (input, layout) {
        (Input::Csv { delimiter, records }, Some(l)) => {
            let Some(record) = records.get(i) else {
                return;
            };
            if record
                .bytes()
                .all(|b| b == *delimiter as u8 || b.is_ascii_whitespace() || b == b'"')
            {
                return;
            }
            template::csv_cells_into(record, *delimiter, cells);
            l.read_row(i + 1, cells)
        }
        (Input::Grid(rows), Some(l)) => {
            let Some(row) = rows.get(i) else { return };
            if row.iter().all(|c| c.trim().is_empty()) {
                return;
            }
            l.read_row(i + 1, row)
        }
        (Input::Lines(lines), _) => {
            let Some(line) = lines.get(i) else { return };
            if !line.trim().is_empty() {
                json_line(i + 1, line, o, today, chunk);
            }
            return;
        }
        _ => return,
    };
    finish(firm, o, today, chunk)
}

/// A firm read from the sheet, evaluated and written.
fn finish(mut firm: FirmRow, o: &Options, today: Date, chunk: &mut Chunk) {
    if let (Ok(p), Some(d)) = (&mut firm.profile, o.date) {
        p.evaluation_date = Some(d);
    }
    let summary = template::evaluate_firm(&firm, today);
    chunk.firms += 1;
    if o.json {
        chunk.out.push_str(&json_record(
            firm.row,
            &firm.name,
            summary.as_ref(),
            firm.profile.as_ref().err().map(|v| &v[..]),
            &[],
            o.lang,
        ));
    } else {
        template::write_summary_row(&mut chunk.out, &firm, summary.as_ref(), o.lang);
    }
    if let Err(ps) = &firm.profile {
        let words = ps.iter().map(|p| p.message(o.lang)).collect();
        chunk.bad.push((firm.row, words));
    }
}

/// A line of JSON Lines input: a profile, or {"name": …, "profile": {…}}.
fn json_line(row: usize, line: &str, o: &Options, today: Date, chunk: &mut Chunk) {
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
    chunk.firms += 1;
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
            if o.json {
                chunk.out.push_str(&json_record(
                    row,
                    &firm.name,
                    Some(&summary),
                    None,
                    &[],
                    o.lang,
                ));
            } else {
                template::write_summary_row(&mut chunk.out, &firm, Some(&summary), o.lang);
            }
        }
        Err(problems) => {
            if o.json {
                chunk
                    .out
                    .push_str(&json_record(row, "", None, None, &problems, o.lang));
            } else {
                let sep = if zh { "；" } else { "; " };
                chunk
                    .out
                    .push_str(&template::csv_line(&template::problem_cells(
                        row,
                        "",
                        &problems.join(sep),
                        o.lang,
                    )));
            }
            chunk.bad.push((row, problems));
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
    fn text_is_utf8_else_gbk() {
        assert_eq!(decode("企业名称".as_bytes().to_vec()), "企业名称");
        let (gbk, _, _) = encoding_rs::GBK.encode("企业名称,城市");
        assert_eq!(decode(gbk.into_owned()), "企业名称,城市");
    }
}
