//! The command line reads a profile and prints the report.
use serde_json::Value;
use srdi_engine::{Date, Decimal};
use std::process::Command;

const YONGCHUN_2026: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/yongchun-little-giant-2026.json"
);

/// Today by the system clock (UTC), as the command takes it for `made`.
fn today_utc() -> Date {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs()
        / 86_400;
    Date::ymd(1970, 1, 1).add_days(days as i64)
}

/// `made` is today: the day before the run ended or the day it started, across midnight.
fn assert_made_today(made: &str) {
    let made = Date::parse(made).expect("made is a date");
    let today = today_utc();
    assert!(made == today || made.next_day() == today, "{made} {today}");
}

fn json(out: &std::process::Output) -> Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

fn dec(v: &Value) -> Decimal {
    v.as_str()
        .expect("decimal string")
        .parse()
        .expect("decimal")
}

fn srdi(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_srdi"))
        .args(args)
        .output()
        .expect("run srdi")
}

/// examples/yongchun-little-giant.json, by hand from 永政办规〔2024〕1号:
/// 四、（一） 500,000 + 100,000; 四、（二）2 rent 3,000,000 × 20% = 600,000 → cap 500,000 (beats the
/// loan's 10,000,000 × 1% = 100,000, not both); 四、（二）3 2,500,000 kWh × 0.05 = 125,000.
#[test]
fn json_report_for_the_example_profile() {
    let out = srdi(&[concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/yongchun-little-giant.json"
    )]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["report"]["totals"]["county"]["exact"], "1225000.00");
    assert_eq!(report["report"]["evaluation_date"], "2025-06-01");
    assert_eq!(report["profile"]["county"], "yongchun");
    assert_eq!(report["catalogue_version"], srdi_engine::CATALOGUE_VERSION);
}

/// The exported document reads back: the same answers give the same county total.
#[test]
fn exported_document_imports_back() {
    let first = srdi(&[concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/yongchun-little-giant.json"
    )]);
    let path = std::env::temp_dir().join("srdi-cli-export.json");
    std::fs::write(&path, &first.stdout).expect("write");
    let second = srdi(&[path.to_str().expect("path")]);
    assert!(
        second.status.success(),
        "{}",
        String::from_utf8_lossy(&second.stderr)
    );
    assert_eq!(first.stdout, second.stdout);
}

#[test]
fn invalid_profile_names_the_field() {
    let dir = std::env::temp_dir().join("srdi-cli-test.json");
    std::fs::write(&dir, r#"{"city":"quanzhou","county":"siming"}"#).expect("write");
    let out = srdi(&[dir.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("county: this county or district is not in the city given"),
        "{err}"
    );
}

/// Runs `srdi` with `input` on stdin.
fn srdi_stdin(args: &[&str], input: &[u8]) -> std::process::Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_srdi"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run srdi");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write");
    child.wait_with_output().expect("wait")
}

/// Every problem names its field path and says in words what is allowed: a value that is not
/// an amount, a number where text is wanted, a day that does not exist, a misspelt key inside
/// a loan, an out-of-range amount. No serde position, no Rust Debug text.
#[test]
fn errors_name_the_path_and_say_what_is_allowed() {
    let input = r#"{"evaluation_date":"2025-06-01","tier":"provincial",
        "loans":[{"purpose":"working_capital","principal":"abc","annual_rate":0.035,
                  "term_months":12,"start":"2025-02-30","other_provincal_discount":true}],
        "amounts":{"rd_spend":"-5","park_rent_months":"1.5"},
        "recognitions":{"provincial":"tomorrow"},"facts":["joint_lab","nope"]}"#;
    let out = srdi_stdin(&[], input.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    for expected in [
        "loans[0].principal: 'abc' is not an amount in 元: write it as text",
        "loans[0].annual_rate: the number 0.035 is not a yearly rate: write it as text, a fraction, e.g. \"0.035\" for 3.5%, from 0 to 36%",
        "loans[0].start: '2025-02-30' is not a date (no such day): write it YYYY-MM-DD",
        "loans[0].other_provincal_discount: unknown field (misspelt?); the fields allowed here: purpose, principal, annual_rate, term_months, start, other_provincial_discount",
        "amounts.rd_spend: out of range: it must be from 0 yuan to 1,000,000,000,000 yuan",
        "amounts.park_rent_months: must be a whole number",
        "recognitions.provincial: 'tomorrow' is not a date",
        "facts[1]: 'nope' is not a fact: one of: relocating_to_standard_park",
    ] {
        assert!(err.contains(expected), "{expected}\n in\n{err}");
    }
    for never in [
        "line 1 column",
        "OutOfRange",
        "TooPrecise",
        "{ min",
        "Decimal type",
    ] {
        assert!(!err.contains(never), "{never} in\n{err}");
    }
}

