//! The engine as a JavaScript API, for pages that embed it:
//!
//! ```js
//! import init, { calculate, catalogue, catalogueVersion } from './api/srdi_api.js';
//! await init();
//! const report = calculate({ city: 'quanzhou', county: 'yongchun', tier: 'provincial',
//!   recognitions: { provincial: '2024-03-01' }, evaluation_date: '2025-06-01' });
//! report.totals.county.exact; // "100000": claimable now
//! report.lines[0].standing;   // "claimable", with its event, window and days_left
//! ```
//!
//! Amounts are decimal strings (never floats, so no yuan is lost); dates are "YYYY-MM-DD".
//! A profile that cannot be read or is invalid throws a structured error naming the field.
//! The report's fields are those of the exported JSON document's `report` (docs/report.md),
//! with the document's dates and notices beside them, and words in Chinese for each line.
//!
//! `exportCsv` and `exportJson` write the calculator's two export files from its share text:
//! the calculator loads this module on its first export (www/api.js) rather than carry the
//! export code in its own first load (docs/performance.md).

use serde::Serialize;
use srdi_engine::catalogue::{Status, ENTRIES};
use srdi_engine::describe::{self, Lang};
use srdi_engine::export;
use srdi_engine::profile::Tree;
use srdi_engine::{evaluate, notices, Date, Profile};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS: &'static str = r#"
/** Decimal amount as a string, e.g. "1200000.50" (元) or "0.0345" (a rate). */
export type Decimal = string;
/** A date, "YYYY-MM-DD". */
export type IsoDate = string;
export type Tier = "innovative" | "provincial" | "little_giant_reserve" | "little_giant" | "key_little_giant";
export type PayerLevel = "county" | "city" | "province";
export type Kind = "exact" | "up_to" | "unquantified";
export type Status = "in_force" | "expired" | "not_yet_in_force" | "draft";
/** Where a line stands on the evaluation date: claimable now; earned under a text that has
 *  since ended (summed apart, to confirm with the department); planned (event after the
 *  evaluation date, summed apart); draft (never summed). */
export type Standing = "claimable" | "earned_text_ended" | "planned" | "draft";
/** Where a line's event date comes from: the profile's own date for it; the evaluation date
 *  standing in for a date not given (assumed); or the evaluation date because the entry has no
 *  event of its own. */
export type EventSource = "own" | "assumed" | "evaluation_date";
/** A text's window, both ends inclusive; to = null: the text sets no end (泉州's plan, whose
 *  from is its publication date). */
export interface Window { from: IsoDate; to: IsoDate | null }
/** A sentence at the top of a result: a text paying this firm ends within 90 days (ends_soon),
 *  has ended with lines earned under it (ended), or every text of the place has ended. */
export type Notice =
  | { kind: "ends_soon"; document: string; number: string; end: IsoDate; text: string }
  | { kind: "ended"; document: string; number: string; end: IsoDate; text: string }
  | { kind: "all_ended"; last_end: IsoDate; text: string };
