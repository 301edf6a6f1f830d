//! `srdi`: the engine on the command line. Reads a profile as JSON (a file or stdin), prints
//! the report as JSON (the same form the page exports) or as a plain-text table.
//!
//! Usage: srdi [--date YYYY-MM-DD] [--text] [PROFILE.json]
//!        srdi --steady-span [--date YYYY-MM-DD]
//!
//! PROFILE.json is a profile, or a document exported by the page or by this command (its
//! `profile` is read). `--steady-span` prints the days over which a profile with no dates of its
//! own gets the result it gets on the date (`catalogue::steady_span`), as
//! `{"from": "YYYY-MM-DD" | null, "until": "YYYY-MM-DD" | null}` (until: exclusive); the build
//! stamps the pre-rendered first screen with it.

use srdi_engine::describe::{self, Lang};
use srdi_engine::money::yuan;
use srdi_engine::{catalogue, evaluate, Date, PayerLevel, Profile};
use std::io::Read;
use std::process::ExitCode;

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("srdi: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> Result<String, String> {
    let mut date = None;
    let mut text = false;
    let mut span = false;
    let mut path = None;
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--date" => {
                let v = it.next().ok_or("--date needs a value")?;
                date = Some(Date::parse(&v).map_err(|e| format!("--date {v:?}: {e:?}"))?);
            }
            "--text" => text = true,
            "--steady-span" => span = true,
            "-h" | "--help" => {
                return Ok("usage: srdi [--date YYYY-MM-DD] [--text] [PROFILE.json]\n       srdi --steady-span [--date YYYY-MM-DD]".into())
            }
            _ if path.is_none() => path = Some(a),
            _ => return Err(format!("unexpected argument {a:?}")),
        }
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
    let profile: Profile = match serde_json::from_str::<srdi_engine::export::Import>(&input) {
        Ok(doc) => doc.profile,
        Err(_) => serde_json::from_str(&input).map_err(|e| format!("profile: {e}"))?,
    };
    let errors = profile.validate();
    if !errors.is_empty() {
        let list: Vec<String> = errors
            .iter()
            .map(|e| format!("{}: {:?}", e.field, e.problem))
            .collect();
        return Err(format!("invalid profile:\n  {}", list.join("\n  ")));
    }
    // Without --date and without an evaluation date in the profile, "today" is the UTC date.
    let today = date.unwrap_or_else(today_utc);
    let report = evaluate(&profile, today);
    if !text {
        // The same document the page exports, and imports back.
        let doc = srdi_engine::export::Export::new(&profile, &report);
        return doc.to_json().map_err(|e| e.to_string());
    }
    let mut out = format!("专精特新惠企计算器 — {}\n", report.evaluation_date);
    for level in [PayerLevel::County, PayerLevel::City, PayerLevel::Province] {
        let lines: Vec<_> = report.lines.iter().filter(|l| l.payer == level).collect();
        if lines.is_empty() {
            continue;
        }
        out.push_str(&format!("\n[{}]\n", describe::payer(level, Lang::Zh)));
        for l in lines {
            let Some(e) = catalogue::entry(l.entry) else {
                continue;
            };
            out.push_str(&format!(
                "  {} {} ({}, {}{})\n    {}\n",
                e.title,
                l.amount.map_or("—".into(), yuan),
                describe::kind(l.kind, Lang::Zh),
                describe::status(l.status, Lang::Zh),
                if l.counted { "" } else { "，不计入合计" },
                describe::formula(l, Lang::Zh),
            ));
        }
    }
    out.push_str(&format!(
        "\n合计：确定金额 {}；最高可得 {}；未定额 {} 项\n",
        yuan(report.totals.all.exact),
        yuan(report.totals.all.up_to),
        report.totals.all.unquantified
    ));
    Ok(out)
}

fn today_utc() -> Date {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    Date::parse(&format!("{y:04}-{m:02}-{d:02}")).unwrap_or(Date::ymd(2026, 1, 1))
}
