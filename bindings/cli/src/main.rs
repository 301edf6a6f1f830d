//! `srdi`: the engine on the command line. Reads a profile as JSON (a file or stdin), prints
//! the report as JSON (the same document the page exports, docs/report.md) or as plain text.
//!
//! Usage: srdi [--date YYYY-MM-DD] [--text] [PROFILE.json]
//!        srdi --steady-span [--date YYYY-MM-DD]
//!        srdi --write-clauses DIR
//!        srdi batch [--date YYYY-MM-DD] [--format csv|jsonl] [--out FILE] FILE (batch.rs)
//!
//! PROFILE.json is a profile, or a document exported by the page or by this command (its
//! `profile` is read). `--date` sets the evaluation date (over the profile's own
//! `evaluation_date`); without either it is today. The document's `made` is always today (the
//! system clock, UTC). `--steady-span` prints the days over which a profile with no dates of its
//! own gets the result it gets on the date (`catalogue::steady_span`), as
//! `{"from": "YYYY-MM-DD" | null, "until": "YYYY-MM-DD" | null}` (until: exclusive); the build
//! stamps the pre-rendered first screen with it. `--write-clauses DIR` writes every entry's
//! clause, by entry id, to DIR/`catalogue::CLAUSES_FILE` (a JSON object) and prints that path:
//! the calculator's page reads its clauses from there (src/clauses.rs).

use srdi_engine::describe::{self, Lang};
use srdi_engine::export::{self, Export};
use srdi_engine::money::yuan;
use srdi_engine::profile::{self, Tree};
use srdi_engine::{catalogue, evaluate, Date, PayerLevel, Profile, Report, Standing};
use std::io::{Read, Write};
use std::process::ExitCode;

mod batch;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("batch") {
        return ExitCode::from(batch::run(args.into_iter().skip(1).collect()));
    }
    match run(args) {
        Ok(out) => {
            // A reader that stops early (`srdi … | head -1`) closes the pipe: that is not an
            // error of ours, so stop quietly rather than panic as println! would.
            let mut stdout = std::io::stdout().lock();
            match writeln!(stdout, "{out}").and_then(|()| stdout.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => {
                    let _ = writeln!(std::io::stderr(), "srdi: cannot write the output: {e}");
                    ExitCode::from(1)
                }
            }
        }
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "srdi: {e}");
            ExitCode::from(2)
        }
    }
}

/// The profile in `input` (JSON: a profile, or a document exported by the page or by this
/// command, whose `profile` is read), every problem named by its field path in words.
fn read_profile(input: &str) -> Result<srdi_engine::Profile, String> {
    // Editors on Windows start UTF-8 files with a byte-order mark.
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let tree: Tree = serde_json::from_str(input).map_err(|e| {
        let what = match e.classify() {
            serde_json::error::Category::Eof => "the text ends before the JSON does",
            serde_json::error::Category::Syntax => "this is not JSON syntax",
            serde_json::error::Category::Io => "it could not be read",
            serde_json::error::Category::Data => "the JSON holds a value that cannot be read",
        };
        let line = input.lines().nth(e.line().saturating_sub(1)).unwrap_or("");
        let near: String = line
            .chars()
            .skip(e.column().saturating_sub(20))
            .take(40)
            .collect();
        format!(
            "the input is not a JSON profile: {what} (line {}, character {}, near `{}`)",
            e.line(),
            e.column(),
            near.trim()
        )
    })?;
    // A document exported by the page or this command, or a bare profile: the engine's one
    // reader of both (the page's import reads a file with it too).
    let imported = profile::read_document(&tree).map_err(|errors| {
        let list: Vec<String> = errors
            .iter()
            .map(|e| describe::problem(&e.field, &e.problem, Lang::En))
            .collect();
        format!("invalid profile:\n  {}", list.join("\n  "))
    })?;
    if let Some(v) = imported.other_version() {
        // Said, not refused: the answers still read; the result may differ from the file's.
        let _ = writeln!(
            std::io::stderr(),
            "srdi: note: this document was exported under catalogue version {v}; this is {}",
            srdi_engine::CATALOGUE_VERSION
        );
    }
    Ok(imported.profile)
}

/// Writes every entry's clause, by entry id, to `dir`/[`catalogue::CLAUSES_FILE`]; returns the
/// file's path.
fn write_clauses(dir: &str) -> Result<String, String> {
    let texts: serde_json::Map<String, serde_json::Value> = catalogue::ENTRIES
        .iter()
        .map(|e| (e.id.to_string(), e.clause().into()))
        .collect();
    let path = std::path::Path::new(dir).join(catalogue::CLAUSES_FILE);
    let json = serde_json::to_string(&texts).map_err(|e| e.to_string())?;
    std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path.display().to_string())
}