export interface Loan {
  purpose: "park_premises" | "working_capital" | "ip_pledge" | "tech_innovation_fund" | "tech_innovation_fund_rd" | "other";
  principal: Decimal; annual_rate: Decimal; term_months: number; start: IsoDate;
  other_provincial_discount?: boolean;
}
/** The enterprise's answers. Every field is optional. Names of amounts and facts: see catalogue(). */
export interface Profile {
  city?: string; county?: string; tier?: Tier;
  recognitions?: Partial<Record<Tier, IsoDate>>;
  park?: "none" | "srdi_park";
  amounts?: Record<string, Decimal>;
  facts?: string[];
  loans?: Loan[];
  /** The day of each occasion that dates an entry, e.g. { park_move_in: "2025-01-01" }. */
  dates?: Record<string, IsoDate>;
  evaluation_date?: IsoDate;
  lpr_override?: Decimal;
}
export interface Line {
  entry: string; payer: PayerLevel; kind: Kind;
  /** The text's status on the evaluation date. */
  status: Status;
  standing: Standing;
  /** The day of the line's event (for a loan discount: the latest loan start of the line). */
  event: IsoDate;
  event_source: EventSource;
  window: Window;
  amount: Decimal | null;
  /** In the claimable-now total (standing "claimable"). */
  counted: boolean;
  calculation: object; conflict: object | null;
  /** Days from the evaluation date to the text's last day, for a claimable line whose text
   *  sets an end (0 on the last day); otherwise null. */
  days_left: number | null;
  /** The formula with the profile's numbers, in Chinese. */
  formula: string;
  /** The standing in a sentence, in Chinese ("文件有效至 2026-12-31，还剩 30 天。"). */
  standing_text: string;
}
export interface Exclusion { entry: string; payer: PayerLevel; status: Status; reason: { kind: string }; why: string }
export interface LevelTotal { exact: Decimal; up_to: Decimal; unquantified: number }
export interface Totals { county: LevelTotal; city: LevelTotal; province: LevelTotal; all: LevelTotal }
export interface Report {
  catalogue_version: string;
  /** The day the catalogue's rules were last reviewed against the texts. */
  rules_reviewed: IsoDate;
  /** The profile's evaluation_date, or today. */
  evaluation_date: IsoDate;
  /** The day the report was made (today, from the browser's clock). */
  made: IsoDate;
  notices: Notice[];
  lines: Line[]; excluded: Exclusion[];
  /** Claimable now. */
  totals: Totals;
  /** Earned under texts that have since ended: to confirm with the department. */
  ended: Totals;
  /** Planned: events after the evaluation date. */
  planned: Totals;
}
export interface FieldError { field: string; message: string; problem?: object }
/** Thrown by calculate(): every problem, each naming its field. */
export interface ProfileError { errors: FieldError[] }
export interface CatalogueEntry {
  id: string; document: string; article: string; title: string; title_en: string;
  payer: PayerLevel; kind: Kind; rule: string; clause: string;
  valid_from: IsoDate; valid_to: IsoDate | null; draft: boolean;
}
"#;

#[derive(Serialize)]
struct LineOut<'a> {
    #[serde(flatten)]
    line: &'a srdi_engine::Line,
    days_left: Option<i64>,
    formula: String,
    standing_text: String,
}

#[derive(Serialize)]
struct NoticeOut<'a> {
    #[serde(flatten)]
    notice: &'a srdi_engine::Notice,
    text: String,
}

#[derive(Serialize)]
struct ExclusionOut<'a> {
    #[serde(flatten)]
    exclusion: &'a srdi_engine::Exclusion,
    why: String,
}

#[derive(Serialize)]
struct ReportOut<'a> {
    catalogue_version: &'static str,
    rules_reviewed: Date,
    evaluation_date: Date,
    made: Date,
    notices: Vec<NoticeOut<'a>>,
    lines: Vec<LineOut<'a>>,
    excluded: Vec<ExclusionOut<'a>>,
    totals: &'a srdi_engine::Totals,
    ended: &'a srdi_engine::Totals,
    planned: &'a srdi_engine::Totals,
}

#[derive(Serialize)]
struct FieldErrorOut {
    field: String,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    problem: Option<srdi_engine::Problem>,
}

#[derive(Serialize)]
struct ErrorOut {
    errors: Vec<FieldErrorOut>,
}

fn to_js<T: Serialize>(v: &T) -> JsValue {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::parse(&format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    ))
    .unwrap_or(Date::ymd(2026, 1, 1))
}

/// Evaluates a profile (a plain object) on its `evaluation_date`, or today, and returns the
/// report as a plain object: each line with its standing, event date and source, its text's
/// window and the days left to claim it; the totals of each standing apart; the notices; the
/// catalogue version and the three dates (rules reviewed, evaluation date, made: today). Throws
/// a `ProfileError` naming each field that cannot be read or is out of range.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn calculate(
    #[wasm_bindgen(unchecked_param_type = "Profile")] profile: JsValue,
) -> Result<JsValue, JsValue> {
    let profile = read_profile(profile)?;
    let made = today();
    let report = evaluate(&profile, made);
    let on = report.evaluation_date;
    let notices = notices(&profile, &report);
    let out = ReportOut {
        catalogue_version: srdi_engine::CATALOGUE_VERSION,
        rules_reviewed: srdi_engine::RULES_REVIEWED,
        evaluation_date: on,
        made,
        notices: notices
            .iter()
            .map(|n| NoticeOut {
                notice: n,
                text: export::notice(n, Lang::Zh),
            })
            .collect(),
        lines: report
            .lines
            .iter()
            .map(|l| LineOut {
                line: l,
                days_left: export::days_left(l, on),
                formula: describe::formula(l, Lang::Zh),
                standing_text: describe::standing_sentence(l, on, Lang::Zh),
            })
            .collect(),
        excluded: report
            .excluded
            .iter()
            .map(|x| ExclusionOut {
                exclusion: x,
                why: describe::reason(&x.reason, Lang::Zh),
            })
            .collect(),
        totals: &report.totals,
        ended: &report.ended,
        planned: &report.planned,
    };
    Ok(to_js(&out))
}