/// Text that is not JSON is said in words, with where it breaks, not serde's "at line 1
/// column 9".
#[test]
fn text_that_is_not_json_is_said_in_words() {
    let out = srdi_stdin(&[], br#"{"tier": provincial}"#);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("the input is not a JSON profile"), "{err}");
    assert!(!err.contains(" at line "), "{err}");
    let out = srdi(&["--date", "2025-02-30"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--date '2025-02-30' is not a date"), "{err}");
    assert!(!err.contains("NoSuchDay"), "{err}");
}

/// A profile inside an exported document: its paths start with `profile.`.
#[test]
fn errors_inside_an_exported_document_name_the_path() {
    let out = srdi_stdin(
        &[],
        br#"{"catalogue_version":"x","profile":{"loans":[{"purpose":"loan"}]}}"#,
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("profile.loans[0].purpose: 'loan' is not a loan purpose: one of: park_premises, working_capital, ip_pledge, tech_innovation_fund, tech_innovation_fund_rd, other"),
        "{err}"
    );
    assert!(err.contains("profile.loans[0].principal: missing"), "{err}");
}

/// A file saved by a Windows editor starts with a UTF-8 byte-order mark: it is read.
#[test]
fn a_byte_order_mark_is_accepted() {
    let mut input = vec![0xEF, 0xBB, 0xBF];
    input.extend_from_slice(
        br#"{"city":"quanzhou","county":"yongchun","tier":"provincial",
             "recognitions":{"provincial":"2024-03-01"},"evaluation_date":"2025-06-01"}"#,
    );
    let out = srdi_stdin(&[], &input);
    let report = json(&out);
    // 永政办规〔2024〕1号 四、（一）: first 省级 recognition → 100,000 元.
    assert_eq!(report["report"]["totals"]["county"]["exact"], "100000");
}

/// `srdi … | head -1`: the reader closes the pipe early; the command stops quietly.
#[test]
fn a_closed_output_pipe_is_not_a_panic() {
    use std::io::Read;
    let mut child = Command::new(env!("CARGO_BIN_EXE_srdi"))
        .args(["--text", YONGCHUN_2026])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run srdi");
    // Close the read end before the command writes.
    drop(child.stdout.take());
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("stderr");
    let status = child.wait().expect("wait");
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.is_empty(), "{err}");
    assert!(status.success() || status.code() == Some(141), "{status:?}");
}

/// `--steady-span`: 2026-12-01 lies between the day after 永政办规〔2024〕1号 and the 三明 draft
/// end (2025-12-31) and the day after 闽工信规〔2023〕11号 and 厦府办规〔2024〕11号 end
/// (2026-12-31); after that no document gives an end.
#[test]
fn steady_span_as_json() {
    let out = srdi(&["--steady-span", "--date", "2026-12-01"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let span: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    // 2026-10-02: 90 days before they end, the notice at the top of a result starts.
    assert_eq!(span["from"], "2026-10-02");
    assert_eq!(span["until"], "2027-01-01");
    let out = srdi(&["--steady-span", "--date", "2027-03-01"]);
    let span: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(span["from"], "2027-01-01");
    assert!(span["until"].is_null());
    // It takes no profile.
    assert!(!srdi(&["--steady-span", "p.json"]).status.success());
}

/// The 永春 firm of issue 15 on 2026-12-01 (examples/yongchun-little-giant-2026.json; values
/// worked by hand from the texts, docs/readings/time-model.md A1–A2). 永政办规〔2024〕1号 ("有效期至
/// 2025年 12月31日止") 四、（一） 500,000 + 100,000, 四、（二）2 2,400,000 × 20% = 480,000,
/// 四、（二）3 2,600,000 × 0.05 = 130,000: 1,210,000 earned under the ended text.
/// 闽工信规〔2023〕11号 二、（七） 5,000,000 × 1% = 50,000, drawn 2026-03-01, text in force until
/// 2026-12-31: claimable, 30 days left.
#[test]
fn json_report_carries_standings_dates_and_notices() {
    let doc = json(&srdi(&[YONGCHUN_2026]));
    assert_eq!(
        doc["rules_reviewed"],
        srdi_engine::RULES_REVIEWED.to_string()
    );
    assert_eq!(doc["evaluation_date"], "2026-12-01");
    assert_made_today(doc["made"].as_str().expect("made"));
    assert_eq!(doc["catalogue_version"], srdi_engine::CATALOGUE_VERSION);
    let r = &doc["report"];
    assert_eq!(dec(&r["ended"]["all"]["exact"]), Decimal::from(1_210_000));
    assert_eq!(
        dec(&r["ended"]["county"]["exact"]),
        Decimal::from(1_210_000)
    );
    assert_eq!(dec(&r["totals"]["all"]["exact"]), Decimal::from(50_000));
    assert_eq!(dec(&r["planned"]["all"]["exact"]), Decimal::ZERO);
    let lines = r["lines"].as_array().expect("lines");
    let line = |id: &str| {
        lines
            .iter()
            .find(|l| l["entry"] == id)
            .unwrap_or_else(|| panic!("no line {id}"))
    };
    let award = line("yc-first-little-giant");
    assert_eq!(award["standing"], "earned_text_ended");
    assert_eq!(award["event"], "2025-06-10");
    assert_eq!(award["event_source"], "own");
    assert_eq!(award["window"]["to"], "2025-12-31");
    assert!(award["days_left"].is_null());
    let loan = line("fj-working-capital-discount");
    assert_eq!(loan["standing"], "claimable");
    assert_eq!(loan["days_left"], 30);
    let kinds: Vec<&str> = doc["notices"]
        .as_array()
        .expect("notices")
        .iter()
        .map(|n| n["kind"].as_str().expect("kind"))
        .collect();
    assert_eq!(kinds, ["ended", "ends_soon"]);
    assert_eq!(doc["to_confirm"][0]["department"], "县工信商务局");
}

/// `--date` sets the evaluation date, over the profile's own; `made` stays today. On
/// 2025-12-01 (docs/readings/time-model.md A2) the four 永春 lines are claimable (1,210,000)
/// and the loan drawn 2026-03-01 is planned (50,000).
#[test]
fn date_flag_sets_the_evaluation_date_not_the_day_made() {
    let doc = json(&srdi(&["--date", "2025-12-01", YONGCHUN_2026]));
    assert_eq!(doc["evaluation_date"], "2025-12-01");
    assert_eq!(doc["report"]["evaluation_date"], "2025-12-01");
    assert_eq!(doc["profile"]["evaluation_date"], "2025-12-01");
    assert_made_today(doc["made"].as_str().expect("made"));
    let r = &doc["report"];
    assert_eq!(dec(&r["totals"]["all"]["exact"]), Decimal::from(1_210_000));
    assert_eq!(dec(&r["planned"]["all"]["exact"]), Decimal::from(50_000));
    assert_eq!(dec(&r["ended"]["all"]["exact"]), Decimal::ZERO);
}

/// `--text`: the three dates and the notices at the top, each line with its standing in
/// words, its event date and its text's window, and the three totals apart.
#[test]
fn text_report_shows_standings_dates_and_totals() {
    let out = srdi(&["--text", YONGCHUN_2026]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let made = today_utc();
    let dates = format!(
        "规则核对日 {} · 评估日 2026-12-01 · 生成日 ",
        srdi_engine::RULES_REVIEWED
    );
    assert!(text.contains(&dates), "{text}");
    assert!(
        text.contains(&format!("生成日 {made}"))
            || text.contains(&format!("生成日 {}", made.add_days(-1))),
        "{text}"
    );
    // The notices come before the first level.
    let first_level = text.find("\n[").expect("a level");
    let ended = text
        .find("永政办规〔2024〕1号 已于 2025-12-31 到期")
        .expect("ended notice");
    let soon = text
        .find("闽工信规〔2023〕11号 将于 2026-12-31 到期，请在此之前申报")
        .expect("ends-soon notice");
    assert!(ended < first_level && soon < first_level, "{text}");
    // A line earned under the ended text, and the claimable loan discount.
    assert!(
        text.contains(
            "首次认定国家专精特新“小巨人”企业叠加奖励 500,000 元（确定金额，已享有·文件已到期）"
        ),
        "{text}"
    );
    assert!(
        text.contains("事项日期 2025-06-10（企业所填日期）；文件有效期 2024-01-23 至 2025-12-31"),
        "{text}"
    );
    assert!(text.contains("50,000 元（确定金额，可申领）"), "{text}");
    assert!(
        text.contains("文件有效至 2026-12-31，还剩 30 天。"),
        "{text}"
    );
    // 泉州's plan sets no end.
    assert!(
        text.contains("文件有效期 2025-08-14 起，未规定截止日期"),
        "{text}"
    );
    // The three totals.
    assert!(text.contains("现可申领：确定金额 50,000 元"), "{text}");
    assert!(
        text.contains("已享有·文件已到期（请向责任单位确认）：确定金额 1,210,000 元"),
        "{text}"
    );
    assert!(text.contains("计划中：确定金额 0 元"), "{text}");
    // No "最高可得 0 元": no line here is an "up to" line.
    assert!(!text.contains("最高可得 0 元"), "{text}");
}

/// The page's import and this command read a file with the same engine reader
/// (`profile::read_document`): a document with only a `share` text is refused by name (the
/// page used to take it as no answers), and a document of another catalogue version is read
/// with a note saying so.
#[test]
fn a_document_is_read_as_the_page_reads_it() {
    let out = srdi_stdin(&[], br#"{"share":""}"#);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("share: unknown field"), "{err}");
    let out = srdi_stdin(
        &[],
        br#"{"catalogue_version":"2025-01","profile":{"city":"quanzhou","county":"yongchun"}}"#,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("exported under catalogue version 2025-01; this is"),
        "{err}"
    );
    assert_eq!(json(&out)["profile"]["county"], "yongchun");
}

/// `--write-clauses DIR`: the file the calculator's page reads its clauses from (src/clauses.rs),
/// named `catalogue::CLAUSES_FILE`, every entry's clause by id, verbatim.
#[test]
fn write_clauses_writes_every_entry_clause_by_id() {
    let dir = std::env::temp_dir().join(format!("srdi-clauses-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = srdi(&["--write-clauses", dir.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let path = dir.join(srdi_engine::catalogue::CLAUSES_FILE);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        path.display().to_string()
    );
    let name = srdi_engine::catalogue::CLAUSES_FILE;
    assert!(
        name.len() == "clauses-0123456789abcdef.json".len()
            && name.starts_with("clauses-")
            && name.ends_with(".json"),
        "{name}"
    );
    let texts: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(texts.len(), srdi_engine::catalogue::ENTRIES.len());
    // 永政办规〔2024〕1号 四、（一）, as the source text has it (line breaks of the PDF removed).
    let yc = texts["yc-first-provincial"].as_str().unwrap();
    assert!(
        yc.contains("在省级奖励基础上，县财政分别给予每家一次性 50 万元、10 万元的叠加奖励"),
        "{yc}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