fn run(args: Vec<String>) -> Result<String, String> {
    let mut date = None;
    let mut text = false;
    let mut span = false;
    let mut clauses_dir = None;
    let mut path = None;
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--date" => {
                let v = it.next().ok_or("--date needs a value")?;
                date = Some(Date::parse(&v).map_err(|_| {
                    format!("--date '{v}' is not a date: write it YYYY-MM-DD, a real day of 1990–2100")
                })?);
            }
            "--text" => text = true,
            "--steady-span" => span = true,
            "--write-clauses" => {
                clauses_dir = Some(it.next().ok_or("--write-clauses needs a folder")?);
            }
            "-h" | "--help" => {
                return Ok(format!("usage: srdi [--date YYYY-MM-DD] [--text] [PROFILE.json]\n       srdi --steady-span [--date YYYY-MM-DD]\n       srdi --write-clauses DIR\n       {}", batch::USAGE.trim_start_matches("usage: ")))
            }
            _ if path.is_none() => path = Some(a),
            _ => return Err(format!("unexpected argument {a:?}")),
        }
    }
    if let Some(dir) = clauses_dir {
        return write_clauses(&dir);
    }
    if span {
        if let Some(p) = path {
            return Err(format!("--steady-span takes no profile ({p:?})"));
        }
        let (from, until) = catalogue::steady_span(date.unwrap_or_else(today_utc));
        let json = |d: Option<Date>| d.map_or("null".into(), |d| format!("\"{d}\""));
        return Ok(format!(
            "{{\"from\": {}, \"until\": {}}}",
            json(from),
            json(until)
        ));
    }
    let mut input = String::new();
    match &path {
        Some(p) => input = std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"))?,
        None => {
            std::io::stdin()
                .read_to_string(&mut input)
                .map_err(|e| e.to_string())?;
        }
    }
    let mut profile: Profile = read_profile(&input)?;
    // The evaluation date: --date, else the profile's own, else today (UTC). The document is
    // made today, whatever the evaluation date.
    let made = today_utc();
    if let Some(d) = date {
        profile.evaluation_date = Some(d);
    }
    let report = evaluate(&profile, made);
    let doc = Export::new(&profile, &report, made);
    if !text {
        // The same document the page exports, and imports back.
        return doc.to_json().map_err(|e| e.to_string());
    }
    Ok(text_report(&doc, &report))
}

/// The report as plain text, in Chinese: the three dates and the notices at the top, then per
/// level each line with its amount, standing, formula, event date and its text's window, then
/// the totals of each standing.
fn text_report(doc: &Export, report: &Report) -> String {
    let on = report.evaluation_date;
    let zh = Lang::Zh;
    let mut out = format!(
        "专精特新惠企计算器 — 评估日 {on}\n规则核对日 {} · 评估日 {on} · 生成日 {} · 目录版本 {}\n",
        doc.rules_reviewed, doc.made, doc.catalogue_version
    );
    if !doc.notices.is_empty() {
        out.push_str("\n提示：\n");
        for n in &doc.notices {
            out.push_str(&format!("  ! {}\n", export::notice(n, zh)));
        }
    }
    for level in [PayerLevel::County, PayerLevel::City, PayerLevel::Province] {
        let mut lines: Vec<_> = report.lines.iter().filter(|l| l.payer == level).collect();
        if lines.is_empty() {
            continue;
        }
        lines.sort_by_key(|l| l.standing);
        out.push_str(&format!("\n[{}]\n", describe::payer(level, zh)));
        for l in lines {
            let Some(e) = catalogue::entry(l.entry) else {
                continue;
            };
            let window = match l.window.to {
                Some(to) => format!("{} 至 {to}", l.window.from),
                None => format!("{} 起，未规定截止日期", l.window.from),
            };
            out.push_str(&format!(
                "  {} {}（{}，{}）\n    {}\n    事项日期 {}（{}）；文件有效期 {}\n    {}\n",
                e.title,
                l.amount.map_or("—".into(), yuan),
                describe::kind(l.kind, zh),
                describe::standing(l.standing, zh),
                describe::formula(l, zh),
                l.event,
                export::event_source(l.event_source, zh),
                window,
                describe::standing_sentence(l, on, zh),
            ));
        }
    }
    out.push('\n');
    for (standing, t) in [
        (Standing::Claimable, &report.totals),
        (Standing::EarnedTextEnded, &report.ended),
        (Standing::Planned, &report.planned),
    ] {
        // "最高可得 0 元" would read as a promise of nothing: said only when there is one.
        let mut parts = vec![format!("确定金额 {}", yuan(t.all.exact))];
        if !t.all.up_to.is_zero() {
            parts.push(format!("最高可得 {}", yuan(t.all.up_to)));
        }
        if t.all.unquantified > 0 {
            parts.push(format!("未定额 {} 项", t.all.unquantified));
        }
        out.push_str(&format!(
            "{}：{}\n",
            export::total_name(standing, zh),
            parts.join("；")
        ));
    }
    out
}

fn today_utc() -> Date {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    // The engine's calendar (Date::add_days) rather than a second copy of it.
    Date::ymd(1970, 1, 1).add_days(days)
}