/// For benchmarks: evaluates a profile `times` times (at least once) inside the wasm and returns
/// the exact total of the last evaluation, as `calculate` would give it. Timing this call
/// measures the engine itself in wasm; `calculate` adds converting the profile and the whole
/// report between JS objects and Rust.
#[wasm_bindgen(js_name = evaluateRepeatedly)]
pub fn evaluate_repeatedly(
    #[wasm_bindgen(unchecked_param_type = "Profile")] profile: JsValue,
    times: u32,
) -> Result<String, JsValue> {
    let profile = read_profile(profile)?;
    let today = today();
    let mut report = evaluate(&profile, today);
    for _ in 1..times {
        // Opaque to the optimiser, so that no evaluation is skipped.
        report = evaluate(std::hint::black_box(&profile), today);
    }
    Ok(report.totals.all.exact.to_string())
}

/// Reads a profile from a plain object, naming every field that cannot be read, is unknown
/// (at any depth: a misspelt key inside a loan too) or is out of range (a `ProfileError`). The
/// object is read as a tree first and then field by field (`profile::read`), so the words are
/// those of the CLI (`describe::problem`), never serde's.
fn read_profile(profile: JsValue) -> Result<Profile, JsValue> {
    let tree: Tree = serde_wasm_bindgen::from_value(profile).map_err(|_| {
        to_js(&ErrorOut {
            errors: vec![FieldErrorOut {
                field: String::new(),
                message: "profile: not a plain object of text, numbers, lists and objects \
                          (the values of a profile are JSON values)"
                    .into(),
                problem: None,
            }],
        })
    })?;
    srdi_engine::profile::read(&tree).map_err(|errors| {
        to_js(&ErrorOut {
            errors: errors
                .into_iter()
                .map(|e| FieldErrorOut {
                    message: describe::problem(&e.field, &e.problem, Lang::En),
                    field: e.field,
                    problem: Some(e.problem),
                })
                .collect(),
        })
    })
}

#[derive(Serialize)]
struct EntryOut {
    id: &'static str,
    document: &'static str,
    article: &'static str,
    title: &'static str,
    title_en: &'static str,
    payer: srdi_engine::PayerLevel,
    kind: srdi_engine::Kind,
    rule: String,
    clause: &'static str,
    valid_from: Date,
    valid_to: Option<Date>,
    draft: bool,
}

/// Every catalogue entry, with its document, article, amount rule and verbatim clause.
#[wasm_bindgen(unchecked_return_type = "CatalogueEntry[]")]
pub fn catalogue() -> JsValue {
    let entries: Vec<EntryOut> = ENTRIES
        .iter()
        .map(|e| {
            let d = e.document();
            EntryOut {
                id: e.id,
                document: d.number,
                article: e.article,
                title: e.title,
                title_en: e.title_en,
                payer: e.payer,
                kind: e.kind,
                rule: describe::rule(e, Lang::Zh),
                clause: e.clause(),
                valid_from: d.valid_from,
                valid_to: d.valid_to,
                draft: d.status_on(d.valid_from) == Status::Draft,
            }
        })
        .collect();
    to_js(&entries)
}

/// The version of the catalogue data the engine carries.
#[wasm_bindgen(js_name = catalogueVersion)]
pub fn catalogue_version() -> String {
    srdi_engine::CATALOGUE_VERSION.to_string()
}

/// The calculator's CSV export (`export::csv`, the handout of `client` with its `link`) of the
/// answers in `share` (the share-link text), evaluated as of `made` (the browser's today), in
/// `lang` ("zh" or "en"). What the page wrote itself before it loaded this module for it; the
/// answers are the page's own, so a share text that does not read whole is refused.
pub fn csv_of_share(
    share: &str,
    made: &str,
    lang: &str,
    client: &str,
    link: &str,
) -> Result<String, String> {
    let (profile, made) = answers_of(share, made)?;
    let report = evaluate(&profile, made);
    let lang = Lang::from_code(lang);
    let handout = export::Handout { client, link };
    Ok(export::csv(&report, &profile, made, lang, &handout))
}

/// The calculator's JSON export (`export::Export`, with the client's name and the link) of the
/// answers in `share`, as of `made`.
pub fn json_of_share(share: &str, made: &str, client: &str, link: &str) -> Result<String, String> {
    let (profile, made) = answers_of(share, made)?;
    let report = evaluate(&profile, made);
    let mut doc = export::Export::new(&profile, &report, made);
    doc.client = Some(client);
    doc.link = Some(link.into());
    doc.to_json().map_err(|e| e.to_string())
}

fn answers_of(share: &str, made: &str) -> Result<(Profile, Date), String> {
    let made = Date::parse(made).map_err(|_| format!("made: not a date: {made}"))?;
    let (profile, bad) = srdi_engine::share::decode(share);
    match bad.first() {
        Some(b) => Err(format!("share: cannot read {}", b.0)),
        None => Ok((profile, made)),
    }
}

/// The calculator's clients file (`export::ClientsDoc`): each client's name with its answers,
/// read from its share text, made on `made`.
pub fn clients_file_of_shares(
    made: &str,
    names: &[String],
    shares: &[String],
) -> Result<String, String> {
    let made = Date::parse(made).map_err(|_| format!("made: not a date: {made}"))?;
    let profiles = shares
        .iter()
        .map(|s| answers_of(s, "2000-01-01").map(|(p, _)| p))
        .collect::<Result<Vec<_>, _>>()?;
    let doc = export::ClientsDoc::new(names.iter().map(String::as_str).zip(&profiles), made);
    doc.to_json().map_err(|e| e.to_string())
}

/// [`clients_file_of_shares`] for JavaScript: throws the reason as a string.
#[wasm_bindgen(js_name = clientsFile)]
pub fn clients_file(
    made: &str,
    names: Vec<String>,
    shares: Vec<String>,
) -> Result<String, JsValue> {
    clients_file_of_shares(made, &names, &shares).map_err(|e| JsValue::from_str(&e))
}

/// The calculator's import: a file the user brings (a document exported by the page or the
/// command line, or a bare profile such as examples/*.json), read exactly as the command line
/// reads its input (serde_json into a tree, then `profile::read_document`): its answers as
/// share-link text, and the catalogue version it was exported under when that is not this one.
/// Refused: the reason, each field at fault named, in `lang` ("zh" or "en").
pub fn read_file(text: &str, lang: &str) -> Result<(String, Option<String>), String> {
    let zh = Lang::from_code(lang) == Lang::Zh;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let tree: Tree = serde_json::from_str(text).map_err(|_| {
        if zh {
            "不是 JSON 文件"
        } else {
            "it is not a JSON file"
        }
        .to_string()
    })?;
    let imported = srdi_engine::profile::read_document(&tree).map_err(|errors| {
        let lang = if zh { Lang::Zh } else { Lang::En };
        let words: Vec<String> = errors
            .iter()
            .map(|e| describe::problem(&e.field, &e.problem, lang))
            .collect();
        words.join(if zh { "；" } else { "; " })
    })?;
    let other = imported.other_version().map(String::from);
    Ok((srdi_engine::share::encode(&imported.profile), other))
}

/// [`read_file`] for JavaScript: `{ share, version }` (`version` null when the file's catalogue
/// version is this one); throws the reason as a string.
#[wasm_bindgen(js_name = readFile)]
pub fn read_file_js(text: &str, lang: &str) -> Result<JsValue, JsValue> {
    let (share, version) = read_file(text, lang).map_err(|e| JsValue::from_str(&e))?;
    let out = js_sys::Object::new();
    let set = |k: &str, v: JsValue| js_sys::Reflect::set(&out, &JsValue::from_str(k), &v);
    set("share", JsValue::from_str(&share))?;
    set(
        "version",
        version.map_or(JsValue::NULL, |v| JsValue::from_str(&v)),
    )?;
    Ok(out.into())
}

/// [`csv_of_share`] for JavaScript: throws the reason as a string.
#[wasm_bindgen(js_name = exportCsv)]
pub fn export_csv(
    share: &str,
    made: &str,
    lang: &str,
    client: &str,
    link: &str,
) -> Result<String, JsValue> {
    csv_of_share(share, made, lang, client, link).map_err(|e| JsValue::from_str(&e))
}

/// [`json_of_share`] for JavaScript: throws the reason as a string.
#[wasm_bindgen(js_name = exportJson)]
pub fn export_json(share: &str, made: &str, client: &str, link: &str) -> Result<String, JsValue> {
    json_of_share(share, made, client, link).map_err(|e| JsValue::from_str(&e))
}
